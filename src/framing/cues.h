/* cues.h — lemma and stance class of each attribution's cue. */
#ifndef WS_CUES_H
#define WS_CUES_H
#include "../internal.h"

/* Set cue_lemma and cue_class of attributions [from, nattrs) of `d` from
 * data/cue-verbs.tsv.  Returns -1 on OOM. */
int ws_cues_classify(ws_doc *d, size_t from);
/* Cue text `cue` holds a form of the cue table, so ws_cues_classify will
 * give it a class other than "other" (for rules that run before it). */
int ws_cue_reports(const char *cue);
/* The class of one word form in the cue table ("believes": "belief"), or
 * NULL when the table has no such form (or could not be loaded). */
const char *ws_cue_class_of(const char *word, size_t n);
/* The word hashes (ws_norm_hash) of the first word of every form in the
 * cue table, in no order, `*n` of them, in memory the caller frees
 * (ws_free); NULL when the table cannot be loaded or memory runs out. */
uint32_t *ws_cue_first_words(size_t *n);
/* The cue table, loaded once: WS_OK or why not, in `err`. */
ws_status ws_cues_ready(ws_error *err);
#endif
