/* mentions.h — name mentions shared by framing and speakers. */
#ifndef WS_MENTIONS_H
#define WS_MENTIONS_H
#include "../attrib/model.h"

/* A name mention: tokens [t0, t1) in sentence `sent` of the block. */
typedef struct ws_name_run {
  size_t t0, t1, sent;
} ws_name_run;

/* What framing and speakers both need of a block, found once per block:
 * each token's sentence and paragraph (numbered within the block) and
 * the name mentions.  Arrays are reused from block to block. */
typedef struct ws_block {
  size_t *sent, *para;
  ws_name_run *men;
  size_t nmen, cap;
  size_t head; /* tokens [0, head): a title-case headline whose mentions
                * are only the names the story's body gives (0: none) */
} ws_block;
/* Fill `b` for the tokens; -1 when memory runs out.  `first`: the block
 * opens the document (its first paragraph may be a headline). */
int ws_block_scan(ws_block *b, const char *text, const ws_tokens *tk, int first);
void ws_block_free(ws_block *b);

/* Name mentions of a block in order; `out` has room for tk->n; `sent`
 * gives each token's sentence.  Returns the count. */
size_t ws_find_mentions(const char *text, const ws_tokens *tk, const size_t *sent,
                        ws_name_run *out);
/* The word token w is the initials of mention m ("ICE" and "Immigration
 * and Customs Enforcement"). */
int ws_is_acronym_of(const char *text, const ws_token *w, const ws_tokens *tk,
                     const ws_name_run *m);
/* Two mentions name the same thing: same text, or one abbreviates the
 * other. */
int ws_same_name(const char *text, const ws_tokens *tk, const ws_name_run *a,
                 const ws_name_run *b);
#endif
