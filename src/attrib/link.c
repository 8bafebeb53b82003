/* link.c — from labelled tokens to attribution records.
 *
 * Each cue run becomes one attribution.  Each content run joins the
 * nearest cue, preferring its own sentence, then its paragraph, then a
 * cue closing the paragraph before (a colon introducing a block quote);
 * several runs that join one cue make a discontinuous content ("...," she
 * said. "..."). Each cue takes the nearest source run in its sentence. */
#include "tagger.h"
#include "../util/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct run {
  int type;        /* 'S', 'C', 'T' */
  size_t t0, t1;   /* tokens [t0, t1) */
  int cue;         /* content: the cue it joins; cue: its source */
} run;

static int label_type(int l) {
  switch (l) {
    case WS_L_BS: case WS_L_IS: return 'S';
    case WS_L_BC: case WS_L_IC: return 'C';
    case WS_L_BT: case WS_L_IT: return 'T';
  }
  return 0;
}

static int is_begin(int l) {
  return l == WS_L_BS || l == WS_L_BC || l == WS_L_BT;
}

/* cost of linking a run at [a0,a1) to a cue at [c0,c1) */
static long link_cost(const size_t *sent, const size_t *para, const run *a,
                      const run *c, const ws_tokens *tk, const char *text) {
  size_t near_a, near_c, gap;
  if (a->t1 <= c->t0) {
    near_a = a->t1 - 1;
    near_c = c->t0;
    gap = c->t0 - a->t1;
  } else {
    near_a = a->t0;
    near_c = c->t1 - 1;
    gap = a->t0 >= c->t1 ? a->t0 - c->t1 : 0;
  }
  long cost = (long)gap;
  if (sent[near_a] != sent[near_c]) cost += 200;
  if (para[near_a] != para[near_c]) {
    /* only a cue ending its paragraph with ':' (or followed by one), or a
     * quotation that opens the next paragraph (continue_quotes), reaches
     * into the next paragraph */
    if (a->t0 < c->t1 || para[near_a] != para[near_c] + 1) return -1;
    if (a->type == 'T' && (tk->v[a->t0].flags & WS_TF_CONT)) return (long)gap + 2000;
    size_t last = c->t1 - 1;
    int colon = text[tk->v[last].b0] == ':' ||
                (c->t1 < tk->n && text[tk->v[c->t1].b0] == ':');
    if (!colon) return -1;
    /* ... and the colon ends the paragraph: 'A spokesman said: "..."' has
     * its content, and no run of the next paragraph is its */
    size_t k = c->t1 + (c->t1 < tk->n && text[tk->v[c->t1].b0] == ':');
    if (k < tk->n && para[k] == para[last]) return -1;
    cost += 2000;
  }
  return cost;
}


static int is_subordinator(const char *text, const ws_token *t) {
  static const char *const w[] = {"when", "after", "before", "if", "once", "while",
                                  "until", "unless", "though", "although", NULL};
  return ws_word_in(text, t, w);
}

/* Tokens [from, to) claimed by nothing and inside one sentence. */
static int only_free(const ws_tokens *tk, size_t from, size_t to) {
  for (size_t i = from; i < to; i++)
    if (tk->v[i].label != WS_L_O || (tk->v[i].flags & WS_TF_SENT)) return 0;
  return 1;
}

static int is_comma(const char *text, const ws_token *t) {
  return t->kind == WS_TK_PUNCT && text[t->b0] == ',';
}

/* The source's edges as PolNeAR marks them: no closing comma unless it
 * closes an appositive ("Sanders, a Vermont senator," keeps it; "Gov.
 * Chris Christie," does not: 997 of the 1,000 train sources ending in a
 * comma hold another), no contraction on a pronoun ("She's" -> "She").
 * (Cutting a closing relative word, "Harvey, who" -> "Harvey", was
 * tried: +0.07 exact but -0.14 overlap on train sources.)  Sets the byte
 * and code-point span. */
static void source_span(const char *text, const ws_tokens *tk, ws_trange r, size_t cue0,
                        ws_span *b, ws_span *c) {
  static const char *const pron[] = {"he", "she", "it", "they", "we", "i", "you", "who", NULL};
  static const char *const when[] = {"today", "yesterday", "tonight", NULL};
  const ws_token *v = tk->v;
  size_t t0 = r.t0, t1 = r.t1;
  /* "ACME, a provider of robots, today announced": the day is not the
   * source's */
  if (t1 - t0 >= 3 && ws_word_in(text, &v[t1 - 1], when) && is_comma(text, &v[t1 - 2])) t1--;
  int inner = 0;
  for (size_t i = t0; i + 1 < t1 && !inner; i++) inner = is_comma(text, &v[i]);
  if (t1 - t0 >= 2 && is_comma(text, &v[t1 - 1]) && !inner) t1--;
  /* "Cornell Belcher, a Democratic pollster, said": with an appositive,
   * the comma between it and the cue closes the source (PolNeAR train:
   * 761 of 829 such sources) */
  if (inner && t1 + 1 == cue0 && is_comma(text, &v[t1])) t1++;
  *b = (ws_span){v[t0].b0, v[t1 - 1].b1};
  *c = (ws_span){v[t0].c0, v[t1 - 1].c1};
  /* a pronoun with a contraction: cut at the apostrophe */
  const ws_token *last = &v[t1 - 1];
  for (size_t a = last->b0 + 1; a < last->b1; a++) {
    int straight = text[a] == '\'';
    int curly = (unsigned char)text[a] == 0xE2 && a + 2 < last->b1 &&
                (unsigned char)text[a + 1] == 0x80 && (unsigned char)text[a + 2] == 0x99;
    if (!straight && !curly) continue;
    ws_token head = *last;
    head.b1 = (uint32_t)a;
    if (ws_word_in(text, &head, pron)) {
      size_t cut_cp = (last->b1 - a) - (curly ? 2 : 0);
      b->end = a;
      c->end -= cut_cp;
    }
    break;
  }
}

/* "Tom Reyes, who has worked the harbor for 30 years, said": a source
 * found inside a relative clause that closes with a comma right before
 * the cue is the clause's object, not the speaker; the speaker is the
 * name the clause hangs on, and PolNeAR's source is that name with the
 * clause and its closing comma. */
static void relative_subject(const char *text, const ws_tokens *tk, ws_trange *src, size_t cue0) {
  static const char *const rel[] = {"who", "which", NULL};
  const ws_token *v = tk->v;
  if (cue0 == 0 || src->t1 > cue0 || !is_comma(text, &v[cue0 - 1])) return;
  if (cue0 - src->t1 > 1) return; /* the source must reach the comma */
  size_t w = src->t0;
  while (w > 0 && !(v[w].flags & WS_TF_SENT) && src->t0 - w < 40 &&
         !(ws_word_in(text, &v[w], rel) && w > 0 && is_comma(text, &v[w - 1])))
    w--;
  if (w == 0 || w == src->t0 || !ws_word_in(text, &v[w], rel) || !is_comma(text, &v[w - 1])) return;
  /* the name before ", who": the capitalised words that end there */
  size_t n1 = w - 1, n0 = n1;
  while (n0 > 0 && !(v[n0].flags & WS_TF_SENT) && ws_is_cap_word(&v[n0 - 1])) n0--;
  if (n0 == n1) return;
  *src = (ws_trange){n0, cue0};
}

/* Token i's word is capitalised inside a sentence nearby (within 2,000
 * tokens): a name ("Waters said" after "Rep. Maxine Waters"). */
static int capitalised_within(const ws_tokens *tk, size_t i) {
  size_t lo = i > 2000 ? i - 2000 : 0, hi = i + 2000 < tk->n ? i + 2000 : tk->n;
  for (size_t j = lo; j < hi; j++)
    if (tk->v[j].norm == tk->v[i].norm && (tk->v[j].flags & WS_TF_CAP) &&
        !(tk->v[j].flags & WS_TF_SENT) && !(j > 0 && tk->v[j - 1].kind == WS_TK_QUOTE))
      return 1;
  return 0;
}

/* the mean belief of tokens in `r[0, nr)` that they are part `g` */
static float mean_belief(const ws_tokens *tk, const ws_trange *r, size_t nr, int g) {
  double sum = 0;
  size_t k = 0;
  for (size_t j = 0; j < nr; j++)
    for (size_t i = r[j].t0; i < r[j].t1; i++, k++) sum += tk->v[i].bel[g];
  return k ? (float)(sum / WS_BEL_UNIT / (double)k) : 0;
}

ws_attr_rec *ws_attr_record(ws_doc *d, const ws_tokens *tk, const ws_trange *src,
                       const ws_trange *cue, const ws_trange *con, size_t ncon) {
  ws_attr_rec *r = ws_doc_push_attr(d);
  if (!r) return NULL;
  r->bel[0] = src ? mean_belief(tk, src, 1, 0) : 0;
  r->bel[1] = cue ? mean_belief(tk, cue, 1, 1) : 0;
  r->bel[2] = mean_belief(tk, con, ncon, 2);
  ws_span bs[64], cs[64];
  const ws_token *v = tk->v;
  if (cue) {
    bs[0] = (ws_span){v[cue->t0].b0, v[cue->t1 - 1].b1};
    cs[0] = (ws_span){v[cue->t0].c0, v[cue->t1 - 1].c1};
  }
  if (ws_part_set(d, &r->pub.cue, &r->cue_b, bs, cs, cue != NULL)) return NULL;
  if (src) {
    source_span(d->text, tk, *src, cue ? cue->t0 : SIZE_MAX, &bs[0], &cs[0]);
    if (ws_part_set(d, &r->pub.source, &r->src_b, bs, cs, 1)) return NULL;
    r->pub.has_source = 1;
    /* "Colleges have warned": a plural common noun capitalised only
     * because it opens the sentence is a group, not a name */
    const ws_token *h = &v[src->t0];
    if (src->t1 == src->t0 + 1 && (h->flags & WS_TF_SENT) && (h->flags & WS_TF_CAP) &&
        h->pos == WS_POS_NNS && !capitalised_within(tk, src->t0))
      r->pub.source_type = "group";
  }
  size_t k = 0;
  for (size_t i = 0; i < ncon && k < 64; i++) {
    bs[k] = (ws_span){v[con[i].t0].b0, v[con[i].t1 - 1].b1};
    cs[k] = (ws_span){v[con[i].t0].c0, v[con[i].t1 - 1].c1};
    k++;
  }
  if (ws_part_set(d, &r->pub.content, &r->con_b, bs, cs, k)) return NULL;
  r->pub.parent = -1;
  r->pub.source_entity = -1;
  return r;
}

/* the end of the paragraph that starts at token p0 */
static size_t para_end(const ws_tokens *tk, size_t p0) {
  size_t p1 = p0 + 1;
  while (p1 < tk->n && !(tk->v[p1].flags & WS_TF_PARA)) p1++;
  return p1;
}

/* The paragraph [p0, p1) is one quotation: it opens with the mark and
 * closes it at its end (a final stop may follow the closing mark), or
 * leaves it open when the next paragraph reopens it (a quotation over
 * several paragraphs, each reopening the mark). */
static int whole_quote(const ws_tokens *tk, size_t p0, size_t p1) {
  if (p1 - p0 < 4 || !ws_opens_quote(&tk->v[p0])) return 0;
  size_t last = p0;
  int open = 0;
  for (size_t i = p0; i < p1; i++)
    if (tk->v[i].kind == WS_TK_QUOTE) {
      open = (tk->v[i].flags & WS_TF_QOPEN) != 0;
      last = i;
    }
  if (last == p0) return p1 < tk->n && ws_opens_quote(&tk->v[p1]);
  return !open && (last + 1 == p1 || (last + 2 == p1 && tk->v[p1 - 1].kind == WS_TK_PUNCT));
}

/* Quotations that run on without a cue: a paragraph that opens with a
 * quotation mark and has no cue or source of its own continues the
 * quotation before it when the paragraph before has a cue and ends with
 * a colon ("she said in a statement:") or inside a quotation left open
 * (the convention for quotes over several paragraphs), or is itself such
 * a continuation.  A paragraph signed off with a dash ("— Ana Ruiz") has
 * a speaker of its own.  Its tokens are labelled content here; ws_link
 * joins them to the cue before. */
static void continue_quotes(const char *text, ws_tokens *tk) {
  size_t n = tk->n;
  int prev_cue = 0, prev_open = 0, prev_cont = 0, prev_quoted = 0;
  for (size_t p0 = 0; p0 < n;) {
    size_t p1 = para_end(tk, p0);
    int cue = 0, src = 0, signed_off = 0, quoted = 0;
    for (size_t i = p0; i < p1; i++) {
      int l = tk->v[i].label;
      cue |= l == WS_L_BC || l == WS_L_IC;
      src |= l == WS_L_BS || l == WS_L_IS;
      quoted |= tk->v[i].kind == WS_TK_QUOTE;
      const unsigned char *c = (const unsigned char *)text + tk->v[i].b0;
      /* U+2014 em dash, U+2015 horizontal bar */
      signed_off |= tk->v[i].kind == WS_TK_PUNCT && c[0] == 0xE2 && c[1] == 0x80 &&
                    (c[2] == 0x94 || c[2] == 0x95) && i + 1 < p1 && (tk->v[i + 1].flags & WS_TF_CAP);
    }
    /* ends with a colon, or its last quotation mark opens a quotation */
    const ws_token *last = &tk->v[p1 - 1];
    int open_at_end = 0;
    for (size_t i = p0; i < p1; i++)
      if (tk->v[i].kind == WS_TK_QUOTE) open_at_end = (tk->v[i].flags & WS_TF_QOPEN) != 0;
    int whole = whole_quote(tk, p0, p1);
    /* (or is signed by the line after it: "— Ana Ruiz, Mayor") */
    signed_off |= p1 + 1 < n && ws_dash_token(text, &tk->v[p1]) && (tk->v[p1 + 1].flags & WS_TF_CAP);
    int cont = 0;
    if (!cue && !src && !signed_off && ws_opens_quote(&tk->v[p0]) && p1 - p0 > 3 &&
        ((prev_cue && prev_open) || prev_cont || (whole && prev_cue && prev_quoted))) {
      for (size_t i = p0; i < p1; i++) tk->v[i].label = i == p0 ? WS_L_BT : WS_L_IT;
      tk->v[p0].flags |= WS_TF_CONT;
      cont = 1;
    }
    prev_cue = cue;
    prev_quoted = quoted || cont;
    prev_open = text[last->b0] == ':' || open_at_end;
    prev_cont = cont && (prev_open || whole);
    p0 = p1;
  }
}

/* The end of the cue run that starts at token i (its B-Cue). */
static size_t cue_end(const ws_tokens *tk, size_t i) {
  size_t j = i + 1;
  while (j < tk->n && tk->v[j].label == WS_L_IC) j++;
  return j;
}

/* A cue word, then a few words that are no part of anything, then a second
 * cue that opens with a noun that is no cue word, or (after "told") ends
 * at a colon before a quotation: 'told BBC Radio 4's Today programme:'
 * tagged as "told" | "programme:".  The second is whom or where it was said, and no
 * cue: its labels go (PolNeAR train marks "told" alone in 425 of 431 cues
 * that open with it). */
static void second_cues(const char *text, ws_tokens *tk) {
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t i = 0; i < n; i++) {
    if (v[i].label != WS_L_BC || !(v[i].flags & WS_TF_CUELEX)) continue;
    size_t j = cue_end(tk, i);
    size_t k = j;
    while (k < n && k - j < 8 && v[k].label == WS_L_O && !(v[k].flags & WS_TF_SENT)) k++;
    if (k == j || k >= n || v[k].label != WS_L_BC || (v[k].flags & WS_TF_SENT)) continue;
    size_t e = cue_end(tk, k); /* the second cue's end, and a colon before a quotation */
    if (e > k + 1 && ws_punct_in(text, &v[e - 1], ":")) e--;
    static const char *const tell[] = {"told", "tells", "tell", "telling", NULL};
    int colon = e + 1 < n && ws_punct_in(text, &v[e], ":") && (v[e + 1].flags & WS_TF_QOPEN) &&
                ws_word_in(text, &v[i], tell);
    int noun = !(v[k].flags & WS_TF_CUELEX) &&
               (v[k].pos == WS_POS_NN || v[k].pos == WS_POS_NNS || v[k].pos == WS_POS_NNP ||
                v[k].pos == WS_POS_UNK);
    if (!colon && !noun) continue;
    for (v[k++].label = WS_L_O; k < n && v[k].label == WS_L_IC; k++) v[k].label = WS_L_O;
    i = k - 1;
  }
}

/* A cue that ran on over the subject of its complement clause: "He
 * claimed no letter ever arrived" tagged as "claimed no letter" with no
 * content.  When a cue that opens with a cue word goes on with a
 * determiner and nouns or adjectives to its end, a verb in a tense (after
 * an adverb or two) follows, and nothing after it is labelled, the cue
 * stops before the determiner and the rest of the sentence is its
 * content. */
static void swallowed_subjects(ws_tokens *tk) {
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t i = 0; i < n; i++) {
    if (v[i].label != WS_L_BC || !(v[i].flags & WS_TF_CUELEX)) continue;
    size_t j = cue_end(tk, i);
    size_t d = i + 1;
    while (d < j && v[d].pos != WS_POS_DT) d++;
    if (d + 1 >= j || (v[d].flags & WS_TF_INQ)) continue;
    int np = 1;
    for (size_t t = d + 1; t < j && np; t++)
      np = v[t].pos == WS_POS_NN || v[t].pos == WS_POS_NNS || v[t].pos == WS_POS_JJ ||
           v[t].pos == WS_POS_NNP;
    size_t f = j;
    while (f < n && f - j < 2 && v[f].pos == WS_POS_RB && v[f].label == WS_L_O) f++;
    if (!np || f >= n || v[f].label != WS_L_O || (v[f].flags & WS_TF_SENT) ||
        !ws_pos_finite(v[f].pos))
      continue;
    size_t e = f;
    while (e < n && v[e].label == WS_L_O && !(v[e].flags & WS_TF_SENT)) e++;
    if (e < n && !(v[e].flags & WS_TF_SENT)) continue; /* something else is labelled */
    while (e > f && v[e - 1].kind == WS_TK_PUNCT) e--;
    v[d].label = WS_L_BT;
    for (size_t t = d + 1; t < e; t++) v[t].label = WS_L_IT;
    i = e;
  }
}

/* Two ways a tagged cue takes in a neighbour's words:
 * - "A source close to the council's | cabinet admitted": the cue opens
 *   with nouns that are no cue words, right after a source, then a
 *   strong cue word in a tense; the nouns end the source.  (Before "to" or "was" the
 *   noun is a cue: "Beck's | contention was", "Trump's | unwillingness to
 *   affirm".)
 * - "branded | the decision | 'a disgrace'": after a verb of naming, the
 *   cue goes on with a determiner and nouns, right before a content; they
 *   open the content ("called" alone is the cue in 186 of PolNeAR train's
 *   282 cues that open with "called"). */
static void cue_overruns(const char *text, ws_tokens *tk) {
  static const char *const naming[] = {"called", "calls", "calling", "branded", "brands",
                                       "labelled", "labeled", "dubbed", "termed", NULL};
  static const char *const be[] = {"is", "was", "are", "were", "isn't", "wasn't", "’s", "'s", NULL};
  static const char *const accusing[] = {"accused", "accuses", "accusing", "accuse", "blamed",
                                         "blames", "blaming", "blame", "criticised", "criticized",
                                         "criticises", "criticizes", NULL};
  static const char *const perfect[] = {"has", "have", "had", NULL};
  static const char *const saying[] = {"said", "says", "say", "saying", NULL};
  static const char *const about[] = {"about", "around", NULL};
  static const char *const amounts[] = {"half",     "third",    "quarter", "fifth",  "tenth",
                                        "dozen",    "dozens",   "hundred", "hundreds", "thousand",
                                        "thousands", "million", "millions", "billion", NULL};
  static const char *const times[] = {"night", "week", "weekend", "month", "year", "morning",
                                      "afternoon", "evening", "today", "tonight", "yesterday",
                                      "nothing", "something", "anything", "time", NULL};
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t i = 1; i < n; i++) {
    if (v[i].label != WS_L_BC) continue;
    size_t j = cue_end(tk, i);
    /* "expects | full-year | production of ...": a hyphened modifier
     * after the verb, right before the content's noun, opens the content */
    if (j - i >= 2 && j < n && v[j].label == WS_L_BT &&
        (v[j].pos == WS_POS_NN || v[j].pos == WS_POS_NNS) && ws_pos_tensed(v[j - 2].pos) &&
        (v[j - 1].pos == WS_POS_JJ || v[j - 1].pos == WS_POS_NN || v[j - 1].pos == WS_POS_UNK) &&
        v[j - 1].b1 - v[j - 1].b0 >= 3 &&
        memchr(text + v[j - 1].b0 + 1, '-', v[j - 1].b1 - v[j - 1].b0 - 2)) {
      v[j - 1].label = WS_L_BT;
      v[j].label = WS_L_IT;
      if (j - i == 2) continue;
      j--;
    }
    /* "said | talks on | a spending package would resume": a common noun
     * right after "said" is the content's subject, not part of the cue
     * ("said Tuesday", "said of", "said in a statement" keep theirs) */
    if (j - i >= 2 && j < n && v[j].label == WS_L_BT && ws_word_in(text, &v[i], saying) &&
        (v[i + 1].pos == WS_POS_NN || v[i + 1].pos == WS_POS_NNS) &&
        text[v[i + 1].b0] >= 'a' && text[v[i + 1].b0] <= 'z' && !ws_word_in(text, &v[i + 1], times)) {
      v[i + 1].label = WS_L_BT;
      for (size_t t = i + 2; t <= j; t++) v[t].label = WS_L_IT;
      i = j;
      continue;
    }
    /* "says | about a third of the wharves need repairs": "about" before
     * a number or an amount is the content's, not the cue's particle
     * (PolNeAR: "said | about half of the higher adjustment ..."), after a
     * verb in a tense ("was clear about one thing", "his comment about 47
     * percent of the country" keep it) */
    if (j - i >= 2 && j < n && v[j].label == WS_L_BT && ws_pos_tensed(v[j - 2].pos) &&
        !ws_word_in(text, &v[j - 2], be) && ws_word_in(text, &v[j - 1], about) &&
        (v[j].pos == WS_POS_CD || ws_word_in(text, &v[j], amounts) ||
         ((ws_word_is(text, &v[j], "a") || ws_word_is(text, &v[j], "an")) && j + 1 < n &&
          (v[j + 1].pos == WS_POS_CD || ws_word_in(text, &v[j + 1], amounts))))) {
      v[j - 1].label = WS_L_BT;
      v[j].label = WS_L_IT;
      i = j;
      continue;
    }
    size_t w = i;
    while (w < j && !(v[w].flags & WS_TF_CUELEX) &&
           (v[w].pos == WS_POS_NN || v[w].pos == WS_POS_NNS || v[w].pos == WS_POS_NNP))
      w++;
    if (w > i && w < j && (v[w].flags & WS_TF_STRONGCUE) &&
        ws_pos_tensed(v[w].pos) &&
        !ws_word_in(text, &v[w], be) &&
        (v[i - 1].label == WS_L_BS || v[i - 1].label == WS_L_IS)) {
      for (size_t t = i; t < w; t++) v[t].label = WS_L_IS;
      v[w].label = WS_L_BC;
      i = w;
      continue;
    }
    /* "has accused | council bosses of | leaving ...", "blames | media
     * for | ...": whom one accuses, and the preposition, open the
     * content (PolNeAR's cues end at the verb) */
    size_t h = i;
    while (h + 1 < j && (ws_word_in(text, &v[h], perfect) || v[h].pos == WS_POS_RB)) h++;
    if (j < n && v[j].label == WS_L_BT && h + 2 < j && ws_word_in(text, &v[h], accusing) &&
        (ws_word_is(text, &v[j - 1], "of") || ws_word_is(text, &v[j - 1], "for"))) {
      int np = 1;
      for (size_t t = h + 1; t + 1 < j && np; t++)
        np = v[t].pos == WS_POS_NN || v[t].pos == WS_POS_NNS || v[t].pos == WS_POS_NNP ||
             v[t].pos == WS_POS_DT || v[t].pos == WS_POS_JJ || v[t].pos == WS_POS_PRPS ||
             v[t].pos == WS_POS_PRP;
      if (np) {
        v[h + 1].label = WS_L_BT;
        for (size_t t = h + 2; t <= j; t++) v[t].label = WS_L_IT;
        i = j;
        continue;
      }
    }
    if (j >= n || v[j].label != WS_L_BT || j - i < 3 || !ws_word_in(text, &v[i], naming) ||
        v[i + 1].pos != WS_POS_DT)
      continue;
    int np = 1;
    for (size_t t = i + 2; t < j && np; t++)
      np = v[t].pos == WS_POS_NN || v[t].pos == WS_POS_NNS || v[t].pos == WS_POS_JJ;
    if (!np) continue;
    v[j].label = WS_L_IT;
    v[i + 1].label = WS_L_BT;
    for (size_t t = i + 2; t < j; t++) v[t].label = WS_L_IT;
    i = j;
  }
}

/* "who spoke on condition of anonymity because they were not |
 * authorized to discuss | the matter publicly": a cue of permission
 * after "not" says why a name is withheld, and reports nothing; it and
 * the content right after it (to the clause's comma) go back to the
 * pool, so that the clause can join the source before it. */
static void permission_cues(const char *text, ws_tokens *tk) {
  static const char *const permitted[] = {"authorized", "authorised", "permitted", "allowed",
                                          "cleared", NULL};
  static const char *const nots[] = {"not", "n't", "n\xE2\x80\x99t", NULL};
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t i = 1; i < n; i++) {
    if (v[i].label != WS_L_BC || !ws_word_in(text, &v[i], permitted) ||
        !ws_word_in(text, &v[i - 1], nots))
      continue;
    size_t j = cue_end(tk, i);
    if (j < n && v[j].label == WS_L_BT)
      while (j < n && (v[j].label == WS_L_BT || v[j].label == WS_L_IT) && !is_comma(text, &v[j])) j++;
    for (size_t t = i; t < j; t++) v[t].label = WS_L_O;
    i = j;
  }
}

/* "Figures seen by this website show ...": a source right after a
 * participle of receiving and its preposition, which follow the noun
 * phrase that opens the sentence, is who got the words; the source is
 * the whole phrase, as PolNeAR marks a subject (the speakers then name
 * "Figures", not the website). */
static void received_sources(const char *text, ws_tokens *tk) {
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t s = 3; s < n; s++) {
    if (v[s].label != WS_L_BS || v[s - 1].label != WS_L_O || v[s - 2].label != WS_L_O ||
        !ws_received(text + v[s - 2].b0, v[s].b0 - v[s - 2].b0))
      continue;
    size_t a = s - 2;
    while (a > 0 && !(v[a].flags & WS_TF_SENT) && s - a < 10 && v[a - 1].label == WS_L_O &&
           v[a - 1].kind == WS_TK_WORD &&
           (v[a - 1].pos == WS_POS_DT || v[a - 1].pos == WS_POS_JJ || v[a - 1].pos == WS_POS_NN ||
            v[a - 1].pos == WS_POS_NNS || v[a - 1].pos == WS_POS_NNP || v[a - 1].pos == WS_POS_CD))
      a--;
    if (a == s - 2 || !(v[a].flags & WS_TF_SENT)) continue;
    v[a].label = WS_L_BS;
    for (size_t t = a + 1; t <= s; t++) v[t].label = WS_L_IS;
  }
}

/* A month's or a weekday's name, or a word with an apostrophe (a
 * possessive: "Trump's"). */
static int time_or_possessive(const char *text, const ws_token *t) {
  if (ws_month_or_weekday(text, t)) return 1;
  for (size_t i = t->b0; i < t->b1; i++)
    if (text[i] == '\'' || (i + 2 < t->b1 && !memcmp(text + i, "\xE2\x80\x99", 3))) return 1;
  return 0;
}

/* "wrote in a post on Truth Social late | Monday": a cue that ends with
 * "late" or "early" right before a weekday or a month the tagger left
 * out; the word dates the report with the day, and leaves the cue. */
static void dated_cue_ends(const char *text, ws_tokens *tk) {
  static const char *const when[] = {"late", "early", NULL};
  ws_token *v = tk->v;
  for (size_t i = 1; i + 1 < tk->n; i++) {
    if (v[i].label != WS_L_IC || v[i + 1].label != WS_L_O || !ws_word_in(text, &v[i], when) ||
        (v[i + 1].flags & WS_TF_SENT) || !ws_month_or_weekday(text, &v[i + 1]))
      continue;
    v[i].label = WS_L_O;
  }
}

/* A source's first word that the tagger left before it: "The |
 * pharmaceutical industry's main lobbying group, PhRMA, warned" ("the",
 * "a" or "an"), "Ted | Cruz", "Al | Sharpton" (a capitalised name word
 * the tagger knows as a proper noun, or does not know), "Former |
 * President Donald Trump". */
static void source_starts(const char *text, ws_tokens *tk) {
  static const char *const dets[] = {"the", "a", "an", NULL};
  static const char *const title_dating[] = {"former", "acting", "interim", "outgoing",
                                             "incoming", "retired", NULL};
  ws_token *v = tk->v;
  for (size_t s = 1; s < tk->n; s++) {
    if (v[s].label != WS_L_BS) continue;
    size_t a = s;
    /* (only before a name's word: not "Republicans | who", "Saturday |
     * he"; and no possessive, day or month) */
    int name = (v[s].flags & WS_TF_CAP) && (v[s].pos == WS_POS_NNP || v[s].pos == WS_POS_UNK);
    while (name && a > 0 && !(v[a].flags & WS_TF_SENT) && s - a < 3 && v[a - 1].label == WS_L_O &&
           v[a - 1].kind == WS_TK_WORD && (v[a - 1].flags & WS_TF_CAP) &&
           (v[a - 1].pos == WS_POS_NNP || v[a - 1].pos == WS_POS_UNK) &&
           !(v[a - 1].flags & WS_TF_INQ) && !time_or_possessive(text, &v[a - 1]))
      a--;
    /* "Former | President Donald Trump", "the acting | police chief": a
     * word that dates the title (the tagger may have made it, opening the
     * sentence, a content of its own, one word long) */
    if (a > 0 && !(v[a].flags & WS_TF_SENT) && ws_word_in(text, &v[a - 1], title_dating) &&
        (v[a - 1].label == WS_L_O || (v[a - 1].label == WS_L_BT && (v[a - 1].flags & WS_TF_SENT))))
      a--;
    if (a > 0 && !(v[a].flags & WS_TF_SENT) && v[a - 1].label == WS_L_O &&
        ws_word_in(text, &v[a - 1], dets))
      a--;
    /* "A furious | mum has accused": a determiner and adjectives from the
     * sentence's start before a common noun (which the word table may
     * call an adjective, as it does "mum") */
    if (a == s && !name && !(v[s].flags & WS_TF_SENT) &&
        !(v[s].flags & WS_TF_CAP) &&
        (v[s].pos == WS_POS_NN || v[s].pos == WS_POS_NNS || v[s].pos == WS_POS_UNK ||
         v[s].pos == WS_POS_JJ)) {
      size_t b = s;
      while (b > 0 && s - b < 4 && !(v[b].flags & WS_TF_SENT) && v[b - 1].label == WS_L_O &&
             v[b - 1].pos == WS_POS_JJ)
        b--;
      if (b < s && b > 0 && v[b - 1].label == WS_L_O && (v[b - 1].flags & WS_TF_SENT) &&
          ws_word_in(text, &v[b - 1], dets))
        a = b - 1;
    }
    if (a == s) continue;
    v[a].label = WS_L_BS;
    for (size_t t = a + 1; t <= s; t++) v[t].label = WS_L_IS;
  }
}

/* A source that opens after a comma at token s (outside quotations) and
 * the cue run right after it: the cue's first token, else SIZE_MAX. */
static size_t comma_source_cue(const char *text, const ws_tokens *tk, size_t s) {
  const ws_token *v = tk->v;
  size_t n = tk->n;
  if (s < 1 || v[s].label != WS_L_BS || !is_comma(text, &v[s - 1]) || (v[s].flags & WS_TF_INQ))
    return SIZE_MAX;
  size_t c = s + 1;
  while (c < n && v[c].label == WS_L_IS) c++;
  return c < n && v[c].label == WS_L_BC ? c : SIZE_MAX;
}

/* "The allure of simplicity itself, Mr. Furman argued, is largely a
 * chimera.": a source and cue set off by commas inside a sentence with
 * nothing else labelled report the words after them to the sentence's
 * end (the rules give the words before them: paren_reports).  The tagger
 * found the report but no content in 16 sentences of half A of PolNeAR
 * train. */
static void parenthetical_contents(const char *text, ws_tokens *tk) {
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t s = 2; s < n; s++) {
    size_t c = comma_source_cue(text, tk, s);
    if (c == SIZE_MAX || c - s > 6) continue;
    size_t j = cue_end(tk, c);
    if (j + 3 >= n || !is_comma(text, &v[j]) || (v[j + 1].flags & WS_TF_SENT)) continue;
    /* the sentence around: nothing else labelled, two words or more
     * before the first comma, three or more after the second */
    size_t ss = s - 1;
    while (ss > 0 && !(v[ss].flags & WS_TF_SENT)) ss--;
    size_t se = j + 1;
    while (se < n && !(v[se].flags & WS_TF_SENT)) se++;
    size_t last = se;
    while (last > j + 1 && v[last - 1].kind != WS_TK_WORD) last--;
    if (s - 1 < ss + 2 || last < j + 4) continue;
    int clean = 1;
    for (size_t t = ss; t < se && clean; t++)
      clean = (t >= s && t < j) || v[t].label == WS_L_O;
    if (!clean) continue;
    v[j + 1].label = WS_L_BT;
    for (size_t t = j + 2; t < last; t++) v[t].label = WS_L_IT;
    s = se;
  }
}

/* "Larkspur Motors is exploring a sale of its battery unit, three
 * people familiar with the matter said.": a source and cue after a comma
 * that end the sentence, with no content labelled before them (or only a
 * first few words of it, at the sentence's start), report
 * the clause that opens the sentence; whatever the tagger took for a
 * source there ("Larkspur Motors") is that clause's subject. */
static void trailing_cue_contents(const char *text, ws_tokens *tk) {
  static const char *const subordinators[] = {
      "as",    "when",   "while",  "if",     "because", "although", "though", "after",
      "before", "since", "following", "during", "despite", "until", "once", "unless", NULL};
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t s = 2; s < n; s++) {
    size_t c = comma_source_cue(text, tk, s);
    if (c == SIZE_MAX) continue;
    size_t j = cue_end(tk, c);
    /* then the sentence ends, but for a few words with no verb and no
     * determiner ("on Tuesday", "last week") */
    size_t e = j;
    int tail = 1;
    while (e < n && v[e].label == WS_L_O && !(v[e].flags & WS_TF_SENT)) {
      /* or a comma and a participle's clause ("..., Premier Doug Ford
       * announced Tuesday, reversing a policy ...") */
      if (is_comma(text, &v[e]) && e + 1 < n && v[e + 1].pos == WS_POS_VBG &&
          v[e + 1].label == WS_L_O) {
        while (e < n && v[e].label == WS_L_O && !(v[e].flags & WS_TF_SENT)) e++;
        break;
      }
      tail &= v[e].kind == WS_TK_PUNCT ||
              (e - j < 3 && v[e].pos != WS_POS_DT && !ws_pos_finite(v[e].pos) && v[e].pos != WS_POS_VB &&
               v[e].pos != WS_POS_VBG && v[e].pos != WS_POS_VBN);
      e++;
    }
    if (!tail || (e < n && !(v[e].flags & WS_TF_SENT))) continue;
    /* the clause before the comma: no cue or content, a verb in a tense,
     * no subordinating word first ("As she has for weeks,"), one
     * sentence */
    size_t ss = s - 1;
    while (ss > 0 && !(v[ss].flags & WS_TF_SENT)) ss--;
    if (s - 1 < ss + 3 || (v[ss].flags & WS_TF_INQ) || ws_word_in(text, &v[ss], subordinators))
      continue;
    int clean = 1, verb = 0;
    /* a content the tagger cut short at the sentence's start ("Junior |
     * doctors will walk out ..., the union has confirmed") runs on */
    size_t t0 = ss, t1 = s - 1;
    if (v[ss].label == WS_L_BT)
      for (t0 = ss + 1; t0 < s - 1 && v[t0].label == WS_L_IT;) t0++;
    /* or one that starts late and runs to the comma ("Ontario will cap |
     * annual rent increases ..., Premier Doug Ford announced") */
    else if (v[s - 2].label == WS_L_IT || v[s - 2].label == WS_L_BT) {
      while (t1 > ss && v[t1 - 1].label == WS_L_IT) t1--;
      if (t1 > ss && v[t1 - 1].label == WS_L_BT) t1--;
      else t1 = s - 1;
    }
    for (size_t t = t0; t < s - 1 && clean; t++) {
      clean = t >= t1 || v[t].label == WS_L_O || v[t].label == WS_L_BS || v[t].label == WS_L_IS;
      verb |= ws_pos_finite(v[t].pos);
    }
    if (!clean || !verb) continue;
    v[ss].label = WS_L_BT;
    for (size_t t = ss + 1; t < s - 1; t++) v[t].label = WS_L_IT;
    s = e;
  }
}

/* Page furniture (data/furniture.tsv): a line that opens with a label and
 * a colon or bar ("READ MORE:", "WATCH |", "Photo:"), or is the label
 * alone, is no news: no attribution, no name (WS_TF_FURNITURE).  A label
 * with nothing after it heads a list: the lines after it that do not end
 * a sentence (linked headlines, a video's title and length), at most
 * eight, are furniture too.  A label marked `rest` in its second column
 * heads the boilerplate that ends a press release ("Forward-looking
 * statements", "Safe harbor statement"): alone on its line, it makes
 * every line after it furniture, to the document's end; one marked
 * `label` opens a paragraph of news ("Why it matters: ..."), and only it
 * and its colon are furniture. */
WS_DATA(furniture);
static ws_lex furniture;
static ws_once furniture_once = WS_ONCE_INIT;
static ws_status load_furniture(ws_error *err) {
  if (!ws_lex_load_tsv(&furniture, ws_data_furniture, ws_data_furniture_len, 0)) return WS_OK;
  return ws_load_nomem(err, "page furniture");
}

/* The line [p0, p1) ends a sentence: its last token is a final stop, or a
 * closing quotation mark or bracket after one. */
static int line_ends_sentence(const char *text, const ws_tokens *tk, size_t p0, size_t p1) {
  size_t i = p1;
  while (i > p0 && (tk->v[i - 1].kind == WS_TK_QUOTE || text[tk->v[i - 1].b0] == ')')) i--;
  if (i == p0) return 0;
  char c = text[tk->v[i - 1].b0];
  return tk->v[i - 1].kind == WS_TK_PUNCT && (c == '.' || c == '!' || c == '?');
}

static void drop_furniture(ws_doc *d, ws_tokens *tk) {
  const char *text = d->text;
  size_t n = tk->n;
  int list = 0; /* lines left in a list headed by a bare label */
  for (size_t p0 = 0; p0 < n;) {
    size_t p1 = para_end(tk, p0);
    /* the label: the words before a colon or bar among the first four
     * tokens, or the whole line */
    size_t end = p1;
    for (size_t i = p0 + 1; i < p1 && i <= p0 + 4; i++)
      if (text[tk->v[i].b0] == ':' || text[tk->v[i].b0] == '|') {
        end = i;
        break;
      }
    int found = d->boilerplate;
    if (!found && (end - p0 <= 4 || (end == p1 && end - p0 <= 8))) {
      char key[96];
      size_t k = ws_lex_norm(text + tk->v[p0].b0, tk->v[end - 1].b1 - tk->v[p0].b0, key, sizeof key);
      const ws_lex_entry *e = k ? ws_lex_get(&furniture, key, k) : NULL;
      int rest = e && !strcmp(e->a, "rest");
      if (e && !strcmp(e->a, "label")) {
        /* "Why it matters: The plan would punt ...": the label and its
         * colon only; the words after them are news */
        if (end < p1)
          for (size_t i = p0; i <= end; i++) {
            tk->v[i].label = WS_L_O;
            tk->v[i].flags |= WS_TF_FURNITURE;
          }
        list = 0;
        p0 = p1;
        continue;
      }
      found = e && (end - p0 <= 4 || rest);
      if (rest && end == p1) d->boilerplate = 1;
    }
    if (!found && list > 0 && !line_ends_sentence(text, tk, p0, p1)) {
      found = 1;
      list--;
    } else if (found) {
      list = end + 1 >= p1 ? 8 : 0;
    } else {
      list = 0;
    }
    if (found)
      for (size_t i = p0; i < p1; i++) {
        tk->v[i].label = WS_L_O;
        tk->v[i].flags |= WS_TF_FURNITURE;
      }
    p0 = p1;
  }
}

ws_status ws_link_ready(ws_error *err) {
  return ws_once_run(&furniture_once, load_furniture, err);
}

/* A content that runs from one sentence into the next when that one is
 * a quotation with its own source and cue after it ("Thune told
 * reporters the chamber would stay in session. \"We're going to get this
 * done,\" he said."): the quotation is the later cue's, so a content
 * starts at its opening mark. */
static void quote_own_cue(ws_tokens *tk) {
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t i = 1; i < n; i++) {
    if (!(v[i].flags & WS_TF_SENT) || (v[i].flags & WS_TF_PARA) || !(v[i].flags & WS_TF_QOPEN) ||
        v[i].label != WS_L_IT || (v[i - 1].label != WS_L_IT && v[i - 1].label != WS_L_BT))
      continue;
    size_t q = i + 1;
    while (q < n && !(v[q].flags & WS_TF_SENT) && !(v[q].flags & WS_TF_QCLOSE)) q++;
    if (q >= n || !(v[q].flags & WS_TF_QCLOSE)) continue;
    int src = 0, cue = 0, other = 0;
    for (size_t k = q + 1; k < n && !(v[k].flags & WS_TF_SENT); k++) {
      src |= v[k].label == WS_L_BS;
      cue |= v[k].label == WS_L_BC;
      other |= v[k].label == WS_L_BT || v[k].label == WS_L_IT;
    }
    if (src && cue && !other) v[i].label = WS_L_BT;
  }
}

/* A source does not run on into the next sentence: the tagger decodes a
 * paragraph at a time, and "... said Priya Raman, M.D., Chief Executive
 * Officer of Northwind. Dr. Thomas Keller, a professor, said ..." came
 * out as one source.  A sentence's first token starts one. */
static void sentence_sources(const char *text, ws_tokens *tk) {
  ws_token *v = tk->v;
  for (size_t i = 2; i < tk->n; i++) {
    if (!(v[i].flags & WS_TF_SENT) || v[i].label != WS_L_IS) continue;
    /* but initials the sentence splitter took for a sentence's end
     * ("J.J. | MacNab", "J. | Smith") are still the name */
    const ws_token *w = &v[i - 2];
    int stop = ws_punct_in(text, &v[i - 1], ".");
    int initials = stop && w->kind == WS_TK_WORD && w->b1 - w->b0 <= 3 && w->b1 == v[i - 1].b0;
    for (uint32_t b = w->b0; initials && b < w->b1; b++)
      initials = (b - w->b0) % 2 ? text[b] == '.' : (text[b] >= 'A' && text[b] <= 'Z');
    if (initials) continue;
    v[i].label = WS_L_BS;
    /* the stop that ended the sentence is no part of the source before */
    if (stop && v[i - 1].label == WS_L_IS) v[i - 1].label = WS_L_O;
  }
}

/* "Campaign group | Railfuture called for ...": the words that open a
 * sentence, tagged as a content that ends right where a source begins,
 * with the cue right after the source, are the source's own first words
 * (a descriptor before the name): one to four nouns or adjectives, no
 * determiner ("The things | he wants to accomplish", "What | Romney has
 * said": a clause's object before its subject), before a capitalised
 * word. */
static int nominal(const char *text, const ws_token *t) {
  static const char *const pronouns[] = {"everything", "anything", "something", "nothing", NULL};
  return t->kind == WS_TK_WORD &&
         (t->pos == WS_POS_NN || t->pos == WS_POS_NNS || t->pos == WS_POS_NNP ||
          t->pos == WS_POS_JJ || t->pos == WS_POS_UNK) &&
         !ws_word_in(text, t, pronouns);
}

static void source_descriptors(const char *text, ws_tokens *tk) {
  ws_token *v = tk->v;
  for (size_t i = 0; i < tk->n; i++) {
    if (!(v[i].flags & WS_TF_SENT) || v[i].label != WS_L_BT) continue;
    size_t j = i;
    while (j < tk->n && (j == i || v[j].label == WS_L_IT) && nominal(text, &v[j])) j++;
    if (j == i || j - i > 4 || j >= tk->n || v[j].label != WS_L_BS || !(v[j].flags & WS_TF_CAP))
      continue;
    size_t k = j + 1;
    while (k < tk->n && v[k].label == WS_L_IS) k++;
    if (k >= tk->n || v[k].label != WS_L_BC) continue;
    v[i].label = WS_L_BS;
    for (size_t t = i + 1; t <= j; t++) v[t].label = WS_L_IS;
  }
}

/* "told reporters on a call that ...", "said during a briefing that
 * ...": the tagger made a second cue of the occasion, and the content
 * went to it.  A cue that is a determiner and an occasion's noun after
 * "on", "during", "in" or "at", a few unlabelled words after a cue of the
 * same sentence, is none: the content is the earlier cue's. */
static void occasion_cues(const char *text, ws_tokens *tk) {
  static const char *const preps[] = {"on", "during", "in", "at", NULL};
  static const char *const occasions[] = {"call", "briefing", "interview", "podcast", "programme",
                                          "program", "show", "webcast", NULL};
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t i = 2; i < n; i++) {
    if (v[i].label != WS_L_BC || (v[i].flags & WS_TF_SENT)) continue;
    size_t j = cue_end(tk, i);
    if (!ws_word_in(text, &v[j - 1], occasions) || j >= n || v[j].label != WS_L_BT) continue;
    /* the preposition: right before a cue that opens with a determiner,
     * or a few unlabelled words before the occasion's noun alone ("in the
     * CNN | interview") */
    size_t p = i - 1;
    if (v[i].pos != WS_POS_DT) {
      if (j != i + 1) continue;
      while (p > 0 && i - p < 4 && v[p].label == WS_L_O && !ws_word_in(text, &v[p], preps) &&
             !(v[p].flags & WS_TF_SENT))
        p--;
    }
    if (!ws_word_in(text, &v[p], preps) || v[p].label != WS_L_O || (v[p].flags & WS_TF_SENT))
      continue;
    /* back over a few unlabelled words to the earlier cue */
    size_t k = p;
    while (k > 0 && p + 1 - k <= 5 && v[k].label == WS_L_O && !(v[k].flags & WS_TF_SENT)) k--;
    if (v[k].label != WS_L_BC && v[k].label != WS_L_IC) continue;
    /* ...that has no content of its own yet ("\"...,\" Weiner said on the
     * podcast \"Here's the Thing.\"": the quotation is what he said, the
     * title is no content) */
    size_t ss = k;
    while (ss > 0 && !(v[ss].flags & WS_TF_SENT)) ss--;
    int said = 0;
    for (size_t t = ss; t < k; t++) said |= v[t].label == WS_L_BT || v[t].label == WS_L_IT;
    if (said) continue;
    for (size_t t = i; t < j; t++) v[t].label = WS_L_O;
  }
}

/* A source that opens with a verb in the present, in lower case ("The
 * job cuts ... | come on top of 2,000 | announced last year"), is the
 * clause's predicate, not who spoke: it is no source.  (Not a past form:
 * "enlisted personnel", "elected officials"; nor a word with a hyphen,
 * which the tagger guesses: "co-host Mika Brzezinski".) */
static void verb_sources(const char *text, ws_tokens *tk) {
  ws_token *v = tk->v;
  for (size_t i = 0; i < tk->n; i++) {
    if (v[i].label != WS_L_BS || v[i].shape != 0 ||
        !(v[i].pos == WS_POS_VB || v[i].pos == WS_POS_VBP || v[i].pos == WS_POS_VBZ) ||
        memchr(text + v[i].b0, '-', v[i].b1 - v[i].b0))
      continue;
    for (size_t j = i; j < tk->n && (j == i || v[j].label == WS_L_IS); j++) v[j].label = WS_L_O;
  }
}

/* "..., as Republican lawmakers warn the levies are hurting them": a
 * content of one word that joins clauses ("as", "while", "and"), right
 * before a source, is the writer's, not part of what the source said.
 * (Not a relative word: PolNeAR keeps "which" in "the plan, which he
 * said would fail".) */
static void joiner_contents(const char *text, ws_tokens *tk) {
  static const char *const joiners[] = {"as", "while", "because", "since", "although", "though",
                                        "and", "but", "whereas", NULL};
  ws_token *v = tk->v;
  for (size_t i = 0; i + 1 < tk->n; i++)
    if (v[i].label == WS_L_BT && v[i + 1].label == WS_L_BS && ws_word_in(text, &v[i], joiners))
      v[i].label = WS_L_O;
}

/* "In public, Grassley has been more cautious, telling reporters last
 * week that he was ...": a content that opens with "that" in a sentence
 * where the tagger found no cue went to a cue of the sentence before.  A
 * strong cue word in a tense or in -ing a few unlabelled words before
 * it is its cue. */
static void lost_that_cues(const char *text, ws_tokens *tk) {
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t s0 = 0; s0 < n;) {
    size_t s1 = s0 + 1;
    while (s1 < n && !(v[s1].flags & WS_TF_SENT)) s1++;
    int cue = 0;
    for (size_t i = s0; i < s1; i++) cue |= v[i].label == WS_L_BC || v[i].label == WS_L_IC;
    for (size_t i = s0 + 1; !cue && i < s1; i++) {
      if (v[i].label != WS_L_BT || !ws_word_is(text, &v[i], "that") || v[i - 1].label != WS_L_O)
        continue;
      for (size_t k = i; k-- > s0 && i - k <= 5 && v[k].label == WS_L_O;) {
        int p = v[k].pos;
        /* (not a relative clause's verb: "in a story that posted this week
         * that ...") */
        if ((v[k].flags & WS_TF_STRONGCUE) && (ws_pos_tensed(p) || p == WS_POS_VBG) &&
            !(k > s0 && (v[k - 1].pos == WS_POS_WH || ws_word_is(text, &v[k - 1], "that")))) {
          /* with its auxiliary ("it was revealed in March that ...") */
          static const char *const aux[] = {"is", "was", "were", "are", "has", "had", "have", NULL};
          v[k].label = WS_L_BC;
          if (k > s0 && v[k - 1].label == WS_L_O && ws_word_in(text, &v[k - 1], aux)) {
            v[k - 1].label = WS_L_BC;
            v[k].label = WS_L_IC;
          }
          cue = 1;
          break;
        }
      }
    }
    s0 = s1;
  }
}

int ws_link(ws_doc *d, ws_tokens *tk) {
  size_t n = tk->n;
  if (n == 0) return 0;
  if (ws_once_run(&furniture_once, load_furniture, NULL) != WS_OK) return -1;
  drop_furniture(d, tk);
  second_cues(d->text, tk);
  permission_cues(d->text, tk);
  swallowed_subjects(tk);
  cue_overruns(d->text, tk);
  received_sources(d->text, tk);
  source_starts(d->text, tk);
  trailing_cue_contents(d->text, tk);
  parenthetical_contents(d->text, tk);
  continue_quotes(d->text, tk);
  quote_own_cue(tk);
  sentence_sources(d->text, tk);
  source_descriptors(d->text, tk);
  occasion_cues(d->text, tk);
  verb_sources(d->text, tk);
  joiner_contents(d->text, tk);
  lost_that_cues(d->text, tk);
  dated_cue_ends(d->text, tk);
  int rc = -1;
  size_t *sent = ws_malloc(n * sizeof *sent * 4);
  run *runs = ws_malloc(n * sizeof *runs);
  int *cons = ws_malloc(n * sizeof *cons);
  uint8_t *used = ws_malloc(n);
  if (!sent || !runs || !cons || !used) goto done;
  size_t *used_idx = sent + 2 * n, *next_con = sent + 3 * n;
  size_t *para = sent + n;
  size_t si = 0, pi = 0, nr = 0;
  for (size_t i = 0; i < n; i++) {
    const ws_token *t = &tk->v[i];
    if (i && (t->flags & WS_TF_SENT)) si++;
    if (i && (t->flags & WS_TF_PARA)) pi++;
    sent[i] = si;
    para[i] = pi;
    int ty = label_type(t->label);
    if (!ty) continue;
    if (nr && runs[nr - 1].type == ty && runs[nr - 1].t1 == i &&
        !is_begin(t->label)) {
      runs[nr - 1].t1 = i + 1;
    } else {
      runs[nr++] = (run){ty, i, i + 1, -1};
    }
  }
  /* Content joins the cheapest cue, a source the nearest cue.  Only runs
   * within WINDOW places are candidates: costs grow with distance, and an
   * unbounded search would be quadratic on long, dense blocks. */
  enum { WINDOW = 24 };
  for (size_t r = 0; r < nr; r++) {
    if (runs[r].type != 'T') continue;
    long best = -1;
    size_t lo = r > WINDOW ? r - WINDOW : 0, hi = r + WINDOW < nr ? r + WINDOW : nr;
    for (size_t c = lo; c < hi; c++) {
      if (runs[c].type != 'C') continue;
      long cost = link_cost(sent, para, &runs[r], &runs[c], tk, d->text);
      if (cost >= 0 && (best < 0 || cost < best)) {
        best = cost;
        runs[r].cue = (int)c;
      }
    }
  }
  /* "X said on Monday that A, adding that B": A lies nearer "adding"
   * than "said" (the day in between), but a cue with a content of its
   * own after it, in the sentence, does not also take one before it
   * that follows another cue with nothing between them and none of its
   * own: A is "said"'s. */
  for (size_t r = 1; r + 2 < nr; r++) {
    int c2 = runs[r].cue;
    if (runs[r].type != 'T' || c2 != (int)r + 1 || runs[r - 1].type != 'C' ||
        sent[runs[r - 1].t0] != sent[runs[r].t0] || sent[runs[c2].t0] != sent[runs[r].t0])
      continue;
    int own = 0, other = 0, strong = 0;
    for (size_t t = runs[r - 1].t0; t < runs[r - 1].t1; t++)
      strong |= (tk->v[t].flags & WS_TF_STRONGCUE) != 0;
    if (!strong) continue;
    for (size_t q = (size_t)c2 + 1; q < nr && sent[runs[q].t0] == sent[runs[r].t0]; q++) {
      if (runs[q].type == 'T' && runs[q].cue == c2) own = 1;
      if (runs[q].type == 'C') break;
    }
    for (size_t q = r - 1 > WINDOW ? r - 1 - WINDOW : 0; q < nr && q < r + WINDOW; q++)
      other |= runs[q].type == 'T' && runs[q].cue == (int)r - 1;
    if (own && !other) runs[r].cue = (int)r - 1;
  }
  /* a quotation continued over several paragraphs joins the cue the
   * paragraph before it joined */
  for (size_t r = 1; r < nr; r++) {
    if (runs[r].type != 'T' || runs[r].cue >= 0 || !(tk->v[runs[r].t0].flags & WS_TF_CONT))
      continue;
    size_t q = r;
    while (q-- > 0 && para[runs[q].t0] + 1 >= para[runs[r].t0])
      if (runs[q].type == 'T' && runs[q].cue >= 0 && para[runs[q].t0] + 1 == para[runs[r].t0]) {
        runs[r].cue = runs[q].cue;
        break;
      }
  }
  /* a cue that no content joined is no attribution: its words go back to
   * the pool, where a neighbour's content may take them */
  for (size_t r = 0; r < nr; r++) used[r] = 0;
  for (size_t r = 0; r < nr; r++)
    if (runs[r].type == 'T' && runs[r].cue >= 0) used[runs[r].cue] = 1;
  /* a preposition alone ("to", "about", "in") reports nothing: no cue,
   * unless what joined it is a quotation (the quote is kept, its cue
   * however poor) */
  for (size_t c = 0; c < nr; c++) {
    if (!used[c] || runs[c].type != 'C' || runs[c].t1 != runs[c].t0 + 1 ||
        (tk->v[runs[c].t0].pos != WS_POS_IN && tk->v[runs[c].t0].pos != WS_POS_TO))
      continue;
    int quoted = 0;
    size_t lo = c > WINDOW ? c - WINDOW : 0, hi = c + WINDOW < nr ? c + WINDOW : nr;
    for (size_t r = lo; r < hi && !quoted; r++)
      if (runs[r].type == 'T' && runs[r].cue == (int)c)
        for (size_t i = runs[r].t0; i < runs[r].t1 && !quoted; i++)
          quoted = tk->v[i].kind == WS_TK_QUOTE;
    if (!quoted) used[c] = 0;
  }
  for (size_t c = 0; c < nr; c++) {
    if (runs[c].type != 'C' || used[c]) continue;
    for (size_t i = runs[c].t0; i < runs[c].t1; i++) tk->v[i].label = WS_L_O;
    runs[c].type = 0;
  }
  /* each cue takes the nearest source in its sentence; sources no cue
   * took go back to the pool too */
  for (size_t r = 0; r < nr; r++) used[r] = 0;
  for (size_t c = 0; c < nr; c++) {
    if (runs[c].type != 'C') continue;
    /* "When asked ..., X said": a reduced clause after a subordinator has
     * no subject of its own; X answered, it did not ask */
    if (runs[c].t0 > 0 && is_subordinator(d->text, &tk->v[runs[c].t0 - 1])) continue;
    long best = -1;
    size_t lo = c > WINDOW ? c - WINDOW : 0, hi = c + WINDOW < nr ? c + WINDOW : nr;
    for (size_t s = lo; s < hi; s++) {
      if (runs[s].type != 'S') continue;
      long cost = link_cost(sent, para, &runs[s], &runs[c], tk, d->text);
      if (cost < 0 || cost >= 200) continue; /* same sentence only */
      if (best < 0 || cost < best) {
        best = cost;
        runs[c].cue = (int)s; /* for a cue: its source */
      }
    }
    if (runs[c].cue >= 0) used[runs[c].cue] = 1;
  }
  for (size_t s = 0; s < nr; s++) {
    if (runs[s].type != 'S' || used[s]) continue;
    for (size_t i = runs[s].t0; i < runs[s].t1; i++) tk->v[i].label = WS_L_O;
    runs[s].type = 0;
  }
  /* content runs grouped by cue, in order: one pass */
  size_t *first_con = used_idx;
  for (size_t r = 0; r < nr; r++) first_con[r] = SIZE_MAX;
  for (size_t r = nr; r-- > 0;) {
    if (runs[r].type != 'T' || runs[r].cue < 0) continue;
    next_con[r] = first_con[runs[r].cue];
    first_con[runs[r].cue] = r;
  }
  for (size_t c = 0; c < nr; c++) {
    if (runs[c].type != 'C') continue;
    int src = runs[c].cue;
    size_t nc = 0;
    for (size_t r = first_con[c]; r != SIZE_MAX; r = next_con[r]) {
      /* runs of one content split only by words nothing claims ("that
       * as of Friday, Trump leads") are one span */
      if (nc && only_free(tk, runs[cons[nc - 1]].t1, runs[r].t0) &&
          para[runs[r].t0] == para[runs[cons[nc - 1]].t1 - 1]) {
        runs[cons[nc - 1]].t1 = runs[r].t1;
        continue;
      }
      cons[nc++] = (int)r;
    }
    /* reported speech after its cue runs to the end of the sentence when
     * nothing else claims the words in between */
    if (nc) {
      run *last = &runs[cons[nc - 1]];
      if (last->t0 > runs[c].t0 && !(tk->v[last->t1 - 1].flags & WS_TF_SENT_END)) {
        size_t j = last->t1;
        while (j < n && tk->v[j].label == WS_L_O && !(tk->v[j].flags & WS_TF_SENT_END))
          j++;
        if (j < n && (tk->v[j].flags & WS_TF_SENT_END) && tk->v[j].label == WS_L_O &&
            sent[j] == sent[last->t0])
          /* stop before the final mark; a headline or a line with no
           * mark ends with its last word */
          last->t1 = tk->v[j].kind == WS_TK_WORD ? j + 1 : j;
      }
    }
    if (nc) {
      ws_trange sr, cr = {runs[c].t0, runs[c].t1}, cv[64];
      if (src >= 0) {
        sr = (ws_trange){runs[src].t0, runs[src].t1};
        relative_subject(d->text, tk, &sr, runs[c].t0);
      }
      size_t k = 0;
      for (size_t i = 0; i < nc && k < 64; i++)
        cv[k++] = (ws_trange){runs[cons[i]].t0, runs[cons[i]].t1};
      ws_attr_rec *r = ws_attr_record(d, tk, src >= 0 ? &sr : NULL, &cr, cv, k);
      if (!r) goto done;
      r->tagged = 1;
    }
  }
  rc = 0;
done:
  ws_free(sent);
  ws_free(runs);
  ws_free(cons);
  ws_free(used);
  return rc;
}

/* ---- Quotations with no cue of their own ------------------------------ */

int ws_claimed(const ws_doc *d, size_t first, size_t b0, size_t b1) {
  for (size_t k = first; k < d->nattrs; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    const ws_part *parts[3] = {&r->pub.source, &r->pub.cue, &r->pub.content};
    const ws_span *bsp[3] = {r->src_b, r->cue_b, r->con_b};
    for (int p = 0; p < 3; p++)
      for (size_t f = 0; f < parts[p]->nspans; f++)
        if (bsp[p][f].start < b1 && bsp[p][f].end > b0) return 1;
  }
  return 0;
}

/* "Parent Amira Haddad, who ..., was less convinced.": a paragraph with
 * no quotation and no cue that opens with a name followed by a comma or
 * a verb names whoever speaks in the quotation after it. */
static int opening_name(const char *text, const ws_tokens *tk, size_t p0, size_t p1,
                        ws_trange *out) {
  size_t i = p0;
  while (i < p1 && i - p0 < 6 && tk->v[i].kind == WS_TK_WORD && (tk->v[i].flags & WS_TF_CAP))
    i++;
  if (i - p0 < 2 || i >= p1 ||
      (tk->v[i - 1].pos != WS_POS_NNP && tk->v[i - 1].pos != WS_POS_UNK))
    return 0;
  const ws_token *t = &tk->v[i];
  int next_ok = text[t->b0] == ',' || ws_pos_finite(t->pos);
  if (!next_ok) return 0;
  for (size_t j = p0; j < p1; j++) {
    int l = tk->v[j].label;
    if (tk->v[j].kind == WS_TK_QUOTE || l == WS_L_BC || l == WS_L_IC) return 0;
  }
  /* not a capitalised common noun before the name ("Parent", "Union") */
  size_t s0 = p0;
  while (i - s0 > 2 && (tk->v[s0].pos == WS_POS_NN || tk->v[s0].pos == WS_POS_NNS ||
                        tk->v[s0].pos == WS_POS_JJ))
    s0++;
  *out = (ws_trange){s0, i};
  return 1;
}

/* record k's position in the order of records: its cue, or its content */
static size_t anchor(const ws_attr_rec *r) {
  return r->pub.cue.nspans ? r->cue_b[0].start : r->con_b[0].start;
}

/* The paragraph from token p1 names the speaker of the quotation before
 * it ("That's how Bob Lindqvist describes ...", "So says Mayor Ruiz"):
 * the source of its first record, in `who`. */
static int named_next(const ws_doc *d, const ws_tokens *tk, size_t first, size_t p1,
                      ws_trange *who) {
  static const char *const opens[] = {"That's how ", "That\xE2\x80\x99s how ", "That is how ",
                                      "This is how ", "So says ", NULL};
  const char *t = d->text + tk->v[p1].b0;
  int ok = 0;
  for (int k = 0; opens[k] && !ok; k++) ok = !strncmp(t, opens[k], strlen(opens[k]));
  if (!ok) return 0;
  size_t p2 = para_end(tk, p1), b1 = tk->v[p2 - 1].b1;
  for (size_t k = first; k < d->nattrs; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.has_source || !r->pub.cue.nspans || r->cue_b[0].start < tk->v[p1].b0 ||
        r->cue_b[0].start >= b1)
      continue;
    size_t s0 = ws_tok_lower(tk, r->src_b[0].start), s1 = ws_tok_lower(tk, r->src_b[0].end);
    if (s0 >= s1 || s1 > tk->n) return 0;
    *who = (ws_trange){s0, s1};
    return 1;
  }
  return 0;
}

int ws_infer_quotes(ws_doc *d, const ws_tokens *tk, size_t first) {
  size_t n = tk->n;
  const char *text = d->text;
  ws_trange who = {0, 0}; /* the speaker the next paragraph may continue */
  int have = 0;
  for (size_t p0 = 0; p0 < n;) {
    size_t p1 = para_end(tk, p0);
    size_t b0 = tk->v[p0].b0, b1 = tk->v[p1 - 1].b1;
    ws_trange after = {0, 0};
    int named_after = p1 < n && named_next(d, tk, first, p1, &after);
    if ((have || named_after) && whole_quote(tk, p0, p1) &&
        !(tk->v[p0].flags & WS_TF_FURNITURE) && !ws_claimed(d, first, b0, b1)) {
      if (named_after) who = after;
      /* this paragraph and the unclaimed quotation paragraphs after it */
      ws_trange con[64];
      size_t nc = 0, q0 = p0;
      while (q0 < n && nc < 64) {
        size_t q1 = para_end(tk, q0);
        if (!whole_quote(tk, q0, q1) || ws_claimed(d, first, tk->v[q0].b0, tk->v[q1 - 1].b1)) break;
        con[nc++] = (ws_trange){q0, q1};
        q0 = q1;
      }
      size_t at = d->nattrs;
      ws_attr_rec *r = ws_attr_record(d, tk, &who, NULL, con, nc);
      if (!r) return -1;
      r->pub.inferred = 1;
      r->pub.kind = "direct";
      /* in order among the block's records: move it before the first
       * record that comes after it, renumbering parents */
      size_t k = first;
      while (k < at && anchor(&d->attrs[k]) < r->con_b[0].start) k++;
      if (k < at) {
        ws_attr_rec tmp = *r;
        memmove(&d->attrs[k + 1], &d->attrs[k], (at - k) * sizeof tmp);
        d->attrs[k] = tmp;
        for (size_t j = first; j <= at; j++)
          if (d->attrs[j].pub.parent >= (int)k) d->attrs[j].pub.parent++;
      }
      p0 = q0;
      continue;
    }
    /* who speaks last in this paragraph, if anyone */
    have = 0;
    size_t best = 0;
    for (size_t k = first; k < d->nattrs; k++) {
      const ws_attr_rec *r = &d->attrs[k];
      if (!r->pub.has_source || !r->pub.cue.nspans || r->cue_b[0].start < b0 ||
          r->cue_b[0].start >= b1 || (have && r->cue_b[0].start < best))
        continue;
      size_t s0 = ws_tok_lower(tk, r->src_b[0].start), s1 = ws_tok_lower(tk, r->src_b[0].end);
      if (s0 >= s1 || s1 > n) continue;
      who = (ws_trange){s0, s1};
      best = r->cue_b[0].start;
      have = 1;
    }
    if (!have && !ws_claimed(d, first, b0, b1)) have = opening_name(text, tk, p0, p1, &who);
    p0 = p1;
  }
  return 0;
}
