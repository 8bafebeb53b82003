/* libFuzzer target: the model loader.  The input's first 32 bytes are a
 * model header; the rest, repeated, fills a file of the size the header
 * asks for (so the parser's checks past the size are reached too), with
 * a second stage when the flags ask for one (its bits mostly right).  A
 * model that loads then tags a short article. */
#include "internal.h"
#include "attrib/model.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  if (size < 32) return 0;
  /* small tables (the parser allows up to 2^26 and 2^24 rows) */
  uint32_t bits = data[12] % 5 + 8, wbits = data[16] % 7 + 4;
  /* with flag 2, rows of both stages and the second stage's header and
   * transitions after them */
  int two = data[24] & 2;
  size_t need = 32 + ((size_t)11 << wbits) + 144 + ((size_t)(two ? 32 : 16) << bits);
  uint32_t bits2 = data[13] & 1 ? bits : data[13] % 5 + 8;
  size_t stage2 = need;
  if (two) need += 16 + 144;
  /* sometimes the wrong size, to reach that check */
  if (data[31] == 0xFF) need = size;
  need = (need + 15) & ~(size_t)15;
  uint8_t *p = aligned_alloc(16, need ? need : 16);
  if (!p) return 0;
  for (size_t i = 0; i < need; i++) p[i] = data[i % size];
  if (data[31] != 0xFF) {
    memcpy(p, WS_MODEL_MAGIC, 8);
    p[12] = (uint8_t)bits, p[13] = p[14] = p[15] = 0;
    p[16] = (uint8_t)wbits, p[17] = p[18] = p[19] = 0;
    if (two && stage2 + 16 <= need) {
      p[stage2] = (uint8_t)bits2, p[stage2 + 1] = p[stage2 + 2] = p[stage2 + 3] = 0;
      if (data[25] & 1) { /* a mix in range */
        float mix1 = (float)(data[26] % 5) / 2;
        memcpy(p + stage2 + 8, &mix1, 4);
        memset(p + stage2 + 12, 0, 4);
      }
    }
  }
  struct ws_model m;
  ws_error err;
  if (ws_model_parse(&m, p, need, &err) == WS_OK) {
    static const char text[] = "Tom Reyes said the bridge would open. \"It is safe,\" she said.";
    ws_doc *d = ws_doc_new(text, sizeof text - 1, NULL, 1, &err);
    if (d && ws_analyze(d, &m, &err) == WS_OK) {
      ws_buf b = {0};
      ws_render_json(d, &b);
      ws_buf_free(&b);
    }
    ws_doc_free(d);
  }
  free(p);
  return 0;
}
