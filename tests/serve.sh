#!/bin/sh
# whosaid serve over a store of PolNeAR dev (outlets and dates from its
# metadata) and the hostile articles: every page and its /api/ twin
# answers, errors are plain 400/404/405/414 pages, hostile text stays
# text in a real browser (Debian's headless chromium), screenshots of the
# corpus, an article, a speaker and the outlets are left in OUT_DIR.
# usage: serve.sh WHOSAID SOURCE_DIR SHARED_DIR OUT_DIR
set -u
ws=$1
src=$2
shared=$3
out=$4
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$tmp"' EXIT
. "$src/tests"/lib.sh
need_chromium
[ -d "$shared/corpora/polnear/dev/text" ] || { echo "FAIL: no PolNeAR dev under $shared"; exit 1; }
mkdir -p "$out"
"$ws" ingest --quiet --db "$tmp/c.db" --metadata "$shared/corpora/polnear/metadata.tsv" \
  "$shared/corpora/polnear/dev/text" "$src/tests/hostile"
port=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
"$ws" serve --db "$tmp/c.db" --listen "127.0.0.1:$port" 2> "$tmp/serve.err" &
pid=$!
base=http://127.0.0.1:$port
python3 - "$base" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(sys.argv[1] + "/", timeout=2)
        break
    except Exception:
        time.sleep(0.1)
PY
# the pages, their API twins, and the errors, with what each must hold
python3 "$src/tests/serve_check.py" "$base" "$tmp/c.db" "$ws"
check '[ $? -eq 0 ]'
# hostile articles seen by the browser: text, never elements
for doc in $(python3 -c "import sqlite3,sys; print(' '.join(str(r[0]) for r in sqlite3.connect(sys.argv[1]).execute(\"SELECT doc FROM documents WHERE id IN ('script-tags','bytes')\")))" "$tmp/c.db"); do
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --dump-dom "$base/doc/$doc" > "$tmp/d.dom" 2> /dev/null
  check 'python3 "$src/tests/html_dom_check.py" "$tmp/d.dom"'
done
for page in "" "doc/1" "speaker?name=Hillary%20Clinton" "outlets" "outlets?from=2016-06-01&topic=Clinton" "cluster/1"; do
  shot=$(echo "serve-${page:-home}" | tr -c 'A-Za-z0-9\n-' '_')
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1000 \
    --screenshot="$out/$shot.png" "$base/$page" > /dev/null 2>&1
  check '[ -s "$out/$shot.png" ]'
done
# pages are kept only while the store is unchanged: an ingest shows at once
docs() { python3 -c "import re,sys,urllib.request; print(re.search(r'(\d+) documents', urllib.request.urlopen(sys.argv[1] + '/').read().decode()).group(1))" "$base"; }
before=$(docs)
"$ws" ingest --quiet --db "$tmp/c.db" "$src/examples/harbor-vote.txt"
check '[ "$(docs)" -eq $((before + 1)) ]'
kill $pid
wait $pid 2>/dev/null
check '[ $? -eq 0 ] || [ $? -eq 143 ]'
finish
