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
/* sql.c: helpers of every store file.  ws_sql_error sets `err` from
 * SQLite's message for `what` and returns WS_ERR_IO; ws_sql_exec runs
 * statements (an SQLite code); ws_sql_int64_into reads the first column
 * of the first row (0, or -1), ws_sql_int64_of the same or -1;
 * ws_sql_bind_utf8 binds n bytes as TEXT with each invalid byte as U+FFFD
 * (-1 when out of memory); ws_sql_step_reset steps once (0 when done). */
ws_status ws_sql_error(ws_store *s, ws_error *err, const char *what);
int ws_sql_exec(ws_store *s, const char *sql);
int ws_sql_int64_into(ws_store *s, const char *sql, sqlite3_int64 *out);
sqlite3_int64 ws_sql_int64_of(ws_store *s, const char *sql);
int ws_sql_bind_utf8(sqlite3_stmt *st, int i, const char *v, size_t n);
int ws_sql_bind_text(sqlite3_stmt *st, int i, const char *v);
int ws_sql_step_reset(sqlite3_stmt *st);
/* store.c: read the next free attribution key into s->next_attr (0, -1) */
int ws_store_next_attr(ws_store *s);
/* SQL functions the queries use (ws_snippet); SQLITE_OK or an error */
int ws_store_functions(sqlite3 *db);
/* Sourcing per outlet over the documents that WHERE selects (`1` for
 * all): `query profile` and the outlets page (a date range, a topic).
 * It reads the documents_outlet index only (docs/schema.sql). */
#define WS_PROFILE_SQL(WHERE)                                                                  \
  "SELECT d.outlet, count(*) AS documents, sum(d.attributions) AS attributions, "              \
  "round(100.0 * sum(d.named) / max(sum(d.attributions), 1), 1) AS named_pct, "              \
  "round(100.0 * sum(d.anonymous) / max(sum(d.attributions), 1), 1) AS anonymous_pct, "      \
  "round(100.0 * sum(d.grp) / max(sum(d.attributions), 1), 1) AS group_pct, "                \
  "round(100.0 * sum(d.second_hand) / max(sum(d.attributions), 1), 1) AS second_hand_pct, "  \
  "round(100.0 * sum(d.doubtful) / max(sum(d.attributions), 1), 1) "                          \
  "  AS doubt_hostile_emotive_pct "                                                            \
  "FROM documents d INDEXED BY documents_outlet WHERE " WHERE " GROUP BY d.outlet ORDER BY d.outlet"
/* Fill identity_outlets and identity_quotes from the identities (a part
 * of ws_store_identities, and of an upgrade to version 4); 0 or -1 */
int ws_store_identity_tables(ws_store *s);
/* The identities a name (?1) stands for, as a CTE `ids`: those with a
 * speaker of that name, else those whose name starts or ends with it. */
#define WS_IDS_SQL                                                                             \
  "WITH exact AS (SELECT identity FROM speaker_names WHERE name = ?1 COLLATE NOCASE "          \
  " UNION SELECT identity FROM identities WHERE name = ?1 COLLATE NOCASE), "                   \
  "ids AS (SELECT identity FROM exact UNION SELECT identity FROM identities "                  \
  " WHERE NOT EXISTS (SELECT 1 FROM exact) AND (name LIKE '% ' || ?1 OR name LIKE ?1 || ' %')) "
/* default budget of one query (ws_store_set_timeout) */
#define WS_QUERY_TIMEOUT_MS 30000L
#endif
