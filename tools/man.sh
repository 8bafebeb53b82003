#!/bin/sh
# Write the manual pages from what the tool and the docs already say, so
# that they never drift: whosaid(1) from 'whosaid --help' and each
# command's help, whosaid-json(5) from docs/json-schema.md.
# usage: man.sh WHOSAID SOURCE_DIR OUT_DIR
set -eu
ws=$1
src=$2
out=$3
mkdir -p "$out"
version=$("$ws" version | cut -d' ' -f2)
# roff: a leading dot or quote would be a request; backslashes are escapes
esc() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
{
  printf '.TH WHOSAID 1 "" "whosaid %s" "User Commands"\n' "$version"
  printf '.SH NAME\nwhosaid \\- who said what in news articles: attributions, speakers, framing\n'
  printf '.SH SYNOPSIS\n.B whosaid\n.I COMMAND\n[options]\n'
  printf '.SH DESCRIPTION\n.nf\n'
  "$ws" --help | sed '1,2d' | esc
  printf '.fi\n'
  for c in analyze eval train train-parser parse-eval profile ingest query identity serve; do
    printf '.SH "WHOSAID %s"\n.nf\n' "$(echo "$c" | tr a-z A-Z)"
    "$ws" help "$c" | esc
    printf '.fi\n'
  done
  printf '.SH FILES\nThe JSON output is described in\n.BR whosaid-json (5);\n'
  printf 'the store schema in docs/schema.sql of the source.\n'
  printf '.SH SEE ALSO\n.BR whosaid-json (5),\n.BR sqlite3 (1)\n'
} > "$out/whosaid.1"
{
  printf '.TH WHOSAID-JSON 5 "" "whosaid %s" "File Formats"\n' "$version"
  printf '.SH NAME\nwhosaid-json \\- the JSON Lines that whosaid analyze writes\n'
  printf '.SH DESCRIPTION\n.nf\n'
  sed '1d' "$src/docs/json-schema.md" | sed -e 's/^```$//' | esc
  printf '.fi\n.SH SEE ALSO\n.BR whosaid (1)\n'
} > "$out/whosaid-json.5"
