/* confidence-dump — for every attribution whosaid finds in a gold corpus,
 * the features its confidence is computed from and whether eval counts it
 * as a linked match (cue, content and source or its absence each overlap
 * a gold attribution's): what scripts/train-confidence.py fits the
 * weights of data/confidence.tsv to.  A development tool over the
 * library's internals, not part of the CLI.
 * usage: ws_confidence_dump --model MODEL [--parser PARSER] --gold GOLD_DIR
 *        --text TEXT_DIR (PARSER: the parser MODEL was trained with, when
 *        not the one this build embeds)
 * output: a first line {"features": [NAME, ...]}, then one line per
 * attribution: {"doc": NAME, "y": 0|1, "p": CONFIDENCE, "f": [x, ...]}. */
#include "internal.h"
#include "attrib/confidence.h"
#include "attrib/model.h"
#include "parse/parse.h"
#include "dump-setup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int slurp(const char *path, ws_buf *b) {
  return ws_read_file(path, path, b, NULL) == WS_OK ? 0 : -1;
}

int main(int argc, char **argv) {
  dump_setup ds = {.tool = "ws_confidence_dump"};
  if (dump_start(&ds, argc, argv)) return 1;
  const ws_model *m = ds.model;
  ws_gold_pair *pairs = ds.pairs;
  size_t n = ds.n;
  ws_error err = {0};
  printf("{\"features\":[");
  for (int f = 0; f < WS_CONF_N; f++) printf("%s\"%s\"", f ? "," : "", ws_conf_feature_names[f]);
  printf("]}\n");
  int rc = 0;
  for (size_t i = 0; i < n && !rc; i++) {
    ws_buf t = {0}, g = {0}, p = {0};
    ws_doc *d = NULL;
    uint8_t *linked = NULL;
    if (slurp(pairs[i].text, &t) || slurp(pairs[i].gold, &g)) {
      rc = dump_fail(&ds, pairs[i].name, "cannot read");
    } else if (!(d = ws_doc_new(t.data ? t.data : "", t.len, &(ws_meta){.id = pairs[i].name}, 1,
                                &err)) ||
               /* every attribution: the weights are fitted on all of them */
               (ws_doc_set_min_confidence(d, 0), ws_analyze(d, m, &err) != WS_OK)) {
      rc = dump_fail(&ds, pairs[i].name, err.message);
    } else if (ws_render_brat(d, &p) != WS_OK || !(linked = ws_malloc(d->nattrs + 1)) ||
               ws_eval_mark(t.data ? t.data : "", t.len, g.data ? g.data : "", g.len,
                            p.data ? p.data : "", p.len, linked, d->nattrs, &err) != WS_OK) {
      rc = dump_fail(&ds, pairs[i].name, "cannot score");
    } else {
      for (size_t k = 0; k < d->nattrs; k++) {
        double x[WS_CONF_N];
        ws_conf_features(&d->attrs[k], x);
        printf("{\"doc\":\"%s\",\"y\":%d,\"p\":%.4f,\"f\":[", pairs[i].name, linked[k],
               d->attrs[k].pub.confidence);
        for (int f = 0; f < WS_CONF_N; f++) printf("%s%.4g", f ? "," : "", x[f]);
        printf("]}\n");
      }
    }
    ws_free(linked);
    ws_doc_free(d);
    ws_buf_free(&t);
    ws_buf_free(&g);
    ws_buf_free(&p);
  }
  dump_end(&ds);
  return rc;
}
