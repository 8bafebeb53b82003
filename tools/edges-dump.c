/* edges-dump — for every attribution whosaid finds in a corpus with a cue
 * and a content, the content edges src/attrib/edges.c would weigh (the
 * tagger's first) and their features: what scripts/train-edges.py fits
 * data/edges.tsv to.  The choice itself is not made (the hook sees the
 * tagger's contents).  A development tool over the library's internals,
 * not part of the CLI.
 * usage: ws_edges_dump [--model MODEL [--parser PARSER]] --gold GOLD_DIR --text TEXT_DIR
 * output, tab-separated lines:
 *   D  NAME  TEXT_PATH  GOLD_PATH            (a document)
 *   C  RECORD  CANDIDATE  SPANS  FEATURES    (a candidate content)
 * SPANS: START-END code points, comma-separated; FEATURES: ids in hex,
 * space-separated, ID:VALUE where the value is not 1. */
#include "internal.h"
#include "attrib/edges.h"
#include "attrib/model.h"
#include "parse/parse.h"
#include "dump-setup.h"

#include <stdio.h>
#include <string.h>

static void dump(void *ctx, const ws_doc *d, size_t rec, size_t cand, const ws_span *sp, size_t nsp,
                 const uint32_t *id, const float *val, size_t nf) {
  (void)ctx, (void)d;
  printf("C\t%zu\t%zu\t", rec, cand);
  for (size_t i = 0; i < nsp; i++) printf("%s%zu-%zu", i ? "," : "", sp[i].start, sp[i].end);
  putchar('\t');
  for (size_t i = 0; i < nf; i++) {
    printf(i ? " %x" : "%x", id[i]);
    if (val[i] != 1) printf(":%.5g", val[i]);
  }
  putchar('\n');
}

int main(int argc, char **argv) {
  dump_setup ds = {.tool = "ws_edges_dump"};
  if (dump_start(&ds, argc, argv)) return 1;
  ws_edges_hook hook = {NULL, dump};
  ws_error err = {0};
  int rc = 0;
  for (size_t i = 0; i < ds.n && !rc; i++) {
    ws_buf t = {0};
    ws_doc *d = NULL;
    if (ws_read_file(ds.pairs[i].text, ds.pairs[i].text, &t, &err) != WS_OK) {
      rc = dump_fail(&ds, ds.pairs[i].name, err.message);
    } else if (!(d = ws_doc_new(t.data ? t.data : "", t.len, &(ws_meta){.id = ds.pairs[i].name}, 1,
                                &err))) {
      rc = dump_fail(&ds, ds.pairs[i].name, err.message);
    } else {
      printf("D\t%s\t%s\t%s\n", ds.pairs[i].name, ds.pairs[i].text, ds.pairs[i].gold);
      ws_doc_set_min_confidence(d, 0);
      d->edges_hook = &hook;
      if (ws_analyze(d, ds.model, &err) != WS_OK) rc = dump_fail(&ds, ds.pairs[i].name, err.message);
    }
    ws_doc_free(d);
    ws_buf_free(&t);
  }
  dump_end(&ds);
  return rc;
}
