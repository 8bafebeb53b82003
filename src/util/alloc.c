/* alloc.c — every allocation of the library goes through here, so that a
 * test can make the Nth one fail (tests/unit/test_faults.c) as SQLite's
 * and yyjson's tests do.  By default these are the C library's. */
#include "../internal.h"

#include <stdlib.h>

static ws_allocator hook;

void ws_set_allocator(const ws_allocator *a) {
  if (a) hook = *a;
  else memset(&hook, 0, sizeof hook);
}

void *ws_malloc(size_t n) { return hook.malloc ? hook.malloc(n) : malloc(n); }

void *ws_calloc(size_t n, size_t size) {
  if (!hook.malloc) return calloc(n, size);
  if (size && n > SIZE_MAX / size) return NULL;
  void *p = hook.malloc(n * size);
  if (p) memset(p, 0, n * size);
  return p;
}

void *ws_realloc(void *p, size_t n) { return hook.realloc ? hook.realloc(p, n) : realloc(p, n); }

void ws_free(void *p) {
  if (hook.free) hook.free(p);
  else free(p);
}

char *ws_strndup(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && s[k]) k++;
  char *d = ws_malloc(k + 1);
  if (!d) return NULL;
  memcpy(d, s, k);
  d[k] = 0;
  return d;
}

char *ws_strdup(const char *s) { return ws_strndup(s, SIZE_MAX); }

size_t ws_lower_bound(const void *base, size_t n, size_t size, const void *key,
                      int (*before)(const void *key, const void *elem)) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (before(key, (const char *)base + mid * size)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

void *ws_grow(void *p, size_t *cap, size_t n, size_t size, size_t first) {
  if (n < *cap) return p;
  size_t c = *cap ? *cap : first ? first : 1;
  while (c <= n) {
    if (c > SIZE_MAX / 2 / size) return NULL;
    c *= 2;
  }
  void *q = ws_realloc(p, c * size);
  if (q) *cap = c;
  return q;
}
