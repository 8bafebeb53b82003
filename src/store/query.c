/* query.c — questions asked of the corpus store, answered as a terminal
 * table or as JSON (an array of objects, one per row). */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>

static const struct {
  const char *what;
  const char *sql; /* ?1 = arg, ?2 = limit */
} queries[] = {
    /* the quote index finds the speaker's words among their names; the
     * names then decide: the full name, a surname, or an alias */
    {"speaker",
     "SELECT d.date, d.outlet, a.speaker, a.cue, a.cue_class AS class, a.content, a.doc, a.attr "
     "FROM quotes_fts JOIN attributions a ON a.attr = quotes_fts.rowid "
     "JOIN documents d ON d.doc = a.doc "
     "WHERE quotes_fts MATCH '{names speaker} : \"' || replace(?1, '\"', '\"\"') || '\"' "
     "AND (a.speaker = ?1 COLLATE NOCASE OR a.speaker LIKE '% ' || ?1 "
     "OR a.names LIKE '%|' || ?1 || '|%') "
     "ORDER BY d.date, d.outlet, a.attr LIMIT ?2"},
    {"search",
     "SELECT d.date, d.outlet, a.speaker, a.cue_class AS class, "
     "snippet(quotes_fts, 0, '[', ']', '...', 16) AS quote, a.doc, a.attr "
     "FROM quotes_fts JOIN attributions a ON a.attr = quotes_fts.rowid "
     "JOIN documents d ON d.doc = a.doc WHERE quotes_fts MATCH ?1 ORDER BY rank LIMIT ?2"},
    {"articles",
     "SELECT d.date, d.outlet, d.id, d.title, snippet(documents_fts, 1, '[', ']', '...', 16) AS text, "
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
     " SELECT d.outlet, a.speaker, a.source_type AS type, count(*) AS attributions,"
     " row_number() OVER (PARTITION BY d.outlet ORDER BY count(*) DESC, a.speaker) AS rk"
     " FROM attributions a JOIN documents d ON d.doc = a.doc"
     " WHERE a.speaker IS NOT NULL AND (?1 IS NULL OR d.outlet = ?1)"
     " GROUP BY d.outlet, a.speaker) WHERE rk <= 5 ORDER BY outlet, attributions DESC LIMIT ?2"},
    /* one pass over the attributions for the cue classes of all outlets,
     * counted per document before documents are read */
    {"profile",
     "WITH cues AS MATERIALIZED (SELECT d.outlet, sum(c.n) AS n FROM (SELECT doc, count(*) AS n "
     "  FROM attributions WHERE cue_class IN ('doubt','hostile','emotive') GROUP BY doc) c "
     "  JOIN documents d ON d.doc = c.doc GROUP BY d.outlet) "
     "SELECT d.outlet, count(*) AS documents, sum(d.attributions) AS attributions, "
     "round(100.0 * sum(d.named) / max(sum(d.attributions), 1), 1) AS named_pct, "
     "round(100.0 * sum(d.anonymous) / max(sum(d.attributions), 1), 1) AS anonymous_pct, "
     "round(100.0 * sum(d.grp) / max(sum(d.attributions), 1), 1) AS group_pct, "
     "round(100.0 * sum(d.second_hand) / max(sum(d.attributions), 1), 1) AS second_hand_pct, "
     "round(100.0 * coalesce((SELECT n FROM cues WHERE cues.outlet IS d.outlet), 0) "
     "  / max(sum(d.attributions), 1), 1) AS doubt_hostile_emotive_pct "
     "FROM documents d GROUP BY d.outlet ORDER BY d.outlet LIMIT ?2"},
};

/* one cell as display text: at most `w` code points, newlines as spaces */
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
    if (c == '\n' || c == '\r' || c == '\t') {
      if (ws_buf_put(b, " ", 1)) return -1;
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
  if (!strcmp(name, "speaker") || !strcmp(name, "outlet") || !strcmp(name, "id")) return 24;
  if (!strcmp(name, "cue")) return 18;
  if (!strcmp(name, "date") || !strcmp(name, "first_date")) return 10;
  return strlen(name) > 7 ? strlen(name) : 7;
}

ws_status ws_store_query(ws_store *s, const char *what, const char *arg, int limit, int json,
                         ws_buf *out, ws_error *err) {
  const char *sql = NULL;
  for (size_t k = 0; k < sizeof queries / sizeof queries[0]; k++)
    if (!strcmp(queries[k].what, what)) sql = queries[k].sql;
  if (!sql) {
    ws_set_error(err, WS_ERR_ARG, 0, 0, "unknown query '%s'", what);
    return WS_ERR_ARG;
  }
  sqlite3_stmt *v;
  if (sqlite3_prepare_v2(s->db, sql, -1, &v, NULL) != SQLITE_OK) {
    ws_set_error(err, WS_ERR_IO, 0, 0, "%s: %s", what, sqlite3_errmsg(s->db));
    return WS_ERR_IO;
  }
  if (arg) sqlite3_bind_text(v, 1, arg, -1, SQLITE_STATIC);
  sqlite3_bind_int(v, 2, limit > 0 ? limit : 50);
  int ncol = sqlite3_column_count(v), rc = SQLITE_DONE, e = 0;
  size_t rows = 0;
  if (json) e = ws_buf_put(out, "[", 1);
  while (!e && (rc = sqlite3_step(v)) == SQLITE_ROW) {
    if (!rows && !json) { /* header */
      for (int c = 0; c < ncol && !e; c++) {
        const char *name = sqlite3_column_name(v, c);
        e = (c && ws_buf_put(out, "  ", 2)) || cell(out, name, width_of(name), c + 1 < ncol);
      }
      e = e || ws_buf_put(out, "\n", 1);
    }
    if (json) e = ws_buf_puts(out, rows ? ",{" : "{");
    for (int c = 0; c < ncol && !e; c++) {
      const char *name = sqlite3_column_name(v, c);
      const char *val = (const char *)sqlite3_column_text(v, c);
      if (json) {
        e = ws_buf_printf(out, "%s\"%s\":", c ? "," : "", name);
        int t = sqlite3_column_type(v, c);
        if (!e && t == SQLITE_NULL) e = ws_buf_puts(out, "null");
        else if (!e && (t == SQLITE_INTEGER || t == SQLITE_FLOAT)) e = ws_buf_puts(out, val);
        else if (!e)
          e = ws_buf_put(out, "\"", 1) || ws_buf_json_str(out, val, strlen(val)) ||
              ws_buf_put(out, "\"", 1);
      } else {
        e = (c && ws_buf_put(out, "  ", 2)) || cell(out, val ? val : "-", width_of(name), c + 1 < ncol);
      }
    }
    e = e || (json ? ws_buf_put(out, "}", 1) : ws_buf_put(out, "\n", 1));
    rows++;
  }
  if (!e && json) e = ws_buf_puts(out, "]\n");
  if (!e && !json && !rows) e = ws_buf_puts(out, "(no rows)\n");
  int bad = !e && rc != SQLITE_DONE;
  if (bad) ws_set_error(err, WS_ERR_ARG, 0, 0, "%s: %s", what, sqlite3_errmsg(s->db));
  sqlite3_finalize(v);
  if (e) {
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
    return WS_ERR_NOMEM;
  }
  return bad ? WS_ERR_ARG : WS_OK;
}
