#!/bin/sh
# Corpus store against a real SQLite file: ingest, idempotent re-ingest,
# queries, a malformed record skipped, and 20 ingests killed with SIGKILL
# at random points, each leaving a valid database with whole documents,
# then a rerun that completes it to exactly what one clean ingest makes.
# usage: store.sh WHOSAID SOURCE_DIR
set -u
ws=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
check() { if eval "$1"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1" >&2; fi; }

python3 "$src/bench/gen-corpus.py" 1500 11 > "$tmp/syn.jsonl"
printf '%s\n' 'not json at all' >> "$tmp/syn.jsonl"

# counts of every table, and consistency: each document's attributions are
# all there (documents.attributions is written with them, in one batch)
counts() {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ok = db.execute("PRAGMA integrity_check").fetchone()[0]
dup = db.execute("SELECT count(*) - count(DISTINCT key) FROM documents").fetchone()[0]
orphans = db.execute("SELECT count(*) FROM attributions WHERE doc NOT IN (SELECT doc FROM documents)").fetchone()[0]
partial = db.execute("SELECT count(*) FROM documents d WHERE attributions != "
                     "(SELECT count(*) FROM attributions a WHERE a.doc = d.doc)").fetchone()[0]
n = [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "attributions", "shingles")]
n += [db.execute("SELECT coalesce(sum(length(hashes)), 0) FROM shingles").fetchone()[0]]
n += [db.execute(f"SELECT coalesce(sum(json_array_length({c})), 0) FROM documents").fetchone()[0]
      for c in ("entities", "loaded", "scare_quotes")]
print(ok, dup, orphans, partial, *n)
PY
}

"$ws" ingest --quiet --db "$tmp/a.db" "$src/examples/harbor-vote.txt" "$src/tests/golden/wire.jsonl" "$tmp/syn.jsonl" 2> "$tmp/err"
check '[ $? -eq 1 ] && grep -q "syn.jsonl:1501:" "$tmp/err"'   # the bad line, reported and skipped
first=$(counts "$tmp/a.db")
check 'echo "$first" | grep -q "^ok 0 0 0 1503 "'
"$ws" ingest --quiet --db "$tmp/a.db" "$src/examples/harbor-vote.txt" "$src/tests/golden/wire.jsonl" "$tmp/syn.jsonl" 2>/dev/null
check '[ "$(counts "$tmp/a.db")" = "$first" ]'                # nothing added the second time

# an empty document into a new store: stored, nothing to cluster
: > "$tmp/empty.txt"
"$ws" ingest --quiet --db "$tmp/e.db" "$tmp/empty.txt"
check '[ $? -eq 0 ] && [ "$(counts "$tmp/e.db" | cut -d" " -f1-5)" = "ok 0 0 0 1" ]'

# queries: a speaker's quotes with cue classes; search; clusters across outlets
"$ws" query --db "$tmp/a.db" --json speaker "Helen Ostrander" > "$tmp/q1.json"
check 'python3 -c "import json,sys; r=json.load(open(sys.argv[1])); assert r and all(x[\"class\"] for x in r)" "$tmp/q1.json"'
check '"$ws" query --db "$tmp/a.db" search "numbers" | grep -qi "numbers"'
"$ws" query --db "$tmp/a.db" --json clusters 3 > "$tmp/q2.json"
# the generator re-quotes 8 statements (truncated, elided, re-punctuated):
# each should be one cluster across outlets
check 'python3 -c "import json,sys; r=json.load(open(sys.argv[1])); assert 6 <= len(r) <= 12 and all(x[\"outlets\"] >= 3 for x in r)" "$tmp/q2.json"'
cl=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[0]['cluster'])" "$tmp/q2.json")
check '[ $("$ws" query --db "$tmp/a.db" --json cluster "$cl" | python3 -c "import json,sys; print(len(json.load(sys.stdin)))") -ge 3 ]'
check '"$ws" query --db "$tmp/a.db" profile | grep -q "Harbor Times"'
check '"$ws" query --db "$tmp/a.db" speakers --limit 3 | grep -q speaker'
"$ws" query --db "$tmp/a.db" nonsense > /dev/null 2>&1
check '[ $? -eq 2 ]'
"$ws" query --db "$tmp/none.db" profile > /dev/null 2>&1
check '[ $? -eq 1 ]'

# a version-1 store (no doc columns in shingles and cluster_members, a
# speaker index; none of the later columns and tables) is migrated by
# ingest, then clusters, profiles and finds speakers the same
"$ws" query --db "$tmp/a.db" --json profile > "$tmp/p1.json"
cp "$tmp/a.db" "$tmp/v1.db"
python3 - "$tmp/v1.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executescript("""ALTER TABLE shingles DROP COLUMN doc; ALTER TABLE cluster_members DROP COLUMN doc;
ALTER TABLE attributions DROP COLUMN gender; ALTER TABLE attributions DROP COLUMN inferred;
ALTER TABLE attributions DROP COLUMN confidence;
DROP TABLE speaker_names; DROP TABLE identities; DROP TABLE speaker_overrides;
DROP TABLE identity_outlets; DROP TABLE identity_quotes; DROP INDEX documents_outlet;
ALTER TABLE documents DROP COLUMN doubtful; CREATE INDEX documents_outlet ON documents(outlet, date);
CREATE INDEX attributions_speaker ON attributions(speaker);
DROP TABLE quotes_fts; CREATE VIRTUAL TABLE quotes_fts USING fts5(content, speaker,
  content='attributions', content_rowid='attr');
INSERT INTO quotes_fts(quotes_fts) VALUES('rebuild'); PRAGMA user_version=1;""")
PY
# queries never migrate: they say to run ingest, which does
"$ws" query --db "$tmp/v1.db" --json clusters 3 > /dev/null 2> "$tmp/err"
check '[ $? -eq 1 ] && grep -q "older than this whosaid.*run .whosaid ingest" "$tmp/err"'
"$ws" ingest --quiet --no-cluster --db "$tmp/v1.db" "$src/examples/harbor-vote.txt" 2>/dev/null
"$ws" query --db "$tmp/v1.db" --json clusters 3 > "$tmp/q3.json"
check 'cmp -s "$tmp/q2.json" "$tmp/q3.json"'
migrated() {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("PRAGMA user_version").fetchone()[0],
      db.execute("SELECT count(*) FROM shingles s JOIN attributions a USING (attr) WHERE s.doc IS NOT a.doc").fetchone()[0],
      db.execute("SELECT count(*) FROM cluster_members m JOIN attributions a USING (attr) WHERE m.doc IS NOT a.doc").fetchone()[0],
      db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'attributions_speaker'").fetchone()[0])
PY
}
check '[ "$(migrated "$tmp/v1.db")" = "5 0 0 0" ]'
"$ws" query --db "$tmp/v1.db" --json profile > "$tmp/p1m.json"
check 'cmp -s "$tmp/p1.json" "$tmp/p1m.json"'                 # doubtful cues counted again
"$ws" query --db "$tmp/v1.db" --json speaker "Helen Ostrander" > "$tmp/q1m.json"
check 'cmp -s "$tmp/q1.json" "$tmp/q1m.json"'                 # speakers found through the rebuilt index
"$ws" ingest --quiet --db "$tmp/v1.db" "$src/examples/harbor-vote.txt" 2>/dev/null
"$ws" query --db "$tmp/v1.db" --json clusters 3 > "$tmp/q4.json"
check 'cmp -s "$tmp/q2.json" "$tmp/q4.json"'                   # re-clustered after migration: same

# speaker identities across documents: the full name, a bare surname, a
# name with a middle name, a namesake (never joined), a son ("Jr."), an organisation
# by its acronym; then the user's corrections, kept by later ingests
cat > "$tmp/ids.jsonl" <<'EOF'
{"id":"i1","outlet":"Harbor Times","date":"2026-03-01","text":"Senator Marta Kowalski said on Monday that the bridge would be rebuilt."}
{"id":"i2","outlet":"Valley Post","date":"2026-03-02","text":"Kowalski said the bridge plan was on schedule, and critics said it was not."}
{"id":"i3","outlet":"Valley Post","date":"2026-03-03","text":"Marta Anna Kowalski told reporters that the vote would be close."}
{"id":"i4","outlet":"Harbor Times","date":"2026-03-04","text":"Her brother, Piotr Kowalski, said the family had no comment."}
{"id":"i5","outlet":"Harbor Times","date":"2026-03-05","text":"The Regional Transit Authority (RTA) said fares would rise.\n\nThe RTA said the increase was modest."}
{"id":"i6","outlet":"Valley Post","date":"2026-03-06","text":"The RTA said on Friday that buses would run late."}
{"id":"i7","outlet":"Valley Post","date":"2026-03-07","text":"Marta Kowalski said the ferry would stay."}
{"id":"i8","outlet":"Harbor Times","date":"2026-03-08","text":"His son, Piotr Kowalski Jr., said the family would appeal."}
{"id":"i9","outlet":"Valley Post","date":"2026-03-09","text":"Marta Kowalski's campaign said the ads would run through May."}
{"id":"i10","outlet":"Harbor Times","date":"2026-03-10","text":"Kowalski’s campaign said it had raised $2 million.\n\nThe Kowalski campaign said the figure was a record."}
EOF
"$ws" ingest --quiet --db "$tmp/ids.db" "$tmp/ids.jsonl"
aliases() { "$ws" query --db "$tmp/ids.db" --json aliases "$1" | python3 -c "
import json, sys
print(' '.join(sorted(r['speaker'] + '=' + r['named'] + ':' + r['how'] for r in json.load(sys.stdin))))"; }
check 'aliases "Marta Kowalski" | grep -q "Marta Kowalski=Kowalski:surname"'
check 'aliases "Marta Kowalski" | grep -q "Marta Kowalski=Marta Anna Kowalski:name"'
check '! aliases "Marta Kowalski" | grep -q Piotr'               # a namesake is someone else
check '[ "$(aliases "Piotr Kowalski")" = "Piotr Kowalski=Piotr Kowalski:self" ]'
check '[ "$(aliases "Piotr Kowalski Jr")" = "Piotr Kowalski Jr=Piotr Kowalski Jr:self" ]' # a son is not his father
check 'aliases RTA | grep -q "Regional Transit Authority=RTA:alias"'
# an organisation's names with a possessive, straight or curly, or the
# owner's first name are one speaker; the owner is someone else
check '[ "$("$ws" query --db "$tmp/ids.db" --json aliases "Kowalski campaign" | python3 -c "
import json, sys
rows = json.load(sys.stdin)
print(len({r[\"identity\"] for r in rows}), len(rows))")" = "1 3" ]'
check '! aliases "Marta Kowalski" | grep -q campaign'
check '[ "$("$ws" query --db "$tmp/ids.db" --json speaker Kowalski | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")" = 4 ]'
check '"$ws" query --db "$tmp/ids.db" speaker "Marta Kowalsky" | grep -q "close names: Marta Kowalski"'
# one attribution or document in full; --wide cuts no cell
attr=$("$ws" query --db "$tmp/ids.db" --json search ferry | python3 -c "import json,sys; print(json.load(sys.stdin)[0][\"attr\"])")
check '"$ws" query --db "$tmp/ids.db" show "$attr" | grep -q "^content  *the ferry would stay$"'
check '"$ws" query --db "$tmp/ids.db" show "$attr" | grep -q "^identity  *Marta Kowalski$"'
check '"$ws" query --db "$tmp/ids.db" document 1 | grep -q "^text  *Senator Marta Kowalski said on Monday that the bridge would be rebuilt.$"'
check '"$ws" query --db "$tmp/a.db" search numbers | grep -q "~" && ! "$ws" query --db "$tmp/a.db" --wide search numbers | grep -q "~"'
"$ws" identity --db "$tmp/ids.db" Kowalski --split
check '[ "$(aliases Kowalski)" = "Kowalski=Kowalski:self" ]'
"$ws" ingest --quiet --db "$tmp/ids.db" "$tmp/ids.jsonl"           # the correction stays
check '[ "$(aliases Kowalski)" = "Kowalski=Kowalski:self" ]'
"$ws" identity --db "$tmp/ids.db" Kowalski --join "Piotr Kowalski"
check 'aliases "Piotr Kowalski" | grep -q "Piotr Kowalski=Kowalski:override"'
"$ws" identity --db "$tmp/ids.db" Kowalski --reset
check 'aliases "Marta Kowalski" | grep -q "Marta Kowalski=Kowalski:surname"'
"$ws" identity --db "$tmp/ids.db" Kowalski --join "Nobody Here" 2> "$tmp/err"
check '[ $? -eq 2 ] && grep -q "no speaker is stored" "$tmp/err"'

# a clean reference, then 20 killed ingests and a rerun
"$ws" ingest --quiet --db "$tmp/ref.db" --batch 40 "$tmp/syn.jsonl" 2>/dev/null
ref=$(counts "$tmp/ref.db")
k=0
while [ $k -lt 20 ]; do
  "$ws" ingest --quiet --db "$tmp/k.db" --batch 40 --no-cluster "$tmp/syn.jsonl" 2>/dev/null &
  pid=$!
  sleep "$(python3 -c "import random; print(round(random.uniform(0.05, 1.2), 3))")"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  c=$(counts "$tmp/k.db")
  set -- $c
  if [ "$1" != ok ] || [ "$2" != 0 ] || [ "$3" != 0 ] || [ "$4" != 0 ]; then
    echo "FAIL: after kill $k: $c" >&2
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
  k=$((k + 1))
done
"$ws" ingest --quiet --db "$tmp/k.db" --batch 40 "$tmp/syn.jsonl" 2>/dev/null
check '[ "$(counts "$tmp/k.db")" = "$ref" ]'
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
