/* The content-edge ranker (src/attrib/edges.c): what it weighs (seen
 * through the hook tools/edges-dump.c uses) and what the built-in weights
 * choose.  Articles written for the test. */
#include "check.h"
#include "internal.h"
#include "attrib/edges.h"

#include <math.h>

static const char *article =
    "Residents of a Shropshire village say they are living in fear of another flood, two years "
    "after water poured into dozens of homes.\n\n"
    "\"We cannot sleep when it rains,\" said Mary Hale, a retired nurse, who has lived there for 30 "
    "years.\n\n"
    "The council said it would review the defences, which were built in 1998, and report to "
    "residents in March.\n\n"
    "Rail fares will rise by 4.6% from March, the transport minister confirmed on Tuesday.\n";

typedef struct seen {
  size_t calls, records, multi, bad_order, over_cue, over_source, bad_span, bad_feature;
  size_t last_rec, last_cand;
} seen;

static int overlaps(const ws_span *a, size_t na, const ws_span *b, size_t nb) {
  for (size_t i = 0; i < na; i++)
    for (size_t j = 0; j < nb; j++)
      if (a[i].start < b[j].end && b[j].start < a[i].end) return 1;
  return 0;
}

static void hook(void *ctx, const ws_doc *d, size_t rec, size_t cand, const ws_span *sp, size_t nsp,
                 const uint32_t *id, const float *val, size_t nf) {
  seen *s = ctx;
  const ws_attr_rec *r = &d->attrs[rec];
  if (s->calls++ == 0 || rec != s->last_rec) {
    s->records++;
    if (cand != 0) s->bad_order++;
  } else {
    if (cand != s->last_cand + 1) s->bad_order++;
    if (cand == 1) s->multi++;
  }
  s->last_rec = rec, s->last_cand = cand;
  size_t cps = ws_utf8_count(d->text, d->len);
  for (size_t i = 0; i < nsp; i++)
    if (sp[i].start >= sp[i].end || sp[i].end > cps || (i && sp[i].start < sp[i - 1].end))
      s->bad_span++;
  /* the tagger's content may touch them; no other candidate does */
  if (cand && overlaps(sp, nsp, r->pub.cue.spans, r->pub.cue.nspans) &&
      !overlaps(r->pub.content.spans, r->pub.content.nspans, r->pub.cue.spans, r->pub.cue.nspans))
    s->over_cue++;
  if (cand && r->pub.has_source && overlaps(sp, nsp, r->pub.source.spans, r->pub.source.nspans) &&
      !overlaps(r->pub.content.spans, r->pub.content.nspans, r->pub.source.spans,
                r->pub.source.nspans))
    s->over_source++;
  if (!nf) s->bad_feature++;
  for (size_t i = 0; i < nf; i++)
    if (!id[i] || !isfinite(val[i]) || val[i] < 0) s->bad_feature++;
}

static const ws_attribution *with_cue(const ws_doc *d, const char *cue) {
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++)
    if (!strcmp(ws_doc_attribution(d, i)->cue.text, cue)) return ws_doc_attribution(d, i);
  return NULL;
}

int main(void) {
  ws_error err = {0};
  /* the candidates: the tagger's first, then others, none over the cue or
   * the source, every span inside the text, every feature an id */
  {
    seen s = {0};
    ws_edges_hook h = {&s, hook};
    ws_doc *d = ws_doc_new(article, strlen(article), NULL, 1, &err);
    CHECK(d != NULL);
    d->edges_hook = &h;
    ws_doc_set_min_confidence(d, 0);
    CHECK(ws_analyze(d, ws_model_default(), &err) == WS_OK);
    CHECK(s.records >= 4);
    CHECK(s.multi >= 3);
    CHECK(s.bad_order == 0);
    CHECK(s.bad_span == 0);
    CHECK(s.over_cue == 0);
    CHECK(s.over_source == 0);
    CHECK(s.bad_feature == 0);
    ws_doc_free(d);
  }
  /* what the built-in weights choose: the writer's "two years after ..."
   * is no part of what the residents say (the tagger's content ran on
   * over it); the minister's content keeps its sentence */
  {
    ws_doc *d = ws_doc_new(article, strlen(article), NULL, 1, &err);
    CHECK(d && ws_analyze(d, ws_model_default(), &err) == WS_OK);
    const ws_attribution *a = with_cue(d, "say");
    CHECK(a && a->content.text && !strcmp(a->content.text, "they are living in fear of another flood"));
    a = with_cue(d, "confirmed");
    CHECK(a && a->content.text &&
          !strcmp(a->content.text, "Rail fares will rise by 4.6% from March"));
    CHECK(a && a->source.text && !strcmp(a->source.text, "the transport minister"));
    ws_doc_free(d);
  }
  return DONE();
}
