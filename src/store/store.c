/* store.c — the corpus store's handle: opening (one writer at a time),
 * the schema (docs/schema.sql, compiled in) and upgrades of older
 * stores, transactions.  Adding documents is write.c, clusters
 * cluster.c, identities identity.c, questions query.c, pages pages.c. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/file.h>
#include <unistd.h>

#include <stdio.h>
#include <stdlib.h>

WS_DATA(schema);

#define WS_STORE_VERSION 5

static const char *const stmt_sql[S_NSTMT] = {
    "INSERT OR IGNORE INTO documents(key,id,outlet,date,title,url,text,attributions,named,"
    "anonymous,grp,media,no_source,second_hand,direct,indirect,mixed,entities,loaded,"
    "scare_quotes,doubtful) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO attributions(doc,n,source,speaker,source_type,organization,entity,names,cue,"
    "cue_lemma,cue_class,content,kind,spans,parent,channel,recipient,second_hand,attr,gender,"
    "inferred,confidence) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO quotes_fts(rowid,content,speaker,names) VALUES(?,?,?,?)",
    "INSERT INTO documents_fts(rowid,title,text) VALUES(?,?,?)",
    "INSERT INTO shingles(attr,hashes,doc) VALUES(?,?,?)",
    "SELECT coalesce(max(attr), 0) + 1 FROM attributions",
};

/* docs/schema.sql (every statement IF NOT EXISTS: it creates what is
 * missing), then the current version number */
static int create_schema(ws_store *s) {
  char *sql = ws_malloc(ws_data_schema_len + 1);
  if (!sql) return -1;
  memcpy(sql, ws_data_schema, ws_data_schema_len);
  sql[ws_data_schema_len] = 0;
  char version[48];
  snprintf(version, sizeof version, "PRAGMA user_version=%d", WS_STORE_VERSION);
  int rc = ws_sql_exec(s, sql) || ws_sql_exec(s, version);
  ws_free(sql);
  return rc;
}

/* Fail with SQLite's message for what just failed, read before any
 * ROLLBACK replaces it with "not an error". */
static ws_store *open_failed(ws_store *s, ws_error *err, const char *path) {
  ws_sql_error(s, err, path);
  ws_store_close(s);
  return NULL;
}

/* One writer at a time: an advisory lock (flock, which is apart from
 * SQLite's own fcntl locks) on the database file, held until
 * ws_store_close, which closes it only after SQLite has closed the file
 * (closing another descriptor of a file drops a process's fcntl locks). */
static ws_status lock_writer(ws_store *s, const char *path, int wait, ws_error *err) {
  if (!*path || !strcmp(path, ":memory:")) return WS_OK; /* private to this connection */
  s->lockfd = open(path, O_RDONLY | O_CLOEXEC);
  if (s->lockfd < 0) {
    ws_set_error(err, WS_ERR_IO, 0, 0, "%s: %s", path, strerror(errno));
    return WS_ERR_IO;
  }
  while (flock(s->lockfd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0) {
    if (errno == EINTR) continue;
    if (errno == EWOULDBLOCK) {
      ws_set_error(err, WS_ERR_BUSY, 0, 0, "%s: another whosaid ingest is writing to this store",
                   path);
      return WS_ERR_BUSY;
    }
    ws_set_error(err, WS_ERR_IO, 0, 0, "%s: cannot lock: %s", path, strerror(errno));
    return WS_ERR_IO;
  }
  return WS_OK;
}

static int upgrade(ws_store *s, sqlite3_int64 version);

static ws_store *open_store(const char *path, int readonly, int wait, ws_error *err) {
  ws_store *s = ws_calloc(1, sizeof *s);
  if (!s) {
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
    return NULL;
  }
  s->readonly = readonly;
  s->lockfd = -1;
  s->timeout_ms = readonly ? WS_QUERY_TIMEOUT_MS : 0;
  /* one thread uses a store at a time (whosaid.h): no locking inside SQLite */
  int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    return open_failed(s, err, path);
  if (!readonly && lock_writer(s, path, wait, err) != WS_OK) {
    ws_store_close(s);
    return NULL;
  }
  sqlite3_busy_timeout(s->db, 10000);
  if (ws_store_functions(s->db) != SQLITE_OK) return open_failed(s, err, path);
  /* 16 KiB pages (a new file only): articles fit in fewer overflow pages.
   * A rollback journal rather than WAL: an ingest mostly appends, and
   * appended pages need no journal, where WAL writes every page twice
   * (log, then checkpoint).  A killed writer leaves the last committed
   * transaction intact either way; readers wait (busy timeout) while a
   * batch commits. */
  if (!readonly &&
      ws_sql_exec(s, "PRAGMA page_size=16384; PRAGMA journal_mode=DELETE; PRAGMA synchronous=NORMAL; "
              "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;") != SQLITE_OK)
    return open_failed(s, err, path);
  sqlite3_int64 version, tables;
  if (ws_sql_int64_into(s, "PRAGMA user_version", &version) ||
      ws_sql_int64_into(s, "SELECT count(*) FROM sqlite_master", &tables))
    return open_failed(s, err, path);
  ws_status code = WS_ERR_DB;
  if (version > WS_STORE_VERSION || version < 0) {
    ws_set_error(err, code, 0, 0, "%s: store version %lld is not one this whosaid knows (%d)%s",
                 path, (long long)version, WS_STORE_VERSION,
                 version > 0 ? ": it was made by a newer whosaid" : "");
  } else if (version == 0 && tables) {
    ws_set_error(err, code, 0, 0, "%s: an SQLite database, but not a whosaid store", path);
  } else if (version == 0 && readonly) {
    ws_set_error(err, code, 0, 0, "%s: not a whosaid store (empty database)", path);
  } else if (version < WS_STORE_VERSION && readonly) {
    ws_set_error(err, code, 0, 0,
                 "%s: store version %lld is older than this whosaid's (%d): run 'whosaid ingest "
                 "--db %s' with any input to upgrade it",
                 path, (long long)version, WS_STORE_VERSION, path);
  } else {
    code = WS_OK;
  }
  if (code != WS_OK) {
    ws_store_close(s);
    return NULL;
  }
  if (readonly) return s;
  if (version == 0) {
    /* a new file: the whole schema */
    if (ws_sql_exec(s, "BEGIN") || create_schema(s) || ws_sql_exec(s, "COMMIT")) return open_failed(s, err, path);
  } else if (version < WS_STORE_VERSION) {
    if (upgrade(s, version)) {
      ws_sql_error(s, err, "upgrading the store");
      ws_sql_exec(s, "ROLLBACK");
      ws_store_close(s);
      return NULL;
    }
  }
  for (int k = 0; k < S_NSTMT; k++)
    if (sqlite3_prepare_v3(s->db, stmt_sql[k], -1, SQLITE_PREPARE_PERSISTENT, &s->st[k], NULL) !=
        SQLITE_OK)
      return open_failed(s, err, path);
  return s;
}

/* Older stores, one version at a time, in one transaction; the schema
 * file then adds the new tables. */
static int upgrade(ws_store *s, sqlite3_int64 version) {
  if (ws_sql_exec(s, "BEGIN IMMEDIATE")) return -1;
  int fts = 0;
  /* 1 -> 2: shingles and cluster members name their document, so that
   * clustering never reads the attributions table; the quote index,
   * made again by the schema, covers the speaker's names (lookups by
   * speaker) */
  if (version == 1) {
    if (ws_sql_exec(s, "ALTER TABLE shingles ADD COLUMN doc INTEGER;"
                "UPDATE shingles SET doc = (SELECT doc FROM attributions a WHERE a.attr = shingles.attr);"
                "ALTER TABLE cluster_members ADD COLUMN doc INTEGER;"
                "UPDATE cluster_members SET doc = "
                "(SELECT doc FROM attributions a WHERE a.attr = cluster_members.attr);"
                "DROP INDEX IF EXISTS attributions_speaker;"
                "DROP TABLE quotes_fts;"))
      return -1;
    fts = 1;
  }
  /* 2 -> 3: the speaker's gender and inferred quotations (unknown for
   * rows stored before: NULL and 0); the identity tables come with the
   * schema and are filled by the next ws_store_identities */
  if (version <= 2 && ws_sql_exec(s, "ALTER TABLE attributions ADD COLUMN gender TEXT;"
                              "ALTER TABLE attributions ADD COLUMN inferred INTEGER NOT NULL "
                              "DEFAULT 0;"))
    return -1;
  /* 3 -> 4: a document's count of doubtful cues and a wider outlet index
   * (the profile reads only the index); the schema then adds the tables
   * that speaker pages read, filled here */
  if (version <= 3 &&
      ws_sql_exec(s, "ALTER TABLE documents ADD COLUMN doubtful INTEGER NOT NULL DEFAULT 0;"
              "UPDATE documents SET doubtful = c.n FROM (SELECT doc, count(*) AS n "
              "FROM attributions WHERE cue_class IN ('doubt','hostile','emotive') GROUP BY doc) c "
              "WHERE documents.doc = c.doc;"
              "DROP INDEX IF EXISTS documents_outlet;"))
    return -1;
  /* 4 -> 5: each attribution's confidence (NULL for rows stored before) */
  if (version <= 4 && ws_sql_exec(s, "ALTER TABLE attributions ADD COLUMN confidence REAL;"))
    return -1;
  return create_schema(s) ||
         (fts && ws_sql_exec(s, "INSERT INTO quotes_fts(quotes_fts) VALUES('rebuild')")) ||
         (version <= 3 && ws_store_identity_tables(s)) || ws_sql_exec(s, "COMMIT");
}

ws_store *ws_store_open(const char *path, ws_error *err) { return open_store(path, 0, 0, err); }

ws_store *ws_store_open_readonly(const char *path, ws_error *err) {
  return open_store(path, 1, 0, err);
}

ws_store *ws_store_open_ex(const char *path, int flags, ws_error *err) {
  return open_store(path, flags & WS_STORE_READONLY, flags & WS_STORE_WAIT, err);
}

void ws_store_close(ws_store *s) {
  if (!s) return;
  for (int k = 0; k < S_NSTMT; k++) sqlite3_finalize(s->st[k]);
  sqlite3_close(s->db);
  if (s->lockfd >= 0) close(s->lockfd);
  ws_free(s);
}

/* Attributions get their keys from the writer, so that a relayed
 * attribution's parent is known when it is inserted: read the next free
 * key when a transaction starts (or per document in autocommit mode). */
int ws_store_next_attr(ws_store *s) {
  sqlite3_stmt *st = s->st[S_NEXT_ATTR];
  int rc = sqlite3_step(st);
  s->next_attr = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_reset(st);
  return rc == SQLITE_ROW ? 0 : -1;
}

ws_status ws_store_begin(ws_store *s, ws_error *err) {
  if (ws_sql_exec(s, "BEGIN IMMEDIATE") != SQLITE_OK) return ws_sql_error(s, err, "begin");
  if (ws_store_next_attr(s)) {
    ws_status e = ws_sql_error(s, err, "begin");
    ws_sql_exec(s, "ROLLBACK");
    return e;
  }
  return WS_OK;
}

ws_status ws_store_commit(ws_store *s, ws_error *err) {
  return ws_sql_exec(s, "COMMIT") == SQLITE_OK ? WS_OK : ws_sql_error(s, err, "commit");
}

ws_status ws_store_rollback(ws_store *s, ws_error *err) {
  if (sqlite3_get_autocommit(s->db)) return WS_OK; /* nothing open */
  return ws_sql_exec(s, "ROLLBACK") == SQLITE_OK ? WS_OK : ws_sql_error(s, err, "rollback");
}

long long ws_store_count(ws_store *s, const char *table) {
  static const char *const ok[] = {"documents", "attributions", "clusters", "cluster_members",
                                   "shingles", NULL};
  int known = 0;
  for (int k = 0; ok[k] && table; k++) known |= !strcmp(ok[k], table);
  if (!known) return WS_ERR_ARG;
  char sql[96];
  snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
  sqlite3_int64 n = ws_sql_int64_of(s, sql);
  return n < 0 ? WS_ERR_DB : n;
}

