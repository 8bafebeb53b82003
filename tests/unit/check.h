/* check.h — the smallest test harness: CHECK counts, DONE prints the
 * "N passed, N failed" line ctest logs and returns the exit status. */
#ifndef WS_CHECK_H
#define WS_CHECK_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int ws_t_pass, ws_t_fail;
#define CHECK(c)                                                              \
  do {                                                                        \
    if (c) {                                                                  \
      ws_t_pass++;                                                            \
    } else {                                                                  \
      ws_t_fail++;                                                            \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c);   \
    }                                                                         \
  } while (0)
#define CHECK_STR(a, b) CHECK((a) != NULL && strcmp((a), (b)) == 0)
#define DONE() (printf("%d passed, %d failed\n", ws_t_pass, ws_t_fail), ws_t_fail != 0)
#endif
