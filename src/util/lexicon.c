/* lexicon.c — open-addressing string table for the data-file word lists. */
#include "lexicon.h"

#include <stdlib.h>
#include <utf8proc.h>

size_t ws_lex_norm(const char *s, size_t n, char *out, size_t cap) {
  size_t k = 0, i = 0;
  int space = 1;
  while (i < n && k + 5 < cap) {
    int32_t c;
    i += ws_utf8_next((const uint8_t *)s + i, n - i, &c);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0) {
      if (!space) out[k++] = ' ';
      space = 1;
      continue;
    }
    space = 0;
    if (c == 0x2019 || c == 0x2018) c = '\'';
    c = c < 0x80 ? ((c >= 'A' && c <= 'Z') ? c + 32 : c) : utf8proc_tolower(c);
    k += (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)out + k);
  }
  while (k && out[k - 1] == ' ') k--;
  out[k] = 0;
  return k;
}

static int grow(ws_lex *l) {
  size_t cap = l->cap ? l->cap * 2 : 256;
  ws_lex_entry *s = ws_calloc(cap, sizeof *s);
  if (!s) return -1;
  for (size_t i = 0; i < l->cap; i++) {
    if (!l->slots[i].key) continue;
    size_t h = ws_hash(l->slots[i].key, l->slots[i].klen, WS_HASH_SEED) & (cap - 1);
    while (s[h].key) h = (h + 1) & (cap - 1);
    s[h] = l->slots[i];
  }
  ws_free(l->slots);
  l->slots = s;
  l->cap = cap;
  return 0;
}

const ws_lex_entry *ws_lex_get(const ws_lex *l, const char *key, size_t klen) {
  if (!l->cap) return NULL;
  size_t h = ws_hash(key, klen, WS_HASH_SEED) & (l->cap - 1);
  while (l->slots[h].key) {
    const ws_lex_entry *e = &l->slots[h];
    if (e->klen == klen && memcmp(e->key, key, klen) == 0) return e;
    h = (h + 1) & (l->cap - 1);
  }
  return NULL;
}

int ws_lex_add(ws_lex *l, const char *key, size_t klen, const char *a,
               const char *b) {
  if (ws_lex_get(l, key, klen)) return 0;
  if ((l->n + 1) * 2 > l->cap && grow(l)) return -1;
  size_t h = ws_hash(key, klen, WS_HASH_SEED) & (l->cap - 1);
  while (l->slots[h].key) h = (h + 1) & (l->cap - 1);
  ws_lex_entry *e = &l->slots[h];
  e->key = ws_arena_strndup(&l->arena, key, klen);
  e->klen = klen;
  e->a = ws_arena_strndup(&l->arena, a ? a : "", a ? strlen(a) : 0);
  e->b = ws_arena_strndup(&l->arena, b ? b : "", b ? strlen(b) : 0);
  if (!e->key || !e->a || !e->b) {
    e->key = NULL;
    return -1;
  }
  l->n++;
  return 0;
}

void ws_lex_release(ws_lex *l) {
  ws_free(l->slots);
  ws_arena_release(&l->arena);
  memset(l, 0, sizeof *l);
}

int ws_lex_load_tsv(ws_lex *l, const unsigned char *data, size_t len, int keep_case) {
  return ws_lex_load_tsv_or(l, data, len, keep_case, "");
}

int ws_lex_load_tsv_or(ws_lex *l, const unsigned char *data, size_t len, int keep_case,
                       const char *dflt) {
  const char *p = (const char *)data, *end = p + len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    if (e > p && e[-1] == '\r') e--;
    if (e > p && *p != '#') {
      char line[256];
      size_t n = (size_t)(e - p) < sizeof line - 1 ? (size_t)(e - p) : sizeof line - 1;
      memcpy(line, p, n);
      line[n] = 0;
      char *c2 = strchr(line, '\t'), *c3 = NULL;
      if (c2) {
        *c2++ = 0;
        if ((c3 = strchr(c2, '\t'))) *c3++ = 0;
      }
      char key[128];
      size_t k;
      if (keep_case) {
        k = strlen(line) < sizeof key - 1 ? strlen(line) : sizeof key - 1;
        memcpy(key, line, k);
        key[k] = 0;
      } else {
        k = ws_lex_norm(line, strlen(line), key, sizeof key);
      }
      if (k && ws_lex_add(l, key, k, c2 ? c2 : dflt, c3 ? c3 : "")) return -1;
    }
    p = nl ? nl + 1 : end;
  }
  return 0;
}

int ws_lex_weights(const char *data, size_t len, const char *const *names, int n, double *w) {
  ws_lex l = {0};
  int rc = ws_lex_load_tsv(&l, (const unsigned char *)data, len, 1);
  for (int f = 0; f < n && !rc; f++) {
    const ws_lex_entry *e = ws_lex_get(&l, names[f], strlen(names[f]));
    char *end = NULL;
    if (e) w[f] = strtod(e->a, &end);
    if (!e || end == e->a || *end) rc = f + 1;
  }
  ws_lex_release(&l);
  return rc;
}
