/* rules.c — attributions the tagger cannot express. */
#include "tagger.h"

int ws_rules(ws_doc *d, const ws_tokens *tk, size_t first_attr) {
  (void)d;
  (void)tk;
  (void)first_attr;
  return 0;
}
