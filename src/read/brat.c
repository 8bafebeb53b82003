/* brat.c (reader) — brat standoff annotations as PolNeAR writes them:
 *   T<n> <TAB> Type start end[;start end...] <TAB> text
 *   E<n> <TAB> Trigger:T<a> Role:T<b> ...
 * Only Source, Cue and Content text-bound annotations and the E lines
 * linking them are kept; other kinds (A, R, #, Discuss, ...) are skipped. */
#include "../internal.h"

#include <stdlib.h>

static int parse_num(const char **p, const char *e, size_t *out) {
  const char *s = *p;
  size_t v = 0;
  if (s >= e || *s < '0' || *s > '9') return -1;
  while (s < e && *s >= '0' && *s <= '9') {
    if (v > (SIZE_MAX - 9) / 10) return -1;
    v = v * 10 + (size_t)(*s - '0');
    s++;
  }
  *p = s;
  *out = v;
  return 0;
}

/* ann index by T number through a sorted index (ids, positions) */
typedef struct idpos { int id, pos; } idpos;

static int cmp_idpos(const void *a, const void *b) {
  const idpos *x = a, *y = b;
  return x->id != y->id ? (x->id < y->id ? -1 : 1) : (x->pos < y->pos ? -1 : x->pos > y->pos);
}

static int id_before(const void *key, const void *elem) {
  return ((const idpos *)elem)->id < *(const int *)key;
}

static int find_ann(const idpos *ix, size_t n, int id) {
  size_t lo = ws_lower_bound(ix, n, sizeof *ix, &id, id_before);
  return lo < n && ix[lo].id == id ? ix[lo].pos : -1;
}

/* E lines may name T lines given later: resolve once all are read */
static int resolve(ws_brat *b) {
  idpos *ix = ws_malloc((b->nanns ? b->nanns : 1) * sizeof *ix);
  if (!ix) return -1;
  for (size_t i = 0; i < b->nanns; i++) ix[i] = (idpos){b->anns[i].id, (int)i};
  qsort(ix, b->nanns, sizeof *ix, cmp_idpos);
  for (size_t i = 0; i < b->nattrs; i++) {
    ws_battr *a = &b->attrs[i];
    a->src = a->src < 0 ? -1 : find_ann(ix, b->nanns, a->src);
    a->cue = a->cue < 0 ? -1 : find_ann(ix, b->nanns, a->cue);
    a->con = a->con < 0 ? -1 : find_ann(ix, b->nanns, a->con);
  }
  ws_free(ix);
  return 0;
}

ws_status ws_brat_parse(ws_brat *b, const char *s, size_t n, ws_error *err) {
  memset(b, 0, sizeof *b);
  size_t cap_a = 0, cap_e = 0, line = 0;
  const char *p = s, *end = s + n;
  ws_bann *anns = NULL;
  ws_battr *attrs = NULL;
  while (p < end) {
    line++;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    const char *next = nl ? nl + 1 : end;
    if (e > p && e[-1] == '\r') e--;
    /* T/E lines start with their number; other lines (continuations of a
     * text field that held a newline, notes, ...) are skipped */
    if (e - p < 2 || (p[0] != 'T' && p[0] != 'E') || p[1] < '0' || p[1] > '9') {
      p = next;
      continue;
    }
    const char *tab = memchr(p, '\t', (size_t)(e - p));
    if (!tab) goto bad;
    /* numbers are parsed within the line: the input is not NUL-terminated */
    const char *q0 = p + 1;
    size_t id;
    if (parse_num(&q0, tab, &id) || q0 != tab || id > 1000000000u) goto bad;
    const char *q = tab + 1;
    if (p[0] == 'T') {
      const char *sp = q;
      while (sp < e && *sp != ' ' && *sp != '\t') sp++;
      size_t tl = (size_t)(sp - q);
      char type = 0;
      if (tl == 6 && memcmp(q, "Source", 6) == 0) type = 'S';
      else if (tl == 3 && memcmp(q, "Cue", 3) == 0) type = 'C';
      else if (tl == 7 && memcmp(q, "Content", 7) == 0) type = 'T';
      if (!type) {
        p = next;
        continue;
      }
      ws_bann *v = ws_grow(anns, &cap_a, b->nanns, sizeof *v, 64);
      if (!v) goto oom;
      b->anns = anns = v;
      ws_bann *a = &anns[b->nanns];
      a->type = type;
      a->id = (int)id;
      a->nsp = 0;
      q = sp < e ? sp + 1 : e;
      const char *tend = memchr(q, '\t', (size_t)(e - q));
      if (!tend) tend = e;
      size_t nsp = 1;
      for (const char *c = q; c < tend; c++) nsp += *c == ';';
      a->sp = ws_arena_alloc(&b->arena, nsp * sizeof *a->sp);
      if (!a->sp) goto oom;
      while (q < tend) {
        size_t x, y;
        if (parse_num(&q, tend, &x) || q >= tend || *q != ' ') goto bad;
        q++;
        if (parse_num(&q, tend, &y) || y < x) goto bad;
        a->sp[a->nsp++] = (ws_span){x, y};
        if (q < tend && *q == ';') q++;
        else if (q != tend) goto bad;
      }
      if (!a->nsp) goto bad;
      b->nanns++;
    } else {
      ws_battr *v = ws_grow(attrs, &cap_e, b->nattrs, sizeof *v, 32);
      if (!v) goto oom;
      b->attrs = attrs = v;
      ws_battr *at = &attrs[b->nattrs];
      *at = (ws_battr){-1, -1, -1};
      int first = 1;
      while (q < e) {
        const char *sp = q;
        while (sp < e && *sp != ' ') sp++;
        const char *colon = memchr(q, ':', (size_t)(sp - q));
        if (!colon || colon + 2 > sp || colon[1] != 'T') goto bad;
        const char *ne = colon + 2;
        size_t ref;
        if (parse_num(&ne, sp, &ref) || ne != sp || ref > 1000000000u) goto bad;
        size_t rl = (size_t)(colon - q);
        if (!first) {
          int idx = (int)ref;
          if (rl == 6 && memcmp(q, "Source", 6) == 0) at->src = idx;
          else if (rl == 3 && memcmp(q, "Cue", 3) == 0) at->cue = idx;
          else if (rl == 7 && memcmp(q, "Content", 7) == 0) at->con = idx;
        }
        first = 0;
        q = sp < e ? sp + 1 : e;
      }
      b->nattrs++;
    }
    p = next;
  }
  if (resolve(b)) goto oom;
  return WS_OK;
bad:
  ws_set_error(err, WS_ERR_PARSE, line, (size_t)(p - s), "malformed brat line");
  ws_brat_release(b);
  return WS_ERR_PARSE;
oom:
  ws_set_error(err, WS_ERR_NOMEM, line, (size_t)(p - s), "out of memory");
  ws_brat_release(b);
  return WS_ERR_NOMEM;
}

void ws_brat_release(ws_brat *b) {
  ws_free(b->anns);
  ws_free(b->attrs);
  ws_arena_release(&b->arena);
  memset(b, 0, sizeof *b);
}
