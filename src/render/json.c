/* json.c — one JSON object per document (docs/json-schema.md). */
#include "../internal.h"

#include <stdlib.h>

/* "name":"v" with v of n bytes (NULs included), or "name":null */
/* a part's text, NULs included */
static int part_text(ws_buf *b, const ws_part *p) {
  return ws_buf_json_field_n(b, "text", p->text, p->len, 0);
}

/* decimal digits of v, without printf: spans are most of the output */
static int put_uint(ws_buf *b, size_t v) {
  char tmp[24];
  size_t k = sizeof tmp;
  do {
    tmp[--k] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  return ws_buf_put(b, tmp + k, sizeof tmp - k);
}

static int spans(ws_buf *b, const ws_part *p) {
  if (ws_buf_puts(b, ",\"spans\":[")) return -1;
  for (size_t i = 0; i < p->nspans; i++)
    if (ws_buf_put(b, i ? ",[" : "[", i ? 2 : 1) || put_uint(b, p->spans[i].start) ||
        ws_buf_put(b, ",", 1) || put_uint(b, p->spans[i].end) || ws_buf_put(b, "]", 1))
      return -1;
  return ws_buf_put(b, "]", 1);
}

static int part(ws_buf *b, const char *name, const ws_part *p,
                const char *k1, const char *v1, const char *k2,
                const char *v2) {
  if (ws_buf_printf(b, ",\"%s\":{", name) || part_text(b, p) ||
      spans(b, p) || ws_buf_json_field(b, k1, v1, 1) || ws_buf_json_field(b, k2, v2, 1) ||
      ws_buf_put(b, "}", 1))
    return -1;
  return 0;
}

/* kind: 0 loaded descriptors, 1 scare quotes, 2 partial quotes */
static int items(ws_buf *b, const char *name, const ws_doc *d, int kind) {
  size_t n = kind == 1 ? ws_doc_scare_count(d) : kind == 2 ? ws_doc_partial_count(d)
                                                          : ws_doc_loaded_count(d);
  if (ws_buf_printf(b, "\"%s\":[", name)) return -1;
  for (size_t i = 0; i < n; i++) {
    const ws_frame_item *f = kind == 1 ? ws_doc_scare(d, i) : kind == 2 ? ws_doc_partial(d, i)
                                                                      : ws_doc_loaded(d, i);
    const ws_attribution *a = kind == 2 ? ws_doc_attribution(d, (size_t)f->attribution) : NULL;
    if ((i && ws_buf_put(b, ",", 1)) || ws_buf_put(b, "{", 1) ||
        part_text(b, &f->part) || spans(b, &f->part) ||
        (kind != 2 && ws_buf_json_field(b, "target", f->target, 1)) ||
        (kind == 0 && (ws_buf_json_field(b, "word", f->trigger, 1) ||
                       ws_buf_json_field(b, "category", f->category, 1))) ||
        (kind == 2 && (ws_buf_printf(b, ",\"attribution\":%d", f->attribution) ||
                       ws_buf_json_field(b, "speaker", a ? a->source_canonical : NULL, 1))) ||
        ws_buf_put(b, "}", 1))
      return -1;
  }
  return ws_buf_put(b, "]", 1);
}

static int classes(ws_buf *b, const size_t *c) {
  if (ws_buf_put(b, "{", 1)) return -1;
  for (int k = 0; k < WS_NCLASS; k++)
    if (ws_buf_puts(b, k ? ",\"" : "\"") || ws_buf_puts(b, ws_cue_class_name(k)) ||
        ws_buf_put(b, "\":", 2) || put_uint(b, c[k]))
      return -1;
  return ws_buf_put(b, "}", 1);
}

static double share(size_t a, size_t n) { return n ? (double)a / (double)n : 0.0; }

/* the canonical speaker; an unresolved source ("who", "he" with no
 * referent) is nobody's */
static const char *speaker_of(const ws_attribution *a) {
  return a->has_source ? a->source_canonical : NULL;
}

/* (speaker, attribution) pairs sorted by speaker: qsort has no context
 * argument in C11, so the name travels with the index */
typedef struct named {
  const char *name;
  size_t i;
} named;

static int cmp_named(const void *x, const void *y) {
  const named *a = x, *b = y;
  int r = strcmp(a->name, b->name);
  return r ? r : (a->i > b->i) - (a->i < b->i);
}

/* per canonical speaker: attributions, quotes, cue classes */
static int speakers(const ws_doc *d, ws_buf *b) {
  size_t n = 0;
  named *ix = ws_malloc((d->nattrs + 1) * sizeof *ix);
  if (!ix) return -1;
  for (size_t i = 0; i < d->nattrs; i++)
    if ((ix[n].name = speaker_of(&d->attrs[i].pub))) ix[n++].i = i;
  qsort(ix, n, sizeof *ix, cmp_named);
  int e = ws_buf_puts(b, ",\"speakers\":[");
  for (size_t i = 0; i < n && !e;) {
    const ws_attribution *a = &d->attrs[ix[i].i].pub;
    const char *name = ix[i].name;
    size_t c[WS_NCLASS] = {0}, count = 0, quotes = 0, j = i;
    while (j < n && strcmp(ix[j].name, name) == 0) {
      const ws_attribution *x = &d->attrs[ix[j].i].pub;
      if (x->cue_class) c[ws_cue_class_index(x->cue_class)]++;
      count++;
      quotes += x->kind && ws_attribution_content_kind(x) != WS_CONTENT_INDIRECT;
      j++;
    }
    e = (i && ws_buf_put(b, ",", 1)) || ws_buf_put(b, "{", 1) ||
        ws_buf_json_field(b, "speaker", name, 0) || ws_buf_json_field(b, "type", a->source_type, 1) ||
        ws_buf_printf(b, ",\"attributions\":%zu,\"quotes\":%zu,\"cue_classes\":", count, quotes) ||
        classes(b, c) || ws_buf_put(b, "}", 1);
    i = j;
  }
  ws_free(ix);
  return e || ws_buf_put(b, "]", 1);
}

int ws_json_entity_fields(ws_buf *b, const ws_entity *en) {
  if (ws_buf_json_field(b, "name", en->name, 0) || ws_buf_json_field(b, "type", en->type, 1) ||
      ws_buf_json_field(b, "role", en->role, 1) || ws_buf_json_field(b, "gender", en->gender, 1) ||
      ws_buf_puts(b, ",\"aliases\":["))
    return -1;
  for (size_t k = 0; k < en->naliases; k++)
    if ((k && ws_buf_put(b, ",", 1)) || ws_buf_put(b, "\"", 1) ||
        ws_buf_json_str(b, en->aliases[k], strlen(en->aliases[k])) || ws_buf_put(b, "\"", 1))
      return -1;
  return ws_buf_put(b, "]", 1);
}

static int entities(const ws_doc *d, ws_buf *b) {
  if (ws_buf_puts(b, ",\"entities\":[")) return -1;
  for (size_t i = 0; i < ws_doc_entity_count(d); i++) {
    const ws_entity *en = ws_doc_entity(d, i);
    if (ws_buf_printf(b, "%s{\"id\":%zu,", i ? "," : "", i) || ws_json_entity_fields(b, en) ||
        ws_buf_puts(b, ",\"mentions\":["))
      return -1;
    for (size_t k = 0; k < en->nmentions; k++)
      if (ws_buf_printf(b, "%s[%zu,%zu]", k ? "," : "", en->mentions[k].start, en->mentions[k].end))
        return -1;
    if (ws_buf_puts(b, "]}")) return -1;
  }
  return ws_buf_put(b, "]", 1);
}

static int times(const ws_doc *d, ws_buf *b) {
  if (ws_buf_puts(b, ",\"times\":[")) return -1;
  for (size_t i = 0; i < ws_doc_time_count(d); i++) {
    const ws_time *t = ws_doc_time(d, i);
    if ((i && ws_buf_put(b, ",", 1)) || ws_buf_put(b, "{", 1) ||
        part_text(b, &t->part) || spans(b, &t->part) ||
        ws_buf_json_field(b, "value", t->value, 1) || ws_buf_put(b, "}", 1))
      return -1;
  }
  return ws_buf_put(b, "]", 1);
}

/* The side a source speaks for: the organisation of a spokesperson, an
 * anonymous source or a person in a role, else the speaker; outlets
 * relaying others and vague groups take no side.  A person whose
 * organisation one mention gives speaks for it on the others too ("NDP
 * health critic Vicki Mowat", then "Mowat"): orgs holds those persons,
 * sorted by name then document order, so the first mention's
 * organisation is the first of its run (a search, not a scan of every
 * attribution for every attribution). */
static const char *side_of(const ws_doc *d, const ws_attribution *a, const named *orgs, size_t norgs) {
  if (!a->has_source || !a->source_type) return NULL;
  if (a->source_org) return a->source_org;
  const char *t = a->source_type;
  if (!strcmp(t, "person") && a->source_canonical) {
    size_t lo = 0, hi = norgs;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (strcmp(orgs[mid].name, a->source_canonical) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo < norgs && !strcmp(orgs[lo].name, a->source_canonical))
      return d->attrs[orgs[lo].i].pub.source_org;
  }
  if (!strcmp(t, "person") || !strcmp(t, "organization") || !strcmp(t, "spokesperson"))
    return a->source_canonical;
  return NULL;
}

/* Sides of a conflict, where the document makes them evident: the two
 * parties most often given voice, each at least twice, with how they are
 * quoted (cue classes) and how often the writer's loaded words target
 * them.  ("NIP claimed and admitted; an ICE source agreed.") */
static int cmp_str(const void *x, const void *y) {
  return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static int sides(const ws_doc *d, ws_buf *b) {
  const char *name[2] = {NULL, NULL};
  size_t best[2] = {0, 0}, n = 0;
  /* each attribution's side, once; count each side's attributions:
   * sort the names, count runs */
  const char **side = ws_malloc((2 * d->nattrs + 1) * sizeof *side);
  named *orgs = ws_malloc((d->nattrs + 1) * sizeof *orgs);
  if (!side || !orgs) {
    ws_free(side);
    ws_free(orgs);
    return -1;
  }
  size_t norgs = 0;
  for (size_t i = 0; i < d->nattrs; i++) {
    const ws_attribution *o = &d->attrs[i].pub;
    if (o->source_org && o->source_canonical && o->source_type && !strcmp(o->source_type, "person")) {
      orgs[norgs].name = o->source_canonical;
      orgs[norgs++].i = i;
    }
  }
  qsort(orgs, norgs, sizeof *orgs, cmp_named);
  const char **v = side + d->nattrs;
  for (size_t i = 0; i < d->nattrs; i++)
    if ((side[i] = side_of(d, &d->attrs[i].pub, orgs, norgs))) v[n++] = side[i];
  ws_free(orgs);
  qsort(v, n, sizeof *v, cmp_str);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && !strcmp(v[j], v[i])) j++;
    if (j - i > best[0]) {
      best[1] = best[0];
      name[1] = name[0];
      best[0] = j - i;
      name[0] = v[i];
    } else if (j - i > best[1]) {
      best[1] = j - i;
      name[1] = v[i];
    }
    i = j;
  }
  int rc = ws_buf_puts(b, ",\"sides\":[");
  if (rc || best[1] < 2) { /* no two sides in evidence */
    ws_free(side);
    return rc ? rc : ws_buf_put(b, "]", 1);
  }
  for (int k = 0; k < 2; k++) {
    size_t c[WS_NCLASS] = {0}, quotes = 0, loaded = 0;
    for (size_t i = 0; i < d->nattrs; i++) {
      const ws_attribution *a = &d->attrs[i].pub;
      if (!side[i] || strcmp(side[i], name[k])) continue;
      if (a->cue_class) c[ws_cue_class_index(a->cue_class)]++;
      quotes += a->kind && ws_attribution_content_kind(a) != WS_CONTENT_INDIRECT;
    }
    for (size_t i = 0; i < d->loaded.n; i++) {
      const char *tg = d->loaded.v[i].pub.target;
      loaded += tg && !strcmp(tg, name[k]);
    }
    if ((k && ws_buf_put(b, ",", 1)) || ws_buf_put(b, "{", 1) || ws_buf_json_field(b, "side", name[k], 0) ||
        ws_buf_printf(b, ",\"attributions\":%zu,\"quotes\":%zu,\"loaded\":%zu,\"cue_classes\":",
                      best[k], quotes, loaded) ||
        classes(b, c) || ws_buf_put(b, "}", 1)) {
      ws_free(side);
      return -1;
    }
  }
  ws_free(side);
  return ws_buf_put(b, "]", 1);
}

static int framing(const ws_doc *d, ws_buf *b) {
  ws_profile p;
  ws_doc_profile(d, &p);
  size_t n = p.attributions;
  return ws_buf_puts(b, ",\"framing\":{") || items(b, "loaded", d, 0) ||
         ws_buf_put(b, ",", 1) || items(b, "scare_quotes", d, 1) ||
         ws_buf_put(b, ",", 1) || items(b, "partial_quotes", d, 2) ||
         ws_buf_printf(b,
                       ",\"profile\":{\"attributions\":%zu,\"sources\":{\"named\":%zu,"
                       "\"anonymous\":%zu,\"group\":%zu,\"media\":%zu,\"document\":%zu,"
                       "\"social\":%zu,\"other\":%zu,\"none\":%zu},\"second_hand\":%zu,",
                       n, p.named, p.anonymous, p.group, p.media, p.document, p.social,
                       p.other, p.no_source, p.second_hand) ||
         ws_buf_printf(b,
                       "\"shares\":{\"named\":%.4f,\"anonymous\":%.4f,\"group\":%.4f,"
                       "\"second_hand\":%.4f},\"kinds\":{\"direct\":%zu,\"indirect\":%zu,"
                       "\"mixed\":%zu},\"cue_classes\":",
                       share(p.named, n), share(p.anonymous, n), share(p.group, n),
                       share(p.second_hand, n), p.direct, p.indirect, p.mixed) ||
         classes(b, p.cue_class) || speakers(d, b) || sides(d, b) || ws_buf_puts(b, "}}");
}

ws_status ws_render_json(const ws_doc *d, ws_buf *b) {
  int e = ws_buf_printf(b, "{\"schema\":%d", WS_SCHEMA_VERSION) ||
          ws_buf_json_field(b, "id", d->id, 1) || ws_buf_json_field(b, "outlet", d->outlet, 1) ||
          ws_buf_json_field(b, "date", d->date, 1) || ws_buf_json_field(b, "title", d->title, 1) ||
          ws_buf_json_field(b, "url", d->url, 1) ||
          ws_buf_printf(b, ",\"length\":%zu,\"body_start\":%zu",
                        ws_utf8_count(d->text, d->len), d->body_cp) ||
          ws_buf_puts(b, ",\"attributions\":[");
  for (size_t i = 0; !e && i < d->nattrs; i++) {
    const ws_attribution *a = &d->attrs[i].pub;
    e = ws_buf_puts(b, i ? ",{\"id\":" : "{\"id\":") || put_uint(b, i);
    if (!e && a->has_source) {
      e = part(b, "source", &a->source, "canonical", a->source_canonical, "type",
               a->source_type);
      /* part() closed the object: reopen it for the speaker's links */
      if (!e) {
        b->len--;
        e = (a->source_entity >= 0
                 ? ws_buf_puts(b, ",\"entity\":") || put_uint(b, (size_t)a->source_entity)
                 : ws_buf_puts(b, ",\"entity\":null")) ||
            ws_buf_json_field(b, "role", a->source_role, 1) ||
            ws_buf_json_field(b, "organization", a->source_org, 1) ||
            ws_buf_json_field(b, "gender", a->source_gender, 1) || ws_buf_put(b, "}", 1);
      }
    }
    else if (!e)
      e = ws_buf_puts(b, ",\"source\":null");
    if (a->cue.nspans) e = e || part(b, "cue", &a->cue, "lemma", a->cue_lemma, "class", a->cue_class);
    else e = e || ws_buf_puts(b, ",\"cue\":null");
    if (!e) {
      e = ws_buf_puts(b, ",\"content\":{") ||
          part_text(b, &a->content) || spans(b, &a->content) ||
          ws_buf_json_field(b, "kind", a->kind, 1) || ws_buf_put(b, "}", 1);
    }
    if (!e && a->parent >= 0) e = ws_buf_puts(b, ",\"parent\":") || put_uint(b, (size_t)a->parent);
    else if (!e) e = ws_buf_puts(b, ",\"parent\":null");
    if (!e && a->recipient)
      e = ws_buf_puts(b, ",\"recipient\":{") || ws_buf_json_field(b, "text", a->recipient, 0) ||
          ws_buf_json_field(b, "type", a->recipient_type, 1) || ws_buf_put(b, "}", 1);
    else if (!e)
      e = ws_buf_puts(b, ",\"recipient\":null");
    e = e || ws_buf_printf(b, ",\"second_hand\":%s", a->second_hand ? "true" : "false") ||
        ws_buf_json_field(b, "channel", a->channel, 1) || ws_buf_json_field(b, "when", a->when, 1) ||
        ws_buf_printf(b, ",\"inferred\":%s", a->inferred ? "true" : "false") ||
        ws_buf_printf(b, ",\"confidence\":%.2f", a->confidence);
    e = e || ws_buf_put(b, "}", 1);
  }
  e = e || ws_buf_puts(b, "]") || entities(d, b) || times(d, b) || framing(d, b) ||
      ws_buf_puts(b, "}");
  return e ? WS_ERR_NOMEM : WS_OK;
}
