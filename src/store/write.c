/* write.c — adding an analysed document to the store: its row with its
 * sourcing profile, its attributions with their spans, the quote and
 * article search indexes, and the shingles that clustering reads. */
#include "store.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- adding documents --------------------------------------------------- */

static int spans_json(ws_buf *b, const char *name, const ws_part *p, int comma) {
  if (ws_buf_printf(b, "%s\"%s\":[", comma ? "," : "", name)) return -1;
  for (size_t i = 0; i < p->nspans; i++)
    if (ws_buf_printf(b, "%s[%zu,%zu]", i ? "," : "", p->spans[i].start, p->spans[i].end))
      return -1;
  return ws_buf_put(b, "]", 1);
}

/* Words of the quoted parts of a content, lower-cased, letters and digits
 * only: what MemeTracker-style linking compares. */
static size_t quote_words(const char *s, size_t n, uint64_t *words, size_t cap) {
  size_t k = 0, i = 0;
  int inq = 0;
  uint64_t h = 0;
  int inword = 0;
  while (i < n && k < cap) {
    unsigned char c = (unsigned char)s[i];
    int q = c == '"' || (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                         ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D)) ||
            (c == '\'' && i + 1 < n && s[i + 1] == '\'');
    if (q) {
      if (inword) words[k++] = h;
      inword = 0;
      inq = !inq;
      i += c == 0xE2 ? 3 : c == '\'' ? 2 : 1;
      continue;
    }
    int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (inq && alnum) {
      if (!inword) h = 1469598103934665603ULL;
      unsigned char l = (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
      h = (h ^ l) * 1099511628211ULL;
      inword = 1;
    } else if (inword && c != '\'' && !(c == 0xE2 && i + 2 < n && (unsigned char)s[i + 2] == 0x99)) {
      words[k++] = h;
      inword = 0;
    }
    i++;
  }
  if (inword && k < cap) words[k++] = h;
  return k;
}

enum { SHINGLE = 5, MIN_QUOTE_WORDS = 8 };

/* shingle hashes of an attribution's quoted words; *n = 0 when too short */
static uint64_t *shingles_of(ws_doc *d, const ws_attr_rec *r, size_t *n_out) {
  uint64_t w[512];
  size_t n = 0;
  *n_out = 0;
  for (size_t f = 0; f < r->pub.content.nspans && n < 512; f++)
    n += quote_words(d->text + r->con_b[f].start, r->con_b[f].end - r->con_b[f].start, w + n,
                     512 - n);
  if (n < MIN_QUOTE_WORDS) return NULL;
  uint64_t *out = ws_arena_alloc(&d->arena, (n - SHINGLE + 1) * sizeof *out);
  if (!out) return NULL;
  for (size_t i = 0; i + SHINGLE <= n; i++) {
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (size_t k = 0; k < SHINGLE; k++) h = (h ^ w[i + k]) * 0xBF58476D1CE4E5B9ULL;
    h >>= 1;
    uint8_t *b = (uint8_t *)&out[i]; /* little-endian on disk, whatever the host */
    for (int k = 0; k < 8; k++) b[k] = (uint8_t)(h >> (8 * k));
  }
  *n_out = n - SHINGLE + 1;
  return out;
}

/* the document's entities, loaded descriptors and scare quotes as JSON */
static int doc_json(const ws_doc *d, ws_buf *ents, ws_buf *loaded, ws_buf *scare) {
  if (ws_buf_put(ents, "[", 1)) return -1;
  for (size_t i = 0; i < d->nents; i++) {
    const ws_entity *e = &d->ents[i].pub;
    if ((i && ws_buf_put(ents, ",", 1)) || ws_buf_put(ents, "{", 1) ||
        ws_json_entity_fields(ents, e) || ws_buf_put(ents, "}", 1))
      return -1;
  }
  if (ws_buf_put(ents, "]", 1)) return -1;
  for (int sc = 0; sc < 2; sc++) {
    ws_buf *b = sc ? scare : loaded;
    const ws_frames *fr = sc ? &d->scare : &d->loaded;
    if (ws_buf_put(b, "[", 1)) return -1;
    for (size_t i = 0; i < fr->n; i++) {
      const ws_frame_item *f = &fr->v[i].pub;
      if ((i && ws_buf_put(b, ",", 1)) || ws_buf_put(b, "{", 1) || ws_buf_json_field(b, "text", f->part.text, 0) ||
          (!sc && (ws_buf_json_field(b, "word", f->trigger, 1) || ws_buf_json_field(b, "category", f->category, 1))) ||
          ws_buf_json_field(b, "target", f->target, 1) ||
          ws_buf_printf(b, ",\"start\":%zu,\"end\":%zu}", f->part.spans[0].start,
                        f->part.spans[f->part.nspans - 1].end))
        return -1;
    }
    if (ws_buf_put(b, "]", 1)) return -1;
  }
  return 0;
}

struct ws_store_prep {
  char key[48];
  const char *ents, *loaded, *scare;
  size_t ents_len, loaded_len, scare_len;
  const char **spans, **names;   /* per attribution */
  uint64_t **sh;
  size_t *nsh;
};

static const char *arena_copy(ws_doc *d, const ws_buf *b, size_t from, size_t *len) {
  *len = b->len - from;
  return ws_arena_strndup(&d->arena, b->data ? b->data + from : "", *len);
}

ws_status ws_store_prepare(ws_doc *d, ws_error *err) {
  if (d->prep) return WS_OK;
  struct ws_store_prep *p = ws_arena_alloc(&d->arena, sizeof *p);
  size_t na = d->nattrs ? d->nattrs : 1;
  ws_buf b = {0}, ents = {0}, loaded = {0}, scare = {0};
  if (!p || !(p->spans = ws_arena_alloc(&d->arena, na * sizeof *p->spans)) ||
      !(p->names = ws_arena_alloc(&d->arena, na * sizeof *p->names)) ||
      !(p->sh = ws_arena_alloc(&d->arena, na * sizeof *p->sh)) ||
      !(p->nsh = ws_arena_alloc(&d->arena, na * sizeof *p->nsh)))
    goto oom;
  /* the key: a hash of id and text, so the same document is one row */
  uint64_t h1 = 1469598103934665603ULL, h2 = 0x84222325CBF29CE4ULL;
  const char *id = d->id ? d->id : "";
  for (const char *c = id; *c; c++) h1 = (h1 ^ (unsigned char)*c) * 1099511628211ULL;
  h1 = (h1 ^ 0x1F) * 1099511628211ULL;
  for (size_t i = 0; i < d->len; i++) {
    h1 = (h1 ^ (unsigned char)d->text[i]) * 1099511628211ULL;
    h2 = (h2 + (unsigned char)d->text[i] + 1) * 0x9E3779B97F4A7C15ULL;
    h2 ^= h2 >> 29;
  }
  snprintf(p->key, sizeof p->key, "%016llx%016llx-%zu", (unsigned long long)h1,
           (unsigned long long)h2, d->len);
  if (doc_json(d, &ents, &loaded, &scare) ||
      !(p->ents = arena_copy(d, &ents, 0, &p->ents_len)) ||
      !(p->loaded = arena_copy(d, &loaded, 0, &p->loaded_len)) ||
      !(p->scare = arena_copy(d, &scare, 0, &p->scare_len)))
    goto oom;
  for (size_t i = 0; i < d->nattrs; i++) {
    const ws_attr_rec *r = &d->attrs[i];
    const ws_attribution *a = &r->pub;
    size_t len;
    b.len = 0;
    if (ws_buf_put(&b, "{", 1) || (a->has_source && spans_json(&b, "source", &a->source, 0)) ||
        spans_json(&b, "cue", &a->cue, a->has_source) || spans_json(&b, "content", &a->content, 1) ||
        ws_buf_put(&b, "}", 1) || !(p->spans[i] = arena_copy(d, &b, 0, &len)))
      goto oom;
    /* "|name|alias|...|": the speaker's names, for lookups by alias */
    if (a->source_entity >= 0 && (size_t)a->source_entity < d->nents) {
      const ws_entity *e = &d->ents[a->source_entity].pub;
      b.len = 0;
      if (ws_buf_put(&b, "|", 1) || ws_buf_puts(&b, e->name) || ws_buf_put(&b, "|", 1)) goto oom;
      for (size_t k = 0; k < e->naliases; k++)
        if (ws_buf_puts(&b, e->aliases[k]) || ws_buf_put(&b, "|", 1)) goto oom;
      if (!(p->names[i] = arena_copy(d, &b, 0, &len))) goto oom;
    }
    if (a->kind && ws_attribution_content_kind(a) != WS_CONTENT_INDIRECT)
      p->sh[i] = shingles_of(d, r, &p->nsh[i]);
  }
  ws_buf_free(&b);
  ws_buf_free(&ents);
  ws_buf_free(&loaded);
  ws_buf_free(&scare);
  d->prep = p;
  return WS_OK;
oom:
  ws_buf_free(&b);
  ws_buf_free(&ents);
  ws_buf_free(&loaded);
  ws_buf_free(&scare);
  ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
  return WS_ERR_NOMEM;
}

ws_status ws_store_add(ws_store *s, ws_doc *d, int *added, ws_error *err) {
  if (added) *added = 0;
  ws_status rc = ws_store_prepare(d, err);
  if (rc != WS_OK) return rc;
  const struct ws_store_prep *p = d->prep;
  const char *what = "documents";
  int bad = 0;
  if (sqlite3_get_autocommit(s->db) && ws_store_next_attr(s)) goto fail;
  ws_profile pf;
  ws_doc_profile(d, &pf);
  sqlite3_stmt *st = s->st[S_DOC];
  bad |= ws_sql_bind_text(st, 1, p->key);
  bad |= ws_sql_bind_text(st, 2, d->id);
  bad |= ws_sql_bind_text(st, 3, d->outlet);
  bad |= ws_sql_bind_text(st, 4, d->date);
  bad |= ws_sql_bind_text(st, 5, d->title);
  bad |= ws_sql_bind_text(st, 6, d->url);
  bad |= ws_sql_bind_utf8(st, 7, d->text, d->len);
  size_t counts[] = {pf.attributions, pf.named, pf.anonymous, pf.group, pf.media, pf.no_source,
                     pf.second_hand, pf.direct, pf.indirect, pf.mixed};
  for (int k = 0; k < 10; k++) sqlite3_bind_int64(st, 8 + k, (sqlite3_int64)counts[k]);
  sqlite3_bind_text(st, 18, p->ents, (int)p->ents_len, SQLITE_STATIC);
  sqlite3_bind_text(st, 19, p->loaded, (int)p->loaded_len, SQLITE_STATIC);
  sqlite3_bind_text(st, 20, p->scare, (int)p->scare_len, SQLITE_STATIC);
  sqlite3_bind_int64(st, 21, (sqlite3_int64)(pf.cue_class[WS_CUE_DOUBT] + pf.cue_class[WS_CUE_HOSTILE] +
                                              pf.cue_class[WS_CUE_EMOTIVE]));
  if (bad || ws_sql_step_reset(st)) goto fail;
  if (!sqlite3_changes(s->db)) return WS_OK; /* stored before */
  sqlite3_int64 doc = sqlite3_last_insert_rowid(s->db);
  what = "attributions";
  /* every parameter is bound for every row: statements keep bindings */
  sqlite3_int64 attr0 = s->next_attr;
  for (size_t i = 0; i < d->nattrs; i++) {
    const ws_attribution *a = &d->attrs[i].pub;
    sqlite3_int64 attr = attr0 + (sqlite3_int64)i;
    st = s->st[S_ATTR];
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
    bad |= ws_sql_bind_utf8(st, 3, a->has_source ? a->source.text : NULL, a->source.len);
    bad |= ws_sql_bind_text(st, 4, a->has_source ? a->source_canonical : NULL);
    bad |= ws_sql_bind_text(st, 5, a->has_source ? a->source_type : NULL);
    bad |= ws_sql_bind_text(st, 6, a->source_org);
    if (a->source_entity >= 0) sqlite3_bind_int64(st, 7, a->source_entity);
    else sqlite3_bind_null(st, 7);
    bad |= ws_sql_bind_text(st, 8, p->names[i]);
    bad |= ws_sql_bind_utf8(st, 9, a->cue.text, a->cue.len);
    bad |= ws_sql_bind_text(st, 10, a->cue_lemma);
    bad |= ws_sql_bind_text(st, 11, a->cue_class);
    bad |= ws_sql_bind_utf8(st, 12, a->content.text, a->content.len);
    bad |= ws_sql_bind_text(st, 13, a->kind);
    bad |= ws_sql_bind_text(st, 14, p->spans[i]);
    if (a->parent >= 0 && (size_t)a->parent < d->nattrs) sqlite3_bind_int64(st, 15, attr0 + a->parent);
    else sqlite3_bind_null(st, 15);
    bad |= ws_sql_bind_text(st, 16, a->channel);
    bad |= ws_sql_bind_text(st, 17, a->recipient);
    sqlite3_bind_int(st, 18, a->second_hand);
    sqlite3_bind_int64(st, 19, attr);
    bad |= ws_sql_bind_text(st, 20, a->has_source ? a->source_gender : NULL);
    sqlite3_bind_int(st, 21, a->inferred);
    sqlite3_bind_double(st, 22, a->confidence);
    if (bad || ws_sql_step_reset(st)) goto fail;
    st = s->st[S_FTS_Q];
    sqlite3_bind_int64(st, 1, attr);
    bad |= ws_sql_bind_utf8(st, 2, a->content.text, a->content.len);
    bad |= ws_sql_bind_text(st, 3, a->has_source ? a->source_canonical : NULL);
    bad |= ws_sql_bind_text(st, 4, p->names[i]);
    if (bad || ws_sql_step_reset(st)) goto fail;
    if (p->nsh[i]) {
      sqlite3_bind_int64(s->st[S_SHINGLE], 1, attr);
      sqlite3_bind_blob(s->st[S_SHINGLE], 2, p->sh[i], (int)(p->nsh[i] * 8), SQLITE_STATIC);
      sqlite3_bind_int64(s->st[S_SHINGLE], 3, doc);
      if (ws_sql_step_reset(s->st[S_SHINGLE])) goto fail;
    }
  }
  s->next_attr = attr0 + (sqlite3_int64)d->nattrs;
  what = "search index";
  st = s->st[S_FTS_D];
  sqlite3_bind_int64(st, 1, doc);
  bad |= ws_sql_bind_text(st, 2, d->title);
  bad |= ws_sql_bind_utf8(st, 3, d->text, d->len);
  if (bad || ws_sql_step_reset(st)) goto fail;
  if (added) *added = 1;
  return WS_OK;
fail:
  if (bad) {
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "%s: out of memory", what);
    return WS_ERR_NOMEM;
  }
  return ws_sql_error(s, err, what);
}

