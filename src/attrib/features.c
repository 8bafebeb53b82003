/* features.c — what the tagger sees of each token: the words around it,
 * their shapes, whether it sits inside a quotation, and how far it is from
 * the nearest cue-like word on each side within its sentence.  Features are
 * 32-bit hashes; the model folds them into its table. */
#include "model.h"
#include "../parse/tree.h"

#include <assert.h>
#include <stdlib.h>

static inline uint32_t mix(uint32_t tid, uint32_t a, uint32_t b) {
  uint32_t h = tid * 0x9E3779B1u ^ a;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h ^= b * 0xC2B2AE35u;
  h *= 0x27D4EB2Fu;
  h ^= h >> 15;
  return h;
}

static int bucket(size_t d) {
  if (d <= 3) return (int)d;
  if (d <= 5) return 4;
  if (d <= 10) return 5;
  if (d <= 20) return 6;
  return 7;
}

int ws_pos_of_penn(const char *t, size_t n) {
  static const struct { const char *tag; int pos; } map[] = {
      {"NN", WS_POS_NN}, {"NNS", WS_POS_NNS}, {"NNP", WS_POS_NNP},
      {"NNPS", WS_POS_NNP}, {"DT", WS_POS_DT}, {"PDT", WS_POS_DT},
      {"JJ", WS_POS_JJ}, {"JJR", WS_POS_JJ}, {"JJS", WS_POS_JJ},
      {"IN", WS_POS_IN}, {"VBD", WS_POS_VBD}, {"VBZ", WS_POS_VBZ},
      {"VBP", WS_POS_VBP}, {"VB", WS_POS_VB}, {"VBG", WS_POS_VBG},
      {"VBN", WS_POS_VBN}, {"MD", WS_POS_MD}, {"PRP", WS_POS_PRP},
      {"PRP$", WS_POS_PRPS}, {"RB", WS_POS_RB}, {"RBR", WS_POS_RB},
      {"RBS", WS_POS_RB}, {"RP", WS_POS_RB}, {"CC", WS_POS_CC},
      {"TO", WS_POS_TO}, {"CD", WS_POS_CD}, {"WP", WS_POS_WH},
      {"WDT", WS_POS_WH}, {"WRB", WS_POS_WH}, {"WP$", WS_POS_WH},
      {"POS", WS_POS_POS}, {"``", WS_POS_QUOTE}, {"''", WS_POS_QUOTE},
      {",", WS_POS_PUNCT}, {".", WS_POS_PUNCT}, {":", WS_POS_PUNCT},
      {"-LRB-", WS_POS_PUNCT}, {"-RRB-", WS_POS_PUNCT}};
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (strlen(map[i].tag) == n && memcmp(map[i].tag, t, n) == 0)
      return map[i].pos;
  return WS_POS_OTHER;
}

void ws_mark_lex(ws_tokens *tk, const ws_wordtab *wt) {
  const uint32_t mask = (1u << wt->bits) - 1;
  const uint32_t *wkey = wt->key;
  for (size_t i = 0; i < tk->n; i++) {
    ws_token *t = &tk->v[i];
    uint32_t key = t->norm ? t->norm : 1;
    uint8_t val = 0;
    int found = 0;
    t->lemma = t->norm;
    t->wclass = 0;
    for (uint32_t h = key & mask; wkey[h]; h = (h + 1) & mask)
      if (wkey[h] == key) {
        val = wt->val[h];
        t->lemma = wt->lemma[h];
        t->wclass = wt->wclass[h];
        found = 1;
        break;
      }
    if (found && (val & WS_CUEBIT) && t->kind != WS_TK_QUOTE) t->flags |= WS_TF_CUELEX;
    if (found && (val & WS_STRONGBIT) && t->kind != WS_TK_QUOTE) t->flags |= WS_TF_STRONGCUE;
    if (t->kind == WS_TK_QUOTE) t->pos = WS_POS_QUOTE;
    else if (found && (val & 0x1F)) t->pos = val & 0x1F;
    else t->pos = t->kind == WS_TK_PUNCT ? WS_POS_PUNCT : WS_POS_UNK;
  }
}

#define NONE 0x5A5A5A5Au
#define W(j) ((j) < n ? v[(j)].norm : NONE)

static int is_cue_word(const ws_token *t) { return (t->flags & WS_TF_CUELEX) != 0; }
/* a stage-one cue label (ws_stack_features) */
static int is_cue_label(const ws_token *t) { return t->label == WS_L_BC || t->label == WS_L_IC; }

/* The child of the nearest cue above token i through which i hangs (i
 * itself when it hangs from the cue), the cue in *cue and the path's
 * length in *depth; -1 when no cue governs i.  A cue is a token is_cue
 * says so of: a cue word, or a token stage one labelled cue. */
static inline int32_t cue_child(const ws_tokens *tk, const ws_tree *tr, size_t i,
                                int (*is_cue)(const ws_token *), int32_t *cue, size_t *depth) {
  const ws_token *v = tk->v;
  int32_t c = (int32_t)i, a = tr->head[i];
  size_t d = 1;
  while (a >= 0 && !is_cue(&v[a]) && d < WS_TREE_MAXSENT) {
    c = a;
    a = tr->head[a];
    d++;
  }
  *depth = d;
  *cue = a >= 0 && is_cue(&v[a]) ? a : -1;
  return *cue >= 0 ? c : -1;
}

/* What the parse says of token i: its tag and its neighbours', its arc, the
 * nearest cue word above it and through which child of that cue it hangs
 * (subject, complement, ...), whether it opens or closes that child's
 * subtree, and for a cue word, which arguments it has. */
static int tree_features(const ws_tokens *tk, const ws_tree *tr, size_t i, uint32_t inq,
                         const int32_t *cc, const int32_t *ca, const uint8_t *cd, uint32_t *f) {
  const ws_token *v = tk->v;
  size_t n = tk->n;
  int k = 0;
  uint32_t pt = tr->tag[i], ptm1 = i ? tr->tag[i - 1] : 0, ptp1 = i + 1 < n ? tr->tag[i + 1] : 0;
  int32_t h = tr->head[i], ii = (int32_t)i;
  uint32_t lab = tr->lab[i];
  uint32_t hcue = h >= 0 && (v[h].flags & WS_TF_CUELEX);
  uint32_t htag = h >= 0 ? tr->tag[h] : 0;
  f[k++] = mix(70, pt, 0);
  f[k++] = mix(71, ptm1 * 64 + pt, ptp1);
  f[k++] = mix(72, lab * 64 + htag, (uint32_t)(h > ii) + hcue * 2);
  f[k++] = mix(73, lab, hcue ? v[h].lemma : NONE);
  int32_t a = ca[i], c = cc[i];
  size_t depth = cd[i];
  uint32_t rel = 127, edges = 0, al = NONE;
  if (c >= 0) {
    rel = tr->lab[c] * 2u + (c > a);
    edges = (ii == tr->lo[c]) * 2u + (ii == tr->hi[c]);
    al = v[a].lemma;
  }
  f[k++] = mix(74, rel, (uint32_t)bucket(depth));
  f[k++] = mix(75, rel, al);
  f[k++] = mix(76, rel * 4 + edges, inq);
  f[k++] = mix(77, rel * 4 + edges, pt);
  uint32_t self = (v[i].flags & WS_TF_CUELEX) ? tr->kids[i] + 256u : 0;
  f[k++] = mix(78, self, v[i].lemma);
  f[k++] = mix(79, self * 64 + lab, pt);
  uint32_t own = (ii == tr->lo[i]) * 2u + (ii == tr->hi[i]);
  if (h >= 0) own += (ii == tr->lo[h]) * 4u + (ii == tr->hi[h]) * 8u;
  f[k++] = mix(80, own, lab);
  /* what the governing cue has: a subject, a complement (is this a
   * report at all), and the word this token hangs from */
  f[k++] = mix(81, rel, a >= 0 ? tr->kids[a] : 0);
  f[k++] = mix(82, lab, h >= 0 ? v[h].lemma : NONE);
  /* where the next token hangs from the same cue's same child, and where
   * it does not (a content ends where the cue's conjunct begins) */
  uint32_t rn = 126, same = 2;
  if (i + 1 < n && tr->tag[i + 1]) {
    int32_t an = ca[i + 1], cn = cc[i + 1];
    rn = cn >= 0 ? tr->lab[cn] * 2u + (cn > an) : 127;
    same = cn == c && an == a;
  }
  f[k++] = mix(83, rel * 256 + rn, same);
  uint32_t rp = 126, psame = 2;
  if (i > 0 && tr->tag[i - 1]) {
    int32_t ap = ca[i - 1], cp = cc[i - 1];
    rp = cp >= 0 ? tr->lab[cp] * 2u + (cp > ap) : 127;
    psame = cp == c && ap == a;
  }
  f[k++] = mix(84, rp * 256 + rel, psame);
  return k;
}

void ws_features(const char *text, const ws_tokens *tk, const ws_tree *tr, size_t *next_cue,
                 uint32_t *out, uint8_t *nf) {
  const ws_token *v = tk->v;
  size_t n = tk->n;
  /* next cue word after each token within its sentence */
  size_t nc = SIZE_MAX, no = SIZE_MAX, *next_open = next_cue + n;
  /* each parsed token's way up to its nearest cue word, once: the cue,
   * the child of it the token hangs through, the path's length (capped) */
  int32_t *cc = (int32_t *)(void *)(next_cue + 2 * n), *ca = cc + n;
  uint8_t *cd = (uint8_t *)(ca + n);
  if (tr)
    for (size_t i = 0; i < n; i++) {
      if (!tr->tag[i]) continue;
      size_t depth;
      cc[i] = cue_child(tk, tr, i, is_cue_word, &ca[i], &depth);
      cd[i] = (uint8_t)(depth < 255 ? depth : 255);
    }
  for (size_t i = n; i-- > 0;) {
    next_cue[i] = nc;
    if (v[i].flags & WS_TF_SENT) nc = SIZE_MAX;
    if (v[i].flags & WS_TF_CUELEX) nc = i;
    /* the next opening quotation mark in the sentence */
    next_open[i] = no;
    if (v[i].flags & WS_TF_SENT) no = SIZE_MAX;
    else if (v[i].flags & WS_TF_QOPEN) no = i;
  }
  /* distance to the nearest cue word left/right inside the sentence, and
   * which word it is; whether the sentence holds a quotation */
  size_t last_cue = (size_t)-1, sent_start = 0, last_close = (size_t)-1;
  int colon_before = 0; /* previous sentence ended with ':' */
  for (size_t i = 0; i < n; i++) {
    const ws_token *t = &v[i];
    if (t->flags & WS_TF_SENT) {
      last_cue = (size_t)-1;
      last_close = (size_t)-1;
      colon_before = i > 0 && text[v[i - 1].b0] == ':';
      sent_start = i;
    }
    uint32_t *f = out + i * WS_MAXFEAT;
    int k = 0;
    uint32_t wm1 = i >= 1 ? v[i - 1].norm : NONE;
    uint32_t wm2 = i >= 2 ? v[i - 2].norm : NONE;
    uint32_t wp1 = W(i + 1), wp2 = W(i + 2);
    uint32_t sh = t->shape;
    uint32_t shm1 = i >= 1 ? v[i - 1].shape : 9;
    uint32_t shp1 = i + 1 < n ? v[i + 1].shape : 9;
    uint32_t inq = (t->flags & WS_TF_INQ) ? 1 : 0;
    uint32_t q = (t->flags & (WS_TF_QOPEN | WS_TF_QCLOSE | WS_TF_SQ)) >> 3;
    f[k++] = mix(1, 0, 0);
    f[k++] = mix(2, t->norm, 0);
    f[k++] = mix(3, wm1, 0);
    f[k++] = mix(4, wp1, 0);
    f[k++] = mix(5, wm2, 0);
    f[k++] = mix(6, wp2, 0);
    f[k++] = mix(7, wm1, t->norm);
    f[k++] = mix(8, t->norm, wp1);
    f[k++] = mix(9, t->suf, 0);
    f[k++] = mix(10, i >= 1 ? v[i - 1].suf : NONE, 0);
    f[k++] = mix(11, i + 1 < n ? v[i + 1].suf : NONE, 0);
    f[k++] = mix(12, shm1 * 16 + sh, shp1);
    f[k++] = mix(13, inq * 64 + q, sh);
    f[k++] = mix(14, (t->flags & (WS_TF_SENT | WS_TF_PARA)), sh);
    f[k++] = mix(15, (t->flags & WS_TF_SENT_END) ? 1 : 0,
                 i + 1 < n && (v[i + 1].flags & WS_TF_SENT_END) ? 1 : 0);
    f[k++] = mix(16, wm1, wp1);
    f[k++] = mix(17, colon_before, inq);
    f[k++] = mix(18, t->flags & WS_TF_PARA ? 1 : 0, colon_before * 2 + inq);
    /* left cue */
    int ld = 0;
    uint32_t lw = NONE;
    if (last_cue != (size_t)-1) {
      ld = 1 + bucket(i - last_cue);
      lw = v[last_cue].norm;
    }
    /* right cue: the next cue word in the sentence (precomputed) */
    int rd = 0;
    uint32_t rw = NONE;
    if (next_cue[i] != SIZE_MAX) {
      rd = 1 + bucket(next_cue[i] - i);
      rw = v[next_cue[i]].norm;
    }
    uint32_t cl = (t->flags & WS_TF_CUELEX) ? 1 : 0;
    f[k++] = mix(19, ld, inq);
    f[k++] = mix(20, rd, inq);
    f[k++] = mix(21, lw, ld > 0 ? (ld > 4 ? 2 : 1) : 0);
    f[k++] = mix(22, rw, rd > 0 ? (rd > 4 ? 2 : 1) : 0);
    f[k++] = mix(23, ld * 16 + rd, sh);
    f[k++] = mix(24, cl, inq);
    f[k++] = mix(25, lw, t->norm);
    f[k++] = mix(26, rw, sh);
    f[k++] = mix(27, bucket(i - sent_start), inq);
    f[k++] = mix(28, ld * 16 + rd, cl * 2 + inq);
    f[k++] = mix(29, wm1, sh);
    f[k++] = mix(30, sh, wp1);
    uint32_t p0 = t->pos, pm1 = i >= 1 ? v[i - 1].pos : 31,
             pm2 = i >= 2 ? v[i - 2].pos : 31, pp1 = i + 1 < n ? v[i + 1].pos : 31,
             pp2 = i + 2 < n ? v[i + 2].pos : 31;
    f[k++] = mix(40, p0, 0);
    f[k++] = mix(41, pm1, p0);
    f[k++] = mix(42, p0, pp1);
    f[k++] = mix(43, pm1 * 32 + p0, pp1);
    f[k++] = mix(44, pm2 * 32 + pm1, p0);
    f[k++] = mix(45, p0 * 32 + pp1, pp2);
    f[k++] = mix(46, p0, ld * 16 + rd);
    f[k++] = mix(47, p0 * 2 + inq, t->shape);
    f[k++] = mix(48, p0, t->suf);
    f[k++] = mix(49, pm1, wp1);
    /* quotation marks nearby: cues sit next to them */
    int qr = next_open[i] != SIZE_MAX && next_open[i] - i < 8 ? (int)(next_open[i] - i) : 0;
    int ql = last_close != (size_t)-1 && i - last_close < 8 ? (int)(i - last_close) : 0;
    f[k++] = mix(50, p0, wp1);
    f[k++] = mix(51, wm1, p0);
    f[k++] = mix(52, ql * 16 + qr, p0);
    f[k++] = mix(53, wm1 ^ (wp1 * 31), t->norm);
    f[k++] = mix(54, ql * 16 + qr, cl);
    /* lemmas generalise over inflections (states, stated, stating) */
    uint32_t lm1 = i >= 1 ? v[i - 1].lemma : NONE;
    uint32_t llw = last_cue != (size_t)-1 ? v[last_cue].lemma : NONE;
    uint32_t lrw = next_cue[i] != SIZE_MAX ? v[next_cue[i]].lemma : NONE;
    f[k++] = mix(60, t->lemma, 0);
    f[k++] = mix(61, llw, ld);
    f[k++] = mix(62, lrw, rd);
    f[k++] = mix(63, lm1, p0);
    f[k++] = mix(64, t->lemma, wp1);
    /* WordNet's classes generalise over words training barely saw
     * ("propounded" is a verb of communication, like "said") */
    uint32_t wc = t->wclass, wv = wc ? WS_WCLASS_VERB(wc) : 99u;
    uint32_t wn = wc ? WS_WCLASS_NOUN(wc) : 99u, wf = wc ? WS_WCLASS_FLAGS(wc) : 9u;
    f[k++] = mix(90, wc, 0);
    f[k++] = mix(91, wv * 16 + wf, p0);
    f[k++] = mix(92, wn, p0);
    f[k++] = mix(93, wf, inq * 64 + (uint32_t)ld * 8 + (uint32_t)(rd > 7 ? 7 : rd));
    if (tr && tr->tag[i]) k += tree_features(tk, tr, i, inq, cc, ca, cd, f + k);
    assert(k <= WS_MAXFEAT);
    nf[i] = (uint8_t)k;
    if (t->flags & WS_TF_CUELEX) last_cue = i;
    if (t->flags & WS_TF_QCLOSE) last_close = i;
  }
}

/* The part a label belongs to: 0 none, 1 source, 2 cue, 3 content. */
static uint32_t part_of(uint32_t l) { return l == WS_L_O ? 0 : l <= WS_L_IS ? 1 : l <= WS_L_IC ? 2 : 3; }

void ws_stack_features(const ws_tokens *tk, const ws_tree *tr, size_t *scratch, uint32_t *out,
                       uint8_t *nf) {
  const ws_token *v = tk->v;
  size_t n = tk->n;
  /* per token: the first token of the nearest stage-one cue left and
   * right in its sentence, and the stage-one content span it is in */
  size_t *lc = scratch, *rc = scratch + n, *cs = scratch + 2 * n, *ce = scratch + 3 * n;
  size_t s = 0;
  while (s < n) {
    size_t e = s + 1;
    while (e < n && !(v[e].flags & WS_TF_SENT)) e++;
    uint32_t has = 0;
    size_t last = SIZE_MAX, start = SIZE_MAX;
    for (size_t i = s; i < e; i++) {
      uint32_t p = part_of(v[i].label);
      has |= 1u << p;
      if (v[i].label == WS_L_BC) last = i;
      lc[i] = last;
      if (p == 3 && (v[i].label == WS_L_BT || start == SIZE_MAX)) start = i;
      if (p != 3) start = SIZE_MAX;
      cs[i] = start;
    }
    last = SIZE_MAX;
    size_t end = SIZE_MAX;
    for (size_t i = e; i-- > s;) {
      uint32_t p = part_of(v[i].label);
      if (p != 3) end = SIZE_MAX;
      else if (end == SIZE_MAX || v[i + 1 < e ? i + 1 : i].label == WS_L_BT) end = i;
      ce[i] = end;
      rc[i] = last;
      if (v[i].label == WS_L_BC) last = i;
    }
    for (size_t i = s; i < e; i++) {
      const ws_token *t = &v[i];
      uint32_t *f = out + i * WS_MAXFEAT2;
      int k = 0;
      uint32_t l = t->label, lm1 = i > s ? v[i - 1].label : 9, lp1 = i + 1 < e ? v[i + 1].label : 9;
      uint32_t lm2 = i > s + 1 ? v[i - 2].label : 9, lp2 = i + 2 < e ? v[i + 2].label : 9;
      uint32_t inq = (t->flags & WS_TF_INQ) ? 1 : 0;
      uint32_t dl = lc[i] != SIZE_MAX ? 1 + (uint32_t)bucket(i - lc[i]) : 0;
      uint32_t dr = rc[i] != SIZE_MAX ? 1 + (uint32_t)bucket(rc[i] - i) : 0;
      uint32_t wl = lc[i] != SIZE_MAX ? v[lc[i]].lemma : NONE;
      uint32_t wr = rc[i] != SIZE_MAX ? v[rc[i]].lemma : NONE;
      uint32_t span = 99;
      if (cs[i] != SIZE_MAX && ce[i] != SIZE_MAX)
        span = (uint32_t)bucket(i - cs[i]) * 8 + (uint32_t)bucket(ce[i] - i);
      uint32_t edge = (part_of(lm1) == 3 && part_of(l) != 3) * 2u + (lp1 == WS_L_BT);
      f[k++] = mix(100, l, 0);
      f[k++] = mix(101, l, t->norm);
      f[k++] = mix(102, lm1 * 16 + l, lp1);
      f[k++] = mix(103, lm2 * 16 + l, lp2);
      f[k++] = mix(104, l * 256 + dl * 16 + dr, inq);
      f[k++] = mix(105, wl, dl * 16 + l);
      f[k++] = mix(106, wr, dr * 16 + l);
      f[k++] = mix(107, span, t->pos * 2u + inq);
      f[k++] = mix(108, edge, t->norm);
      f[k++] = mix(109, has, l * 2 + inq);
      f[k++] = mix(110, t->norm, lm1 * 16 + lp1);
      if (tr && tr->tag[i]) {
        /* the stage-one cue above this token in the tree, and through
         * which of its children the token hangs */
        int32_t a;
        size_t d;
        int32_t c = cue_child(tk, tr, i, is_cue_label, &a, &d);
        uint32_t rel = 127, edges = 0, al = NONE;
        if (c >= 0) {
          rel = tr->lab[c] * 2u + (c > a);
          edges = ((int32_t)i == tr->lo[c]) * 2u + ((int32_t)i == tr->hi[c]);
          al = v[a].lemma;
        }
        f[k++] = mix(111, rel * 4 + edges, l);
        f[k++] = mix(112, rel, al);
        f[k++] = mix(113, rel * 4 + edges, (uint32_t)bucket(d) * 16 + l);
      }
      assert(k <= WS_MAXFEAT2);
      nf[i] = (uint8_t)k;
    }
    s = e;
  }
}
