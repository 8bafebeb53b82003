/* parse.h — part-of-speech tags and labelled dependency trees for one
 * sentence at a time: a greedy tagger and an arc-hybrid transition parser
 * (both averaged perceptrons over hashed features), then an arc labeller.
 * Trained by src/train/parser_train.c from CoNLL-U; the model file format
 * is in docs/parser-format.md. */
#ifndef WS_PARSE_H
#define WS_PARSE_H
#include "../internal.h"

#define WS_PARSER_MAGIC "WSPARSE2"
#define WS_PTAGS 48   /* a tagger row: tags (at most 47), padded, fingerprint */
#define WS_PLABELS 48 /* a labeller row: labels (at most 47), padded, fingerprint */
#define WS_PMOVES 4   /* a parser row: shift, left, right, fingerprint */
enum { WS_MV_SHIFT, WS_MV_LEFT, WS_MV_RIGHT };

/* What the features see of a word: hashes of the lower-cased form, its
 * last 1, 2 and 3 characters and first character, and a shape class. */
typedef struct ws_ptok {
  uint32_t w, s1, s2, s3, p1;
  uint8_t shape; /* 0 lower, 1 Capital, 2 UPPER, 3 digits, 4 mixed, 5 other */
} ws_ptok;
void ws_ptok_make(const char *s, size_t n, ws_ptok *t);

/* A model: weights are int16 times a scale, rows laid out as in the file. */
typedef struct ws_parser {
  uint32_t ntags, nlabels, tbits, pbits, lbits;
  float tscale, pscale, lscale;
  char tag[WS_PTAGS][8];
  char label[WS_PLABELS][16];
  const int16_t *tw, *pw, *lw; /* rows; the last slot of each is its fingerprint (ws_pfp) */
  void *owned;
} ws_parser;

/* Parse model bytes (not copied; 16-byte aligned).  WS_OK or WS_ERR_MODEL. */
ws_status ws_parser_parse(ws_parser *p, const uint8_t *b, size_t n, ws_error *err);

/* Scratch reused across sentences (free with ws_pscratch_free). */
typedef struct ws_pscratch {
  int32_t *stack, *lc, *rc, *nl, *nr, *lc2, *rc2;
  size_t cap;
} ws_pscratch;
void ws_pscratch_free(ws_pscratch *s);

/* Tag and parse tokens t[0..n): tags[i] (tag index), heads[i] (0 for the
 * root, j + 1 for token j) and labels[i] (label index).  With `want`,
 * only arcs whose head j has want[j] set are labelled (the others get
 * WS_NOLABEL); labels NULL: arcs only.  0, or -1 when out of memory. */
#define WS_NOLABEL 255
int ws_parse_sentence(const ws_parser *p, const ws_ptok *t, size_t n, uint8_t *tags,
                      int32_t *heads, uint8_t *labels, const uint8_t *want, ws_pscratch *s);

/* The two halves of ws_parse_sentence: tags, then a tree over given tags
 * (labels NULL: arcs only). */
void ws_tag_sentence(const ws_parser *p, const ws_ptok *t, size_t n, uint8_t *tags);
int ws_parse_tagged(const ws_parser *p, const ws_ptok *t, size_t n, const uint8_t *tags,
                    int32_t *heads, uint8_t *labels, const uint8_t *want, ws_pscratch *s);

/* ---- shared by inference and training: the feature templates ---- */

/* Hash of a template id and up to three values: one multiply per value
 * (they run in parallel), then a mix. */
static inline uint32_t ws_pf(uint32_t tid, uint32_t a, uint32_t b, uint32_t c) {
  uint32_t h = tid * 0x9E3779B1u + (a ^ 0x7F4A7C15u) * 0x85EBCA6Bu +
               (b ^ 0x165667B1u) * 0xC2B2AE35u + (c ^ 0x27D4EB2Fu) * 0x165667B1u;
  h ^= h >> 15;
  h *= 0x2C1B3C6Du;
  h ^= h >> 12;
  return h;
}

/* The fingerprint a feature leaves in its row: a row answers only the
 * feature that owns it, so features never seen in training (and those
 * that lost their row to another) add nothing. */
static inline uint16_t ws_pfp(uint32_t f) {
  return (uint16_t)(((f * 0x2545F491u) >> 16) | 1u);
}

#define WS_TAG_MAXF 24
/* Tagger features of token i given the two previous tags (tag index + 1,
 * 0 for none). */
/* Of these, the four that read the previous tags sit at
 * out[WS_TAG_FTAGS ..+4); ws_tag_features_tags writes only those. */
#define WS_TAG_FTAGS 13
void ws_tag_features_tags(const ws_ptok *x, uint32_t p1, uint32_t p2, uint32_t *out);
size_t ws_tag_features(const ws_ptok *t, size_t n, size_t i, uint32_t p1, uint32_t p2,
                       uint32_t *out);

/* A parser configuration: the stack (token numbers 1..n, 0 the root), the
 * buffer from b0 (1-based; > n when empty), arcs so far (heads), each
 * token's leftmost and rightmost child and number of children. */
typedef struct ws_pstate {
  const ws_ptok *t;
  const uint8_t *tags; /* predicted tags, 0-based tag index per token */
  size_t n;
  int32_t *stack;
  size_t sp;
  size_t b0;
  int32_t *heads; /* heads[i] for token i + 1 */
  int32_t *lc, *rc, *nl, *nr; /* indexed by token number (0..n + 1) */
  int32_t *lc2, *rc2;         /* second leftmost and rightmost children */
} ws_pstate;

#define WS_PARSE_MAXF 80
/* An empty configuration over c->n tokens: no arcs, empty stack. */
void ws_pstate_reset(ws_pstate *c);
size_t ws_parse_features(const ws_pstate *c, uint32_t *out);
/* Legal moves as a bit set (1 << WS_MV_*). */
unsigned ws_parse_legal(const ws_pstate *c);
void ws_parse_apply(ws_pstate *c, int move);
/* The arc head -> dep: heads, children and their counts. */
void ws_parse_attach(ws_pstate *c, int32_t dep, int32_t head);

#define WS_LABEL_MAXF 24
/* Labeller features of the arc head -> dep (token numbers; head 0 is the
 * root), given the finished tree. */
size_t ws_label_features(const ws_pstate *c, int32_t dep, int32_t head, uint32_t *out);

#endif
