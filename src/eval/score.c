/* score.c — scoring predicted brat annotations against gold.
 *
 * Spans are normalised before comparing: each fragment is trimmed of
 * whitespace at its edges, fragments are sorted, and fragments separated
 * only by whitespace are merged.  "Exact" needs identical fragment lists;
 * "overlap" needs one shared non-space character.  Matching is one-to-one.
 * A linked attribution matches when its cue, content and source (or the
 * absence of one) each match the gold attribution's, under the same rule.
 * Figures are micro-averaged over all documents. */
#include "../internal.h"

#include <stdio.h>
#include <stdlib.h>

enum { P_SRC, P_CUE, P_CON, P_LINK, NPART };
enum { M_EXACT, M_OVER, NMATCH };

struct ws_eval {
  size_t tp[NPART][NMATCH], npred[NPART], ngold[NPART];
  size_t docs;
};

ws_eval *ws_eval_new(void) { return ws_calloc(1, sizeof(ws_eval)); }
void ws_eval_free(ws_eval *ev) { ws_free(ev); }

typedef struct frags {
  ws_span *v;
  size_t n;
} frags;

static int cmp_span(const void *a, const void *b) {
  const ws_span *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return (x->end > y->end) - (x->end < y->end);
}

/* normalise ann `a` into arena memory; `sp` marks whitespace code points */
static frags normalise(ws_arena *ar, const ws_bann *a, const uint8_t *sp,
                       size_t ncp) {
  frags f = {ws_arena_alloc(ar, (a->nsp ? a->nsp : 1) * sizeof(ws_span)), 0};
  if (!f.v) return f;
  for (size_t i = 0; i < a->nsp; i++) {
    size_t s = a->sp[i].start, e = a->sp[i].end;
    if (e > ncp) e = ncp;
    while (s < e && sp[s]) s++;
    while (e > s && sp[e - 1]) e--;
    if (s < e) f.v[f.n++] = (ws_span){s, e};
  }
  qsort(f.v, f.n, sizeof *f.v, cmp_span);
  size_t k = 0;
  for (size_t i = 0; i < f.n; i++) {
    if (k) {
      ws_span *last = &f.v[k - 1];
      size_t g = last->end;
      while (g < f.v[i].start && sp[g]) g++;
      if (g >= f.v[i].start) {
        if (f.v[i].end > last->end) last->end = f.v[i].end;
        continue;
      }
    }
    f.v[k++] = f.v[i];
  }
  f.n = k;
  return f;
}

static int same(const frags *a, const frags *b) {
  if (a->n != b->n) return 0;
  for (size_t i = 0; i < a->n; i++)
    if (a->v[i].start != b->v[i].start || a->v[i].end != b->v[i].end) return 0;
  return 1;
}

static int overlap(const frags *a, const frags *b) {
  for (size_t i = 0; i < a->n; i++)
    for (size_t j = 0; j < b->n; j++)
      if (a->v[i].start < b->v[j].end && b->v[j].start < a->v[i].end) return 1;
  return 0;
}

static int match(const frags *a, const frags *b, int m) {
  return m == M_EXACT ? same(a, b) : overlap(a, b);
}

typedef struct side {
  ws_brat b;
  frags *f; /* per ann */
} side;

static int attr_match(const side *g, const ws_battr *ga, const side *p,
                      const ws_battr *pa, int m) {
  if (ga->cue < 0 || pa->cue < 0 || ga->con < 0 || pa->con < 0) return 0;
  if (!match(&g->f[ga->cue], &p->f[pa->cue], m)) return 0;
  if (!match(&g->f[ga->con], &p->f[pa->con], m)) return 0;
  if ((ga->src < 0) != (pa->src < 0)) return 0;
  if (ga->src >= 0 && !match(&g->f[ga->src], &p->f[pa->src], m)) return 0;
  return 1;
}

/* ws_eval_add; with `linked` (n_linked bytes), also set linked[i] for each
 * predicted attribution i (brat event order) that matches a gold one with
 * overlap (one with no cue: by content and source alone) */
static ws_status add(ws_eval *ev, const char *name, const char *text, size_t text_len,
                     const char *gold, size_t gold_len, const char *pred, size_t pred_len,
                     uint8_t *linked, size_t n_linked, ws_error *err) {
  side g, p;
  ws_arena ar = {0};
  ws_status st = ws_brat_parse(&g.b, gold, gold_len, err);
  if (st != WS_OK) {
    (void)name; /* the caller names the file */
    return st;
  }
  st = ws_brat_parse(&p.b, pred, pred_len, err);
  if (st != WS_OK) {
    if (err) err->line = 0; /* not a gold line */
    ws_brat_release(&g.b);
    return st;
  }
  size_t ncp = ws_utf8_count(text, text_len);
  uint8_t *sp = ws_malloc(ncp + 1);
  uint8_t *used = NULL;
  st = WS_ERR_NOMEM;
  if (!sp) goto done;
  {
    size_t i = 0, k = 0;
    while (i < text_len) {
      int32_t c;
      i += ws_utf8_next((const uint8_t *)text + i, text_len - i, &c);
      sp[k++] = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xA0 ||
                c == 0x2028 || c == 0x2029 || (c >= 0x2000 && c <= 0x200B);
    }
  }
  side *sides[2] = {&g, &p};
  for (int s = 0; s < 2; s++) {
    side *x = sides[s];
    x->f = ws_arena_alloc(&ar, (x->b.nanns + 1) * sizeof(frags));
    if (!x->f) goto done;
    for (size_t i = 0; i < x->b.nanns; i++) {
      x->f[i] = normalise(&ar, &x->b.anns[i], sp, ncp);
      if (!x->f[i].v) goto done;
    }
  }
  size_t maxn = g.b.nanns > g.b.nattrs ? g.b.nanns : g.b.nattrs;
  used = ws_malloc(maxn + 1);
  if (!used) goto done;
  static const char types[3] = {'S', 'C', 'T'};
  for (int part = 0; part < 3; part++) {
    for (size_t i = 0; i < g.b.nanns; i++) ev->ngold[part] += g.b.anns[i].type == types[part];
    for (size_t i = 0; i < p.b.nanns; i++) ev->npred[part] += p.b.anns[i].type == types[part];
    for (int m = 0; m < NMATCH; m++) {
      memset(used, 0, maxn + 1);
      for (size_t i = 0; i < p.b.nanns; i++) {
        if (p.b.anns[i].type != types[part]) continue;
        for (size_t j = 0; j < g.b.nanns; j++) {
          if (used[j] || g.b.anns[j].type != types[part]) continue;
          if (match(&p.f[i], &g.f[j], m)) {
            used[j] = 1;
            ev->tp[part][m]++;
            break;
          }
        }
      }
    }
  }
  ev->ngold[P_LINK] += g.b.nattrs;
  ev->npred[P_LINK] += p.b.nattrs;
  for (int m = 0; m < NMATCH; m++) {
    memset(used, 0, maxn + 1);
    for (size_t i = 0; i < p.b.nattrs; i++)
      for (size_t j = 0; j < g.b.nattrs; j++)
        if (!used[j] && attr_match(&g, &g.b.attrs[j], &p, &p.b.attrs[i], m)) {
          used[j] = 1;
          ev->tp[P_LINK][m]++;
          if (linked && m == M_OVER && i < n_linked) linked[i] = 1;
          break;
        }
  }
  /* an attribution with no cue (an inferred quotation) never counts as
   * linked, but for its mark it is right when its content and source (or
   * their absence) overlap a gold attribution's */
  for (size_t i = 0; linked && i < p.b.nattrs && i < n_linked; i++) {
    const ws_battr *pa = &p.b.attrs[i];
    if (pa->cue >= 0 || pa->con < 0) continue;
    for (size_t j = 0; j < g.b.nattrs && !linked[i]; j++) {
      const ws_battr *ga = &g.b.attrs[j];
      linked[i] = ga->con >= 0 && overlap(&g.f[ga->con], &p.f[pa->con]) &&
                  (ga->src < 0) == (pa->src < 0) &&
                  (ga->src < 0 || overlap(&g.f[ga->src], &p.f[pa->src]));
    }
  }
  ev->docs++;
  st = WS_OK;
done:
  if (st == WS_ERR_NOMEM) ws_set_error(err, st, 0, 0, "out of memory scoring %s", name);
  ws_free(sp);
  ws_free(used);
  ws_arena_release(&ar);
  ws_brat_release(&g.b);
  ws_brat_release(&p.b);
  return st;
}

ws_status ws_eval_add(ws_eval *ev, const char *name, const char *text,
                      size_t text_len, const char *gold, size_t gold_len,
                      const char *pred, size_t pred_len, ws_error *err) {
  return add(ev, name, text, text_len, gold, gold_len, pred, pred_len, NULL, 0, err);
}

ws_status ws_eval_mark(const char *text, size_t text_len, const char *gold, size_t gold_len,
                       const char *pred, size_t pred_len, uint8_t *linked, size_t n_linked,
                       ws_error *err) {
  ws_eval ev = {0};
  memset(linked, 0, n_linked);
  return add(&ev, "", text, text_len, gold, gold_len, pred, pred_len, linked, n_linked, err);
}

static void prf(const ws_eval *ev, int part, int m, double *p, double *r,
                double *f) {
  double tp = (double)ev->tp[part][m];
  *p = ev->npred[part] ? 100.0 * tp / (double)ev->npred[part] : 0;
  *r = ev->ngold[part] ? 100.0 * tp / (double)ev->ngold[part] : 0;
  *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static const char *const part_names[NPART] = {"source", "cue", "content", "linked"};

double ws_eval_f1(const ws_eval *ev, const char *part, const char *match) {
  int m = strcmp(match, "exact") == 0 ? M_EXACT : strcmp(match, "overlap") == 0 ? M_OVER : -1;
  if (m < 0) return -1;
  for (int i = 0; i < NPART; i++)
    if (strcmp(part, part_names[i]) == 0) {
      double p, r, f;
      prf(ev, i, m, &p, &r, &f);
      return f;
    }
  return -1;
}

ws_status ws_eval_report(const ws_eval *ev, int json, ws_buf *out) {
  static const char *const labels[NPART] = {"Source", "Cue", "Content", "Linked"};
  int e = 0;
  if (json) {
    e = ws_buf_printf(out, "{\"documents\":%zu", ev->docs);
    for (int i = 0; i < NPART && !e; i++) {
      e = ws_buf_printf(out, ",\"%s\":{\"gold\":%zu,\"predicted\":%zu", part_names[i],
                        ev->ngold[i], ev->npred[i]);
      for (int m = 0; m < NMATCH && !e; m++) {
        double p, r, f;
        prf(ev, i, m, &p, &r, &f);
        e = ws_buf_printf(out, ",\"%s\":{\"p\":%.2f,\"r\":%.2f,\"f1\":%.2f,\"tp\":%zu}",
                          m == M_EXACT ? "exact" : "overlap", p, r, f, ev->tp[i][m]);
      }
      e = e || ws_buf_puts(out, "}");
    }
    e = e || ws_buf_puts(out, "}\n");
  } else {
    e = ws_buf_printf(out, "%-8s %7s %7s | %6s %6s %6s | %6s %6s %6s\n", "", "gold", "pred",
                      "P", "R", "F1", "P", "R", "F1") ||
        ws_buf_printf(out, "%-8s %7s %7s | %20s | %20s\n", "", "", "", "exact", "overlap");
    for (int i = 0; i < NPART && !e; i++) {
      double p[2], r[2], f[2];
      for (int m = 0; m < NMATCH; m++) prf(ev, i, m, &p[m], &r[m], &f[m]);
      e = ws_buf_printf(out, "%-8s %7zu %7zu | %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f\n",
                        labels[i], ev->ngold[i], ev->npred[i], p[0], r[0], f[0], p[1],
                        r[1], f[1]);
    }
    e = e || ws_buf_printf(out, "documents: %zu\n", ev->docs);
  }
  return e ? WS_ERR_NOMEM : WS_OK;
}
