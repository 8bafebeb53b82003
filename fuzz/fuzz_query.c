/* libFuzzer target: store questions with hostile arguments (FTS5 syntax,
 * quotes, huge term lists, numbers that are not) over a small in-memory
 * store, as tables and as JSON.  The first byte picks the question. */
#include "whosaid.h"

#include <stdlib.h>
#include <string.h>

static ws_store *store;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  ws_error err;
  store = ws_store_open(":memory:", &err);
  if (!store) abort();
  static const char *texts[] = {
      "date 2026-05-12 (Harbor Times) Tom Reyes said \"the channel will close in May\" on Monday.",
      "date 2026-05-13 (Ledger) \"The channel will close in May,\" Tom Reyes said. Ann Lee disagreed.",
  };
  for (int k = 0; k < 2; k++) {
    ws_doc *d = ws_doc_new(texts[k], strlen(texts[k]), &(ws_meta){.id = k ? "b" : "a"}, 1, &err);
    int added;
    if (!d || ws_analyze(d, ws_model_default(), &err) != WS_OK ||
        ws_store_add(store, d, &added, &err) != WS_OK)
      abort();
    ws_doc_free(d);
  }
  if (ws_store_cluster(store, &err) != WS_OK) abort();
  ws_store_set_timeout(store, 2000);
  return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  static const char *const what[] = {"speaker", "search", "articles", "clusters",
                                     "cluster", "speakers", "profile", "nonsense"};
  if (size < 1) return 0;
  char *arg = malloc(size);
  if (!arg) return 0;
  memcpy(arg, data + 1, size - 1);
  arg[size - 1] = 0;
  ws_error err;
  ws_buf out = {0};
  ws_store_query(store, what[data[0] & 7], (data[0] & 8) ? NULL : arg, (int)(data[0] >> 4),
                 data[0] & 16, &out, &err);
  ws_buf_free(&out);
  free(arg);
  return 0;
}
