/* libFuzzer target: the CoNLL-U reader of the parser trainer, then one
 * training pass over small tables (bad heads, labels and tag sets). */
#include "whosaid.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  ws_ptrainer *tr = ws_ptrainer_new();
  if (!tr) return 0;
  ws_error err;
  ws_ptrainer_set_bits(tr, 8, 8, 8);
  if (ws_ptrainer_add(tr, (const char *)data, size, &err) == WS_OK) {
    ws_buf b = {0};
    ws_ptrainer_run(tr, 1, &b, NULL, NULL, &err);
    ws_buf_free(&b);
  }
  ws_ptrainer_free(tr);
  return 0;
}
