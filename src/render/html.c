/* html.c — one self-contained page per document: the article with every
 * source, cue and content marked (each in its own colour and underline
 * style, so colour is not the only cue; a content inside another shows
 * darker), loaded descriptors and scare quotes outlined, and beside it
 * the list of attributions, the sourcing profile and the framing.  A
 * marked span links to its attribution in the list (#aN), which CSS
 * highlights (:target): no script at all, and a Content-Security-Policy
 * that allows none.  Every string from the document is escaped
 * (ws_buf_html_str); attribute values are only numbers and fixed names. */
#include "../internal.h"

#include <stdlib.h>

enum { K_SOURCE, K_CUE, K_CONTENT, K_LOADED, K_SCARE, K_PARTIAL, NKIND };
static const char *const kind_class[NKIND] = {"s", "c", "t", "l", "q", "p"};

typedef struct mark {
  size_t b0, b1;
  int kind, attr; /* attr: the attribution, or -1 */
} mark;

typedef struct marks {
  mark *v;
  size_t n, cap;
} marks;

static int push(marks *m, size_t b0, size_t b1, int kind, int attr) {
  if (b1 <= b0) return 0;
  mark *v = ws_grow(m->v, &m->cap, m->n, sizeof *v, 64);
  if (!v) return -1;
  m->v = v;
  m->v[m->n++] = (mark){b0, b1, kind, attr};
  return 0;
}

static int push_part(marks *m, const ws_part *p, const ws_span *b, int kind, int attr) {
  for (size_t f = 0; f < p->nspans; f++)
    if (push(m, b[f].start, b[f].end, kind, attr)) return -1;
  return 0;
}

static int cmp_mark(const void *a, const void *b) {
  const mark *x = a, *y = b;
  return (x->b0 > y->b0) - (x->b0 < y->b0);
}

static int cmp_size(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return (x > y) - (x < y);
}

static const char style[] =
    "body{font:17px/1.55 Georgia,serif;margin:0;padding:1em 2em;color:#222;display:flex;"
    "flex-wrap:wrap;gap:2em;background:#fdfdfb}"
    "header{flex-basis:100%;font-family:system-ui,sans-serif}"
    "header h1{font-size:1.3em;margin:.2em 0}header p{margin:0;color:#555}"
    "article{white-space:pre-wrap;flex:3 1 28em;max-width:46em}"
    "aside{flex:2 1 20em;font:14px/1.45 system-ui,sans-serif}"
    "a.m{color:inherit;text-decoration:none}"
    /* content first: a source or cue inside a content keeps its own look */
    ".t{background:#e4f4dc;border-bottom:2px dotted #3a8a2c}"
    ".t2{background:#c6e6b5}"
    ".s{background:#dbe7ff;border-bottom:2px solid #2f5fbf}"
    ".c{background:#ffe0a8;border-bottom:3px double #b86e00;font-weight:bold}"
    ".l{outline:1px dashed #b00020;outline-offset:1px}"
    ".q{font-style:italic;outline:1px dotted #7a3ea1}"
    ".p{font-style:italic}"
    ".legend span{display:inline-block;padding:0 .35em;margin:0 .4em .3em 0}"
    "ol{padding-left:1.6em}li{margin:.3em 0;padding:.25em .4em;border-radius:4px}"
    "li:target{background:#fff4c2;outline:2px solid #d9a400}"
    "li.doubtful{opacity:.6}li.doubtful .conf{color:#a33}"
    ".who{font-weight:600}.meta{color:#555}.quote{color:#333;display:block;margin-top:.15em;"
    "max-height:6em;overflow:auto}"
    "table{border-collapse:collapse}td,th{padding:.1em .6em .1em 0;text-align:left}"
    "h2{font-size:1.05em;margin:1.2em 0 .3em}";

/* the article, marked: cut at every mark's ends; a sweep keeps the marks
 * covering the piece (sorted by start, dropped once they end) */
static int article(const ws_doc *d, marks *m, ws_buf *b) {
  size_t np = 2 * m->n + 2, k = 0;
  size_t *pts = ws_malloc(np * sizeof *pts);
  size_t *active = ws_malloc((m->n ? m->n : 1) * sizeof *active);
  if (!pts || !active) {
    ws_free(pts);
    ws_free(active);
    return -1;
  }
  pts[k++] = d->body;
  pts[k++] = d->len;
  for (size_t i = 0; i < m->n; i++) {
    pts[k++] = m->v[i].b0;
    pts[k++] = m->v[i].b1;
  }
  qsort(pts, k, sizeof *pts, cmp_size);
  qsort(m->v, m->n, sizeof *m->v, cmp_mark);
  int e = ws_buf_puts(b, "<article>");
  size_t na = 0, next = 0;
  for (size_t i = 0; i + 1 < k && !e; i++) {
    size_t p = pts[i], q = pts[i + 1];
    if (p == q) continue;
    size_t keep = 0;
    for (size_t j = 0; j < na; j++)
      if (m->v[active[j]].b1 > p) active[keep++] = active[j];
    na = keep;
    while (next < m->n && m->v[next].b0 <= p) {
      if (m->v[next].b1 > p) active[na++] = next;
      next++;
    }
    if (p < d->body) continue;
    /* the innermost attribution is the one that starts last */
    int count[NKIND] = {0}, inner = -1;
    size_t inner_b0 = 0;
    for (size_t j = 0; j < na; j++) {
      const mark *x = &m->v[active[j]];
      count[x->kind]++;
      if (x->attr >= 0 && (inner < 0 || x->b0 >= inner_b0)) {
        inner = x->attr;
        inner_b0 = x->b0;
      }
    }
    if (na) {
      e = ws_buf_puts(b, inner >= 0 ? "<a class=\"m" : "<span class=\"m");
      for (int kd = 0; kd < NKIND && !e; kd++)
        if (count[kd]) e = ws_buf_printf(b, " %s", kind_class[kd]);
      if (!e && count[K_CONTENT] > 1) e = ws_buf_puts(b, " t2");
      if (!e && inner >= 0) e = ws_buf_printf(b, "\" href=\"#a%d", inner);
      e = e || ws_buf_puts(b, "\">");
    }
    e = e || ws_buf_html_str(b, d->text + p, q - p);
    if (na) e = e || ws_buf_puts(b, inner >= 0 ? "</a>" : "</span>");
  }
  ws_free(pts);
  ws_free(active);
  return e || ws_buf_puts(b, "</article>");
}

static int attribution(const ws_doc *d, size_t i, int links, ws_buf *b) {
  const ws_attribution *a = &d->attrs[i].pub;
  /* a doubtful attribution (confidence under one half) is shown muted */
  int e = ws_buf_printf(b, "<li id=\"a%zu\"%s><span class=\"who\">", i,
                        a->confidence < 0.5 ? " class=\"doubtful\"" : "");
  if (a->has_source && a->source_canonical && links)
    e = e || ws_buf_puts(b, "<a href=\"/speaker?name=") || ws_buf_url_arg(b, a->source_canonical) ||
        ws_buf_puts(b, "\">") || ws_buf_html_puts(b, a->source_canonical) || ws_buf_puts(b, "</a>");
  else if (a->has_source && a->source_canonical) e = e || ws_buf_html_puts(b, a->source_canonical);
  else if (a->has_source) e = e || ws_buf_puts(b, "unresolved: ") || ws_buf_html_puts(b, a->source.text);
  else e = e || ws_buf_puts(b, "no source named");
  e = e || ws_buf_puts(b, "</span> <span class=\"meta\">");
  if (a->has_source)
    e = e || ws_buf_html_puts(b, a->source_type) ||
        (a->source_gender && (ws_buf_puts(b, ", ") || ws_buf_html_puts(b, a->source_gender))) ||
        (a->source_role && (ws_buf_puts(b, ", ") || ws_buf_html_puts(b, a->source_role))) ||
        (a->source_org && (ws_buf_puts(b, " for ") || ws_buf_html_puts(b, a->source_org)));
  e = e || ws_buf_puts(b, " &middot; ");
  if (a->cue.nspans)
    e = e || ws_buf_puts(b, "<b>") || ws_buf_html_puts(b, a->cue.text) || ws_buf_puts(b, "</b> (") ||
        ws_buf_html_puts(b, a->cue_lemma) || ws_buf_puts(b, ", ") || ws_buf_html_puts(b, a->cue_class) ||
        ws_buf_puts(b, ")");
  else
    e = e || ws_buf_puts(b, "no cue (inferred)");
  e = e || ws_buf_puts(b, " &middot; ") || ws_buf_html_puts(b, a->kind);
  if (a->channel) e = e || ws_buf_puts(b, " &middot; via ") || ws_buf_html_puts(b, a->channel);
  if (a->recipient) e = e || ws_buf_puts(b, " &middot; told ") || ws_buf_html_puts(b, a->recipient);
  if (a->second_hand) e = e || ws_buf_puts(b, " &middot; second-hand");
  if (a->parent >= 0) e = e || ws_buf_printf(b, " &middot; <a href=\"#a%d\">relayed by #%d</a>", a->parent, a->parent);
  e = e || ws_buf_printf(b, " &middot; <span class=\"conf\" title=\"estimated chance that an annotator "
                            "marks this attribution\">confidence %d%%</span>",
                         (int)(a->confidence * 100 + 0.5));
  e = e || ws_buf_puts(b, "</span><span class=\"quote\">") ||
      ws_buf_html_str(b, a->content.text, a->content.len) || ws_buf_puts(b, "</span></li>");
  return e;
}

static int profile(const ws_doc *d, ws_buf *b) {
  ws_profile p;
  ws_doc_profile(d, &p);
  int e = ws_buf_printf(b,
                        "<h2>Sourcing</h2><table><tr><th>attributions</th><td>%zu</td></tr>"
                        "<tr><th>named</th><td>%zu</td></tr><tr><th>anonymous</th><td>%zu</td></tr>"
                        "<tr><th>vague group</th><td>%zu</td></tr><tr><th>media</th><td>%zu</td></tr>"
                        "<tr><th>document, post</th><td>%zu</td></tr><tr><th>no source</th><td>%zu</td></tr>"
                        "<tr><th>second-hand</th><td>%zu</td></tr>"
                        "<tr><th>direct / indirect / mixed</th><td>%zu / %zu / %zu</td></tr></table>"
                        "<h2>Cue classes</h2><table>",
                        p.attributions, p.named, p.anonymous, p.group, p.media,
                        p.document + p.social, p.no_source, p.second_hand, p.direct, p.indirect,
                        p.mixed);
  for (int k = 0; k < WS_NCLASS && !e; k++)
    if (p.cue_class[k])
      e = ws_buf_printf(b, "<tr><th>%s</th><td>%zu</td></tr>", ws_cue_class_name(k), p.cue_class[k]);
  return e || ws_buf_puts(b, "</table>");
}

static int framing(const ws_doc *d, ws_buf *b) {
  int e = 0;
  if (d->loaded.n) {
    e = ws_buf_puts(b, "<h2>Loaded descriptors</h2><ul>");
    for (size_t i = 0; i < d->loaded.n && !e; i++) {
      const ws_frame_item *f = &d->loaded.v[i].pub;
      e = ws_buf_puts(b, "<li><span class=\"l\">") ||
          ws_buf_html_str(b, f->part.text, f->part.len) ||
          ws_buf_puts(b, "</span> <span class=\"meta\">") || ws_buf_html_puts(b, f->category) ||
          (f->target && (ws_buf_puts(b, " &rarr; ") || ws_buf_html_puts(b, f->target))) ||
          ws_buf_puts(b, "</span></li>");
    }
    e = e || ws_buf_puts(b, "</ul>");
  }
  if (!e && d->scare.n) {
    e = ws_buf_puts(b, "<h2>Scare quotes</h2><ul>");
    for (size_t i = 0; i < d->scare.n && !e; i++) {
      const ws_frame_item *f = &d->scare.v[i].pub;
      e = ws_buf_puts(b, "<li><span class=\"q\">") ||
          ws_buf_html_str(b, f->part.text, f->part.len) || ws_buf_puts(b, "</span></li>");
    }
    e = e || ws_buf_puts(b, "</ul>");
  }
  return e;
}

ws_status ws_render_html(const ws_doc *d, ws_buf *b) { return ws_render_html_page(d, 0, b); }

ws_status ws_render_html_page(const ws_doc *d, int links, ws_buf *b) {
  marks m = {0};
  int e = 0;
  for (size_t i = 0; i < d->nattrs && !e; i++) {
    const ws_attr_rec *r = &d->attrs[i];
    e = push_part(&m, &r->pub.content, r->con_b, K_CONTENT, (int)i) ||
        (r->pub.has_source && push_part(&m, &r->pub.source, r->src_b, K_SOURCE, (int)i)) ||
        push_part(&m, &r->pub.cue, r->cue_b, K_CUE, (int)i);
  }
  const ws_frames *fr[3] = {&d->loaded, &d->scare, &d->partial};
  const int fk[3] = {K_LOADED, K_SCARE, K_PARTIAL};
  for (int k = 0; k < 3 && !e; k++)
    for (size_t i = 0; i < fr[k]->n && !e; i++)
      e = push_part(&m, &fr[k]->v[i].pub.part, fr[k]->v[i].bspans, fk[k], -1);
  const char *title = d->title ? d->title : d->id ? d->id : "whosaid";
  e = e ||
      ws_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                     "style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; "
                     "form-action 'none'; base-uri 'none'\">"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                     "<meta name=\"generator\" content=\"whosaid ") ||
      ws_buf_puts(b, WS_VERSION) || ws_buf_puts(b, "\"><title>") || ws_buf_html_puts(b, title) ||
      ws_buf_puts(b, " &middot; whosaid</title><style>") || ws_buf_puts(b, style) ||
      ws_buf_puts(b, "</style></head><body><header><h1>") || ws_buf_html_puts(b, title) ||
      ws_buf_puts(b, "</h1><p>");
  if (!e && d->outlet) e = ws_buf_html_puts(b, d->outlet) || ws_buf_puts(b, " &middot; ");
  if (!e && d->date) e = ws_buf_html_puts(b, d->date) || ws_buf_puts(b, " &middot; ");
  e = e || ws_buf_printf(b, "%zu attributions</p><p class=\"legend\">", d->nattrs) ||
      ws_buf_puts(b, "<span class=\"s\">source</span><span class=\"c\">cue</span>"
                     "<span class=\"t\">content</span><span class=\"t t2\">content within "
                     "content</span><span class=\"l\">loaded descriptor</span>"
                     "<span class=\"q\">scare quote</span></p></header>") ||
      article(d, &m, b) || ws_buf_puts(b, "<aside><h2>Attributions</h2><ol start=\"0\">");
  for (size_t i = 0; i < d->nattrs && !e; i++) e = attribution(d, i, links, b);
  e = e || ws_buf_puts(b, "</ol>") || profile(d, b) || framing(d, b) ||
      ws_buf_puts(b, "</aside></body></html>\n");
  ws_free(m.v);
  return e ? WS_ERR_NOMEM : WS_OK;
}
