/* libFuzzer target: the brat reader and the scorer.  The input is split
 * at the first NUL into text and annotations, scored against itself and
 * against an empty prediction. */
#include "whosaid.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  const char *s = (const char *)data;
  const char *nul = memchr(s, 0, size);
  size_t tl = nul ? (size_t)(nul - s) : size / 2;
  const char *ann = nul ? nul + 1 : s + tl;
  size_t al = size - (size_t)(ann - s);
  ws_eval *ev = ws_eval_new();
  ws_error err;
  ws_eval_add(ev, "fuzz", s, tl, ann, al, ann, al, &err);
  ws_eval_add(ev, "fuzz", s, tl, ann, al, "", 0, &err);
  ws_buf b = {0};
  ws_eval_report(ev, 1, &b);
  ws_buf_free(&b);
  ws_eval_free(ev);
  return 0;
}
