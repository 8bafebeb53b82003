#!/bin/sh
# CLI behaviour: help, errors naming file and line, other inputs still
# processed, stdin, jsonl, brat output, exit codes.
# usage: cli.sh WHOSAID SOURCE_DIR
set -u
ws=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { if eval "$1"; then ok; else no "$1"; fi; }

art=$src/examples/harbor-vote.txt

# help and version tell the truth and exit 0
check '"$ws" --help | grep -q "analyze"'
check '"$ws" analyze --help | grep -q -- "--input"'
check '"$ws" eval --help | grep -q -- "--gold"'
check '"$ws" train --help | grep -q -- "--conllu"'
check '"$ws" --version | grep -q "whosaid"'
"$ws" >/dev/null 2>&1; check '[ $? -eq 2 ]'
"$ws" frobnicate >/dev/null 2>&1; check '[ $? -eq 2 ]'
"$ws" analyze --bogus x >/dev/null 2>&1; check '[ $? -eq 2 ]'
"$ws" analyze --format brat "$art" >/dev/null 2>&1; check '[ $? -eq 2 ]'

# one JSON object per document, valid JSON, header metadata
"$ws" analyze "$art" > "$tmp/out.jsonl"
check '[ $? -eq 0 ]'
check '[ $(wc -l < "$tmp/out.jsonl") -eq 1 ]'
check 'python3 -c "import json,sys; d=json.loads(open(sys.argv[1]).read()); assert d[\"outlet\"]==\"Lakeside Ledger\" and d[\"date\"]==\"2026-05-12\" and d[\"id\"]==\"harbor-vote\" and len(d[\"attributions\"])>3" "$tmp/out.jsonl"'

# a directory stands for its .txt and .jsonl files, in name order
mkdir "$tmp/dir"
cp "$art" "$tmp/dir/b.txt"
cp "$art" "$tmp/dir/a.txt"
printf 'not an article\n' > "$tmp/dir/skip.md"
"$ws" analyze "$tmp/dir" > "$tmp/dir.jsonl"
check '[ $? -eq 0 ] && [ "$(python3 -c "import json,sys; print(\" \".join(json.loads(l)[\"id\"] for l in open(sys.argv[1])))" "$tmp/dir.jsonl")" = "a b" ]'

# spans are code points into the text as read: re-slice and compare
check 'python3 - "$art" "$tmp/out.jsonl" <<PY
import json,sys
text=open(sys.argv[1],encoding="utf-8").read()
d=json.loads(open(sys.argv[2]).read())
for a in d["attributions"]:
    for part in ("cue","content","source"):
        p=a[part]
        if p is None: continue
        assert p["text"]==" ".join(text[s:e] for s,e in p["spans"]), (part,p)
PY'

# stdin
check '"$ws" analyze - < "$art" | grep -q "\"id\":\"stdin\""'

# a missing file: message names it, exit 1, the other file still analysed
"$ws" analyze "$tmp/missing.txt" "$art" > "$tmp/o2" 2> "$tmp/e2"
check '[ $? -eq 1 ]'
check 'grep -q "missing.txt:1:" "$tmp/e2"'
check '[ $(wc -l < "$tmp/o2") -eq 1 ]'
# a directory without articles is reported
mkdir "$tmp/empty"
"$ws" analyze "$tmp/empty" > /dev/null 2> "$tmp/e3"
check '[ $? -eq 1 ] && grep -q "no \*.txt or \*.jsonl files" "$tmp/e3"'

# jsonl: a malformed line is reported with its line number, others go on
printf '%s\n' '{"id":"a","text":"The mayor said the road would close.","outlet":"X"}' \
  'not json' '' '{"id":"b","text":"\"Fine,\" she said.","date":"2026-01-01"}' \
  '{"id":"c","text":42}' > "$tmp/in.jsonl"
"$ws" analyze "$tmp/in.jsonl" > "$tmp/o4" 2> "$tmp/e4"
check '[ $? -eq 1 ]'
check 'grep -q "in.jsonl:2:" "$tmp/e4" && grep -q "in.jsonl:5:" "$tmp/e4"'
check '[ $(wc -l < "$tmp/o4") -eq 2 ]'
check '"$ws" analyze --input jsonl - < "$tmp/in.jsonl" 2>/dev/null | grep -q "\"id\":\"b\""'

# brat output opens in brat: T and E lines, .txt beside jsonl documents
"$ws" analyze --format brat --out "$tmp/brat" "$art" "$tmp/in.jsonl" 2>/dev/null
check '[ -s "$tmp/brat/harbor-vote.ann" ] && [ -s "$tmp/brat/a.txt" ] && [ -f "$tmp/brat/a.ann" ]'
check 'grep -q "^T[0-9]*	Cue " "$tmp/brat/harbor-vote.ann" && grep -q "^E[0-9]*	Attribution:T[0-9]* .*Cue:T" "$tmp/brat/harbor-vote.ann"'
# ... as a folder brat opens: the .txt beside every .ann (text files too),
# annotation.conf declaring every type and attribute value the .ann files
# use, attributes and notes pointing at annotations that exist
check 'cmp -s "$art" "$tmp/brat/harbor-vote.txt" && [ -s "$tmp/brat/annotation.conf" ] && [ -s "$tmp/brat/visual.conf" ]'
check 'python3 "$src/tests/brat_check.py" "$tmp/brat"'

# --format tsv: a header, then one row of the same width per attribution
# (as many as the JSON gives); tabs and newlines inside text are escaped
printf '"Tabs\tand\nbreaks," Mayor Ana Ruiz said.\n' > "$tmp/tab.txt"
"$ws" analyze --format tsv "$art" "$tmp/tab.txt" > "$tmp/o.tsv"
check '[ $? -eq 0 ]'
"$ws" analyze "$art" "$tmp/tab.txt" > "$tmp/o.json"
check 'python3 "$src/tests/tsv_check.py" "$tmp/o.tsv" "$tmp/o.json"'
# a document with no attribution renders no row, and nothing else breaks
# (under the sanitizers: no null buffer handed to fwrite); nor does a
# brat folder for it
printf 'The harbor opened at dawn. Boats left at six.\n' > "$tmp/none.txt"
"$ws" analyze --format tsv "$tmp/none.txt" "$tmp/tab.txt" > "$tmp/none.tsv"
check '[ $? -eq 0 ] && [ "$(wc -l < "$tmp/none.tsv")" -ge 2 ] && ! grep -q "^none	" "$tmp/none.tsv"'
"$ws" analyze --format brat --out "$tmp/brat-none" "$tmp/none.txt"
check '[ $? -eq 0 ] && [ -f "$tmp/brat-none/none.ann" ] && [ ! -s "$tmp/brat-none/none.ann" ]'

# --format conllu: every sentence a well-formed tree whose offsets cut the
# text into the token forms
"$ws" analyze --format conllu "$art" > "$tmp/o.conllu"
check '[ $? -eq 0 ] && grep -q "^# newdoc id = harbor-vote$" "$tmp/o.conllu"'
check 'python3 "$src/tests/conllu_check.py" "$tmp/o.conllu" "$art"'

# -r walks subdirectories (in name order); other file types are mentioned
# once each, with their count
mkdir -p "$tmp/tree/b/c"
cp "$art" "$tmp/tree/b/c/one.txt"
cp "$art" "$tmp/tree/two.txt"
: > "$tmp/tree/x.pdf"
: > "$tmp/tree/b/y.pdf"
check '[ "$("$ws" analyze "$tmp/tree" 2>/dev/null | wc -l)" -eq 1 ]'
"$ws" analyze -r "$tmp/tree" > "$tmp/r.json" 2> "$tmp/r.err"
check '[ $? -eq 0 ] && [ "$(python3 -c "import json,sys; print(\" \".join(json.loads(l)[\"id\"] for l in open(sys.argv[1])))" "$tmp/r.json")" = "one two" ]'
check '[ "$(grep -c "pdf files skipped" "$tmp/r.err")" -eq 1 ] && grep -q "2 .pdf files" "$tmp/r.err"'

# eval over a gold folder written here: brat output scored against itself
mkdir -p "$tmp/gold" "$tmp/text"
cp "$art" "$tmp/text/harbor-vote.txt"
cp "$tmp/brat/harbor-vote.ann" "$tmp/gold/harbor-vote_zz.ann"
"$ws" eval --gold "$tmp/gold" --text "$tmp/text" --json > "$tmp/ev.json"
check '[ $? -eq 0 ] && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d[\"cue\"][\"exact\"][\"f1\"]==100.0 and d[\"documents\"]==1" "$tmp/ev.json"'
"$ws" eval --gold "$tmp/gold" --text "$tmp/text" --pred "$tmp/brat" | grep -q "Linked"
check '[ $? -eq 0 ]'
"$ws" eval --gold "$tmp/nowhere" --text "$tmp/text" > /dev/null 2>&1
check '[ $? -eq 1 ]'
# train on that folder with word classes; a malformed class line is
# named by file and line, and nothing is written
printf '# classes\nsaid\t32\t0\t1\nharbor\t0\t15\t0\n' > "$tmp/classes.tsv"
"$ws" train --gold "$tmp/gold" --text "$tmp/text" --classes "$tmp/classes.tsv" --epochs 2 \
  --out "$tmp/m.bin" > /dev/null 2>&1
check '[ $? -eq 0 ] && [ -s "$tmp/m.bin" ] && "$ws" analyze --model "$tmp/m.bin" "$art" > /dev/null'
# two stages (stacking): the model is larger by a second stage and loads;
# one fold is no stacking and is refused as usage
"$ws" train --gold "$tmp/gold" --text "$tmp/text" --epochs 2 --stack 2 --out "$tmp/m2s.bin" \
  > /dev/null 2>&1
check '[ $? -eq 0 ] && [ "$(wc -c < "$tmp/m2s.bin")" -gt "$(wc -c < "$tmp/m.bin")" ] && "$ws" analyze --model "$tmp/m2s.bin" "$art" > /dev/null'
"$ws" train --gold "$tmp/gold" --text "$tmp/text" --epochs 2 --stack 1 --out "$tmp/m1s.bin" \
  > /dev/null 2> "$tmp/s1.err"
check '[ $? -eq 2 ] && grep -q -- "--stack" "$tmp/s1.err" && [ ! -e "$tmp/m1s.bin" ]'
check '"$ws" train --help | grep -q -- "--stack K"'
# a margin: trains and loads; out of its range refused as usage
"$ws" train --gold "$tmp/gold" --text "$tmp/text" --classes "$tmp/classes.tsv" --epochs 2 \
  --margin 50 --out "$tmp/mm.bin" \
  > /dev/null 2>&1
check '[ $? -eq 0 ] && ! cmp -s "$tmp/mm.bin" "$tmp/m.bin" && "$ws" analyze --model "$tmp/mm.bin" "$art" > /dev/null'
"$ws" train --gold "$tmp/gold" --text "$tmp/text" --margin 100001 --out "$tmp/mbig.bin" \
  > /dev/null 2> "$tmp/mbig.err"
check '[ $? -eq 2 ] && grep -q -- "--margin" "$tmp/mbig.err" && [ ! -e "$tmp/mbig.bin" ]'
check '"$ws" train --help | grep -q -- "--margin M\[,M2\]"'
# stage one's and stage two's margins; three numbers are refused
"$ws" train --gold "$tmp/gold" --text "$tmp/text" --epochs 2 --stack 2 --margin 0,50 \
  --out "$tmp/m2m.bin" > /dev/null 2>&1
check '[ $? -eq 0 ] && ! cmp -s "$tmp/m2m.bin" "$tmp/m2s.bin" && "$ws" analyze --model "$tmp/m2m.bin" "$art" > /dev/null'
"$ws" train --gold "$tmp/gold" --text "$tmp/text" --margin 1,2,3 --out "$tmp/m3.bin" > /dev/null 2>&1
check '[ $? -eq 2 ] && [ ! -e "$tmp/m3.bin" ]'
# a seed: another order, another model; out of range refused
"$ws" train --gold "$tmp/gold" --text "$tmp/text" --classes "$tmp/classes.tsv" --epochs 2 \
  --seed 0 --out "$tmp/ms.bin" > /dev/null 2>&1
check '[ $? -eq 0 ] && "$ws" analyze --model "$tmp/ms.bin" "$art" > /dev/null'
"$ws" train --gold "$tmp/gold" --text "$tmp/text" --seed -3 --out "$tmp/mneg.bin" > /dev/null 2> "$tmp/mneg.err"
check '[ $? -eq 2 ] && grep -q -- "--seed" "$tmp/mneg.err" && [ ! -e "$tmp/mneg.bin" ]'
printf 'said\t32\t0\t1\nharbor\t99\t0\n' > "$tmp/bad-classes.tsv"
"$ws" train --gold "$tmp/gold" --text "$tmp/text" --classes "$tmp/bad-classes.tsv" --epochs 2 \
  --out "$tmp/m2.bin" > /dev/null 2> "$tmp/tc.err"
check '[ $? -eq 1 ] && grep -q "bad-classes.tsv:2:" "$tmp/tc.err" && [ ! -e "$tmp/m2.bin" ]'

# profile: a per-outlet table, outlets from headers or --metadata
printf 'filename\toutlet\nstory\tMeta Outlet\n' > "$tmp/meta.tsv"
mkdir -p "$tmp/plain"
printf 'The mayor claimed the budget was balanced.\n' > "$tmp/plain/story.txt"
"$ws" profile "$art" "$tmp/in.jsonl" > "$tmp/prof.txt" 2>/dev/null
check 'grep -q "^Lakeside Ledger" "$tmp/prof.txt" && grep -q "^X " "$tmp/prof.txt" && grep -q "d+h+e" "$tmp/prof.txt"'
"$ws" profile --json --metadata "$tmp/meta.tsv" "$tmp/plain" > "$tmp/prof.json"
check '[ $? -eq 0 ] && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); o=d[\"outlets\"][0]; assert o[\"outlet\"]==\"Meta Outlet\" and o[\"documents\"]==1 and \"doubt\" in o[\"cue_classes\"]" "$tmp/prof.json"'
"$ws" profile --metadata "$tmp/nothing.tsv" "$art" > /dev/null 2>&1
check '[ $? -eq 1 ]'
check '"$ws" profile --help | grep -q -- "--metadata"'

# a bad model file is refused with a message
printf 'junk' > "$tmp/bad.bin"
"$ws" analyze --model "$tmp/bad.bin" "$art" > /dev/null 2> "$tmp/e5"
check '[ $? -eq 1 ] && grep -q "bad.bin" "$tmp/e5"'

# command-line habits: version, help CMD, --opt=value, exit codes in the
# help, JSON Lines on standard input said rather than stored as one text
check '"$ws" version | grep -q "^whosaid "'
check '"$ws" help query | grep -q -- "--limit"'
"$ws" help frobnicate >/dev/null 2>&1; check '[ $? -eq 2 ]'
check '"$ws" --help | grep -q "exit status"'
"$ws" analyze --input=jsonl "$src/tests/golden/wire.jsonl" > "$tmp/eq.jsonl"
check '[ $? -eq 0 ] && [ -s "$tmp/eq.jsonl" ]'
"$ws" analyze --max-record=12X "$art" >/dev/null 2>&1; check '[ $? -eq 2 ]'
"$ws" analyze --min-confidence 1.5 "$art" >/dev/null 2>&1; check '[ $? -eq 2 ]'
"$ws" analyze --min-confidence x "$art" >/dev/null 2>&1; check '[ $? -eq 2 ]'
check '[ "$("$ws" analyze --min-confidence 0 "$art" | grep -o "\"confidence\"" | wc -l)" -ge "$("$ws" analyze --min-confidence 0.9 "$art" | grep -o "\"confidence\"" | wc -l)" ]'
check '"$ws" analyze --help | grep -q -- "--min-confidence"'
check '"$ws" eval --help | grep -q -- "--min-confidence"'
"$ws" profile --min-confidence 2 "$art" >/dev/null 2>&1; check '[ $? -eq 2 ]'
check '"$ws" profile --min-confidence 0 "$art" >/dev/null'
db=$(mktemp -u).db
"$ws" ingest --db "$db" --min-confidence -1 "$art" >/dev/null 2>&1; check '[ $? -eq 2 ]'
check '"$ws" ingest --quiet --db "$db" --min-confidence 0 "$art" >/dev/null 2>&1'
rm -f "$db"
printf '{"id":"a","text":"Tom said so."}\n{"id":"b","text":"Ann said no."}\n' | "$ws" analyze - > "$tmp/o" 2> "$tmp/e"
check '[ $? -eq 1 ] && grep -q "looks like JSON Lines" "$tmp/e" && [ ! -s "$tmp/o" ]'
printf '{"id":"a","text":"Tom said so."}\n' | "$ws" analyze --input jsonl - > "$tmp/o"
check 'grep -q "\"id\":\"a\"" "$tmp/o"'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
