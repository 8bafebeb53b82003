/* libFuzzer target: the --metadata table reader (TSV with a header),
 * then lookups of the names it holds and of names it does not. */
#include "whosaid.h"

#include <stdlib.h>
#include <string.h>

static void count(void *ud, const ws_error *e) {
  if (!e->line) __builtin_trap(); /* a skipped row has its line */
  ++*(size_t *)ud;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  size_t skipped = 0;
  ws_error err;
  ws_metadata *m = ws_metadata_load((const char *)data, size, count, &skipped, &err);
  if (!m) return 0;
  if (ws_metadata_skipped(m) != skipped) __builtin_trap(); /* every skip reported */
  /* a name taken from the input's last line, and one that is never there */
  size_t from = size;
  while (from && data[from - 1] != '\n') from--;
  char name[64] = {0};
  size_t n = size - from < sizeof name - 1 ? size - from : sizeof name - 1;
  memcpy(name, data + from, n);
  char *tab = strchr(name, '\t');
  if (tab) *tab = 0;
  (void)ws_metadata_outlet(m, name);
  (void)ws_metadata_date(m, name);
  /* a name longer than the whole input is in no row */
  char *never = malloc(size + 2);
  if (never) {
    memset(never, 'x', size + 1);
    never[size + 1] = 0;
    if (ws_metadata_outlet(m, never)) __builtin_trap();
    free(never);
  }
  ws_metadata_free(m);
  return 0;
}
