/* libFuzzer target: the JSON Lines record reader with a small record
 * limit (lines over it are skipped unread), then each record as a
 * document. */
#include "whosaid.h"

#include <stdio.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  if (size == 0) return 0;
  FILE *f = fmemopen((void *)data, size, "rb");
  if (!f) return 0;
  ws_lines *r = ws_lines_new(f, 256);
  const char *rec;
  size_t len, last = 0;
  int k;
  ws_error err;
  while (r && (k = ws_lines_next(r, &rec, &len, &err)) != 0) {
    if (ws_lines_line(r) < last) __builtin_trap(); /* line numbers only grow */
    last = ws_lines_line(r);
    if (k < 0) continue;
    if (len > 256) __builtin_trap(); /* the limit holds */
    ws_doc *d = ws_doc_from_json(rec, len, last, &err);
    ws_doc_free(d);
  }
  ws_lines_free(r);
  fclose(f);
  return 0;
}
