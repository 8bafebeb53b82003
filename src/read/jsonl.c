/* jsonl.c — one document per JSON Lines record, parsed with jansson.
 * Fields id, title, text, date, outlet, url are optional strings; a
 * number id is accepted and printed.  Anything else is an error with the
 * line and column, and the caller goes on with the next line.  The text
 * may hold U+0000 (it is carried with its length); the metadata fields,
 * which are C strings, may not. */
#include "../internal.h"

#include <jansson.h>
#include <stdio.h>

static const char *field(json_t *o, const char *k, char *num, size_t cap,
                         int *bad) {
  json_t *v = json_object_get(o, k);
  if (!v || json_is_null(v)) return NULL;
  if (json_is_string(v)) {
    /* metadata are C strings: a NUL inside would cut them silently */
    if (strlen(json_string_value(v)) != json_string_length(v)) {
      *bad = 2;
      return NULL;
    }
    return json_string_value(v);
  }
  if (json_is_integer(v) && num) {
    snprintf(num, cap, "%lld", (long long)json_integer_value(v));
    return num;
  }
  *bad = 1;
  return NULL;
}

ws_doc *ws_doc_from_json(const char *s, size_t len, size_t line,
                         ws_error *err) {
  json_error_t je;
  json_t *o = json_loadb(s, len, JSON_ALLOW_NUL, &je);
  if (!o) {
    ws_set_error(err, WS_ERR_PARSE, line, je.position > 0 ? (size_t)je.position : 0,
                 "invalid JSON at column %d: %s", je.column, je.text);
    return NULL;
  }
  if (!json_is_object(o)) {
    json_decref(o);
    ws_set_error(err, WS_ERR_PARSE, line, 0, "record is not a JSON object");
    return NULL;
  }
  char idnum[32];
  int bad = 0;
  ws_meta m = {field(o, "id", idnum, sizeof idnum, &bad), field(o, "title", NULL, 0, &bad),
               field(o, "date", NULL, 0, &bad), field(o, "outlet", NULL, 0, &bad),
               field(o, "url", NULL, 0, &bad)};
  json_t *t = json_object_get(o, "text");
  if (t && !json_is_string(t) && !json_is_null(t)) bad = 1;
  if (bad) {
    json_decref(o);
    ws_set_error(err, WS_ERR_PARSE, line, 0,
                 bad == 2 ? "fields id, title, date, outlet, url may not contain U+0000"
                          : "fields id, title, text, date, outlet, url must be strings");
    return NULL;
  }
  const char *text = t && json_is_string(t) ? json_string_value(t) : "";
  size_t tlen = t && json_is_string(t) ? json_string_length(t) : 0;
  ws_doc *d = ws_doc_new(text, tlen, &m, 0, err);
  json_decref(o);
  return d;
}
