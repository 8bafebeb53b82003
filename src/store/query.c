/* query.c — questions asked of the corpus store, answered as a terminal
 * table or as JSON (an array of objects, one per row). */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define IDS WS_IDS_SQL

static const struct {
  const char *what;
  const char *sql; /* ?1 = arg, ?2 = limit */
} queries[] = {
    /* the identities a name stands for (IDS): those with a speaker of
     * that name, else those whose name starts or ends with it; their
     * attributions in date order come from identity_quotes, so that only
     * the rows shown are read */
    {"speaker",
     IDS ", top AS MATERIALIZED (SELECT q.attr, i.name AS identity FROM identity_quotes q "
     " JOIN identities i USING (identity) WHERE q.identity IN ids "
     " ORDER BY q.date, q.outlet, q.attr LIMIT ?2) "
     "SELECT d.date, d.outlet, top.identity AS speaker, a.speaker AS named, a.cue, "
     "a.cue_class AS class, a.content, a.doc, a.attr "
     "FROM top JOIN attributions a ON a.attr = top.attr JOIN documents d ON d.doc = a.doc "
     "ORDER BY d.date, d.outlet, a.attr"},
    /* an identity's names, and how each joined it */
    {"aliases",
     IDS "SELECT i.identity, i.name AS speaker, n.name AS named, n.attributions, n.how "
     "FROM speaker_names n JOIN identities i USING (identity) WHERE n.identity IN ids "
     "ORDER BY i.identity, n.attributions DESC, n.name LIMIT ?2"},
    /* an identity's attributions by outlet */
    {"identity",
     IDS "SELECT i.identity, i.name AS speaker, i.type, i.gender, o.outlet, "
     "o.attributions, o.quotes FROM identities i JOIN identity_outlets o USING (identity) "
     "WHERE i.identity IN ids ORDER BY i.identity, o.attributions DESC, o.outlet LIMIT ?2"},
    /* one attribution in full, with its document, identity and cluster */
    {"show",
     "SELECT a.attr, a.doc, d.id AS document, d.outlet, d.date, a.n AS attribution, a.source, "
     "a.speaker, i.name AS identity, a.source_type AS type, a.gender, a.organization, a.cue, "
     "a.cue_lemma AS lemma, a.cue_class AS class, a.kind, a.inferred, a.confidence, a.content, "
     "a.channel, a.recipient, a.second_hand, a.parent, m.cluster, a.spans "
     "FROM attributions a JOIN documents d ON d.doc = a.doc "
     "LEFT JOIN speaker_names n ON n.name = a.speaker "
     "LEFT JOIN identities i ON i.identity = n.identity "
     "LEFT JOIN cluster_members m ON m.attr = a.attr WHERE a.attr = CAST(?1 AS INTEGER) LIMIT ?2"},
    /* one document in full */
    {"document",
     "SELECT doc, id, outlet, date, title, url, attributions, named, anonymous, grp AS group_, "
     "media, no_source, second_hand, direct, indirect, mixed, entities, text "
     "FROM documents WHERE doc = CAST(?1 AS INTEGER) LIMIT ?2"},
    /* speakers whose names are close to a name (for a lookup that found
     * nothing) */
    {"suggest",
     "SELECT i.name AS speaker, i.type, i.attributions FROM identities i WHERE i.identity IN ("
     " SELECT identity FROM speaker_names WHERE instr(lower(name), lower(?1)) > 0"
     " OR ws_edit(lower(name), lower(?1)) <= 2) "
     "ORDER BY i.attributions DESC, i.name LIMIT ?2"},
    {"search",
     "SELECT d.date, d.outlet, a.speaker, a.cue_class AS class, "
     "ws_snippet(a.content, ?1) AS quote, a.doc, a.attr "
     "FROM quotes_fts JOIN attributions a ON a.attr = quotes_fts.rowid "
     "JOIN documents d ON d.doc = a.doc WHERE quotes_fts MATCH ?1 ORDER BY rank LIMIT ?2"},
    {"articles",
     "SELECT d.date, d.outlet, d.id, d.title, ws_snippet(d.text, ?1) AS text, "
     "d.doc FROM documents_fts JOIN documents d ON d.doc = documents_fts.rowid "
     "WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2"},
    {"clusters",
     "SELECT cluster, first_date, outlets, documents, size, text FROM clusters "
     "WHERE outlets >= coalesce(CAST(?1 AS INTEGER), 2) "
     "ORDER BY outlets DESC, size DESC, cluster LIMIT ?2"},
    {"cluster",
     "SELECT d.date, d.outlet, a.speaker, a.cue, a.cue_class AS class, a.content, a.doc, a.attr "
     "FROM cluster_members m JOIN attributions a ON a.attr = m.attr JOIN documents d ON d.doc = a.doc "
     "WHERE m.cluster = CAST(?1 AS INTEGER) ORDER BY d.date IS NULL, d.date, a.attr LIMIT ?2"},
    {"speakers",
     "SELECT outlet, speaker, type, attributions FROM ("
     " SELECT d.outlet, i.name AS speaker, i.type, count(*) AS attributions,"
     " row_number() OVER (PARTITION BY d.outlet ORDER BY count(*) DESC, i.name) AS rk"
     " FROM attributions a JOIN speaker_names n ON n.name = a.speaker"
     " JOIN identities i USING (identity) JOIN documents d ON d.doc = a.doc"
     " WHERE ?1 IS NULL OR d.outlet = ?1"
     " GROUP BY d.outlet, i.identity) WHERE rk <= 5 ORDER BY outlet, attributions DESC LIMIT ?2"},
    /* one pass over the attributions for the cue classes of all outlets,
     * counted per document before documents are read */
    {"profile", WS_PROFILE_SQL("1") " LIMIT ?2"},
};

/* ---- snippets ----------------------------------------------------------
 * FTS5's snippet() reads the whole column of every row it shows: minutes
 * for one 100 MB article.  ws_snippet(text, query) looks only at the first
 * SNIPPET_WINDOW bytes: the first word there that one of the query's terms
 * matches (ASCII case folded; "term*" a prefix), with up to SNIPPET_WORDS
 * words around it, matches in [brackets].  Without a match in the window,
 * the text's first words. */
enum { SNIPPET_WINDOW = 1 << 20, SNIPPET_WORDS = 16, SNIPPET_BEFORE = 6 };

typedef struct term {
  const char *s;
  size_t n;
  int prefix;
} term;

static int word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int term_match(const term *t, size_t nt, const char *w, size_t n) {
  for (size_t k = 0; k < nt; k++) {
    if (n < t[k].n || (!t[k].prefix && n != t[k].n)) continue;
    size_t i = 0;
    while (i < t[k].n && lower((unsigned char)w[i]) == lower((unsigned char)t[k].s[i])) i++;
    if (i == t[k].n) return 1;
  }
  return 0;
}

static void snippet_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  const char *text = (const char *)sqlite3_value_text(argv[0]);
  const char *q = (const char *)sqlite3_value_text(argv[1]);
  if (!text) {
    sqlite3_result_null(ctx);
    return;
  }
  size_t n = (size_t)sqlite3_value_bytes(argv[0]);
  if (n > SNIPPET_WINDOW) n = SNIPPET_WINDOW;
  term t[WS_QUERY_MAX_TERMS];
  size_t nt = 0;
  for (const char *c = q ? q : ""; *c && nt < WS_QUERY_MAX_TERMS;) {
    if (!word_byte((unsigned char)*c)) {
      c++;
      continue;
    }
    const char *w = c;
    while (word_byte((unsigned char)*c)) c++;
    size_t wn = (size_t)(c - w);
    int op = (wn == 3 && (!strncmp(w, "AND", 3) || !strncmp(w, "NOT", 3))) ||
             (wn == 2 && !strncmp(w, "OR", 2)) || (wn == 4 && !strncmp(w, "NEAR", 4));
    if (*c == ':') continue; /* a column filter */
    if (!op) t[nt++] = (term){w, wn, *c == '*'};
  }
  /* the words before the first match (at most SNIPPET_BEFORE, a ring
   * until the match), the match, and the words after it */
  size_t ws[SNIPPET_WORDS], we[SNIPPET_WORDS], nw = 0, i = 0, total = (size_t)sqlite3_value_bytes(argv[0]);
  int hit = 0;
  while (i < n && nw < SNIPPET_WORDS) {
    while (i < n && !word_byte((unsigned char)text[i])) i++;
    if (i >= n) break;
    size_t a = i;
    while (i < n && word_byte((unsigned char)text[i])) i++;
    if (!hit && term_match(t, nt, text + a, i - a)) hit = 1;
    if (!hit && nw == SNIPPET_BEFORE) {
      memmove(ws, ws + 1, (nw - 1) * sizeof *ws);
      memmove(we, we + 1, (nw - 1) * sizeof *we);
      nw--;
    }
    ws[nw] = a;
    we[nw++] = i;
  }
  ws_buf b = {0};
  int e = 0;
  if (!hit) {
    /* no match in the window: the first words */
    size_t k = 0, m = 0;
    while (k < n && m < SNIPPET_WORDS) {
      while (k < n && !word_byte((unsigned char)text[k])) k++;
      while (k < n && word_byte((unsigned char)text[k])) k++;
      m++;
    }
    e = ws_buf_put(&b, text, k) || (k < total && ws_buf_puts(&b, "..."));
  } else {
    size_t at = ws[0];
    e = ws[0] > 0 && ws_buf_puts(&b, "...");
    for (size_t k = 0; k < nw && !e; k++) {
      int m = term_match(t, nt, text + ws[k], we[k] - ws[k]);
      e = ws_buf_put(&b, text + at, ws[k] - at) || (m && ws_buf_put(&b, "[", 1)) ||
          ws_buf_put(&b, text + ws[k], we[k] - ws[k]) || (m && ws_buf_put(&b, "]", 1));
      at = we[k];
    }
    e = e || (at < total && ws_buf_puts(&b, "..."));
  }
  if (e) sqlite3_result_error_nomem(ctx);
  else sqlite3_result_text(ctx, b.data ? b.data : "", (int)b.len, SQLITE_TRANSIENT);
  ws_buf_free(&b);
}

/* ws_edit(a, b): the edit distance of two strings of up to 64 bytes
 * (insertions, deletions, substitutions of bytes); 99 for longer ones */
static void edit_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  const unsigned char *a = sqlite3_value_text(argv[0]), *b = sqlite3_value_text(argv[1]);
  size_t an = a ? strlen((const char *)a) : 0, bn = b ? strlen((const char *)b) : 0;
  if (an > 64 || bn > 64) {
    sqlite3_result_int(ctx, 99);
    return;
  }
  int row[65];
  for (size_t j = 0; j <= bn; j++) row[j] = (int)j;
  for (size_t i = 1; i <= an; i++) {
    int diag = row[0];
    row[0] = (int)i;
    for (size_t j = 1; j <= bn; j++) {
      int up = row[j], best = diag + (a[i - 1] != b[j - 1]);
      if (up + 1 < best) best = up + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      diag = up;
      row[j] = best;
    }
  }
  sqlite3_result_int(ctx, row[bn]);
}

int ws_store_functions(sqlite3 *db) {
  int rc = sqlite3_create_function(db, "ws_snippet", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                   snippet_fn, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function(db, "ws_edit", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                 edit_fn, NULL, NULL);
  return rc;
}

/* One cell as display text: at most `w` code points; newlines and tabs as
 * spaces, other control characters (C0, DEL, C1) as visible escapes, so
 * stored text cannot drive the terminal. */
static int cell(ws_buf *b, const char *s, size_t w, int pad) {
  size_t cp = 0, i = 0, n = s ? strlen(s) : 0;
  while (i < n && cp < w) {
    size_t k = 1;
    unsigned char c = (unsigned char)s[i];
    if (c >= 0xC0) k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (i + k > n) k = n - i;
    if (cp + 1 == w && cp + 1 < n && i + k < n) { /* truncated: end with ~ */
      if (ws_buf_put(b, "~", 1)) return -1;
      cp++;
      break;
    }
    int c1 = c == 0xC2 && k == 2 && (unsigned char)s[i + 1] < 0xA0;
    if (c == '\n' || c == '\r' || c == '\t') {
      if (ws_buf_put(b, " ", 1)) return -1;
    } else if (c < 0x20 || c == 0x7F || c1) {
      char esc[8];
      snprintf(esc, sizeof esc, c1 ? "\\u%04x" : "\\x%02x", c1 ? (unsigned char)s[i + 1] : c);
      if (ws_buf_puts(b, esc)) return -1;
      cp += strlen(esc) - 1;
    } else if (ws_buf_put(b, s + i, k)) {
      return -1;
    }
    i += k;
    cp++;
  }
  while (pad && cp++ < w)
    if (ws_buf_put(b, " ", 1)) return -1;
  return 0;
}

static size_t width_of(const char *name) {
  if (!strcmp(name, "content") || !strcmp(name, "quote") || !strcmp(name, "text")) return 70;
  if (!strcmp(name, "title")) return 40;
  if (!strcmp(name, "speaker") || !strcmp(name, "outlet") || !strcmp(name, "id") ||
      !strcmp(name, "named"))
    return 24;
  if (!strcmp(name, "cue")) return 18;
  if (!strcmp(name, "date") || !strcmp(name, "first_date")) return 10;
  return strlen(name) > 7 ? strlen(name) : 7;
}

void ws_store_set_timeout(ws_store *s, long ms) { s->timeout_ms = ms > 0 ? ms : 0; }

static double now_ms(void) {
  struct timespec ts;
  timespec_get(&ts, TIME_UTC);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* SQLite's progress handler: a non-zero return interrupts the query */
static int over_time(void *deadline) { return now_ms() > *(const double *)deadline; }

/* words of a full-text query (terms and operators), to bound its work */
static size_t fts_terms(const char *q) {
  size_t n = 0;
  int in_word = 0;
  for (const char *c = q; *c; c++) {
    int space = *c == ' ' || *c == '\t' || *c == '\n' || *c == '\r';
    if (!space && !in_word) n++;
    in_word = !space;
  }
  return n;
}

/* "no speaker is called X; close names: A, B" */
static int suggest(ws_store *s, const char *name, ws_buf *out) {
  const char *sql = NULL;
  for (size_t k = 0; k < sizeof queries / sizeof queries[0]; k++)
    if (!strcmp(queries[k].what, "suggest")) sql = queries[k].sql;
  sqlite3_stmt *v;
  if (!sql || sqlite3_prepare_v2(s->db, sql, -1, &v, NULL) != SQLITE_OK) return 0;
  sqlite3_bind_text(v, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_int(v, 2, 5);
  int e = 0, n = 0;
  while (!e && sqlite3_step(v) == SQLITE_ROW) {
    e = ws_buf_puts(out, n++ ? ", " : "speakers with close names: ") ||
        cell(out, (const char *)sqlite3_column_text(v, 0), 60, 0);
  }
  if (!e && n) e = ws_buf_puts(out, "\n");
  sqlite3_finalize(v);
  return e;
}

/* display width of a cell: code points, control characters as the
 * escapes cell() writes */
static size_t display_width(const char *s) {
  size_t w = 0;
  for (const unsigned char *c = (const unsigned char *)s; c && *c; c++) {
    if ((*c & 0xC0) == 0x80) continue;
    if (*c == 0xC2 && c[1] >= 0x80 && c[1] < 0xA0) w += 6;
    else if ((*c < 0x20 && *c != '\n' && *c != '\t' && *c != '\r') || *c == 0x7F) w += 4;
    else w++;
  }
  return w;
}

/* ---- rows one at a time ------------------------------------------------ */

struct ws_rows {
  ws_store *s;
  sqlite3_stmt *v;
  int done, fts, ncol;
  double deadline;
  char what[24];
  char *arg; /* for messages */
};

static void rows_fail(ws_rows *r, int rc, const char *arg, ws_error *err) {
  ws_store *s = r->s;
  if (rc == SQLITE_INTERRUPT) {
    ws_set_error(err, WS_ERR_LIMIT, 0, 0,
                 "%s: stopped after %.1f s (the time limit); narrow the query", r->what,
                 (double)s->timeout_ms / 1000);
  } else if (r->fts && sqlite3_errcode(s->db) == SQLITE_ERROR) {
    /* FTS5 syntax errors and the like: the query's fault, said plainly */
    ws_set_error(err, WS_ERR_ARG, 0, 0, "%s: the search '%s' is not valid FTS5 syntax (%s)",
                 r->what, arg ? arg : "", sqlite3_errmsg(s->db));
  } else {
    ws_set_error(err, WS_ERR_DB, 0, 0, "%s: %s", r->what, sqlite3_errmsg(s->db));
  }
}

ws_rows *ws_store_rows(ws_store *s, const char *what, const char *arg, int limit,
                       ws_error *err) {
  const char *sql = NULL;
  for (size_t k = 0; what && k < sizeof queries / sizeof queries[0]; k++)
    if (!strcmp(queries[k].what, what)) sql = queries[k].sql;
  if (!s || !sql) {
    ws_set_error(err, WS_ERR_ARG, 0, 0, "unknown query '%s'", what ? what : "");
    return NULL;
  }
  int fts = !strcmp(what, "search") || !strcmp(what, "articles");
  size_t terms = fts && arg ? fts_terms(arg) : 0;
  if (terms > WS_QUERY_MAX_TERMS) {
    ws_set_error(err, WS_ERR_LIMIT, 0, 0, "%s: the query has %zu terms; at most %d are taken",
                 what, terms, WS_QUERY_MAX_TERMS);
    return NULL;
  }
  if (arg && (!strcmp(what, "cluster") || !strcmp(what, "clusters"))) {
    char *end;
    long long n = strtoll(arg, &end, 10);
    if (!*arg || *end || n < 1) {
      ws_set_error(err, WS_ERR_ARG, 0, 0, "%s: '%s' is not a %s", what, arg,
                   strcmp(what, "cluster") ? "number of outlets (1 or more)" : "cluster number");
      return NULL;
    }
  }
  ws_rows *r = ws_calloc(1, sizeof *r);
  if (!r) {
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
    return NULL;
  }
  r->s = s;
  r->fts = fts;
  if (arg && !(r->arg = ws_strdup(arg))) {
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
    ws_free(r);
    return NULL;
  }
  snprintf(r->what, sizeof r->what, "%s", what);
  if (sqlite3_prepare_v2(s->db, sql, -1, &r->v, NULL) != SQLITE_OK) {
    ws_set_error(err, WS_ERR_DB, 0, 0, "%s: %s", what, sqlite3_errmsg(s->db));
    ws_rows_free(r);
    return NULL;
  }
  if (arg) sqlite3_bind_text(r->v, 1, arg, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int(r->v, 2, limit > 0 ? limit : 50);
  r->ncol = sqlite3_column_count(r->v);
  /* a name that stands for nobody has no quotes (and no search to make) */
  if (arg && !strcmp(what, "speaker")) {
    sqlite3_stmt *v;
    int found = 1;
    if (sqlite3_prepare_v2(s->db, IDS "SELECT EXISTS (SELECT 1 FROM ids)", -1, &v, NULL) == SQLITE_OK) {
      sqlite3_bind_text(v, 1, arg, -1, SQLITE_STATIC);
      if (sqlite3_step(v) == SQLITE_ROW) found = sqlite3_column_int(v, 0);
      sqlite3_finalize(v);
    }
    r->done = !found;
  }
  r->deadline = now_ms() + (double)s->timeout_ms;
  return r;
}

int ws_rows_next(ws_rows *r, ws_error *err) {
  if (!r || r->done) return 0;
  ws_store *s = r->s;
  if (s->timeout_ms) sqlite3_progress_handler(s->db, 1000, over_time, &r->deadline);
  int rc = sqlite3_step(r->v);
  sqlite3_progress_handler(s->db, 0, NULL, NULL);
  if (rc == SQLITE_ROW) return 1;
  r->done = 1;
  if (rc == SQLITE_DONE) return 0;
  rows_fail(r, rc, r->arg, err);
  return -1;
}

int ws_rows_columns(const ws_rows *r) { return r ? r->ncol : 0; }

const char *ws_rows_name(const ws_rows *r, int col) {
  return r && col >= 0 && col < r->ncol ? sqlite3_column_name(r->v, col) : NULL;
}

ws_value_type ws_rows_type(const ws_rows *r, int col) {
  if (!r || col < 0 || col >= r->ncol) return WS_VALUE_NULL;
  switch (sqlite3_column_type(r->v, col)) {
    case SQLITE_INTEGER: return WS_VALUE_INT;
    case SQLITE_FLOAT: return WS_VALUE_REAL;
    case SQLITE_NULL: return WS_VALUE_NULL;
    default: return WS_VALUE_TEXT;
  }
}

long long ws_rows_int(const ws_rows *r, int col) {
  return r && col >= 0 && col < r->ncol ? sqlite3_column_int64(r->v, col) : 0;
}

double ws_rows_real(const ws_rows *r, int col) {
  return r && col >= 0 && col < r->ncol ? sqlite3_column_double(r->v, col) : 0;
}

const char *ws_rows_text(const ws_rows *r, int col) {
  return r && col >= 0 && col < r->ncol ? (const char *)sqlite3_column_text(r->v, col) : NULL;
}

void ws_rows_free(ws_rows *r) {
  if (!r) return;
  sqlite3_finalize(r->v);
  ws_free(r->arg);
  ws_free(r);
}

/* ---- tables and JSON --------------------------------------------------- */

ws_status ws_store_query(ws_store *s, const char *what, const char *arg, int limit, int flags,
                         ws_buf *out, ws_error *err) {
  int json = flags & WS_QUERY_JSON, wide = flags & WS_QUERY_WIDE;
  int vertical = !json && what && (!strcmp(what, "show") || !strcmp(what, "document"));
  ws_rows *r = ws_store_rows(s, what, arg, limit, err);
  if (!r) return err ? err->code : WS_ERR_ARG;
  sqlite3_stmt *v = r->v;
  int ncol = r->ncol > 64 ? 64 : r->ncol, e = 0, k = 0;
  size_t rows = 0;
  ws_error rerr = {0};
  /* --wide: a first pass sizes each column to its longest cell */
  size_t widths[64] = {0};
  for (int c = 0; c < ncol; c++) {
    const char *name = sqlite3_column_name(v, c);
    widths[c] = wide ? display_width(name) : width_of(name);
  }
  int nobody = r->done; /* a speaker name that names no identity */
  if (wide && !json && !vertical) {
    while ((k = ws_rows_next(r, &rerr)) == 1)
      for (int c = 0; c < ncol; c++) {
        const char *val = ws_rows_text(r, c);
        size_t w = display_width(val ? val : "-");
        if (w > widths[c]) widths[c] = w;
      }
    sqlite3_reset(v);
    r->done = k < 0 || nobody;
  }
  if (json) e = ws_buf_put(out, "[", 1);
  while (!e && (k = ws_rows_next(r, &rerr)) == 1) {
    if (vertical) { /* name, then the value in full, one column a line */
      size_t nw = 0;
      for (int c = 0; c < ncol; c++) {
        size_t w = strlen(sqlite3_column_name(v, c));
        if (w > nw) nw = w;
      }
      e = rows && ws_buf_put(out, "\n", 1);
      for (int c = 0; c < ncol && !e; c++) {
        const char *val = ws_rows_text(r, c);
        e = cell(out, sqlite3_column_name(v, c), nw, 1) || ws_buf_put(out, "  ", 2) ||
            cell(out, val ? val : "-", SIZE_MAX, 0) || ws_buf_put(out, "\n", 1);
      }
      rows++;
      continue;
    }
    if (!rows && !json) { /* header */
      for (int c = 0; c < ncol && !e; c++) {
        const char *name = sqlite3_column_name(v, c);
        e = (c && ws_buf_put(out, "  ", 2)) || cell(out, name, widths[c], c + 1 < ncol);
      }
      e = e || ws_buf_put(out, "\n", 1);
    }
    if (json) e = ws_buf_puts(out, rows ? ",{" : "{");
    for (int c = 0; c < ncol && !e; c++) {
      const char *name = sqlite3_column_name(v, c);
      const char *val = ws_rows_text(r, c);
      if (json) {
        e = ws_buf_printf(out, "%s\"%s\":", c ? "," : "", name);
        ws_value_type t = ws_rows_type(r, c);
        if (!e && t == WS_VALUE_NULL) e = ws_buf_puts(out, "null");
        else if (!e && (t == WS_VALUE_INT || t == WS_VALUE_REAL)) e = ws_buf_puts(out, val);
        else if (!e)
          e = ws_buf_put(out, "\"", 1) || ws_buf_json_str(out, val, strlen(val)) ||
              ws_buf_put(out, "\"", 1);
      } else {
        e = (c && ws_buf_put(out, "  ", 2)) || cell(out, val ? val : "-", widths[c], c + 1 < ncol);
      }
    }
    e = e || (json ? ws_buf_put(out, "}", 1) : ws_buf_put(out, "\n", 1));
    rows++;
  }
  if (!e && k >= 0) {
    if (json) e = ws_buf_puts(out, "]\n");
    else if (!rows) e = ws_buf_puts(out, "(no rows)\n");
    /* a name that finds nobody: the speakers with close names */
    if (!e && !json && nobody) e = suggest(s, arg, out);
  }
  ws_rows_free(r);
  if (e) {
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
    return WS_ERR_NOMEM;
  }
  if (k < 0) {
    if (err) *err = rerr;
    return rerr.code;
  }
  return WS_OK;
}
