/* Rules over the tagger: nested "according to", embedded social posts,
 * participial cues taking the sentence subject.  Articles written for the
 * test. */
#include "check.h"
#include "internal.h"
#include "attrib/tagger.h"
#include "tokenize/tokenize.h"

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

/* The token that starts where `needle` first occurs in `text` at or after
 * byte `from` (tk.n when none). */
static size_t tok_at(const char *text, const ws_tokens *tk, const char *needle, size_t from) {
  for (const char *p = strstr(text + from, needle); p; p = strstr(p + 1, needle))
    for (size_t i = 0; i < tk->n; i++)
      if (tk->v[i].b0 == (size_t)(p - text)) return i;
  return tk->n;
}

/* The source text pieces_kept's record was left with ("" for none: a
 * dropped source leaves no text behind in the public struct). */
static char kept_source[256];

/* The content ws_rules leaves to a record made by hand over `text`:
 * source [s0, s1), cue [c0, c1) and content ranges given as pairs of
 * strings that open and follow each span (as a tagger might label it). */
static char *pieces_kept(const char *text, const char *src, const char *src_end, const char *cue,
                         const char *cue_end, const char *const *con, size_t ncon) {
  ws_error err = {0};
  ws_doc *d = ws_doc_new(text, strlen(text), NULL, 0, &err);
  ws_tokens tk = {0};
  ws_tag_scratch ts = {0};
  CHECK(d && ws_rules_ready(&err) == WS_OK && ws_tokenize(text, 0, strlen(text), 0, &tk) == 0);
  ws_mark_structure(text, &tk);
  CHECK(ws_tag(ws_model_default(), text, &tk, &ts) == 0);
  for (size_t i = 0; i < tk.n; i++) tk.v[i].label = 0;
  ws_trange s = {tok_at(text, &tk, src, 0), tok_at(text, &tk, src_end, 0)},
            c = {tok_at(text, &tk, cue, 0), tok_at(text, &tk, cue_end, 0)}, r[4];
  for (size_t k = 0; k < ncon && k < 4; k++)
    r[k] = (ws_trange){tok_at(text, &tk, con[2 * k], 0), tok_at(text, &tk, con[2 * k + 1], 0)};
  CHECK(ws_attr_record(d, &tk, src ? &s : NULL, &c, r, ncon) != NULL);
  CHECK(ws_rules(d, &tk, 0) == 0);
  const ws_attribution *a = NULL;
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++)
    if (!a && !strcmp(ws_doc_attribution(d, i)->cue.text, cue)) a = ws_doc_attribution(d, i);
  if (!a && ws_doc_attribution_count(d) == 1) a = ws_doc_attribution(d, 0); /* its cue moved */
  CHECK(!a || a->has_source == (a->source.nspans > 0));
  char *out = strdup(a && a->content.text ? a->content.text : "");
  snprintf(kept_source, sizeof kept_source, "%s", a && a->source.text ? a->source.text : "");
  ws_tag_scratch_free(&ts);
  free(tk.v);
  ws_doc_free(d);
  return out;
}

int main(void) {
  /* a content in pieces: one between the source and its cue is the
   * source's own clause; one before the source that opens mid-sentence
   * is another report's; pieces all after the cue with words between
   * them keep the first; a relative word's clause around its cue stays */
  {
    const char *t1 = "Ellen Marsh, who has sent letters on the fishermen's behalf, said she would "
                     "press the board.";
    const char *c1[] = {"who", ", said", "she", "."};
    char *k = pieces_kept(t1, "Ellen", ",", "said", "she", c1, 2);
    CHECK_STR(k, "she would press the board");
    free(k);
    const char *t2 = "Ellery said from the quay that boats are just scraping by, then added that "
                     "nobody can run a business there.";
    const char *c2[] = {"boats", ", then", "nobody", "."};
    k = pieces_kept(t2, "Ellery", "said", "said", "from", c2, 2);
    CHECK_STR(k, "boats are just scraping by");
    free(k);
    const char *t3 = "The plan, a waste of money, Ortiz said, would never pass.";
    const char *c3[] = {"a waste", ", Ortiz", "would", "."};
    k = pieces_kept(t3, "Ortiz", "said", "said", ", would", c3, 2);
    CHECK_STR(k, "would never pass");
    free(k);
    const char *t5 = "The dredging, which Ortiz calls a waste of money, began in May.";
    const char *c5[] = {"which", "Ortiz", "a waste", ", began"};
    k = pieces_kept(t5, "Ortiz", "calls", "calls", "a waste", c5, 2);
    CHECK_STR(k, "which a waste of money");
    free(k);  }
  /* what seems or appears is said by nobody: a source the linker found
   * elsewhere is dropped, a subject right before the cue joins the
   * content */
  {
    const char *t = "Okafor spoke first. The mayor, who seemed uneasy about the vote, left early.";
    const char *c[] = {"uneasy", ", left"};
    char *k = pieces_kept(t, "Okafor", "spoke", "seemed", "uneasy", c, 1);
    CHECK_STR(k, "uneasy about the vote");
    CHECK_STR(kept_source, "");
    free(k);
    const char *t2 = "Her campaign now appears stronger than it was in the spring.";
    const char *c2[] = {"stronger", "."};
    k = pieces_kept(t2, "Her", "now", "now", "stronger", c2, 1);
    CHECK_STR(k, "Her campaign stronger than it was in the spring");
    CHECK_STR(kept_source, "");
    free(k);
  }
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
