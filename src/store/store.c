/* store.c — the corpus store: analysed documents in SQLite (schema in
 * docs/schema.sql, compiled in), keyed so that re-ingesting adds nothing,
 * with full-text search and quote clusters.  A renderer over the document
 * model like json.c and brat.c, plus the queries researchers ask. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/file.h>
#include <unistd.h>

#include <stdio.h>
#include <stdlib.h>

extern const unsigned char ws_data_schema[];
extern const size_t ws_data_schema_len;

#define WS_STORE_VERSION 4

static const char *const stmt_sql[S_NSTMT] = {
    "INSERT OR IGNORE INTO documents(key,id,outlet,date,title,url,text,attributions,named,"
    "anonymous,grp,media,no_source,second_hand,direct,indirect,mixed,entities,loaded,"
    "scare_quotes,doubtful) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO attributions(doc,n,source,speaker,source_type,organization,entity,names,cue,"
    "cue_lemma,cue_class,content,kind,spans,parent,channel,recipient,second_hand,attr,gender,"
    "inferred) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT INTO quotes_fts(rowid,content,speaker,names) VALUES(?,?,?,?)",
    "INSERT INTO documents_fts(rowid,title,text) VALUES(?,?,?)",
    "INSERT INTO shingles(attr,hashes,doc) VALUES(?,?,?)",
    "SELECT coalesce(max(attr), 0) + 1 FROM attributions",
};

static ws_status db_error(ws_store *s, ws_error *err, const char *what) {
  ws_set_error(err, WS_ERR_IO, 0, 0, "%s: %s", what, s->db ? sqlite3_errmsg(s->db) : "no database");
  return WS_ERR_IO;
}

static int exec(ws_store *s, const char *sql) {
  return sqlite3_exec(s->db, sql, NULL, NULL, NULL);
}

/* docs/schema.sql (every statement IF NOT EXISTS: it creates what is
 * missing), then the current version number */
static int create_schema(ws_store *s) {
  char *sql = ws_malloc(ws_data_schema_len + 1);
  if (!sql) return -1;
  memcpy(sql, ws_data_schema, ws_data_schema_len);
  sql[ws_data_schema_len] = 0;
  char version[48];
  snprintf(version, sizeof version, "PRAGMA user_version=%d", WS_STORE_VERSION);
  int rc = exec(s, sql) || exec(s, version);
  ws_free(sql);
  return rc;
}

/* the first column of the first row of `sql` into *out; -1 on failure */
static int int64_into(ws_store *s, const char *sql, sqlite3_int64 *out) {
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
static sqlite3_int64 int64_of(ws_store *s, const char *sql) {
  sqlite3_int64 n = -1;
  return int64_into(s, sql, &n) ? -1 : n;
}

/* Fail with SQLite's message for what just failed, read before any
 * ROLLBACK replaces it with "not an error". */
static ws_store *open_failed(ws_store *s, ws_error *err, const char *path) {
  db_error(s, err, path);
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
      exec(s, "PRAGMA page_size=16384; PRAGMA journal_mode=DELETE; PRAGMA synchronous=NORMAL; "
              "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;") != SQLITE_OK)
    return open_failed(s, err, path);
  sqlite3_int64 version, tables;
  if (int64_into(s, "PRAGMA user_version", &version) ||
      int64_into(s, "SELECT count(*) FROM sqlite_master", &tables))
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
    if (exec(s, "BEGIN") || create_schema(s) || exec(s, "COMMIT")) return open_failed(s, err, path);
  } else if (version < WS_STORE_VERSION) {
    if (upgrade(s, version)) {
      db_error(s, err, "upgrading the store");
      exec(s, "ROLLBACK");
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
  if (exec(s, "BEGIN IMMEDIATE")) return -1;
  int fts = 0;
  /* 1 -> 2: shingles and cluster members name their document, so that
   * clustering never reads the attributions table; the quote index,
   * made again by the schema, covers the speaker's names (lookups by
   * speaker) */
  if (version == 1) {
    if (exec(s, "ALTER TABLE shingles ADD COLUMN doc INTEGER;"
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
  if (version <= 2 && exec(s, "ALTER TABLE attributions ADD COLUMN gender TEXT;"
                              "ALTER TABLE attributions ADD COLUMN inferred INTEGER NOT NULL "
                              "DEFAULT 0;"))
    return -1;
  /* 3 -> 4: a document's count of doubtful cues and a wider outlet index
   * (the profile reads only the index); the schema then adds the tables
   * that speaker pages read, filled here */
  if (version <= 3 &&
      exec(s, "ALTER TABLE documents ADD COLUMN doubtful INTEGER NOT NULL DEFAULT 0;"
              "UPDATE documents SET doubtful = c.n FROM (SELECT doc, count(*) AS n "
              "FROM attributions WHERE cue_class IN ('doubt','hostile','emotive') GROUP BY doc) c "
              "WHERE documents.doc = c.doc;"
              "DROP INDEX IF EXISTS documents_outlet;"))
    return -1;
  return create_schema(s) ||
         (fts && exec(s, "INSERT INTO quotes_fts(quotes_fts) VALUES('rebuild')")) ||
         (version <= 3 && ws_store_identity_tables(s)) || exec(s, "COMMIT");
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
static int read_next_attr(ws_store *s) {
  sqlite3_stmt *st = s->st[S_NEXT_ATTR];
  int rc = sqlite3_step(st);
  s->next_attr = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_reset(st);
  return rc == SQLITE_ROW ? 0 : -1;
}

ws_status ws_store_begin(ws_store *s, ws_error *err) {
  if (exec(s, "BEGIN IMMEDIATE") != SQLITE_OK) return db_error(s, err, "begin");
  if (read_next_attr(s)) {
    ws_status e = db_error(s, err, "begin");
    exec(s, "ROLLBACK");
    return e;
  }
  return WS_OK;
}

ws_status ws_store_commit(ws_store *s, ws_error *err) {
  return exec(s, "COMMIT") == SQLITE_OK ? WS_OK : db_error(s, err, "commit");
}

ws_status ws_store_rollback(ws_store *s, ws_error *err) {
  if (sqlite3_get_autocommit(s->db)) return WS_OK; /* nothing open */
  return exec(s, "ROLLBACK") == SQLITE_OK ? WS_OK : db_error(s, err, "rollback");
}

long long ws_store_count(ws_store *s, const char *table) {
  static const char *const ok[] = {"documents", "attributions", "clusters", "cluster_members",
                                   "shingles", NULL};
  int known = 0;
  for (int k = 0; ok[k]; k++) known |= !strcmp(ok[k], table);
  if (!known) return -1;
  char sql[96];
  snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
  return int64_of(s, sql);
}

/* ---- adding documents --------------------------------------------------- */

/* Bind n bytes as TEXT, NULs included.  Invalid UTF-8 is stored as U+FFFD,
 * one per bad byte, so TEXT columns are valid UTF-8 for every reader and
 * code-point offsets into them hold.  Returns -1 when out of memory. */
static int bind_utf8(sqlite3_stmt *st, int i, const char *v, size_t n) {
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

static int bind_text(sqlite3_stmt *st, int i, const char *v) {
  return bind_utf8(st, i, v, v ? strlen(v) : 0);
}

static int step_reset(sqlite3_stmt *st) {
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  return rc == SQLITE_DONE ? 0 : -1;
}

static int spans_json(ws_buf *b, const char *name, const ws_part *p, int comma) {
  if (ws_buf_printf(b, "%s\"%s\":[", comma ? "," : "", name)) return -1;
  for (size_t i = 0; i < p->nspans; i++)
    if (ws_buf_printf(b, "%s[%zu,%zu]", i ? "," : "", p->spans[i].start, p->spans[i].end))
      return -1;
  return ws_buf_put(b, "]", 1);
}

/* Words of the quoted parts of a content, lower-cased, letters and digits
 * only: what MemeTracker-style linking compares. */
static size_t quote_words(const char *s, size_t n, uint64_t *words, size_t cap) {
  size_t k = 0, i = 0;
  int inq = 0;
  uint64_t h = 0;
  int inword = 0;
  while (i < n && k < cap) {
    unsigned char c = (unsigned char)s[i];
    int q = c == '"' || (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                         ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D)) ||
            (c == '\'' && i + 1 < n && s[i + 1] == '\'');
    if (q) {
      if (inword) words[k++] = h;
      inword = 0;
      inq = !inq;
      i += c == 0xE2 ? 3 : c == '\'' ? 2 : 1;
      continue;
    }
    int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (inq && alnum) {
      if (!inword) h = 1469598103934665603ULL;
      unsigned char l = (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
      h = (h ^ l) * 1099511628211ULL;
      inword = 1;
    } else if (inword && c != '\'' && !(c == 0xE2 && i + 2 < n && (unsigned char)s[i + 2] == 0x99)) {
      words[k++] = h;
      inword = 0;
    }
    i++;
  }
  if (inword && k < cap) words[k++] = h;
  return k;
}

enum { SHINGLE = 5, MIN_QUOTE_WORDS = 8 };

/* shingle hashes of an attribution's quoted words; *n = 0 when too short */
static uint64_t *shingles_of(ws_doc *d, const ws_attr_rec *r, size_t *n_out) {
  uint64_t w[512];
  size_t n = 0;
  *n_out = 0;
  for (size_t f = 0; f < r->pub.content.nspans && n < 512; f++)
    n += quote_words(d->text + r->con_b[f].start, r->con_b[f].end - r->con_b[f].start, w + n,
                     512 - n);
  if (n < MIN_QUOTE_WORDS) return NULL;
  uint64_t *out = ws_arena_alloc(&d->arena, (n - SHINGLE + 1) * sizeof *out);
  if (!out) return NULL;
  for (size_t i = 0; i + SHINGLE <= n; i++) {
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (size_t k = 0; k < SHINGLE; k++) h = (h ^ w[i + k]) * 0xBF58476D1CE4E5B9ULL;
    h >>= 1;
    uint8_t *b = (uint8_t *)&out[i]; /* little-endian on disk, whatever the host */
    for (int k = 0; k < 8; k++) b[k] = (uint8_t)(h >> (8 * k));
  }
  *n_out = n - SHINGLE + 1;
  return out;
}

static int json_str(ws_buf *b, const char *name, const char *v, int comma) {
  if (ws_buf_printf(b, "%s\"%s\":", comma ? "," : "", name)) return -1;
  if (!v) return ws_buf_puts(b, "null");
  return ws_buf_put(b, "\"", 1) || ws_buf_json_str(b, v, strlen(v)) || ws_buf_put(b, "\"", 1);
}

/* the document's entities, loaded descriptors and scare quotes as JSON */
static int doc_json(const ws_doc *d, ws_buf *ents, ws_buf *loaded, ws_buf *scare) {
  if (ws_buf_put(ents, "[", 1)) return -1;
  for (size_t i = 0; i < d->nents; i++) {
    const ws_entity *e = &d->ents[i].pub;
    if ((i && ws_buf_put(ents, ",", 1)) || ws_buf_put(ents, "{", 1) ||
        json_str(ents, "name", e->name, 0) || json_str(ents, "type", e->type, 1) ||
        json_str(ents, "role", e->role, 1) || json_str(ents, "gender", e->gender, 1) ||
        ws_buf_puts(ents, ",\"aliases\":["))
      return -1;
    for (size_t k = 0; k < e->naliases; k++)
      if ((k && ws_buf_put(ents, ",", 1)) || ws_buf_put(ents, "\"", 1) ||
          ws_buf_json_str(ents, e->aliases[k], strlen(e->aliases[k])) || ws_buf_put(ents, "\"", 1))
        return -1;
    if (ws_buf_puts(ents, "]}")) return -1;
  }
  if (ws_buf_put(ents, "]", 1)) return -1;
  for (int sc = 0; sc < 2; sc++) {
    ws_buf *b = sc ? scare : loaded;
    const ws_frames *fr = sc ? &d->scare : &d->loaded;
    if (ws_buf_put(b, "[", 1)) return -1;
    for (size_t i = 0; i < fr->n; i++) {
      const ws_frame_item *f = &fr->v[i].pub;
      if ((i && ws_buf_put(b, ",", 1)) || ws_buf_put(b, "{", 1) || json_str(b, "text", f->part.text, 0) ||
          (!sc && (json_str(b, "word", f->trigger, 1) || json_str(b, "category", f->category, 1))) ||
          json_str(b, "target", f->target, 1) ||
          ws_buf_printf(b, ",\"start\":%zu,\"end\":%zu}", f->part.spans[0].start,
                        f->part.spans[f->part.nspans - 1].end))
        return -1;
    }
    if (ws_buf_put(b, "]", 1)) return -1;
  }
  return 0;
}

struct ws_store_prep {
  char key[48];
  const char *ents, *loaded, *scare;
  size_t ents_len, loaded_len, scare_len;
  const char **spans, **names;   /* per attribution */
  uint64_t **sh;
  size_t *nsh;
};

static const char *arena_copy(ws_doc *d, const ws_buf *b, size_t from, size_t *len) {
  *len = b->len - from;
  return ws_arena_strndup(&d->arena, b->data ? b->data + from : "", *len);
}

ws_status ws_store_prepare(ws_doc *d, ws_error *err) {
  if (d->prep) return WS_OK;
  struct ws_store_prep *p = ws_arena_alloc(&d->arena, sizeof *p);
  size_t na = d->nattrs ? d->nattrs : 1;
  ws_buf b = {0}, ents = {0}, loaded = {0}, scare = {0};
  if (!p || !(p->spans = ws_arena_alloc(&d->arena, na * sizeof *p->spans)) ||
      !(p->names = ws_arena_alloc(&d->arena, na * sizeof *p->names)) ||
      !(p->sh = ws_arena_alloc(&d->arena, na * sizeof *p->sh)) ||
      !(p->nsh = ws_arena_alloc(&d->arena, na * sizeof *p->nsh)))
    goto oom;
  /* the key: a hash of id and text, so the same document is one row */
  uint64_t h1 = 1469598103934665603ULL, h2 = 0x84222325CBF29CE4ULL;
  const char *id = d->id ? d->id : "";
  for (const char *c = id; *c; c++) h1 = (h1 ^ (unsigned char)*c) * 1099511628211ULL;
  h1 = (h1 ^ 0x1F) * 1099511628211ULL;
  for (size_t i = 0; i < d->len; i++) {
    h1 = (h1 ^ (unsigned char)d->text[i]) * 1099511628211ULL;
    h2 = (h2 + (unsigned char)d->text[i] + 1) * 0x9E3779B97F4A7C15ULL;
    h2 ^= h2 >> 29;
  }
  snprintf(p->key, sizeof p->key, "%016llx%016llx-%zu", (unsigned long long)h1,
           (unsigned long long)h2, d->len);
  if (doc_json(d, &ents, &loaded, &scare) ||
      !(p->ents = arena_copy(d, &ents, 0, &p->ents_len)) ||
      !(p->loaded = arena_copy(d, &loaded, 0, &p->loaded_len)) ||
      !(p->scare = arena_copy(d, &scare, 0, &p->scare_len)))
    goto oom;
  for (size_t i = 0; i < d->nattrs; i++) {
    const ws_attr_rec *r = &d->attrs[i];
    const ws_attribution *a = &r->pub;
    size_t len;
    b.len = 0;
    if (ws_buf_put(&b, "{", 1) || (a->has_source && spans_json(&b, "source", &a->source, 0)) ||
        spans_json(&b, "cue", &a->cue, a->has_source) || spans_json(&b, "content", &a->content, 1) ||
        ws_buf_put(&b, "}", 1) || !(p->spans[i] = arena_copy(d, &b, 0, &len)))
      goto oom;
    /* "|name|alias|...|": the speaker's names, for lookups by alias */
    if (a->source_entity >= 0 && (size_t)a->source_entity < d->nents) {
      const ws_entity *e = &d->ents[a->source_entity].pub;
      b.len = 0;
      if (ws_buf_put(&b, "|", 1) || ws_buf_puts(&b, e->name) || ws_buf_put(&b, "|", 1)) goto oom;
      for (size_t k = 0; k < e->naliases; k++)
        if (ws_buf_puts(&b, e->aliases[k]) || ws_buf_put(&b, "|", 1)) goto oom;
      if (!(p->names[i] = arena_copy(d, &b, 0, &len))) goto oom;
    }
    if (a->kind && strcmp(a->kind, "indirect")) p->sh[i] = shingles_of(d, r, &p->nsh[i]);
  }
  ws_buf_free(&b);
  ws_buf_free(&ents);
  ws_buf_free(&loaded);
  ws_buf_free(&scare);
  d->prep = p;
  return WS_OK;
oom:
  ws_buf_free(&b);
  ws_buf_free(&ents);
  ws_buf_free(&loaded);
  ws_buf_free(&scare);
  ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
  return WS_ERR_NOMEM;
}

ws_status ws_store_add(ws_store *s, ws_doc *d, int *added, ws_error *err) {
  if (added) *added = 0;
  ws_status rc = ws_store_prepare(d, err);
  if (rc != WS_OK) return rc;
  const struct ws_store_prep *p = d->prep;
  const char *what = "documents";
  int bad = 0;
  if (sqlite3_get_autocommit(s->db) && read_next_attr(s)) goto fail;
  ws_profile pf;
  ws_doc_profile(d, &pf);
  sqlite3_stmt *st = s->st[S_DOC];
  bad |= bind_text(st, 1, p->key);
  bad |= bind_text(st, 2, d->id);
  bad |= bind_text(st, 3, d->outlet);
  bad |= bind_text(st, 4, d->date);
  bad |= bind_text(st, 5, d->title);
  bad |= bind_text(st, 6, d->url);
  bad |= bind_utf8(st, 7, d->text, d->len);
  size_t counts[] = {pf.attributions, pf.named, pf.anonymous, pf.group, pf.media, pf.no_source,
                     pf.second_hand, pf.direct, pf.indirect, pf.mixed};
  for (int k = 0; k < 10; k++) sqlite3_bind_int64(st, 8 + k, (sqlite3_int64)counts[k]);
  sqlite3_bind_text(st, 18, p->ents, (int)p->ents_len, SQLITE_STATIC);
  sqlite3_bind_text(st, 19, p->loaded, (int)p->loaded_len, SQLITE_STATIC);
  sqlite3_bind_text(st, 20, p->scare, (int)p->scare_len, SQLITE_STATIC);
  sqlite3_bind_int64(st, 21, (sqlite3_int64)(pf.cue_class[WS_CUE_DOUBT] + pf.cue_class[WS_CUE_HOSTILE] +
                                              pf.cue_class[WS_CUE_EMOTIVE]));
  if (bad || step_reset(st)) goto fail;
  if (!sqlite3_changes(s->db)) return WS_OK; /* stored before */
  sqlite3_int64 doc = sqlite3_last_insert_rowid(s->db);
  what = "attributions";
  /* every parameter is bound for every row: statements keep bindings */
  sqlite3_int64 attr0 = s->next_attr;
  for (size_t i = 0; i < d->nattrs; i++) {
    const ws_attribution *a = &d->attrs[i].pub;
    sqlite3_int64 attr = attr0 + (sqlite3_int64)i;
    st = s->st[S_ATTR];
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
    bad |= bind_utf8(st, 3, a->has_source ? a->source.text : NULL, a->source.len);
    bad |= bind_text(st, 4, a->has_source ? a->source_canonical : NULL);
    bad |= bind_text(st, 5, a->has_source ? a->source_type : NULL);
    bad |= bind_text(st, 6, a->source_org);
    if (a->source_entity >= 0) sqlite3_bind_int64(st, 7, a->source_entity);
    else sqlite3_bind_null(st, 7);
    bad |= bind_text(st, 8, p->names[i]);
    bad |= bind_utf8(st, 9, a->cue.text, a->cue.len);
    bad |= bind_text(st, 10, a->cue_lemma);
    bad |= bind_text(st, 11, a->cue_class);
    bad |= bind_utf8(st, 12, a->content.text, a->content.len);
    bad |= bind_text(st, 13, a->kind);
    bad |= bind_text(st, 14, p->spans[i]);
    if (a->parent >= 0 && (size_t)a->parent < d->nattrs) sqlite3_bind_int64(st, 15, attr0 + a->parent);
    else sqlite3_bind_null(st, 15);
    bad |= bind_text(st, 16, a->channel);
    bad |= bind_text(st, 17, a->recipient);
    sqlite3_bind_int(st, 18, a->second_hand);
    sqlite3_bind_int64(st, 19, attr);
    bad |= bind_text(st, 20, a->has_source ? a->source_gender : NULL);
    sqlite3_bind_int(st, 21, a->inferred);
    if (bad || step_reset(st)) goto fail;
    st = s->st[S_FTS_Q];
    sqlite3_bind_int64(st, 1, attr);
    bad |= bind_utf8(st, 2, a->content.text, a->content.len);
    bad |= bind_text(st, 3, a->has_source ? a->source_canonical : NULL);
    bad |= bind_text(st, 4, p->names[i]);
    if (bad || step_reset(st)) goto fail;
    if (p->nsh[i]) {
      sqlite3_bind_int64(s->st[S_SHINGLE], 1, attr);
      sqlite3_bind_blob(s->st[S_SHINGLE], 2, p->sh[i], (int)(p->nsh[i] * 8), SQLITE_STATIC);
      sqlite3_bind_int64(s->st[S_SHINGLE], 3, doc);
      if (step_reset(s->st[S_SHINGLE])) goto fail;
    }
  }
  s->next_attr = attr0 + (sqlite3_int64)d->nattrs;
  what = "search index";
  st = s->st[S_FTS_D];
  sqlite3_bind_int64(st, 1, doc);
  bad |= bind_text(st, 2, d->title);
  bad |= bind_utf8(st, 3, d->text, d->len);
  if (bad || step_reset(st)) goto fail;
  if (added) *added = 1;
  return WS_OK;
fail:
  if (bad) {
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "%s: out of memory", what);
    return WS_ERR_NOMEM;
  }
  return db_error(s, err, what);
}

/* ---- clusters ----------------------------------------------------------- */

static sqlite3_int64 find(sqlite3_int64 *up, sqlite3_int64 x) {
  while (up[x] != x) {
    up[x] = up[up[x]];
    x = up[x];
  }
  return x;
}

/* pairs of quotations and how many rare shingles they share */
typedef struct pairmap {
  uint64_t *key;
  uint32_t *count;
  size_t cap, n;
} pairmap;

static int pair_add(pairmap *m, uint64_t k) {
  if ((m->n + 1) * 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 1024;
    uint64_t *nk = ws_calloc(cap, sizeof *nk);
    uint32_t *nc = ws_calloc(cap, sizeof *nc);
    if (!nk || !nc) {
      ws_free(nk);
      ws_free(nc);
      return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
      if (!m->key[i]) continue;
      size_t h = (size_t)((m->key[i] * 0x9E3779B97F4A7C15ULL) >> 20) & (cap - 1);
      while (nk[h]) h = (h + 1) & (cap - 1);
      nk[h] = m->key[i];
      nc[h] = m->count[i];
    }
    ws_free(m->key);
    ws_free(m->count);
    m->key = nk;
    m->count = nc;
    m->cap = cap;
  }
  size_t h = (size_t)((k * 0x9E3779B97F4A7C15ULL) >> 20) & (m->cap - 1);
  while (m->key[h] && m->key[h] != k) h = (h + 1) & (m->cap - 1);
  if (!m->key[h]) {
    m->key[h] = k;
    m->n++;
  }
  m->count[h]++;
  return 0;
}

typedef struct hpair {
  uint64_t h;
  sqlite3_int64 attr;
} hpair;

/* Sort by hash, stably (pairs come in attribution order and stay so
 * within a hash): least-significant-byte-first radix sort, linear.
 * Returns 0, or -1 out of memory. */
static int sort_hpairs(hpair *v, size_t n) {
  if (n < 2) return 0;
  hpair *tmp = ws_malloc(n * sizeof *tmp);
  if (!tmp) return -1;
  hpair *from = v, *to = tmp;
  for (int shift = 0; shift < 64; shift += 8) {
    size_t count[257] = {0};
    for (size_t i = 0; i < n; i++) count[((from[i].h >> shift) & 0xFF) + 1]++;
    if (count[((from[0].h >> shift) & 0xFF) + 1] == n) continue; /* one bucket: no move */
    for (int b = 0; b < 256; b++) count[b + 1] += count[b];
    for (size_t i = 0; i < n; i++) to[count[(from[i].h >> shift) & 0xFF]++] = from[i];
    hpair *t = from;
    from = to;
    to = t;
  }
  if (from != v) memcpy(v, from, n * sizeof *v);
  ws_free(tmp);
  return 0;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

static int cmp_hpair_h(const void *a, const void *b) {
  uint64_t x = ((const hpair *)a)->h, y = ((const hpair *)b)->h;
  return (x > y) - (x < y);
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

/* how many distinct nonzero values; sorts v */
static size_t distinct_u32(uint32_t *v, size_t n) {
  qsort(v, n, sizeof *v, cmp_u32);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) k += v[i] && (!i || v[i] != v[i - 1]);
  return k;
}

/* What clustering holds in memory, per attribution (its document and
 * union-find parent) and per document (outlet and date as small numbers:
 * outlets numbered in index order, dates by rank, 0 for none). */
typedef struct clusterer {
  sqlite3_int64 max_attr, max_doc;
  sqlite3_int64 *up, *docof;
  /* the canonical order of quotations, whatever order documents were
   * stored in (--jobs, reruns): by document key, then place in the
   * document.  crank[attr] = docrank << 32 | attr - first quotation of
   * its document */
  uint64_t *crank;
  sqlite3_int64 *docfirst;
  uint32_t *docrank;
  uint32_t *outlet, *date;
  char **dates; /* distinct dates, sorted; date rank r is dates[r - 1] */
  size_t ndates;
  hpair *hp;
  size_t nhp;
  uint32_t *nsh;        /* shingles of each quotation */
  size_t *off;          /* where they start in hs */
  uint64_t *hs;         /* each quotation's shingles, sorted */
  sqlite3_int64 *who;   /* its speaker's identity, 0 when none */
} clusterer;

static void clusterer_free(clusterer *k) {
  for (size_t i = 0; i < k->ndates; i++) ws_free(k->dates[i]);
  ws_free(k->dates);
  ws_free(k->up);
  ws_free(k->docof);
  ws_free(k->crank);
  ws_free(k->docfirst);
  ws_free(k->docrank);
  ws_free(k->outlet);
  ws_free(k->date);
  ws_free(k->hp);
  ws_free(k->nsh);
  ws_free(k->off);
  ws_free(k->hs);
  ws_free(k->who);
}

/* every (shingle hash, quotation) pair, and each quotation's document */
static int load_shingles(ws_store *s, clusterer *k) {
  sqlite3_stmt *v;
  size_t cap = 0;
  if (sqlite3_prepare_v2(s->db, "SELECT attr, hashes, doc FROM shingles", -1, &v, NULL) != SQLITE_OK)
    return -1;
  int rc;
  while ((rc = sqlite3_step(v)) == SQLITE_ROW) {
    sqlite3_int64 attr = sqlite3_column_int64(v, 0);
    const uint8_t *blob = sqlite3_column_blob(v, 1);
    size_t nb = (size_t)sqlite3_column_bytes(v, 1) / 8;
    sqlite3_int64 doc = sqlite3_column_int64(v, 2);
    if (attr < 1 || attr > k->max_attr || doc < 1 || doc > k->max_doc) continue;
    if (k->nsh[attr] || nb > UINT32_MAX) continue; /* a key once */
    k->docof[attr] = doc;
    k->nsh[attr] = (uint32_t)nb;
    k->off[attr] = k->nhp;
    if (!k->docfirst[doc] || attr < k->docfirst[doc]) k->docfirst[doc] = attr;
    if (k->nhp + nb > cap) {
      cap = (k->nhp + nb) * 2;
      hpair *x = ws_realloc(k->hp, cap * sizeof *x);
      if (!x) break;
      k->hp = x;
    }
    for (size_t i = 0; i < nb; i++) {
      uint64_t h = 0;
      for (int b = 0; b < 8; b++) h |= (uint64_t)blob[8 * i + b] << (8 * b);
      k->hp[k->nhp++] = (hpair){h, attr};
    }
  }
  sqlite3_finalize(v);
  if (rc != SQLITE_DONE) return -1;
  /* each quotation's shingles, sorted, for exact overlaps */
  if (!(k->hs = ws_malloc((k->nhp ? k->nhp : 1) * sizeof *k->hs))) return -1;
  for (size_t i = 0; i < k->nhp; i++) k->hs[i] = k->hp[i].h;
  for (sqlite3_int64 a = 1; a <= k->max_attr; a++)
    if (k->nsh[a] > 1) qsort(k->hs + k->off[a], k->nsh[a], sizeof *k->hs, cmp_u64);
  return 0;
}

/* each quotation's speaker identity (ws_store_identities) */
static int load_speakers(ws_store *s, clusterer *k) {
  sqlite3_stmt *v;
  if (sqlite3_prepare_v2(s->db,
                         "SELECT s.attr, n.identity FROM shingles s JOIN attributions a ON a.attr = s.attr "
                         "JOIN speaker_names n ON n.name = a.speaker",
                         -1, &v, NULL) != SQLITE_OK)
    return -1;
  int rc;
  while ((rc = sqlite3_step(v)) == SQLITE_ROW) {
    sqlite3_int64 attr = sqlite3_column_int64(v, 0);
    if (attr >= 1 && attr <= k->max_attr) k->who[attr] = sqlite3_column_int64(v, 1);
  }
  sqlite3_finalize(v);
  return rc == SQLITE_DONE ? 0 : -1;
}

/* Two quotations that share rare shingles (link_quotations found them)
 * are one statement when the shingles they share, rare or not, are
 * enough of the shorter one: at least 40 % of its
 * shingles (or 8, twelve words, whatever the lengths), and the speakers
 * are compatible (the same identity, or one unknown).  Quotations of two
 * different speakers are one statement only when the shorter is a
 * near-verbatim part of the other (75 %, and 4 shingles at least): the
 * same words with the speaker named differently ("Felipe Calderon",
 * "Felipe Calderón").  Stock phrases ("president of the United States",
 * "at the end of the day") are a small part of each quotation, so they
 * link nothing.  On the labelled sample (tests/cluster-pairs.tsv) the
 * different statements share at most 29 % of the shorter quotation. */
static int one_statement(const clusterer *k, sqlite3_int64 a, sqlite3_int64 b) {
  uint32_t m = k->nsh[a] < k->nsh[b] ? k->nsh[a] : k->nsh[b];
  /* the shingles both hold, frequent ones too */
  const uint64_t *x = k->hs + k->off[a], *y = k->hs + k->off[b];
  uint32_t i = 0, j = 0, c = 0;
  while (i < k->nsh[a] && j < k->nsh[b]) {
    if (x[i] < y[j]) i++;
    else if (x[i] > y[j]) j++;
    else c++, i++, j++;
  }
  if (c < 2 || !m) return 0;
  int same = !k->who[a] || !k->who[b] || k->who[a] == k->who[b];
  if (same) return c * 5 >= m * 2 || c >= 8;
  return c * 4 >= m * 3 && c >= 4;
}

/* Link quotations that share rare shingles (one_statement); returns 0,
 * or -1 out of memory. */
static int link_quotations(clusterer *k) {
  enum { RARE = 50, SHARED = 2 };
  if (sort_hpairs(k->hp, k->nhp)) return -1;
  pairmap pairs = {0};
  sqlite3_int64 group[RARE];
  hpair *hp = k->hp;
  int bad = 0;
  for (size_t i = 0; i < k->nhp && !bad;) {
    size_t j = i;
    while (j < k->nhp && hp[j].h == hp[i].h) j++;
    size_t ng = j - i;
    if (ng >= 2 && ng <= RARE) {
      for (size_t a = 0; a < ng; a++) group[a] = hp[i + a].attr;
      for (size_t a = 0; a < ng && !bad; a++)
        for (size_t b = a + 1; b < ng && !bad; b++) {
          uint64_t x = (uint64_t)group[a], y = (uint64_t)group[b];
          bad = x != y && pair_add(&pairs, x < y ? x << 32 | y : y << 32 | x);
        }
    } else if (ng > RARE) {
      /* a phrase many quotations share: a statement quoted everywhere, or
       * a stock phrase.  Link neighbours in canonical order only — the
       * same statement gives the same neighbours for each of its
       * shingles, so its pairs reach SHARED; a stock phrase's do not */
      hpair *c = ws_malloc(ng * sizeof *c);
      if (!c) {
        bad = 1;
        break;
      }
      /* (canonical rank, attribution) pairs: sorting by rank is sorting
       * by h as the radix sort does */
      for (size_t a = 0; a < ng; a++) c[a] = (hpair){k->crank[hp[i + a].attr], hp[i + a].attr};
      qsort(c, ng, sizeof *c, cmp_hpair_h);
      for (size_t a = 1; a < ng && !bad; a++) {
        uint64_t x = (uint64_t)c[a - 1].attr, y = (uint64_t)c[a].attr;
        bad = x != y && pair_add(&pairs, x < y ? x << 32 | y : y << 32 | x);
      }
      ws_free(c);
    }
    i = j;
  }
  for (size_t i = 0; i < pairs.cap && !bad; i++) {
    if (!pairs.key[i] || pairs.count[i] < SHARED) continue;
    sqlite3_int64 a = (sqlite3_int64)(pairs.key[i] >> 32);
    sqlite3_int64 b = (sqlite3_int64)(pairs.key[i] & 0xFFFFFFFFu);
    if (one_statement(k, a, b)) k->up[find(k->up, a)] = find(k->up, b);
  }
  ws_free(pairs.key);
  ws_free(pairs.count);
  return bad ? -1 : 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Each document's rank by key, then each quotation's canonical rank.
 * Returns 0 or -1. */
static int canonical_order(ws_store *s, clusterer *k) {
  sqlite3_stmt *v;
  if (sqlite3_prepare_v2(s->db, "SELECT doc FROM documents ORDER BY key", -1, &v, NULL) != SQLITE_OK)
    return -1;
  uint32_t r = 0;
  int step;
  while ((step = sqlite3_step(v)) == SQLITE_ROW) {
    sqlite3_int64 doc = sqlite3_column_int64(v, 0);
    if (doc >= 1 && doc <= k->max_doc) k->docrank[doc] = ++r;
  }
  sqlite3_finalize(v);
  if (step != SQLITE_DONE) return -1;
  for (sqlite3_int64 a = 1; a <= k->max_attr; a++) {
    sqlite3_int64 d = k->docof[a];
    k->crank[a] = d ? (uint64_t)k->docrank[d] << 32 | (uint64_t)(a - k->docfirst[d]) : UINT64_MAX;
  }
  return 0;
}


/* Outlet and date of every document, from the documents_outlet index
 * (which holds them without the articles).  Returns 0 or -1. */
static int load_documents(ws_store *s, clusterer *k) {
  sqlite3_stmt *v = NULL;
  size_t cap = 0;
  int rc = -1;
  /* the distinct dates, sorted, give each date its rank */
  if (sqlite3_prepare_v2(s->db, "SELECT DISTINCT date FROM documents WHERE date IS NOT NULL ORDER BY date",
                         -1, &v, NULL) != SQLITE_OK)
    goto done;
  int step;
  while ((step = sqlite3_step(v)) == SQLITE_ROW) {
    if (k->ndates == cap) {
      cap = cap ? 2 * cap : 256;
      char **x = ws_realloc(k->dates, cap * sizeof *x);
      if (!x) goto done;
      k->dates = x;
    }
    if (!(k->dates[k->ndates] = ws_strdup((const char *)sqlite3_column_text(v, 0)))) goto done;
    k->ndates++;
  }
  if (step != SQLITE_DONE) goto done;
  sqlite3_finalize(v);
  if (sqlite3_prepare_v2(s->db, "SELECT doc, outlet, date FROM documents INDEXED BY documents_outlet",
                         -1, &v, NULL) != SQLITE_OK)
    goto done;
  uint32_t outlet_id = 0;
  char *last = NULL;
  while ((step = sqlite3_step(v)) == SQLITE_ROW) {
    sqlite3_int64 doc = sqlite3_column_int64(v, 0);
    const char *outlet = (const char *)sqlite3_column_text(v, 1);
    const char *date = (const char *)sqlite3_column_text(v, 2);
    if (outlet && (!last || strcmp(outlet, last))) { /* the index groups outlets */
      ws_free(last);
      if (!(last = ws_strdup(outlet))) goto done;
      outlet_id++;
    }
    if (doc < 1 || doc > k->max_doc) continue;
    k->outlet[doc] = outlet ? outlet_id : 0;
    if (date) {
      char **at = bsearch(&date, k->dates, k->ndates, sizeof *k->dates, cmp_str);
      k->date[doc] = at ? (uint32_t)(at - k->dates) + 1 : 0;
    }
  }
  ws_free(last);
  rc = step == SQLITE_DONE ? 0 : -1;
done:
  sqlite3_finalize(v);
  return rc;
}

/* A cluster while it is written: its members are order[from, to). */
typedef struct cluster_row {
  uint64_t min_crank;
  size_t from, to;
} cluster_row;

static int cmp_cluster_row(const void *a, const void *b) {
  uint64_t x = ((const cluster_row *)a)->min_crank, y = ((const cluster_row *)b)->min_crank;
  return (x > y) - (x < y);
}

/* Store the clusters of two or more quotations: members, then one row
 * per cluster with its first appearance (the earliest dated member, then
 * the first in canonical order), earliest date, and how many quotations,
 * outlets and documents.  Clusters are numbered from 1 in the canonical
 * order of their first members, so the same corpus gives the same
 * clusters however it was ingested.  Returns 0, or -1 with the database's
 * error. */
static int write_clusters(ws_store *s, clusterer *k) {
  sqlite3_stmt *m = NULL, *ins = NULL;
  sqlite3_int64 n = k->max_attr, *order = NULL;
  size_t *start = NULL, nrows = 0;
  uint32_t *outlets = NULL, *docs = NULL;
  cluster_row *rows = NULL;
  int rc = -1;
  /* members grouped by cluster (a counting sort by root) */
  if (!(start = ws_calloc((size_t)n + 2, sizeof *start)) || !(order = ws_malloc(((size_t)n + 1) * sizeof *order)) ||
      !(outlets = ws_malloc(((size_t)n + 1) * sizeof *outlets)) ||
      !(docs = ws_malloc(((size_t)n + 1) * sizeof *docs)) ||
      !(rows = ws_malloc(((size_t)n / 2 + 1) * sizeof *rows)))
    goto done;
  for (sqlite3_int64 i = 1; i <= n; i++) {
    k->up[i] = find(k->up, i);
    start[k->up[i] + 1]++;
  }
  for (sqlite3_int64 i = 1; i <= n + 1; i++) start[i] += start[i - 1];
  for (sqlite3_int64 i = 1; i <= n; i++) order[start[k->up[i]]++] = i;
  /* start[r] now ends root r's group; groups are consecutive in `order` */
  size_t from = 0;
  for (sqlite3_int64 r = 0; r <= n; r++) {
    size_t to = start[r];
    if (to - from >= 2) {
      uint64_t mc = UINT64_MAX;
      for (size_t i = from; i < to; i++)
        if (k->crank[order[i]] < mc) mc = k->crank[order[i]];
      rows[nrows++] = (cluster_row){mc, from, to};
    }
    from = to;
  }
  if (nrows) qsort(rows, nrows, sizeof *rows, cmp_cluster_row);
  if (sqlite3_prepare_v2(s->db, "INSERT INTO cluster_members(attr, cluster, doc) VALUES(?,?,?)", -1,
                         &m, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(s->db,
                         "INSERT INTO clusters(cluster, first_attr, first_date, size, outlets, "
                         "documents, text) VALUES(?1, ?2, ?3, ?4, ?5, ?6, "
                         "(SELECT content FROM attributions WHERE attr = ?2))",
                         -1, &ins, NULL) != SQLITE_OK)
    goto done;
  for (size_t c = 0; c < nrows; c++) {
    size_t size = rows[c].to - rows[c].from;
    sqlite3_int64 first = 0, id = (sqlite3_int64)c + 1;
    uint32_t first_date = 0;
    for (size_t i = rows[c].from; i < rows[c].to; i++) {
      sqlite3_int64 a = order[i], doc = k->docof[a];
      uint32_t date = k->date[doc];
      if (!first || (date && (!first_date || date < first_date)) ||
          (date == first_date && k->crank[a] < k->crank[first])) {
        first = a;
        first_date = date;
      }
      outlets[i - rows[c].from] = k->outlet[doc];
      docs[i - rows[c].from] = (uint32_t)doc; /* only counted: wrap-around harmless below 2^32 docs */
      sqlite3_bind_int64(m, 1, a);
      sqlite3_bind_int64(m, 2, id);
      sqlite3_bind_int64(m, 3, doc);
      if (step_reset(m)) goto done;
    }
    sqlite3_bind_int64(ins, 1, id);
    sqlite3_bind_int64(ins, 2, first);
    bind_text(ins, 3, first_date ? k->dates[first_date - 1] : NULL);
    sqlite3_bind_int64(ins, 4, (sqlite3_int64)size);
    sqlite3_bind_int64(ins, 5, (sqlite3_int64)distinct_u32(outlets, size));
    sqlite3_bind_int64(ins, 6, (sqlite3_int64)distinct_u32(docs, size));
    if (step_reset(ins)) goto done;
  }
  rc = 0;
done:
  ws_free(start);
  ws_free(order);
  ws_free(outlets);
  ws_free(docs);
  ws_free(rows);
  sqlite3_finalize(m);
  sqlite3_finalize(ins);
  return rc;
}

ws_status ws_store_cluster(ws_store *s, ws_error *err) {
  clusterer k = {0};
  k.max_attr = int64_of(s, "SELECT coalesce(max(attr), 0) FROM attributions");
  k.max_doc = int64_of(s, "SELECT coalesce(max(doc), 0) FROM documents");
  if (k.max_attr < 0 || k.max_doc < 0) return db_error(s, err, "clusters");
  size_t na = (size_t)k.max_attr + 1, nd = (size_t)k.max_doc + 1;
  if (!(k.up = ws_malloc(na * sizeof *k.up)) || !(k.docof = ws_calloc(na, sizeof *k.docof)) ||
      !(k.outlet = ws_calloc(nd, sizeof *k.outlet)) || !(k.date = ws_calloc(nd, sizeof *k.date)) ||
      !(k.crank = ws_malloc(na * sizeof *k.crank)) ||
      !(k.docfirst = ws_calloc(nd, sizeof *k.docfirst)) ||
      !(k.docrank = ws_calloc(nd, sizeof *k.docrank)) ||
      !(k.nsh = ws_calloc(na, sizeof *k.nsh)) || !(k.off = ws_calloc(na, sizeof *k.off)) ||
      !(k.who = ws_calloc(na, sizeof *k.who))) {
    clusterer_free(&k);
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory clustering");
    return WS_ERR_NOMEM;
  }
  for (size_t i = 0; i < na; i++) k.up[i] = (sqlite3_int64)i;
  if (load_shingles(s, &k) || load_speakers(s, &k) || load_documents(s, &k) ||
      canonical_order(s, &k)) {
    clusterer_free(&k);
    return db_error(s, err, "clusters");
  }
  if (link_quotations(&k)) {
    clusterer_free(&k);
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory clustering");
    return WS_ERR_NOMEM;
  }
  ws_free(k.hp);
  k.hp = NULL;
  if (exec(s, "BEGIN IMMEDIATE") || exec(s, "DELETE FROM cluster_members; DELETE FROM clusters") ||
      write_clusters(s, &k) || exec(s, "COMMIT")) {
    ws_status st = db_error(s, err, "clusters");
    exec(s, "ROLLBACK");
    clusterer_free(&k);
    return st;
  }
  clusterer_free(&k);
  return WS_OK;
}
