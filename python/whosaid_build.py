"""A PEP 517 build backend for the whosaid package, with the standard
library only: it writes a pure-Python wheel (and an sdist) of the
whosaid/ directory, so that 'pip install ./python' needs no download."""
import base64
import hashlib
import io
import os
import tarfile
import zipfile

NAME, VERSION = "whosaid", "0.4.0"
HERE = os.path.dirname(os.path.abspath(__file__))
DIST = f"{NAME}-{VERSION}"
METADATA = (f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {VERSION}\n"
            "Summary: Who said what in news articles (binding to libwhosaid)\n"
            "Requires-Python: >=3.8\n")
WHEEL = "Wheel-Version: 1.0\nGenerator: whosaid_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n"


def _files():
    out = []
    for root, dirs, files in os.walk(os.path.join(HERE, NAME)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        out += [os.path.join(root, f) for f in sorted(files) if f.endswith(".py")]
    return out


def _digest(data):
    h = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={h},{len(data)}"


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    info = os.path.join(metadata_directory, f"{DIST}.dist-info")
    os.makedirs(info, exist_ok=True)
    with open(os.path.join(info, "METADATA"), "w") as f:
        f.write(METADATA)
    with open(os.path.join(info, "WHEEL"), "w") as f:
        f.write(WHEEL)
    return f"{DIST}.dist-info"


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    name = f"{DIST}-py3-none-any.whl"
    record = []
    with zipfile.ZipFile(os.path.join(wheel_directory, name), "w", zipfile.ZIP_DEFLATED) as z:
        def add(arc, data):
            z.writestr(zipfile.ZipInfo(arc, date_time=(2026, 1, 1, 0, 0, 0)), data)
            record.append(f"{arc},{_digest(data)}")
        for path in _files():
            with open(path, "rb") as f:
                add(os.path.relpath(path, HERE).replace(os.sep, "/"), f.read())
        add(f"{DIST}.dist-info/METADATA", METADATA.encode())
        add(f"{DIST}.dist-info/WHEEL", WHEEL.encode())
        record.append(f"{DIST}.dist-info/RECORD,,")
        z.writestr(zipfile.ZipInfo(f"{DIST}.dist-info/RECORD", date_time=(2026, 1, 1, 0, 0, 0)),
                   "\n".join(record) + "\n")
    return name


def build_sdist(sdist_directory, config_settings=None):
    name = f"{DIST}.tar.gz"
    with tarfile.open(os.path.join(sdist_directory, name), "w:gz") as t:
        for rel in ["pyproject.toml", "whosaid_build.py", "README.md"] + \
                   [os.path.relpath(p, HERE) for p in _files()]:
            path = os.path.join(HERE, rel)
            if os.path.exists(path):
                t.add(path, arcname=f"{DIST}/{rel}")
        pkg = io.BytesIO(METADATA.encode())
        info = tarfile.TarInfo(f"{DIST}/PKG-INFO")
        info.size = len(pkg.getvalue())
        t.addfile(info, pkg)
    return name
