/* parser_train.c — training the tagger, parser and labeller of
 * src/parse/ from CoNLL-U (FORM, XPOS, HEAD, DEPREL), and scoring a model
 * against CoNLL-U.  Averaged perceptrons; the parser learns with a dynamic
 * oracle (Goldberg & Nivre 2013, arc-hybrid costs) and explores its own
 * mistakes after the first epoch.  Deterministic: same data, same bytes. */
#include "../internal.h"
#include "../parse/parse.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct psent {
  size_t first, n; /* tokens [first, first + n) of the trainer's arrays */
} psent;

struct ws_ptrainer {
  ws_ptok *tok;
  uint8_t *tag, *label;
  int32_t *head;
  size_t ntok, captok;
  psent *sent;
  size_t nsent, capsent;
  char tags[256][8];
  size_t ntags;
  char labels[256][16];
  size_t nlabels;
  unsigned tbits, pbits, lbits;
};

ws_ptrainer *ws_ptrainer_new(void) {
  ws_ptrainer *t = ws_calloc(1, sizeof *t);
  if (t) t->tbits = 17, t->pbits = 20, t->lbits = 17;
  return t;
}

ws_status ws_ptrainer_set_bits(ws_ptrainer *t, unsigned tbits, unsigned pbits, unsigned lbits) {
  if (tbits < 8 || tbits > 24 || pbits < 8 || pbits > 24 || lbits < 8 || lbits > 24) return WS_ERR_ARG;
  t->tbits = tbits;
  t->pbits = pbits;
  t->lbits = lbits;
  return WS_OK;
}

void ws_ptrainer_free(ws_ptrainer *t) {
  if (!t) return;
  ws_free(t->tok);
  ws_free(t->tag);
  ws_free(t->label);
  ws_free(t->head);
  ws_free(t->sent);
  ws_free(t);
}

/* CoreNLP writes brackets and quotation marks as PTB escapes */
static void surface(const char **s, size_t *n) {
  static const char *const esc[][2] = {{"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["},
                                       {"-RSB-", "]"}, {"-LCB-", "{"}, {"-RCB-", "}"},
                                       {"``", "\""},   {"''", "\""}};
  for (size_t k = 0; k < sizeof esc / sizeof esc[0]; k++)
    if (strlen(esc[k][0]) == *n && !memcmp(*s, esc[k][0], *n)) {
      *s = esc[k][1];
      *n = strlen(esc[k][1]);
      return;
    }
}

/* index of `name` in a table of up to `max` names, added when new; -1
 * when the table is full */
static int intern(char *table, size_t width, size_t *count, size_t max, const char *name,
                  size_t n) {
  if (n >= width) n = width - 1;
  for (size_t k = 0; k < *count; k++)
    if (strlen(table + k * width) == n && !memcmp(table + k * width, name, n)) return (int)k;
  if (*count == max) return -1;
  memcpy(table + *count * width, name, n);
  table[*count * width + n] = 0;
  return (int)(*count)++;
}

/* A HEAD column: a whole number, or -1. */
static int32_t head_num(const char *s, size_t n) {
  int32_t v = 0;
  if (n == 0 || n > 6) return -1;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* Sentences of CoNLL-U: `fn` gets each (columns of each word line), then
 * the sentence's end (last); it returns 0, -1 out of memory or -2 for a
 * HEAD outside the sentence.  Returns the number of sentences, or -1 with
 * err (line numbers). */
typedef int (*conllu_fn)(void *ctx, const char *const *col, const size_t *len, int first, int last);

static long each_word(const char *s, size_t n, conllu_fn fn, void *ctx, ws_error *err) {
  size_t line = 0, i = 0;
  long sents = 0;
  int first = 1, rc = 0;
  while (i < n) {
    size_t e = i;
    while (e < n && s[e] != '\n') e++;
    line++;
    size_t le = e;
    if (le > i && s[le - 1] == '\r') le--;
    if (le == i) {
      if (!first) {
        if ((rc = fn(ctx, NULL, NULL, 0, 1))) goto bad;
        sents++;
      }
      first = 1;
    } else if (s[i] != '#') {
      const char *col[10];
      size_t len[10], nc = 0, a = i;
      for (size_t k = i; k <= le && nc < 10; k++)
        if (k == le || s[k] == '\t') {
          col[nc] = s + a;
          len[nc++] = k - a;
          a = k + 1;
        }
      if (nc < 8) {
        ws_set_error(err, WS_ERR_PARSE, line, 0, "CoNLL-U line with %zu columns", nc);
        return -1;
      }
      /* multiword ranges (1-2) and empty nodes (1.1) are no words */
      int plain = 1;
      for (size_t k = 0; k < len[0]; k++) plain &= col[0][k] >= '0' && col[0][k] <= '9';
      if (plain) {
        if ((rc = fn(ctx, col, len, first, 0))) goto bad;
        first = 0;
      }
    }
    i = e + 1;
  }
  if (!first) {
    if ((rc = fn(ctx, NULL, NULL, 0, 1))) goto bad;
    sents++;
  }
  return sents;
bad:
  if (rc == -2)
    ws_set_error(err, WS_ERR_PARSE, line, 0, "HEAD is not a token of the sentence");
  else
    ws_set_error(err, WS_ERR_NOMEM, line, 0, "out of memory reading CoNLL-U");
  return -1;
}

static int add_word(void *ctx, const char *const *col, const size_t *len, int first, int last) {
  ws_ptrainer *t = ctx;
  if (last) {
    const psent *s = &t->sent[t->nsent - 1];
    for (size_t i = 0; i < s->n; i++)
      if (t->head[s->first + i] < 0 || (size_t)t->head[s->first + i] > s->n) {
        t->ntok = s->first; /* the sentence is dropped */
        t->nsent--;
        return -2;
      }
    return 0;
  }
  if (first) {
    if (t->nsent == t->capsent) {
      size_t cap = t->capsent ? 2 * t->capsent : 1024;
      psent *v = ws_realloc(t->sent, cap * sizeof *v);
      if (!v) return -1;
      t->sent = v;
      t->capsent = cap;
    }
    t->sent[t->nsent++] = (psent){t->ntok, 0};
  }
  if (t->ntok == t->captok) {
    size_t cap = t->captok ? 2 * t->captok : 65536;
    ws_ptok *a = ws_realloc(t->tok, cap * sizeof *a);
    if (a) t->tok = a;
    uint8_t *b = ws_realloc(t->tag, cap), *c = ws_realloc(t->label, cap);
    if (b) t->tag = b;
    if (c) t->label = c;
    int32_t *h = ws_realloc(t->head, cap * sizeof *h);
    if (h) t->head = h;
    if (!a || !b || !c || !h) return -1;
    t->captok = cap;
  }
  const char *form = col[1];
  size_t flen = len[1];
  surface(&form, &flen);
  ws_ptok_make(form, flen, &t->tok[t->ntok]);
  int tg = intern(&t->tags[0][0], 8, &t->ntags, 256, col[4], len[4]);
  int lb = intern(&t->labels[0][0], 16, &t->nlabels, 256, col[7], len[7]);
  t->tag[t->ntok] = (uint8_t)(tg < 0 ? 0 : tg);
  t->label[t->ntok] = (uint8_t)(lb < 0 ? 0 : lb);
  t->head[t->ntok] = head_num(col[6], len[6]);
  t->ntok++;
  t->sent[t->nsent - 1].n++;
  return 0;
}

ws_status ws_ptrainer_add(ws_ptrainer *t, const char *conllu, size_t len, ws_error *err) {
  return each_word(conllu, len, add_word, t, err) < 0 ? err ? err->code : WS_ERR_PARSE : WS_OK;
}

/* ---- averaged perceptron tables --------------------------------------- */

typedef struct wtab {
  float *w;  /* weights */
  double *u; /* the sum of step * update, for averaging: steps pass 2^24,
                where a float can no longer count */
  uint16_t *check; /* the owning feature's fingerprint, 0 while free */
  uint32_t bits, row;
} wtab;

static int wtab_init(wtab *t, uint32_t bits, uint32_t row) {
  t->bits = bits;
  t->row = row;
  size_t n = ((size_t)1 << bits) * row;
  t->w = ws_calloc(n, sizeof *t->w);
  t->u = ws_calloc(n, sizeof *t->u);
  t->check = ws_calloc((size_t)1 << bits, sizeof *t->check);
  return t->w && t->u && t->check ? 0 : -1;
}

static void wtab_free(wtab *t) {
  ws_free(t->w);
  ws_free(t->u);
  ws_free(t->check);
}

static void wtab_score(const wtab *t, const uint32_t *f, size_t nf, int ncls, float *score) {
  uint32_t mask = (1u << t->bits) - 1;
  for (int y = 0; y < ncls; y++) score[y] = 0;
  for (size_t k = 0; k < nf; k++) {
    if (t->check[f[k] & mask] != ws_pfp(f[k])) continue;
    const float *r = t->w + (size_t)(f[k] & mask) * t->row;
    for (int y = 0; y < ncls; y++) score[y] += r[y];
  }
}

static void wtab_update(wtab *t, const uint32_t *f, size_t nf, int good, int bad, double step) {
  uint32_t mask = (1u << t->bits) - 1;
  for (size_t k = 0; k < nf; k++) {
    uint16_t *owner = &t->check[f[k] & mask];
    if (!*owner) *owner = ws_pfp(f[k]); /* the first feature updated here owns the row */
    if (*owner != ws_pfp(f[k])) continue;
    size_t r = (size_t)(f[k] & mask) * t->row;
    t->w[r + (size_t)good] += 1;
    t->u[r + (size_t)good] += step;
    t->w[r + (size_t)bad] -= 1;
    t->u[r + (size_t)bad] -= step;
  }
}

/* averaged weights as int16 (little-endian) with a scale; appends */
static int wtab_write(const wtab *t, double step, ws_buf *out, float *scale) {
  size_t n = ((size_t)1 << t->bits) * t->row;
  float mx = 0;
  for (size_t i = 0; i < n; i++) {
    float a = fabsf((float)(t->w[i] - t->u[i] / step));
    if (a > mx) mx = a;
  }
  *scale = mx > 0 ? mx / 32767.0f : 1.0f;
  /* each row's last slot holds its fingerprint (parse.h) */
  if (ws_buf_reserve(out, n * 2)) return -1;
  for (size_t i = 0; i < n; i++) {
    long q = lrintf((float)(t->w[i] - t->u[i] / step) / *scale);
    if (q > 32767) q = 32767;
    if (q < -32767) q = -32767;
    uint16_t v = (uint16_t)(int16_t)q;
    if (i % t->row == t->row - 1) v = t->check[i / t->row];
    out->data[out->len++] = (char)(v & 0xFF);
    out->data[out->len++] = (char)(v >> 8);
  }
  return 0;
}

/* the best class among `allowed` (bit y: class y may be chosen) */
static int argmaxf(const float *score, int ncls, uint64_t allowed) {
  int best = -1;
  for (int y = 0; y < ncls; y++)
    if ((allowed >> y & 1) && (best < 0 || score[y] > score[best])) best = y;
  return best;
}

/* ---- the dynamic oracle ------------------------------------------------ */

/* Cost of each legal move: gold arcs it makes unreachable (arc-hybrid).
 * gold[k] is the gold head of token number k (1..n); the buffer is
 * b0..n, contiguous; on_stack[k] marks stack members. */
static void costs(const ws_pstate *c, const int32_t *gold, const uint8_t *on_stack, int *cost) {
  int32_t s0 = c->sp > 0 ? c->stack[c->sp - 1] : -1, s1 = c->sp > 1 ? c->stack[c->sp - 2] : -1;
  int32_t b0 = (int32_t)c->b0, n = (int32_t)c->n;
  int s0_deps_in_buf = 0;
  if (s0 > 0)
    for (int32_t k = b0; k <= n; k++) s0_deps_in_buf += gold[k] == s0;
  /* LEFT: s0 gets head b0 (the root, n + 1, ends the buffer) */
  cost[WS_MV_LEFT] = 0;
  if (s0 > 0 && b0 <= n + 1) {
    int32_t h = gold[s0];
    cost[WS_MV_LEFT] = (h != b0 && (h == s1 || h > b0)) + s0_deps_in_buf;
  }
  /* RIGHT: s0 gets head s1 */
  cost[WS_MV_RIGHT] = 0;
  if (s0 > 0 && s1 >= 0) {
    int32_t h = gold[s0];
    cost[WS_MV_RIGHT] = (h != s1 && h >= b0 && h <= n + 1) + s0_deps_in_buf;
  }
  /* SHIFT: b0 onto the stack */
  cost[WS_MV_SHIFT] = 0;
  if (b0 <= n) {
    int32_t h = gold[b0];
    int lost = h >= 0 && h != s0 && h < b0 && on_stack[h];
    for (size_t k = 0; k < c->sp; k++) lost += gold[c->stack[k]] == b0 && c->stack[k] != 0;
    cost[WS_MV_SHIFT] = lost;
  }
}

/* ---- training ---------------------------------------------------------- */

static uint64_t lcg(uint64_t *s) {
  *s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
  return *s >> 33;
}

ws_status ws_ptrainer_run(ws_ptrainer *t, int epochs, ws_buf *out,
                          void (*log)(void *ud, const char *line), void *ud, ws_error *err) {
  if (t->ntags >= WS_PTAGS || t->nlabels >= WS_PLABELS || !t->nsent) {
    ws_set_error(err, WS_ERR_ARG, 0, 0, "training data has %zu tags and %zu labels (at most %d and %d)",
                 t->ntags, t->nlabels, WS_PTAGS - 1, WS_PLABELS - 1);
    return WS_ERR_ARG;
  }
  wtab tw = {0}, pw = {0}, lw = {0};
  size_t maxn = 0;
  for (size_t s = 0; s < t->nsent; s++)
    if (t->sent[s].n > maxn) maxn = t->sent[s].n;
  uint8_t *ptag = ws_malloc(maxn + 1), *on_stack = ws_calloc(maxn + 2, 1);
  int32_t *gold = ws_malloc((maxn + 2) * sizeof *gold), *heads = ws_malloc((maxn + 1) * sizeof *heads);
  ws_pscratch sc = {0};
  ws_status rc = WS_OK;
  if (!ptag || !on_stack || !gold || !heads || wtab_init(&tw, t->tbits, WS_PTAGS) ||
      wtab_init(&pw, t->pbits, WS_PMOVES) || wtab_init(&lw, t->lbits, WS_PLABELS))
    goto oom;
  sc.stack = ws_malloc((maxn + 2) * sizeof(int32_t));
  sc.lc = ws_malloc((maxn + 2) * sizeof(int32_t));
  sc.rc = ws_malloc((maxn + 2) * sizeof(int32_t));
  sc.nl = ws_malloc((maxn + 2) * sizeof(int32_t));
  sc.nr = ws_malloc((maxn + 2) * sizeof(int32_t));
  sc.lc2 = ws_malloc((maxn + 2) * sizeof(int32_t));
  sc.rc2 = ws_malloc((maxn + 2) * sizeof(int32_t));
  if (!sc.stack || !sc.lc || !sc.rc || !sc.nl || !sc.nr || !sc.lc2 || !sc.rc2) goto oom;
  sc.cap = maxn + 2;
  double step = 1;
  uint64_t seed = 12345;
  uint32_t f[WS_PARSE_MAXF];
  float score[WS_PLABELS];
  for (int ep = 0; ep < epochs; ep++) {
    size_t tag_ok = 0, head_ok = 0, lab_ok = 0, tot = 0;
    for (size_t si = 0; si < t->nsent; si++) {
      const psent *s = &t->sent[si];
      const ws_ptok *tok = t->tok + s->first;
      const uint8_t *gtag = t->tag + s->first, *glab = t->label + s->first;
      size_t n = s->n;
      /* tagger: greedy, previous tags predicted */
      for (size_t i = 0; i < n; i++) {
        size_t nf = ws_tag_features(tok, n, i, i > 0 ? ptag[i - 1] + 1u : 0, i > 1 ? ptag[i - 2] + 1u : 0, f);
        wtab_score(&tw, f, nf, (int)t->ntags, score);
        int y = argmaxf(score, (int)t->ntags, ~0ull);
        if (y != gtag[i]) wtab_update(&tw, f, nf, gtag[i], y, step);
        tag_ok += y == gtag[i];
        /* the parser learns over predicted tags, as it will see them */
        ptag[i] = (uint8_t)y;
        step++;
      }
      /* parser */
      ws_pstate c = {tok, ptag, n, sc.stack, 0, 1, heads, sc.lc, sc.rc, sc.nl, sc.nr, sc.lc2, sc.rc2};
      ws_pstate_reset(&c);
      for (size_t k = 0; k <= n + 1; k++) on_stack[k] = 0;
      /* the root is token n + 1 while parsing */
      for (size_t i = 0; i < n; i++) {
        heads[i] = 0;
        gold[i + 1] = t->head[s->first + i] ? t->head[s->first + i] : (int32_t)n + 1;
      }
      gold[0] = gold[n + 1] = -1;
      for (;;) {
        unsigned legal = ws_parse_legal(&c);
        if (!legal) break;
        int cost[3];
        costs(&c, gold, on_stack, cost);
        size_t nf = ws_parse_features(&c, f);
        float sc3[WS_PMOVES];
        wtab_score(&pw, f, nf, 3, sc3);
        int pred = argmaxf(sc3, 3, legal);
        int mincost = 1 << 30;
        for (int m = 0; m < 3; m++)
          if ((legal >> m & 1) && cost[m] < mincost) mincost = cost[m];
        unsigned zero = 0;
        for (int m = 0; m < 3; m++)
          if ((legal >> m & 1) && cost[m] == mincost) zero |= 1u << m;
        int best = argmaxf(sc3, 3, zero);
        int follow = best;
        if (!(zero >> pred & 1)) {
          wtab_update(&pw, f, nf, best, pred, step);
          /* explore: after the first epoch, follow the mistake 9 times in 10 */
          if (ep > 0 && lcg(&seed) % 10 != 0) follow = pred;
        }
        step++;
        if (follow == WS_MV_SHIFT) on_stack[c.b0] = 1;
        else on_stack[c.stack[c.sp - 1]] = 0;
        ws_parse_apply(&c, follow);
      }
      /* labeller: over the gold tree, so it learns every arc's label */
      for (size_t i = 0; i < n; i++) head_ok += heads[i] == gold[i + 1];
      ws_pstate_reset(&c);
      for (size_t i = 0; i < n; i++) /* the root (n + 1 while parsing) is 0 in a tree */
        ws_parse_attach(&c, (int32_t)i + 1, gold[i + 1] > (int32_t)n ? 0 : gold[i + 1]);
      for (size_t i = 0; i < n; i++) {
        size_t nf = ws_label_features(&c, (int32_t)i + 1, heads[i], f);
        wtab_score(&lw, f, nf, (int)t->nlabels, score);
        int y = argmaxf(score, (int)t->nlabels, ~0ull);
        if (y != glab[i]) wtab_update(&lw, f, nf, glab[i], y, step);
        lab_ok += y == glab[i];
        step++;
      }
      tot += n;
    }
    if (log) {
      char line[200];
      snprintf(line, sizeof line, "epoch %d: tags %.2f%%, heads %.2f%% (exploring), labels %.2f%% (gold arcs)",
               ep + 1, 100.0 * (double)tag_ok / (double)tot, 100.0 * (double)head_ok / (double)tot,
               100.0 * (double)lab_ok / (double)tot);
      log(ud, line);
    }
  }
  if (log) {
    const wtab *tabs[3] = {&tw, &pw, &lw};
    for (int k = 0; k < 3; k++) {
      size_t used = 0, rows = (size_t)1 << tabs[k]->bits;
      for (size_t i = 0; i < rows; i++) used += tabs[k]->check[i] != 0;
      char line[120];
      snprintf(line, sizeof line, "%s table: %zu of %zu rows used", k == 0 ? "tagger" : k == 1 ? "parser" : "labeller",
               used, rows);
      log(ud, line);
    }
  }
  /* the file: header, names, three tables */
  {
    char hdr[64] = {0};
    memcpy(hdr, WS_PARSER_MAGIC, 8);
    uint32_t v[5] = {(uint32_t)t->ntags, (uint32_t)t->nlabels, t->tbits, t->pbits, t->lbits};
    for (int k = 0; k < 5; k++)
      for (int b = 0; b < 4; b++) hdr[8 + 4 * k + b] = (char)(v[k] >> (8 * b));
    size_t at = out->len;
    if (ws_buf_put(out, hdr, 64)) goto oom;
    char names[WS_PTAGS * 8 + WS_PLABELS * 16] = {0};
    for (size_t k = 0; k < t->ntags; k++) memcpy(names + 8 * k, t->tags[k], 8);
    for (size_t k = 0; k < t->nlabels; k++) memcpy(names + WS_PTAGS * 8 + 16 * k, t->labels[k], 16);
    if (ws_buf_put(out, names, sizeof names)) goto oom;
    float scales[3];
    if (wtab_write(&tw, step, out, &scales[0]) || wtab_write(&pw, step, out, &scales[1]) ||
        wtab_write(&lw, step, out, &scales[2]))
      goto oom;
    for (int k = 0; k < 3; k++) {
      uint32_t u;
      memcpy(&u, &scales[k], 4);
      for (int b = 0; b < 4; b++) out->data[at + 28 + 4 * k + b] = (char)(u >> (8 * b));
    }
  }
  goto done;
oom:
  ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory training the parser");
  rc = WS_ERR_NOMEM;
done:
  wtab_free(&tw);
  wtab_free(&pw);
  wtab_free(&lw);
  ws_pscratch_free(&sc);
  ws_free(ptag);
  ws_free(on_stack);
  ws_free(gold);
  ws_free(heads);
  return rc;
}

/* ---- scoring a model against CoNLL-U ----------------------------------- */

typedef struct evalctx {
  const ws_parser *p;
  ws_parse_score *acc;
  ws_ptok *tok;
  uint8_t *gtag_ok; /* per token: tag name as in the model (index) or 255 */
  int32_t *ghead;
  char (*glabel)[16];
  size_t n, cap;
  uint8_t *is_punct;
  ws_pscratch sc;
} evalctx;

static int eval_word(void *ctx, const char *const *col, const size_t *len, int first, int last) {
  evalctx *e = ctx;
  if (first) e->n = 0;
  if (!last) {
    if (e->n == e->cap) {
      size_t cap = e->cap ? 2 * e->cap : 256;
      ws_ptok *a = ws_realloc(e->tok, cap * sizeof *a);
      if (a) e->tok = a;
      uint8_t *b = ws_realloc(e->gtag_ok, cap), *pu = ws_realloc(e->is_punct, cap);
      if (b) e->gtag_ok = b;
      if (pu) e->is_punct = pu;
      int32_t *h = ws_realloc(e->ghead, cap * sizeof *h);
      if (h) e->ghead = h;
      char (*l)[16] = ws_realloc(e->glabel, cap * sizeof *l);
      if (l) e->glabel = l;
      if (!a || !b || !h || !l || !pu) return -1;
      e->cap = cap;
    }
    const char *form = col[1];
    size_t flen = len[1];
    surface(&form, &flen);
    ws_ptok_make(form, flen, &e->tok[e->n]);
    e->gtag_ok[e->n] = 255;
    for (uint32_t k = 0; k < e->p->ntags; k++)
      if (strlen(e->p->tag[k]) == len[4] && !memcmp(e->p->tag[k], col[4], len[4])) e->gtag_ok[e->n] = (uint8_t)k;
    e->ghead[e->n] = head_num(col[6], len[6]);
    size_t ll = len[7] < 15 ? len[7] : 15;
    memcpy(e->glabel[e->n], col[7], ll);
    e->glabel[e->n][ll] = 0;
    e->is_punct[e->n] = !strcmp(e->glabel[e->n], "punct");
    e->n++;
    return 0;
  }
  size_t n = e->n;
  uint8_t *tags = ws_malloc(n + 1), *labels = ws_malloc(n + 1);
  int32_t *heads = ws_malloc((n + 1) * sizeof *heads);
  if (!tags || !labels || !heads || ws_parse_sentence(e->p, e->tok, n, tags, heads, labels, NULL, &e->sc)) {
    ws_free(tags);
    ws_free(labels);
    ws_free(heads);
    return -1;
  }
  ws_parse_score *a = e->acc;
  for (size_t i = 0; i < n; i++) {
    int hok = heads[i] == e->ghead[i];
    int lok = hok && !strcmp(e->p->label[labels[i]], e->glabel[i]);
    a->tokens++;
    a->tags_ok += tags[i] == e->gtag_ok[i];
    a->heads_ok += hok;
    a->labelled_ok += lok;
    if (!e->is_punct[i]) {
      a->words++;
      a->words_heads_ok += hok;
      a->words_labelled_ok += lok;
    }
  }
  a->sentences++;
  ws_free(tags);
  ws_free(labels);
  ws_free(heads);
  return 0;
}

ws_status ws_parse_eval(const ws_parser *p, const char *conllu, size_t len, ws_parse_score *acc,
                        ws_error *err) {
  if (!p) {
    ws_set_error(err, WS_ERR_ARG, 0, 0, "no parser model");
    return WS_ERR_ARG;
  }
  evalctx e = {.p = p, .acc = acc};
  long r = each_word(conllu, len, eval_word, &e, err);
  ws_free(e.tok);
  ws_free(e.gtag_ok);
  ws_free(e.ghead);
  ws_free(e.glabel);
  ws_free(e.is_punct);
  ws_pscratch_free(&e.sc);
  return r < 0 ? (err ? err->code : WS_ERR_PARSE) : WS_OK;
}
