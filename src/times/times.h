/* times.h — the time stage: time expressions of each block, resolved
 * against the document date (src/times/times.c). */
#ifndef WS_TIMES_H
#define WS_TIMES_H
#include "../internal.h"

/* Time expressions of one block, resolved against the document date.
 * -1 on OOM. */
int ws_times_block(ws_doc *d, const ws_tokens *tk);
#endif
