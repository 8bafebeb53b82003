/* coref-dump — the candidates whosaid weighs for each he/she source, with
 * their features, as JSON lines: what scripts/train-coref.py learns the
 * ranker's weights (data/coref-weights.tsv) from.  A development tool
 * over the library's internals, not part of the CLI.
 * usage: ws_coref_dump [--weights TSV] FILE.txt...
 * output: one line per source:
 *   {"doc": NAME, "start": C0, "end": C1,
 *    "cands": [{"names": [NAME, ALIAS...], "f": [x, ...]}, ...]}
 * offsets in code points; f in the order of "features" on the first line. */
#include "internal.h"
#include "speakers/coref.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int slurp(const char *path, ws_buf *b) {
  return ws_read_file(path, path, b, NULL) == WS_OK ? 0 : -1;
}

static void put_str(const char *s) {
  putchar('"');
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') printf("\\%c", c);
    else if (c < 0x20) printf("\\u%04x", c);
    else putchar(c);
  }
  putchar('"');
}

static void dump(void *ctx, const ws_doc *d, size_t c0, size_t c1, size_t n, const int *entity,
                 const float (*feat)[WS_CF_N]) {
  printf("{\"doc\":");
  put_str((const char *)ctx);
  printf(",\"start\":%zu,\"end\":%zu,\"cands\":[", c0, c1);
  for (size_t i = 0; i < n; i++) {
    const ws_entity *e = &d->ents[entity[i]].pub;
    printf("%s{\"names\":[", i ? "," : "");
    put_str(e->name);
    for (size_t k = 0; k < e->naliases; k++) {
      putchar(',');
      put_str(e->aliases[k]);
    }
    printf("],\"f\":[");
    for (int f = 0; f < WS_CF_N; f++) printf("%s%g", f ? "," : "", feat[i][f]);
    printf("]}");
  }
  printf("]}\n");
}

int main(int argc, char **argv) {
  printf("{\"features\":[");
  for (int f = 0; f < WS_CF_N; f++) {
    printf("%s", f ? "," : "");
    put_str(ws_coref_feature_names[f]);
  }
  printf("]}\n");
  int i = 1;
  static double weights[WS_CF_N];
  const double *wt = NULL;
  if (argc > 2 && !strcmp(argv[1], "--weights")) {
    ws_buf w = {0};
    if (slurp(argv[2], &w) || ws_coref_parse_weights(w.data ? w.data : "", w.len, weights)) {
      fprintf(stderr, "ws_coref_dump: %s: unreadable or incomplete weights\n", argv[2]);
      return 1;
    }
    ws_buf_free(&w);
    wt = weights;
    i = 3;
  }
  for (; i < argc; i++) {
    ws_buf b = {0};
    if (slurp(argv[i], &b)) {
      fprintf(stderr, "ws_coref_dump: %s: cannot read\n", argv[i]);
      return 1;
    }
    const char *base = strrchr(argv[i], '/');
    char name[512];
    snprintf(name, sizeof name, "%s", base ? base + 1 : argv[i]);
    size_t nl = strlen(name);
    if (nl > 4 && !strcmp(name + nl - 4, ".txt")) name[nl - 4] = 0;
    ws_error err = {0};
    ws_doc *d = ws_doc_new(b.data ? b.data : "", b.len, &(ws_meta){.id = name}, 1, &err);
    ws_buf_free(&b);
    if (!d) {
      fprintf(stderr, "ws_coref_dump: %s: %s\n", argv[i], err.message);
      return 1;
    }
    ws_coref_hook hook = {name, dump, wt};
    d->coref_hook = &hook;
    if (ws_analyze(d, ws_model_default(), &err) != WS_OK) {
      fprintf(stderr, "ws_coref_dump: %s: %s\n", argv[i], err.message);
      return 1;
    }
    ws_doc_free(d);
  }
  return 0;
}
