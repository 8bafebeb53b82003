/* Rules over the tagger: nested "according to", embedded social posts,
 * participial cues taking the sentence subject.  Articles written for the
 * test. */
#include "check.h"
#include "internal.h"

static ws_doc *run(const char *s) {
  ws_error err = {0};
  ws_doc *d = ws_doc_new(s, strlen(s), NULL, 1, &err);
  CHECK(d && ws_analyze(d, ws_model_default(), &err) == WS_OK);
  return d;
}

static int index_of(const ws_doc *d, const ws_attribution *a) {
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++)
    if (ws_doc_attribution(d, i) == a) return (int)i;
  return -1;
}

/* The last attribution with source text `src` (and cue `cue`, unless NULL). */
static const ws_attribution *find_source(const ws_doc *d, const char *src, const char *cue) {
  const ws_attribution *a = NULL;
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++) {
    const ws_attribution *x = ws_doc_attribution(d, i);
    if (x->source.text && !strcmp(x->source.text, src) && (!cue || !strcmp(x->cue.text, cue))) a = x;
  }
  return a;
}

static const ws_attribution *find_cue(const ws_doc *d, const char *cue) {
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++)
    if (strcmp(ws_doc_attribution(d, i)->cue.text, cue) == 0) return ws_doc_attribution(d, i);
  return NULL;
}

int main(void) {
  /* a verb in the present that the tagger took for a source ("... staff,
   * | come on top of 2,000 | announced last year") is none */
  {
    ws_doc *q = run("Lumen cuts jobs\n\nThe job cuts, which will fall mainly on branch and "
                    "back-office staff, come on top of 2,000 announced last year.\n");
    CHECK(!find_source(q, "come on top of 2,000", NULL));
    ws_doc_free(q);
  }
  /* why a source is anonymous is not what it said: the span after
   * "speaking on condition of anonymity because" goes */
  {
    ws_doc *q = run("WILMINGTON, Dec 3 (Reuters) - Harrow Freight is exploring a sale of its trucking "
                    "unit, three people familiar with the matter said on Wednesday.\n\n"
                    "The company has held preliminary talks with at least two Asian buyers, the "
                    "people said, speaking on condition of anonymity because the discussions are "
                    "private.\n");
    const ws_attribution *a = find_source(q, "the people", NULL);
    CHECK(a && a->content.text &&
          !strcmp(a->content.text, "The company has held preliminary talks with at least two Asian buyers"));
    ws_doc_free(q);
  }
  /* a second quotation after the cue that named the first one's speaker
   * continues its content, past a participle that reports nothing
   * ("speaking of ...", "referring to ..."), and starts at its mark
   * ("said to laughs.") */
  {
    ws_doc *q = run("\"The pier is in their heads,\" said Caddell, speaking of the storm damage. "
                    "\"It is one of the things worrying them.\"\n\n"
                    "\"Every time you say that,\" Tester said, referring to the delay, \"you give "
                    "ammunition to the people who want to sell the harbor.\"\n\n"
                    "\"There it is,\" Marsh said to laughs. \"The memorized speech again.\"\n");
    const ws_attribution *a = find_source(q, "Caddell", "said");
    CHECK(a && a->content.nspans == 2);
    if (a && a->content.nspans == 2)
      CHECK_STR(a->content.text, "\"The pier is in their heads,\" \"It is one of the things worrying them.\"");
    const ws_attribution *sp = find_cue(q, "speaking of");
    CHECK(!sp || strstr(sp->content.text, "worrying") == NULL);
    a = NULL;
    for (size_t i = 0; i < ws_doc_attribution_count(q); i++)
      if (!strcmp(ws_doc_attribution(q, i)->source.text, "Tester") &&
          !strcmp(ws_doc_attribution(q, i)->cue.text, "said"))
        a = ws_doc_attribution(q, i);
    CHECK(a && a->content.nspans == 2 && strstr(a->content.text, "ammunition") != NULL);
    a = NULL;
    for (size_t i = 0; i < ws_doc_attribution_count(q); i++)
      if (!strcmp(ws_doc_attribution(q, i)->source.text, "Marsh")) a = ws_doc_attribution(q, i);
    CHECK(a && a->content.nspans == 2 && strstr(a->content.text, "laughs") == NULL);
    ws_doc_free(q);
  }

  /* a quotation left open at its paragraph's end keeps the final stop;
   * one closed in its paragraph keeps nothing after the mark */
  {
    ws_doc *q = run("Bergeron said: \"Our members are ready to work with Ottawa.\n\n"
                    "\"But they need certainty about the money.\"\n");
    const ws_attribution *a = find_cue(q, "said:");
    CHECK(a && a->content.nspans == 2);
    if (a && a->content.nspans == 2)
      CHECK_STR(a->content.text,
                "\"Our members are ready to work with Ottawa. \"But they need certainty about the money.\"");
    ws_doc_free(q);
  }

  ws_doc *d = run("The union said the strike would end on Friday, according to the Harbor Times.\n");
  const ws_attribution *outer = find_cue(d, "according to");
  const ws_attribution *inner = find_cue(d, "said");
  CHECK(outer && inner);
  if (outer && inner) {
    CHECK_STR(outer->source.text, "the Harbor Times");
    CHECK_STR(outer->content.text, "The union said the strike would end on Friday");
    CHECK(inner->parent == index_of(d, outer) && inner->parent >= 0);
    CHECK(strstr(inner->content.text, "according") == NULL);
  }
  ws_doc_free(d);

  d = run("According to the county report, the bridge needs repairs.\n");
  outer = find_cue(d, "According to");
  CHECK(outer && strcmp(outer->content.text, "the bridge needs repairs") == 0);
  ws_doc_free(d);

  d = run("The league posted a reply.\n\n"
          "Game day is back! Tickets are on sale now. #GoTeam pic.twitter.com/abc123 "
          "\xE2\x80\x94 River City FC (@RiverCityFC) April 2, 2026\n");
  const ws_attribution *post = find_cue(d, "\xE2\x80\x94");
  CHECK(post != NULL);
  if (post) {
    CHECK_STR(post->source.text, "River City FC (@RiverCityFC)");
    CHECK(strncmp(post->content.text, "Game day is back!", 17) == 0);
    CHECK(strstr(post->content.text, "pic.twitter.com/abc123") != NULL);
    CHECK_STR(post->channel, "post");
    CHECK_STR(post->when, "2026-04-02");
    CHECK_STR(post->kind, "direct");
  }
  ws_doc_free(d);

  /* no post: a dash without the sign-off shape */
  d = run("Prices rose \xE2\x80\x94 again \xE2\x80\x94 in March.\n");
  CHECK(find_cue(d, "\xE2\x80\x94") == NULL);
  ws_doc_free(d);
  /* a source found inside a relative clause before the cue is the name the
   * clause hangs on, with the clause (PolNeAR's span) */
  d = run("The dredging was delayed again. Tom Reyes, who has worked the harbor for 30 years, "
          "said the delay would cost him his season.\n");
  const ws_attribution *rel = find_cue(d, "said");
  CHECK(rel && rel->has_source &&
        !strcmp(rel->source.text, "Tom Reyes, who has worked the harbor for 30 years,"));
  CHECK(rel && rel->source_canonical && !strcmp(rel->source_canonical, "Tom Reyes"));
  ws_doc_free(d);
  /* a headline's colon reports neutrally, whether the tagger or the
   * headline rule made the attribution */
  {
    ws_doc *h = run("Poll: Harbor bond leads in Marlow County.\n\n"
                    "The bond measure leads by nine points among likely voters.\n");
    const ws_attribution *a = find_cue(h, ":");
    CHECK(a != NULL);
    if (a) {
      CHECK_STR(a->cue_lemma, "headline");
      CHECK_STR(a->cue_class, "neutral");
    }
    ws_doc_free(h);
  }
  /* a lone adverb before the cue is no source ("egregiously |
   * described"); the record keeps none */
  {
    ws_doc *j = run("Headline here\n\nThe mayor said it was fine.\n\nThe report, which egregiously "
                    "described all young men as \"super predators,\" was withdrawn.\n");
    const ws_attribution *a = find_cue(j, "described");
    CHECK(!a || !a->has_source);
    const ws_attribution *e = find_source(j, "egregiously", NULL);
    CHECK(!e || !e->has_source);
    ws_doc_free(j);
  }
  return DONE();
}
