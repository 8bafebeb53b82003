#!/bin/sh
# Memcheck over the CLI: uninitialised reads, invalid accesses and
# definite leaks in analyze (the test articles, the seed article and ten
# PolNeAR dev articles), ingest and query.  Needs a whosaid built without
# sanitizers (scripts/test.sh makes build-vg).
# usage: valgrind.sh WHOSAID SOURCE_DIR SHARED_DIR
set -u
ws=$1
src=$2
shared=$3
. "$src/tests/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! command -v valgrind >/dev/null; then
  echo "valgrind.sh: valgrind is not installed (apt-get install valgrind)" >&2
  exit 1
fi
dev=$shared/corpora/polnear/dev/text
if [ ! -d "$dev" ]; then
  echo "valgrind.sh: no PolNeAR dev texts at $dev" >&2
  exit 1
fi
vg() { valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
  --track-origins=yes "$@"; }

mkdir "$tmp/in"
cp "$src"/tests/golden/*.txt "$src"/tests/golden/*.jsonl "$src"/examples/*.txt "$tmp/in/"
[ -f "$shared/examples/seed-article.txt" ] && cp "$shared/examples/seed-article.txt" "$tmp/in/"
for f in $(ls "$dev"/*.txt | sort | head -10); do cp "$f" "$tmp/in/"; done
n=$(ls "$tmp/in" | wc -l)
check '[ "$n" -ge 12 ]'
# every document in one run: loading the built-in model under memcheck
# costs more than analysing a document, so a run per file would spend
# most of the test loading
vg "$ws" analyze "$tmp/in" > "$tmp/out" 2> "$tmp/err"
check '[ $? -eq 0 ] || { cat "$tmp/err" >&2; false; }'
check '[ "$(wc -l < "$tmp/out")" -ge "$n" ]'
vg "$ws" analyze --format brat --out "$tmp/brat" "$tmp/in" 2> "$tmp/err"
check '[ $? -eq 0 ] || { cat "$tmp/err" >&2; false; }'
vg "$ws" ingest --quiet --jobs 2 --db "$tmp/s.db" "$tmp/in" 2> "$tmp/err"
check '[ $? -eq 0 ] || { cat "$tmp/err" >&2; false; }'
for q in "speaker Obama" "search president" "clusters 1" "speakers" "profile"; do
  vg "$ws" query --db "$tmp/s.db" $q > /dev/null 2> "$tmp/err"
  check '[ $? -eq 0 ] || { echo "query $q" >&2; cat "$tmp/err" >&2; false; }'
done
finish
