/* resolve.c — every source resolved to one canonical speaker: the entity
 * it names, the antecedent of a pronoun (ranked by weighted features), of
 * a relative word, the earlier source a definite description points back
 * to ("the source"), or the organisation a spokesperson or an anonymous
 * source speaks for.  Entities come from entities.c. */
#include "speakers.h"
#include "coref.h"
#include "entities.h"
#include "mentions.h"
#include "names.h"
#include "../util/lexicon.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

/* ---- sources ------------------------------------------------------------ */

/* a pronoun, a relative or indefinite word, "you", "this": nobody's name */
static int names_nobody(const char *s) {
  static const char *const cls[] = {"he_she", "they", "it", "relative", "first_person",
                                    "no_name", "indefinite", NULL};
  for (int k = 0; cls[k]; k++)
    if (ws_speaker_word_is(s, cls[k])) return 1;
  return 0;
}

static size_t ment_before(const ws_doc *d, size_t b);

/* Does text[from, to) join a name to the relative word after it: nothing
 * but a comma ("Tom Reyes, who"), or a comma or a copula and a noun
 * phrase of lower-case words ("Ana Ruiz, a council member who", "The
 * Alliance is a group that")? */
static int joins_relative(const char *t, size_t from, size_t to) {
  static const char *const copula[] = {" is ", " was ", " are ", " were ", NULL};
  /* a party and state in brackets after the name: "Sen. Claire McCaskill
   * (D-Mo.), who" */
  if (to - from > 4 && t[from] == ' ' && t[from + 1] == '(') {
    size_t j = from + 2;
    while (j < to && j < from + 32 && t[j] != ')' && t[j] != '(' && t[j] != '\n') j++;
    if (j < to && t[j] == ')') from = j + 1;
  }
  size_t i = from;
  while (i < to && (t[i] == ' ' || t[i] == ',')) i++;
  if (i == to) return to - from <= 3;
  int cop = 0;
  for (int k = 0; copula[k] && !cop; k++)
    if (to - from > strlen(copula[k]) && !strncmp(t + from, copula[k], strlen(copula[k]))) {
      cop = 1;
      i = from + strlen(copula[k]);
    }
  if ((t[from] != ',' && !cop) || to - from > 80) return 0;
  static const char *const det[] = {"a ", "an ", "the ", "his ", "her ", "their ", "its ", NULL};
  int ok = 0;
  for (int k = 0; det[k] && !ok; k++) ok = !strncmp(t + i, det[k], strlen(det[k]));
  if (!ok) return 0;
  for (; i < to; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == ',' && i + 2 >= to) break; /* "a council member, who" */
    if (!((c >= 'a' && c <= 'z') || c == ' ' || c == '-' || c == '\'' || c >= 0x80 ||
          (c >= 'A' && c <= 'Z')))
      return 0;
  }
  return 1;
}

/* The name a relative word at byte `at` refers to: the entity mention just
 * before it (see joins_relative), or the name a preposition hangs it on
 * ("Democrats on Capitol Hill, who").  "who" takes a person or an unknown
 * kind, "which" and "that" anything but a person.  -1 if none. */
static int relative_antecedent(const ws_doc *d, size_t at, int personal) {
  size_t k = ment_before(d, at);
  if (k == 0) return -1;
  const ws_mention_rec *m = &d->ments[k - 1];
  if (m->b1 > at || !joins_relative(d->text, m->b1, at)) return -1;
  static const char *const preps[] = {" on ", " in ", " of ", " at ", " from ", " for ", NULL};
  for (int p = 0; preps[p] && k >= 2; p++) {
    size_t pl = strlen(preps[p]);
    const ws_mention_rec *h = &d->ments[k - 2];
    if (m->b0 >= pl && h->b1 == m->b0 - pl && !memcmp(d->text + h->b1, preps[p], pl)) m = h;
  }
  if (m->entity < 0) return -1;
  const char *type = d->ents[m->entity].pub.type;
  int person = !strcmp(type, "person");
  return (personal ? person || !strcmp(type, "unknown") || !strcmp(type, "group") : !person)
             ? m->entity
             : -1;
}

/* The attribution whose content holds bytes [s0, s1) and that has a
 * speaker: whose quotation a first-person source speaks in.  -1 if none. */
static int enclosing_speaker(const ws_doc *d, size_t self, size_t s0, size_t s1) {
  int best = -1;
  size_t best_len = (size_t)-1;
  for (size_t i = 0; i < d->nattrs; i++) {
    const ws_attr_rec *r = &d->attrs[i];
    if (i == self || !r->pub.has_source || !r->pub.source_canonical) continue;
    for (size_t k = 0; k < r->pub.content.nspans; k++)
      if (r->con_b[k].start <= s0 && s1 <= r->con_b[k].end &&
          r->con_b[k].end - r->con_b[k].start < best_len) {
        best = (int)i;
        best_len = r->con_b[k].end - r->con_b[k].start;
      }
  }
  return best;
}

/* An interview's marks: a line that opens with "A:", or with "Q:" or a
 * "Q" run into the question ("QLast October, ...", where a page's bold
 * letter lost its space).  The mark of the line at `i`, or 0. */
static char qa_mark(const char *t, size_t i) {
  if (t[i] == 'A' && t[i + 1] == ':') return 'A';
  if (t[i] == 'Q' && (t[i + 1] == ':' || (t[i + 1] >= 'A' && t[i + 1] <= 'Z' && t[i + 2] >= 'a' &&
                                          t[i + 2] <= 'z')))
    return 'Q';
  return 0;
}

/* The mark of the nearest marked line at or before byte `at`, at most
 * four lines back ('Q', 'A'), or 0. */
static char interview_mark(const char *t, size_t at) {
  size_t i = at;
  for (int lines = 0; lines < 4; lines++) {
    while (i > 0 && t[i - 1] != '\n') i--;
    if (qa_mark(t, i)) return qa_mark(t, i);
    if (i == 0) return 0;
    while (i > 0 && t[i - 1] == '\n') i--; /* over the blank lines */
  }
  return 0;
}

/* Is the document an interview written as questions and answers: two
 * questions' lines or more and two answers' (qa_mark)? */
static int is_interview(const char *t, size_t n) {
  int q = 0, a = 0;
  for (size_t i = 0; i + 2 < n && (q < 2 || a < 2); i++)
    if (i == 0 || t[i - 1] == '\n') {
      char m = qa_mark(t, i);
      q += m == 'Q', a += m == 'A';
    }
  return q >= 2 && a >= 2;
}

/* The one an interview questions: the first person its headline or its
 * first paragraphs name ("Q&A with Vice President Joe Biden").  -1 if none. */
static int interviewee(const ws_doc *d) {
  for (size_t k = 0; k < d->nments && d->ments[k].para < 3; k++)
    if (d->ments[k].entity >= 0 && !strcmp(d->ents[d->ments[k].entity].pub.type, "person"))
      return d->ments[k].entity;
  return -1;
}

/* sentence of a byte position, from the mention list (no tokens here):
 * the sentence of the last mention at or before it */
static int starts_before(const void *key, const void *elem) {
  return ((const ws_mention_rec *)elem)->b0 < *(const size_t *)key;
}
static size_t ment_before(const ws_doc *d, size_t b) {
  /* mentions [0, result) start before b */
  return ws_lower_bound(d->ments, d->nments, sizeof *d->ments, &b, starts_before);
}

/* A name that is a day's word in any case ("Today", "TONIGHT"): a
 * programme's, never a person's */
static int day_word(const char *name) {
  static const char *const days[] = {"today", "tonight", "tomorrow", "yesterday", NULL};
  char low[16];
  size_t n = strlen(name);
  if (n >= sizeof low) return 0;
  ws_lex_norm(name, n, low, sizeof low);
  for (size_t k = 0; days[k]; k++)
    if (!strcmp(low, days[k])) return 1;
  return 0;
}

/* the person a he/she refers to: the best-scoring person (or unknown)
 * name in the last eight sentences, by weighted features (coref_w, or
 * the weights of the document's coref hook) */
static int person_antecedent(const ws_doc *d, size_t pos, const size_t *was_source, char gender,
                             const ws_attr_rec *r, int last_speaker, const uint8_t *reported,
                             const uint32_t *spoke) {
  enum { MAXC = 200 };
  size_t upto = ment_before(d, pos);
  if (!upto) return -1;
  size_t s_now = d->ments[upto - 1].sent, p_now = d->ments[upto - 1].para;
  int ents[MAXC], seen[MAXC], nseen = 0, count[MAXC] = {0}, crank[MAXC];
  size_t cand[MAXC], nc = 0;
  float feat[MAXC][WS_CF_N];
  double best = -1e30;
  int arg = -1;
  /* a tool's weights (training, tests), else the shipped ones */
  const double *wt = d->coref_hook && d->coref_hook->weights ? d->coref_hook->weights
                                                          : ws_coref_shipped_weights();
  /* the candidates: names in the last eight sentences, and never more
   * than 200 back (a text without sentence ends must not make this
   * quadratic), each entity numbered by recency */
  for (size_t i = upto; i-- > 0 && upto - i <= MAXC;) {
    const ws_mention_rec *m = &d->ments[i];
    if (m->sent + 8 < s_now) break;
    if (m->entity < 0) continue;
    const ws_entity_rec *e = &d->ents[m->entity];
    int unknown = !strcmp(e->pub.type, "unknown");
    if (strcmp(e->pub.type, "person") && !unknown) continue;
    if (gender && e->gender && e->gender != gender) continue;
    /* (a day's word is no one: "BBC Radio 4's Today programme") */
    if (unknown && day_word(e->pub.name)) continue;
    int rank = 0;
    while (rank < nseen && seen[rank] != m->entity) rank++;
    if (rank == nseen) seen[nseen++] = m->entity;
    count[rank]++;
    crank[nc] = rank;
    cand[nc++] = i;
  }
  /* "He said" opening a sentence (or a paragraph) */
  size_t b = r->src_b[0].start;
  while (b > 0 && (d->text[b - 1] == ' ' || d->text[b - 1] == '\t')) b--;
  int initial = b == 0 || strchr(".!?\n", d->text[b - 1]) != NULL;
  int direct = r->pub.kind && !strcmp(r->pub.kind, "direct");
  for (size_t c = 0; c < nc; c++) {
    const ws_mention_rec *m = &d->ments[cand[c]];
    const ws_entity_rec *e = &d->ents[m->entity];
    int unknown = !strcmp(e->pub.type, "unknown"), rank = crank[c];
    float *f = feat[c];
    memset(f, 0, sizeof feat[0]);
    size_t dist = s_now - m->sent;
    f[dist == 0 ? WS_CF_D0 : dist == 1 ? WS_CF_D1 : dist == 2 ? WS_CF_D2 : dist == 3 ? WS_CF_D3
      : dist <= 5 ? WS_CF_D45 : WS_CF_D68] = 1;
    f[rank == 0 ? WS_CF_RANK1 : rank == 1 ? WS_CF_RANK2 : WS_CF_RANK3] = 1;
    if (gender && e->gender == gender) f[WS_CF_GENDER_MATCH] = 1;
    if (gender && !e->gender) f[WS_CF_GENDER_UNKNOWN] = 1;
    if (e->personal) f[WS_CF_PERSONAL] = 1;
    /* a single unknown word is a person only when it acts like one */
    if (unknown) {
      f[WS_CF_UNKNOWN_TYPE] = 1;
      if (!m->sent_initial && !was_source[m->entity]) f[WS_CF_UNKNOWN_WEAK] = 1;
    }
    /* a speaker is seldom named in what is attributed to them: "Putin is
     * strong," he said */
    for (size_t k = 0; k < r->pub.content.nspans; k++)
      if (m->b0 >= r->con_b[k].start && m->b1 <= r->con_b[k].end) f[WS_CF_IN_CONTENT] = 1;
    if (reported[cand[c]] && !f[WS_CF_IN_CONTENT]) f[WS_CF_IN_OTHER_CONTENT] = 1;
    if (e->pub.role) f[WS_CF_HAS_ROLE] = 1;
    if (spoke[m->entity] >= 2) f[WS_CF_SPOKE2] = 1;
    if (spoke[m->entity] >= 4) f[WS_CF_SPOKE4] = 1;
    size_t nm = e->pub.nmentions; /* a little salience */
    f[nm <= 1 ? WS_CF_SAL1 : nm <= 3 ? WS_CF_SAL23 : nm <= 7 ? WS_CF_SAL47 : WS_CF_SAL8] = 1;
    if (m->sent_initial) f[WS_CF_SENT_INITIAL] = 1; /* a sentence's subject goes on as its topic */
    if (m->oblique) f[WS_CF_OBLIQUE] = 1; /* objects and possessors are seldom the speaker */
    if (was_source[m->entity]) {
      /* the speaker of the last sentences goes on speaking: "...," he said */
      size_t k = ment_before(d, was_source[m->entity] - 1);
      size_t s_src = k ? d->ments[k - 1].sent : 0;
      f[s_src + 2 >= s_now ? WS_CF_SRC_RECENT : WS_CF_SRC_OLD] = 1;
    }
    if (m->entity == last_speaker) f[WS_CF_LAST_SPEAKER] = 1;
    if (m->para == p_now) f[WS_CF_SAME_PARA] = 1;
    if (m->in_quote) f[WS_CF_IN_QUOTE] = 1;
    if (count[rank] >= 2) f[count[rank] == 2 ? WS_CF_LOCAL2 : WS_CF_LOCAL3] = 1;
    if (direct && m->entity == last_speaker) f[WS_CF_QUOTE_LAST_SPEAKER] = 1;
    if (initial && m->sent_initial) f[WS_CF_INITIAL_SUBJECT] = 1;
    if (m->subject) f[WS_CF_SUBJECT] = 1;
    if (m->para_initial) f[WS_CF_PARA_INITIAL] = 1;
    if (m->entity == last_speaker && m->para == p_now) f[WS_CF_PARA_LAST_SPEAKER] = 1;
    double sc = 0;
    for (int k = 0; k < WS_CF_N; k++) sc += wt[k] * f[k];
    ents[c] = m->entity;
    if (sc > best) {
      best = sc;
      arg = m->entity;
    }
  }
  if (d->coref_hook && d->coref_hook->fn && nc)
    d->coref_hook->fn(d->coref_hook->ctx, d, r->pub.source.spans[0].start,
                      r->pub.source.spans[r->pub.source.nspans - 1].end, nc, ents,
                      (const float(*)[WS_CF_N])feat);
  return arg;
}

/* a capitalised plural that names no one in particular: "Democrats" */
static int plural_group(const ws_entity_rec *e) {
  const char *n = e->pub.name;
  size_t len = strlen(n);
  if (!strcmp(e->pub.type, "person") || len <= 3 || n[len - 1] != 's' || n[len - 2] == 's' ||
      n[len - 2] == '\'')
    return 0;
  /* one word ("Republicans"), or a group's word last ("House Republicans") */
  const char *sp = strrchr(n, ' ');
  return !sp || !strcmp(ws_source_type(sp + 1), "group");
}

/* Does attribution g, the one before a "they" source at byte s0, have a
 * group as its source (a plural that names no one: "Nurses at the
 * hospital", "Some residents") in the same paragraph, with organisation
 * p (or none) named no later than that source? */
static int group_source_before(const ws_doc *d, const ws_attr_rec *g, size_t s0, int p) {
  if (!g->pub.source_canonical || !g->pub.source_type || strcmp(g->pub.source_type, "group") ||
      !g->pub.source.nspans)
    return 0;
  size_t g0 = g->src_b[0].start;
  if (g0 >= s0 || memchr(d->text + g0, '\n', s0 - g0)) return 0;
  if (p < 0) return 1;
  /* the organisation's last mention before s0 lies in or before g's source */
  size_t upto = ment_before(d, s0);
  for (size_t i = upto; i-- > 0;)
    if (d->ments[i].entity == p) return d->ments[i].b0 < g->src_b[g->pub.source.nspans - 1].end;
  return 1;
}

/* `word` names a business ("company", "firm", "lender": class business
 * in data/speaker-words.tsv). */
static int business(const char *word) {
  return !strcmp(word, "company") || !strcmp(word, "firm") || ws_speaker_word_is(word, "business");
}

/* Source text `src` is "the", one to three capitalised words that
 * describe, then a business's word ("the Norwegian lender", "the
 * Toronto-based company", "the U.S. carmaker"); `low` is it in lower
 * case.  Not "the social media company", "the task force": a common
 * noun before the head says what kind, not where. */
static int described_business(const char *src, const char *low) {
  const char *head = strrchr(low, ' ');
  if (strncmp(low, "the ", 4) || !head || head == low + 3 || strlen(src) <= 4) return 0;
  head++;
  if (!business(head)) return 0;
  size_t words = 0;
  const char *p = src + 4;
  for (const char *q = low + 4; q < head - 1; q++) words += *q == ' ';
  if (words > 2 || strstr(low, "'s ") || strstr(low, "\xE2\x80\x99s ")) return 0;
  /* each word before the head opens with a capital in the text */
  for (size_t k = 0; k <= words; k++) {
    if (!isupper((unsigned char)*p)) return 0;
    p = strchr(p, ' ');
    if (!p) return 0;
    p++;
  }
  return 1;
}

/* "It is understood / believed / thought that": a passive cue of knowing
 * or saying with "it" for its subject names no one. */
static int expletive_it(const ws_attribution *a) {
  static const char *const be[] = {"is ", "was ", "has been ", "had been ", NULL};
  static const char *const verbs[] = {"understand", "believe", "think", "say", "report",
                                      "know", "expect", "claim", "allege", "rumour",
                                      "rumor", "suggest", "fear", NULL};
  if (!a->cue.text || !a->cue_lemma || !a->cue.nspans) return 0;
  /* (what is understood follows as a clause: not "which it is expected
   * to draw", where "it" is the city) */
  if (!a->content.nspans || a->content.bytes[0].start < a->cue.bytes[0].end ||
      !strncmp(a->content.text, "to ", 3))
    return 0;
  int passive = 0;
  for (size_t k = 0; be[k]; k++) passive |= !strncmp(a->cue.text, be[k], strlen(be[k]));
  if (!passive) return 0;
  for (size_t k = 0; verbs[k]; k++)
    if (!strcmp(a->cue_lemma, verbs[k])) return 1;
  return 0;
}

/* A word of lower-cased name `low`, other than `word`, names a kind of
 * organisation (data/speaker-words.tsv, classes organization and
 * institution: "union", "alliance", ...). */
static int named_otherwise(const char *low, const char *word) {
  char buf[128];
  snprintf(buf, sizeof buf, "%s", low);
  char *save = NULL;
  for (char *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save))
    if (strcmp(w, word) &&
        (ws_speaker_word_is(w, "organization") || ws_speaker_word_is(w, "institution")))
      return 1;
  return 0;
}

static int word_within(const char *text, const char *w);

/* One of the space-separated words `ws` (lower case) stands in `text` as
 * a word of its own. */
static int any_word_within(const char *text, const char *ws) {
  char buf[128];
  snprintf(buf, sizeof buf, "%s", ws);
  char *save = NULL;
  for (char *w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save))
    if (word_within(text, w)) return 1;
  return 0;
}

/* the last organisation (or outlet) named before pos, preferring one
 * called `word` ("the agency"); `plural` admits plural groups ("they").
 * With `at`, the index of the mention that named it. */
static int recent_entity(const ws_doc *d, size_t pos, const char *type, const char *word,
                         int plural, size_t *at) {
  size_t upto = ment_before(d, pos), fat = 0, dummy;
  if (!at) at = &dummy;
  int fallback = -1;
  for (size_t i = upto; i-- > 0 && upto - i <= 500;) {
    const ws_mention_rec *m = &d->ments[i];
    if (m->entity < 0) continue;
    const ws_entity_rec *e = &d->ents[m->entity];
    if (strcmp(e->pub.type, type) != 0 && !(type[0] == 'o' && !plural && !strcmp(e->pub.type, "media")) &&
        !(plural && plural_group(e)))
      continue;
    *at = i;
    if (!word) return m->entity;
    /* "the agency" prefers an entity called an agency, "the force" one
     * called police */
    char low[128];
    ws_lex_norm(e->pub.name, strlen(e->pub.name), low, sizeof low);
    if (strstr(low, word) || any_word_within(low, ws_speaker_word_also(word))) return m->entity;
    /* and "the company" is none called by another such word ("the
     * Rural Clinic Alliance", "the Teamsters Union") */
    if (fallback < 0 && !(business(word) && named_otherwise(low, word))) fallback = m->entity, fat = i;
  }
  *at = fat;
  return fallback;
}

/* The person entity whose role's last word is `title` (lower case):
 * of the mentions before byte `pos` the last, else of those after it the
 * first; -1 when none. */
static int role_entity(const ws_doc *d, size_t pos, const char *title) {
  size_t upto = ment_before(d, pos), tl = strlen(title);
  int after = -1;
  for (size_t i = 0; i < d->nments; i++) {
    const ws_mention_rec *m = &d->ments[i];
    if (m->entity < 0) continue;
    const ws_entity_rec *e = &d->ents[m->entity];
    const char *r = e->pub.role;
    if (!r || strcmp(e->pub.type, "person")) continue;
    size_t rl = strlen(r);
    if (rl < tl || strncasecmp(r + rl - tl, title, tl) || (rl > tl && r[rl - tl - 1] != ' '))
      continue;
    if (i < upto) after = -2 - m->entity; /* the last before wins */
    else if (after == -1) after = m->entity;
  }
  return after <= -2 ? -2 - after : after;
}

/* "Mr. Grassley and Mr. Leahy say ... , they say": two people named
 * together as a subject in the sentence of `pos` or the one before.
 * Sets the two mentions. */
static int named_pair(const ws_doc *d, size_t pos, size_t *first, size_t *second) {
  size_t upto = ment_before(d, pos);
  if (upto < 2) return 0;
  size_t s_now = d->ments[upto - 1].sent;
  for (size_t i = upto - 1; i-- > 0 && upto - i <= 40;) {
    const ws_mention_rec *a = &d->ments[i], *b = &d->ments[i + 1];
    if (a->sent + 1 < s_now) break;
    if (a->entity < 0 || b->entity < 0 || a->entity == b->entity || a->oblique || b->oblique ||
        strcmp(d->ents[a->entity].pub.type, "person") || strcmp(d->ents[b->entity].pub.type, "person"))
      continue;
    /* " and ", then perhaps an honorific ("Mr.") */
    const char *t = d->text + a->b1, *end = d->text + b->b0;
    if (end - t < 5 || memcmp(t, " and ", 5)) continue;
    t += 5;
    /* (or a party's word: "Republican Donald Trump and Democrat Hillary
     * Clinton") */
    if (end - t > 1 && end - t < 24 && end[-1] == ' ' && isupper((unsigned char)*t) &&
        ws_party_word(t, (size_t)(end - t - 1)))
      t = end;
    if (t < end && isupper((unsigned char)*t)) {
      const char *dot = memchr(t, '.', (size_t)(end - t));
      if (!dot || dot - t > 4 || dot + 2 != end) continue;
      t = end;
    }
    if (t != end || !b->subject) continue;
    *first = i;
    *second = i + 1;
    return 1;
  }
  return 0;
}

static const char *strip_article(const char *t) {
  static const char *const art[] = {"the ", "The ", "a ", "A ", "an ", "An ", NULL};
  for (int k = 0; art[k]; k++)
    if (!strncmp(t, art[k], strlen(art[k]))) return t + strlen(art[k]);
  return t;
}

/* Head word of a source without a name, lower-cased: the last word of
 * its first part before what modifies it ("A source close to the
 * Chancellor" is a "source", "an official speaking on condition of
 * anonymity" an "official"). */
static void head_word(const char *src, char *out, size_t cap) {
  static const char *const stops[] = {"of",   "for",   "at",    "in",    "from",     "with",
                                      "on",   "to",    "by",    "about", "who",      "which",
                                      "that", "whose", "close", "familiar", NULL};
  char low[256];
  size_t n = ws_lex_norm(src, strlen(src), low, sizeof low);
  while (n && strchr(".,;:", low[n - 1])) low[--n] = 0;
  /* the first part's words up to a preposition, a relative word, "close"
   * or "familiar", or a participle in -ing ("speaking on condition") */
  const char *h = low, *p = low;
  size_t hl = 0;
  while (*p && *p != ',') {
    const char *w = p;
    while (*p && *p != ' ' && *p != ',') p++;
    size_t wl = (size_t)(p - w);
    int stop = wl > 4 && !memcmp(w + wl - 3, "ing", 3);
    for (int k = 0; stops[k] && !stop; k++)
      stop = strlen(stops[k]) == wl && !memcmp(w, stops[k], wl);
    if (stop && hl) break;
    if (!stop) h = w, hl = wl;
    while (*p == ' ') p++;
  }
  if (!hl) hl = strlen(h);
  if (hl > cap - 1) hl = cap - 1;
  memcpy(out, h, hl);
  out[hl] = 0;
}

/* One of the comma-separated parts of source text `src` has the head
 * word `head`, a part's head being its last word before any preposition,
 * relative word or "familiar"/"close" ("people familiar with the matter"):
 * "The industry's main lobbying group, PhRMA," is a "group" as well as
 * "PhRMA"; "One of the authors of that report" is no "report". */
static int heads_include(const char *src, const char *head) {
  static const char *const preps[] = {"of",  "for",   "at",    "in",    "from",  "with",
                                      "on",  "to",    "by",    "about", "over",  "who",
                                      "which", "that", "whose", "after", "among",
                                      "familiar", "close", NULL};
  char low[256];
  ws_lex_norm(src, strlen(src), low, sizeof low);
  size_t hl = strlen(head);
  const char *last = NULL;
  size_t lastn = 0;
  for (const char *p = low;; p++) {
    /* a word [w, p) ends at a space, a comma or the end */
    const char *w = p;
    while (*p && *p != ' ' && *p != ',') p++;
    size_t n = (size_t)(p - w);
    while (n && strchr(".;:", w[n - 1])) n--;
    int prep = 0;
    for (int k = 0; preps[k] && n; k++) prep |= strlen(preps[k]) == n && !memcmp(w, preps[k], n);
    if (prep) {
      if (last && lastn == hl && !memcmp(last, head, hl)) return 1;
      last = NULL; /* the rest of the part modifies its head */
      while (*p && *p != ',') p++;
    } else if (n) {
      last = w;
      lastn = n;
    }
    if (*p == ',' || !*p) {
      if (last && lastn == hl && !memcmp(last, head, hl)) return 1;
      last = NULL;
    }
    if (!*p) return 0;
  }
}

/* The words between s0 and the name at byte b hold "for" or "of" ("a
 * spokeswoman for Democratic candidate Hillary Clinton"): the name is
 * whom they speak for. */
static int spoken_for(const char *text, size_t s0, size_t b) {
  for (size_t w = s0; w < b;) {
    while (w < b && !isalpha((unsigned char)text[w])) w++;
    size_t e = w;
    while (e < b && isalpha((unsigned char)text[e])) e++;
    if ((e - w == 3 && !strncasecmp(text + w, "for", 3)) ||
        (e - w == 2 && !strncasecmp(text + w, "of", 2)))
      return 1;
    w = e;
  }
  return 0;
}

/* Word `w` (lower case) stands in `text` as a word of its own, in any
 * case. */
static int word_within(const char *text, const char *w) {
  size_t n = strlen(w);
  for (const char *p = text; *p; p++)
    if (!strncasecmp(p, w, n) && (p == text || !isalnum((unsigned char)p[-1])) &&
        !isalnum((unsigned char)p[n]))
      return 1;
  return 0;
}

/* "Stuart Skinner made 28 saves. The 25-year-old goaltender said": the
 * person whose name opens the sentence right before the one the source
 * at byte s0 opens, when no other person is named in it and the
 * description's head (lower case) is not among its words ("Prosecutor
 * Emma Lyons said the victim had trusted him. The victim said"); -1
 * when there is none. */
static int sentence_subject(const ws_doc *d, size_t s0, const char *head) {
  size_t upto = ment_before(d, s0);
  if (!upto) return -1;
  const ws_mention_rec *last = &d->ments[upto - 1];
  size_t i = upto - 1;
  while (i > 0 && d->ments[i - 1].sent == last->sent) i--;
  const ws_mention_rec *m = &d->ments[i];
  if (!m->sent_initial || m->entity < 0 || strcmp(d->ents[m->entity].pub.type, "person")) return -1;
  for (size_t k = i + 1; k < upto; k++)
    if (d->ments[k].entity >= 0 && d->ments[k].entity != m->entity &&
        !strcmp(d->ents[d->ments[k].entity].pub.type, "person"))
      return -1;
  /* the source opens the next sentence: one sentence's end between */
  const char *t = d->text;
  size_t q = s0;
  while (q > last->b1 && isspace((unsigned char)t[q - 1])) q--;
  if (q <= last->b1 || !strchr(".!?", t[q - 1])) return -1;
  for (size_t p = last->b1; p + 1 < q; p++)
    if (strchr(".!?", t[p]) && isspace((unsigned char)t[p + 1])) return -1;
  size_t hn = strlen(head);
  for (size_t p = m->b0; p + hn <= q; p++)
    if (!strncasecmp(t + p, head, hn) && (p == 0 || !isalnum((unsigned char)t[p - 1])) &&
        !isalnum((unsigned char)t[p + hn]))
      return -1;
  return m->entity;
}

/* "the candidate", "the Republican nominee", "the retired neurosurgeon"
 * (`low`: "the" and up to four words, the last a lower-case head; its
 * bytes [s0, s1)): the person the article describes so, right before a
 * name ("Republican presidential candidate Donald Trump") or in an
 * appositive after it ("Ben Carson, the retired neurosurgeon,"; the
 * mention's desc_b0, desc_b1): a description ending in the head that
 * holds the other words too, or, when there are none, the head alone (for
 * a description of one word only; and not "former", "vice" or "fellow"
 * unless they say so too: "Democratic vice presidential nominee Tim
 * Kaine" is not "the Democratic presidential nominee").  One person so
 * described, who is the article's most named person, the last person
 * named before, the last person who spoke (`last_speaker`), or so
 * described earlier in the same paragraph; else -1 ("Republican candidate
 * Donald Trump" in a story about Hillary Clinton's campaign is not "the
 * candidate"). */
static int described_person(const ws_doc *d, const char *low, size_t s0, int last_speaker) {
  if (strncmp(low, "the ", 4)) return -1;
  const char *words[4];
  size_t wl[4], nw = 0;
  for (const char *p = low + 4; *p;) {
    const char *q = p;
    while (*q && *q != ' ') q++;
    if (nw == 4) return -1;
    words[nw] = p, wl[nw++] = (size_t)(q - p);
    p = *q ? q + 1 : q;
  }
  if (!nw) return -1;
  const char *head = words[nw - 1];
  size_t hl = wl[nw - 1];
  for (size_t k = 0; k < hl; k++)
    if (!islower((unsigned char)head[k]) && head[k] != '-') return -1;
  static const char *const other[] = {"former", "vice", "fellow", "ex", "late", "then", "deputy",
                                      "assistant", "acting", NULL};
  /* the description's other words as strings, and which of `other` it
   * says itself, once */
  char wd[3][40];
  for (size_t k = 0; k + 1 < nw; k++) snprintf(wd[k], sizeof wd[k], "%.*s", (int)wl[k], words[k]);
  unsigned says = 0;
  for (int k = 0; other[k]; k++) says |= (unsigned)word_within(low, other[k]) << k;
  const char *t = d->text;
  int found[2] = {-1, -1}, twice[2] = {0, 0}; /* [0] every word, [1] the head only */
  size_t para[2] = {SIZE_MAX - 1, SIZE_MAX - 1}; /* the last such description's, before s0 */
  for (size_t i = 0; i < d->nments; i++) {
    const ws_mention_rec *m = &d->ments[i];
    size_t ib = m->desc_b0, ie = m->desc_b1;
    if (ie <= ib || m->entity < 0 || strcmp(d->ents[m->entity].pub.type, "person") ||
        ie - ib < hl || strncasecmp(t + ie - hl, head, hl) ||
        (ie - ib > hl && isalnum((unsigned char)t[ie - hl - 1])))
      continue;
    char intro[160];
    ws_lex_norm(t + ib, ie - ib, intro, sizeof intro);
    int all = 1, odd = 0;
    for (size_t k = 0; k + 1 < nw && all; k++) all = word_within(intro, wd[k]);
    for (int k = 0; other[k] && !odd; k++) odd = !(says >> k & 1) && word_within(intro, other[k]);
    if (odd) continue;
    for (int c = all ? 0 : 1; c < 2; c++) {
      if (found[c] >= 0 && found[c] != m->entity) twice[c] = 1;
      found[c] = m->entity;
      if (m->b0 < s0) para[c] = m->para;
    }
  }
  int c = found[0] >= 0 ? 0 : 1, p = found[c];
  if (p < 0 || twice[c] || (c == 1 && nw > 1)) return -1;
  /* the article's most named person, the last one named before or who
   * spoke last, or one described so in the same paragraph */
  size_t most = 0, upto = ment_before(d, s0);
  if (para[c] == (upto ? d->ments[upto - 1].para : SIZE_MAX)) return p;
  int last = -1;
  for (size_t e = 0; e < d->nents; e++)
    if ((int)e != p && !strcmp(d->ents[e].pub.type, "person") && d->ents[e].pub.nmentions > most)
      most = d->ents[e].pub.nmentions;
  for (size_t i = upto; i-- > 0 && last < 0;)
    if (d->ments[i].entity >= 0 && !strcmp(d->ents[d->ments[i].entity].pub.type, "person"))
      last = d->ments[i].entity;
  return d->ents[p].pub.nmentions > most || last == p || last_speaker == p ? p : -1;
}

/* The age N of "N-year-old" at w (the n bytes of a word), else -1. */
static int age_word(const char *w, size_t n) {
  size_t k = 0;
  int age = 0;
  while (k < n && k < 3 && isdigit((unsigned char)w[k])) age = age * 10 + (w[k++] - '0');
  return k && n - k == 9 && !memcmp(w + k, "-year-old", 9) ? age : -1;
}

/* "the 46-year-old" after "Karen Doyle, 46, from Salford": the person
 * named with that age (", 46," or " (46)" right after a mention of
 * theirs), the last one before byte pos, else the first after; -1 when
 * none, or when two people of that age are named before pos. */
static int aged_person(const ws_doc *d, const char *low, size_t pos) {
  if (strncmp(low, "the ", 4)) return -1;
  const char *w = low + 4, *sp = strchr(w, ' ');
  int age = age_word(w, sp ? (size_t)(sp - w) : strlen(w));
  /* at most one more word, a person's ("the 46-year-old mother") */
  if (age < 0 || (sp && (strchr(sp + 1, ' ') || strcmp(ws_source_type(low), "person"))))
    return -1;
  size_t upto = ment_before(d, pos), len = strlen(d->text);
  int before = -1, after = -1, two = 0;
  char tag[2][16];
  snprintf(tag[0], sizeof tag[0], ", %d", age);
  snprintf(tag[1], sizeof tag[1], " (%d)", age);
  for (size_t i = 0; i < d->nments; i++) {
    const ws_mention_rec *m = &d->ments[i];
    if (m->entity < 0 || strcmp(d->ents[m->entity].pub.type, "person")) continue;
    int hit = 0;
    for (int k = 0; k < 2 && !hit; k++) {
      size_t tl = strlen(tag[k]);
      hit = m->b1 + tl < len && !memcmp(d->text + m->b1, tag[k], tl) &&
            !isdigit((unsigned char)d->text[m->b1 + tl]);
    }
    if (!hit) continue;
    if (i < upto) {
      two |= before >= 0 && before != m->entity;
      before = m->entity;
    } else if (after < 0) {
      after = m->entity;
    }
  }
  return two ? -1 : before >= 0 ? before : after;
}

/* `low` (lower-cased) is "the" and one to three words that describe one
 * person ("the 58-year-old welder", "the retired teacher"): no role title
 * (president, minister: those name someone else as often), no plural, a
 * head the source words type as a person (data/source-words.tsv). */
static int person_description(const char *low) {
  if (strncmp(low, "the ", 4)) return 0;
  const char *w = low + 4, *head = w;
  int words = 1;
  for (const char *p = w; *p; p++) {
    if (*p == ' ') words++, head = p + 1;
    else if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-')) return 0;
  }
  size_t hn = strlen(head);
  if (words > 3 || hn < 3 || head[hn - 1] == 's' || ws_title_word(head, hn)) return 0;
  /* "the 46-year-old", "the mother-of-three": the age, or the word
   * before "-of-", says a person */
  if (age_word(head, hn) >= 0) return 1;
  const char *of = strstr(head, "-of-");
  if (of) return !strcmp(ws_source_word_type(head, (size_t)(of - head)), "person");
  return !strcmp(ws_source_type(low), "person");
}

/* Lower-case word w is a word of the sex other than gender's ('m' or
 * 'f'; none is for 0): "mother" for 'm' (data/speaker-words.tsv). */
static int other_sex_word(const char *w, char gender) {
  return (gender == 'm' && ws_speaker_word_is(w, "female")) ||
         (gender == 'f' && ws_speaker_word_is(w, "male"));
}

/* Description `low`'s head ("the grieving mum", "the father-of-two")
 * is a kin word of the other gender than `gender` ('m', 'f', 0). */
static int gender_clash(const char *low, char gender) {
  const char *head = strrchr(low, ' ');
  head = head ? head + 1 : low;
  const char *of = strstr(head, "-of-");
  char w[32];
  snprintf(w, sizeof w, "%.*s", (int)(of ? (size_t)(of - head) : strlen(head)), head);
  return other_sex_word(w, gender);
}

/* The n bytes at w open with a lower-case past participle ("seen",
 * "obtained", "released"). */
static int participle(const char *w, size_t n) {
  size_t e = 0;
  while (e < n && w[e] >= 'a' && w[e] <= 'z') e++;
  if (e < 4 || (e < n && isalpha((unsigned char)w[e]))) return 0;
  static const char *const irregular[] = {"seen", "written", "given", "shown", "taken", "made", NULL};
  for (int k = 0; irregular[k]; k++)
    if (e == strlen(irregular[k]) && !memcmp(w, irregular[k], e)) return 1;
  return e >= 5 && w[e - 2] == 'e' && w[e - 1] == 'd';
}

/* The n bytes at w open with a past participle and its preposition that
 * make who follows the one who got the words: "obtained by", "seen by",
 * "shared with", "provided to" ("documents obtained by the Post", "a
 * report shared with CBC"), not who said them ("released by", "provided
 * by" name the author).  The participle, one space, the preposition and
 * a space. */
int ws_received(const char *w, size_t n) {
  static const char *const got_by[] = {"obtained", "seen", "reviewed", "viewed", NULL};
  static const char *const got_to[] = {"shared", "provided", "leaked", "sent",     "given",
                                       "shown",  "forwarded", "handed", "supplied", NULL};
  size_t e = 0;
  while (e < n && isalpha((unsigned char)w[e])) e++;
  const char *rest = w + e;
  size_t rn = n - e;
  int by = rn >= 4 && !strncmp(rest, " by ", 4);
  int to = (rn >= 6 && !strncmp(rest, " with ", 6)) || (rn >= 4 && !strncmp(rest, " to ", 4));
  if (!by && !to) return 0;
  for (const char *const *got = by ? got_by : got_to; *got; got++)
    if (strlen(*got) == e && !memcmp(w, *got, e)) return 1;
  return 0;
}

/* The name at byte b is not who speaks: it comes after a comma in the
 * source and right after "by" ("The report, seen by the Observer,"), or
 * after a participle of receiving and "by", "with" or "to" ("a band
 * council report shared with CBC", "documents obtained by the Post"), or after
 * "in", "from", "across", "at" or "of" that follow a common noun ("Local
 * authorities in England", "Analysts at Morgan Stanley", "Residents of
 * Halifax", but not a person's name after "of": "Secretary of State John
 * Kerry"; not "at" or "of" when
 * `named_for`, a source or spokesperson whose employer is named: "a
 * source at the Tampa station").  "the" or a party's word before the
 * name is passed over. */
/* The words after ", " at c open a phrase set off after a source's head
 * that says where, when or how it spoke ("The company, in a filing with
 * the SEC,"). */
static int set_off_adjunct(const char *c) {
  static const char *const adjuncts[] = {"in ", "on ", "at ", "with ", "during ", "through ",
                                         "after ", "before ", "under ", NULL};
  if (c[0] != ',' || c[1] != ' ') return 0;
  for (int k = 0; adjuncts[k]; k++)
    if (!strncmp(c + 2, adjuncts[k], strlen(adjuncts[k]))) return 1;
  return 0;
}

static int seen_by(const char *text, size_t s0, size_t b, int named_for, int person) {
  /* a name in such a phrase after a described head is where or how it
   * spoke, not who */
  const char *cm = memchr(text + s0, ',', b - s0);
  if (cm && cm > text + s0 + 2 && !memchr(cm + 1, ',', (size_t)(text + b - cm - 1)) &&
      set_off_adjunct(cm)) {
    int described = 1;
    for (const char *q = text + s0 + 1; q < cm && described; q++)
      described = !(q[-1] == ' ' && isupper((unsigned char)*q));
    if (described) return 1;
  }
  size_t e = b;
  while (e > s0 && text[e - 1] == ' ') e--;
  if (e >= s0 + 4 && !strncasecmp(text + e - 4, " the", 4)) e -= 4;
  /* (and over a party's word: "supporters of Democrat Hillary Clinton") */
  size_t pb = e;
  while (pb > s0 && isalpha((unsigned char)text[pb - 1])) pb--;
  if (pb > s0 && pb < e && e - pb < 24 && text[pb - 1] == ' ' && isupper((unsigned char)text[pb]) &&
      ws_party_word(text + pb, e - pb))
    e = pb - 1;
  if (memchr(text + s0, ',', b - s0) && e >= s0 + 3 && !strncasecmp(text + e - 3, " by", 3))
    return 1;
  /* back over the preposition and the word before it */
  size_t w = e;
  while (w > s0 && isalpha((unsigned char)text[w - 1])) w--;
  if (w > s0 && text[w - 1] == ' ') w--;
  while (w > s0 && isalpha((unsigned char)text[w - 1])) w--;
  if (w < e && ws_received(text + w, b - w)) return 1;
  /* "a lawyer for Smith", "an aide to Clinton", "the mother of Liam": a
   * person's lower-case word, then "for", "to" or "of", before a
   * person's name: the name is whom that one works for or belongs to
   * (not when a spokesperson speaks for them: `named_for`) */
  if (person && !named_for) {
    /* (past an honorific: "an attorney for Mr. Smith") */
    size_t he = e, hb = e;
    if (hb > s0 && text[hb - 1] == '.') hb--;
    while (hb > s0 && isalpha((unsigned char)text[hb - 1])) hb--;
    if (hb < he && hb > s0 && text[hb - 1] == ' ' && isupper((unsigned char)text[hb]) &&
        ws_title_word(text + hb, he - hb))
      he = hb - 1;
    size_t pw = he; /* the preposition, then the word before it */
    while (pw > s0 && isalpha((unsigned char)text[pw - 1])) pw--;
    size_t we = pw > s0 && text[pw - 1] == ' ' ? pw - 1 : pw, wb = we;
    while (wb > s0 && isalpha((unsigned char)text[wb - 1])) wb--;
    int rel = (he - pw == 3 && !strncmp(text + pw, "for", 3)) ||
              (he - pw == 2 && (!strncmp(text + pw, "to", 2) || !strncmp(text + pw, "of", 2)));
    /* a person's word, or its plural ("lawyers for Smith") */
    if (rel && wb < we && (islower((unsigned char)text[wb]) || wb == s0) &&
        ws_person_word(text + wb, we - wb))
      return 1;
  }
  static const char *const preps[] = {" in", " from", " across", " at", " of", " on", " near",
                                      " outside", " around", " along", " throughout", NULL};
  for (int k = 0; preps[k]; k++) {
    /* "a source at the station", "a spokesperson of the ministry" */
    if (named_for && (!strcmp(preps[k], " at") || !strcmp(preps[k], " of"))) continue;
    size_t pl = strlen(preps[k]);
    if (e < s0 + pl || strncasecmp(text + e - pl, preps[k], pl)) continue;
    /* ("47 percent of Republicans", "hundreds of delegates": a share,
     * whose head is the group after "of") */
    if (!strcmp(preps[k], " of")) {
      size_t wb = e - pl;
      while (wb > s0 && text[wb - 1] != ' ') wb--;
      if (ws_share_word(text + wb, e - pl - wb)) return 0;
      /* "Residents of Mill Lane", "Friends of Bernie Sanders": a group
       * of people of a place or a person is not that one */
      char head[64];
      if (e - pl - s0 < sizeof head) {
        memcpy(head, text + s0, e - pl - s0);
        head[e - pl - s0] = 0;
        if (!strcmp(ws_source_type(head), "group")) return 1;
      }
      if (person) return 0; /* "Secretary of State John Kerry" */
    }
    /* the words before it: no capital after the first word */
    for (size_t i = s0 + 1; i < e - pl; i++)
      if (text[i - 1] == ' ' && isupper((unsigned char)text[i])) return 0;
    return e - pl > s0;
  }
  return 0;
}

/* The mention m of entity ent, inside a source that starts at byte s0,
 * is the source's head before a preposition: a person or an
 * organisation, no count ("Six"), at the source's start or after a
 * title, a capitalised word or a person's word. */
static int name_heads(const ws_doc *d, const ws_mention_rec *m, size_t s0, int ent) {
  const char *ty = d->ents[ent].pub.type, *text = d->text;
  /* (a name of two words or more of no known kind, "Geordie Dent of the
   * Federation of ...", heads it too) */
  int named = !strcmp(ty, "unknown") && strchr(d->ents[ent].pub.name, ' ');
  if ((strcmp(ty, "person") && strcmp(ty, "organization") && !named) ||
      ws_share_word(text + m->b0, m->b1 - m->b0))
    return 0;
  size_t e = m->b0;
  while (e > s0 && text[e - 1] == ' ') e--;
  if (e == s0 || text[e - 1] == ',') return 1; /* "Another superdelegate, | Michael Brown of" */
  size_t w = e;
  while (w > s0 && text[w - 1] != ' ') w--;
  if (isupper((unsigned char)text[w]) || ws_title_word(text + w, e - w)) return 1;
  const char *wt = ws_source_word_type(text + w, e - w);
  return !strcmp(wt, "person") || !strcmp(wt, "official");
}

static int has_word(const char *src, const char *cls) {
  char low[256];
  ws_lex_norm(src, strlen(src), low, sizeof low);
  char *save = NULL;
  for (char *p = strtok_r(low, " ,.;:()", &save); p; p = strtok_r(NULL, " ,.;:()", &save))
    if (ws_speaker_word_is(p, cls)) return 1;
  return 0;
}

/* Bytes [b0, b1) of text hold only a number between spaces (" 7 "),
 * perhaps with a title after it (" 7 Coun. "). */
static int numbered(const char *text, size_t b0, size_t b1) {
  if (b1 < b0 + 3 || text[b0] != ' ' || text[b1 - 1] != ' ') return 0;
  size_t i = b0 + 1;
  while (i < b1 && isdigit((unsigned char)text[i])) i++;
  if (i == b0 + 1 || i - b0 > 4 || text[i] != ' ') return 0;
  i++;
  if (i == b1) return 1;
  size_t w = i;
  while (i < b1 && isalpha((unsigned char)text[i])) i++;
  if (i < b1 && text[i] == '.') i++;
  return i + 1 == b1 && ws_title_word(text + w, i - w);
}

/* [a, b) is a role of one to four lower-case words holding a title
 * ("aide", "campaign chairman", "senior adviser"), after a possessive or
 * not, and no "and" or "or": "Obama aide David Axelrod", "Clinton's
 * spokesman Brian Fallon".  Sets the role's bytes. */
static int role_between(const char *text, size_t a, size_t b, ws_span *role) {
  size_t i = a;
  if (i < b && text[i] == '\'') i++;
  else if (i + 2 < b && !memcmp(text + i, "\xE2\x80\x99", 3)) i += 3;
  if (i > a && i < b && text[i] == 's') i++;
  int words = 0, title = 0;
  size_t r0 = 0, r1 = 0;
  while (i < b) {
    while (i < b && text[i] == ' ') i++;
    size_t w = i;
    while (i < b && (islower((unsigned char)text[i]) || (i > w && text[i] == '-'))) i++;
    if (i == w) break;
    if ((i - w == 3 && !memcmp(text + w, "and", 3)) || (i - w == 2 && !memcmp(text + w, "or", 2)))
      return 0;
    if (!words++) r0 = w;
    r1 = i;
    title |= ws_title_word(text + w, i - w);
  }
  while (i < b && text[i] == ' ') i++;
  if (i != b || !words || words > 4 || !title) return 0;
  *role = (ws_span){r0, r1};
  return 1;
}

/* s joins two names with "and": a capitalised word (or a bracket, "Sen.
 * Rand Paul (Ky.)") right before it and one right after ("Bolton and
 * Gorka", "Maine Sen. Susan Collins and Texas Rep. Louis Gohmert"; not
 * "Clinton's chief pollster and strategist Joel Benenson", "the Vermont
 * senator and Democratic presidential candidate") */
static int names_pair(const char *s) {
  for (const char *and = strstr(s, " and "); and; and = strstr(and + 1, " and ")) {
    const char *w = and;
    while (w > s && w[-1] != ' ') w--;
    int before = w < and && (isupper((unsigned char)*w) || (*w == '(' && and[-1] == ')'));
    if (before && isupper((unsigned char)and[5])) return 1;
  }
  return 0;
}

/* text[a, b) holds a preposition, a relative word or a word that joins
 * or lists as a word ("supporter in Silicon Valley", "which has endorsed
 * Trump", "Hillary Clinton and Senator Bernie Sanders", "including
 * Senator Lamar Alexander"): no single person is named in apposition */
static int joins_others(const char *text, size_t a, size_t b) {
  static const char *const w[] = {"of",    "for",       "in",   "at",   "from",  "with", "to",
                                  "by",    "who",       "whom", "which", "that", "and",  "or",
                                  "nor",   "including", "like", "such", "among", "as",   NULL};
  for (size_t i = a; i < b;) {
    while (i < b && !isalpha((unsigned char)text[i])) i++;
    size_t s = i;
    while (i < b && isalpha((unsigned char)text[i])) i++;
    for (int k = 0; w[k] && i > s; k++)
      if (strlen(w[k]) == i - s && !memcmp(text + s, w[k], i - s)) return 1;
  }
  return 0;
}

/* text[a, b) is one to four lower-case words, each after a space
 * (" ally", " attorney general") */
static int lower_words(const char *text, size_t a, size_t b) {
  int words = 0;
  for (size_t i = a; i < b;) {
    if (text[i] != ' ') return 0;
    size_t w = ++i;
    while (i < b && (islower((unsigned char)text[i]) || (i > w && text[i] == '-'))) i++;
    if (i == w) return 0;
    words++;
  }
  return words >= 1 && words <= 4;
}

/* a's speaker is b's: its canonical name, type, entity and organisation */
static void take_speaker(ws_attribution *a, const ws_attribution *b) {
  a->source_canonical = b->source_canonical;
  a->source_type = b->source_type;
  a->source_entity = b->source_entity;
  a->source_org = b->source_org;
}

/* Past a parliamentarian's letters at p (after any spaces), before end:
 * " MSP" in "Edward Mountain MSP,"; else p. */
static const char *past_post_nominal(const char *p, const char *end) {
  const char *q = p, *pe;
  while (q < end && *q == ' ') q++;
  for (pe = q; pe < end && isupper((unsigned char)*pe);) pe++;
  if (pe > q && (pe == end || *pe == ',' || *pe == ' ') && ws_post_nominal(q, (size_t)(pe - q)))
    return pe;
  return p;
}

/* The gender of a personal pronoun "he_she" (lower case): 'm' or 'f'. */
static char pronoun_gender(const char *low) {
  if (!strcmp(low, "her") || !strcmp(low, "hers")) return 'f';
  return low[0] == 'h' ? 'm' : 'f';
}

/* s is words of letters only, the last a plural ("Conservative MPs") */
static int plural_words(const char *s) {
  size_t n = strlen(s);
  if (n < 3 || s[n - 1] != 's') return 0;
  for (size_t i = 0; i < n; i++)
    if (!isalpha((unsigned char)s[i]) && s[i] != ' ') return 0;
  return 1;
}

/* The plural noun phrase of one to three words that opens the sentence
 * of byte b (within 400 bytes before it), up to a lower-case word after
 * it ("Other parents took to Facebook, with one writing"), copied into
 * out[0, cap) without a leading "The"; 0 when the sentence opens
 * otherwise. */
static int opening_plural(const char *t, size_t b, char *out, size_t cap) {
  size_t s = b;
  while (s > 0 && b - s < 400 && !strchr(".!?\n", t[s - 1])) s--;
  while (s < b && isspace((unsigned char)t[s])) s++;
  if (!strncmp(t + s, "The ", 4)) s += 4;
  size_t e = s;
  for (int w = 0; w < 3 && e < b; w++) {
    size_t we = e;
    while (we < b && isalpha((unsigned char)t[we])) we++;
    if (we == e || we - e < 3 || t[we] != ' ') return 0;
    if (t[we - 1] == 's' && we + 1 < b && islower((unsigned char)t[we + 1])) {
      if (we - s + 1 > cap) return 0;
      memcpy(out, t + s, we - s);
      out[we - s] = 0;
      out[0] = (char)tolower((unsigned char)out[0]);
      return 1;
    }
    e = we + 1;
  }
  return 0;
}

/* The length of the "A ", "An " or "One " that opens text; 0 for none */
static size_t indefinite_opening(const char *text) {
  return !strncasecmp(text, "one ", 4) ? 4
         : !strncasecmp(text, "an ", 3) ? 3
         : !strncasecmp(text, "a ", 2)  ? 2
                                        : 0;
}

/* Some word of the lower-case words of s is a word of the sex other than
 * gender's ('m' or 'f'; none clashes with 0). */
static int words_clash(const char *s, char gender) {
  char low[128];
  if (!gender || !s) return 0;
  size_t n = ws_lex_norm(s, strlen(s), low, sizeof low);
  if (n >= sizeof low) n = sizeof low - 1;
  low[n] = 0;
  char *save = NULL;
  for (char *w = strtok_r(low, " -", &save); w; w = strtok_r(NULL, " -", &save))
    if (other_sex_word(w, gender)) return 1;
  return 0;
}

/* The source of r is anonymous, an unnamed spokesperson whose word
 * does not say the other gender than `gender` ('m' or 'f'), or a person
 * described with "a" and no word of the other gender, and resolved, and
 * no person is named outside a quotation between it and the byte
 * position pos ("A spokesman for Harrowgate Homes said ... '...,' he
 * said"). */
static int anonymous_speaker(const ws_doc *d, const ws_attr_rec *r, size_t pos, char gender) {
  const ws_attribution *a = &r->pub;
  if (!a->has_source || !a->source_canonical || !a->source_type) return 0;
  if (!strcmp(a->source_type, "spokesperson")) {
    const char *other = gender == 'm' ? "pokeswoman" : "pokesman";
    if ((a->source_entity >= 0 && !strcmp(d->ents[a->source_entity].pub.type, "person")) ||
        strstr(a->source.text, other))
      return 0;
  } else if (!strcmp(a->source_type, "person")) {
    /* (or a person described, not named, outside a quotation: "A nurse
     * at the hospital said ..." then "'...,' she said", unless the
     * description's words say the other sex: "A father of three") */
    if (a->source_entity >= 0 || r->src_inq || !indefinite_opening(a->source.text) ||
        words_clash(a->source_canonical, gender))
      return 0;
  } else if (strcmp(a->source_type, "anonymous"))
    return 0;
  size_t from = r->src_b[a->source.nspans - 1].end;
  if (from > pos) return 0;
  for (size_t j = ment_before(d, from); j < d->nments && d->ments[j].b0 < pos; j++) {
    const ws_mention_rec *m = &d->ments[j];
    /* "told the Observer": a name after "the" is no person's */
    if (m->entity < 0 || m->in_quote || m->after_the) continue;
    const char *t = d->ents[m->entity].pub.type;
    if (!strcmp(t, "person") || !strcmp(t, "unknown")) return 0;
  }
  return 1;
}

/* The word t[0, w) stands whole in text after a comma or a lower-case
 * word other than an article, and one space ("said Sanders"). */
static int capital_inside(const char *text, const char *t, size_t w) {
  char key[64];
  if (w == 0 || w + 1 >= sizeof key) return 0;
  key[0] = ' ';
  memcpy(key + 1, t, w);
  key[w + 1] = 0;
  for (const char *p = text; (p = strstr(p, key)) != NULL; p++) {
    if (p == text || isalnum((unsigned char)p[w + 1])) continue;
    /* the word before: lower-case, or ending in a comma */
    const char *q = p;
    while (q > text && q[-1] != ' ' && q[-1] != '\n') q--;
    /* (not after an article: "the Administration", "the Party") */
    int article = (p - q == 3 && !memcmp(q, "the", 3)) || (p - q == 1 && *q == 'a') ||
                  (p - q == 2 && !memcmp(q, "an", 2));
    if (p[-1] == ',' || (isalpha((unsigned char)p[-1]) && *q >= 'a' && *q <= 'z' && !article)) return 1;
  }
  return 0;
}

/* The word t[0, w) stands whole in text after a lower-case word or a
 * comma and "the " ("in the Senate", "told the House"): an institution's
 * name. */
static int the_capital(const char *text, const char *t, size_t w) {
  char key[64];
  if (w == 0 || w + 5 >= sizeof key) return 0;
  memcpy(key, " the ", 5);
  memcpy(key + 5, t, w);
  key[w + 5] = 0;
  for (const char *p = text; (p = strstr(p, key)) != NULL; p++)
    if (p > text && (islower((unsigned char)p[-1]) || p[-1] == ',') && !isalnum((unsigned char)p[w + 5]))
      return 1;
  return 0;
}

/* The word t[0, w) is a name's and keeps its capital ("Democratic
 * leaders", "Sanders supporters", "Republican legislators"): a place's,
 * a listed name's or first name's, a party's (data/speaker-words.tsv:
 * so "Liberal and conservative economists" keeps it too); a source's own
 * word (a common noun: "People briefed on", "Party leaders") only when
 * the article writes it so after "the" inside a sentence ("Senate
 * aides": "in the Senate"); else a listed name's kind, one the article
 * also writes capitalised inside a sentence, or one that opens a name
 * the article holds. */
static int name_capital(const ws_doc *d, const char *t, size_t w) {
  if (ws_place_name(t, w) || ws_first_name_gender(t, w)) return 1;
  if (w < 24 && ws_party_word(t, w)) return 1;
  if (strcmp(ws_source_word_type(t, w), "unknown")) return the_capital(d->text, t, w);
  if (ws_name_word_kind(t, w) || capital_inside(d->text, t, w)) return 1;
  for (size_t e = 0; e < d->nents; e++) {
    const char *nm = d->ents[e].pub.name;
    if (!strncmp(nm, t, w) && (nm[w] == ' ' || (!nm[w] && strcmp(d->ents[e].pub.type, "unknown"))))
      return 1;
  }
  return 0;
}

/* Byte `at` of text opens a sentence: only spaces (no-break ones too),
 * quotation marks or an opening bracket between it and the text's start,
 * a sentence's end (". ! ? :" or a line break) or a dateline's dash. */
static int opens_sentence(const char *text, size_t at) {
  size_t p = at;
  while (p > 0) {
    unsigned char c = (unsigned char)text[p - 1];
    if (c == ' ' || c == '"' || c == '\'' || c == '(') {
      p--;
    } else if (p >= 2 && (unsigned char)text[p - 2] == 0xC2 && c == 0xA0) {
      p -= 2; /* a no-break space */
    } else if (p >= 3 && (unsigned char)text[p - 3] == 0xE2 && (unsigned char)text[p - 2] == 0x80 &&
               (c == 0x9C || c == 0x98)) {
      p -= 3; /* “ ‘ */
    } else if (c == '-' || (p >= 3 && (unsigned char)text[p - 3] == 0xE2 &&
                            (unsigned char)text[p - 2] == 0x80 && (c == 0x93 || c == 0x94))) {
      /* a dateline's dash: "HALIFAX -- Nurses", "WASHINGTON (AP) — " */
      while (p > 0 && (text[p - 1] == '-' || text[p - 1] == ' ' ||
                       (unsigned char)text[p - 1] >= 0x80))
        p--;
      if (p > 0 && text[p - 1] == ')') return 1;
      size_t e = p, upper = 0;
      while (p > 0 && isalpha((unsigned char)text[p - 1])) upper += isupper((unsigned char)text[--p]) != 0;
      return e - p >= 2 && upper == e - p;
    } else {
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\r';
    }
  }
  return 1;
}

/* The length of the first word of description t[0, tl) of r's source
 * (t is the source's text after its article) when that word is in
 * capitals (four letters or more), stands before a lower-case word or
 * alone, and lies in no mention; else 0. */
static size_t tabloid_caps(const ws_doc *d, const ws_attr_rec *r, const char *t, size_t tl) {
  const ws_attribution *a = &r->pub;
  /* only after an article: "A GRIEVING mum", not "Some USDP members" */
  if (a->source.nspans != 1 || t <= a->source.text || t > a->source.text + a->source.len) return 0;
  size_t base = r->src_b[0].start + (size_t)(t - a->source.text), e = 0;
  while (e < tl && t[e] >= 'A' && t[e] <= 'Z') e++;
  if (e < 4 || (e < tl && !(t[e] == ' ' && e + 1 < tl && t[e + 1] >= 'a' && t[e + 1] <= 'z')))
    return 0;
  /* (mentions are in order and never overlap: only the last one to
   * start at or before base can hold it) */
  size_t i = ment_before(d, base + 1);
  return i > 0 && d->ments[i - 1].b1 > base ? 0 : e;
}

/* A group's sentence-initial capital is not part of its name ("Voters"
 * -> "voters"; "NATO members" keeps its capitals): `t` itself, or a copy
 * in the document's arena; NULL when memory runs out.  `memo` keeps
 * name_capital's answer per first word for the document: its scans of
 * the text and the entities run once per word, not once per source.
 * `at`: where t starts in the text (SIZE_MAX: not known). */
static const char *group_name(ws_doc *d, ws_lex *memo, const char *type, const char *t, size_t at) {
  if (!t || !type || strcmp(type, "group") || !(*t >= 'A' && *t <= 'Z') || (t[1] >= 'A' && t[1] <= 'Z'))
    return t;
  /* (a capital inside a sentence is the writer's: "During the call, House
   * members", "the Fed's policies") */
  if (at != SIZE_MAX && !opens_sentence(d->text, at)) return t;
  size_t w = 0;
  while (t[w] && t[w] != ' ') w++;
  /* (a possessive is a name's: "Scott's family") */
  if (ws_possessive_len(t, w)) return t;
  const ws_lex_entry *known = ws_lex_get(memo, t, w);
  int keep = known ? known->a[0] == '1' : name_capital(d, t, w);
  if (!known && ws_lex_add(memo, t, w, keep ? "1" : "0", NULL)) return NULL;
  if (keep) return t;
  char *g = ws_arena_strndup(&d->arena, t, strlen(t));
  if (g) *g = (char)(*g + 32);
  return g;
}

/* The bytes from b (up to end) of one or two lower-case words right
 * after a name, the last an organisation's ("government", "health
 * ministry"), with the space before them; 0 when none. */
static size_t owner_words(const char *text, size_t b, size_t end) {
  size_t p = b, best = 0;
  for (int w = 0; w < 2 && p + 1 < end && text[p] == ' ' && islower((unsigned char)text[p + 1]); w++) {
    size_t q = p + 1;
    while (q < end && isalpha((unsigned char)text[q])) q++;
    char word[32];
    if (q - p - 1 >= sizeof word) break;
    memcpy(word, text + p + 1, q - p - 1);
    word[q - p - 1] = 0;
    if (!strcmp(ws_source_type(word), "organization")) best = q - b;
    p = q;
  }
  return best;
}

/* A pronoun or a relative word: resolved by the branches for them, never
 * a surname. */
static int pronoun_word(const char *low) {
  static const char *const cls[] = {"he_she", "they", "it", "relative", "first_person", "no_name", NULL};
  for (int k = 0; cls[k]; k++)
    if (ws_speaker_word_is(low, cls[k])) return 1;
  return 0;
}

/* The one person entity whose name of two or more words ends with the
 * word w; -1 when none or several.  The table of last words (memo: the
 * first entity of each; "\x01" + word for a word of several) is made on
 * the first call, from every entity once. */
static int surname_entity(const ws_doc *d, ws_lex *memo, const char *w) {
  char key[72];
  if (!memo->n) {
    if (ws_lex_add(memo, "\x01", 1, "-1", NULL)) return -1; /* (made) */
    for (size_t i = 0; i < d->nents; i++) {
      const char *nm = d->ents[i].pub.name, *sp = strrchr(nm, ' ');
      size_t wl = sp ? strlen(sp + 1) : 0;
      if (!wl || wl + 1 >= sizeof key || strcmp(d->ents[i].pub.type, "person")) continue;
      char num[24];
      snprintf(num, sizeof num, "%zu", i);
      const ws_lex_entry *had = ws_lex_get(memo, sp + 1, wl);
      key[0] = 1;
      memcpy(key + 1, sp + 1, wl);
      if (had ? (size_t)atol(had->a) != i && ws_lex_add(memo, key, wl + 1, "", NULL)
              : ws_lex_add(memo, sp + 1, wl, num, NULL))
        return -1;
    }
  }
  size_t wl = strlen(w);
  const ws_lex_entry *e = ws_lex_get(memo, w, wl);
  if (!e || wl + 1 >= sizeof key) return -1;
  key[0] = 1;
  memcpy(key + 1, w, wl);
  return ws_lex_get(memo, key, wl + 1) ? -1 : atoi(e->a);
}

/* recent_entity's organisation for "they" or "it", when its last mention
 * before pos is near: at most one paragraph break and 400 bytes back.
 * Unbounded (500 mentions back), "they" had been the Washington Post or
 * the Great Depression: on PolNeAR train, pronoun sources whose CoreNLP
 * chain names someone else or no one, resolved to a name, fell from 299
 * to 204 while those that agree went from 42 to 39; dev's coreference
 * check 79.3 -> 80.1 % (hand-read referents 93.9 -> 94.9 %). */
enum { NEAR_PARAS = 1, NEAR_BYTES = 400 };
/* Byte b, before pos, is near it: NEAR_BYTES back at most, in pos's
 * paragraph or NEAR_PARAS before. */
static int near_before(const ws_doc *d, size_t b, size_t pos) {
  if (b > pos || pos - b > NEAR_BYTES) return 0;
  int paras = 0;
  for (size_t k = b; k + 1 < pos; k++) paras += d->text[k] == '\n' && d->text[k + 1] != '\n';
  return paras <= NEAR_PARAS;
}

static int near_entity(const ws_doc *d, size_t pos, int plural) {
  size_t at;
  int p = recent_entity(d, pos, "organization", NULL, plural, &at);
  if (p < 0) return p;
  return near_before(d, d->ments[at].b1, pos) ? p : -1;
}

/* Does attribution g, the one before an "it" source at byte s0, have
 * for source an organisation of a description ("The pharmaceutical
 * industry's main trade group"), at most NEAR_BYTES back and in the
 * same or the paragraph before? */
static int org_source_before(const ws_doc *d, const ws_attr_rec *g, size_t s0) {
  if (!g->pub.source_canonical || !g->pub.source_type ||
      strcmp(g->pub.source_type, "organization") || !g->pub.source.nspans)
    return 0;
  return near_before(d, g->src_b[g->pub.source.nspans - 1].end, s0);
}

/* w (lower case, after "his" or "her") is one or two words whose last is
 * an organisation's or a spokesperson's word ("campaign", "presidential
 * campaign", "spokesman"): what a person has, that speaks for the person */
static int owned_word(const char *w) {
  const char *sp = strchr(w, ' ');
  if (sp && strchr(sp + 1, ' ')) return 0;
  const char *head = sp ? sp + 1 : w, *t = ws_source_type(head);
  return !strcmp(t, "organization") || !strcmp(t, "spokesperson");
}

/* The role holds the word w, in any case. */
static int role_has(const char *role, const char *w) {
  char r[128], x[48];
  ws_lex_norm(role, strlen(role), r, sizeof r);
  ws_lex_norm(w, strlen(w), x, sizeof x);
  return x[0] && strstr(r, x) != NULL;
}

/* The title word t (lower case) and a person's role r name one office:
 * r's last word is t, or t's abbreviation ("Sen." for senator). */
static int same_office(const char *r, const char *t) {
  static const char *const forms[][4] = {{"senator", "sen.", "sen", NULL},
                                         {"governor", "gov.", "gov", NULL},
                                         {"congressman", "rep.", "representative", NULL},
                                         {"congresswoman", "rep.", "representative", NULL},
                                         {"representative", "rep.", "rep", NULL}};
  const char *lw = strrchr(r, ' ');
  lw = lw ? lw + 1 : r;
  if (!strcasecmp(lw, t)) return 1;
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
    if (strcmp(forms[i][0], t)) continue;
    for (int k = 1; k < 4 && forms[i][k]; k++)
      if (!strcasecmp(lw, forms[i][k])) return 1;
  }
  return 0;
}

/* "Vermont senator" (after "the"; two to four words, the last a title
 * word): the person entity whose role names that office, the last named
 * before pos, else the first after.  Each word before the title must be
 * in the role or stand within 40 bytes of the mention
 * ("Sen. Bernie Sanders of Vermont", "Florida Sen. Marco Rubio"), not
 * counting the source [pos, end) itself; -1 when none. */
static int epithet_entity(const ws_doc *d, const char *src, size_t pos, size_t end) {
  const char *head = strrchr(src, ' ');
  if (!head || !ws_title_word(head + 1, strlen(head + 1))) return -1;
  char t[32];
  size_t tl = ws_lex_norm(head + 1, strlen(head + 1), t, sizeof t - 1);
  t[tl] = 0;
  int words = 1;
  for (const char *c = src; *c; c++) words += *c == ' ';
  if (words > 4) return -1;
  /* (the 500 names before and the 100 after: a text of many such
   * sources must not make this quadratic) */
  size_t upto = ment_before(d, pos), lo = upto > 500 ? upto - 500 : 0;
  size_t hi = d->nments - upto > 100 ? upto + 100 : d->nments;
  int best = -1, after = -1;
  for (size_t i = lo; i < hi; i++) {
    const ws_mention_rec *m = &d->ments[i];
    if (m->entity < 0 || (i >= upto && after >= 0)) continue;
    const ws_entity_rec *e = &d->ents[m->entity];
    if (!e->pub.role || strcmp(e->pub.type, "person") || !same_office(e->pub.role, t)) continue;
    /* every describing word in its role or near this mention ("the vice
     * president" is not President Obama), not counting the words of this
     * source itself */
    int near = 1;
    size_t wlo = m->b0 > 40 ? m->b0 - 40 : 0, whi = m->b1 + 40 < d->len ? m->b1 + 40 : d->len;
    for (const char *w = src; w < head && near;) {
      const char *we = strchr(w, ' ');
      size_t wl = (size_t)(we - w);
      char word[48];
      memcpy(word, w, wl < sizeof word ? wl : sizeof word - 1);
      word[wl < sizeof word ? wl : sizeof word - 1] = 0;
      /* a lower-case possessor ("the province's housing minister")
       * says whose office, which the role need not name */
      int owner = w == src && islower((unsigned char)*w) &&
                  ((wl > 2 && !memcmp(w + wl - 2, "'s", 2)) ||
                   (wl > 4 && !memcmp(w + wl - 4, "\xe2\x80\x99s", 4)));
      if (!owner && !role_has(e->pub.role, word)) {
        near = 0;
        for (size_t q = wlo; q + wl <= whi && !near; q++)
          near = (q + wl <= pos || q >= end) && !memcmp(d->text + q, w, wl);
      }
      w = we + 1;
    }
    if (!near) continue;
    if (i < upto) best = m->entity;
    else after = m->entity;
  }
  return best >= 0 ? best : after;
}

/* The name table calls the word w[0, n) a name of that kind. */
static int name_kind_is(const char *w, size_t n, const char *kind) {
  const char *k = ws_name_word_kind(w, n);
  return k && !strcmp(k, kind);
}

/* A content that opens with "it" or "its" (after any "that"). */
static int self_as_it(const ws_part *c) {
  const char *t = c->text;
  size_t n = c->len;
  if (!t) return 0;
  if (n > 5 && !memcmp(t, "that ", 5)) t += 5, n -= 5;
  return (n > 3 && !memcmp(t, "it ", 3)) || (n > 4 && !memcmp(t, "its ", 4));
}

int ws_entities_resolve(ws_doc *d) {
  if (ws_entities_ready(NULL) != WS_OK || ws_entities_cluster(d)) return -1;
  /* "Super Tuesday", "Affordable Care Act": a person by its shape alone,
   * its name ending in a common noun of no person, with no gender, role
   * or person's word and never named by its last word after an
   * honorific ("Mr. Gray"), is no person */
  for (size_t i = 0; i < d->nents; i++) {
    ws_entity_rec *e = &d->ents[i];
    if (e->thing && !e->alone && !e->gender && !e->pub.role && !e->personal &&
        !strcmp(e->pub.type, "person"))
      e->pub.type = "unknown";
  }
  /* "Harbourline Ferries today announced that it will launch": a name
   * of two words or more of no known kind, or taken for a person by its
   * shape alone (no first name the lists know, no gender, role or
   * person's word), that speaks of itself as "it" is an organisation, for
   * every record it speaks in */
  for (size_t k = 0; k < d->nattrs; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.has_source || !r->pub.source.nspans || !self_as_it(&r->pub.content)) continue;
    for (size_t i = ment_before(d, r->src_b[0].start); i < d->nments; i++) {
      const ws_mention_rec *m = &d->ments[i];
      /* (the name that opens the source, not one inside it: "A reporter
       * for Agence France-Presse") */
      if (m->b0 > r->src_b[0].start + 4) break;
      if (m->entity < 0) continue;
      ws_entity_rec *e = &d->ents[m->entity];
      const char *nm = e->pub.name;
      if ((!strcmp(e->pub.type, "person") || !strcmp(e->pub.type, "unknown")) && strchr(nm, ' ') &&
          !e->gender && !e->pub.role &&
          !e->personal && !ws_first_name_gender(nm, strcspn(nm, " ")) &&
          !ws_title_word(nm, strcspn(nm, " ")))
        e->pub.type = "organization";
    }
  }
  /* an interview's "I" in an answer: the one questioned */
  int interview = is_interview(d->text, d->len) ? interviewee(d) : -1;
  /* per entity: 1 + byte position where it last spoke, 0 if never */
  size_t *was_source = ws_calloc(d->nents + 1, sizeof *was_source);
  size_t *order = ws_malloc((d->nattrs + 1) * sizeof *order);
  uint8_t *reported = ws_calloc(d->nments + 1, 1); /* per mention: inside some content */
  uint32_t *spoke = ws_calloc(d->nents + 1, sizeof *spoke); /* per entity: times a source */
  ws_lex capitals = {0}; /* group_name's answers per first word */
  ws_lex surnames = {0}; /* surname_entity's answers */
  if (!was_source || !order || !reported || !spoke) {
    ws_free(was_source);
    ws_free(order);
    ws_free(reported);
    ws_free(spoke);
    return -1;
  }
  for (size_t i = 0; i < d->nattrs; i++) {
    const ws_attr_rec *r = &d->attrs[i];
    for (size_t k = 0; k < r->pub.content.nspans; k++)
      for (size_t j = ment_before(d, r->con_b[k].start);
           j < d->nments && d->ments[j].b1 <= r->con_b[k].end; j++)
        reported[j] = 1;
  }
  /* in order of the source's position, so that "the source" and "he"
   * see the speakers before them */
  size_t no = 0;
  for (size_t i = 0; i < d->nattrs; i++)
    if (d->attrs[i].pub.has_source) order[no++] = i;
  for (size_t i = 1; i < no; i++) { /* insertion sort: nearly sorted */
    size_t x = order[i], j = i;
    while (j > 0 && d->attrs[order[j - 1]].src_b[0].start > d->attrs[x].src_b[0].start) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = x;
  }
  int rc = 0, last_speaker = -1;
  for (size_t oi = 0; oi < no && !rc; oi++) {
    ws_attr_rec *r = &d->attrs[order[oi]];
    ws_attribution *a = &r->pub;
    size_t s0 = r->src_b[0].start, s1 = r->src_b[0].end;
    char low[256];
    ws_lex_norm(a->source.text, strlen(a->source.text), low, sizeof low);
    char *apos = strchr(low, '\'');
    if (apos && apos - low <= 4) *apos = 0; /* he's -> he */
    int is_spokes = has_word(a->source.text, "spokesperson"), is_anon = has_word(a->source.text, "anonymous");
    /* the first name mention inside the source span */
    size_t mi = ment_before(d, s0);
    int ent = -1;
    const ws_mention_rec *m = NULL;
    const char *first_org = NULL;    /* a name before the person named */
    const char *between_role = NULL; /* the role between them */
    size_t p1, p2;                   /* two people named together */
    if (mi > 0 && d->ments[mi - 1].b1 > s0 && d->ments[mi - 1].b1 <= s1 &&
        d->ments[mi - 1].entity >= 0) {
      /* a name that began before the source span ("Biden and ... Alejandro
       * Mayorkas") and reaches into it */
      m = &d->ments[mi - 1];
      ent = m->entity;
    } else if (mi < d->nments && d->ments[mi].b0 < s1 && d->ments[mi].entity >= 0) {
      int pm = d->ments[mi].entity >= 0 && !strcmp(d->ents[d->ments[mi].entity].pub.type, "person");
      if (!seen_by(d->text, s0, d->ments[mi].b0, is_spokes || is_anon, pm)) {
        m = &d->ments[mi];
        ent = m->entity;
      } else {
        /* "his best friend at Lehigh, Bruce Turry": a person named in
         * apposition after the place is the source */
        for (size_t k = mi + 1; k < d->nments && d->ments[k].b0 < s1; k++) {
          const ws_mention_rec *mk = &d->ments[k];
          if (mk->entity >= 0 && mk->b0 >= s0 + 2 && !memcmp(d->text + mk->b0 - 2, ", ", 2) &&
              !strcmp(d->ents[mk->entity].pub.type, "person")) {
            m = mk;
            ent = m->entity;
            break;
          }
        }
      }
    }
    /* "the Norwegian lender": a capitalised adjective in a description
     * of a business names no one; the description points back */
    if (m && described_business(a->source.text, low) &&
        strcmp(d->ents[ent].pub.type, "person") && strcmp(d->ents[ent].pub.type, "organization") &&
        strcmp(d->ents[ent].pub.type, "media")) {
      m = NULL;
      ent = -1;
    }
    /* the head of "Former Pennsylvania Gov. Ed Rendell" is its last name
     * before any comma or bracket: a person named after a first mention
     * that is a place or an organisation is the source */
    if (m && m->b1 < s1) {
      const char *cut = memchr(d->text + m->b1, ',', s1 - m->b1);
      const char *br = memchr(d->text + m->b1, '(', s1 - m->b1);
      if (br && (!cut || br < cut)) cut = br;
      size_t end = cut ? (size_t)(cut - d->text) : s1;
      int appos = 0;
      /* "Manitoba's health minister, Uzoma Asagwara,": a name right after
       * the comma is the head's appositive */
      /* (so is one after a person's possessive: "Harwell's attorney, Mark
       * Delaney,") */
      int possessive = ws_possessive_len(d->text + m->b0, m->b1 - m->b0) != 0; /* (the mention holds it) */
      /* (and one after a name that only modifies a common noun: "Another
       * Clinton ally, Agriculture Secretary Tom Vilsack,") */
      int modifies = cut && *cut == ',' && lower_words(d->text, m->b1, (size_t)(cut - d->text));
      if (cut && *cut == ',' && (strcmp(d->ents[ent].pub.type, "person") || possessive || modifies) &&
          !(a->source_type && (!strcmp(a->source_type, "group") || !strcmp(a->source_type, "document")))) {
        size_t after = end + 1;
        while (after < s1 && d->text[after] == ' ') after++;
        const size_t comma_end = after;
        /* (past an honorific: "Hawker's husband, Dr. Tom Hawker,") */
        size_t hw = after;
        while (hw < s1 && isalpha((unsigned char)d->text[hw])) hw++;
        if (hw < s1 && d->text[hw] == '.') hw++;
        if (hw > after && hw + 1 < s1 && d->text[hw] == ' ' && ws_title_word(d->text + after, hw - after))
          after = hw + 1;
        for (size_t k = (size_t)(m - d->ments) + 1; k < d->nments && d->ments[k].b0 <= after; k++)
          if ((d->ments[k].b0 == after || d->ments[k].b0 == comma_end) && d->ments[k].b1 <= s1 &&
              (d->ments[k].b1 == s1 || d->text[d->ments[k].b1] == ','))
            end = d->ments[k].b1, appos = 1;
        /* (or a person named later in the appositive, after a role or a
         * place and no preposition: "Trump's running mate, Indiana Gov.
         * Mike Pence", "Clinton's introducer, actress Jamie Lee Curtis";
         * the name closes it, or "of" or a bracket follows) */
        for (size_t k = (size_t)(m - d->ments) + 1; !appos && k < d->nments && d->ments[k].b0 < s1; k++) {
          const ws_mention_rec *mk = &d->ments[k];
          if (mk->b0 <= comma_end) continue;
          if (memchr(d->text + comma_end, ',', mk->b0 - comma_end) || mk->b1 > s1) break;
          if (mk->entity < 0 || strcmp(d->ents[mk->entity].pub.type, "person")) continue;
          const char *t = d->text + mk->b1;
          size_t left = s1 - mk->b1;
          if (!(left == 0 || *t == ',' || (left > 2 && !memcmp(t, " (", 2)) ||
                (left > 4 && !memcmp(t, " of ", 4))) ||
              joins_others(d->text, comma_end, mk->b0) || joins_others(t, 0, left))
            break;
          end = mk->b1;
          appos = 1;
        }
      }
      for (size_t k = (size_t)(m - d->ments) + 1; k < d->nments && d->ments[k].b1 <= end; k++) {
        if (d->ments[k].entity < 0 || strcmp(d->ents[d->ments[k].entity].pub.type, "person"))
          continue;
        /* ("Fishers on Nova Scotia's South Shore": a name after a
         * preposition is where the head is, not the head) */
        if (!appos && seen_by(d->text, s0, d->ments[k].b0, is_spokes || is_anon, 1)) continue;
        /* "Obama aide David Axelrod": a person's name before a role and
         * another name is whom that one works for */
        ws_span role = {0, 0};
        int between = role_between(d->text, m->b1, d->ments[k].b0, &role);
        /* "Ward 7 Councillor Terry Wong", "District 4 Supervisor Jane
         * Kim": a name then a number names a district, whose member the
         * next name is */
        if (!between && !appos && numbered(d->text, m->b1, d->ments[k].b0)) {
          m = &d->ments[k];
          ent = m->entity;
          continue;
        }
        if (between || appos || strcmp(d->ents[ent].pub.type, "person")) {
          /* the one worked for is a person or an organisation, not a
           * place or a capitalised adjective ("Los Angeles-based") */
          const char *ty = d->ents[ent].pub.type;
          if (!first_org && (!between || !strcmp(ty, "person") || !strcmp(ty, "organization") ||
                             !strcmp(ty, "media")))
            first_org = d->ents[ent].pub.name;
          if (role.end > role.start)
            between_role = ws_arena_strndup(&d->arena, d->text + role.start, role.end - role.start);
          m = &d->ments[k];
          ent = m->entity;
        }
      }
    }
    /* "Health Canada spokesperson Mark Johnson", "the company's
     * spokesperson, Mark Johnson,": a named spokesperson is that person
     * (speaking for the organisation named first); "Trump spokesperson" is
     * whom it speaks for */
    int named_spokes = 0;
    const char *after_name = m ? past_post_nominal(d->text + m->b1, d->text + s1) : NULL;
    if (is_spokes && ent >= 0 && !strcmp(d->ents[ent].pub.type, "person") &&
        !(after_name + 1 < d->text + s1 && *after_name == ' ' && isalpha((unsigned char)after_name[1])) &&
        !spoken_for(d->text, s0, m->b0)) {
      is_spokes = 0;
      named_spokes = 1;
    }
    /* a name that only modifies the head ("Biden administration
     * officials", "Clinton's campaign") is whom they speak for */
    int modifier = 0;
    if (m && !is_spokes && !is_anon) {
      const char *rest = d->text + m->b1, *end = d->text + s1;
      /* "Northwind Energy Corp. (TSX: NWE), a producer": the name's own
       * period and a bracket after it modify nothing */
      if (rest < end && *rest == '.') rest++;
      while (rest < end && *rest == ' ') rest++;
      if (rest < end && *rest == '(') {
        const char *close = memchr(rest, ')', (size_t)(end - rest));
        if (close && close - rest < 40) rest = close + 1;
      }
      while (rest < end && *rest == ' ') rest++;
      /* (nor do a parliamentarian's letters: "Edward Mountain MSP,") */
      for (rest = past_post_nominal(rest, end); rest < end && *rest == ' ';) rest++;
      /* (not before a preposition: "Bob Casey | of Pennsylvania", "Ana
       * Ruiz | from the union" are the head) */
      static const char *const preps[] = {"of ", "from ", "in ", "at ", NULL};
      int prep = 0;
      for (int k = 0; preps[k] && !prep; k++)
        prep = (size_t)(end - rest) > strlen(preps[k]) && !strncmp(rest, preps[k], strlen(preps[k]));
      /* (the name heads the source: it opens it, or follows a title, a
       * capitalised word or a person's word, "political scientist Dossym
       * Satpayev in Almaty"; and it is no count, "Six in 10 voters") */
      if (prep) prep = name_heads(d, m, s0, ent);
      /* (nor a reflexive word that ends the source: "Sanders himself") */
      static const char *const self[] = {"himself", "herself", "itself", "themselves", NULL};
      int refl = 0;
      for (int k = 0; self[k] && !refl; k++)
        refl = (size_t)(end - rest) == strlen(self[k]) && !memcmp(rest, self[k], strlen(self[k]));
      modifier = rest < end && *rest != ',' && *rest != '(' && *rest != '-' &&
                 (unsigned char)*rest != 0xE2 && !prep && !refl;
    }
    char buf[320];
    if (ent >= 0 && (is_spokes || is_anon)) {
      const ws_entity_rec *e = &d->ents[ent];
      a->source_org = e->pub.name;
      if (is_spokes) {
        /* "A Scottish government spokeswoman", "a spokesperson for the
         * Ontario government": the body is the name and the common words
         * of an organisation right after it */
        size_t tail = owner_words(d->text, m->b1, s1);
        if (tail) {
          snprintf(buf, sizeof buf, "%s%.*s", e->pub.name, (int)tail, d->text + m->b1);
          a->source_org = ws_arena_strndup(&d->arena, buf, strlen(buf));
        }
        snprintf(buf, sizeof buf, "%s (spokesperson)", a->source_org);
        a->source_type = "spokesperson";
      } else {
        char head[64];
        head_word(a->source.text, head, sizeof head);
        snprintf(buf, sizeof buf, "anonymous %.*s %s", (int)(m->b1 - m->b0), d->text + m->b0,
                 strcmp(head, "anonymity") ? head : "source");
        a->source_type = "anonymous";
      }
      a->source_canonical = ws_arena_strndup(&d->arena, buf, strlen(buf));
      a->source_entity = ent;
    } else if (ent >= 0 && modifier) {
      /* a word of unknown kind seen once, capitalised only because it
       * opens the sentence (or follows a colon) or because a number
       * follows ("Exclusive: Internal report reveals", "A Grade 11
       * student"), is no one the source speaks for */
      const ws_entity_rec *e = &d->ents[ent];
      int label = m->b1 + 2 < s1 && d->text[m->b1] == ' ' && isdigit((unsigned char)d->text[m->b1 + 1]);
      int opens = m->sent_initial || (m->b0 >= 2 && !memcmp(d->text + m->b0 - 2, ": ", 2));
      if (!(!strcmp(e->pub.type, "unknown") && !strchr(e->pub.name, ' ') && e->pub.nmentions == 1 &&
            (opens || label)))
        a->source_org = e->pub.name;
      a->source_entity = ent;
    } else if (ent >= 0) {
      const ws_entity_rec *e = &d->ents[ent];
      a->source_canonical = e->pub.name;
      a->source_entity = ent;
      a->source_role = e->pub.role ? e->pub.role : between_role;
      if (between_role && !a->source_org) a->source_org = first_org;
      if (named_spokes) {
        a->source_role = "spokesperson";
        a->source_org = first_org;
        a->source_type = "person";
      }
      /* "Its managing director, Claire Hollins,": the organisation named
       * last before is the one she works for */
      if (!a->source_org && !strcmp(a->source_type, "person") &&
          (!strncmp(a->source.text, "Its ", 4) || !strncmp(a->source.text, "Their ", 6))) {
        int o = recent_entity(d, s0, "organization", NULL, 0, NULL);
        if (o >= 0 && o != ent) a->source_org = d->ents[o].pub.name;
      }
      /* the source's own words decide over the entity's guess when they
       * say more (a post, a document) */
      const char *t = a->source_type;
      /* (people the source counts by a group's word, "many Republicans",
       * "Turkish Americans", stay a group, whatever the entity) */
      int group = t && !strcmp(t, "group") && e->pub.name[0] &&
                  e->pub.name[strlen(e->pub.name) - 1] == 's';
      /* "Codelco said on Tuesday it had suspended operations at its
       * mine": a one-word name of no known kind that speaks of itself as
       * "it" is an organisation, not a person */
      if (!strcmp(e->pub.type, "unknown") && !strchr(e->pub.name, ' ') && self_as_it(&a->content) &&
          /* (an office is a person's: "The Chancellor ..., saying it
           * would drive entrepreneurs abroad" speaks of the tax) */
          !ws_title_word(e->pub.name, strlen(e->pub.name)))
        d->ents[ent].pub.type = "organization";
      if (!group && (!t || !strcmp(t, "person") || !strcmp(t, "unknown") ||
                     !strcmp(t, "organization") || !strcmp(t, "social") || !strcmp(t, "group")))
        a->source_type = strcmp(e->pub.type, "unknown") ? e->pub.type : (t ? t : "unknown");
      /* "Mexico said": a place speaks through its government */
      if (!strcmp(a->source_type, "place")) a->source_type = "organization";
      if (!strcmp(a->source_type, "media") || !strcmp(a->source_type, "person") ||
          !strcmp(a->source_type, "organization"))
        was_source[ent] = s0 + 1, last_speaker = ent, spoke[ent]++;
    } else if (ws_speaker_word_is(low, "relative") && mi > 0 && d->ments[mi - 1].entity >= 0 &&
               s0 - d->ments[mi - 1].b1 <= 3) {
      /* "Tom Reyes, who fished here, said": the name just before; but
       * "Sen. Bernie Sanders of Vermont, who": the person before the
       * place */
      int p = d->ments[mi - 1].entity;
      if (mi > 1 && !strcmp(d->ents[p].pub.type, "place") && d->ments[mi - 2].entity >= 0 &&
          !strcmp(d->ents[d->ments[mi - 2].entity].pub.type, "person")) {
        size_t g0 = d->ments[mi - 2].b1, g1 = d->ments[mi - 1].b0;
        if ((g1 - g0 == 4 && !memcmp(d->text + g0, " of ", 4)) ||
            (g1 - g0 == 6 && !memcmp(d->text + g0, " from ", 6)))
          p = d->ments[mi - 2].entity;
      }
      a->source_canonical = d->ents[p].pub.name;
      a->source_entity = p;
      a->source_type = strcmp(d->ents[p].pub.type, "unknown") ? d->ents[p].pub.type : "person";
    } else if (ws_speaker_word_is(low, "he_she") && oi > 0 &&
               anonymous_speaker(d, &d->attrs[order[oi - 1]], s0, pronoun_gender(low))) {
      /* "One nurse, who asked not to be named, says ..." then "'...,'
       * she said": the anonymous speaker just before, when no one has
       * been named since */
      take_speaker(a, &d->attrs[order[oi - 1]].pub);
    } else if (ws_speaker_word_is(low, "he_she")) {
      char g = pronoun_gender(low);
      int p = person_antecedent(d, s0, was_source, g, r, last_speaker, reported, spoke);
      if (p >= 0) {
        a->source_canonical = d->ents[p].pub.name;
        a->source_entity = p;
        was_source[p] = s0 + 1, last_speaker = p, spoke[p]++;
        /* "she" said it: the article's own evidence of her gender */
        if (!d->ents[p].gender) d->ents[p].gender = g, d->ents[p].gender_src = WS_GENDER_PRONOUN;
      }
      a->source_type = "person";
    } else if (ws_speaker_word_is(low, "it") && expletive_it(a)) {
      /* "It is understood that ...": nobody the text names, the writer's
       * unnamed sources */
      a->source_type = "anonymous";
    } else if (ws_speaker_word_is(low, "they") && named_pair(d, s0, &p1, &p2)) {
      /* "they" after two people named together is those two */
      const ws_mention_rec *x = &d->ments[p1], *y = &d->ments[p2];
      snprintf(buf, sizeof buf, "%s and %s", d->ents[x->entity].pub.name, d->ents[y->entity].pub.name);
      a->source_canonical = ws_arena_strndup(&d->arena, buf, strlen(buf));
      a->source_type = "group";
    } else if (ws_speaker_word_is(low, "they") || ws_speaker_word_is(low, "it")) {
      int p = near_entity(d, s0, ws_speaker_word_is(low, "they"));
      const ws_attr_rec *g = oi > 0 ? &d->attrs[order[oi - 1]] : NULL;
      if (g && ws_speaker_word_is(low, "they") && group_source_before(d, g, s0, p)) {
        /* "Nurses at Thunder Bay Regional say they are working double
         * shifts, and they warn ...": the group that spoke just before,
         * not the organisation named inside its own words */
        a->source_canonical = g->pub.source_canonical;
        a->source_entity = g->pub.source_entity;
        a->source_type = "group";
      } else if (p >= 0) {
        a->source_canonical = d->ents[p].pub.name;
        a->source_entity = p;
        a->source_type = plural_group(&d->ents[p]) ? "group" : d->ents[p].pub.type;
      } else if (g && ws_speaker_word_is(low, "it") && org_source_before(d, g, s0)) {
        /* "The pharmaceutical industry's main trade group said it was
         * disappointed. In a statement, it said ...": the organisation
         * that spoke just before, named by no entity */
        take_speaker(a, &g->pub);
      } else {
        a->source_type = ws_speaker_word_is(low, "it") ? "organization" : "group";
      }
    } else if ((!strncmp(low, "his ", 4) || !strncmp(low, "her ", 4)) && !m &&
               owned_word(low + 4)) {
      /* "her campaign", "his spokesman": the person "his" or "her" is
       * speaks through them; the campaign is that person's ("Marta
       * Kowalski's campaign", one identity with "the Kowalski campaign"
       * across a corpus), the spokesperson speaks for that person */
      int p = person_antecedent(d, s0, was_source, low[1] == 'i' ? 'm' : 'f', r, last_speaker,
                                reported, spoke);
      /* (a person by some evidence: a first name, a title, a gender) */
      if (p >= 0 && d->ents[p].personal) {
        const char *who = d->ents[p].pub.name;
        a->source_org = who;
        if (!strcmp(ws_source_type(low + 4), "spokesperson")) {
          snprintf(buf, sizeof buf, "%s (spokesperson)", who);
          a->source_type = "spokesperson";
        } else {
          snprintf(buf, sizeof buf, "%s's %s", who, low + 4);
        }
        a->source_canonical = ws_arena_strndup(&d->arena, buf, strlen(buf));
      }
    } else if (!strncmp(low, "the ", 4) &&
               (!strchr(low + 4, ' ') || described_business(a->source.text, low))) {
      /* "the source", "the group", "the agency": back to the last source
       * with that head, else the last organisation so called; "the
       * Norwegian lender", "the Toronto-based company" likewise */
      const char *head = strrchr(low + 4, ' ') ? strrchr(low + 4, ' ') + 1 : low + 4;
      int done = 0;
      /* "the spokesperson" after "A Department of Health and Social
       * Care spokesperson" (whose head the name's "of" hides) */
      for (size_t pj = oi; pj-- > 0 && !done && oi - pj <= 200 && ws_speaker_word_is(head, "spokesperson");) {
        const ws_attribution *b = &d->attrs[order[pj]].pub;
        if (b != a && b->source_type && !strcmp(b->source_type, "spokesperson") && b->source_canonical) {
          take_speaker(a, b);
          done = 1;
        }
      }
      for (size_t pj = oi; pj-- > 0 && !done && oi - pj <= 200;) {
        const ws_attribution *b = &d->attrs[order[pj]].pub;
        if (b != a && b->source.text && heads_include(b->source.text, head)) {
          take_speaker(a, b);
          done = 1;
        }
      }
      /* "the company" falls back on the last organisation of any name;
       * "the authority", "the council" only on one so called ("the
       * Halifax Port Authority") */
      int inst = !done && ws_speaker_word_is(head, "institution");
      if (!done && (inst || ws_speaker_word_is(head, "organization") || business(head))) {
        int p = recent_entity(d, s0, "organization", head, 0, NULL);
        if (p >= 0 && inst && !word_within(d->ents[p].pub.name, head)) p = -1;
        /* "Fjordbank will cut 1,200 jobs, the Norwegian lender said": a
         * business's word points back to a name of no known kind, named
         * more than once and lately, which is then a business */
        size_t at;
        if (p < 0 && business(head) && (p = recent_entity(d, s0, "unknown", NULL, 0, &at)) >= 0) {
          ws_entity_rec *e = &d->ents[p];
          if (e->pub.nmentions >= 2 && !strchr(e->pub.name, ' ') && s0 < d->ments[at].b0 + 600)
            e->pub.type = "organization";
          else
            p = -1;
        }
        if (p >= 0) {
          a->source_canonical = d->ents[p].pub.name;
          a->source_entity = p;
          a->source_type = "organization";
        }
      }
    }
    if (!a->source_canonical && a->source_entity < 0 && !m && !strchr(low, ' ') &&
        isupper((unsigned char)a->source.text[0]) && !pronoun_word(low)) {
      /* "Lane did not say": a surname that the tag lexicon also knows as
       * a common word ("lane", "young", "price") and that opens its
       * sentence makes no name mention; the one person of that surname
       * the article names is the source */
      int p = surname_entity(d, &surnames, a->source.text);
      if (p >= 0) {
        a->source_canonical = d->ents[p].pub.name;
        a->source_entity = p;
        a->source_type = "person";
        was_source[p] = s0 + 1, last_speaker = p, spoke[p]++;
      } else if (a->source_type && !strcmp(a->source_type, "person") &&
                 !name_kind_is(a->source.text, a->source.len, "person") &&
                 !ws_first_name_gender(a->source.text, a->source.len)) {
        /* else it is that common word ("Research has found", "Evidence
         * suggests"), no person */
        a->source_type = ws_source_type(low);
      }
    }
    if (!a->source_canonical && a->source_entity < 0) {
      /* "the minister", "the mayor" (or "minister" in a headline): the
       * person whose role ends with that title, the last one named
       * before, else the first named after */
      const char *w = !strncmp(low, "the ", 4) ? low + 4 : low;
      int p = strchr(w, ' ') || !ws_title_word(w, strlen(w)) ? -1 : role_entity(d, s0, w);
      if (p >= 0) {
        a->source_canonical = d->ents[p].pub.name;
        a->source_entity = p;
        a->source_type = "person";
      }
    }
    /* (or with no article, as headlines write it: "Indiana governor
     * endorses"; not "a judge", "another minister") */
    static const char *const dets[] = {"a", "an", "another", "one", "some", "any", "each",
                                       "every", "this", "that", "his", "her", "their", "its",
                                       "our", "my", "your", "no", NULL};
    int the = !strncmp(low, "the ", 4);
    if (!a->source_canonical && strchr(low + (the ? 4 : 0), ' ') && (the || !ws_text_word_in(low, strcspn(low, " "), dets)) &&
        (a->source_entity < 0 || strcmp(d->ents[a->source_entity].pub.type, "person"))) {
      /* "the Vermont senator", "the New Jersey governor": the person of
       * that title (in full or abbreviated: "Sen. Bernie Sanders"), and
       * where a capitalised word describes the title, the one it is
       * written next to ("Sanders of Vermont") */
      int p = epithet_entity(d, a->source.text + (the ? 4 : 0), s0, s1);
      if (p >= 0) {
        a->source_canonical = d->ents[p].pub.name;
        a->source_entity = p;
        a->source_type = "person";
        a->source_org = NULL;
        was_source[p] = s0 + 1, last_speaker = p, spoke[p]++;
      }
    }
    if (!a->source_canonical && oi > 0 && !strncmp(low, "the ", 4) &&
        (a->source_entity < 0 || strcmp(d->ents[a->source_entity].pub.type, "person"))) {
      /* "Pierre Poilievre, the Conservative leader, said ... The Tory
       * leader added": a title, with a word or two before it (a name
       * there, "Tory", only modifies it), whose word the previous
       * report's source holds is that source's person */
      static const char *const other[] = {"former", "other", "new", "outgoing", "incoming",
                                          "previous", "late", "acting", "deputy", "vice", NULL};
      const char *head = strrchr(low, ' ') + 1, *w = low + 4;
      int words = 1;
      for (const char *q = w; *q; q++) words += *q == ' ';
      /* (not "the former president", "the deputy leader": someone else) */
      for (int k = 0; other[k] && words; k++) words = word_within(w, other[k]) ? 0 : words;
      const ws_attribution *b = &d->attrs[order[oi - 1]].pub;
      if (words >= 2 && words <= 3 && ws_title_word(head, strlen(head)) && b->has_source &&
          b->source.text && b->source_entity >= 0 && b->source_type &&
          !strcmp(b->source_type, "person") && !strcmp(d->ents[b->source_entity].pub.type, "person") &&
          word_within(b->source.text, head)) {
        a->source_canonical = b->source_canonical;
        a->source_entity = b->source_entity;
        a->source_type = "person";
      }
    }
    if (!a->source_canonical && ws_speaker_word_is(low, "relative") && a->source_entity < 0) {
      /* "Tom Reyes, a fisherman who has worked here for years, argued" */
      int p = relative_antecedent(d, r->rel_at ? r->rel_at : s0, !strcmp(low, "who") || !strcmp(low, "whom"));
      if (p >= 0) {
        a->source_canonical = d->ents[p].pub.name;
        a->source_entity = p;
        if (strcmp(d->ents[p].pub.type, "unknown")) a->source_type = d->ents[p].pub.type;
      }
      /* "The union, which endorsed Clinton last month, said": a relative
       * word right after the comma of a source that holds it speaks as
       * that source does */
      for (size_t pj = oi; !a->source_canonical && pj-- > 0;) {
        const ws_attr_rec *o = &d->attrs[order[pj]];
        const ws_attribution *b = &o->pub;
        if (!b->source_canonical || !b->source.nspans || o->src_b[0].start + 2 > s0 ||
            o->src_b[b->source.nspans - 1].end < s1)
          continue;
        if (!memcmp(d->text + s0 - 2, ", ", 2)) take_speaker(a, b);
        break;
      }
    }
    if (!a->source_canonical && ws_speaker_word_is(low, "first_person")) {
      /* "I" inside a quotation is its speaker; "we", the speaker's side */
      int q = enclosing_speaker(d, order[oi], s0, s1);
      if (q >= 0) {
        const ws_attribution *b = &d->attrs[q].pub;
        int plural = low[0] == 'w' || low[0] == 'u' || low[0] == 'o';
        a->source_canonical = plural && b->source_org ? b->source_org : b->source_canonical;
        a->source_entity = plural && b->source_org ? -1 : b->source_entity;
        a->source_type = plural && b->source_org ? "organization" : b->source_type;
      }
      /* "I" outside any quotation is the one who writes: the author,
       * whom the article does not name (canonical stays null), unless
       * an interview's answer says whom (below); so is "we" there, the
       * writer's voice ("Each week we ask 30 political experts", "Yes,
       * we know that ..."), not a vague group of sources */
      if (q < 0 && !r->src_inq) a->source_type = "author";
    }
    if (!a->source_canonical && interview >= 0 && !r->src_inq) {
      /* an interview's "I" in an answer, and its "you" in a question ("Q:
       * You've been talking about ..."): the one questioned */
      char mark = interview_mark(d->text, s0);
      if (mark == 'A' ? a->source_type && !strcmp(a->source_type, "author")
                      : mark == 'Q' && !strcmp(low, "you")) {
        a->source_canonical = d->ents[interview].pub.name;
        a->source_entity = interview;
        a->source_type = "person";
      }
    }
    if (!a->source_canonical && a->source_entity < 0 && oi > 0 && is_spokes &&
        (!strncmp(low, "a ", 2) || !strncmp(low, "the ", 4))) {
      /* "Shropshire Council said ... A spokesperson added:": an unnamed
       * spokesperson right after an organisation's report speaks for it;
       * so does "a council spokesman" after "North Yorkshire Council"
       * (one word between, a word of the organisation's name; a word
       * that names an organisation of its own, "government", only as the
       * name's head, its last word or the one before "of": "a department
       * spokeswoman" after "the Department of Health", but not "a
       * government spokesman" after "the Local Government Association") */
      const ws_attribution *b = &d->attrs[order[oi - 1]].pub;
      const char *w1 = strchr(low, ' ') + 1, *w2 = strchr(w1, ' ');
      int fits = !w2;
      if (w2 && !strchr(w2 + 1, ' ') && b->source_canonical) {
        char org[256];
        ws_lex_norm(b->source_canonical, strlen(b->source_canonical), org, sizeof org);
        size_t wl = (size_t)(w2 - w1);
        char *save = NULL;
        for (char *o = strtok_r(org, " ", &save); o && !fits;) {
          char *next = strtok_r(NULL, " ", &save);
          fits = strlen(o) == wl && !memcmp(o, w1, wl) &&
                 (!next || !strcmp(next, "of") || strcmp(ws_source_word_type(o, wl), "organization"));
          o = next;
        }
      }
      if (fits && b->has_source && b->source_canonical && b->source_type &&
          !strcmp(b->source_type, "organization")) {
        snprintf(buf, sizeof buf, "%s (spokesperson)", b->source_canonical);
        a->source_canonical = ws_arena_strndup(&d->arena, buf, strlen(buf));
        a->source_org = b->source_canonical;
        a->source_entity = b->source_entity;
        a->source_type = "spokesperson";
      }
    }
    if (!a->source_canonical && a->source_entity < 0 && is_spokes) {
      /* "a spokesman for the company", "a spokeswoman for the force":
       * the organisation "the company" would be (see the one-word case
       * below: an institution's word only when the name holds it) */
      const char *w1 = strchr(low, ' '), *f = w1 ? strstr(w1 + 1, " for the ") : NULL;
      const char *head = f ? f + 9 : NULL;
      if (head && !strchr(head, ' ') && !memchr(w1 + 1, ' ', (size_t)(f - w1 - 1)) &&
          (!strncmp(low, "a ", 2) || !strncmp(low, "the ", 4))) {
        int inst = ws_speaker_word_is(head, "institution");
        int p = inst || ws_speaker_word_is(head, "organization")
                    ? recent_entity(d, s0, "organization", head, 0, NULL)
                    : -1;
        if (p >= 0 && inst && !word_within(d->ents[p].pub.name, head)) p = -1;
        if (p >= 0) {
          snprintf(buf, sizeof buf, "%s (spokesperson)", d->ents[p].pub.name);
          a->source_canonical = ws_arena_strndup(&d->arena, buf, strlen(buf));
          a->source_org = d->ents[p].pub.name;
          a->source_entity = p;
          a->source_type = "spokesperson";
        }
      }
    }
    if (!a->source_canonical &&
        (a->source_entity < 0 || strcmp(d->ents[a->source_entity].pub.type, "person"))) {
      int p = described_person(d, low, s0, last_speaker);
      if (p >= 0) {
        a->source_canonical = d->ents[p].pub.name;
        a->source_entity = p;
        a->source_org = NULL;
        a->source_type = "person";
      }
    }
    if (!a->source_canonical && a->source_entity < 0) {
      int p = aged_person(d, low, s0);
      if (p >= 0) {
        a->source_canonical = d->ents[p].pub.name;
        a->source_entity = p;
        a->source_type = "person";
      }
    }
    if (!a->source_canonical && a->source_entity < 0 && person_description(low)) {
      int p = sentence_subject(d, s0, strrchr(low, ' ') + 1);
      if (p >= 0 && !gender_clash(low, d->ents[p].gender)) {
        a->source_canonical = d->ents[p].pub.name;
        a->source_entity = p;
        a->source_type = "person";
      }
    }
    if (!a->source_canonical && a->source_entity < 0 && oi > 0 && person_description(low)) {
      /* "That's how Bob Lindqvist describes it. The 58-year-old welder
       * says ...": a description of a person right after a named
       * person's attribution is that person */
      const ws_attribution *b = &d->attrs[order[oi - 1]].pub;
      /* ...unless that person spoke of "the victim" ("Prosecutor Emma
       * Lyons told the court the victim had trusted him. ... The victim
       * said"): then it is the one spoken of */
      if (b->has_source && b->source_entity >= 0 && b->source_type &&
          !strcmp(b->source_type, "person") &&
          !strcmp(d->ents[b->source_entity].pub.type, "person") &&
          !gender_clash(low, d->ents[b->source_entity].gender) &&
          !(b->content.text && word_within(b->content.text, strrchr(low, ' ') + 1))) {
        a->source_canonical = b->source_canonical;
        a->source_entity = b->source_entity;
        a->source_type = "person";
      }
    }
    static const char *const modals[] = {"might", "may", "can", "could", "would", "should",
                                         "must", "will", "feels", "thinks", NULL};
    if (!a->source_canonical && a->source_entity < 0 && !strcmp(low, "one") && a->cue.text &&
        !ws_text_word_in(a->cue.text, strcspn(a->cue.text, " "), modals)) {
      /* "Some Conservative MPs have privately argued ... One told the
       * Guardian", "Other parents took to Facebook, with one writing":
       * one of the group the attribution before names, or of the plural
       * noun phrase that opens the sentence; unnamed, so anonymous */
      const ws_attr_rec *br = oi > 0 ? &d->attrs[order[oi - 1]] : NULL;
      const ws_attribution *b = br ? &br->pub : NULL;
      char buf[160];
      buf[0] = 0;
      if (b && b->has_source && b->source.nspans && b->source_canonical && b->source_type &&
          !strcmp(b->source_type, "group") && s0 >= br->src_b[0].start &&
          s0 - br->src_b[0].start < 400 && plural_words(b->source_canonical))
        snprintf(buf, sizeof buf, "one of %s", b->source_canonical);
      else if (opening_plural(d->text, s0, buf + 7, sizeof buf - 7))
        memcpy(buf, "one of ", 7);
      if (buf[0]) {
        a->source_canonical = ws_arena_strndup(&d->arena, buf, strlen(buf));
        if (!a->source_canonical) {
          rc = -1;
          break;
        }
        a->source_type = "anonymous";
      }
    }
    if (!a->source_canonical && a->source_entity < 0 && oi > 0 && !strcmp(low, "another")) {
      /* "One EU diplomat ... said ... Another said": a second of the
       * kind the attribution before named with "one" or "a", its own
       * speaker (never that one's entity) */
      const ws_attribution *b = &d->attrs[order[oi - 1]].pub;
      const char *bc = b->has_source ? b->source_canonical : NULL;
      size_t skip = bc ? indefinite_opening(bc) : 0;
      if (skip && b->source_type &&
          (!strcmp(b->source_type, "anonymous") || !strcmp(b->source_type, "person"))) {
        char buf[256];
        snprintf(buf, sizeof buf, "another %s", bc + skip);
        a->source_canonical = ws_arena_strndup(&d->arena, buf, strlen(buf));
        a->source_type = b->source_type;
        a->source_org = b->source_org;
      }
    }
    /* a sentence-initial "That" or "This" taken for a name is no speaker */
    if (a->source_canonical) {
      char cl[64];
      ws_lex_norm(a->source_canonical, strlen(a->source_canonical), cl, sizeof cl);
      if (names_nobody(cl)) a->source_canonical = NULL, a->source_entity = -1;
    }
    if (!a->source_canonical && a->source_entity < 0 && r->rel_b1 > r->rel_b0) {
      /* "voters who want", "the lower courts, which": no name before the
       * relative word, so the noun phrase it hangs on speaks; its kind
       * from its words, else a plural or a number ("30 percent") is a
       * group and "who" a person */
      size_t nb = r->rel_b1 - r->rel_b0;
      char *np = ws_arena_strndup(&d->arena, d->text + r->rel_b0, nb);
      if (!np) {
        rc = -1;
        break;
      }
      const char *t = ws_source_type(np);
      if (!strcmp(t, "person") || !strcmp(t, "unknown"))
        t = np[nb - 1] == 's' || strpbrk(np, "0123456789") ? "group"
            : !strcmp(low, "who")                         ? "person"
                                                          : "unknown";
      a->source_canonical = group_name(d, &capitals, t, np, r->rel_b0); /* "Voters who" */
      a->source_type = t;
      if (!a->source_canonical) {
        rc = -1;
        break;
      }
    }
    const char *bare = !strncmp(low, "the ", 4) ? low + 4 : low; /* "the other" */
    if (!a->source_canonical && names_nobody(bare)) {
      /* unresolved; an indefinite word is a vague group whatever its
       * case ("Both said", "another argued", "no one believes") */
      if (ws_speaker_word_is(bare, "indefinite")) a->source_type = "group";
      continue;
    }
    if (!a->source_canonical) {
      const char *t = strip_article(a->source.text);
      /* no trailing comma or period from the span; the whole span, NULs
       * included, with control characters folded to spaces */
      size_t tl = a->source.len - (size_t)(t - a->source.text);
      while (tl && strchr(",.;: ", t[tl - 1])) tl--;
      /* "One emergency nurse, who" (the tagger stopped at the relative
       * word), "One consultant, who asked not to be named": the
       * description without the relative clause */
      static const char *const rel[] = {", who", ", which", ", that", NULL};
      for (int k = 0; rel[k]; k++) {
        size_t rl = strlen(rel[k]);
        for (size_t at = 3; at + rl <= tl; at++)
          if (!memcmp(t + at, rel[k], rl) && (at + rl == tl || t[at + rl] == ' ')) {
            tl = at;
            break;
          }
      }
      /* "The company, in a filing with the SEC,": nor a phrase set off
       * after the head */
      for (size_t at = 3; at + 2 < tl; at++)
        if (set_off_adjunct(t + at)) {
          tl = at;
          break;
        }
      /* "The report, seen by the Observer", "a report shared with CBC":
       * nor a participle's clause */
      for (size_t at = 3; at + 4 < tl; at++) {
        if (t[at] == ',' && t[at + 1] == ' ' && participle(t + at + 2, tl - at - 2)) {
          tl = at;
          break;
        }
        if (t[at] == ' ' && ws_received(t + at + 1, tl - at - 1)) {
          tl = at;
          break;
        }
      }
      /* "The province's largest teachers' union, the Fédération autonome
       * de l'enseignement,": a description, then the name in apposition
       * (one no mention holds: lower-case words inside) is the speaker */
      for (size_t k = 3; k + 7 < tl; k++) {
        /* (the description in lower case after its first letter, the
         * name one phrase) */
        if (isupper((unsigned char)t[k]) || t[k] == ',') {
          if (memcmp(t + k, ", the ", 6) || memchr(t + k + 6, ',', tl - k - 6)) break;
          if (isupper((unsigned char)t[k + 6]) ||
              ((unsigned char)t[k + 6] == 0xC3 && (unsigned char)t[k + 7] >= 0x80 &&
               (unsigned char)t[k + 7] <= 0x9E)) {
            t += k + 6;
            tl -= k + 6;
          }
          break;
        }
      }
      /* where t starts in the text, when it is the source's own bytes */
      size_t at = a->source.nspans == 1 && t >= a->source.text && t < a->source.text + a->source.len
                      ? r->src_b[0].start + (size_t)(t - a->source.text)
                      : SIZE_MAX;
      size_t ctl = 0;
      for (size_t k = 0; k < tl; k++) ctl += (unsigned char)t[k] < 0x20;
      /* a tabloid's capitals that name no one ("A GRIEVING mum": no
       * mention holds it) are lower case in the description */
      size_t caps = tabloid_caps(d, r, t, tl);
      if (ctl || caps || tl != strlen(t)) {
        char *c = ws_arena_alloc(&d->arena, tl + 1);
        if (!c) {
          rc = -1;
          break;
        }
        for (size_t k = 0; k < tl; k++) c[k] = (unsigned char)t[k] < 0x20 ? ' ' : t[k];
        for (size_t k = 0; k < caps; k++) c[k] = (char)(c[k] + 32); /* all A-Z */
        t = c;
      }
      t = group_name(d, &capitals, a->source_type, t, at);
      a->source_canonical = t;
      /* "Mark Blumenthal and Jon Cohen", "Clinton and husband Bill": two
       * named together are a group, as "they" after them is */
      if (a->source_type && !strcmp(a->source_type, "person") && names_pair(t)) a->source_type = "group";
      /* "Analysts at Morgan Stanley": described people at a named place
       * of work, which is their organisation */
      for (size_t k = ment_before(d, s0); !a->source_org && k < d->nments && d->ments[k].b0 < s1;
           k++) {
        const ws_mention_rec *mk = &d->ments[k];
        size_t e = mk->b0;
        if (mk->entity < 0) continue; /* (one works at a firm, whatever its name looks like) */
        if (e >= s0 + 4 && !strncasecmp(d->text + e - 4, "the ", 4)) e -= 4;
        if (e >= s0 + 4 && !strncasecmp(d->text + e - 4, " at ", 4)) {
          a->source_org = d->ents[mk->entity].pub.name;
          /* "Scholars at the Peterson Institute" are a group */
          size_t h = e - 4;
          if (a->source_type && !strcmp(a->source_type, "person") && h > s0 + 3 &&
              d->text[h - 1] == 's' && d->text[h - 2] != 's' && d->text[h - 2] != '\'')
            a->source_type = "group";
        }
      }
    }
    if (!a->source_canonical) rc = -1;
  }
  /* genders, for persons only, from the evidence gathered above */
  for (size_t i = 0; i < d->nents; i++) {
    ws_entity_rec *e = &d->ents[i];
    e->pub.gender = strcmp(e->pub.type, "person") ? NULL
                    : e->gender == 'f'            ? "female"
                    : e->gender == 'm'            ? "male"
                                                  : "unknown";
  }
  for (size_t i = 0; i < d->nattrs; i++) {
    ws_attribution *a = &d->attrs[i].pub;
    int person = a->has_source && a->source_type && !strcmp(a->source_type, "person");
    a->source_gender = !person ? NULL
                       : a->source_entity >= 0 && (size_t)a->source_entity < d->nents &&
                                 d->ents[a->source_entity].pub.gender
                           ? d->ents[a->source_entity].pub.gender
                           : "unknown";
  }
  ws_free(was_source);
  ws_free(reported);
  ws_free(spoke);
  ws_free(order);
  ws_lex_release(&capitals);
  ws_lex_release(&surnames);
  return rc;
}

