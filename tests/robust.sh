#!/bin/sh
# Failure behaviour the adversarial review (issue 14) found wanting: each
# block reproduces one finding.  Nothing lost (every record not processed
# is reported as FILE:LINE, exit non-zero), nothing hangs (bounded by
# `timeout`), nothing written where it should not be.
# usage: robust.sh WHOSAID SOURCE_DIR
set -u
ws=$1
src=$2
. "$src/tests/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
art=$src/examples/harbor-vote.txt
rec() { python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[1], "text": sys.argv[2]}))' "$@"; }

# -- records silently lost: a line over the record limit is reported with
# its line number, the lines around it are still analysed, exit 1
rec a "Tom Reyes said the bridge would open in May." > "$tmp/long.jsonl"
python3 -c 'import json; print(json.dumps({"id": "big", "text": "word " * 3000}))' >> "$tmp/long.jsonl"
rec c "The mayor said the budget was balanced." >> "$tmp/long.jsonl"
"$ws" analyze --max-record 4K "$tmp/long.jsonl" > "$tmp/out" 2> "$tmp/err"
check '[ $? -eq 1 ] && grep -q "long.jsonl:2: record longer than the limit" "$tmp/err"'
check '[ "$(grep -c "\"id\"" "$tmp/out")" -eq 2 ]'
"$ws" ingest --quiet --max-record 4K --db "$tmp/long.db" "$tmp/long.jsonl" 2> "$tmp/err"
check '[ $? -eq 1 ] && grep -q "long.jsonl:2: record longer" "$tmp/err"'
# the default limit is 64 MiB: a longer line is never held whole
python3 -c '
import sys
sys.stdout.write("{\"id\": \"huge\", \"text\": \"" + "a " * (33 << 20) + "\"}\n")
sys.stdout.write("{\"id\": \"after\", \"text\": \"Ann said so.\"}\n")' > "$tmp/huge.jsonl"
"$ws" analyze "$tmp/huge.jsonl" > "$tmp/out" 2> "$tmp/err"
check '[ $? -eq 1 ] && grep -q "huge.jsonl:1: record longer than the limit of 67108864" "$tmp/err" && grep -q "\"after\"" "$tmp/out"'
# a text file over the limit is reported too, and the next file is read
python3 -c 'print("Tom said it rained. " * 200)' > "$tmp/big.txt"
echo "Tom said it rained." > "$tmp/small.txt"
"$ws" analyze --max-record 1K "$tmp/big.txt" "$tmp/small.txt" > "$tmp/out" 2> "$tmp/err"
check '[ $? -eq 1 ] && grep -q "big.txt:1: larger than the limit" "$tmp/err" && grep -q "\"small\"" "$tmp/out"'
"$ws" analyze --max-record 12X "$art" > /dev/null 2>&1
check '[ $? -eq 2 ]'

# -- NUL bytes are text: spans' texts, canonical names, the content column
# and the quote index keep what follows a NUL
printf 'Tom Reyes said the bridge \000would open in May after repairs.\n' > "$tmp/nul.txt"
"$ws" analyze "$tmp/nul.txt" > "$tmp/nul.json"
check 'python3 -c "
import json,sys
d = json.load(open(sys.argv[1]))
c = d[\"attributions\"][0][\"content\"][\"text\"]
assert \"\\x00would open\" in c, c" "$tmp/nul.json"'
"$ws" ingest --quiet --db "$tmp/nul.db" "$tmp/nul.txt"
check 'python3 -c "
import sqlite3,sys
db = sqlite3.connect(sys.argv[1])
c = db.execute(\"SELECT content FROM attributions\").fetchone()[0]
assert \"\\x00would open\" in c, repr(c)
assert db.execute(\"SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?\", (\"repairs\",)).fetchone()[0] == 1" "$tmp/nul.db"'
# a NUL in a metadata field is refused, not cut
printf '%s\n' '{"id":"a\u0000b","text":"Ann said so."}' '{"id":"ok","text":"Ann said so."}' > "$tmp/nulid.jsonl"
"$ws" analyze "$tmp/nulid.jsonl" > "$tmp/out" 2> "$tmp/err"
check '[ $? -eq 1 ] && grep -q "nulid.jsonl:1: .*U+0000" "$tmp/err" && grep -q "\"ok\"" "$tmp/out" && [ $(wc -l < "$tmp/out") -eq 1 ]'

# -- the store holds valid UTF-8 (Python's sqlite3 reads every TEXT column)
printf 'date 2026-01-05 (Bad\377Outlet) Tom Reyes said the \377\376 bridge would open in May.\n' > "$tmp/bad-utf8.txt"
"$ws" ingest --quiet --db "$tmp/u.db" "$tmp/bad-utf8.txt"
check 'python3 -c "
import sqlite3,sys
db = sqlite3.connect(sys.argv[1])
for t in (\"documents\", \"attributions\"):
    for row in db.execute(\"SELECT * FROM \" + t): pass
t = db.execute(\"SELECT text FROM documents\").fetchone()[0]
assert \"\\ufffd\\ufffd bridge\" in t, repr(t)" "$tmp/u.db"'

finish
