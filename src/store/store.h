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
};
#endif
