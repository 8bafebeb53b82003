/* parser.c — tagging, parsing and labelling one sentence with a model
 * made by src/train/parser_train.c (see parse.h). */
#include "parse.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- words ---------------------------------------------------------- */

void ws_ptok_make(const char *s, size_t n, ws_ptok *t) {
  uint32_t h = WS_HASH_SEED;
  int upper = 0, lower = 0, digit = 0, first_upper = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z') {
      upper++;
      if (i == 0) first_upper = 1;
      c = (unsigned char)(c + 32);
    } else if (c >= 'a' && c <= 'z') {
      lower++;
    } else if (c >= '0' && c <= '9') {
      digit++;
    } else if (c >= 0x80) {
      lower++;
    }
    h = (h ^ c) * 16777619u;
  }
  t->w = h;
  /* suffixes over bytes, lower-cased ASCII */
  uint32_t sh[3] = {0, 0, 0};
  for (size_t k = 1; k <= 3; k++) {
    uint32_t x = WS_HASH_SEED + (uint32_t)k;
    for (size_t i = n >= k ? n - k : 0; i < n; i++) {
      unsigned char c = (unsigned char)s[i];
      if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
      x = (x ^ c) * 16777619u;
    }
    sh[k - 1] = x;
  }
  t->s1 = sh[0];
  t->s2 = sh[1];
  t->s3 = sh[2];
  t->p1 = n ? (uint32_t)(unsigned char)s[0] : 0;
  if (digit && !upper && !lower) t->shape = 3;
  else if (!upper && !lower && !digit) t->shape = 5;
  else if (upper > 1 && !lower) t->shape = 2;
  else if (first_upper && upper == 1) t->shape = 1;
  else if (!upper) t->shape = 0;
  else t->shape = 4;
}

/* ---- features ------------------------------------------------------- */

void ws_tag_features_tags(const ws_ptok *x, uint32_t p1, uint32_t p2, uint32_t *out) {
  out[WS_TAG_FTAGS] = ws_pf(13, p1, 0, 0);
  out[WS_TAG_FTAGS + 1] = ws_pf(14, p1, p2, 0);
  out[WS_TAG_FTAGS + 2] = ws_pf(15, p1, x->w, 0);
  out[WS_TAG_FTAGS + 3] = ws_pf(16, p1, x->s3, 0);
}

size_t ws_tag_features(const ws_ptok *t, size_t n, size_t i, uint32_t p1, uint32_t p2,
                       uint32_t *out) {
  size_t k = 0;
  uint32_t wm1 = i > 0 ? t[i - 1].w : 1, wm2 = i > 1 ? t[i - 2].w : 1;
  uint32_t wp1 = i + 1 < n ? t[i + 1].w : 2, wp2 = i + 2 < n ? t[i + 2].w : 2;
  const ws_ptok *x = &t[i];
  out[k++] = ws_pf(0, 0, 0, 0);
  out[k++] = ws_pf(1, x->w, 0, 0);
  out[k++] = ws_pf(2, x->s1, 0, 0);
  out[k++] = ws_pf(3, x->s2, 0, 0);
  out[k++] = ws_pf(4, x->s3, 0, 0);
  out[k++] = ws_pf(5, x->p1, x->shape, 0);
  out[k++] = ws_pf(6, x->shape, i == 0, 0);
  out[k++] = ws_pf(7, wm1, 0, 0);
  out[k++] = ws_pf(8, wp1, 0, 0);
  out[k++] = ws_pf(9, wm2, 0, 0);
  out[k++] = ws_pf(10, wp2, 0, 0);
  out[k++] = ws_pf(11, i > 0 ? t[i - 1].s3 : 1, 0, 0);
  out[k++] = ws_pf(12, i + 1 < n ? t[i + 1].s3 : 2, 0, 0);
  ws_tag_features_tags(x, p1, p2, out); /* k == WS_TAG_FTAGS */
  k += 4;
  out[k++] = ws_pf(17, wm1, x->w, 0);
  out[k++] = ws_pf(18, x->w, wp1, 0);
  out[k++] = ws_pf(19, i + 1 < n ? t[i + 1].s1 : 2, x->shape, 0);
  return k;
}

/* word, and tag + 1, of token number k (1..n; the root is n + 1 while
 * parsing, 0 in a finished tree; -1 none) */
static uint32_t word_of(const ws_pstate *c, int32_t k) {
  return k > 0 && k <= (int32_t)c->n ? c->t[k - 1].w : k >= 0 ? 3 : 4;
}
static uint32_t tag_of(const ws_pstate *c, int32_t k) {
  return k > 0 && k <= (int32_t)c->n ? (uint32_t)c->tags[k - 1] + 1 : k >= 0 ? 100 : 101;
}

size_t ws_parse_features(const ws_pstate *c, uint32_t *out) {
  int32_t s0 = c->sp > 0 ? c->stack[c->sp - 1] : -1;
  int32_t s1 = c->sp > 1 ? c->stack[c->sp - 2] : -1;
  /* the buffer ends with the root, n + 1 */
  int32_t b0 = c->b0 <= c->n + 1 ? (int32_t)c->b0 : -1;
  int32_t b1 = c->b0 + 1 <= c->n + 1 ? (int32_t)c->b0 + 1 : -1;
  int32_t b2 = c->b0 + 2 <= c->n + 1 ? (int32_t)c->b0 + 2 : -1;
  uint32_t s0w = word_of(c, s0), s0t = tag_of(c, s0), s1w = word_of(c, s1), s1t = tag_of(c, s1);
  uint32_t b0w = word_of(c, b0), b0t = tag_of(c, b0), b1w = word_of(c, b1), b1t = tag_of(c, b1);
  uint32_t b2t = tag_of(c, b2);
  uint32_t s0lc = s0 >= 0 ? tag_of(c, c->lc[s0]) : 102, s0rc = s0 >= 0 ? tag_of(c, c->rc[s0]) : 102;
  uint32_t s1rc = s1 >= 0 ? tag_of(c, c->rc[s1]) : 102, s1lc = s1 >= 0 ? tag_of(c, c->lc[s1]) : 102;
  uint32_t b0lc = b0 >= 0 ? tag_of(c, c->lc[b0]) : 102;
  uint32_t d = s0 > 0 && b0 > 0 ? (uint32_t)(b0 - s0) : 0;
  if (d > 5) d = d < 10 ? 6 : 7;
  uint32_t s0vl = s0 >= 0 ? (uint32_t)c->nl[s0] : 9, s0vr = s0 >= 0 ? (uint32_t)c->nr[s0] : 9;
  size_t k = 0;
  out[k++] = ws_pf(100, 0, 0, 0);
  out[k++] = ws_pf(101, s0w, 0, 0);
  out[k++] = ws_pf(102, s0t, 0, 0);
  out[k++] = ws_pf(103, s0w, s0t, 0);
  out[k++] = ws_pf(105, s1t, 0, 0);
  out[k++] = ws_pf(106, s1w, s1t, 0);
  out[k++] = ws_pf(107, b0w, 0, 0);
  out[k++] = ws_pf(108, b0t, 0, 0);
  out[k++] = ws_pf(109, b0w, b0t, 0);
  out[k++] = ws_pf(111, b1t, 0, 0);
  out[k++] = ws_pf(112, b1w, b1t, 0);
  out[k++] = ws_pf(115, s0w, b0w, 0);
  out[k++] = ws_pf(116, s0t, b0t, 0);
  out[k++] = ws_pf(117, s0w, s0t, b0t);
  out[k++] = ws_pf(118, s0t, b0w, b0t);
  out[k++] = ws_pf(119, s0w, s1w, 0);
  out[k++] = ws_pf(120, s0t, s1t, 0);
  out[k++] = ws_pf(121, s1t, s0t, b0t);
  out[k++] = ws_pf(122, s0t, b0t, b1t);
  out[k++] = ws_pf(123, b0t, b1t, b2t);
  out[k++] = ws_pf(125, s0t, s0lc, b0t);
  out[k++] = ws_pf(126, s0t, s0rc, b0t);
  out[k++] = ws_pf(127, s1t, s1rc, s0t);
  out[k++] = ws_pf(128, s1t, s1lc, s0t);
  out[k++] = ws_pf(129, s0t, b0t, b0lc);
  out[k++] = ws_pf(130, s0w, d, 0);
  out[k++] = ws_pf(131, s0t, d, 0);
  out[k++] = ws_pf(132, b0t, d, 0);
  out[k++] = ws_pf(133, s0t, b0t, d);
  out[k++] = ws_pf(134, s0w, s0vr, 0);
  out[k++] = ws_pf(137, s0t, s0vr, s0vl);
  out[k++] = ws_pf(141, s0w, b0w, b0t);
  out[k++] = ws_pf(142, b0w, b1w, 0);
  uint32_t s0lcw = s0 >= 0 ? word_of(c, c->lc[s0]) : 5, s0rcw = s0 >= 0 ? word_of(c, c->rc[s0]) : 5;
  uint32_t b0lcw = b0 >= 0 ? word_of(c, c->lc[b0]) : 5;
  out[k++] = ws_pf(146, s0lcw, s0t, 0);
  out[k++] = ws_pf(147, s0rcw, s0t, 0);
  out[k++] = ws_pf(148, b0lcw, b0t, 0);
  out[k++] = ws_pf(149, s0t, s0rc, s0lc);
  out[k++] = ws_pf(151, s0w, b0t, b1t);
  /* second children, and children's words (Honnibal's arc-hybrid set) */
  uint32_t s0lc2 = s0 >= 0 ? tag_of(c, c->lc2[s0]) : 102, s0rc2 = s0 >= 0 ? tag_of(c, c->rc2[s0]) : 102;
  uint32_t b0lc2 = b0 >= 0 ? tag_of(c, c->lc2[b0]) : 102;
  out[k++] = ws_pf(156, s0t, s0lc, s0lc2);
  out[k++] = ws_pf(157, s0t, s0rc, s0rc2);
  out[k++] = ws_pf(158, b0t, b0lc, b0lc2);
  out[k++] = ws_pf(159, s0t, s0rc, b0t);
  out[k++] = ws_pf(161, s0w, b0w, d);
  return k;
}

/* The root sits at the end of the buffer (Ballesteros & Nivre 2013) and
 * takes one child, the last word left on the stack. */
unsigned ws_parse_legal(const ws_pstate *c) {
  unsigned m = 0;
  int words = c->b0 <= c->n;
  if (words) m |= 1u << WS_MV_SHIFT;
  if (c->sp > 0 && (words || c->sp == 1)) m |= 1u << WS_MV_LEFT;
  if (c->sp > 1) m |= 1u << WS_MV_RIGHT;
  return m;
}

void ws_parse_attach(ws_pstate *c, int32_t dep, int32_t head) {
  c->heads[dep - 1] = head;
  if (dep < head) {
    if (c->lc[head] < 0 || dep < c->lc[head]) c->lc2[head] = c->lc[head], c->lc[head] = dep;
    else if (c->lc2[head] < 0 || dep < c->lc2[head]) c->lc2[head] = dep;
    c->nl[head]++;
  } else {
    if (c->rc[head] < 0 || dep > c->rc[head]) c->rc2[head] = c->rc[head], c->rc[head] = dep;
    else if (c->rc2[head] < 0 || dep > c->rc2[head]) c->rc2[head] = dep;
    c->nr[head]++;
  }
}

void ws_pstate_reset(ws_pstate *c) {
  for (size_t k = 0; k <= c->n + 1; k++)
    c->lc[k] = c->rc[k] = c->lc2[k] = c->rc2[k] = -1, c->nl[k] = c->nr[k] = 0;
  c->sp = 0;
  c->b0 = 1;
}

void ws_parse_apply(ws_pstate *c, int move) {
  if (move == WS_MV_SHIFT) {
    c->stack[c->sp++] = (int32_t)c->b0++;
  } else if (move == WS_MV_LEFT) {
    int32_t s0 = c->stack[--c->sp];
    ws_parse_attach(c, s0, (int32_t)c->b0);
  } else {
    int32_t s0 = c->stack[--c->sp];
    ws_parse_attach(c, s0, c->stack[c->sp - 1]);
  }
}

size_t ws_label_features(const ws_pstate *c, int32_t dep, int32_t head, uint32_t *out) {
  uint32_t dw = word_of(c, dep), dt = tag_of(c, dep), hw = word_of(c, head), ht = tag_of(c, head);
  uint32_t dir = dep < head, dist = (uint32_t)(dep < head ? head - dep : dep - head);
  if (dist > 5) dist = dist < 10 ? 6 : 7;
  uint32_t ds3 = dep > 0 ? c->t[dep - 1].s3 : 0, hs3 = head > 0 ? c->t[head - 1].s3 : 0;
  uint32_t dlc = tag_of(c, c->lc[dep]), drc = tag_of(c, c->rc[dep]);
  uint32_t prev = tag_of(c, dep > 1 ? dep - 1 : -1), next = tag_of(c, dep < (int32_t)c->n ? dep + 1 : -1);
  size_t k = 0;
  out[k++] = ws_pf(200, 0, 0, 0);
  out[k++] = ws_pf(201, dw, 0, 0);
  out[k++] = ws_pf(202, dt, 0, 0);
  out[k++] = ws_pf(203, hw, 0, 0);
  out[k++] = ws_pf(204, ht, 0, 0);
  out[k++] = ws_pf(205, dt, ht, dir);
  out[k++] = ws_pf(206, dw, ht, dir);
  out[k++] = ws_pf(207, dt, hw, dir);
  out[k++] = ws_pf(208, dt, ht, dist * 2 + dir);
  out[k++] = ws_pf(209, ds3, dt, 0);
  out[k++] = ws_pf(210, hs3, ht, 0);
  out[k++] = ws_pf(211, dt, dlc, drc);
  out[k++] = ws_pf(212, dt, ht, dlc);
  out[k++] = ws_pf(213, dt, prev, next);
  out[k++] = ws_pf(214, dw, hw, 0);
  out[k++] = ws_pf(215, dt, (uint32_t)(c->nl[dep] + c->nr[dep] > 3 ? 3 : c->nl[dep] + c->nr[dep]), ht);
  out[k++] = ws_pf(216, head == 0, dt, 0);
  out[k++] = ws_pf(217, dt, ht, next);
  out[k++] = ws_pf(218, dt, ht, prev);
  return k;
}

/* ---- inference ------------------------------------------------------ */

/* sum the rows of features f[0..nf) into score[0..ncls); a row counts
 * when its last slot holds the feature's fingerprint */
static inline void score_rows(const int16_t *tab, uint32_t bits, int row, const uint32_t *f,
                              size_t nf, int ncls, int32_t *score) {
  uint32_t mask = (1u << bits) - 1;
  /* the rows are scattered: ask for them all before reading any */
  for (size_t k = 0; k < nf; k++) __builtin_prefetch(tab + (size_t)(f[k] & mask) * (size_t)row);
  for (int y = 0; y < ncls; y++) score[y] = 0;
  /* without a branch on the fingerprint: whether a feature owns its row
   * is as good as random, and a mispredicted branch costs more than the
   * masked adds */
  for (size_t k = 0; k < nf; k++) {
    const int16_t *r = tab + (size_t)(f[k] & mask) * (size_t)row;
    int32_t own = -(int32_t)((uint16_t)r[row - 1] == ws_pfp(f[k]));
    for (int y = 0; y < ncls; y++) score[y] += r[y] & own;
  }
}

/* Ask for feature f's row of 48 (tagger, labeller): two cache lines. */
static inline void prefetch_row48(const int16_t *tab, uint32_t mask, uint32_t f) {
  const int16_t *r = tab + (size_t)(f & mask) * 48;
  __builtin_prefetch(r);
  __builtin_prefetch(r + 40);
}

#if defined(__SSE2__)
/* The same for rows of 48 (tagger, labeller), eight lanes at a time:
 * int16 weights widened into int32 sums.  The fingerprint slot is summed
 * too and ignored. */
_Static_assert(WS_PTAGS == 48 && WS_PLABELS == 48, "rows of 48");
static void score_rows48(const int16_t *tab, uint32_t bits, const uint32_t *f, size_t nf,
                         int ncls, int32_t *score) {
  uint32_t mask = (1u << bits) - 1;
  for (size_t k = 0; k < nf; k++) prefetch_row48(tab, mask, f[k]);
  __m128i acc[12];
  for (int j = 0; j < 12; j++) acc[j] = _mm_setzero_si128();
  for (size_t k = 0; k < nf; k++) {
    const int16_t *r = tab + (size_t)(f[k] & mask) * 48;
    if ((uint16_t)r[47] != ws_pfp(f[k])) continue;
    for (int j = 0; j < 6; j++) {
      __m128i w = _mm_load_si128((const __m128i *)(const void *)(r + 8 * j));
      acc[2 * j] = _mm_add_epi32(acc[2 * j], _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
      acc[2 * j + 1] = _mm_add_epi32(acc[2 * j + 1], _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16));
    }
  }
  int32_t all[48];
  for (int j = 0; j < 12; j++) _mm_storeu_si128((__m128i *)(void *)(all + 4 * j), acc[j]);
  memcpy(score, all, (size_t)ncls * sizeof *score);
}
#else
static void score_rows48(const int16_t *tab, uint32_t bits, const uint32_t *f, size_t nf,
                         int ncls, int32_t *score) {
  score_rows(tab, bits, 48, f, nf, ncls, score);
}
#endif

/* the best class among `allowed` (bit y: class y may be chosen) */
static int argmax(const int32_t *score, int ncls, uint64_t allowed) {
  int best = -1;
  for (int y = 0; y < ncls; y++)
    if ((allowed >> y & 1) && (best < 0 || score[y] > score[best])) best = y;
  return best;
}

void ws_pscratch_free(ws_pscratch *s) {
  if (!s) return;
  ws_free(s->stack);
  ws_free(s->lc);
  ws_free(s->rc);
  ws_free(s->nl);
  ws_free(s->nr);
  ws_free(s->lc2);
  ws_free(s->rc2);
  memset(s, 0, sizeof *s);
}

static int reserve(ws_pscratch *s, size_t n) {
  if (n + 2 <= s->cap) return 0;
  size_t cap = (n + 1) * 2;
  int32_t **v[] = {&s->stack, &s->lc, &s->rc, &s->nl, &s->nr, &s->lc2, &s->rc2};
  for (size_t k = 0; k < sizeof v / sizeof v[0]; k++) {
    int32_t *p = ws_realloc(*v[k], cap * sizeof *p);
    if (!p) return -1;
    *v[k] = p;
  }
  s->cap = cap;
  return 0;
}

/* Each token's features are made once, two tokens ahead, and the rows of
 * those that do not read the tags before it asked for then; the four that
 * do (ws_tag_features_tags) are made when the tags are known. */
static size_t tag_prefetch(const ws_parser *p, const ws_ptok *t, size_t n, size_t i,
                           uint32_t *f) {
  uint32_t mask = (1u << p->tbits) - 1;
  size_t nf = ws_tag_features(t, n, i, 0, 0, f);
  for (size_t k = 0; k < nf; k++)
    if (k < WS_TAG_FTAGS || k >= WS_TAG_FTAGS + 4) prefetch_row48(p->tw, mask, f[k]);
  return nf;
}

/* Token i (0-based) is to be labelled: every token, or with `want`, one
 * whose head is wanted. */
static int label_wanted(const int32_t *heads, const uint8_t *want, size_t i) {
  return !want || (heads[i] > 0 && want[heads[i] - 1]);
}

/* The first token from i on to be labelled, n when none. */
static size_t next_wanted(const int32_t *heads, const uint8_t *want, size_t n, size_t i) {
  while (i < n && !label_wanted(heads, want, i)) i++;
  return i;
}

/* Token i's label features into f, its rows asked for: made once, one
 * wanted token ahead of its scoring. */
static size_t label_prefetch(const ws_parser *p, const ws_pstate *c, const int32_t *heads,
                             size_t i, uint32_t *f) {
  uint32_t mask = (1u << p->lbits) - 1;
  size_t nf = ws_label_features(c, (int32_t)i + 1, heads[i], f);
  for (size_t k = 0; k < nf; k++) prefetch_row48(p->lw, mask, f[k]);
  return nf;
}

void ws_tag_sentence(const ws_parser *p, const ws_ptok *t, size_t n, uint8_t *tags) {
  enum { AHEAD = 2 };
  uint32_t f[AHEAD + 1][WS_TAG_MAXF];
  size_t nf[AHEAD + 1];
  int32_t score[WS_PTAGS];
  for (size_t i = 0; i < n && i < AHEAD; i++) nf[i] = tag_prefetch(p, t, n, i, f[i]);
  for (size_t i = 0; i < n; i++) {
    size_t a = (i + AHEAD) % (AHEAD + 1), at = i % (AHEAD + 1);
    if (i + AHEAD < n) nf[a] = tag_prefetch(p, t, n, i + AHEAD, f[a]);
    uint32_t *fi = f[at];
    ws_tag_features_tags(&t[i], i > 0 ? tags[i - 1] + 1u : 0, i > 1 ? tags[i - 2] + 1u : 0, fi);
    score_rows48(p->tw, p->tbits, fi, nf[at], (int)p->ntags, score);
    tags[i] = (uint8_t)argmax(score, (int)p->ntags, ~0ull);
  }
}

int ws_parse_sentence(const ws_parser *p, const ws_ptok *t, size_t n, uint8_t *tags,
                      int32_t *heads, uint8_t *labels, const uint8_t *want, ws_pscratch *s) {
  if (n == 0) return 0;
  ws_tag_sentence(p, t, n, tags);
  return ws_parse_tagged(p, t, n, tags, heads, labels, want, s);
}

int ws_parse_tagged(const ws_parser *p, const ws_ptok *t, size_t n, const uint8_t *tags,
                    int32_t *heads, uint8_t *labels, const uint8_t *want, ws_pscratch *s) {
  if (n == 0) return 0;
  if (reserve(s, n)) return -1;
  uint32_t f[WS_PARSE_MAXF];
  int32_t score[WS_PLABELS];
  ws_pstate c = {t, tags, n, s->stack, 0, 1, heads, s->lc, s->rc, s->nl, s->nr, s->lc2, s->rc2};
  ws_pstate_reset(&c);
  for (size_t i = 0; i < n; i++) heads[i] = 0;
  for (;;) {
    unsigned legal = ws_parse_legal(&c);
    if (!legal) break;
    if (!(legal & (legal - 1))) { /* one move: nothing to score */
      ws_parse_apply(&c, legal == 1u << WS_MV_SHIFT ? WS_MV_SHIFT
                         : legal == 1u << WS_MV_LEFT ? WS_MV_LEFT : WS_MV_RIGHT);
      continue;
    }
    size_t nf = ws_parse_features(&c, f);
    score_rows(p->pw, p->pbits, WS_PMOVES, f, nf, 3, score);
    ws_parse_apply(&c, argmax(score, 3, legal));
  }
  for (size_t i = 0; i < n; i++)
    if (heads[i] == (int32_t)n + 1) heads[i] = 0;
  if (!labels) return 0;
  /* each wanted label's features made (and rows asked for) one wanted
   * label ahead of its scoring */
  uint32_t lf[2][WS_PARSE_MAXF];
  size_t nlf[2] = {0, 0}, next = next_wanted(heads, want, n, 0);
  int cur = 0;
  if (next < n) nlf[cur] = label_prefetch(p, &c, heads, next, lf[cur]);
  for (size_t i = 0; i < n; i++) {
    if (i != next) {
      labels[i] = WS_NOLABEL;
      continue;
    }
    next = next_wanted(heads, want, n, i + 1);
    if (next < n) nlf[!cur] = label_prefetch(p, &c, heads, next, lf[!cur]);
    score_rows48(p->lw, p->lbits, lf[cur], nlf[cur], (int)p->nlabels, score);
    labels[i] = (uint8_t)argmax(score, (int)p->nlabels, ~0ull);
    cur = !cur;
  }
  return 0;
}

/* ---- the model file ------------------------------------------------- */

static uint32_t rd32(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

ws_status ws_parser_parse(ws_parser *p, const uint8_t *b, size_t n, ws_error *err) {
  memset(p, 0, sizeof *p);
  if (n < 64 || memcmp(b, WS_PARSER_MAGIC, 8) != 0) {
    ws_set_error(err, WS_ERR_MODEL, 0, 0, "not a whosaid parser model of this version");
    return WS_ERR_MODEL;
  }
  p->ntags = rd32(b + 8);
  p->nlabels = rd32(b + 12);
  p->tbits = rd32(b + 16);
  p->pbits = rd32(b + 20);
  p->lbits = rd32(b + 24);
  uint32_t sc[3] = {rd32(b + 28), rd32(b + 32), rd32(b + 36)};
  memcpy(&p->tscale, &sc[0], 4);
  memcpy(&p->pscale, &sc[1], 4);
  memcpy(&p->lscale, &sc[2], 4);
  if (p->ntags < 1 || p->ntags >= WS_PTAGS || p->nlabels < 1 || p->nlabels >= WS_PLABELS ||
      p->tbits < 8 || p->tbits > 24 || p->pbits < 8 || p->pbits > 24 || p->lbits < 8 ||
      p->lbits > 24) {
    ws_set_error(err, WS_ERR_MODEL, 0, 8, "parser model header out of range");
    return WS_ERR_MODEL;
  }
  size_t names = 64 + WS_PTAGS * 8 + WS_PLABELS * 16;
  /* each table: int16 rows, the last slot of a row its fingerprint */
  size_t tsize = ((size_t)1 << p->tbits) * WS_PTAGS * 2;
  size_t psize = ((size_t)1 << p->pbits) * WS_PMOVES * 2;
  size_t lsize = ((size_t)1 << p->lbits) * WS_PLABELS * 2;
  if (n != names + tsize + psize + lsize || ((uintptr_t)b & 15)) {
    ws_set_error(err, WS_ERR_MODEL, 0, n, "parser model is %zu bytes, header says %zu", n,
                 names + tsize + psize + lsize);
    return WS_ERR_MODEL;
  }
  for (size_t k = 0; k < WS_PTAGS; k++) {
    memcpy(p->tag[k], b + 64 + 8 * k, 8);
    p->tag[k][7] = 0;
  }
  for (size_t k = 0; k < WS_PLABELS; k++) {
    memcpy(p->label[k], b + 64 + WS_PTAGS * 8 + 16 * k, 16);
    p->label[k][15] = 0;
  }
  const uint8_t *at = b + names;
  p->tw = (const int16_t *)(const void *)at;
  at += tsize;
  p->pw = (const int16_t *)(const void *)at;
  at += psize;
  p->lw = (const int16_t *)(const void *)at;
  return WS_OK;
}

ws_parser *ws_parser_load(const char *path, ws_error *err) {
  ws_buf b = {0};
  if (ws_read_file(path, "parser model", &b, err) != WS_OK) return NULL;
  ws_parser *p = ws_malloc(sizeof *p);
  if (!p) {
    ws_buf_free(&b);
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
    return NULL;
  }
  /* the tables start at multiples of 64 bytes: put them on cache lines */
  void *raw = NULL;
  size_t n = b.len;
  const char *q = ws_aligned_copy(b.data, n, 0, 64, &raw);
  ws_buf_free(&b);
  if (!q) ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
  if (!q || ws_parser_parse(p, (const uint8_t *)q, n, err) != WS_OK) {
    ws_free(raw);
    ws_free(p);
    return NULL;
  }
  p->owned = raw;
  return p;
}

void ws_parser_free(ws_parser *p) {
  if (!p || !p->owned) return;
  ws_free(p->owned);
  ws_free(p);
}
