#!/bin/sh
# Output formats round-trip on PolNeAR dev: brat written by analyze and
# read back by eval --pred scores exactly as eval's own analysis; the TSV
# rows are the JSON's attributions (tests/tsv_check.py); the brat folder
# opens in brat (tests/brat_check.py).
# usage: roundtrip.sh WHOSAID SOURCE_DIR SHARED_DIR
set -eu
ws=$1
src=$2
dev=$3/corpora/polnear/dev
[ -d "$dev/text" ] || { echo "FAIL: no PolNeAR dev at $dev"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$ws" eval --gold "$dev/attributions" --text "$dev/text" --json > "$tmp/own.json"
"$ws" analyze --format brat --out "$tmp/brat" "$dev/text"
"$ws" eval --gold "$dev/attributions" --text "$dev/text" --pred "$tmp/brat" --json > "$tmp/read.json"
cmp "$tmp/own.json" "$tmp/read.json"
python3 "$src/tests/brat_check.py" "$tmp/brat"
"$ws" analyze "$dev/text" > "$tmp/dev.jsonl"
"$ws" analyze --format tsv "$dev/text" > "$tmp/dev.tsv"
python3 "$src/tests/tsv_check.py" "$tmp/dev.tsv" "$tmp/dev.jsonl"
echo "1 passed, 0 failed"
