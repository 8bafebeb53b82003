/* libFuzzer target: the JSON Lines reader, then the pipeline. */
#include "whosaid.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  ws_error err;
  ws_doc *d = ws_doc_from_json((const char *)data, size, 1, &err);
  if (!d) return 0;
  if (ws_analyze(d, ws_model_default(), &err) == WS_OK) {
    ws_buf b = {0};
    ws_render_json(d, &b);
    ws_buf_free(&b);
  }
  ws_doc_free(d);
  return 0;
}
