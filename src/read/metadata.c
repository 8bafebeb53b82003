/* metadata.c — a table of outlet and date by document name (TSV with a
 * header row), for corpora whose texts carry neither. */
#include "../internal.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct meta_row {
  char *name, *outlet, *date;
  size_t row;
} meta_row;

struct ws_metadata {
  meta_row *v; /* sorted by name, then by row: the first row of a name wins */
  size_t n;
  size_t skipped;
};

static int cmp_row(const void *x, const void *y) {
  const meta_row *a = x, *b = y;
  int r = strcmp(a->name, b->name);
  return r ? r : (a->row > b->row) - (a->row < b->row);
}

void ws_metadata_free(ws_metadata *m) {
  if (!m) return;
  for (size_t i = 0; i < m->n; i++) {
    ws_free(m->v[i].name);
    ws_free(m->v[i].outlet);
    ws_free(m->v[i].date);
  }
  ws_free(m->v);
  ws_free(m);
}

/* columns of one line, cut at tabs (at most 64) */
static int split(const char *s, size_t n, const char **col, size_t *len) {
  int nc = 0;
  size_t start = 0;
  for (size_t i = 0; i <= n && nc < 64; i++)
    if (i == n || s[i] == '\t') {
      col[nc] = s + start;
      len[nc++] = i - start;
      start = i + 1;
    }
  return nc;
}

static int is(const char *s, size_t n, const char *w) { return strlen(w) == n && !memcmp(s, w, n); }

ws_metadata *ws_metadata_load(const char *data, size_t len, ws_report_fn report, void *ud,
                              ws_error *err) {
  ws_metadata *m = ws_calloc(1, sizeof *m);
  size_t cap = 0, line = 0;
  int name_col = -1, outlet_col = -1, date_col = -1, header = 1;
  if (!m) goto oom;
  for (size_t at = 0; at < len;) {
    const char *nl = memchr(data + at, '\n', len - at);
    size_t e = nl ? (size_t)(nl - data) : len, n = e - at;
    const char *s = data + at;
    at = e + 1;
    line++;
    if (n && s[n - 1] == '\r') n--;
    if (!n) continue;
    const char *col[64];
    size_t cl[64];
    int nc = split(s, n, col, cl);
    if (header) {
      header = 0;
      for (int k = 0; k < nc; k++) {
        if (is(col[k], cl[k], "filename") || is(col[k], cl[k], "id")) name_col = k;
        if (is(col[k], cl[k], "outlet") || (is(col[k], cl[k], "publisher") && outlet_col < 0))
          outlet_col = k;
        if (is(col[k], cl[k], "date") || (is(col[k], cl[k], "publication_date") && date_col < 0))
          date_col = k;
      }
      if (name_col < 0 || outlet_col < 0) {
        ws_set_error(err, WS_ERR_PARSE, line, 0,
                     "header needs columns filename (or id) and outlet (or publisher)");
        ws_metadata_free(m);
        return NULL;
      }
      continue;
    }
    if (name_col >= nc || outlet_col >= nc) {
      m->skipped++;
      if (report) {
        ws_error w = {0};
        ws_set_error(&w, WS_ERR_PARSE, line, 0, "too few columns; row skipped");
        report(ud, &w);
      }
      continue;
    }
    meta_row *v = ws_grow(m->v, &cap, m->n, sizeof *v, 256);
    if (!v) goto oom;
    m->v = v;
    meta_row *r = &m->v[m->n];
    memset(r, 0, sizeof *r);
    r->row = m->n++;
    r->name = ws_strndup(col[name_col], cl[name_col]);
    r->outlet = ws_strndup(col[outlet_col], cl[outlet_col]);
    r->date = date_col >= 0 && date_col < nc ? ws_strndup(col[date_col], cl[date_col]) : NULL;
    if (!r->name || !r->outlet || (date_col >= 0 && date_col < nc && !r->date)) goto oom;
  }
  if (m->n) qsort(m->v, m->n, sizeof *m->v, cmp_row);
  return m;
oom:
  ws_metadata_free(m);
  ws_set_error(err, WS_ERR_NOMEM, line, 0, "out of memory");
  return NULL;
}

size_t ws_metadata_skipped(const ws_metadata *m) { return m ? m->skipped : 0; }

static int name_before(const void *key, const void *elem) {
  return strcmp(((const meta_row *)elem)->name, key) < 0;
}

static const meta_row *find(const ws_metadata *m, const char *name) {
  if (!m || !name) return NULL;
  size_t lo = ws_lower_bound(m->v, m->n, sizeof *m->v, name, name_before);
  return lo < m->n && !strcmp(m->v[lo].name, name) ? &m->v[lo] : NULL;
}

const char *ws_metadata_outlet(const ws_metadata *m, const char *name) {
  const meta_row *r = find(m, name);
  return r ? r->outlet : NULL;
}

const char *ws_metadata_date(const ws_metadata *m, const char *name) {
  const meta_row *r = find(m, name);
  return r ? r->date : NULL;
}
