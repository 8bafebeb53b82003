#!/bin/sh
# cmake --install into a temporary prefix, then build a C program against
# the installed library as a user would (pkg-config, shared and static)
# and run it; the soname, the manual pages and ws_version() too.
# usage: install.sh BUILD_DIR
set -u
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")"/lib.sh

cmake --install "$build" --prefix "$tmp/p" > /dev/null
check '[ -x "$tmp/p/bin/whosaid" ] && [ -f "$tmp/p/include/whosaid.h" ]'
lib=$(ls -d "$tmp"/p/lib*/libwhosaid.so.0 2>/dev/null | head -1)
check '[ -n "$lib" ] && [ -f "$(dirname "$lib")/libwhosaid.a" ]'
libdir=$(dirname "$lib")
check 'readelf -d "$lib" | grep -q "SONAME.*libwhosaid.so.0"'
# only the API's ws_* names are exported, nothing of the linked libraries
check '! nm -D --defined-only "$lib" | awk "{print \$3}" | grep -v "^ws_" | grep -qv "^WHOSAID_0$"'
check 'grep -q "^.TH WHOSAID 1" "$tmp/p/share/man/man1/whosaid.1" && grep -q "WHOSAID INGEST" "$tmp/p/share/man/man1/whosaid.1"'
check 'grep -q "^.TH WHOSAID-JSON 5" "$tmp/p/share/man/man5/whosaid-json.5"'
# each page renders (man-db, installed by .ci/run), without warnings
for page in "$tmp/p/share/man/man1/whosaid.1" "$tmp/p/share/man/man5/whosaid-json.5"; do
  MANWIDTH=80 man -l "$page" > "$tmp/page.txt" 2> "$tmp/page.err"
  check '[ $? -eq 0 ] && [ ! -s "$tmp/page.err" ] && grep -q "^NAME" "$tmp/page.txt" && [ $(wc -l < "$tmp/page.txt") -gt 40 ]'
done
export PKG_CONFIG_PATH="$libdir/pkgconfig"
check '[ "$(pkg-config --modversion whosaid)" = "$("$tmp/p/bin/whosaid" version | cut -d" " -f2)" ]'
cat > "$tmp/use.c" <<'C'
#include <stdio.h>
#include <string.h>
#include <whosaid.h>
int main(void) {
  const char *t = "\"The bridge will open in May,\" Mayor Ana Ruiz said on Monday.\n";
  ws_error err = {0};
  ws_doc *d = ws_doc_new(t, strlen(t), NULL, 0, &err);
  if (!d || ws_analyze(d, ws_model_default(), &err) != WS_OK) return 1;
  const ws_attribution *a = ws_doc_attribution(d, 0);
  printf("%s %zu %s %s\n", ws_version(), ws_doc_attribution_count(d),
         a ? a->source_canonical : "-", a ? a->cue_lemma : "-");
  ws_doc_free(d);
  return 0;
}
C
cc -std=c11 -Wall -Werror -o "$tmp/use" "$tmp/use.c" $(pkg-config --cflags --libs whosaid)
check '[ "$(LD_LIBRARY_PATH="$libdir" "$tmp/use")" = "$(pkg-config --modversion whosaid) 1 Ana Ruiz say" ]'
# the static library, as pkg-config --static says to link it
cc -std=c11 -o "$tmp/use-static" "$tmp/use.c" -I"$tmp/p/include" "$libdir/libwhosaid.a" \
  $(pkg-config --static --libs-only-l --libs-only-other whosaid | sed 's/-lwhosaid//')
check '[ "$("$tmp/use-static" | cut -d" " -f2-)" = "1 Ana Ruiz say" ]'
finish
