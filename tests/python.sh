#!/bin/sh
# The Python package: its unit tests against a plain build's libwhosaid.so,
# then 'pip install ./python' into a new virtual environment with no
# package index (offline) and a first analysis from the installed package.
# usage: python.sh PLAIN_BUILD_DIR SOURCE_DIR SHARED_DIR
set -eu
build=$1
src=$2
shared=$3
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
# a notebook's first cell: PolNeAR dev into records, with two threads;
# every article's attributions are the command line's
dev=$shared/corpora/polnear/dev/text
[ -d "$dev" ] || { echo "FAIL: no PolNeAR dev at $dev"; exit 1; }
"$WHOSAID_BIN" analyze "$dev" > "$tmp/cli.jsonl"
"$tmp/venv/bin/python" - "$dev" "$tmp/cli.jsonl" <<'PY'
import glob, json, os, sys
import whosaid
paths = sorted(glob.glob(os.path.join(sys.argv[1], "*.txt")))
items = []
for p in paths:
    with open(p, "rb") as f:
        items.append({"text": f.read(), "id": os.path.basename(p)[:-4], "header": True})
docs = whosaid.analyze_many(items, threads=2)
records = whosaid.to_records(docs)
cli = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(cli) == len(docs) == len(paths)
for c, d in zip(cli, docs):
    assert c["attributions"] == d.to_dict()["attributions"], c["id"]
assert len(records) == sum(len(c["attributions"]) for c in cli)
print(f"PolNeAR dev: {len(docs)} articles, {len(records)} records, same as the CLI")
PY
