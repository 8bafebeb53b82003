/* edges.h — where a content starts and ends, chosen again over whole
 * spans.  The tagger decides each token's label from its neighbours; it
 * cannot weigh a content as a whole ("is it one clause of the cue?", "does
 * what it gains past a comma hold a verb?").  For every record with a cue
 * and a content, a few other starts and ends at the places contents
 * start and end (the sentence's edges, a comma, a dash, "that", "which",
 * a quotation mark, ...) are scored beside the tagger's by a linear model
 * over hashed features, the tagger's own beliefs among them, and the best
 * is kept.  The weights are data/edges.tsv, fitted by
 * scripts/train-edges.py on PolNeAR train (each half tagged by a model
 * of the other), from what tools/edges-dump.c lists. */
#ifndef WS_EDGES_H
#define WS_EDGES_H
#include "../internal.h"
#include "../parse/tree.h"

/* What tools/edges-dump.c sees instead of the choice being made: each
 * candidate of record `rec` (candidate 0 is the tagger's), its content
 * spans in code points and its features (id and value). */
typedef struct ws_edges_hook {
  void *ctx;
  void (*fn)(void *ctx, const ws_doc *d, size_t rec, size_t cand, const ws_span *spans,
             size_t nspans, const uint32_t *id, const float *val, size_t nf);
} ws_edges_hook;

/* Parse a weights file (data/edges.tsv: `ID <TAB> weight` lines, ID in
 * hex, '#' comments) into the table the stage reads: WS_OK, or why not in
 * `err` (a line that is not an ID and a number names its line). */
ws_status ws_edges_ready(ws_error *err);

/* Choose again the content edges of the records from `first` on, over the
 * tokens of their block and its tree (NULL when the model parses
 * nothing).  With d->edges_hook set, list the candidates to it and change
 * nothing.  -1 on OOM. */
int ws_edges(ws_doc *d, const ws_tokens *tk, const ws_tree *tr, size_t first);

#endif
