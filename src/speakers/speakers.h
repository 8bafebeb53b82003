/* speakers.h — canonical form and type of each source, and the content
 * kind (direct, indirect, mixed). */
#ifndef WS_SPEAKERS_H
#define WS_SPEAKERS_H
#include "../internal.h"

/* Fill source_canonical, source_type and kind of attributions
 * [from, nattrs).
 * Returns -1 on OOM. */
int ws_speakers_resolve(ws_doc *d, size_t from);
/* Type of a source from its text (person, organization, ...). */
const char *ws_source_type(const char *text);
#endif
