/* doc.c — the document model under every stage: text, metadata, header,
 * attribution records and the setters the stages fill them with, and the
 * names of the enums.  It calls no stage; analyze.c, the driver, calls
 * the stages in order. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

/* Copy a metadata string; 0, or -1 when out of memory. */
static int dup_meta(ws_arena *a, char **out, const char *s) {
  *out = s ? ws_arena_strndup(a, s, strlen(s)) : NULL;
  return s && !*out ? -1 : 0;
}

/* A calendar date YYYY-MM-DD (years 0001-9999), alone or opening an ISO
 * timestamp ("2024-03-15T10:00:00Z"). */
int ws_date_valid(const char *s, size_t n) {
  if (n < 10 || (n > 10 && s[10] != 'T' && s[10] != ' ')) return 0;
  for (int k = 0; k < 10; k++)
    if ((k == 4 || k == 7) ? s[k] != '-' : !(s[k] >= '0' && s[k] <= '9')) return 0;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  return ws_ymd_valid(y, (s[5] - '0') * 10 + (s[6] - '0'), (s[8] - '0') * 10 + (s[9] - '0'));
}

/* Set the date from `s`, or leave it unset with a warning when it is no
 * calendar date.  0, or -1 when out of memory. */
static int set_date(ws_doc *d, const char *s, size_t n) {
  if (!ws_date_valid(s, n)) {
    snprintf(d->warning, sizeof d->warning, "date '%.*s' is not a valid YYYY-MM-DD date; ignored",
             (int)(n > 40 ? 40 : n), s);
    for (char *c = d->warning; *c; c++)
      if ((unsigned char)*c < 0x20 || *c == 0x7F) *c = '?';
    d->date = NULL;
    return 0;
  }
  d->date = ws_arena_strndup(&d->arena, s, 10);
  return d->date ? 0 : -1;
}

/* `date YYYY-MM-DD (Outlet)` at the very start (after a byte order
 * mark); returns bytes consumed (including following spaces), 0, or
 * (size_t)-1 when out of memory. */
static size_t parse_header(const char *t, size_t n, ws_doc *d, int want_date,
                           int want_outlet) {
  size_t i = 0;
  if (n >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0) i = 3; /* a byte order mark */
  while (i < n && (t[i] == ' ' || t[i] == '\t')) i++;
  if (n - i < 5 + 10 || memcmp(t + i, "date", 4) != 0 || t[i + 4] != ' ')
    return 0;
  i += 5;
  while (i < n && t[i] == ' ') i++;
  if (n - i < 10) return 0;
  const char *dt = t + i;
  for (int k = 0; k < 10; k++) {
    int digit = dt[k] >= '0' && dt[k] <= '9';
    if ((k == 4 || k == 7) ? dt[k] != '-' : !digit) return 0;
  }
  i += 10;
  size_t o0 = 0, o1 = 0;
  size_t j = i;
  while (j < n && t[j] == ' ') j++;
  if (j < n && t[j] == '(') {
    size_t k = j + 1;
    while (k < n && t[k] != ')' && t[k] != '\n' && k - j < 200) k++;
    if (k < n && t[k] == ')') {
      o0 = j + 1;
      o1 = k;
      i = k + 1;
    }
  }
  if (want_date && set_date(d, dt, 10)) return (size_t)-1;
  if (want_outlet && o1 > o0 && !(d->outlet = ws_arena_strndup(&d->arena, t + o0, o1 - o0)))
    return (size_t)-1;
  while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n'))
    i++;
  return i;
}

ws_doc *ws_doc_new(const char *text, size_t len, const ws_meta *meta,
                   int parse_hdr, ws_error *err) {
  ws_doc *d = ws_calloc(1, sizeof *d);
  if (!d) goto oom;
  if (len > UINT32_MAX - 1) {
    ws_free(d);
    ws_set_error(err, WS_ERR_ARG, 0, 0, "document larger than 4 GiB");
    return NULL;
  }
  d->text = ws_malloc(len + 1);
  if (!d->text) goto oom;
  if (len) memcpy(d->text, text, len);
  d->text[len] = 0;
  d->len = len;
  d->min_conf = WS_MIN_CONFIDENCE;
  ws_meta m = {0};
  if (meta) m = *meta;
  if (dup_meta(&d->arena, &d->id, m.id) || dup_meta(&d->arena, &d->title, m.title) ||
      dup_meta(&d->arena, &d->outlet, m.outlet) || dup_meta(&d->arena, &d->url, m.url) ||
      (m.date && set_date(d, m.date, strlen(m.date))))
    goto oom;
  if (parse_hdr) {
    d->body = parse_header(d->text, len, d, !m.date, !m.outlet);
    if (d->body == (size_t)-1) goto oom;
    d->body_cp = ws_utf8_count(d->text, d->body);
  }
  return d;
oom:
  ws_doc_free(d);
  ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
  return NULL;
}

void ws_doc_free(ws_doc *d) {
  if (!d) return;
  ws_arena_release(&d->arena);
  ws_free(d->attrs);
  ws_free(d->loaded.v);
  ws_free(d->ments);
  for (size_t i = 0; i < d->nents; i++) {
    ws_free(d->ents[i].aliases);
    ws_free(d->ents[i].mentions);
  }
  ws_free(d->ents);
  ws_free(d->times);
  ws_free(d->scare.v);
  ws_free(d->partial.v);
  ws_free(d->text);
  ws_free(d);
}

const char *ws_doc_id(const ws_doc *d) { return d->id; }
const char *ws_doc_date(const ws_doc *d) { return d->date; }
const char *ws_doc_outlet(const ws_doc *d) { return d->outlet; }
const char *ws_doc_title(const ws_doc *d) { return d->title; }

const char *ws_doc_text(const ws_doc *d, size_t *len) {
  if (len) *len = d->len;
  return d->text;
}

ws_status ws_doc_fill_meta(ws_doc *d, const ws_meta *m) {
  char **slot[4] = {&d->id, &d->title, &d->outlet, &d->url};
  const char *val[4] = {m->id, m->title, m->outlet, m->url};
  for (int k = 0; k < 4; k++) {
    if (*slot[k] || !val[k]) continue;
    if (!(*slot[k] = ws_arena_strndup(&d->arena, val[k], strlen(val[k])))) return WS_ERR_NOMEM;
  }
  if (!d->date && m->date && set_date(d, m->date, strlen(m->date))) return WS_ERR_NOMEM;
  return WS_OK;
}

const char *ws_doc_warning(const ws_doc *d) { return d->warning[0] ? d->warning : NULL; }

void ws_doc_set_min_confidence(ws_doc *d, double min) {
  if (d) d->min_conf = min;
}

ws_status ws_doc_set_id(ws_doc *d, const char *id) {
  char *p = ws_arena_strndup(&d->arena, id, strlen(id));
  if (!p) return WS_ERR_NOMEM;
  d->id = p;
  return WS_OK;
}

ws_attr_rec *ws_doc_push_attr(ws_doc *d) {
  ws_attr_rec *v = ws_grow(d->attrs, &d->capattrs, d->nattrs, sizeof *v, 16);
  if (!v) return NULL;
  d->attrs = v;
  ws_attr_rec *r = &d->attrs[d->nattrs++];
  memset(r, 0, sizeof *r);
  r->pub.parent = -1;
  r->pub.source_entity = -1;
  return r;
}

int ws_doc_sweep(ws_doc *d, size_t first, const uint8_t *dead) {
  size_t n = d->nattrs - first, k = first;
  size_t *slot = ws_malloc((n + 1) * sizeof *slot);
  if (!slot) return -1;
  for (size_t i = 0; i < n; i++) slot[i] = dead[i] ? SIZE_MAX : k++;
  for (size_t i = first; i < d->nattrs; i++) {
    int *p = &d->attrs[i].pub.parent;
    if (*p >= 0 && (size_t)*p >= first && (size_t)*p < d->nattrs)
      *p = slot[*p - first] == SIZE_MAX ? -1 : (int)slot[*p - first];
  }
  for (size_t i = first; i < d->nattrs; i++)
    if (slot[i - first] != SIZE_MAX) d->attrs[slot[i - first]] = d->attrs[i];
  d->nattrs = k;
  ws_free(slot);
  return 0;
}

int ws_part_set(ws_doc *d, ws_part *p, const ws_span **bspans_out,
                const ws_span *bspans, const ws_span *cspans, size_t n) {
  ws_span *b = ws_arena_alloc(&d->arena, (n ? n : 1) * sizeof *b);
  ws_span *c = ws_arena_alloc(&d->arena, (n ? n : 1) * sizeof *c);
  if (!b || !c) return -1;
  size_t total = 0;
  for (size_t i = 0; i < n; i++) {
    b[i] = bspans[i];
    c[i] = cspans[i];
    total += bspans[i].end - bspans[i].start + 1;
  }
  char *t = ws_arena_alloc(&d->arena, total + 1);
  if (!t) return -1;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (i) t[k++] = ' ';
    memcpy(t + k, d->text + b[i].start, b[i].end - b[i].start);
    k += b[i].end - b[i].start;
  }
  t[k] = 0;
  p->len = k;
  p->bytes = b;
  p->spans = c;
  p->nspans = n;
  p->text = t;
  *bspans_out = b;
  return 0;
}

size_t ws_doc_attribution_count(const ws_doc *d) { return d->nattrs; }

const ws_attribution *ws_doc_attribution(const ws_doc *d, size_t i) {
  return i < d->nattrs ? &d->attrs[i].pub : NULL;
}

/* ---- enums of the string fields ---------------------------------------- */

static const char *const class_names[WS_NCLASS] = {
    "neutral", "doubt", "factive", "concessive", "endorsing",
    "hostile", "emotive", "belief", "intention", "other"};

const char *ws_cue_class_name(int k) {
  return k >= 0 && k < WS_NCLASS ? class_names[k] : "other";
}

int ws_cue_class_index(const char *name) {
  for (int k = 0; name && k < WS_NCLASS; k++)
    if (strcmp(name, class_names[k]) == 0) return k;
  return WS_NCLASS - 1;
}

static const char *const source_kinds[WS_NSOURCE] = {
    "none", "person", "organization", "spokesperson", "anonymous", "group",
    "media", "document", "social", "author", "unknown"};
static const char *const content_kinds[WS_NCONTENT] = {"direct", "indirect", "mixed"};

const char *ws_source_kind_name(ws_source_kind k) {
  return k >= 0 && k < WS_NSOURCE ? source_kinds[k] : NULL;
}

const char *ws_content_kind_name(ws_content_kind k) {
  return k >= 0 && k < WS_NCONTENT ? content_kinds[k] : NULL;
}

ws_source_kind ws_attribution_source_kind(const ws_attribution *a) {
  if (!a || !a->has_source) return WS_SOURCE_NONE;
  for (int k = 1; k < WS_NSOURCE; k++)
    if (a->source_type && !strcmp(a->source_type, source_kinds[k])) return (ws_source_kind)k;
  return WS_SOURCE_UNKNOWN;
}

ws_content_kind ws_attribution_content_kind(const ws_attribution *a) {
  for (int k = 0; a && a->kind && k < WS_NCONTENT; k++)
    if (!strcmp(a->kind, content_kinds[k])) return (ws_content_kind)k;
  return WS_CONTENT_INDIRECT;
}

ws_cue_class ws_attribution_cue_class(const ws_attribution *a) {
  if (!a || !a->cue_class) return WS_CUE_NONE;
  return (ws_cue_class)ws_cue_class_index(a->cue_class);
}
