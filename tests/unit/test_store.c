/* Store: documents added with and without transactions, attribution keys
 * and relayed parents, idempotent re-adds, clustering an empty and a
 * filled store, unknown tables and questions — on a real SQLite file. */
#include "check.h"
#include "internal.h"
#include "store/store.h"

#include <unistd.h>

static ws_doc *run(const char *s, const char *id) {
  ws_error err = {0};
  ws_doc *d = ws_doc_new(s, strlen(s), &(ws_meta){.id = id, .outlet = "Test Ledger"}, 1, &err);
  CHECK(d && ws_analyze(d, ws_model_default(), &err) == WS_OK);
  return d;
}

static long long one_number(ws_store *st, const char *sql) {
  sqlite3_stmt *v;
  long long n = -1;
  if (sqlite3_prepare_v2(st->db, sql, -1, &v, NULL) == SQLITE_OK && sqlite3_step(v) == SQLITE_ROW)
    n = sqlite3_column_int64(v, 0);
  sqlite3_finalize(v);
  return n;
}

/* relayed attributions: as many stored parents as the documents have,
 * each an attribution of the same document at the same index */
static size_t relayed(const ws_doc *d) {
  size_t n = 0;
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++) n += ws_doc_attribution(d, i)->parent >= 0;
  return n;
}

int main(void) {
  char path[] = "/tmp/ws_test_store_XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  close(fd);
  unlink(path);
  ws_error err = {0};
  ws_store *st = ws_store_open(path, &err);
  CHECK(st != NULL);
  if (!st) return DONE();

  /* an empty store clusters to nothing */
  CHECK(ws_store_cluster(st, &err) == WS_OK);
  CHECK(ws_store_count(st, "clusters") == 0);
  CHECK(ws_store_count(st, "no_such_table") == WS_ERR_ARG);

  /* a document added outside a transaction, with a relayed attribution:
   * "X said Y said Z, according to the Post" */
  const char *a = "The mayor said the bridge would reopen, according to the Harbor Post.\n\n"
                  "Dana Whit, the treasurer, said the repairs came in under budget.\n";
  ws_doc *d1 = run(a, "one");
  int added = 0;
  CHECK(ws_store_add(st, d1, &added, &err) == WS_OK && added == 1);
  CHECK(ws_store_count(st, "documents") == 1);
  CHECK(ws_store_count(st, "attributions") == (long long)ws_doc_attribution_count(d1));
  /* the same document again adds nothing */
  CHECK(ws_store_add(st, d1, &added, &err) == WS_OK && added == 0);
  CHECK(ws_store_count(st, "documents") == 1);

  /* more in a transaction: keys go on from the stored ones */
  const char *b = "\"We will not wait another year for this bridge,\" Dana Whit said on Monday "
                  "at the council meeting.\n";
  ws_doc *d2 = run(b, "two");
  CHECK(ws_store_begin(st, &err) == WS_OK);
  CHECK(ws_store_add(st, d2, &added, &err) == WS_OK && added == 1);
  CHECK(ws_store_commit(st, &err) == WS_OK);
  CHECK(ws_store_count(st, "attributions") ==
        (long long)(ws_doc_attribution_count(d1) + ws_doc_attribution_count(d2)));
  CHECK(one_number(st, "SELECT min(attr) FROM attributions") == 1); /* keys from 1, no gaps */
  CHECK(one_number(st, "SELECT max(attr) - count(*) FROM attributions") == 0);
  CHECK(relayed(d1) > 0);
  CHECK(one_number(st, "SELECT count(*) FROM attributions WHERE parent IS NOT NULL") ==
        (long long)(relayed(d1) + relayed(d2)));
  CHECK(one_number(st, "SELECT count(*) FROM attributions a JOIN attributions p ON p.attr = a.parent "
                       "WHERE p.doc = a.doc") == (long long)(relayed(d1) + relayed(d2)));
  CHECK(one_number(st, "SELECT count(*) FROM attributions a JOIN attributions b ON b.doc = a.doc "
                       "AND b.n = a.n AND b.attr != a.attr") == 0);
  ws_buf out = {0};
  /* speakers are found through their identities, built after adding */
  CHECK(ws_store_identities(st, &err) == WS_OK);
  CHECK(one_number(st, "SELECT count(*) FROM speaker_names WHERE name = 'Dana Whit'") == 1);
  CHECK(ws_store_query(st, "speaker", "Dana Whit", 10, 0, &out, &err) == WS_OK);
  CHECK(out.data && strstr(out.data, "Dana Whit") && strstr(out.data, "Test Ledger"));
  /* the same question row by row, typed */
  ws_rows *rw = ws_store_rows(st, "speaker", "Dana Whit", 10, &err);
  CHECK(rw != NULL);
  int nrows = 0, attr_col = -1, spk_col = -1;
  for (int c = 0; c < ws_rows_columns(rw); c++) {
    if (!strcmp(ws_rows_name(rw, c), "attr")) attr_col = c;
    if (!strcmp(ws_rows_name(rw, c), "speaker")) spk_col = c;
  }
  CHECK(attr_col >= 0 && spk_col >= 0 && ws_rows_name(rw, 99) == NULL);
  while (ws_rows_next(rw, &err) == 1) {
    nrows++;
    CHECK(ws_rows_type(rw, attr_col) == WS_VALUE_INT && ws_rows_int(rw, attr_col) >= 1);
    CHECK(ws_rows_type(rw, spk_col) == WS_VALUE_TEXT);
    CHECK_STR(ws_rows_text(rw, spk_col), "Dana Whit");
  }
  CHECK(nrows >= 1 && ws_rows_next(rw, &err) == 0);
  ws_rows_free(rw);
  rw = ws_store_rows(st, "search", "\"unbalanced", 10, &err);
  CHECK(rw != NULL && ws_rows_next(rw, &err) == -1 && err.code == WS_ERR_ARG);
  ws_rows_free(rw);
  CHECK(ws_store_rows(st, "no-such-question", NULL, 10, &err) == NULL && err.code == WS_ERR_ARG);
  out.len = 0;
  CHECK(ws_store_query(st, "no-such-question", NULL, 10, 0, &out, &err) != WS_OK);
  ws_buf_free(&out);
  CHECK(ws_store_cluster(st, &err) == WS_OK);
  ws_doc_free(d1);
  ws_doc_free(d2);
  ws_store_close(st);

  /* reopened, it holds the same */
  st = ws_store_open(path, &err);
  CHECK(st && ws_store_count(st, "documents") == 2);
  ws_store_close(st);
  unlink(path);
  char j[64];
  snprintf(j, sizeof j, "%s-journal", path);
  unlink(j);
  return DONE();
}
