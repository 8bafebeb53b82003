/* framing.h — loaded descriptors, scare quotes, recipients, second-hand
 * sourcing, sourcing profile. */
#ifndef WS_FRAMING_H
#define WS_FRAMING_H
#include "../attrib/model.h"

/* The loaded-word lists, loaded once: WS_OK or why not, in `err`. */
ws_status ws_framing_ready(ws_error *err);
/* Framing signals of one block; records [first_attr, nattrs) are the
 * block's attributions, already classified.  -1 on OOM. */
struct ws_block;
int ws_framing_block(ws_doc *d, const ws_tokens *tk, const struct ws_block *b, size_t first_attr);
/* Mark attributions relayed through another outlet (after all blocks). */
void ws_framing_second_hand(ws_doc *d);
#endif
