/* kwtab.h — small tables from a word's hash (ws_token.norm) to a code,
 * so hot loops test a token against many words with one probe. */
#ifndef WS_KWTAB_H
#define WS_KWTAB_H
#include "../internal.h"

typedef struct ws_kwtab {
  uint32_t key[256];
  int16_t code[256];
} ws_kwtab;

/* Add word (lower case ASCII) with a non-zero code; fails when full. */
static inline int ws_kwtab_add(ws_kwtab *t, const char *w, int code) {
  uint32_t h = ws_norm_hash(w, strlen(w));
  if (!h) h = 1;
  for (uint32_t i = h & 255, n = 0; n < 256; i = (i + 1) & 255, n++)
    if (!t->key[i] || t->key[i] == h) {
      t->key[i] = h;
      t->code[i] = (int16_t)code;
      return 0;
    }
  return -1;
}

/* Code of the word with hash h, 0 when absent. */
static inline int ws_kwtab_get(const ws_kwtab *t, uint32_t h) {
  if (!h) h = 1;
  for (uint32_t i = h & 255; t->key[i]; i = (i + 1) & 255)
    if (t->key[i] == h) return t->code[i];
  return 0;
}
#endif
