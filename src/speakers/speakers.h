/* speakers.h — canonical form and type of each source, and the content
 * kind (direct, indirect, mixed). */
#ifndef WS_SPEAKERS_H
#define WS_SPEAKERS_H
#include "../internal.h"

/* Fill source_canonical, source_type and kind of every attribution.
 * Returns -1 on OOM. */
int ws_speakers_resolve(ws_doc *d);
#endif
