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

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int slurp(const char *path, ws_buf *b) {
  return ws_read_file(path, path, b, NULL) == WS_OK ? 0 : -1;
}

static int fail(const char *what, const char *why) {
  fprintf(stderr, "ws_confidence_dump: %s: %s\n", what, why);
  return 1;
}

int main(int argc, char **argv) {
  const char *model = NULL, *gold = NULL, *text = NULL, *parser = NULL;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--model")) model = argv[i + 1];
    else if (!strcmp(argv[i], "--parser")) parser = argv[i + 1];
    else if (!strcmp(argv[i], "--gold")) gold = argv[i + 1];
    else if (!strcmp(argv[i], "--text")) text = argv[i + 1];
    else return fail(argv[i], "unknown option");
  }
  if (!gold || !text || argc % 2 == 0)
    return fail("usage", "ws_confidence_dump [--model MODEL [--parser PARSER]] --gold GOLD_DIR --text TEXT_DIR");
  if (parser && !model) return fail("--parser", "needs --model (the built-in model parses with the built-in parser)");
  ws_error err = {0};
  ws_model *own = NULL;
  ws_parser *own_parser = NULL;
  const ws_model *m = ws_model_default();
  if (model && !(m = own = ws_model_load(model, &err))) return fail(model, err.message);
  /* the parser the model was trained with, not the one this build embeds */
  if (parser && !(own->parser = own_parser = ws_parser_load(parser, &err))) {
    ws_model_free(own);
    return fail(parser, err.message);
  }
  size_t n;
  ws_gold_pair *pairs = ws_gold_pairs(gold, text, &n, &err);
  if (!pairs) return fail(gold, err.message);
  printf("{\"features\":[");
  for (int f = 0; f < WS_CONF_N; f++) printf("%s\"%s\"", f ? "," : "", ws_conf_feature_names[f]);
  printf("]}\n");
  int rc = 0;
  for (size_t i = 0; i < n && !rc; i++) {
    ws_buf t = {0}, g = {0}, p = {0};
    ws_doc *d = NULL;
    uint8_t *linked = NULL;
    if (slurp(pairs[i].text, &t) || slurp(pairs[i].gold, &g)) {
      rc = fail(pairs[i].name, "cannot read");
    } else if (!(d = ws_doc_new(t.data ? t.data : "", t.len, &(ws_meta){.id = pairs[i].name}, 1,
                                &err)) ||
               /* every attribution: the weights are fitted on all of them */
               (ws_doc_set_min_confidence(d, 0), ws_analyze(d, m, &err) != WS_OK)) {
      rc = fail(pairs[i].name, err.message);
    } else if (ws_render_brat(d, &p) != WS_OK || !(linked = ws_malloc(d->nattrs + 1)) ||
               ws_eval_mark(t.data ? t.data : "", t.len, g.data ? g.data : "", g.len,
                            p.data ? p.data : "", p.len, linked, d->nattrs, &err) != WS_OK) {
      rc = fail(pairs[i].name, "cannot score");
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
  ws_gold_pairs_free(pairs, n);
  ws_model_free(own);
  ws_parser_free(own_parser);
  return rc;
}
