/* pages.c — the store seen in a browser: HTML pages (and the same data as
 * JSON under /api/) for a URL, rendered in C from the queries of query.c.
 * No script, no external resource; charts are inline SVG drawn here; every
 * string from the store is escaped (ws_buf_html_str).  The HTTP server
 * (whosaid serve) only maps requests to ws_store_page. */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>

static const char page_style[] =
    "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fdfdfb}"
    "nav{background:#263238;padding:.5em 1.5em;display:flex;gap:1.2em;align-items:center}"
    "nav a{color:#fff;text-decoration:none;font-weight:600}nav form{margin-left:auto}"
    "nav input{font:inherit;padding:.15em .4em;width:18em}"
    "main{padding:1em 2em;max-width:72em}h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.4em}"
    "table{border-collapse:collapse}td,th{padding:.2em .7em .2em 0;text-align:left;"
    "vertical-align:top}tr:nth-child(even){background:#f2f2ee}"
    ".q{max-width:44em}.err{background:#fde8e8;padding:.6em;border-left:4px solid #b00020}"
    ".meta{color:#666}svg text{font:12px system-ui,sans-serif}";

static int page_start(ws_buf *b, const char *title) {
  return ws_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        "<title>") ||
         ws_buf_html_puts(b, title) || ws_buf_puts(b, " &middot; whosaid</title><style>") ||
         ws_buf_puts(b, page_style) ||
         ws_buf_puts(b, "</style></head><body><nav><a href=\"/\">whosaid</a>"
                        "<a href=\"/outlets\">Outlets</a><form action=\"/search\" method=\"get\">"
                        "<input name=\"q\" placeholder=\"search quotes\" maxlength=\"200\">"
                        "</form></nav><main>");
}

static int page_end(ws_buf *b) { return ws_buf_puts(b, "</main></body></html>\n"); }

/* the value of column `name` in the current row, or NULL */
static int col(const ws_rows *r, const char *name) {
  for (int c = 0; c < ws_rows_columns(r); c++)
    if (!strcmp(ws_rows_name(r, c), name)) return c;
  return -1;
}

static const char *val(const ws_rows *r, const char *name) {
  int c = col(r, name);
  return c >= 0 ? ws_rows_text(r, c) : NULL;
}

/* a table of a query's rows; columns `link` become links: "speaker"
 * to /speaker, "doc" to /doc, "cluster" to /cluster */
static int table(ws_store *st, const char *what, const char *arg, int limit, ws_buf *b,
                 ws_error *err, size_t *nrows) {
  ws_rows *r = ws_store_rows(st, what, arg, limit, err);
  if (!r) return 1;
  int e = ws_buf_puts(b, "<table><tr>"), k;
  for (int c = 0; c < ws_rows_columns(r) && !e; c++)
    e = ws_buf_puts(b, "<th>") || ws_buf_html_puts(b, ws_rows_name(r, c)) || ws_buf_puts(b, "</th>");
  e = e || ws_buf_puts(b, "</tr>");
  size_t n = 0;
  while (!e && (k = ws_rows_next(r, err)) == 1) {
    n++;
    e = ws_buf_puts(b, "<tr>");
    for (int c = 0; c < ws_rows_columns(r) && !e; c++) {
      const char *name = ws_rows_name(r, c), *v = ws_rows_text(r, c);
      int quote = !strcmp(name, "content") || !strcmp(name, "quote") || !strcmp(name, "text");
      e = ws_buf_puts(b, quote ? "<td class=\"q\">" : "<td>");
      if (!e && v && !strcmp(name, "speaker"))
        e = ws_buf_puts(b, "<a href=\"/speaker?name=") || ws_buf_url_arg(b, v) || ws_buf_puts(b, "\">") ||
            ws_buf_html_puts(b, v) || ws_buf_puts(b, "</a>");
      else if (!e && v && (!strcmp(name, "doc") || !strcmp(name, "cluster")))
        e = ws_buf_printf(b, "<a href=\"/%s/%lld\">%lld</a>", name, ws_rows_int(r, c),
                          ws_rows_int(r, c));
      else if (!e)
        e = v ? ws_buf_html_puts(b, v) : ws_buf_puts(b, "&ndash;");
      e = e || ws_buf_puts(b, "</td>");
    }
    e = e || ws_buf_puts(b, "</tr>");
  }
  ws_rows_free(r);
  if (nrows) *nrows = n;
  if (e) return -1;
  if (k < 0) return 1;
  return ws_buf_puts(b, "</table>");
}

/* a query's rows as the JSON array of ws_store_query */
static ws_status api(ws_store *st, const char *what, const char *arg, int limit, ws_buf *b,
                     ws_error *err) {
  return ws_store_query(st, what, arg, limit, WS_QUERY_JSON, b, err);
}

/* one horizontal bar chart: labels and values (shares 0..1) */
static int bars(ws_buf *b, const char *const *labels, const double *v, int n, const char *color) {
  int h = 22 * n + 10;
  int e = ws_buf_printf(b, "<svg width=\"420\" height=\"%d\" role=\"img\">", h);
  for (int i = 0; i < n && !e; i++) {
    double w = v[i] < 0 ? 0 : v[i] > 1 ? 1 : v[i];
    e = ws_buf_printf(b, "<text x=\"0\" y=\"%d\">", 22 * i + 16) || ws_buf_html_puts(b, labels[i]) ||
        ws_buf_printf(b,
                      "</text><rect x=\"110\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>"
                      "<text x=\"%.1f\" y=\"%d\">%.0f %%</text>",
                      22 * i + 4, 250 * w, color, 115 + 250 * w, 22 * i + 16, 100 * v[i]);
  }
  return e || ws_buf_puts(b, "</svg>");
}

static int home(ws_store *st, ws_buf *b, ws_error *err) {
  sqlite3_stmt *v;
  long long docs = 0, attrs = 0, outlets = 0;
  const char *d0 = NULL, *d1 = NULL;
  char first[16] = "", last[16] = "";
  if (sqlite3_prepare_v2(st->db,
                         "SELECT count(*), sum(attributions), count(DISTINCT outlet), min(date), "
                         "max(date) FROM documents",
                         -1, &v, NULL) == SQLITE_OK &&
      sqlite3_step(v) == SQLITE_ROW) {
    docs = sqlite3_column_int64(v, 0);
    attrs = sqlite3_column_int64(v, 1);
    outlets = sqlite3_column_int64(v, 2);
    d0 = (const char *)sqlite3_column_text(v, 3);
    d1 = (const char *)sqlite3_column_text(v, 4);
    snprintf(first, sizeof first, "%s", d0 ? d0 : "");
    snprintf(last, sizeof last, "%s", d1 ? d1 : "");
  }
  sqlite3_finalize(v);
  int e = page_start(b, "Corpus") ||
          ws_buf_printf(b, "<h1>Corpus</h1><p>%lld documents, %lld attributions, %lld outlets",
                        docs, attrs, outlets) ||
          (first[0] && (ws_buf_puts(b, ", ") || ws_buf_html_puts(b, first) || ws_buf_puts(b, " to ") ||
                        ws_buf_html_puts(b, last))) ||
          ws_buf_puts(b, "</p><h2>Most quoted speakers</h2>");
  if (e) return -1;
  int t = table(st, "speakers", NULL, 40, b, err, NULL);
  if (t) return t;
  e = ws_buf_puts(b, "<h2>Quotes across outlets</h2>");
  if (e) return -1;
  t = table(st, "clusters", "1", 20, b, err, NULL);
  if (t) return t;
  e = ws_buf_puts(b, "<h2>Documents</h2><table><tr><th>doc</th><th>date</th><th>outlet</th>"
                     "<th>id</th><th>attributions</th></tr>");
  if (!e && sqlite3_prepare_v2(st->db,
                               "SELECT doc, date, outlet, coalesce(title, id), attributions FROM "
                               "documents ORDER BY date DESC, doc LIMIT 100",
                               -1, &v, NULL) == SQLITE_OK) {
    while (!e && sqlite3_step(v) == SQLITE_ROW) {
      e = ws_buf_printf(b, "<tr><td><a href=\"/doc/%lld\">%lld</a></td><td>",
                        sqlite3_column_int64(v, 0), sqlite3_column_int64(v, 0)) ||
          ws_buf_html_puts(b, (const char *)sqlite3_column_text(v, 1)) || ws_buf_puts(b, "</td><td>") ||
          ws_buf_html_puts(b, (const char *)sqlite3_column_text(v, 2)) || ws_buf_puts(b, "</td><td>") ||
          ws_buf_html_puts(b, (const char *)sqlite3_column_text(v, 3)) ||
          ws_buf_printf(b, "</td><td>%lld</td></tr>", sqlite3_column_int64(v, 4));
    }
    sqlite3_finalize(v);
  }
  return e || ws_buf_puts(b, "</table>") || page_end(b) ? -1 : 0;
}

/* the stored document, analysed again for its marks */
static ws_doc *stored_doc(ws_store *st, long long id, ws_error *err) {
  sqlite3_stmt *v;
  ws_doc *d = NULL;
  if (sqlite3_prepare_v2(st->db, "SELECT id, title, date, outlet, url, text FROM documents "
                                 "WHERE doc = ?1", -1, &v, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_int64(v, 1, id);
  if (sqlite3_step(v) == SQLITE_ROW) {
    ws_meta m = {(const char *)sqlite3_column_text(v, 0), (const char *)sqlite3_column_text(v, 1),
                 (const char *)sqlite3_column_text(v, 2), (const char *)sqlite3_column_text(v, 3),
                 (const char *)sqlite3_column_text(v, 4)};
    const char *text = (const char *)sqlite3_column_text(v, 5);
    d = ws_doc_new(text, (size_t)sqlite3_column_bytes(v, 5), &m, 1, err);
    if (d && ws_analyze(d, ws_model_default(), err) != WS_OK) {
      ws_doc_free(d);
      d = NULL;
    }
  }
  sqlite3_finalize(v);
  return d;
}

/* The chart of cue classes by outlet (from identity_outlets, the top 8
 * outlets), the speaker's names, and its first SHOWN attributions (from
 * identity_quotes): a few rows read however often the speaker is quoted. */
static const char speaker_chart_sql[] =
    WS_IDS_SQL "SELECT coalesce(o.outlet, '(no outlet)'), sum(o.attributions), sum(o.neutral), "
    "sum(o.doubt), sum(o.factive), sum(o.hostile) FROM identity_outlets o "
    "WHERE o.identity IN ids GROUP BY o.outlet ORDER BY 2 DESC, o.outlet";

static int speaker_page(ws_store *st, const char *name, ws_buf *b, ws_error *err) {
  static const char *const cls[] = {"neutral", "doubt", "factive", "hostile", NULL};
  enum { SHOWN = 500, OUTLETS = 8 };
  sqlite3_stmt *v;
  if (sqlite3_prepare_v2(st->db, speaker_chart_sql, -1, &v, NULL) != SQLITE_OK) {
    ws_set_error(err, WS_ERR_DB, 0, 0, "speaker: %s", sqlite3_errmsg(st->db));
    return 1;
  }
  sqlite3_bind_text(v, 1, name, -1, SQLITE_STATIC);
  ws_buf chart = {0}, rows = {0};
  long long n = 0;
  int e = 0, k, no = 0;
  while (!e && (k = sqlite3_step(v)) == SQLITE_ROW) {
    double tot = (double)sqlite3_column_int64(v, 1), sh[4];
    n += sqlite3_column_int64(v, 1);
    if (no++ >= OUTLETS) continue;
    for (int q = 0; q < 4; q++) sh[q] = tot ? (double)sqlite3_column_int64(v, 2 + q) / tot : 0;
    e = ws_buf_puts(&chart, "<h3>") ||
        ws_buf_html_puts(&chart, (const char *)sqlite3_column_text(v, 0)) ||
        ws_buf_printf(&chart, " <span class=\"meta\">(%.0f attributions)</span></h3>", tot) ||
        bars(&chart, cls, sh, 4, "#5b7fbf");
  }
  int bad = !e && k != SQLITE_DONE;
  if (bad) ws_set_error(err, WS_ERR_DB, 0, 0, "speaker: %s", sqlite3_errmsg(st->db));
  sqlite3_finalize(v);
  ws_rows *r = e || bad ? NULL : ws_store_rows(st, "speaker", name, SHOWN, err);
  if (!r) {
    ws_buf_free(&chart);
    return e ? -1 : 1;
  }
  e = ws_buf_puts(&rows, "<table><tr>");
  for (int c = 0; c < ws_rows_columns(r) && !e; c++)
    e = ws_buf_puts(&rows, "<th>") || ws_buf_html_puts(&rows, ws_rows_name(r, c)) || ws_buf_puts(&rows, "</th>");
  e = e || ws_buf_puts(&rows, "</tr>");
  while (!e && (k = ws_rows_next(r, err)) == 1) {
    e = ws_buf_puts(&rows, "<tr>");
    for (int q = 0; q < ws_rows_columns(r) && !e; q++) {
      const char *cn = ws_rows_name(r, q), *t = ws_rows_text(r, q);
      if (t && (!strcmp(cn, "doc")))
        e = ws_buf_printf(&rows, "<td><a href=\"/doc/%lld\">%lld</a></td>", ws_rows_int(r, q),
                          ws_rows_int(r, q));
      else
        e = ws_buf_puts(&rows, strcmp(cn, "content") ? "<td>" : "<td class=\"q\">") ||
            (t ? ws_buf_html_puts(&rows, t) : ws_buf_puts(&rows, "&ndash;")) || ws_buf_puts(&rows, "</td>");
    }
    e = e || ws_buf_puts(&rows, "</tr>");
  }
  ws_rows_free(r);
  if (!e && k < 0) {
    ws_buf_free(&chart);
    ws_buf_free(&rows);
    return 1;
  }
  e = e || ws_buf_puts(&rows, "</table>") || page_start(b, name) || ws_buf_puts(b, "<h1>") ||
      ws_buf_html_puts(b, name) || ws_buf_printf(b, "</h1><p>%lld attributions</p>", n);
  if (!e && no) e = ws_buf_puts(b, "<h2>How outlets introduce this speaker</h2>") || ws_buf_put(b, chart.data, chart.len);
  e = e || ws_buf_puts(b, "<h2>Names</h2>");
  int t = e ? -1 : table(st, "aliases", name, 50, b, err, NULL);
  if (!t) {
    e = ws_buf_printf(b, "<h2>Attributions</h2>%s", n > SHOWN ? "<p>The first 500.</p>" : "") ||
        ws_buf_put(b, rows.data, rows.len) || page_end(b);
    t = e ? -1 : 0;
  }
  ws_buf_free(&chart);
  ws_buf_free(&rows);
  return t;
}

/* sourcing per outlet over the documents of a date range and a topic (an
 * FTS5 search of article text); with neither, the figures of `query
 * profile` */
static const char outlets_sql[] = WS_PROFILE_SQL(
    "(?1 IS NULL OR d.date >= ?1) AND (?2 IS NULL OR d.date <= ?2) "
    "AND (?3 IS NULL OR d.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?3))");

static const char *nonempty(const char *s) { return s && *s ? s : NULL; }

/* 1: the topic is no valid search (or too long); -1: out of memory */
static int outlets_page(ws_store *st, const char *from, const char *to, const char *topic,
                        int json, ws_buf *b, ws_error *err) {
  static const char *const labels[] = {"named", "anonymous", "vague group", "second-hand",
                                       "doubt/hostile", NULL};
  from = nonempty(from), to = nonempty(to), topic = nonempty(topic);
  sqlite3_stmt *v;
  if (sqlite3_prepare_v2(st->db, outlets_sql, -1, &v, NULL) != SQLITE_OK) {
    ws_set_error(err, WS_ERR_DB, 0, 0, "outlets: %s", sqlite3_errmsg(st->db));
    return 1;
  }
  const char *args[3] = {from, to, topic};
  for (int k = 0; k < 3; k++)
    if (args[k]) sqlite3_bind_text(v, k + 1, args[k], -1, SQLITE_STATIC);
  ws_buf charts = {0}, rows = {0};
  int e = json ? ws_buf_puts(&rows, "[") : ws_buf_puts(&rows, "<table><tr>"), rc, n = 0;
  int ncol = sqlite3_column_count(v);
  for (int c = 0; c < ncol && !json && !e; c++)
    e = ws_buf_puts(&rows, "<th>") || ws_buf_html_puts(&rows, sqlite3_column_name(v, c)) ||
        ws_buf_puts(&rows, "</th>");
  e = e || (!json && ws_buf_puts(&rows, "</tr>"));
  while (!e && (rc = sqlite3_step(v)) == SQLITE_ROW) {
    double sh[5];
    for (int k = 0; k < 5; k++) sh[k] = sqlite3_column_double(v, 3 + k) / 100;
    const char *o = (const char *)sqlite3_column_text(v, 0);
    if (json) {
      e = ws_buf_puts(&rows, n ? ",{" : "{");
      for (int c = 0; c < ncol && !e; c++) {
        const char *val = (const char *)sqlite3_column_text(v, c);
        e = ws_buf_printf(&rows, "%s\"%s\":", c ? "," : "", sqlite3_column_name(v, c)) ||
            (!val ? ws_buf_puts(&rows, "null")
             : c == 0 ? ws_buf_put(&rows, "\"", 1) || ws_buf_json_str(&rows, val, strlen(val)) ||
                            ws_buf_put(&rows, "\"", 1)
                      : ws_buf_puts(&rows, val));
      }
      e = e || ws_buf_puts(&rows, "}");
    } else {
      e = ws_buf_puts(&charts, "<h2>") || ws_buf_html_puts(&charts, o ? o : "(no outlet)") ||
          ws_buf_printf(&charts, " <span class=\"meta\">%lld documents</span></h2>",
                        sqlite3_column_int64(v, 1)) ||
          bars(&charts, labels, sh, 5, "#6a9f58") || ws_buf_puts(&rows, "<tr>");
      for (int c = 0; c < ncol && !e; c++) {
        const char *val = (const char *)sqlite3_column_text(v, c);
        e = ws_buf_puts(&rows, "<td>") || (val ? ws_buf_html_puts(&rows, val) : ws_buf_puts(&rows, "&ndash;")) ||
            ws_buf_puts(&rows, "</td>");
      }
      e = e || ws_buf_puts(&rows, "</tr>");
    }
    n++;
  }
  int bad = !e && rc != SQLITE_DONE;
  if (bad) ws_set_error(err, topic && sqlite3_errcode(st->db) == SQLITE_ERROR ? WS_ERR_ARG : WS_ERR_DB,
                        0, 0, "outlets: %s", sqlite3_errmsg(st->db));
  sqlite3_finalize(v);
  if (!e && !bad) {
    if (json) {
      e = ws_buf_puts(&rows, "]\n") || ws_buf_put(b, rows.data, rows.len);
    } else {
      e = page_start(b, "Outlets") ||
          ws_buf_puts(b, "<h1>Outlets</h1><form action=\"/outlets\" method=\"get\">from "
                         "<input name=\"from\" type=\"date\" value=\"") ||
          ws_buf_html_puts(b, from) || ws_buf_puts(b, "\"> to <input name=\"to\" type=\"date\" value=\"") ||
          ws_buf_html_puts(b, to) || ws_buf_puts(b, "\"> topic <input name=\"topic\" maxlength=\"200\" value=\"") ||
          ws_buf_html_puts(b, topic) || ws_buf_puts(b, "\"> <button>show</button></form>") ||
          ws_buf_printf(b, "<p>%d outlets</p>", n) || ws_buf_put(b, charts.data, charts.len) ||
          ws_buf_puts(b, "<h2>The table</h2>") || ws_buf_put(b, rows.data, rows.len) ||
          ws_buf_puts(b, "</table>") || page_end(b);
    }
  }
  ws_buf_free(&charts);
  ws_buf_free(&rows);
  return e ? -1 : bad ? 1 : 0;
}

/* words of a quotation, lower-cased letters and digits, for comparing
 * variants */
static int has_word(const char *s, const char *w, size_t n) {
  for (const char *p = s; *p;) {
    while (*p && !((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') && !(*p >= '0' && *p <= '9') &&
           !((unsigned char)*p >= 0x80))
      p++;
    const char *q = p;
    while (*q && (((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') || (*q >= '0' && *q <= '9') ||
                  (unsigned char)*q >= 0x80))
      q++;
    if ((size_t)(q - p) == n) {
      size_t i = 0;
      while (i < n && (p[i] | 0x20) == (w[i] | 0x20)) i++;
      if (i == n) return 1;
    }
    p = q;
  }
  return 0;
}

/* a variant with the words the first one lacks marked */
static int variant(ws_buf *b, const char *s, const char *first) {
  int e = 0;
  for (const char *p = s; *p && !e;) {
    const char *q = p;
    int word = ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') || (*q >= '0' && *q <= '9') ||
               (unsigned char)*q >= 0x80;
    while (*q && word == (((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') || (*q >= '0' && *q <= '9') ||
                          (unsigned char)*q >= 0x80))
      q++;
    int mark = word && first && !has_word(first, p, (size_t)(q - p));
    e = (mark && ws_buf_puts(b, "<mark>")) || ws_buf_html_str(b, p, (size_t)(q - p)) ||
        (mark && ws_buf_puts(b, "</mark>"));
    p = q;
  }
  return e;
}

/* a quote's history: its appearances oldest first, the first marked, each
 * later variant's words that the first lacks highlighted */
static int cluster_page(ws_store *st, const char *num, ws_buf *b, ws_error *err) {
  ws_rows *r = ws_store_rows(st, "cluster", num, 1000, err);
  if (!r) return 1;
  int e = page_start(b, "Quote history") ||
          ws_buf_puts(b, "<h1>Quote history</h1><p class=\"meta\">Oldest first; words a later "
                         "variant has and the first lacks are <mark>marked</mark>.</p><table><tr>"
                         "<th></th><th>date</th><th>outlet</th><th>speaker</th><th>cue</th>"
                         "<th>quotation</th><th>doc</th></tr>"),
      k, n = 0;
  char *first = NULL;
  while (!e && (k = ws_rows_next(r, err)) == 1) {
    const char *content = val(r, "content"), *spk = val(r, "speaker");
    e = ws_buf_printf(b, "<tr><td>%s</td><td>", n ? "" : "<b>first</b>") || ws_buf_html_puts(b, val(r, "date")) ||
        ws_buf_puts(b, "</td><td>") || ws_buf_html_puts(b, val(r, "outlet")) || ws_buf_puts(b, "</td><td>");
    if (!e && spk)
      e = ws_buf_puts(b, "<a href=\"/speaker?name=") || ws_buf_url_arg(b, spk) || ws_buf_puts(b, "\">") ||
          ws_buf_html_puts(b, spk) || ws_buf_puts(b, "</a>");
    e = e || ws_buf_puts(b, "</td><td>") || ws_buf_html_puts(b, val(r, "cue")) ||
        ws_buf_puts(b, "</td><td class=\"q\">") || variant(b, content ? content : "", n ? first : NULL) ||
        ws_buf_printf(b, "</td><td><a href=\"/doc/%s\">%s</a></td></tr>", val(r, "doc"), val(r, "doc"));
    if (!n && content && !(first = ws_strdup(content))) e = 1;
    n++;
  }
  ws_free(first);
  ws_rows_free(r);
  if (e) return -1;
  if (k < 0) return 1;
  if (!n) return 2; /* no such cluster */
  return ws_buf_puts(b, "</table>") || page_end(b) ? -1 : 0;
}

static int simple_page(ws_store *st, const char *title, const char *what, const char *arg,
                       ws_buf *b, ws_error *err) {
  if (page_start(b, title) || ws_buf_puts(b, "<h1>") || ws_buf_html_puts(b, title) || ws_buf_puts(b, "</h1>"))
    return -1;
  int t = table(st, what, arg, 200, b, err, NULL);
  return t ? t : page_end(b) ? -1 : 0;
}

static int message_page(ws_buf *b, const char *title, const char *msg) {
  return page_start(b, title) || ws_buf_puts(b, "<h1>") || ws_buf_html_puts(b, title) ||
         ws_buf_puts(b, "</h1><p class=\"err\">") || ws_buf_html_puts(b, msg) || ws_buf_puts(b, "</p>") ||
         page_end(b);
}

/* a positive integer path segment, or -1 */
static long long number(const char *s) {
  if (!*s || strlen(s) > 18) return -1;
  long long n = 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9') return -1;
    n = n * 10 + (*s - '0');
  }
  return n > 0 ? n : -1;
}

ws_status ws_store_page(ws_store *st, const char *path,
                        const char *(*param)(void *ctx, const char *key), void *ctx, ws_buf *out,
                        int *status, const char **type, ws_error *err) {
  const char *q = param ? param(ctx, "q") : NULL, *name = param ? param(ctx, "name") : NULL;
  *status = 200;
  *type = "text/html; charset=utf-8";
  int is_api = !strncmp(path, "/api/", 5);
  const char *p = is_api ? path + 4 : path;
  ws_error e2 = {0};
  int rc = 0;
  long long n = -1;
  if (is_api) *type = "application/json";
  if (!strcmp(p, "/")) {
    rc = is_api ? (int)api(st, "profile", NULL, 1000, out, &e2) : home(st, out, &e2);
  } else if (!strncmp(p, "/doc/", 5) && (n = number(p + 5)) > 0) {
    ws_doc *d = stored_doc(st, n, &e2);
    if (!d) {
      *status = 404;
      rc = 2;
    } else {
      ws_buf page = {0};
      rc = is_api ? ws_render_json(d, out) : ws_render_html_page(d, 1, &page);
      if (!is_api && !rc) {
        /* the article page, with the site's navigation */
        const char *body = strstr(page.data, "<body>");
        size_t at = body ? (size_t)(body - page.data) + 6 : 0;
        rc = ws_buf_put(out, page.data, at) ||
             ws_buf_puts(out, "<p style=\"font:14px system-ui;margin:.5em 0 0 2em;flex-basis:"
                              "100%\"><a href=\"/\">&larr; corpus</a></p>") ||
             ws_buf_put(out, page.data + at, page.len - at);
      }
      ws_buf_free(&page);
      ws_doc_free(d);
    }
  } else if (!strcmp(p, "/speaker") && name && *name) {
    rc = is_api ? (int)api(st, "speaker", name, 1000, out, &e2) : speaker_page(st, name, out, &e2);
  } else if (!strcmp(p, "/outlets")) {
    rc = outlets_page(st, param ? param(ctx, "from") : NULL, param ? param(ctx, "to") : NULL,
                      param ? param(ctx, "topic") : NULL, is_api, out, &e2);
  } else if (!strncmp(p, "/cluster/", 9) && (n = number(p + 9)) > 0) {
    char num[24];
    snprintf(num, sizeof num, "%lld", n);
    rc = is_api ? (int)api(st, "cluster", num, 1000, out, &e2) : cluster_page(st, num, out, &e2);
    if (rc == 2) *status = 404;
  } else if (!strcmp(p, "/search") && q && *q) {
    rc = is_api ? (int)api(st, "search", q, 200, out, &e2)
                : simple_page(st, "Search", "search", q, out, &e2);
  } else {
    *status = 404;
    rc = 2;
  }
  if (rc == -1 || e2.code == WS_ERR_NOMEM) {
    ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
    return WS_ERR_NOMEM;
  }
  if (rc) {
    /* a query the user got wrong (FTS5 syntax, too many terms) is a 400
     * with a plain message; a missing page a 404 */
    out->len = 0;
    if (*status == 200) *status = e2.code == WS_ERR_ARG || e2.code == WS_ERR_LIMIT ? 400 : 500;
    const char *msg = *status == 404 ? "There is no such page."
                      : *status == 400 ? "The search could not be read: use words, \"a phrase\","
                                         " OR, NOT, and a * after a prefix."
                                       : "The store could not answer.";
    if (is_api) {
      *type = "application/json";
      rc = ws_buf_printf(out, "{\"status\":%d,\"error\":\"", *status) ||
           ws_buf_json_str(out, msg, strlen(msg)) || ws_buf_puts(out, "\"}\n");
    } else {
      *type = "text/html; charset=utf-8";
      rc = message_page(out, *status == 404 ? "Not found" : *status == 400 ? "Bad request"
                                                                             : "Error",
                        msg);
    }
    if (rc) {
      ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
      return WS_ERR_NOMEM;
    }
  }
  return WS_OK;
}
