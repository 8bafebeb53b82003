/* tsv.c — one attribution a row, for spreadsheets and data frames
 * (docs/tsv.md).  Empty fields are nulls; text is escaped so that a row is
 * one line: \t \n \r \0 and \\ for tab, newline, CR, NUL and backslash. */
#include "../internal.h"

static const char *const columns[] = {
    "doc",        "outlet",       "date",        "attribution", "speaker",   "source_type",
    "gender",     "source",       "cue",         "cue_lemma",   "cue_class", "kind",
    "inferred",   "content",      "source_start", "source_end", "cue_start", "cue_end",
    "content_start", "content_end", "parent",    "channel",     "second_hand", "confidence",
    NULL};

ws_status ws_render_tsv_header(ws_buf *out) {
  for (int k = 0; columns[k]; k++)
    if (ws_buf_printf(out, "%s%s", k ? "\t" : "", columns[k])) return WS_ERR_NOMEM;
  return ws_buf_put(out, "\n", 1) ? WS_ERR_NOMEM : WS_OK;
}

/* a text field (n bytes; NULL: empty), after a tab unless first */
static int field(ws_buf *b, const char *s, size_t n, int first) {
  if (!first && ws_buf_put(b, "\t", 1)) return -1;
  for (size_t i = 0; s && i < n; i++) {
    const char *esc = NULL;
    switch (s[i]) {
      case '\t': esc = "\\t"; break;
      case '\n': esc = "\\n"; break;
      case '\r': esc = "\\r"; break;
      case '\0': esc = "\\0"; break;
      case '\\': esc = "\\\\"; break;
    }
    if (esc ? ws_buf_put(b, esc, 2) : ws_buf_put(b, s + i, 1)) return -1;
  }
  return 0;
}

static int str(ws_buf *b, const char *s) { return field(b, s, s ? strlen(s) : 0, 0); }

/* first and last code point of a part, or two empty fields */
static int range(ws_buf *b, const ws_part *p) {
  if (!p->nspans) return ws_buf_puts(b, "\t\t");
  return ws_buf_printf(b, "\t%zu\t%zu", p->spans[0].start, p->spans[p->nspans - 1].end);
}

ws_status ws_render_tsv(const ws_doc *d, ws_buf *b) {
  for (size_t i = 0; i < d->nattrs; i++) {
    const ws_attribution *a = &d->attrs[i].pub;
    int src = a->has_source;
    int e = field(b, d->id, d->id ? strlen(d->id) : 0, 1) || str(b, d->outlet) ||
            str(b, d->date) || ws_buf_printf(b, "\t%zu", i) ||
            str(b, src ? a->source_canonical : NULL) || str(b, src ? a->source_type : NULL) ||
            str(b, src ? a->source_gender : NULL) ||
            field(b, src ? a->source.text : NULL, a->source.len, 0) ||
            field(b, a->cue.nspans ? a->cue.text : NULL, a->cue.len, 0) ||
            str(b, a->cue_lemma) || str(b, a->cue_class) || str(b, a->kind) ||
            ws_buf_puts(b, a->inferred ? "\ttrue" : "\tfalse") ||
            field(b, a->content.text, a->content.len, 0) || range(b, &a->source) ||
            range(b, &a->cue) || range(b, &a->content) ||
            (a->parent >= 0 ? ws_buf_printf(b, "\t%d", a->parent) : ws_buf_puts(b, "\t")) ||
            str(b, a->channel) || ws_buf_puts(b, a->second_hand ? "\ttrue" : "\tfalse") ||
            ws_buf_printf(b, "\t%.2f\n", a->confidence);
    if (e) return WS_ERR_NOMEM;
  }
  return WS_OK;
}
