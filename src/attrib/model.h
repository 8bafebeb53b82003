/* model.h — the attribution tagger: BIO labels over tokens for Source,
 * Cue and Content (with an end label for the last token of a content of
 * two tokens or more), scored by a linear model over hashed features and
 * decoded with Viterbi (first-order transitions).
 *
 * Model file format (docs/model-format.md), all little-endian, every
 * section a multiple of 16 bytes from the start so rows can be loaded
 * aligned, and the table a multiple of 64 so that no row straddles two
 * cache lines when the bytes start on one (the built-in model does; a
 * loaded one is copied so that its table does):
 *   "WSMODEL6"              8 bytes magic (WS_MODEL_MAGIC)
 *   u32 labels              = WS_NLABELS
 *   u32 bits                the feature table has 2^bits rows
 *   u32 wbits               the word table has 2^wbits slots
 *   f32 scale               weight = int16 * scale
 *   u32 flags               WS_MODEL_PARSE or 0
 *   u32 reserved            zero
 *   u32 wkey[2^wbits]       word hashes (ws_norm_hash, 0 mapped to 1),
 *                           0 = empty slot; linear probing from hash & mask
 *   u32 wlemma[2^wbits]     hash of each word's lemma (ws_norm_hash)
 *   u8  wval[2^wbits]       bit 7: cue word; bit 6: strong cue word (a
 *                           cue in >= 1/3 of uses); bits 0-4: coarse tag
 *   u16 wclass[2^wbits]     WordNet sense classes (WS_WCLASS_*), 0 unknown
 *   i16 trans[9*8]          transitions [prev][cur]; prev 8 is the start
 *   zeros                   to the next multiple of 64 bytes (none in
 *                           version 5, which is read too)
 *   i16 table[2^bits * 8]   feature weights, a row of the 8 labels
 * and with flag WS_MODEL_STACK, stage two (stacking: a second tagger over
 * the same features and ws_stack_features of stage one's labels, whose
 * scores plus mix1 times stage one's give the tagger's labels): the
 * table's rows are 16 wide, stage one's 8 labels then stage two's, so one
 * cache line serves both; after the table
 *   u32 bits2 (= bits), f32 scale2, f32 mix1 (0..4), u32 0
 *   i16 trans2[9*8]         stage two's transitions
 */
#ifndef WS_MODEL_H
#define WS_MODEL_H
#include "../internal.h"

enum {
  WS_L_O = 0,
  WS_L_BS, WS_L_IS,  /* source */
  WS_L_BC, WS_L_IC,  /* cue */
  WS_L_BT, WS_L_IT,  /* content */
  WS_L_ET,           /* the last token of a content of two or more: the
                        tagger's alone; ws_tag reports it as WS_L_IT */
  WS_NLABELS
};
#define WS_MAXFEAT 70
#define WS_MAXFEAT2 14 /* stage two: features of stage one's labels */
#define WS_MODEL_MAGIC "WSMODEL6"
#define WS_MODEL_ALIGN 64 /* the table starts at a multiple of this: a cache line */
#define WS_ROW 8 /* a row of the 8 labels */
#define WS_START 8 /* transition row of the start state */
#define WS_TROWS 9 /* transition rows: the labels and the start */
#define WS_CUEBIT 0x80
#define WS_STRONGBIT 0x40 /* a cue in >= 1/3 of its training uses */

/* Coarse parts of speech (Penn tags folded). */
enum {
  WS_POS_UNK = 0, WS_POS_NN, WS_POS_NNS, WS_POS_NNP, WS_POS_DT, WS_POS_JJ,
  WS_POS_IN, WS_POS_VBD, WS_POS_VBZ, WS_POS_VBP, WS_POS_VB, WS_POS_VBG,
  WS_POS_VBN, WS_POS_MD, WS_POS_PRP, WS_POS_PRPS, WS_POS_RB, WS_POS_CC,
  WS_POS_TO, WS_POS_CD, WS_POS_WH, WS_POS_POS, WS_POS_PUNCT, WS_POS_QUOTE,
  WS_POS_OTHER, WS_NPOS
};

/* A coarse tag of a verb in a tense; of one in a tense or a modal. */
static inline int ws_pos_tensed(int pos) {
  return pos == WS_POS_VBD || pos == WS_POS_VBZ || pos == WS_POS_VBP;
}
static inline int ws_pos_finite(int pos) { return ws_pos_tensed(pos) || pos == WS_POS_MD; }
/* Coarse tag of a Penn Treebank tag. */
int ws_pos_of_penn(const char *tag, size_t n);

/* A word's WordNet classes, packed in a u16: the lexicographer file of its
 * most frequent verb sense (29-43, 0 none) << 8, of its most frequent noun
 * sense (3-28, 0 none) << 2, and flags: some verb sense is
 * verb.communication (1), verb.cognition (2).  0: not in WordNet. */
#define WS_WCLASS(v, n, fl) ((uint16_t)((v) << 8 | (n) << 2 | (fl)))
#define WS_WCLASS_VERB(c) ((c) >> 8)
#define WS_WCLASS_NOUN(c) (((c) >> 2) & 63)
#define WS_WCLASS_FLAGS(c) ((c)&3)

/* Header flags (the first reserved word). */
#define WS_MODEL_PARSE 1u /* features read the built-in parser's trees */
#define WS_MODEL_STACK 2u /* a second stage follows the table */

struct ws_model {
  uint32_t bits, wbits, flags;
  float scale;
  const uint32_t *wkey;
  const uint32_t *wlemma;
  const uint8_t *wval;
  const uint16_t *wclass;
  const int16_t *trans;
  const int16_t *table;
  /* stage two (WS_MODEL_STACK; its rows share the table, so its bits are
   * `bits`) */
  float scale2, mix1;
  const int16_t *trans2;
  /* the parser of WS_MODEL_PARSE's trees: NULL, the built-in; a tool
   * sets it on a loaded model to analyse with the parser it trained
   * with (tools/confidence-dump.c --parser) */
  const ws_parser *parser;
  void *owned;   /* file bytes for loaded models, NULL for the built-in */
};

/* Parse model bytes (not copied: they must outlive the model struct). */
ws_status ws_model_parse(struct ws_model *m, const uint8_t *p, size_t n,
                         ws_error *err);

/* A word table laid out as in the model file. */
typedef struct ws_wordtab {
  const uint32_t *key, *lemma;
  const uint8_t *val;
  const uint16_t *wclass;
  uint32_t bits;
} ws_wordtab;
/* Mark cue words (WS_TF_CUELEX) and set each token's coarse tag, lemma and
 * word classes from the word table. */
void ws_mark_lex(ws_tokens *tk, const ws_wordtab *wt);

/* Feature hashes of every token: out[i*WS_MAXFEAT ...], count in nf[i].
 * `next_cue` is scratch of 4 * tk->n entries. */
struct ws_tree;
void ws_features(const char *text, const ws_tokens *tk, const struct ws_tree *tr,
                 size_t *next_cue, uint32_t *out, uint8_t *nf);
/* Stage two's feature hashes (stacking): each token's stage-one label
 * (tk->v[i].label, from ws_viterbi) and its neighbours', the nearest
 * stage-one cue on each side in the sentence, the stage-one content span
 * the token is in, and the stage-one cue above it in the tree.
 * out[i*WS_MAXFEAT2 ...], count in nf[i]; `scratch` has 4 * tk->n. */
void ws_stack_features(const ws_tokens *tk, const struct ws_tree *tr, size_t *scratch,
                       uint32_t *out, uint8_t *nf);

/* Label of a transition being allowed: I-X only after B-X or I-X, the
 * content's end only after B-T or I-T, and I-T only before I-T or the end. */
static inline int ws_trans_ok(int prev, int cur) {
  if (prev == WS_L_IT) return cur == WS_L_IT || cur == WS_L_ET;
  if (cur == WS_L_IS || cur == WS_L_IC || cur == WS_L_IT)
    return prev == cur || prev == cur - 1;
  if (cur == WS_L_ET) return prev == WS_L_BT || prev == WS_L_IT;
  return 1;
}

/* Viterbi over n tokens with emission scores em[n*WS_ROW] and transitions
 * tr[WS_TROWS*WS_ROW]; writes labels into tk->v[i].label.  `bp` has
 * n*WS_ROW bytes; `alpha` (n*WS_ROW floats, or NULL) receives the forward
 * scores: the best labelling of tokens [0, i] that ends in each label. */
void ws_viterbi(const float *em, const float *tr, size_t n, uint8_t *bp,
                float *alpha, ws_tokens *tk);
/* Each token's belief (tk->v[i].bel) from max-marginals over the same
 * scores, `alpha` from ws_viterbi and a backward pass into `beta`
 * (n*WS_ROW floats): for source, cue and content, the best labelling that
 * puts the token in that part minus the best that does not. */
void ws_beliefs(const float *alpha, const float *em, const float *tr, size_t n, float *beta,
                ws_tokens *tk);

#endif
