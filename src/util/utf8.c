/* utf8.c — decoding with utf8proc; invalid bytes become U+FFFD, one
 * code point per byte, so offsets stay defined for any input. */
#include "../internal.h"

#include <utf8proc.h>

size_t ws_utf8_next(const uint8_t *s, size_t n, int32_t *cp) {
  if (n == 0) {
    *cp = -1;
    return 0;
  }
  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  utf8proc_int32_t c;
  utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)(n > 4 ? 4 : n), &c);
  if (k <= 0) {
    *cp = 0xFFFD;
    return 1;
  }
  *cp = c;
  return (size_t)k;
}

size_t ws_utf8_count(const char *s, size_t n) {
  size_t count = 0, i = 0;
  const uint8_t *u = (const uint8_t *)s;
  while (i < n) {
    if (u[i] < 0x80) {
      i++;
    } else {
      int32_t cp;
      i += ws_utf8_next(u + i, n - i, &cp);
    }
    count++;
  }
  return count;
}
