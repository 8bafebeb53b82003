#!/bin/sh
# The Python package: its unit tests against a plain build's libwhosaid.so,
# then 'pip install ./python' into a new virtual environment with no
# package index (offline) and a first analysis from the installed package.
# usage: python.sh PLAIN_BUILD_DIR SOURCE_DIR
set -eu
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export WHOSAID_LIBRARY="$build/libwhosaid.so" WHOSAID_BIN="$build/whosaid"
python3 -m unittest discover -s "$src/python/tests"
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --no-index --no-cache-dir "$src/python"
cd "$tmp"
"$tmp/venv/bin/python" - <<'PY'
import whosaid
d = whosaid.analyze('"It will open in May," Mayor Ana Ruiz said.')
assert d.attributions[0].source.canonical == "Ana Ruiz", d.attributions
assert whosaid.__file__.startswith(__import__("sys").prefix), whosaid.__file__
print("installed package:", whosaid.__file__, "library", whosaid.version())
PY
