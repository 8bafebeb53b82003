/* arena.c — bump allocator: one per document, released in one call. */
#include "../internal.h"

#include <stdlib.h>

struct ws_arena_chunk {
  ws_arena_chunk *next;
  size_t cap;
  _Alignas(16) unsigned char data[];
};

void *ws_arena_alloc(ws_arena *a, size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (n == 0) n = 16;
  if (!a->head || a->cap - a->used < n) {
    size_t cap = a->head ? a->head->cap * 2 : 4096;
    if (cap > (1u << 20)) cap = 1u << 20;
    if (cap < n) cap = n;
    ws_arena_chunk *c = ws_malloc(sizeof *c + cap);
    if (!c) return NULL;
    c->next = a->head;
    c->cap = cap;
    a->head = c;
    a->used = 0;
    a->cap = cap;
  }
  void *p = a->head->data + a->used;
  a->used += n;
  memset(p, 0, n);
  return p;
}

char *ws_arena_strndup(ws_arena *a, const char *s, size_t n) {
  char *p = ws_arena_alloc(a, n + 1);
  if (!p) return NULL;
  if (n) memcpy(p, s, n);
  p[n] = 0;
  return p;
}

void ws_arena_release(ws_arena *a) {
  ws_arena_chunk *c = a->head;
  while (c) {
    ws_arena_chunk *next = c->next;
    ws_free(c);
    c = next;
  }
  a->head = NULL;
  a->used = a->cap = 0;
}
