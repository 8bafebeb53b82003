/* confidence.c — how likely an attribution is to be right.
 *
 * A logistic model over what the record was made from: the tagger's
 * belief in its cue, content and source tokens (max-marginal margins,
 * ws_beliefs), whether the tagger or a rule made it, whether it has a
 * source, a quotation, a cue of a known class.  Its weights
 * (data/confidence.tsv) are fitted by scripts/train-confidence.py on
 * attributions the tagger had not been trained on (each half of PolNeAR
 * train tagged by a model of the other half); "right" is eval's linked
 * overlap match. */
#include "../internal.h"
#include "../util/lexicon.h"
#include "confidence.h"

#include <math.h>

WS_DATA(confidence);

const char *const ws_conf_feature_names[WS_CONF_N] = {
    "bias",     "cue_belief", "content_belief", "source_belief", "cue_low",
    "no_source", "tagged",    "inferred",       "direct",        "mixed",
    "cue_other", "short_content"};

static double weights[WS_CONF_N];
static ws_once conf_once = WS_ONCE_INIT;

int ws_conf_parse_weights(const char *p, size_t len, double w[WS_CONF_N]) {
  return ws_lex_weights(p, len, ws_conf_feature_names, WS_CONF_N, w);
}

static ws_status load(ws_error *err) {
  int rc = ws_conf_parse_weights((const char *)ws_data_confidence, ws_data_confidence_len, weights);
  if (rc < 0) return ws_load_nomem(err, "confidence weights");
  if (rc > 0) return ws_load_bad_weight(err, "data/confidence.tsv", ws_conf_feature_names[rc - 1]);
  return WS_OK;
}

ws_status ws_confidence_ready(ws_error *err) { return ws_once_run(&conf_once, load, err); }

/* a belief in score units, squashed into (-1, 1) */
static double squash(float b) { return tanh(b / 2000.0); }

void ws_conf_features(const ws_attr_rec *r, double x[WS_CONF_N]) {
  const ws_attribution *a = &r->pub;
  size_t chars = 0;
  for (size_t i = 0; i < a->content.nspans; i++)
    chars += a->content.spans[i].end - a->content.spans[i].start;
  x[0] = 1;
  x[1] = a->cue.nspans ? squash(r->bel[1]) : 0;
  x[2] = squash(r->bel[2]);
  x[3] = a->has_source ? squash(r->bel[0]) : 0;
  x[4] = a->cue.nspans && r->bel[1] < 0;
  x[5] = !a->has_source;
  x[6] = r->tagged;
  x[7] = a->inferred != 0;
  x[8] = a->kind && !strcmp(a->kind, "direct");
  x[9] = a->kind && !strcmp(a->kind, "mixed");
  x[10] = a->cue_class && !strcmp(a->cue_class, "other");
  x[11] = chars < 20;
}

/* Under the minimum, and no quotation: a quotation found is kept (users
 * count quotes; the quote finder's recall is tests/quote_recall.py's). */
static int dropped(const ws_attribution *a, double min) {
  return a->confidence < min && !(a->kind && (!strcmp(a->kind, "direct") || !strcmp(a->kind, "mixed")));
}

int ws_confidence(ws_doc *d, size_t first) {
  if (ws_once_run(&conf_once, load, NULL) != WS_OK) return 0; /* ws_confidence_ready failed first */
  size_t low = 0;
  for (size_t i = first; i < d->nattrs; i++) {
    double x[WS_CONF_N], z = 0;
    ws_conf_features(&d->attrs[i], x);
    for (int f = 0; f < WS_CONF_N; f++) z += weights[f] * x[f];
    d->attrs[i].pub.confidence = 1 / (1 + exp(-z));
    low += dropped(&d->attrs[i].pub, d->min_conf);
  }
  if (!low) return 0;
  /* drop the records under the minimum; a parent dropped leaves none */
  size_t n = d->nattrs - first, k = first;
  int *to = ws_malloc(n * sizeof *to);
  if (!to) return -1;
  for (size_t i = first; i < d->nattrs; i++) {
    if (dropped(&d->attrs[i].pub, d->min_conf)) {
      to[i - first] = -1;
      continue;
    }
    to[i - first] = (int)k;
    d->attrs[k++] = d->attrs[i];
  }
  d->nattrs = k;
  for (size_t i = first; i < k; i++) {
    int p = d->attrs[i].pub.parent;
    if (p >= (int)first) d->attrs[i].pub.parent = to[p - (int)first];
  }
  ws_free(to);
  return 0;
}
