/* names.h — what a single name word usually is, from the lists mined from
 * PolNeAR train by scripts/mine-names.py: data/name-types.tsv (person,
 * place or organization) and data/first-names.tsv (a first name's
 * gender), with data/given-names.tsv (Faker's name lists, by the same
 * script), and data/places.tsv (scripts/mine-places.py).  Used by mentions.c (where names end) and entities.c (types,
 * genders); depends on util only. */
#ifndef WS_NAMES_H
#define WS_NAMES_H
#include "../internal.h"

/* Load both lists once (analysis checks this before it starts). */
ws_status ws_names_ready(ws_error *err);
/* "person", "place", "organization", or NULL for a word not listed. */
const char *ws_name_word_kind(const char *w, size_t n);
/* The n bytes at w are a place's name: data/places.tsv (countries, and
 * provinces, states and counties, from iso-codes), or one word
 * data/name-types.tsv calls a place. */
int ws_place_name(const char *w, size_t n);
/* 'm' or 'f' for a first name listed, 0 otherwise: given-names.tsv's,
 * else first-names.tsv's (mined from PolNeAR, some of them surnames:
 * "Trump", "Christie"). */
char ws_first_name_gender(const char *w, size_t n);
/* The same from given-names.tsv alone: a given name, never a surname
 * PolNeAR uses ("Kayla", not "Trump" nor "New"). */
char ws_given_name_gender(const char *w, size_t n);
#endif
