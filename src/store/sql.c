/* sql.c — small SQLite helpers under every file of the store: run a
 * statement, read one number, bind UTF-8 text, step a statement once,
 * and report SQLite's message as a whosaid error. */
#include "store.h"

#include <limits.h>

ws_status ws_sql_error(ws_store *s, ws_error *err, const char *what) {
  ws_set_error(err, WS_ERR_IO, 0, 0, "%s: %s", what, s->db ? sqlite3_errmsg(s->db) : "no database");
  return WS_ERR_IO;
}

int ws_sql_exec(ws_store *s, const char *sql) {
  return sqlite3_exec(s->db, sql, NULL, NULL, NULL);
}

/* the first column of the first row of `sql` into *out; -1 on failure */
int ws_sql_int64_into(ws_store *s, const char *sql, sqlite3_int64 *out) {
  sqlite3_stmt *v;
  int rc = -1;
  if (sqlite3_prepare_v2(s->db, sql, -1, &v, NULL) == SQLITE_OK && sqlite3_step(v) == SQLITE_ROW) {
    *out = sqlite3_column_int64(v, 0);
    rc = 0;
  }
  sqlite3_finalize(v);
  return rc;
}

/* the same, -1 on failure (for counts, which are never negative) */
sqlite3_int64 ws_sql_int64_of(ws_store *s, const char *sql) {
  sqlite3_int64 n = -1;
  return ws_sql_int64_into(s, sql, &n) ? -1 : n;
}

/* Bind n bytes as TEXT, NULs included.  Invalid UTF-8 is stored as U+FFFD,
 * one per bad byte, so TEXT columns are valid UTF-8 for every reader and
 * code-point offsets into them hold.  Returns -1 when out of memory. */
int ws_sql_bind_utf8(sqlite3_stmt *st, int i, const char *v, size_t n) {
  if (!v) return sqlite3_bind_null(st, i) == SQLITE_OK ? 0 : -1;
  if (n > INT_MAX / 3) return -1;
  size_t bad = 0;
  for (size_t k = 0; k < n;) {
    if ((unsigned char)v[k] < 0x80) {
      k++;
      continue;
    }
    int32_t cp;
    size_t m = ws_utf8_next((const uint8_t *)v + k, n - k, &cp);
    bad += m == 1;
    k += m;
  }
  if (!bad) return sqlite3_bind_text(st, i, v, (int)n, SQLITE_STATIC) == SQLITE_OK ? 0 : -1;
  char *c = ws_malloc(n + 2 * bad + 1);
  if (!c) return -1;
  size_t o = 0;
  for (size_t k = 0; k < n;) {
    int32_t cp;
    size_t m = (unsigned char)v[k] < 0x80 ? 1 : ws_utf8_next((const uint8_t *)v + k, n - k, &cp);
    if (m == 1 && (unsigned char)v[k] >= 0x80) {
      memcpy(c + o, "\xEF\xBF\xBD", 3);
      o += 3;
    } else {
      memcpy(c + o, v + k, m);
      o += m;
    }
    k += m;
  }
  return sqlite3_bind_text(st, i, c, (int)o, ws_free) == SQLITE_OK ? 0 : -1;
}

int ws_sql_bind_text(sqlite3_stmt *st, int i, const char *v) {
  return ws_sql_bind_utf8(st, i, v, v ? strlen(v) : 0);
}

int ws_sql_step_reset(sqlite3_stmt *st) {
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  return rc == SQLITE_DONE ? 0 : -1;
}

