/* lexicon.h — word lists kept as data files (data/NAME.tsv), embedded by the
 * build and parsed once into a string-keyed hash table. */
#ifndef WS_LEXICON_H
#define WS_LEXICON_H
#include "../internal.h"

typedef struct ws_lex_entry {
  const char *key;    /* lower-cased, single-spaced */
  const char *a, *b;  /* the entry's values (columns), never NULL */
  size_t klen;        /* strlen(key): most probes end on it */
} ws_lex_entry;

typedef struct ws_lex {
  ws_lex_entry *slots;
  size_t cap, n;
  ws_arena arena;
} ws_lex;

/* Add key -> (a, b); the first value for a key wins.  Strings copied. */
int ws_lex_add(ws_lex *l, const char *key, size_t klen, const char *a,
               const char *b);
const ws_lex_entry *ws_lex_get(const ws_lex *l, const char *key, size_t klen);
void ws_lex_release(ws_lex *l);

/* TSV rows (data/README.md) into a table: key (column 1, lower-cased
 * unless keep_case) -> (column 2, column 3); '#' lines are comments.
 * 0, or -1 when memory runs out. */
int ws_lex_load_tsv(ws_lex *l, const unsigned char *data, size_t len, int keep_case);
/* A weights file (`NAME <TAB> weight` lines, # comments): w[i] is the
 * weight of names[i], for i < n.  0; i + 1 when names[i] has no line or
 * its weight is not a number; -1 when memory runs out. */
int ws_lex_weights(const char *data, size_t len, const char *const *names, int n, double *w);
/* The same, with column 2 `dflt` on lines that have only a key (a plain
 * word list).  A CR before a newline is dropped. */
int ws_lex_load_tsv_or(ws_lex *l, const unsigned char *data, size_t len, int keep_case,
                       const char *dflt);

/* Lower-case `s` (UTF-8, ’ -> ') collapsing runs of spaces; writes at most
 * cap-1 bytes and a NUL; returns the length. */
size_t ws_lex_norm(const char *s, size_t n, char *out, size_t cap);
#endif
