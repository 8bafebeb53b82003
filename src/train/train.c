/* train.c — learning the tagger from gold brat annotations.
 *
 * An averaged structured perceptron (Collins 2002) over the same features
 * and Viterbi decoder used at run time.  Token labels come from the gold
 * Source/Cue/Content spans (B at the first token of a span or after a gap
 * that is not whitespace).  The cue lexicon, which feeds features, is
 * mined first: words that are part of gold cues often enough.  Training is
 * deterministic: documents are visited in an order fixed by a seeded
 * shuffle, so the same data gives the same model file. */
#include "../attrib/tagger.h"
#include "../tokenize/tokenize.h"
#include "../framing/cues.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define TRAIN_BITS 18
/* The weight of stage one's scores beside stage two's at run time (0.5:
 * on the halves of PolNeAR train, 0, 0.5 and 1 were within 0.7 points of
 * each other, 0.5 best by a little; docs/model-format.md). */
#define STACK_MIX 0.5f

typedef struct tdoc {
  char *text;
  ws_tokens tk;
  uint8_t *gold;
  uint32_t *feat;
  uint8_t *nf;
  /* stacking: stage two's features of the labels a stage one that did
   * not see this document gives it */
  uint32_t *feat2;
  uint8_t *nf2;
} tdoc;

typedef struct tagobs {
  uint32_t h, lemma;
  uint8_t tag;
} tagobs;

typedef struct wordclass {
  uint32_t h;
  uint16_t c;
} wordclass;

struct ws_trainer {
  tdoc *docs;
  size_t n, cap;
  tagobs *tags;
  size_t ntags, captags;
  wordclass *classes;
  size_t nclasses, capclasses;
  unsigned bits;
  unsigned folds; /* a second stage, stacked over this many folds; 0 none */
  unsigned margin[2]; /* loss-augmented learning: wrong labels score this
                       * more, in stage one and in stage two */
  uint64_t seed;   /* of the shuffles of the documents' order */
  const ws_parser *parser;
};

void ws_trainer_set_parser(ws_trainer *tr, const ws_parser *p) { tr->parser = p; }

ws_status ws_trainer_set_stack(ws_trainer *tr, unsigned folds) {
  if (folds == 1 || folds > 16) return WS_ERR_ARG;
  tr->folds = folds;
  return WS_OK;
}

void ws_trainer_set_seed(ws_trainer *tr, uint64_t seed) { tr->seed = seed; }

ws_status ws_trainer_set_margin(ws_trainer *tr, unsigned one, unsigned two) {
  if (one > 100000 || two > 100000) return WS_ERR_ARG;
  tr->margin[0] = one;
  tr->margin[1] = two;
  return WS_OK;
}

ws_status ws_trainer_set_bits(ws_trainer *tr, unsigned bits) {
  if (bits < 10 || bits > 24) return WS_ERR_ARG;
  tr->bits = bits;
  return WS_OK;
}

ws_status ws_trainer_add_tags(ws_trainer *tr, const char *s, size_t len,
                              ws_error *err) {
  const char *p = s, *end = s + len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    const char *col[6] = {0};
    int nc = 0;
    col[nc++] = p;
    for (const char *c = p; c < e && nc < 6; c++)
      if (*c == '\t') col[nc++] = c + 1;
    if (*p != '#' && nc == 6) {
      const char *form = col[1];
      size_t fl = (size_t)(col[2] - 1 - form);
      size_t tl = (size_t)(col[5] - 1 - col[4]);
      tagobs *v = ws_grow(tr->tags, &tr->captags, tr->ntags, sizeof *v, 4096);
      if (!v) {
        ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
        return WS_ERR_NOMEM;
      }
      tr->tags = v;
      size_t ll = (size_t)(col[3] - 1 - col[2]);
      tr->tags[tr->ntags++] = (tagobs){ws_norm_hash(form, fl), ws_norm_hash(col[2], ll),
                                       (uint8_t)ws_pos_of_penn(col[4], tl)};
    }
    p = nl ? nl + 1 : end;
  }
  return WS_OK;
}

/* one decimal field of a word-classes line, at most `max` */
static int class_field(const char **p, const char *e, unsigned max, unsigned *out) {
  unsigned v = 0;
  const char *s = *p;
  while (*p < e && **p >= '0' && **p <= '9' && v <= max) v = v * 10 + (unsigned)(*(*p)++ - '0');
  if (*p == s || v > max) return -1;
  *out = v;
  return 0;
}

ws_status ws_trainer_add_classes(ws_trainer *tr, const char *s, size_t len, ws_error *err) {
  const char *p = s, *end = s + len;
  size_t line = 0;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    line++;
    if (e > p && *p != '#') {
      const char *tab = memchr(p, '\t', (size_t)(e - p));
      const char *q = tab ? tab + 1 : e;
      unsigned v = 0, n = 0, fl = 0;
      if (!tab || tab == p || class_field(&q, e, 63, &v) || q >= e || *q++ != '\t' ||
          class_field(&q, e, 63, &n) || q >= e || *q++ != '\t' ||
          class_field(&q, e, 3, &fl) || (q < e && *q != '\r')) {
        ws_set_error(err, WS_ERR_PARSE, line, (size_t)(p - s),
                     "expected FORM <TAB> VERB <TAB> NOUN <TAB> FLAGS (numbers up to 63, 63, 3)");
        return WS_ERR_PARSE;
      }
      wordclass *c = ws_grow(tr->classes, &tr->capclasses, tr->nclasses, sizeof *c, 4096);
      if (!c) {
        ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
        return WS_ERR_NOMEM;
      }
      tr->classes = c;
      tr->classes[tr->nclasses++] =
          (wordclass){ws_norm_hash(p, (size_t)(tab - p)), WS_WCLASS(v, n, fl)};
    }
    p = nl ? nl + 1 : end;
  }
  return WS_OK;
}

static int cmp_tagobs(const void *a, const void *b) {
  const tagobs *x = a, *y = b;
  if (x->h != y->h) return x->h < y->h ? -1 : 1;
  if (x->tag != y->tag) return x->tag < y->tag ? -1 : 1;
  return (x->lemma > y->lemma) - (x->lemma < y->lemma);
}

/* most frequent tag of each word seen at least twice */
static size_t build_taglex(ws_trainer *tr, uint32_t *lex, uint8_t *tag, uint32_t *lemma) {
  if (tr->ntags) qsort(tr->tags, tr->ntags, sizeof *tr->tags, cmp_tagobs); /* (none without --conllu) */
  size_t n = 0;
  for (size_t i = 0; i < tr->ntags;) {
    size_t j = i, total = 0, best = 0;
    uint8_t bt = 0;
    uint32_t bl = 0;
    while (j < tr->ntags && tr->tags[j].h == tr->tags[i].h) {
      size_t k = j;
      while (k < tr->ntags && tr->tags[k].h == tr->tags[j].h &&
             tr->tags[k].tag == tr->tags[j].tag)
        k++;
      if (k - j > best) {
        best = k - j;
        bt = tr->tags[j].tag;
        bl = tr->tags[j].lemma;
      }
      total += k - j;
      j = k;
    }
    if (total >= 2) {
      lex[n] = tr->tags[i].h;
      tag[n] = bt;
      lemma[n] = bl;
      n++;
    }
    i = j;
  }
  return n;
}

ws_trainer *ws_trainer_new(void) {
  ws_trainer *tr = ws_calloc(1, sizeof(ws_trainer));
  if (tr) tr->seed = WS_TRAIN_SEED;
  return tr;
}

void ws_trainer_free(ws_trainer *tr) {
  if (!tr) return;
  for (size_t i = 0; i < tr->n; i++) {
    ws_free(tr->docs[i].text);
    ws_free(tr->docs[i].tk.v);
    ws_free(tr->docs[i].gold);
    ws_free(tr->docs[i].feat);
    ws_free(tr->docs[i].nf);
    ws_free(tr->docs[i].feat2);
    ws_free(tr->docs[i].nf2);
  }
  ws_free(tr->docs);
  ws_free(tr->tags);
  ws_free(tr->classes);
  ws_free(tr);
}

ws_status ws_trainer_add(ws_trainer *tr, const char *name, const char *text,
                         size_t len, const char *ann, size_t ann_len,
                         ws_error *err) {
  ws_brat b;
  ws_status st = ws_brat_parse(&b, ann, ann_len, err);
  if (st != WS_OK) return st;
  tdoc *v = ws_grow(tr->docs, &tr->cap, tr->n, sizeof *v, 64);
  if (!v) goto oom;
  tr->docs = v;
  tdoc *d = &tr->docs[tr->n];
  memset(d, 0, sizeof *d);
  d->text = ws_malloc(len + 1);
  if (!d->text) goto oom;
  memcpy(d->text, text, len);
  d->text[len] = 0;
  if (ws_tokenize(d->text, 0, len, 0, &d->tk)) goto oom_doc;
  ws_mark_structure(d->text, &d->tk);
  size_t ncp = ws_utf8_count(text, len);
  /* per code point: (type, annotation + 1) */
  int32_t *owner = ws_calloc(ncp + 1, sizeof *owner);
  d->gold = ws_calloc(d->tk.n + 1, 1);
  if (!owner || !d->gold) {
    ws_free(owner);
    goto oom_doc;
  }
  for (size_t a = 0; a < b.nanns; a++)
    for (size_t k = 0; k < b.anns[a].nsp; k++)
      for (size_t c = b.anns[a].sp[k].start; c < b.anns[a].sp[k].end && c < ncp; c++)
        owner[c] = (int32_t)a + 1;
  int32_t prev = 0;
  for (size_t i = 0; i < d->tk.n; i++) {
    const ws_token *t = &d->tk.v[i];
    int32_t o = t->c0 < ncp ? owner[t->c0] : 0;
    if (!o && t->c1 >= 1 && t->c1 - 1 < ncp) o = owner[t->c1 - 1];
    uint8_t l = WS_L_O;
    if (o) {
      char ty = b.anns[o - 1].type;
      int base = ty == 'S' ? WS_L_BS : ty == 'C' ? WS_L_BC : WS_L_BT;
      l = (uint8_t)(o == prev ? base + 1 : base);
    }
    d->gold[i] = l;
    prev = o;
  }
  /* the last token of a content of two or more tokens: its end */
  for (size_t i = 0; i < d->tk.n; i++)
    if (d->gold[i] == WS_L_IT && (i + 1 == d->tk.n || d->gold[i + 1] != WS_L_IT))
      d->gold[i] = WS_L_ET;
  ws_free(owner);
  ws_brat_release(&b);
  tr->n++;
  (void)name;
  return WS_OK;
oom_doc:
  ws_free(d->text);
  ws_free(d->tk.v);
  ws_free(d->gold);
oom:
  ws_brat_release(&b);
  ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
  return WS_ERR_NOMEM;
}

typedef struct cue_count {
  uint32_t h, cue, all;
} cue_count;

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

/* A first word of data/cue-verbs.tsv counts as a strong cue word when
 * training saw it fewer than LEX_RARE times, at least once in a gold cue
 * or fewer than LEX_UNSEEN times in all: the table speaks for words the
 * annotations barely know.  (Two halves of PolNeAR train, each scored by
 * a tagger trained on the other: exact F1 up 0.6 to 1.0 for source and
 * cue, 0.2 to 0.6 for content.) */
#define LEX_RARE 20
#define LEX_UNSEEN 5

static int cmp_cc(const void *a, const void *b) {
  const cue_count *x = a, *y = b;
  return (x->h > y->h) - (x->h < y->h);
}

/* words that are part of a gold cue at least 3 times and in 5 % of uses;
 * strong: in a third of uses (the sentences the parser reads); and the
 * cue table's rare words (LEX_RARE), strong too */
static uint32_t *mine_cues(ws_trainer *tr, size_t *ncue, uint8_t **strong) {
  size_t total = 0;
  for (size_t i = 0; i < tr->n; i++) total += tr->docs[i].tk.n;
  size_t nlw;
  uint32_t *out = NULL, *lw = ws_cue_first_words(&nlw);
  cue_count *all = ws_malloc((total + 1) * sizeof *all);
  if (!all || !lw) {
    ws_free(all);
    ws_free(lw);
    return NULL;
  }
  qsort(lw, nlw, sizeof *lw, cmp_u32);
  size_t k = 0;
  for (size_t i = 0; i < tr->n; i++)
    for (size_t j = 0; j < tr->docs[i].tk.n; j++) {
      uint8_t g = tr->docs[i].gold[j];
      all[k++] = (cue_count){tr->docs[i].tk.v[j].norm,
                             g == WS_L_BC || g == WS_L_IC, 1};
    }
  qsort(all, k, sizeof *all, cmp_cc);
  out = ws_malloc((k + nlw + 1) * sizeof *out);
  uint32_t *st = ws_malloc((k + nlw + 1) * sizeof *st);
  if (!out || !st) {
    ws_free(out);
    ws_free(st);
    out = NULL;
    goto done;
  }
  size_t nst = 0;
  *ncue = 0;
  for (size_t i = 0; i < k;) {
    size_t j = i;
    uint32_t cue = 0, n = 0;
    while (j < k && all[j].h == all[i].h) {
      cue += all[j].cue;
      n++;
      j++;
    }
    int lexw = bsearch(&all[i].h, lw, nlw, sizeof *lw, cmp_u32) != NULL;
    int mined = cue >= 3 && cue * 20 >= n;
    int rare = lexw && !mined && n < LEX_RARE && (cue > 0 || n < LEX_UNSEEN);
    if (mined || rare) out[(*ncue)++] = all[i].h;
    if ((cue >= 3 && cue * 3 >= n) || rare) st[nst++] = all[i].h;
    i = j;
  }
  /* table words never seen in training */
  for (size_t a = 0; a < nlw; a++) {
    cue_count key = {lw[a], 0, 0};
    if (!bsearch(&key, all, k, sizeof *all, cmp_cc) && (a == 0 || lw[a] != lw[a - 1]))
      out[(*ncue)++] = lw[a], st[nst++] = lw[a];
  }
  qsort(out, *ncue, sizeof *out, cmp_u32);
  qsort(st, nst, sizeof *st, cmp_u32);
  /* mark which of out's words are strong */
  *strong = ws_calloc(*ncue + 1, 1);
  if (!*strong) {
    ws_free(out);
    out = NULL;
  }
  for (size_t a = 0, b = 0; out && a < *ncue; a++) {
    while (b < nst && st[b] < out[a]) b++;
    (*strong)[a] = b < nst && st[b] == out[a];
  }
  ws_free(st);
done:
  ws_free(all);
  ws_free(lw);
  return out;
}

static void put32(ws_buf *b, uint32_t v) {
  char c[4] = {(char)(v & 255), (char)(v >> 8 & 255), (char)(v >> 16 & 255),
               (char)(v >> 24)};
  ws_buf_put(b, c, 4);
}

/* The word table: cue words, tagged words and WordNet's classes in one
 * open-addressing table (model.h), at most half full. */
typedef struct wordtab {
  uint32_t *key, *lemma, bits;
  uint8_t *val;
  uint16_t *wclass;
} wordtab;

static void wordtab_free(wordtab *t) {
  ws_free(t->key);
  ws_free(t->lemma);
  ws_free(t->val);
  ws_free(t->wclass);
}

static int build_words(const uint32_t *cue, const uint8_t *strong, size_t ncue, const uint32_t *lex,
                       const uint8_t *lextag, const uint32_t *lexlemma, size_t nlex,
                       const wordclass *cls, size_t ncls, wordtab *t) {
  uint32_t b = 4;
  while (((size_t)1 << b) < 2 * (ncue + nlex + ncls + 1)) b++;
  size_t slots = (size_t)1 << b, mask = slots - 1;
  uint32_t *k = t->key = ws_calloc(slots, sizeof *k), *lm = t->lemma = ws_calloc(slots, sizeof *lm);
  uint8_t *v = t->val = ws_calloc(slots, 1);
  uint16_t *wc = t->wclass = ws_calloc(slots, sizeof *wc);
  t->bits = b;
  if (!k || !v || !lm || !wc) return -1;
  for (size_t pass = 0; pass < 3; pass++) {
    size_t n = pass == 2 ? ncls : pass ? nlex : ncue;
    for (size_t i = 0; i < n; i++) {
      uint32_t key = pass == 2 ? cls[i].h : pass ? lex[i] : cue[i];
      if (!key) key = 1;
      size_t h = key & mask;
      while (k[h] && k[h] != key) h = (h + 1) & mask;
      if (!k[h]) lm[h] = key; /* a word is its own lemma unless told */
      k[h] = key;
      if (pass == 2) wc[h] = cls[i].c; /* the last line for a form wins */
      else v[h] |= pass ? lextag[i] : (uint8_t)(WS_CUEBIT | (strong[i] ? WS_STRONGBIT : 0));
      if (pass == 1) lm[h] = lexlemma[i];
    }
  }
  return 0;
}

/* One stage's weights while learning: rows of WS_ROW labels for the
 * features, then the transitions; their running sums for averaging.
 * While it learns, the feature rows are also kept as int16 in w16: a
 * perceptron's weights are whole numbers, and half the bytes keep more of
 * the table in cache (the emissions are most of training's time).  Sums
 * of whole numbers are exact in float below 2^24, and a token's at most
 * WS_MAXFEAT + WS_MAXFEAT2 rows of at most 32767 stay below it, so the
 * scores, and the model, are those the float rows give; a weight that
 * would leave int16 sets `wide`, and the stage learns again in float. */
typedef struct stage {
  size_t rows, mask;
  float *w;
  double *wa;
  int16_t *w16; /* the feature rows while learning, NULL: learn in w */
  int wide;     /* a weight left int16's range */
  int two;      /* stage two: the stacked features (feat2) too */
} stage;

static void add_rows(const stage *g, const uint32_t *f, int nf, float *e) {
  for (int k = 0; k < nf; k++) {
    const float *row = g->w + (f[k] & g->mask) * WS_ROW;
    for (int y = 0; y < WS_ROW; y++) e[y] += row[y];
  }
}

static void add_rows16(const stage *g, const uint32_t *f, int nf, int32_t *e) {
  for (int k = 0; k < nf; k++) {
    const int16_t *row = g->w16 + (f[k] & g->mask) * WS_ROW;
    for (int y = 0; y < WS_ROW; y++) e[y] += row[y];
  }
}

/* Each token's scores from the stage's float rows. */
static void emissions(const stage *g, const tdoc *d, float *em) {
  for (size_t i = 0; i < d->tk.n; i++) {
    float *e = em + i * WS_ROW;
    for (int y = 0; y < WS_ROW; y++) e[y] = 0;
    add_rows(g, d->feat + i * WS_MAXFEAT, d->nf[i], e);
    if (g->two) add_rows(g, d->feat2 + i * WS_MAXFEAT2, d->nf2[i], e);
  }
}

/* The same from the int16 rows, while the stage learns in them. */
static void emissions16(const stage *g, const tdoc *d, float *em) {
  for (size_t i = 0; i < d->tk.n; i++) {
    int32_t acc[WS_ROW] = {0};
    add_rows16(g, d->feat + i * WS_MAXFEAT, d->nf[i], acc);
    if (g->two) add_rows16(g, d->feat2 + i * WS_MAXFEAT2, d->nf2[i], acc);
    for (int y = 0; y < WS_ROW; y++) em[i * WS_ROW + y] = (float)acc[y];
  }
}

int ws_train_w16_max = 32767;

/* Weight r of w16 by one (dir +1 or -1); `wide` when it would leave int16. */
static void step16(stage *g, size_t r, int dir) {
  int v = g->w16[r] + dir;
  if (v > ws_train_w16_max || v < -ws_train_w16_max) g->wide = 1;
  else g->w16[r] = (int16_t)v;
}

/* Move the weights of features f toward label gl and away from p. */
static void update(stage *g, const uint32_t *f, int nf, int gl, int p, double c) {
  for (int k = 0; k < nf; k++) {
    size_t r = (f[k] & g->mask) * WS_ROW;
    if (g->w16) {
      step16(g, r + gl, 1);
      step16(g, r + p, -1);
    } else {
      g->w[r + gl] += 1;
      g->w[r + p] -= 1;
    }
    g->wa[r + gl] += c;
    g->wa[r + p] -= c;
  }
}

/* The averaged perceptron over documents ids[0, nids) (shuffled in place
 * each epoch from the trainer's seed), then the weights averaged.  The weights
 * start at zero; so does w16.  With a margin, each document is decoded
 * with every wrong label's score raised by it (loss-augmented), so the
 * weights learn to put the gold label ahead by at least that much. */
static void learn_pass(ws_trainer *tr, size_t *ids, size_t nids, int epochs, stage *g, float *em,
                       uint8_t *bp, void (*log)(void *, const char *), void *ud) {
  enum { R = WS_ROW };
  float *w = g->w, *trw = w + g->rows * R;
  double *wa = g->wa, *tra = wa + g->rows * R;
  uint64_t seed = tr->seed;
  double c = 1;
  if (g->w16) memset(g->w16, 0, g->rows * R * sizeof *g->w16);
  for (int ep = 0; ep < epochs && !g->wide; ep++) {
    for (size_t i = nids; i > 1; i--) {
      seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
      size_t j = (size_t)(seed >> 33) % i;
      size_t t = ids[i - 1];
      ids[i - 1] = ids[j];
      ids[j] = t;
    }
    size_t errors = 0, tokens = 0;
    /* (a weight that left int16 ends the pass: it starts again in float) */
    for (size_t oi = 0; oi < nids && !g->wide; oi++) {
      tdoc *d = &tr->docs[ids[oi]];
      size_t n = d->tk.n;
      if (g->w16) emissions16(g, d, em);
      else emissions(g, d, em);
      unsigned margin = tr->margin[g->two ? 1 : 0];
      if (margin)
        for (size_t i = 0; i < n; i++)
          for (int y = 0; y < R; y++)
            if (y != d->gold[i]) em[i * R + y] += (float)margin;
      ws_viterbi(em, trw, n, bp, NULL, &d->tk);
      for (size_t i = 0; i < n; i++) {
        int gl = d->gold[i], p = d->tk.v[i].label;
        int gp = i ? d->gold[i - 1] : WS_START, pp = i ? d->tk.v[i - 1].label : WS_START;
        tokens++;
        if (gl != p) {
          errors++;
          update(g, d->feat + i * WS_MAXFEAT, d->nf[i], gl, p, c);
          if (g->two) update(g, d->feat2 + i * WS_MAXFEAT2, d->nf2[i], gl, p, c);
        }
        if (gl != p || gp != pp) {
          trw[gp * R + gl] += 1;
          tra[gp * R + gl] += c;
          trw[pp * R + p] -= 1;
          tra[pp * R + p] -= c;
        }
      }
      c++;
    }
    if (log && !g->wide) {
      char line[128];
      snprintf(line, sizeof line, "%sepoch %d: %zu of %zu tokens wrong (%.2f%%)",
               g->two ? "stage two, " : "", ep + 1, errors, tokens,
               tokens ? 100.0 * (double)errors / (double)tokens : 0);
      log(ud, line);
    }
  }
  if (g->wide) return;
  if (g->w16)
    for (size_t i = 0; i < g->rows * R; i++) w[i] = (float)g->w16[i];
  for (size_t i = 0; i < g->rows * R + WS_TROWS * R; i++) w[i] -= (float)(wa[i] / c);
}

/* learn_pass, and where a weight left int16's range, the same again in
 * float from the start (the shuffles repeat: ids is put back first). */
static void learn(ws_trainer *tr, size_t *ids, size_t nids, int epochs, stage *g, float *em,
                  uint8_t *bp, void (*log)(void *, const char *), void *ud) {
  size_t nw = g->rows * WS_ROW + WS_TROWS * WS_ROW, *ids0 = NULL;
  int16_t *w16 = g->w16;
  if (w16 && (ids0 = ws_malloc((nids + 1) * sizeof *ids0))) memcpy(ids0, ids, nids * sizeof *ids);
  else g->w16 = NULL; /* (no room to start again: float from the first) */
  g->wide = 0;
  learn_pass(tr, ids, nids, epochs, g, em, bp, log, ud);
  if (g->wide) {
    if (log) log(ud, "a weight outgrew int16: learning this stage again in float");
    memcpy(ids, ids0, nids * sizeof *ids);
    memset(g->w, 0, nw * sizeof *g->w);
    memset(g->wa, 0, nw * sizeof *g->wa);
    g->w16 = NULL;
    g->wide = 0;
    learn_pass(tr, ids, nids, epochs, g, em, bp, log, ud);
  }
  g->w16 = w16;
  ws_free(ids0);
}

/* Stacking: stage one learnt on all folds but one labels the documents of
 * that fold, so stage two learns from labels as stage one makes them on
 * text it has not seen.  Fills each document's feat2 and nf2.  -1 when
 * out of memory. */
static int stack_folds(ws_trainer *tr, stage *one, const size_t *order, int epochs, float *em,
                       uint8_t *bp, size_t maxn, void (*log)(void *, const char *), void *ud) {
  enum { R = WS_ROW };
  size_t nw = one->rows * R + WS_TROWS * R, *ids = ws_malloc((tr->n + 1) * sizeof *ids);
  size_t *scratch = ws_malloc((4 * maxn + 1) * sizeof *scratch);
  ws_tree tree = {0};
  int rc = -1;
  if (!ids || !scratch) goto out;
  for (unsigned f = 0; f < tr->folds; f++) {
    size_t nids = 0;
    for (size_t i = 0; i < tr->n; i++)
      if (order[i] % tr->folds != f) ids[nids++] = order[i];
    memset(one->w, 0, nw * sizeof *one->w);
    memset(one->wa, 0, nw * sizeof *one->wa);
    learn(tr, ids, nids, epochs, one, em, bp, NULL, NULL);
    if (log) {
      char line[64];
      snprintf(line, sizeof line, "fold %u of %u learnt", f + 1, tr->folds);
      log(ud, line);
    }
    for (size_t i = f; i < tr->n; i += tr->folds) {
      tdoc *d = &tr->docs[i];
      size_t n = d->tk.n;
      d->feat2 = ws_malloc((n + 1) * WS_MAXFEAT2 * sizeof *d->feat2);
      d->nf2 = ws_malloc(n + 1);
      if (!d->feat2 || !d->nf2) goto out;
      emissions(one, d, em);
      ws_viterbi(em, one->w + one->rows * R, n, bp, NULL, &d->tk);
      if (tr->parser && ws_tree_parse(&tree, tr->parser, d->text, &d->tk)) goto out;
      ws_stack_features(&d->tk, tr->parser ? &tree : NULL, scratch, d->feat2, d->nf2);
    }
  }
  memset(one->w, 0, nw * sizeof *one->w);
  memset(one->wa, 0, nw * sizeof *one->wa);
  rc = 0;
out:
  ws_free(ids);
  ws_free(scratch);
  ws_tree_free(&tree);
  return rc;
}

/* Weights as int16 times a scale: the largest at 32000. */
static float quant_scale(const float *w, size_t n) {
  float maxabs = 0;
  for (size_t i = 0; i < n; i++)
    if (fabsf(w[i]) > maxabs) maxabs = fabsf(w[i]);
  return maxabs > 0 ? maxabs / 32000.0f : 1.0f;
}

static void put_quant(ws_buf *out, const float *w, size_t n, float scale) {
  for (size_t i = 0; i < n; i++) {
    long q = lroundf(w[i] / scale);
    if (q > 32767) q = 32767;
    if (q < -32767) q = -32767;
    uint16_t u = (uint16_t)(int16_t)q;
    char b2[2] = {(char)(u & 255), (char)(u >> 8)};
    ws_buf_put(out, b2, 2);
  }
}

ws_status ws_trainer_run(ws_trainer *tr, int epochs, ws_buf *out,
                         void (*log)(void *, const char *), void *ud,
                         ws_error *err) {
  enum { R = WS_ROW };
  const unsigned bits = tr->bits ? tr->bits : TRAIN_BITS;
  const size_t rows = (size_t)1 << bits, mask = rows - 1;
  const size_t nt = WS_TROWS * R;
  ws_status st = WS_ERR_NOMEM;
  size_t ncue = 0;
  uint8_t *strong = NULL;
  uint32_t *cue = mine_cues(tr, &ncue, &strong);
  float *w = ws_calloc(rows * R + nt, sizeof *w);
  double *wa = ws_calloc(rows * R + nt, sizeof *wa);
  size_t *order = ws_malloc((tr->n + 1) * sizeof *order);
  uint32_t *lex = ws_malloc((tr->ntags + 1) * sizeof *lex);
  uint8_t *lextag = ws_malloc(tr->ntags + 4);
  uint32_t *lexlemma = ws_malloc((tr->ntags + 1) * sizeof *lexlemma);
  wordtab wt = {0};
  float *em = NULL;
  uint8_t *bp = NULL;
  size_t maxn = 0;
  ws_tree tree = {0};
  int16_t *w16 = NULL;
  if (!cue || !w || !wa || !order || !lex || !lextag || !lexlemma) goto done;
  size_t nlex = build_taglex(tr, lex, lextag, lexlemma);
  if (build_words(cue, strong, ncue, lex, lextag, lexlemma, nlex, tr->classes, tr->nclasses, &wt))
    goto done;
  const ws_wordtab wtab = {wt.key, wt.lemma, wt.val, wt.wclass, wt.bits};
  for (size_t i = 0; i < tr->n; i++) {
    tdoc *d = &tr->docs[i];
    if (d->tk.n > maxn) maxn = d->tk.n;
    ws_mark_lex(&d->tk, &wtab);
    d->feat = ws_malloc((d->tk.n + 1) * WS_MAXFEAT * sizeof *d->feat);
    d->nf = ws_malloc(d->tk.n + 1);
    size_t *nextc = ws_malloc(4 * (d->tk.n + 1) * sizeof *nextc);
    if (!d->feat || !d->nf || !nextc) {
      ws_free(nextc);
      goto done;
    }
    if (tr->parser && ws_tree_parse(&tree, tr->parser, d->text, &d->tk)) {
      ws_free(nextc);
      goto done;
    }
    ws_features(d->text, &d->tk, tr->parser ? &tree : NULL, nextc, d->feat, d->nf);
    ws_free(nextc);
    order[i] = i;
  }
  em = ws_malloc((maxn + 1) * R * sizeof *em);
  bp = ws_malloc((maxn + 1) * R);
  if (!em || !bp) goto done;
  /* (the int16 rows serve one stage at a time; none: float throughout) */
  w16 = ws_malloc(rows * R * sizeof *w16);
  stage one = {.rows = rows, .mask = mask, .w = w, .wa = wa, .w16 = w16};
  if (tr->folds > 1 && stack_folds(tr, &one, order, epochs, em, bp, maxn, log, ud)) goto done;
  learn(tr, order, tr->n, epochs, &one, em, bp, log, ud);
  /* stage two: all of stage one's features and the stacked ones */
  stage two = {.rows = rows, .mask = mask, .w16 = w16, .two = 1};
  if (tr->folds > 1) {
    two.w = ws_calloc(rows * R + nt, sizeof *two.w);
    two.wa = ws_calloc(rows * R + nt, sizeof *two.wa);
    if (!two.w || !two.wa) goto stage_done;
    learn(tr, order, tr->n, epochs, &two, em, bp, log, ud);
  }
  float scale = quant_scale(w, rows * R + nt);
  size_t slots = (size_t)1 << wt.bits;
  if (ws_buf_reserve(out, 32 + slots * 11 + WS_MODEL_ALIGN + (rows * R + nt) * 2)) goto stage_done;
  size_t start = out->len;
  ws_buf_put(out, WS_MODEL_MAGIC, 8);
  put32(out, WS_NLABELS);
  put32(out, bits);
  put32(out, wt.bits);
  uint32_t sc;
  memcpy(&sc, &scale, 4);
  put32(out, sc);
  put32(out, (tr->parser ? WS_MODEL_PARSE : 0) | (tr->folds > 1 ? WS_MODEL_STACK : 0));
  put32(out, 0);
  for (size_t i = 0; i < slots; i++) put32(out, wt.key[i]);
  for (size_t i = 0; i < slots; i++) put32(out, wt.lemma[i]);
  ws_buf_put(out, (const char *)wt.val, slots);
  for (size_t i = 0; i < slots; i++) {
    char c2[2] = {(char)(wt.wclass[i] & 255), (char)(wt.wclass[i] >> 8)};
    ws_buf_put(out, c2, 2);
  }
  /* transitions, then the table (model.h) */
  put_quant(out, w + rows * R, nt, scale);
  while ((out->len - start) % WS_MODEL_ALIGN) ws_buf_put(out, "", 1);
  float scale2 = tr->folds > 1 ? quant_scale(two.w, rows * R + nt) : 0;
  if (tr->folds > 1) /* rows of both stages, side by side */
    for (size_t r = 0; r < rows; r++) {
      put_quant(out, w + r * R, R, scale);
      put_quant(out, two.w + r * R, R, scale2);
    }
  else
    put_quant(out, w, rows * R, scale);
  if (tr->folds > 1) {
    put32(out, bits);
    memcpy(&sc, &scale2, 4);
    put32(out, sc);
    float mix1 = STACK_MIX;
    memcpy(&sc, &mix1, 4);
    put32(out, sc);
    put32(out, 0);
    put_quant(out, two.w + rows * R, nt, scale2);
  }
  st = WS_OK;
stage_done:
  ws_free(two.w);
  ws_free(two.wa);
done:
  if (st != WS_OK) ws_set_error(err, st, 0, 0, "out of memory training");
  ws_free(cue);
  ws_free(strong);
  ws_free(lex);
  ws_free(lextag);
  wordtab_free(&wt);
  ws_free(lexlemma);
  ws_free(w);
  ws_free(wa);
  ws_free(w16);
  ws_free(order);
  ws_free(em);
  ws_free(bp);
  ws_tree_free(&tree);
  return st;
}
