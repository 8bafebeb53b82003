#!/bin/sh
# Golden tests: analyze each article in tests/golden (and the bundled
# example) and compare with the reviewed output beside it.  After a
# deliberate change (a new model), regenerate with
#   tests/golden.sh build/whosaid . --update
# and review the diff before committing.
set -u
ws=$1
src=$2
update=${3:-}
pass=0
fail=0
for in in "$src"/tests/golden/*.txt "$src"/tests/golden/*.jsonl "$src"/examples/harbor-vote.txt; do
  base=$(basename "$in")
  exp="$src/tests/golden/$base.expected"
  out=$("$ws" analyze "$in" 2>&1)
  if [ "$update" = "--update" ]; then
    printf '%s\n' "$out" > "$exp"
    continue
  fi
  if [ ! -f "$exp" ]; then
    echo "FAIL: $base: no $exp (run with --update)" >&2
    fail=$((fail + 1))
  elif printf '%s\n' "$out" | diff -u "$exp" - >&2; then
    pass=$((pass + 1))
  else
    echo "FAIL: $base differs from $exp" >&2
    fail=$((fail + 1))
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
