/* model.h — the attribution tagger: BIO labels over tokens for Source,
 * Cue and Content, scored by a linear model over hashed features and
 * decoded with Viterbi (first-order transitions).
 *
 * Model file format (docs/model-format.md), all little-endian:
 *   "WSMODEL1"            8 bytes magic
 *   u32 labels            = WS_NLABELS
 *   u32 bits              feature table has 2^bits rows
 *   u32 ncue              cue-lexicon size
 *   f32 scale             weight = int16 * scale
 *   u32 cue[ncue]         sorted hashes (ws_norm_hash) of cue words
 *   i16 trans[(L+1)*L]    transition weights, row L is the start state
 *   i16 table[2^bits * L] feature weights, row-major
 */
#ifndef WS_MODEL_H
#define WS_MODEL_H
#include "../internal.h"

enum {
  WS_L_O = 0,
  WS_L_BS, WS_L_IS,  /* source */
  WS_L_BC, WS_L_IC,  /* cue */
  WS_L_BT, WS_L_IT,  /* content */
  WS_NLABELS
};
#define WS_MAXFEAT 48
#define WS_MODEL_MAGIC "WSMODEL1"

struct ws_model {
  uint32_t bits;
  uint32_t ncue;
  float scale;
  const uint32_t *cue;
  const int16_t *trans;
  const int16_t *table;
  void *owned;   /* file bytes for loaded models, NULL for the built-in */
};

/* Parse model bytes (not copied: they must outlive the model struct). */
ws_status ws_model_parse(struct ws_model *m, const uint8_t *p, size_t n,
                         ws_error *err);

/* Mark cue-lexicon words (WS_TF_CUELEX) given a sorted hash list. */
void ws_mark_cuelex(ws_tokens *tk, const uint32_t *cue, size_t ncue);

/* Feature hashes of every token: out[i*WS_MAXFEAT ...], count in nf[i]. */
void ws_features(const char *text, const ws_tokens *tk, uint32_t *out,
                 uint8_t *nf);

/* Label of a transition being allowed (I-X only after B-X or I-X). */
static inline int ws_trans_ok(int prev, int cur) {
  if (cur == WS_L_IS || cur == WS_L_IC || cur == WS_L_IT)
    return prev == cur || prev == cur - 1;
  return 1;
}

/* Viterbi over n tokens with emission scores em[n*L] and transitions
 * tr[(L+1)*L]; writes labels into tk->v[i].label.  `bp` has n*L bytes. */
void ws_viterbi(const float *em, const float *tr, size_t n, uint8_t *bp,
                ws_tokens *tk);

#endif
