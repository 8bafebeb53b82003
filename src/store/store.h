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
/* Sourcing per outlet over the documents SEL selects (a SELECT of doc
 * keys): `query profile` (all) and the outlets page (a date range, a
 * topic).  The doubt/hostile/emotive cues are counted in one pass. */
#define WS_PROFILE_SQL(SEL)                                                                    \
  "WITH sel AS MATERIALIZED (" SEL "), "                                                       \
  "cues AS MATERIALIZED (SELECT d.outlet, count(*) AS n FROM attributions a "                  \
  "JOIN sel ON sel.doc = a.doc JOIN documents d ON d.doc = a.doc "                             \
  "WHERE a.cue_class IN ('doubt','hostile','emotive') GROUP BY d.outlet) "                     \
  "SELECT d.outlet, count(*) AS documents, sum(d.attributions) AS attributions, "              \
  "round(100.0 * sum(d.named) / max(sum(d.attributions), 1), 1) AS named_pct, "              \
  "round(100.0 * sum(d.anonymous) / max(sum(d.attributions), 1), 1) AS anonymous_pct, "      \
  "round(100.0 * sum(d.grp) / max(sum(d.attributions), 1), 1) AS group_pct, "                \
  "round(100.0 * sum(d.second_hand) / max(sum(d.attributions), 1), 1) AS second_hand_pct, "  \
  "round(100.0 * coalesce((SELECT n FROM cues WHERE cues.outlet IS d.outlet), 0) "             \
  "  / max(sum(d.attributions), 1), 1) AS doubt_hostile_emotive_pct "                         \
  "FROM documents d JOIN sel ON sel.doc = d.doc GROUP BY d.outlet ORDER BY d.outlet"
/* default budget of one query (ws_store_set_timeout) */
#define WS_QUERY_TIMEOUT_MS 30000L
#endif
