/* names.c — the mined name lists (names.h). */
#include "names.h"
#include "../util/lexicon.h"

WS_DATA(first_names);
WS_DATA(given_names);
WS_DATA(name_types);
WS_DATA(places);

static ws_lex first_names, given_names, name_types, places;
static ws_once once = WS_ONCE_INIT;

static ws_status load(ws_error *err) {
  if (ws_lex_load_tsv(&first_names, ws_data_first_names, ws_data_first_names_len, 1) ||
      ws_lex_load_tsv(&given_names, ws_data_given_names, ws_data_given_names_len, 1) ||
      ws_lex_load_tsv(&name_types, ws_data_name_types, ws_data_name_types_len, 1) ||
      ws_lex_load_tsv(&places, ws_data_places, ws_data_places_len, 1))
    return ws_load_nomem(err, "name lists");
  return WS_OK;
}

ws_status ws_names_ready(ws_error *err) { return ws_once_run(&once, load, err); }

const char *ws_name_word_kind(const char *w, size_t n) {
  if (ws_names_ready(NULL) != WS_OK) return NULL;
  const ws_lex_entry *e = ws_lex_get(&name_types, w, n);
  return e ? e->a : NULL;
}

char ws_first_name_gender(const char *w, size_t n) {
  if (ws_names_ready(NULL) != WS_OK) return 0;
  /* the lists' gender first: PolNeAR's pronouns mislead on a few ("Liz") */
  char g = ws_given_name_gender(w, n);
  if (g) return g;
  const ws_lex_entry *e = ws_lex_get(&first_names, w, n);
  return e ? e->a[0] : 0;
}

char ws_given_name_gender(const char *w, size_t n) {
  if (ws_names_ready(NULL) != WS_OK) return 0;
  const ws_lex_entry *e = ws_lex_get(&given_names, w, n);
  return e ? e->a[0] : 0;
}

int ws_place_name(const char *w, size_t n) {
  if (ws_names_ready(NULL) != WS_OK) return 0;
  if (ws_lex_get(&places, w, n)) return 1;
  const ws_lex_entry *e = memchr(w, ' ', n) ? NULL : ws_lex_get(&name_types, w, n);
  return e && !strcmp(e->a, "place");
}
