/* Fault injection, as SQLite's and yyjson's tests do it.
 *
 * Allocation failures: every allocation of the library, of SQLite and of
 * jansson goes through counting functions here; the Nth fails.  For each N
 * from 1 until a run completes without reaching N, analyze (read, analyse,
 * render) and ingest (store, commit, cluster) run on small inputs and must
 * (a) return an error or succeed, never crash (ASan/UBSan watch), (b) free
 * everything they allocated (live allocations back to where they were),
 * (c) when nothing reported an error, give exactly the output of a run
 * without faults (nothing lost silently), and (d) leave a store that
 * passes `PRAGMA integrity_check` and holds whole documents only.
 *
 * I/O errors: a VFS over the default one fails the Nth write, sync or
 * truncate of the store's files, for every N up to the writes of a clean
 * ingest; the store must then hold exactly the documents whose commit
 * succeeded, intact. */
#include "check.h"
#include "internal.h"

#include <jansson.h>
#include <sqlite3.h>
#include <unistd.h>

/* ---- counting allocators ---------------------------------------------- */

static long fail_at;   /* the allocation to fail, 0: none */
static long count;     /* allocations so far */
static long live;      /* blocks allocated and not freed (all three users) */
static int failed;     /* the failure happened */

static long trap_at; /* WS_FAULT_TRAP=N: stop in a debugger there */
static int should_fail(void) {
  if (++count == fail_at) {
    failed = 1;
    if (trap_at == fail_at) __builtin_trap();
    return 1;
  }
  return 0;
}

/* blocks carry their size in front, 16 bytes to keep alignment */
static void *blk_malloc(size_t n) {
  if (should_fail()) return NULL;
  size_t *p = malloc(n + 16);
  if (!p) return NULL;
  p[0] = n;
  live++;
  return (char *)p + 16;
}

static void blk_free(void *q) {
  if (!q) return;
  live--;
  free((char *)q - 16);
}

static size_t blk_size(void *q) { return q ? *(size_t *)((char *)q - 16) : 0; }

static void *blk_realloc(void *q, size_t n) {
  if (!q) return blk_malloc(n);
  if (should_fail()) return NULL;
  size_t *p = realloc((char *)q - 16, n + 16);
  if (!p) return NULL;
  p[0] = n;
  return (char *)p + 16;
}

static void *sq_malloc(int n) { return blk_malloc((size_t)n); }
static void sq_free(void *p) { blk_free(p); }
static void *sq_realloc(void *p, int n) { return blk_realloc(p, (size_t)n); }
static int sq_size(void *p) { return (int)blk_size(p); }
static int sq_roundup(int n) { return (n + 7) & ~7; }
/* jansson's own: it drops characters from a string when its buffer cannot
 * grow (libjansson 2.14, lex_scan_string) instead of failing the parse,
 * which no caller can see; such points are counted apart */
static int jansson_failed;
static void *js_malloc(size_t n) {
  void *p = blk_malloc(n);
  if (!p && failed) jansson_failed = 1;
  return p;
}

static int sq_init(void *x) { (void)x; return SQLITE_OK; }
static void sq_shutdown(void *x) { (void)x; }

static void arm(long n) {
  fail_at = n;
  count = 0;
  failed = 0;
  jansson_failed = 0;
}

/* ---- a VFS that fails the Nth write, sync or truncate ------------------- */

static sqlite3_vfs *real_vfs;
static long io_fail_at, io_count;

typedef struct ffile {
  sqlite3_file base;
  sqlite3_file *real; /* follows this struct */
} ffile;

static int io_fails(void) { return io_fail_at && ++io_count >= io_fail_at; }

#define REAL(f) (((ffile *)(f))->real)
static int f_close(sqlite3_file *f) {
  int rc = REAL(f)->pMethods ? REAL(f)->pMethods->xClose(REAL(f)) : SQLITE_OK;
  return rc;
}
static int f_read(sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
  return REAL(f)->pMethods->xRead(REAL(f), b, n, o);
}
static int f_write(sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
  if (io_fails()) return SQLITE_IOERR_WRITE;
  return REAL(f)->pMethods->xWrite(REAL(f), b, n, o);
}
static int f_truncate(sqlite3_file *f, sqlite3_int64 n) {
  if (io_fails()) return SQLITE_IOERR_TRUNCATE;
  return REAL(f)->pMethods->xTruncate(REAL(f), n);
}
static int f_sync(sqlite3_file *f, int flags) {
  if (io_fails()) return SQLITE_IOERR_FSYNC;
  return REAL(f)->pMethods->xSync(REAL(f), flags);
}
static int f_size(sqlite3_file *f, sqlite3_int64 *n) { return REAL(f)->pMethods->xFileSize(REAL(f), n); }
static int f_lock(sqlite3_file *f, int l) { return REAL(f)->pMethods->xLock(REAL(f), l); }
static int f_unlock(sqlite3_file *f, int l) { return REAL(f)->pMethods->xUnlock(REAL(f), l); }
static int f_reserved(sqlite3_file *f, int *r) {
  return REAL(f)->pMethods->xCheckReservedLock(REAL(f), r);
}
static int f_control(sqlite3_file *f, int op, void *a) {
  return REAL(f)->pMethods->xFileControl(REAL(f), op, a);
}
static int f_sector(sqlite3_file *f) { return REAL(f)->pMethods->xSectorSize(REAL(f)); }
static int f_caps(sqlite3_file *f) { return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f)); }

/* version 1 methods: no shared memory (the store uses a rollback journal) */
static const sqlite3_io_methods f_methods = {.iVersion = 1,
                                              .xClose = f_close,
                                              .xRead = f_read,
                                              .xWrite = f_write,
                                              .xTruncate = f_truncate,
                                              .xSync = f_sync,
                                              .xFileSize = f_size,
                                              .xLock = f_lock,
                                              .xUnlock = f_unlock,
                                              .xCheckReservedLock = f_reserved,
                                              .xFileControl = f_control,
                                              .xSectorSize = f_sector,
                                              .xDeviceCharacteristics = f_caps};

static int v_open(sqlite3_vfs *v, const char *name, sqlite3_file *f, int flags, int *out) {
  (void)v;
  ffile *ff = (ffile *)f;
  ff->real = (sqlite3_file *)(ff + 1);
  int rc = real_vfs->xOpen(real_vfs, name, ff->real, flags, out);
  ff->base.pMethods = rc == SQLITE_OK ? &f_methods : NULL;
  return rc;
}
static int v_delete(sqlite3_vfs *v, const char *n, int sync) {
  (void)v;
  return real_vfs->xDelete(real_vfs, n, sync);
}
static int v_access(sqlite3_vfs *v, const char *n, int flags, int *out) {
  (void)v;
  return real_vfs->xAccess(real_vfs, n, flags, out);
}
static int v_fullpath(sqlite3_vfs *v, const char *n, int k, char *out) {
  (void)v;
  return real_vfs->xFullPathname(real_vfs, n, k, out);
}
static int v_random(sqlite3_vfs *v, int n, char *out) {
  (void)v;
  return real_vfs->xRandomness(real_vfs, n, out);
}
static int v_sleep(sqlite3_vfs *v, int us) {
  (void)v;
  return real_vfs->xSleep(real_vfs, us);
}
static int v_time(sqlite3_vfs *v, double *t) {
  (void)v;
  return real_vfs->xCurrentTime(real_vfs, t);
}

static sqlite3_vfs faulty_vfs = {.iVersion = 1,
                                 .mxPathname = 512,
                                 .zName = "ws_faulty",
                                 .xOpen = v_open,
                                 .xDelete = v_delete,
                                 .xAccess = v_access,
                                 .xFullPathname = v_fullpath,
                                 .xRandomness = v_random,
                                 .xSleep = v_sleep,
                                 .xCurrentTime = v_time};

/* ---- the work under test --------------------------------------------- */

static const char *texts[] = {
    "date 2026-05-12 (Harbor Times) Tom Reyes, the harbor master, said the channel "
    "would close in May. \"We have no other choice,\" he told reporters on Monday.\n\n"
    "Critics argued that the county had ignored the fishermen, according to a report "
    "released by the Harbor Preservation Alliance.",
    "date 2026-05-13 (Lakeside Ledger) \"We have no other choice,\" Tom Reyes said "
    "on Tuesday, adding that repairs would cost $4 million. Ann Lee, a council member, "
    "claimed the estimate was inflated.",
};
static const char *jsonl = "{\"id\":\"w1\",\"outlet\":\"Wire\",\"date\":\"2026-05-14\","
                           "\"text\":\"The mayor said the bridge would reopen. \\\"It is safe,\\\" "
                           "she said.\"}";
enum { NTEXTS = 2 };

/* input k: a plain text with a header, or the JSON line */
static ws_doc *make_doc(int k, ws_error *err) {
  return k < NTEXTS ? ws_doc_new(texts[k], strlen(texts[k]), &(ws_meta){.id = "t"}, 1, err)
                    : ws_doc_from_json(jsonl, strlen(jsonl), 1, err);
}

/* Analyse and render every input into `out` (JSON then brat per
 * document).  Returns 0, or -1 when anything reported an error. */
static int analyze_all(ws_buf *out) {
  int bad = 0;
  for (int k = 0; k <= NTEXTS; k++) {
    ws_error err = {0};
    ws_doc *d = make_doc(k, &err);
    if (!d) {
      bad = 1;
      continue;
    }
    if (ws_analyze(d, ws_model_default(), &err) != WS_OK || ws_render_json(d, out) != WS_OK ||
        ws_render_brat(d, out) != WS_OK)
      bad = 1;
    ws_doc_free(d);
  }
  return bad ? -1 : 0;
}

/* Ingest every input into `path` in one transaction, then cluster.
 * Returns 0, or -1 when anything reported an error. */
static int ingest_all(const char *path, int docs_ok[NTEXTS + 1]) {
  ws_error err = {0};
  for (int k = 0; k <= NTEXTS; k++) docs_ok[k] = 0;
  ws_store *st = ws_store_open(path, &err);
  if (!st) return -1;
  int bad = 0;
  for (int k = 0; k <= NTEXTS; k++) {
    docs_ok[k] = 0;
    ws_doc *d = make_doc(k, &err);
    int added = 0;
    if (!d || ws_analyze(d, ws_model_default(), &err) != WS_OK || ws_store_begin(st, &err) != WS_OK) {
      bad = 1;
    } else if (ws_store_add(st, d, &added, &err) != WS_OK || ws_store_commit(st, &err) != WS_OK) {
      ws_store_rollback(st, NULL);
      bad = 1;
    } else {
      docs_ok[k] = 1;
    }
    ws_doc_free(d);
  }
  if (ws_store_cluster(st, &err) != WS_OK) bad = 1;
  ws_buf q = {0};
  if (ws_store_query(st, "profile", NULL, 10, 1, &q, &err) != WS_OK) bad = 1;
  ws_buf_free(&q);
  ws_store_close(st);
  return bad ? -1 : 0;
}

/* integrity, whole documents, and how many; -1 when the file cannot be
 * read at all */
static long store_state(const char *path, char *summary, size_t cap) {
  sqlite3 *db;
  long docs = -1;
  summary[0] = 0;
  /* read-write, so that a hot journal is rolled back as the next ingest would */
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, "unix") != SQLITE_OK) {
    sqlite3_close(db);
    return -1;
  }
  sqlite3_stmt *v;
  const char *sql =
      "SELECT (SELECT group_concat(integrity_check) FROM pragma_integrity_check), "
      "(SELECT count(*) FROM documents), "
      "(SELECT count(*) FROM documents d WHERE attributions != "
      " (SELECT count(*) FROM attributions a WHERE a.doc = d.doc)), "
      "(SELECT count(*) FROM attributions)";
  if (sqlite3_prepare_v2(db, sql, -1, &v, NULL) == SQLITE_OK && sqlite3_step(v) == SQLITE_ROW) {
    snprintf(summary, cap, "%s partial=%lld attributions=%lld", sqlite3_column_text(v, 0),
             sqlite3_column_int64(v, 2), sqlite3_column_int64(v, 3));
    docs = (long)sqlite3_column_int64(v, 1);
  } else {
    snprintf(summary, cap, "unreadable: %s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(v);
  sqlite3_close(db);
  return docs;
}

static int starts_ok(const char *summary) { return strncmp(summary, "ok partial=0 ", 13) == 0; }

int main(int argc, char **argv) {
  /* optional: sweep only every Kth point (a quick local run) */
  long stride = argc > 1 ? atol(argv[1]) : 1;
  trap_at = getenv("WS_FAULT_TRAP") ? atol(getenv("WS_FAULT_TRAP")) : 0;
  if (stride < 1) stride = 1;
  static const sqlite3_mem_methods mem = {sq_malloc, sq_free, sq_realloc, sq_size,
                                          sq_roundup, sq_init, sq_shutdown, NULL};
  CHECK(sqlite3_config(SQLITE_CONFIG_MALLOC, &mem) == SQLITE_OK);
  /* no lookaside: its slots would hide allocations from the sweep */
  CHECK(sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0) == SQLITE_OK);
  json_set_alloc_funcs(js_malloc, blk_free);
  ws_set_allocator(&(ws_allocator){blk_malloc, blk_realloc, blk_free});

  char dir[] = "/tmp/ws_faults_XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char path[256], ref_path[256];
  snprintf(path, sizeof path, "%s/s.db", dir);
  snprintf(ref_path, sizeof ref_path, "%s/ref.db", dir);

  /* the reference: no faults (this also loads the lexicons, which stay) */
  ws_buf ref = {0};
  arm(0);
  CHECK(analyze_all(&ref) == 0);
  int ok_docs[NTEXTS + 1];
  CHECK(ingest_all(ref_path, ok_docs) == 0);
  char ref_state[256];
  long ref_docs = store_state(ref_path, ref_state, sizeof ref_state);
  CHECK(ref_docs == NTEXTS + 1 && starts_ok(ref_state));
  long base = live;

  /* analyze: every allocation fails once */
  long points = 0, crashes_or_leaks = 0, silent = 0, upstream = 0, n;
  for (n = 1;; n += stride) {
    ws_buf out = {0};
    arm(n);
    int rc = analyze_all(&out);
    int hit = failed, in_jansson = jansson_failed;
    arm(0);
    if (rc == 0 && (out.len != ref.len || memcmp(out.data, ref.data, ref.len)) && in_jansson) {
      upstream++;
    } else if (rc == 0 && (out.len != ref.len || memcmp(out.data, ref.data, ref.len))) {
      silent++;
      fprintf(stderr, "analyze: allocation %ld failed, yet no error was reported\n", n);
    }
    ws_buf_free(&out);
    if (live != base) {
      crashes_or_leaks++;
      fprintf(stderr, "analyze: allocation %ld: %ld blocks leaked\n", n, live - base);
      base = live;
    }
    points++;
    if (!hit) break;
  }
  printf("analyze: %ld failure points, %ld with leaks, %ld silently wrong (and %ld inside "
         "jansson's string scanner)\n", points, crashes_or_leaks, silent, upstream);
  CHECK(points > 100 && crashes_or_leaks == 0 && silent == 0);

  /* ingest: every allocation fails once, a new store each time */
  long bad_stores = 0, lost = 0;
  points = crashes_or_leaks = upstream = 0;
  for (n = 1;; n += stride) {
    unlink(path);
    arm(n);
    int rc = ingest_all(path, ok_docs);
    int hit = failed, in_jansson = jansson_failed;
    arm(0);
    if (live != base) {
      crashes_or_leaks++;
      fprintf(stderr, "ingest: allocation %ld: %ld blocks leaked\n", n, live - base);
      base = live;
    }
    char state[256];
    long docs = store_state(path, state, sizeof state);
    int committed = 0;
    for (int k = 0; k <= NTEXTS; k++) committed += ok_docs[k];
    /* no file (the open failed) is fine; a file must be intact and hold
     * exactly the documents whose commit succeeded */
    if (docs >= 0 && (!starts_ok(state) || docs != committed)) {
      bad_stores++;
      fprintf(stderr, "ingest: allocation %ld: %s, %ld documents, %d committed\n", n, state, docs,
              committed);
    }
    if (rc == 0 && strcmp(state, ref_state) && in_jansson) {
      upstream++;
    } else if (rc == 0 && strcmp(state, ref_state)) {
      lost++;
      fprintf(stderr, "ingest: allocation %ld failed, yet no error was reported\n", n);
    }
    points++;
    if (!hit) break;
  }
  printf("ingest: %ld failure points, %ld with leaks, %ld bad stores, %ld silently wrong (and %ld "
         "inside jansson's string scanner)\n", points, crashes_or_leaks, bad_stores, lost, upstream);
  CHECK(points > 100 && crashes_or_leaks == 0 && bad_stores == 0 && lost == 0);

  /* I/O errors on every write, sync and truncate of a clean ingest */
  real_vfs = sqlite3_vfs_find(NULL);
  faulty_vfs.szOsFile = (int)sizeof(ffile) + real_vfs->szOsFile;
  faulty_vfs.mxPathname = real_vfs->mxPathname;
  CHECK(sqlite3_vfs_register(&faulty_vfs, 1) == SQLITE_OK);
  unlink(path);
  io_fail_at = 0;
  io_count = 0;
  /* count the writes of a clean run (io_fails counts only when armed) */
  io_fail_at = 1L << 40;
  CHECK(ingest_all(path, ok_docs) == 0);
  long writes = io_count;
  bad_stores = lost = 0;
  for (long k = 1; k <= writes; k += stride) {
    unlink(path);
    io_fail_at = k;
    io_count = 0;
    int rc = ingest_all(path, ok_docs);
    io_fail_at = 0;
    char state[256];
    long docs = store_state(path, state, sizeof state);
    int committed = 0;
    for (int j = 0; j <= NTEXTS; j++) committed += ok_docs[j];
    if (docs >= 0 && (!starts_ok(state) || docs < committed)) {
      bad_stores++;
      fprintf(stderr, "io: write %ld: %s, %ld documents, %d committed\n", k, state, docs, committed);
    }
    if (rc == 0 && strcmp(state, ref_state)) lost++;
  }
  if (live != base) fprintf(stderr, "io: %ld blocks leaked\n", live - base);
  printf("io: %ld write failure points, %ld bad stores, %ld silently wrong\n", writes, bad_stores, lost);
  CHECK(writes > 10 && bad_stores == 0 && lost == 0 && live == base);
  sqlite3_vfs_unregister(&faulty_vfs);

  ws_buf_free(&ref);
  unlink(path);
  unlink(ref_path);
  rmdir(dir);
  return DONE();
}
