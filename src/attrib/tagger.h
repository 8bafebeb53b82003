/* tagger.h — running the model over tokens and turning labels into
 * attribution records. */
#ifndef WS_TAGGER_H
#define WS_TAGGER_H
#include "model.h"
#include "../parse/tree.h"

/* Buffers reused across blocks and documents. */
typedef struct ws_tag_scratch {
  uint32_t *feat;
  uint8_t *nf;
  uint32_t *feat2; /* stage two's stacked features (WS_MODEL_STACK) */
  uint8_t *nf2;
  uint8_t *lab1;   /* stage one's labels */
  int32_t *acc2;   /* stage two's sums over the first features */
  float *em;
  float *alpha, *beta;
  uint8_t *bp;
  size_t *nextc;
  size_t cap;
  ws_tree tree;
} ws_tag_scratch;

/* Label every token of `tk` (tk->v[i].label).  Returns -1 on OOM. */
int ws_tag(const ws_model *m, const char *text, ws_tokens *tk,
           ws_tag_scratch *s);
void ws_tag_scratch_free(ws_tag_scratch *s);

/* A range of tokens [t0, t1). */
typedef struct ws_trange {
  size_t t0, t1;
} ws_trange;

/* Add an attribution made of token ranges (src and cue may be NULL;
 * content ranges sorted).  Returns the record or NULL on OOM. */
ws_attr_rec *ws_attr_record(ws_doc *d, const ws_tokens *tk, const ws_trange *src,
                       const ws_trange *cue, const ws_trange *con, size_t ncon);

/* Group labelled tokens into attributions and add them to `d`.
 * Returns -1 on OOM. */
int ws_link(ws_doc *d, ws_tokens *tk);
/* The page-furniture list, loaded once: WS_OK or why not, in `err`. */
ws_status ws_link_ready(ws_error *err);

/* Pattern rules that the tagger cannot express (nested "according to",
 * embedded social posts).  Runs after ws_link over the same block. */
int ws_rules(ws_doc *d, const ws_tokens *tk, size_t first_attr);
/* Some part (source, cue or content) of a record from `first` on lies
 * in bytes [b0, b1). */
int ws_claimed(const ws_doc *d, size_t first, size_t b0, size_t b1);

/* Move the start of r's content span fs to token `from` and the end of
 * span fe to `to` (NULL: that edge stays).  Returns -1 on OOM. */
int ws_content_move(ws_doc *d, ws_attr_rec *r, size_t fs, const ws_token *from, size_t fe,
                    const ws_token *to);

/* Quotations standing alone: a paragraph that is one quotation, claimed by
 * no attribution, after a paragraph whose last attribution has a source
 * (or that opens with a name, with no quotation and no cue of its own),
 * is an attribution with no cue (`inferred`), kind direct, spoken by that
 * source; the quotation paragraphs right after it join its content.
 * Records of the block (from first_attr) stay in text order.  Runs after
 * ws_rules.  Returns -1 on OOM. */
int ws_infer_quotes(ws_doc *d, const ws_tokens *tk, size_t first_attr);
/* Drop the records from `first` on that have no source, no quotation of
 * five words or more in their content and a cue outside the cue table (class
 * "other", so ws_cues_classify runs first): predicates that report
 * nothing ("The board held a session", "voted to delay").  On held-out
 * halves of PolNeAR train this raised cue F1 by 0.4, linked by 0.7.
 * Parents are renumbered (ws_doc_sweep).  Returns -1 on OOM. */
int ws_drop_unreported(ws_doc *d, size_t first);
/* Records whose cue opens with a word that seldom opens one
 * (data/non-cues.tsv, mined from PolNeAR train: "built", "won") and whose
 * content holds no quotation mark are dropped too.  That list, loaded
 * once: WS_OK or why not, in `err`. */
ws_status ws_rules_ready(ws_error *err);
/* The largest weight ws_trainer_run keeps in its int16 rows while it
 * learns (32767); past it a stage learns again in float, to the same
 * model.  Tests lower it to make that happen. */
extern int ws_train_w16_max;
#endif
