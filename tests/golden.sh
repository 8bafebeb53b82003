#!/bin/sh
# Golden tests: the reviewed output of each article in tests/golden (and
# the bundled example), kept readable so that a diff reads:
#   NAME.expected      analyze's JSON, one attribution (entity, time,
#                      framing item) a line, each after a summary line
#                      (tests/golden_pretty.py)
#   brat.expected      analyze --format brat: every .ann, in name order
#   conllu.expected    analyze --format conllu of three articles (NYT
#                      '' marks; clitics and "$"; British single marks)
#   profile.expected   profile of all the articles (the table)
#   query.expected     a store of all the articles (one ingest thread, so
#                      numbering is fixed) and the answers to questions
# After a deliberate change (a new model), regenerate with
#   tests/golden.sh build/whosaid . --update
# and review the diff before committing.
set -u
ws=$1
src=$2
update=${3:-}
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs="$src/tests/golden/*.txt $src/tests/golden/*.jsonl $src/examples/harbor-vote.txt"

compare() { # name file-with-output
  exp="$src/tests/golden/$1"
  if [ "$update" = "--update" ]; then
    cp "$2" "$exp"
  elif [ ! -f "$exp" ]; then
    echo "FAIL: no $exp (run with --update)" >&2
    fail=$((fail + 1))
  elif diff -u "$exp" "$2" >&2; then
    pass=$((pass + 1))
  else
    echo "FAIL: output differs from $exp" >&2
    fail=$((fail + 1))
  fi
}

for in in $inputs; do
  base=$(basename "$in")
  "$ws" analyze "$in" 2>&1 | python3 "$src/tests/golden_pretty.py" > "$tmp/out"
  compare "$base.expected" "$tmp/out"
done

# brat: each input's .ann files, in name order
mkdir -p "$tmp/brat"
for in in $inputs; do "$ws" analyze --format brat --out "$tmp/brat" "$in" 2>&1; done > "$tmp/msgs"
for ann in "$tmp/brat"/*.ann; do
  printf '== %s\n' "$(basename "$ann")"
  cat "$ann"
done > "$tmp/out"
cat "$tmp/msgs" >> "$tmp/out"
compare brat.expected "$tmp/out"

# conllu: the parser's words (clitics, "Mr.", marks) mapped back to tokens
"$ws" analyze --format conllu "$src/tests/golden/nyt-style.txt" "$src/tests/golden/ca-rent.txt" \
  "$src/tests/golden/uk-tabloid.txt" > "$tmp/out" 2>&1
compare conllu.expected "$tmp/out"

# shellcheck disable=SC2086
"$ws" profile $inputs > "$tmp/out" 2>&1
compare profile.expected "$tmp/out"

# shellcheck disable=SC2086
"$ws" ingest --quiet --jobs 1 --db "$tmp/g.db" $inputs > "$tmp/out" 2>&1
for q in "profile" "speakers" "speaker Ostrander" "aliases Ostrander" "identity Ostrander" \
         "clusters 1" "search harbor"; do
  printf '== query %s\n' "$q"
  # shellcheck disable=SC2086
  "$ws" query --db "$tmp/g.db" --wide $q 2>&1
done >> "$tmp/out"
compare query.expected "$tmp/out"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
