#!/bin/sh
# PolNeAR dev ratchet: `whosaid eval` must stay at or above the floors in
# tests/floor.tsv.  Needs ../shared/corpora/polnear (CI has it; a user's
# machine may not) and fails loudly without it.
# usage: ratchet.sh WHOSAID POLNEAR_DIR FLOOR_TSV
set -u
ws=$1
corpus=$2
floor=$3
if [ ! -d "$corpus/dev/attributions" ] || [ ! -d "$corpus/dev/text" ]; then
  echo "FAIL: PolNeAR corpus not found at $corpus (expected ../shared/corpora/polnear)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$ws" eval --gold "$corpus/dev/attributions" --text "$corpus/dev/text" --json > "$out" || exit 1
"$ws" eval --gold "$corpus/dev/attributions" --text "$corpus/dev/text"
python3 - "$out" "$floor" <<'PY'
import json, sys
figs = json.load(open(sys.argv[1]))
passed = failed = 0
for line in open(sys.argv[2]):
    if not line.strip() or line.startswith("#"):
        continue
    part, match, need = line.split()
    got = figs[part][match]["f1"]
    ok = got >= float(need)
    passed += ok
    failed += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {part} {match} F1 {got:.2f} (floor {need})")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
