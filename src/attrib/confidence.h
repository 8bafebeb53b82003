/* confidence.h — the chance that an attribution is right. */
#ifndef WS_CONFIDENCE_H
#define WS_CONFIDENCE_H
#include "../internal.h"

enum { WS_CONF_N = 12 };
extern const char *const ws_conf_feature_names[WS_CONF_N];

/* Parse data/confidence.tsv (`FEATURE <TAB> weight` lines): 0; i + 1
 * when feature i has no number (ws_lex_weights); -1 out of memory. */
int ws_conf_parse_weights(const char *p, size_t len, double w[WS_CONF_N]);
/* The weights, loaded once: WS_OK or why not, in `err`. */
ws_status ws_confidence_ready(ws_error *err);
/* What the confidence of `r` is computed from. */
void ws_conf_features(const ws_attr_rec *r, double x[WS_CONF_N]);
/* Set pub.confidence of the records from `first` on, then drop those
 * under the document's minimum (parents renumbered).  -1 on OOM. */
int ws_confidence(ws_doc *d, size_t first);
#endif
