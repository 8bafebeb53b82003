/* brat.c — brat standoff: T lines typed Source, Cue and Content, and one
 * E line per attribution, so output opens in brat and scores against
 * PolNeAR; A lines give the cue class, the source type and the content
 * kind (and mark inferred attributions), a note on each source its
 * canonical speaker.  ws_render_brat_conf writes the annotation.conf and
 * visual.conf that declare them.  Newlines inside a span's text are shown
 * as spaces, as brat does. */
#include "../internal.h"

/* the values brat is told about (annotation.conf); others are not given */
static const char *const source_types[] = {"person", "organization", "spokesperson", "anonymous",
                                           "group", "media", "document", "social", "author",
                                           "unknown", NULL};
static const char *const kinds[] = {"direct", "indirect", "mixed", NULL};

static int known(const char *const *list, const char *v) {
  for (int k = 0; v && list[k]; k++)
    if (!strcmp(list[k], v)) return 1;
  return 0;
}

/* "A<n>\t<name> <T|E><id>[ value]" */
static int aline(ws_buf *b, int *n, const char *name, char kind, int id, const char *value) {
  return ws_buf_printf(b, "A%d\t%s %c%d%s%s\n", ++*n, name, kind, id, value ? " " : "",
                       value ? value : "");
}

/* "#<n>\tAnnotatorNotes T<id>\t<text on one line>" */
static int note(ws_buf *b, int *n, int id, const char *text) {
  if (ws_buf_printf(b, "#%d\tAnnotatorNotes T%d\t", ++*n, id)) return -1;
  for (const char *c = text; *c; c++) {
    char ch = (*c == '\n' || *c == '\r' || *c == '\t') ? ' ' : *c;
    if (ws_buf_put(b, &ch, 1)) return -1;
  }
  return ws_buf_put(b, "\n", 1);
}

static int tline(ws_buf *b, int id, const char *type, const ws_doc *d,
                 const ws_part *p, const ws_span *bsp) {
  if (ws_buf_printf(b, "T%d\t%s ", id, type)) return -1;
  for (size_t i = 0; i < p->nspans; i++)
    if (ws_buf_printf(b, "%s%zu %zu", i ? ";" : "", p->spans[i].start,
                      p->spans[i].end))
      return -1;
  if (ws_buf_put(b, "\t", 1)) return -1;
  for (size_t i = 0; i < p->nspans; i++) {
    if (i && ws_buf_put(b, " ", 1)) return -1;
    for (size_t k = bsp[i].start; k < bsp[i].end; k++) {
      char c = d->text[k];
      if (c == '\n' || c == '\r' || c == '\t' || c == 0) c = ' ';
      if (ws_buf_put(b, &c, 1)) return -1;
    }
  }
  return ws_buf_put(b, "\n", 1);
}

ws_status ws_render_brat(const ws_doc *d, ws_buf *b) {
  int t = 0, e = 0, at = 0, nn = 0;
  for (size_t i = 0; i < d->nattrs; i++) {
    const ws_attr_rec *r = &d->attrs[i];
    const ws_attribution *a = &r->pub;
    int src = 0, cue, con = 0;
    if (a->has_source) {
      src = ++t;
      if (tline(b, src, "Source", d, &a->source, r->src_b)) return WS_ERR_NOMEM;
    }
    cue = a->cue.nspans ? ++t : 0;
    if (cue && tline(b, cue, "Cue", d, &a->cue, r->cue_b)) return WS_ERR_NOMEM;
    if (a->content.nspans) {
      con = ++t;
      if (tline(b, con, "Content", d, &a->content, r->con_b)) return WS_ERR_NOMEM;
    }
    int trig = ++t;
    /* an attribution with no cue (inferred) is triggered by its content */
    if (cue ? tline(b, trig, "Attribution", d, &a->cue, r->cue_b)
            : tline(b, trig, "Attribution", d, &a->content, r->con_b))
      return WS_ERR_NOMEM;
    if (ws_buf_printf(b, "E%d\tAttribution:T%d", ++e, trig))
      return WS_ERR_NOMEM;
    if (src && ws_buf_printf(b, " Source:T%d", src)) return WS_ERR_NOMEM;
    if (cue && ws_buf_printf(b, " Cue:T%d", cue)) return WS_ERR_NOMEM;
    if (con && ws_buf_printf(b, " Content:T%d", con)) return WS_ERR_NOMEM;
    if (ws_buf_put(b, "\n", 1)) return WS_ERR_NOMEM;
    if ((cue && a->cue_class && aline(b, &at, "CueClass", 'T', cue, a->cue_class)) ||
        (src && known(source_types, a->source_type) &&
         aline(b, &at, "SourceType", 'T', src, a->source_type)) ||
        (con && known(kinds, a->kind) && aline(b, &at, "Kind", 'T', con, a->kind)) ||
        (a->inferred && aline(b, &at, "Inferred", 'E', e, NULL)) ||
        (src && a->source_canonical && note(b, &nn, src, a->source_canonical)))
      return WS_ERR_NOMEM;
  }
  return WS_OK;
}

ws_status ws_render_brat_conf(ws_buf *annotation, ws_buf *visual) {
  int e = ws_buf_puts(annotation,
                      "# annotation.conf for whosaid's brat output (ws_render_brat)\n"
                      "[entities]\nSource\nCue\nContent\n\n[relations]\n\n"
                      "[events]\nAttribution\tSource?:Source, Cue?:Cue, Content?:Content\n\n"
                      "[attributes]\nCueClass\tArg:Cue, Value:");
  for (int k = 0; k < WS_NCLASS && !e; k++)
    e = ws_buf_printf(annotation, "%s%s", k ? "|" : "", ws_cue_class_name(k));
  e = e || ws_buf_puts(annotation, "\nSourceType\tArg:Source, Value:");
  for (int k = 0; source_types[k] && !e; k++)
    e = ws_buf_printf(annotation, "%s%s", k ? "|" : "", source_types[k]);
  e = e || ws_buf_puts(annotation, "\nKind\tArg:Content, Value:");
  for (int k = 0; kinds[k] && !e; k++) e = ws_buf_printf(annotation, "%s%s", k ? "|" : "", kinds[k]);
  e = e || ws_buf_puts(annotation, "\nInferred\tArg:Attribution\n");
  e = e || ws_buf_puts(visual,
                       "# visual.conf for whosaid's brat output\n"
                       "[labels]\nSource | Source | Src\nCue | Cue\nContent | Content | Con\n"
                       "Attribution | Attribution | Attr\n\n"
                       "[drawing]\nSource\tbgColor:#7fa2ff\nCue\tbgColor:#ffcc66\n"
                       "Content\tbgColor:#b5e3a1\nAttribution\tbgColor:#e0e0e0\n"
                       "CueClass\tposition:left, glyph:*\n"
                       "SourceType\tposition:left, glyph:*\nKind\tposition:left, glyph:*\n"
                       "Inferred\tposition:left, glyph:?\n");
  return e ? WS_ERR_NOMEM : WS_OK;
}
