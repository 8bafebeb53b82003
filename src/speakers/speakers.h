/* speakers.h — canonical form and type of each source, and the content
 * kind (direct, indirect, mixed). */
#ifndef WS_SPEAKERS_H
#define WS_SPEAKERS_H
#include "../internal.h"
#include "../attrib/model.h"

/* Fill source_type and kind of attributions [from, nattrs), the block's
 * (tokens tk), and whether each source stands inside a quotation.
 * Returns -1 on OOM. */
int ws_speakers_resolve(ws_doc *d, const ws_tokens *tk, size_t from);
/* Name mentions and channels of one block (attributions [first_attr,
 * nattrs) are the block's).  -1 on OOM. */
struct ws_block;
int ws_entities_block(ws_doc *d, const ws_tokens *tk, const struct ws_block *b,
                      size_t first_attr);
/* Group mentions into entities and resolve every source to a canonical
 * speaker (after the last block).  -1 on OOM. */
int ws_entities_resolve(ws_doc *d);

/* Type of a source from its text (person, organization, ...). */
const char *ws_source_type(const char *text);
/* The source type of the one word w[0, n), lower-cased (a word over 31
 * bytes is cut). */
const char *ws_source_word_type(const char *w, size_t n);
/* w[0, n) (any case) is a person's or an official's word of
 * data/source-words.tsv ("lawyer", "aide"), or the plural of one. */
int ws_person_word(const char *w, size_t n);
/* The n bytes at w are a word of a share or a count ("percent",
 * "majority", "hundreds", "10"): what comes after its "of" is the head. */
int ws_share_word(const char *w, size_t n);
/* The source words and the entity word lists, each loaded once: WS_OK or
 * why not, in `err`. */
ws_status ws_source_words_ready(ws_error *err);
ws_status ws_entities_ready(ws_error *err);
#endif
