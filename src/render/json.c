/* json.c — one JSON object per document (docs/json-schema.md). */
#include "../internal.h"

static int str_field(ws_buf *b, const char *name, const char *v, int comma) {
  if (comma && ws_buf_put(b, ",", 1)) return -1;
  if (ws_buf_printf(b, "\"%s\":", name)) return -1;
  if (!v) return ws_buf_puts(b, "null");
  if (ws_buf_put(b, "\"", 1) || ws_buf_json_str(b, v, strlen(v)) ||
      ws_buf_put(b, "\"", 1))
    return -1;
  return 0;
}

static int spans(ws_buf *b, const ws_part *p) {
  if (ws_buf_puts(b, ",\"spans\":[")) return -1;
  for (size_t i = 0; i < p->nspans; i++)
    if (ws_buf_printf(b, "%s[%zu,%zu]", i ? "," : "", p->spans[i].start,
                      p->spans[i].end))
      return -1;
  return ws_buf_put(b, "]", 1);
}

static int part(ws_buf *b, const char *name, const ws_part *p,
                const char *k1, const char *v1, const char *k2,
                const char *v2) {
  if (ws_buf_printf(b, ",\"%s\":{", name) || str_field(b, "text", p->text, 0) ||
      spans(b, p) || str_field(b, k1, v1, 1) || str_field(b, k2, v2, 1) ||
      ws_buf_put(b, "}", 1))
    return -1;
  return 0;
}

ws_status ws_render_json(const ws_doc *d, ws_buf *b) {
  int e = ws_buf_printf(b, "{\"schema\":%d", WS_SCHEMA_VERSION) ||
          str_field(b, "id", d->id, 1) || str_field(b, "outlet", d->outlet, 1) ||
          str_field(b, "date", d->date, 1) || str_field(b, "title", d->title, 1) ||
          str_field(b, "url", d->url, 1) ||
          ws_buf_printf(b, ",\"length\":%zu,\"body_start\":%zu",
                        ws_utf8_count(d->text, d->len), d->body_cp) ||
          ws_buf_puts(b, ",\"attributions\":[");
  for (size_t i = 0; !e && i < d->nattrs; i++) {
    const ws_attribution *a = &d->attrs[i].pub;
    e = ws_buf_printf(b, "%s{\"id\":%zu", i ? "," : "", i);
    if (!e && a->has_source)
      e = part(b, "source", &a->source, "canonical", a->source_canonical,
               "type", a->source_type);
    else if (!e)
      e = ws_buf_puts(b, ",\"source\":null");
    e = e || part(b, "cue", &a->cue, "lemma", a->cue_lemma, "class", a->cue_class);
    if (!e) {
      e = ws_buf_puts(b, ",\"content\":{") ||
          str_field(b, "text", a->content.text, 0) || spans(b, &a->content) ||
          str_field(b, "kind", a->kind, 1) || ws_buf_put(b, "}", 1);
    }
    if (!e && a->parent >= 0) e = ws_buf_printf(b, ",\"parent\":%d", a->parent);
    else if (!e) e = ws_buf_puts(b, ",\"parent\":null");
    e = e || ws_buf_put(b, "}", 1);
  }
  e = e || ws_buf_puts(b, "]}");
  return e ? WS_ERR_NOMEM : WS_OK;
}
