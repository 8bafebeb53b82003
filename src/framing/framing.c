/* framing.c — how the writer frames sources: loaded descriptors applied
 * to people and organisations, scare quotes, recipients and second-hand
 * sourcing, and the per-document sourcing profile.
 *
 * Loaded words come from data/loaded-words.tsv (ours) and
 * data/mbic-bias-words.txt (MBIC, Apache-2.0), matched in the writer's
 * voice only (outside quotation marks).  A descriptor's target is found
 * from the sentence's shape: a copula ("X is a radical group"), an
 * apposition ("X, a radical group,"), a following name ("leftist
 * activist Jo Smith"), or, for an indefinite description of an
 * organisation ("a leftist organization"), the next organisation the
 * article names that the sentence does not already name. */
#include "framing.h"
#include "../speakers/speakers.h"
#include "../speakers/mentions.h"
#include "../util/lexicon.h"

#include <stdio.h>
#include <stdlib.h>

WS_DATA(loaded_words);
WS_DATA(mbic_bias_words);

static ws_lex loaded;
static ws_once once = WS_ONCE_INIT;

static int index_forms(void);

static ws_status load(ws_error *err) {
  /* our list first: its categories win over MBIC's */
  if (ws_lex_load_tsv_or(&loaded, ws_data_loaded_words, ws_data_loaded_words_len, 0, "") ||
      ws_lex_load_tsv_or(&loaded, ws_data_mbic_bias_words, ws_data_mbic_bias_words_len, 0, "mbic") ||
      index_forms())
    return ws_load_nomem(err, "loaded-word lists");
  return WS_OK;
}

ws_status ws_framing_ready(ws_error *err) { return ws_once_run(&once, load, err); }


/* Every form a list word may take — itself, then regular inflections
 * (-s, -es, -ed, -d, -ing, -ly, -ally, y -> ies/ied/ily, doubled final
 * consonant) — indexed by the hash tokens carry (ws_token.norm), so a
 * token costs one probe.  Built once with the lists. */
typedef struct form {
  uint32_t h;
  const ws_lex_entry *e;
} form;
static form *forms;
static size_t forms_mask;

static void put_form(const char *w, size_t n, const ws_lex_entry *e) {
  uint32_t h = ws_norm_hash(w, n);
  if (!h) h = 1;
  size_t i = h & forms_mask;
  while (forms[i].h && forms[i].h != h) i = (i + 1) & forms_mask;
  if (!forms[i].h) forms[i] = (form){h, e}; /* the first form wins */
}

/* 0, or -1 when out of memory */
static int index_forms(void) {
  size_t cap = 16;
  while (cap < loaded.n * 16) cap *= 2;
  forms = ws_calloc(cap, sizeof *forms);
  if (!forms) return -1;
  forms_mask = cap - 1;
  for (int pass = 0; pass < 2; pass++)
    for (size_t s = 0; s < loaded.cap; s++) {
      const ws_lex_entry *e = &loaded.slots[s];
      if (!e->key) continue;
      size_t n = strlen(e->key);
      if (pass == 0) {
        put_form(e->key, n, e);
        continue;
      }
      char w[160];
      if (n > 120) continue;
      static const char *const suf[] = {"s", "es", "ed", "d", "ing", "ly", "ally"};
      for (size_t k = 0; k < sizeof suf / sizeof suf[0]; k++) {
        int l = snprintf(w, sizeof w, "%s%s", e->key, suf[k]);
        put_form(w, (size_t)l, e);
      }
      char last = e->key[n - 1];
      if (last == 'e') {
        int l = snprintf(w, sizeof w, "%.*sing", (int)n - 1, e->key);
        put_form(w, (size_t)l, e);
      }
      if (last == 'y') {
        static const char *const ys[] = {"ies", "ied", "ily"};
        for (int k = 0; k < 3; k++) {
          int l = snprintf(w, sizeof w, "%.*s%s", (int)n - 1, e->key, ys[k]);
          put_form(w, (size_t)l, e);
        }
      }
      if (n >= 3 && !strchr("aeiouyw", last) && strchr("aeiou", e->key[n - 2])) {
        int l = snprintf(w, sizeof w, "%s%ced", e->key, last);
        put_form(w, (size_t)l, e);
        l = snprintf(w, sizeof w, "%s%cing", e->key, last);
        put_form(w, (size_t)l, e);
      }
    }
  return 0;
}

static const ws_lex_entry *lookup(const ws_token *t) {
  uint32_t h = t->norm ? t->norm : 1;
  for (size_t i = h & forms_mask; forms[i].h; i = (i + 1) & forms_mask)
    if (forms[i].h == h) return forms[i].e;
  return NULL;
}

static int is_noun(const ws_token *t) {
  return t->pos == WS_POS_NN || t->pos == WS_POS_NNS ||
         (t->pos == WS_POS_UNK && t->kind == WS_TK_WORD && !(t->flags & WS_TF_CAP));
}

static const char *mention_text(ws_doc *d, const ws_tokens *tk, size_t t0, size_t t1) {
  /* a leading "The" is not part of the name */
  if (t1 - t0 > 1 && ws_word_is(d->text, &tk->v[t0], "the")) t0++;
  return ws_arena_strndup(&d->arena, d->text + tk->v[t0].b0, tk->v[t1 - 1].b1 - tk->v[t0].b0);
}

static int is_org_noun(const char *text, const ws_token *t) {
  static const char *const w[] = {"organization", "organisation", "group", "groups",
                                  "organizations", "outfit", "network", "coalition",
                                  "movement", "party", "association", "outlet", NULL};
  for (int k = 0; w[k]; k++)
    if (ws_word_is(text, t, w[k])) return 1;
  return 0;
}

static int is_copula(const char *text, const ws_token *t) {
  static const char *const w[] = {"is", "was", "are", "were", "remains", "became",
                                  "becomes", "be", "been", NULL};
  for (int k = 0; w[k]; k++)
    if (ws_word_is(text, t, w[k])) return 1;
  return 0;
}

static int push_frame(ws_doc *d, ws_frames *f, const ws_tokens *tk, size_t t0,
                      size_t t1, const char *trigger, const char *cat,
                      const char *target) {
  ws_frame_rec *v = ws_grow(f->v, &f->cap, f->n, sizeof *v, 16);
  if (!v) return -1;
  f->v = v;
  ws_frame_rec *r = &f->v[f->n];
  memset(r, 0, sizeof *r);
  ws_span b = {tk->v[t0].b0, tk->v[t1 - 1].b1}, c = {tk->v[t0].c0, tk->v[t1 - 1].c1};
  if (ws_part_set(d, &r->pub.part, &r->bspans, &b, &c, 1)) return -1;
  r->pub.trigger = trigger;
  r->pub.category = cat;
  r->pub.target = target;
  r->pub.attribution = -1;
  f->n++;
  return 0;
}

/* first mention with t0 >= t (mentions are in order, disjoint) */
static int men_before(const void *key, const void *elem) {
  return ((const ws_name_run *)elem)->t0 < *(const size_t *)key;
}
static size_t men_lower(const ws_name_run *men, size_t nmen, size_t t) {
  return ws_lower_bound(men, nmen, sizeof *men, &t, men_before);
}

/* the mention ending just before token t, or NULL */
static const ws_name_run *men_ending(const ws_name_run *men, size_t nmen, size_t t) {
  size_t k = men_lower(men, nmen, t);
  return k > 0 && men[k - 1].t1 == t ? &men[k - 1] : NULL;
}

/* the target of a descriptor whose phrase is tokens [p0, p1), its
 * determiner (if any) at p0 - 1 */
static const char *descriptor_target(ws_doc *d, const ws_tokens *tk, const size_t *sent,
                                     const ws_name_run *men, size_t nmen, size_t p0, size_t p1) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t det = p0;
  while (det > 0 && (v[det - 1].pos == WS_POS_DT || v[det - 1].pos == WS_POS_JJ ||
                     v[det - 1].pos == WS_POS_RB) && !(v[det].flags & WS_TF_SENT))
    det--;
  const ws_name_run *m;
  /* X is a radical group */
  if (det > 1 && is_copula(text, &v[det - 1]) && sent[det - 1] == sent[p0] &&
      (m = men_ending(men, nmen, det - 1)) && m->sent == sent[p0])
    return mention_text(d, tk, m->t0, m->t1);
  /* X, a radical group, */
  if (det > 1 && v[det - 1].kind == WS_TK_PUNCT && text[v[det - 1].b0] == ',' &&
      (m = men_ending(men, nmen, det - 1)))
    return mention_text(d, tk, m->t0, m->t1);
  /* leftist activist Jo Smith */
  size_t k = men_lower(men, nmen, p1);
  if (k < nmen && men[k].t0 == p1) return mention_text(d, tk, men[k].t0, men[k].t1);
  /* a leftist organization ... : the next organisation named in the next
   * three sentences that this sentence does not name (nor abbreviate) */
  int indefinite = det < p0 && (ws_word_is(text, &v[det], "a") || ws_word_is(text, &v[det], "an"));
  if (indefinite && is_org_noun(text, &v[p1 - 1])) {
    size_t here = men_lower(men, nmen, p0);
    while (here > 0 && men[here - 1].sent == sent[p0]) here--;
    for (; k < nmen && men[k].sent <= sent[p0] + 3; k++) {
      if (men[k].sent <= sent[p0]) continue;
      int named_here = 0;
      for (size_t j = here; j < nmen && men[j].sent == sent[p0] && !named_here; j++)
        named_here = ws_same_name(text, tk, &men[j], &men[k]);
      if (named_here || men[k].t1 - men[k].t0 < 2) continue;
      return mention_text(d, tk, men[k].t0, men[k].t1);
    }
  }
  return NULL;
}

/* Which attribution of the block holds bytes [b0, b1): its index when a
 * content does (a partial quote), -2 when a source does, -1 when none
 * (the writer's own words: a scare quote). */
static long inside_attr(const ws_doc *d, size_t first, size_t b0, size_t b1) {
  long in = -1;
  size_t best = (size_t)-1;
  for (size_t k = first; k < d->nattrs; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    for (size_t f = 0; f < r->pub.content.nspans; f++)
      if (r->con_b[f].start <= b0 && b1 <= r->con_b[f].end &&
          r->con_b[f].end - r->con_b[f].start < best) { /* the innermost content */
        in = (long)k;
        best = r->con_b[f].end - r->con_b[f].start;
      }
    if (in < 0 && r->pub.has_source && r->src_b[0].start <= b0 && b1 <= r->src_b[0].end) in = -2;
  }
  return in;
}

typedef struct hit {
  size_t tok;
  const ws_lex_entry *e;
} hit;

int ws_framing_block(ws_doc *d, const ws_tokens *tk, const ws_block *b, size_t first_attr) {
  if (ws_framing_ready(NULL) != WS_OK) return -1;
  size_t n = tk->n;
  if (!n) return 0;
  const char *text = d->text;
  const ws_token *v = tk->v;
  const size_t *sent = b->sent;
  const ws_name_run *men = b->men;
  size_t nmen = b->nmen;
  uint8_t *scare = NULL;
  hit *hits = NULL;
  int rc = -1;
  /* scare quotes first: their words are the writer's, not a source's */
  scare = ws_calloc(n, 1);
  if (!scare) goto done;
  for (size_t i = 0; i < n; i++) {
    if (!(v[i].flags & WS_TF_QOPEN) || v[i].kind != WS_TK_QUOTE) continue;
    /* the marks pair by kind: "..." or (UK) '...' */
    uint16_t sq = v[i].flags & WS_TF_SQ;
    size_t j = i + 1, words = 0;
    while (j < n && !(v[j].kind == WS_TK_QUOTE && (v[j].flags & WS_TF_QCLOSE)) &&
           !(v[j].flags & WS_TF_PARA) && j - i <= 6) {
      words += v[j].kind == WS_TK_WORD;
      j++;
    }
    if (j >= n || !(v[j].flags & WS_TF_QCLOSE) || (v[j].flags & WS_TF_SQ) != sq || !words ||
        words > 4)
      continue;
    long in = inside_attr(d, first_attr, v[i].b0, v[j].b1);
    if (in == -2) {
      i = j; /* inside a source's name */
      continue;
    }
    if (in >= 0) {
      /* a partial quote: the source's own words inside reported speech
       * ("called the plan 'reckless'") */
      if (push_frame(d, &d->partial, tk, i, j + 1, NULL, "partial", NULL)) goto done;
      d->partial.v[d->partial.n - 1].pub.attribution = (int)in;
      i = j;
      continue;
    }
    const char *target = NULL;
    if (j + 1 < n && is_noun(&v[j + 1]))
      target = ws_arena_strndup(&d->arena, text + v[j + 1].b0, v[j + 1].b1 - v[j + 1].b0);
    if (push_frame(d, &d->scare, tk, i, j + 1, NULL, "scare", target)) goto done;
    memset(scare + i, 1, j + 1 - i);
    i = j;
  }
  /* loaded words in the writer's voice: outside quotations, or inside
   * scare quotes.  From the broad lists (negative, mbic) only words that
   * describe or act count, not nouns: "violence", "crisis" or "debt" name
   * what a story is about more often than they judge anyone. */
  hits = ws_malloc(n * sizeof *hits);
  if (!hits) goto done;
  size_t nh = 0;
  for (size_t i = 0; i < n; i++) {
    const ws_token *t = &v[i];
    if (t->kind != WS_TK_WORD || ((t->flags & WS_TF_INQ) && !scare[i]) || t->len < 3) continue;
    const ws_lex_entry *e = lookup(t);
    if (!e) continue;
    /* a capitalised word inside a sentence is a name, unless the list
     * calls it a label (Marxist, Islamist) */
    if ((t->flags & WS_TF_CAP) && !(t->flags & WS_TF_SENT) && strcmp(e->a, "label") != 0)
      continue;
    hits[nh++] = (hit){i, e};
  }
  for (size_t h = 0; h < nh; h++) {
    size_t i = hits[h].tok;
    const ws_lex_entry *e = hits[h].e;
    int broad = !strcmp(e->a, "negative") || !strcmp(e->a, "mbic") || !strcmp(e->a, "event") ||
                !strcmp(e->a, "positive");
    if (broad && (v[i].pos == WS_POS_NN || v[i].pos == WS_POS_NNS)) continue;
    /* the phrase: the word and the nouns it modifies */
    size_t p1 = i + 1;
    while (p1 < n && p1 - i <= 3 && is_noun(&v[p1]) && !(v[p1].flags & WS_TF_SENT)) p1++;
    const char *target = descriptor_target(d, tk, sent, men, nmen, i, p1);
    char *trig = ws_arena_strndup(&d->arena, text + v[i].b0, v[i].b1 - v[i].b0);
    if (!trig || push_frame(d, &d->loaded, tk, i, p1, trig, e->a, target)) goto done;
  }
  /* recipients: "told the Post" */
  for (size_t k = first_attr; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.cue_lemma || strcmp(r->pub.cue_lemma, "tell") != 0) continue;
    size_t j = ws_tok_lower(tk, r->cue_b[0].end), e = j;
    if (e < n && v[e].pos == WS_POS_DT) e++;
    while (e < n && e - j < 5 && v[e].kind == WS_TK_WORD && !(v[e].flags & WS_TF_INQ) &&
           (ws_is_cap_word(&v[e]) || v[e].pos == WS_POS_NNS || v[e].pos == WS_POS_NN) &&
           !ws_word_is(text, &v[e], "that"))
      e++;
    if (e == j || (e == j + 1 && v[j].pos == WS_POS_DT)) continue;
    r->pub.recipient = ws_arena_strndup(&d->arena, text + v[j].b0, v[e - 1].b1 - v[j].b0);
    if (!r->pub.recipient) goto done;
    r->pub.recipient_type = ws_source_type(r->pub.recipient);
  }
  rc = 0;
done:
  ws_free(scare);
  ws_free(hits);
  return rc;
}

void ws_framing_second_hand(ws_doc *d) {
  for (size_t k = 0; k < d->nattrs; k++) {
    ws_attribution *a = &d->attrs[k].pub;
    int via_media = a->parent >= 0 && (size_t)a->parent < d->nattrs &&
                    d->attrs[a->parent].pub.source_type &&
                    strcmp(d->attrs[a->parent].pub.source_type, "media") == 0;
    a->second_hand = via_media || (a->source_type && strcmp(a->source_type, "media") == 0) ||
                     (a->recipient_type && strcmp(a->recipient_type, "media") == 0);
  }
}

size_t ws_doc_loaded_count(const ws_doc *d) { return d->loaded.n; }
const ws_frame_item *ws_doc_loaded(const ws_doc *d, size_t i) {
  return i < d->loaded.n ? &d->loaded.v[i].pub : NULL;
}
size_t ws_doc_partial_count(const ws_doc *d) { return d->partial.n; }
const ws_frame_item *ws_doc_partial(const ws_doc *d, size_t i) {
  return i < d->partial.n ? &d->partial.v[i].pub : NULL;
}

size_t ws_doc_scare_count(const ws_doc *d) { return d->scare.n; }
const ws_frame_item *ws_doc_scare(const ws_doc *d, size_t i) {
  return i < d->scare.n ? &d->scare.v[i].pub : NULL;
}

void ws_doc_profile(const ws_doc *d, ws_profile *p) {
  memset(p, 0, sizeof *p);
  for (size_t k = 0; k < d->nattrs; k++) {
    const ws_attribution *a = &d->attrs[k].pub;
    p->attributions++;
    switch (a->has_source && a->source_type ? ws_attribution_source_kind(a) : WS_SOURCE_NONE) {
    case WS_SOURCE_NONE: p->no_source++; break;
    case WS_SOURCE_PERSON:
    case WS_SOURCE_ORGANIZATION:
    case WS_SOURCE_SPOKESPERSON: p->named++; break;
    case WS_SOURCE_ANONYMOUS: p->anonymous++; break;
    case WS_SOURCE_GROUP: p->group++; break;
    case WS_SOURCE_MEDIA: p->media++; break;
    case WS_SOURCE_DOCUMENT: p->document++; break;
    case WS_SOURCE_SOCIAL: p->social++; break;
    default: p->other++; break;
    }
    p->second_hand += a->second_hand != 0;
    ws_content_kind k = ws_attribution_content_kind(a);
    if (k == WS_CONTENT_DIRECT) p->direct++;
    else if (k == WS_CONTENT_MIXED) p->mixed++;
    else p->indirect++;
    if (a->cue_class) p->cue_class[ws_cue_class_index(a->cue_class)]++;
  }
}
