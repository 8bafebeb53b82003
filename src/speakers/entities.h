/* entities.h — what entities.c gives resolve.c: the entities of a
 * document, its word lists, and lookups over them. */
#ifndef WS_ENTITIES_H
#define WS_ENTITIES_H
#include "../internal.h"

/* The length of the possessive ending "'s" or "’s" of the name t[0, len)
 * (2 or 4 bytes), 0 when it has none ("Clinton's" -> 2). */
size_t ws_possessive_len(const char *t, size_t len);
/* w[0, n) is a parliamentarian's or an honour's letters after a name, in
 * capitals ("MP", "MSP", "MLA", "OBE"). */
int ws_post_nominal(const char *w, size_t n);

/* Group the document's name mentions into entities (after its last
 * block); 0, or -1 when out of memory. */
int ws_entities_cluster(ws_doc *d);
/* `s` (lower case) is a word of class `cls` in data/speaker-words.tsv */
int ws_speaker_word_is(const char *s, const char *cls);
/* The words (lower case, space-separated) in a name that lower-cased word
 * s also points back to (speaker-words.tsv's third column: "force" ->
 * "police constabulary"); "" when none. */
const char *ws_speaker_word_also(const char *s);
/* w[0, n), in any case, is a party's word that describes a person
 * ("Republican", "Democrat", "Tory"; class party of the same file). */
int ws_party_word(const char *w, size_t n);
/* The pronoun ranker's weights from data/coref-weights.tsv (WS_CF_N) */
const double *ws_coref_shipped_weights(void);

#endif
