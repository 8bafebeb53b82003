/* store.h — the store's handle, shared by store.c and query.c. */
#ifndef WS_STORE_H
#define WS_STORE_H
#include "../internal.h"

#include <sqlite3.h>

enum {
  S_DOC, S_ATTR, S_FTS_Q, S_FTS_D, S_SHINGLE, S_NEXT_ATTR, S_NSTMT
};

struct ws_store {
  sqlite3 *db;
  sqlite3_stmt *st[S_NSTMT];
  sqlite3_int64 next_attr; /* the next attribution's key, within a transaction */
  int readonly;            /* opened for queries: never writes */
  int lockfd;              /* holds the writer's flock, or -1 */
  long timeout_ms;         /* a query's time budget (0: none) */
};
/* SQL functions the queries use (ws_snippet); SQLITE_OK or an error */
int ws_store_functions(sqlite3 *db);
/* default budget of one query (ws_store_set_timeout) */
#define WS_QUERY_TIMEOUT_MS 30000L
#endif
