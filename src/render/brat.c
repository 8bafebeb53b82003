/* brat.c — brat standoff: T lines typed Source, Cue and Content, and one
 * E line per attribution, so output opens in brat and scores against
 * PolNeAR.  Newlines inside a span's text are shown as spaces, as brat
 * does. */
#include "../internal.h"

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
  int t = 0, e = 0;
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
  }
  return WS_OK;
}
