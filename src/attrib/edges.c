/* edges.c — a content's start and end chosen again over whole spans
 * (edges.h).  Candidates keep every content span but the first one's
 * start and the last one's end; those move to places where contents
 * start and end, never over the cue.  Features are hashed from a
 * template number and one or two values (word hashes, tags, small
 * counts); a few carry a value other than 1 (the tagger's cost of the
 * change).  The weights file lists the features training saw. */
#include "edges.h"
#include "model.h"
#include "tagger.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

WS_DATA(edges);

/* Every look stays within this many tokens of a content's edges, so a
 * sentence of any length costs the same per record. */
#define WINDOW 64

/* the weights: open addressing on the feature id (0 = empty) */
static uint32_t *wkey;
static float *wval;
static uint32_t wmask;
static ws_once edges_once = WS_ONCE_INIT;

static uint32_t fmix(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

/* A feature's id: template t with values a and b (never 0). */
static uint32_t fid(uint32_t t, uint32_t a, uint32_t b) {
  uint32_t h = fmix(fmix(t * 0x9e3779b1u ^ a) + b * 0x27d4eb2fu);
  return h ? h : 1;
}

static float weight(uint32_t id) {
  if (!wkey) return 0;
  for (uint32_t i = fmix(id) & wmask;; i = (i + 1) & wmask) {
    if (wkey[i] == id) return wval[i];
    if (!wkey[i]) return 0;
  }
}

static void words_init(void);

static ws_status load(ws_error *err) {
  words_init();
  const char *p = (const char *)ws_data_edges, *end = p + ws_data_edges_len;
  size_t n = 0;
  for (const char *q = p; q < end; q++) n += *q == '\n';
  if (!n) return WS_OK;
  uint32_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  wkey = ws_calloc(cap, sizeof *wkey);
  wval = ws_calloc(cap, sizeof *wval);
  if (!wkey || !wval) {
    ws_free(wkey), ws_free(wval);
    wkey = NULL, wval = NULL;
    return ws_load_nomem(err, "content edge weights");
  }
  wmask = cap - 1;
  size_t line = 0, used = 0;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    line++;
    if (e > p && *p != '#') {
      char buf[64];
      size_t len = (size_t)(e - p);
      if (len >= sizeof buf) len = sizeof buf - 1;
      memcpy(buf, p, len);
      buf[len] = 0;
      char *tab, *rest;
      unsigned long id = strtoul(buf, &tab, 16);
      double w = *tab == '\t' ? strtod(tab + 1, &rest) : 0;
      if (*tab != '\t' || rest == tab + 1 || *rest || !id || id > 0xffffffffu) {
        ws_free(wkey), ws_free(wval);
        wkey = NULL, wval = NULL;
        ws_set_error(err, WS_ERR_MODEL, line, 0, "data/edges.tsv: line %zu is not ID <TAB> weight",
                     line);
        return WS_ERR_MODEL;
      }
      uint32_t i = fmix((uint32_t)id) & wmask;
      while (wkey[i] && wkey[i] != id) i = (i + 1) & wmask;
      used += !wkey[i];
      wkey[i] = (uint32_t)id;
      wval[i] = (float)w;
    }
    p = e + 1;
  }
  if (!used) { /* a file of comments: the tagger's edges stand */
    ws_free(wkey), ws_free(wval);
    wkey = NULL, wval = NULL;
  }
  return WS_OK;
}

ws_status ws_edges_ready(ws_error *err) { return ws_once_run(&edges_once, load, err); }

/* ---- the tokens ---- */

static uint32_t h_that, cut_words[24];
static size_t ncut;

static void words_init(void) {
  static const char *const cut[] = {"and",   "but",  "because", "as",        "while", "after",
                                    "before", "when", "which",   "who",       "including",
                                    "saying", "adding", "according", "though", "although",
                                    "since", "if",   "where",   "whose",     "than",  "so",
                                    "or",    "with"};
  h_that = ws_norm_hash("that", 4);
  for (ncut = 0; ncut < sizeof cut / sizeof *cut; ncut++)
    cut_words[ncut] = ws_norm_hash(cut[ncut], strlen(cut[ncut]));
}

static int is_cut_word(const ws_token *t) {
  for (size_t i = 0; i < ncut; i++)
    if (t->norm == cut_words[i]) return 1;
  return 0;
}

/* a mark after which a content may start or before which it may end.
 * Not tokenize.c's ws_dash_token: that one also takes a lone hyphen and
 * U+2015, and cutting there scored lower on both halves and dev
 * (session 25: content -0.17 on half B, -0.28 on dev). */
static int is_break(const char *text, const ws_token *t) {
  if (t->shape == 6) return 1;
  if (t->shape != 5) return 0;
  const char *s = text + t->b0;
  size_t n = t->b1 - t->b0;
  if (n == 1) return *s == ',' || *s == ';' || *s == ':' || *s == '(';
  return (n == 2 && !memcmp(s, "--", 2)) || (n == 3 && (!memcmp(s, "\xe2\x80\x94", 3) ||
                                                         !memcmp(s, "\xe2\x80\x93", 3)));
}

static int is_punct(const ws_token *t) { return t->shape == 5 || t->shape == 6; }

/* a tag: the parser's when the sentence was parsed, else the coarse one */
static uint32_t tag_of(const ws_tree *tr, const ws_tokens *tk, size_t i) {
  return tr && tr->tag[i] ? 64u + tr->tag[i] : tk->v[i].pos;
}

static uint32_t size_class(size_t n) { return n < 4 ? (uint32_t)n : n < 8 ? 4 : n < 16 ? 5 : 6; }

/* ---- features ---- */

enum {
  F_SO = 1, F_SDIR, F_EO, F_EDIR, F_PREV, F_FIRST, F_PT, F_LAST, F_NEXT, F_LT, F_SOEO,
  F_COST, F_COSTMAX, F_COSTK, F_COSTB, F_COSTBK, F_KIND, F_ROOTS, F_ROOTSAT, F_ROOTREL,
  F_YIELD, F_YIELDP, F_NCUE, F_CUE, F_NFR,
  /* a moved stretch's: (template << 3) | side */
  F_SEGLEN = 32, F_SEGFIN, F_SEGQ, F_SEGW0, F_SEGW01, F_SEGT1, F_SEGWL, F_SEGATT
};

#define MAXF 160

typedef struct fset {
  uint32_t id[MAXF];
  float val[MAXF];
  size_t n;
} fset;

static void add(fset *f, uint32_t t, uint32_t a, uint32_t b) {
  if (f->n < MAXF) f->id[f->n] = fid(t, a, b), f->val[f->n++] = 1;
}
static void addv(fset *f, uint32_t t, uint32_t a, float v) {
  if (f->n < MAXF) f->id[f->n] = fid(t, a, 0), f->val[f->n++] = v;
}
/* a feature plain, with whether the edge is the tagger's, and with where
 * the cue is */
static void add3(fset *f, uint32_t t, uint32_t a, uint32_t b, uint32_t orig, uint32_t cside) {
  add(f, t, a, b);
  add(f, t + 100, a ^ fmix(b), orig);
  add(f, t + 200, a ^ fmix(b), cside);
}

typedef struct rec_ctx {
  const char *text;
  const ws_tokens *tk;
  const ws_tree *tr;
  size_t s0, e0, c0, c1, st0, et1, nfr;
  size_t r0, r1; /* the source's tokens (r0 == r1: none) */
  size_t qmax;   /* a content before its cue ends by here */
  uint32_t cside, dq;
  const size_t *cues; /* first cue tokens of the block's records, sorted */
  size_t ncues;
  struct {
    size_t a, b;
    uint32_t lab;
  } yields[16]; /* the cue's dependents, less their edge marks */
  size_t nyields;
  struct {
    size_t at, mate; /* a quotation mark and the one that closes or opens
                        its quotation (SIZE_MAX: none near) */
    int open;
  } marks[32];
  size_t nmarks;
} rec_ctx;

/* the stretch [a, b) a candidate adds or drops; side 0-3 */
static void seg_features(fset *f, const rec_ctx *c, size_t a, size_t b, size_t p, size_t q,
                         uint32_t side) {
  const ws_token *v = c->tk->v;
  add(f, F_SEGLEN << 3 | side, size_class(b - a), 0);
  int fin = 0, quote = 0;
  for (size_t i = a; i < b; i++) fin |= ws_pos_finite(v[i].pos), quote |= v[i].shape == 6;
  if (fin) add(f, F_SEGFIN << 3 | side, 1, 0);
  if (quote) add(f, F_SEGQ << 3 | side, 1, 0);
  add(f, F_SEGW0 << 3 | side, v[a].norm, 0);
  if (b - a > 1 && is_punct(&v[a])) {
    add(f, F_SEGW01 << 3 | side, v[a].norm, v[a + 1].norm);
    add(f, F_SEGT1 << 3 | side, tag_of(c->tr, c->tk, a + 1), 0);
  }
  add(f, F_SEGWL << 3 | side, v[b - 1].norm, 0);
  if (!c->tr) return;
  /* where the stretch hangs: each token whose head is outside it */
  for (size_t i = a; i < b; i++) {
    if (!c->tr->tag[i]) break;
    int32_t h = c->tr->head[i];
    if (h >= (int32_t)a && h < (int32_t)b) continue;
    uint32_t where = h < 0 ? 0 : (size_t)h >= c->c0 && (size_t)h < c->c1 ? 1
                                   : (size_t)h >= p && (size_t)h < q   ? 2 : 3;
    add(f, F_SEGATT << 3 | side, where, c->tr->lab[i]);
  }
}

/* how many of the sorted v[0, n) are under x */
static size_t count_below(const size_t *v, size_t n, size_t x) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

static size_t features(fset *f, const rec_ctx *c, size_t p, size_t q) {
  const ws_token *v = c->tk->v;
  const ws_tree *tr = c->tr;
  f->n = 0;
  uint32_t so = p == c->s0, eo = q == c->e0;
  uint32_t sdir = so ? 0 : p < c->s0 ? 1 : 2, edir = eo ? 0 : q < c->e0 ? 1 : 2;
  uint32_t kind = sdir * 3 + edir;
  if (so) add(f, F_SO, 0, 0);
  else {
    add(f, F_SDIR, sdir, 0);
    if (p < c->s0) seg_features(f, c, p, c->s0, p, q, 0);
    else seg_features(f, c, c->s0, p, p, q, 1);
  }
  uint32_t prev = p > c->st0 ? v[p - 1].norm : 1;
  uint32_t ptag = p > c->st0 ? tag_of(tr, c->tk, p - 1) : 255;
  add3(f, F_PREV, prev, 0, so, c->cside);
  add3(f, F_FIRST, v[p].norm, 0, so, c->cside);
  add3(f, F_PT, ptag, tag_of(tr, c->tk, p), so, c->cside);
  if (eo) add(f, F_EO, 0, 0);
  else {
    add(f, F_EDIR, edir, 0);
    if (q < c->e0) seg_features(f, c, q, c->e0, p, q, 2);
    else seg_features(f, c, c->e0, q, p, q, 3);
  }
  uint32_t next = q < c->et1 ? v[q].norm : 2;
  uint32_t ntag = q < c->et1 ? tag_of(tr, c->tk, q) : 254;
  add3(f, F_LAST, v[q - 1].norm, 0, eo, c->cside);
  add3(f, F_NEXT, next, 0, eo, c->cside);
  add3(f, F_LT, tag_of(tr, c->tk, q - 1), ntag, eo, c->cside);
  add(f, F_SOEO, so, eo);
  /* what the change costs in the tagger's eyes: the belief of each token
   * it moves in or out of the content, squashed into [0, 1) */
  float cost = 0, mx = 0;
  size_t lo[2] = {p < c->s0 ? p : c->s0, q < c->e0 ? q : c->e0};
  size_t hi[2] = {p < c->s0 ? c->s0 : p, q < c->e0 ? c->e0 : q};
  if (lo[1] < hi[0]) lo[1] = hi[0]; /* overlapping stretches: each token once */
  for (int k = 0; k < 2; k++)
    for (size_t i = lo[k]; i < hi[k]; i++) {
      int in = i >= p && i < q, was = i >= c->s0 && i < c->e0;
      float b = (float)tanh(v[i].bel[2] / (WS_BEL_UNIT * 2000.0));
      float x = was && !in ? (b > 0 ? b : 0) : in && !was ? (b < 0 ? -b : 0) : 0;
      cost += x;
      if (x > mx) mx = x;
    }
  uint32_t cb = size_class((size_t)(cost * 4));
  addv(f, F_COSTK, kind, cost);
  add(f, F_COSTBK, cb, kind);
  add(f, F_KIND, kind, c->dq);
  addv(f, F_COST, 0, cost);
  addv(f, F_COSTMAX, 0, mx);
  add(f, F_COSTB, cb, 0);
  /* the tree's shape of the candidate: its roots, where they hang */
  if (tr && tr->tag[p] && tr->tag[q - 1]) {
    size_t nroots = 0, atcue = 0, shown = 0;
    for (size_t i = p; i < q && i < p + 2 * WINDOW; i++) {
      int32_t h = tr->head[i];
      if ((h >= (int32_t)p && h < (int32_t)q) || is_punct(&v[i])) continue;
      nroots++;
      int cue = h >= 0 && (size_t)h >= c->c0 && (size_t)h < c->c1;
      atcue += cue;
      if (shown++ < 3) add(f, F_ROOTREL, tr->lab[i] << 1 | (uint32_t)cue, so << 1 | eo);
    }
    add(f, F_ROOTS, size_class(nroots), so << 1 | eo);
    if (nroots) add(f, F_ROOTSAT, atcue == nroots, size_class(nroots));
    /* exactly a dependent of the cue, less its edge marks (and "that") */
    for (size_t k = 0; k < c->nyields; k++) {
      if (c->yields[k].a == p && c->yields[k].b == q) add(f, F_YIELD, c->yields[k].lab, 0);
      if (c->yields[k].a == p && c->yields[k].b + 1 == q) add(f, F_YIELDP, c->yields[k].lab, 0);
    }
  }
  size_t ncue = 0;
  ncue = count_below(c->cues, c->ncues, q) - count_below(c->cues, c->ncues, p);
  add(f, F_NCUE, ncue < 2 ? (uint32_t)ncue : 2, 0);
  add(f, F_CUE, v[c->c0].norm, so << 1 | eo);
  add(f, F_NFR, c->nfr < 3 ? (uint32_t)c->nfr : 3, so << 1 | eo);
  return f->n;
}

/* ---- candidates ---- */

#define MAXSTARTS 16
#define MAXENDS 24
#define MAXFR 64

/* The start of token i's sentence, or i - WINDOW in a longer one; the
 * end likewise: every look stays near the content. */
static size_t sent_start(const ws_tokens *tk, size_t i) {
  size_t stop = i > WINDOW ? i - WINDOW : 0;
  while (i > stop && !(tk->v[i].flags & WS_TF_SENT)) i--;
  return i;
}
static size_t sent_end(const ws_tokens *tk, size_t i) {
  size_t stop = i + WINDOW < tk->n ? i + WINDOW : tk->n;
  for (i++; i < stop && !(tk->v[i].flags & WS_TF_SENT); i++) {}
  return i;
}

static int cmp_size(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return (x > y) - (x < y);
}

/* the record's yields and quotation marks (rec_ctx) */
static void record_context(rec_ctx *c) {
  const ws_token *v = c->tk->v;
  const ws_tree *tr = c->tr;
  c->nyields = c->nmarks = 0;
  for (size_t i = c->st0; i < c->et1; i++) {
    /* near the edges only: a long content's middle moves nothing */
    if (i == c->s0 + WINDOW && c->e0 > c->s0 + 2 * WINDOW) i = c->e0 - WINDOW;
    if (v[i].flags & (WS_TF_QOPEN | WS_TF_QCLOSE) && c->nmarks < 32) {
      int open = (v[i].flags & WS_TF_QOPEN) != 0;
      size_t j = i, mate = SIZE_MAX;
      if (open) {
        size_t stop = i + 2 * WINDOW < c->et1 ? i + 2 * WINDOW : c->et1;
        for (j = i + 1; j < stop && !(v[j].flags & WS_TF_QCLOSE); j++) {}
        if (j < stop) mate = j;
      } else {
        size_t stop = i > c->st0 + 2 * WINDOW ? i - 2 * WINDOW : c->st0;
        while (j > stop && !(v[j - 1].flags & WS_TF_QOPEN)) j--;
        if (j > stop) mate = j - 1;
      }
      c->marks[c->nmarks].at = i, c->marks[c->nmarks].mate = mate;
      c->marks[c->nmarks++].open = open;
    }
    if (!tr || !tr->tag[i] || c->nyields == 16) continue;
    int32_t h = tr->head[i];
    if (h < 0 || (size_t)h < c->c0 || (size_t)h >= c->c1 || (i >= c->c0 && i < c->c1)) continue;
    size_t a = (size_t)tr->lo[i], b = (size_t)tr->hi[i] + 1;
    while (a < b && (is_break(c->text, &v[a]) || v[a].norm == h_that)) a++;
    while (b > a && is_punct(&v[b - 1])) b--;
    if (a < b) {
      c->yields[c->nyields].a = a, c->yields[c->nyields].b = b;
      c->yields[c->nyields++].lab = tr->lab[i];
    }
  }
}

static void put(size_t *v, size_t *n, size_t max, size_t x) {
  for (size_t i = 0; i < *n; i++)
    if (v[i] == x) return;
  if (*n < max) v[(*n)++] = x;
}

/* Token range of byte span [b0, b1) when it starts and ends on tokens. */
static int tok_span(const ws_tokens *tk, size_t b0, size_t b1, size_t *t0, size_t *t1) {
  size_t a = ws_tok_lower(tk, b0), b = ws_tok_lower(tk, b1);
  if (a >= b || a >= tk->n || tk->v[a].b0 != b0 || tk->v[b - 1].b1 != b1) return 0;
  *t0 = a, *t1 = b;
  return 1;
}

static int ok(const rec_ctx *c, size_t p, size_t q, size_t f0end, size_t flast0) {
  if (p >= q) return 0;
  /* a lone word ("which") says nothing: no content becomes one */
  if (q - p == 1 && c->e0 - c->s0 > 1) return 0;
  if (c->nfr > 1 && (p >= f0end || q <= flast0)) return 0;
  if (c->c0 >= c->e0 && q > c->qmax) return 0;
  if (c->c1 <= c->s0 && p < c->c1) return 0;
  if (p < c->c1 && q > c->c0 && !(c->s0 < c->c1 && c->e0 > c->c0)) return 0;
  /* nor drop the words before a quotation (", referring to the delay,
   * "you give ...""): which words are quoted and which reported is the
   * rules' to mend */
  if (p > c->s0 && (c->tk->v[p].flags & WS_TF_QOPEN)) return 0;
  /* nor cut a quotation in two: a mark the candidate opens closes in it,
   * or after the tagger's end too; one it closes opened in it, or before
   * the tagger's start too */
  for (size_t k = 0; k < c->nmarks; k++) {
    size_t at = c->marks[k].at, mate = c->marks[k].mate;
    /* nor drop quoted words: a quotation found is kept (quote_recall.py) */
    if ((at >= c->s0 && at < p) || (at >= q && at < c->e0)) return 0;
    if (at < p || at >= q || mate == SIZE_MAX) continue;
    if (c->marks[k].open ? mate >= q && mate < c->e0 : mate < p && mate >= c->s0) return 0;
  }
  /* nor over the source */
  if (c->r1 > c->r0 && p < c->r1 && q > c->r0 && !(c->s0 < c->r1 && c->e0 > c->r0)) return 0;
  return 1;
}

int ws_edges(ws_doc *d, const ws_tokens *tk, const ws_tree *tr, size_t first) {
  if (!wkey && !d->edges_hook) return 0;
  size_t ncues = 0, *cues = ws_malloc((d->nattrs - first + 1) * sizeof *cues);
  if (!cues) return -1;
  for (size_t k = first; k < d->nattrs; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    if (r->pub.cue.nspans) {
      size_t c = ws_tok_lower(tk, r->cue_b[0].start);
      if (c < tk->n) cues[ncues++] = c;
    }
  }
  qsort(cues, ncues, sizeof *cues, cmp_size);
  fset f;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (!r->pub.cue.nspans || !nf || nf > MAXFR) continue;
    rec_ctx c = {.text = d->text, .tk = tk, .tr = tr, .nfr = nf, .cues = cues, .ncues = ncues};
    size_t f0a, f0b, fla, flb, x;
    if (!tok_span(tk, r->cue_b[0].start, r->cue_b[r->pub.cue.nspans - 1].end, &c.c0, &c.c1) ||
        !tok_span(tk, r->con_b[0].start, r->con_b[0].end, &f0a, &f0b) ||
        !tok_span(tk, r->con_b[nf - 1].start, r->con_b[nf - 1].end, &fla, &flb))
      continue;
    if (r->pub.has_source && r->pub.source.nspans) {
      c.r0 = ws_tok_lower(tk, r->src_b[0].start);
      c.r1 = ws_tok_lower(tk, r->src_b[r->pub.source.nspans - 1].end);
    }
    c.s0 = f0a, c.e0 = flb;
    /* a content whose last word is right before its cue is a source the
     * tagger misread ("..., minister | confirms"): the rules mend those */
    if (c.e0 == c.c0 && !is_punct(&tk->v[c.e0 - 1])) continue;
    c.st0 = sent_start(tk, c.s0);
    c.et1 = sent_end(tk, c.e0 - 1);
    c.cside = c.c1 <= c.s0 ? 0 : c.c0 >= c.e0 ? 1 : 2;
    /* a content before its cue runs on to the last mark before the cue at
     * most ("..., minister confirms": the words after it are the report's) */
    c.qmax = c.c0;
    for (size_t i = c.c0; i > c.e0 && i + WINDOW > c.c0; i--)
      if (is_break(d->text, &tk->v[i - 1])) {
        c.qmax = i - 1;
        break;
      }
    for (size_t i = c.s0; i < c.e0 && i < c.s0 + WINDOW; i++) c.dq |= tk->v[i].shape == 6;
    const ws_token *v = tk->v;
    size_t starts[MAXSTARTS], ns = 0, ends[MAXENDS], ne = 0;
    record_context(&c);
    /* other edges, the nearest first */
    put(starts, &ns, MAXSTARTS, c.s0);
    size_t lo = c.s0 > c.st0 + 30 ? c.s0 - 30 : c.st0, hi = f0b - 1 < c.s0 + 30 ? f0b - 1 : c.s0 + 30;
    for (size_t dist = 0; dist <= 30; dist++)
      for (int side = 0; side < 2; side++) {
        if (side ? dist > hi - c.s0 : dist > c.s0 - lo) continue;
        x = side ? c.s0 + dist : c.s0 - dist;
        if (x == c.st0 || (x > c.st0 && (is_break(d->text, &v[x - 1]) || v[x - 1].norm == h_that)) ||
            v[x].norm == h_that)
          put(starts, &ns, MAXSTARTS, x);
      }
    put(ends, &ne, MAXENDS, c.e0);
    lo = c.e0 > fla + 41 ? c.e0 - 40 : fla + 1;
    hi = c.e0 + 40 < c.et1 ? c.e0 + 40 : c.et1;
    for (size_t dist = 0; dist <= 40; dist++)
      for (int side = 0; side < 2; side++) {
        if (side ? c.e0 + dist > hi : c.e0 < lo + dist) continue;
        x = side ? c.e0 + dist : c.e0 - dist;
        if (x == c.et1 || x + 1 == c.et1 ||
            (x < c.et1 && (is_break(d->text, &v[x]) || is_cut_word(&v[x]))) || v[x - 1].shape == 6 ||
            (x < c.et1 && dist < 15 && (v[x].pos == WS_POS_IN || v[x].pos == WS_POS_TO)))
          put(ends, &ne, MAXENDS, x);
      }
    if (!ok(&c, c.s0, c.e0, f0b, fla)) continue;
    float best = 0;
    size_t bp = c.s0, bq = c.e0, cand = 0;
    for (size_t i = 0; i < ns; i++)
      for (size_t j = 0; j < ne; j++) {
        size_t p = starts[i], q = ends[j];
        if ((cand && p == c.s0 && q == c.e0) || !ok(&c, p, q, f0b, fla)) continue;
        features(&f, &c, p, q);
        if (d->edges_hook) {
          ws_span sp[MAXFR];
          memcpy(sp, r->pub.content.spans, nf * sizeof *sp);
          sp[0].start = v[p].c0, sp[nf - 1].end = v[q - 1].c1;
          d->edges_hook->fn(d->edges_hook->ctx, d, k, cand++, sp, nf, f.id, f.val, f.n);
          continue;
        }
        float s = 0;
        for (size_t m = 0; m < f.n; m++) s += weight(f.id[m]) * f.val[m];
        if (!cand++ || s > best) best = s, bp = p, bq = q;
      }
    if (!d->edges_hook && (bp != c.s0 || bq != c.e0) &&
        ws_content_move(d, r, 0, &v[bp], nf - 1, &v[bq - 1])) {
      ws_free(cues);
      return -1;
    }
  }
  ws_free(cues);
  return 0;
}
