#!/bin/sh
# analyze --format html seen by a browser: the seed article and hostile
# articles (script tags, attribute breakouts, javascript: links,
# </textarea>, NULs, invalid UTF-8, a 1 MB word) are rendered, checked as
# HTML (tests/html_check.py), then opened in Debian's headless chromium:
# its DOM holds no element the text tried to inject, the text shows as
# text, every attribution is listed; screenshots are left in OUT_DIR
# (html-seed.png, html-hostile.png) for a person to look at.
# usage: html_browser.sh WHOSAID SOURCE_DIR SHARED_DIR OUT_DIR
set -u
ws=$1
src=$2
shared=$3
out=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$src/tests"/lib.sh
need_chromium
mkdir -p "$tmp/in" "$out"
cp "$src"/tests/hostile/*.txt "$tmp/in/"
cp "$shared/examples/seed-article.txt" "$tmp/in/"
python3 -c "import sys; sys.stdout.write('\"' + 'x' * 1000000 + ',\" Mayor Ana Ruiz said.\n')" > "$tmp/in/long-word.txt"
"$ws" analyze --format html --out "$tmp/html" "$tmp/in"
check '[ $? -eq 0 ]'
for f in "$tmp"/in/*.txt; do
  name=$(basename "$f" .txt)
  check 'python3 "$src/tests/html_check.py" "$tmp/html/$name.html" "$f" "$ws" > /dev/null'
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --dump-dom \
    "file://$tmp/html/$name.html" > "$tmp/$name.dom" 2> /dev/null
  check 'python3 "$src/tests/html_dom_check.py" "$tmp/$name.dom" "$f" "$ws"'
done
check 'grep -q "&lt;script&gt;document.documentElement.setAttribute" "$tmp/script-tags.dom"'
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1000 \
  --screenshot="$out/html-seed.png" "file://$tmp/html/seed-article.html" > /dev/null 2>&1
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1000 \
  --screenshot="$out/html-hostile.png" "file://$tmp/html/script-tags.html" > /dev/null 2>&1
check '[ -s "$out/html-seed.png" ] && [ -s "$out/html-hostile.png" ]'
finish
