/* The dependency parser: training is deterministic, a model learns a
 * small treebank it was given, the model file loads and bad files are
 * refused, features see a word the same way however it is cased, and a
 * block of whosaid tokens is parsed where a strong cue word is, with the
 * cue word's arcs labelled and subtree extents right. */
#include "check.h"
#include "internal.h"
#include "parse/parse.h"
#include "parse/tree.h"
#include "tokenize/tokenize.h"

#include <fcntl.h>
#include <unistd.h>

/* a few sentences in CoNLL-U, written for this test */
static const char treebank[] =
    "1\tTom\tTom\t_\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\t_\tDT\t_\t4\tdet\t_\t_\n"
    "4\tbridge\tbridge\t_\tNN\t_\t6\tnsubj\t_\t_\n"
    "5\twould\twould\t_\tMD\t_\t6\taux\t_\t_\n"
    "6\topen\topen\t_\tVB\t_\t2\tccomp\t_\t_\n"
    "7\t.\t.\t_\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# a comment line\n"
    "1\tThe\tthe\t_\tDT\t_\t2\tdet\t_\t_\n"
    "2\tmayor\tmayor\t_\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tclaimed\tclaim\t_\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthat\tthat\t_\tIN\t_\t7\tmark\t_\t_\n"
    "5\tthe\tthe\t_\tDT\t_\t6\tdet\t_\t_\n"
    "6\tplan\tplan\t_\tNN\t_\t7\tnsubj\t_\t_\n"
    "7\tfailed\tfail\t_\tVBD\t_\t3\tccomp\t_\t_\n"
    "8\t.\t.\t_\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\t``\t``\t_\t``\t_\t3\tpunct\t_\t_\n"
    "2\tWe\twe\t_\tPRP\t_\t3\tnsubj\t_\t_\n"
    "3\twon\twin\t_\tVBD\t_\t6\tccomp\t_\t_\n"
    "4\t,\t,\t_\t,\t_\t6\tpunct\t_\t_\n"
    "5\t''\t''\t_\t''\t_\t6\tpunct\t_\t_\n"
    "6\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\t_\n"
    "7\tAnn\tAnn\t_\tNNP\t_\t8\tcompound\t_\t_\n"
    "8\tLee\tLee\t_\tNNP\t_\t6\tnsubj\t_\t_\n"
    "9\t.\t.\t_\t.\t_\t6\tpunct\t_\t_\n"
    "\n"
    "1\tMr.\tMr.\t_\tNNP\t_\t2\tcompound\t_\t_\n"
    "2\tLee\tLee\t_\tNNP\t_\t4\tnmod:poss\t_\t_\n"
    "3\t's\t's\t_\tPOS\t_\t2\tcase\t_\t_\n"
    "4\tplan\tplan\t_\tNN\t_\t7\tnsubj\t_\t_\n"
    "5\tdid\tdo\t_\tVBD\t_\t7\taux\t_\t_\n"
    "6\tn't\tnot\t_\tRB\t_\t7\tneg\t_\t_\n"
    "7\tfail\tfail\t_\tVB\t_\t0\troot\t_\t_\n"
    "8\t--\t--\t_\t:\t_\t7\tpunct\t_\t_\n"
    "9\tyet\tyet\t_\tRB\t_\t7\tadvmod\t_\t_\n"
    "10\t.\t.\t_\t.\t_\t7\tpunct\t_\t_\n";

static ws_status train(ws_buf *out) {
  ws_error err = {0};
  ws_ptrainer *tr = ws_ptrainer_new();
  if (!tr) return WS_ERR_NOMEM;
  ws_status rc = ws_ptrainer_set_bits(tr, 12, 12, 12);
  if (rc == WS_OK) rc = ws_ptrainer_add(tr, treebank, sizeof treebank - 1, &err);
  if (rc == WS_OK) rc = ws_ptrainer_run(tr, 15, out, NULL, NULL, &err);
  ws_ptrainer_free(tr);
  return rc;
}

int main(void) {
  ws_buf a = {0}, b = {0};
  CHECK(train(&a) == WS_OK);
  CHECK(train(&b) == WS_OK);
  CHECK(a.len > 64 && a.len == b.len && !memcmp(a.data, b.data, a.len)); /* same data, same bytes */

  char path[] = "/tmp/ws_test_parser_XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  CHECK(write(fd, a.data, a.len) == (ssize_t)a.len);
  close(fd);
  ws_error err = {0};
  ws_parser *p = ws_parser_load(path, &err);
  CHECK(p != NULL);
  ws_parse_score sc = {0};
  CHECK(p && ws_parse_eval(p, treebank, sizeof treebank - 1, &sc, &err) == WS_OK);
  CHECK(sc.sentences == 4 && sc.tokens == 34);
  CHECK(sc.tags_ok == sc.tokens && sc.heads_ok == sc.tokens && sc.labelled_ok == sc.tokens);
  if (p) CHECK_STR(p->tag[0], "NNP");

  /* a block: the sentence with a strong cue word is parsed, the other not */
  static const char text[] = "The mayor claimed that the plan failed. The bridge is old.";
  ws_tokens tk = {0};
  CHECK(ws_tokenize(text, 0, sizeof text - 1, 0, &tk) == 0);
  ws_mark_structure(text, &tk);
  CHECK(tk.n == 13);
  if (p && tk.n == 13) {
    tk.v[2].flags |= WS_TF_CUELEX | WS_TF_STRONGCUE; /* claimed */
    ws_tree t = {0};
    CHECK(ws_tree_parse(&t, p, text, &tk) == 0);
    CHECK(t.head[2] == -1 && t.head[1] == 2 && t.head[6] == 2); /* mayor <- claimed -> failed */
    CHECK(t.lo[2] == 0 && t.hi[2] == 7 && t.lo[6] == 3 && t.hi[6] == 6);
    CHECK(t.lab[1] > 0 && t.lab[1] < 64 && !strcmp(p->label[t.lab[1] - 1], "nsubj"));
    CHECK(t.lab[5] >= 64); /* plan <- failed: not a cue word's arc, unlabelled */
    CHECK((t.kids[2] & WS_DEP_NSUBJ) && (t.kids[2] & WS_DEP_CCOMP));
    for (size_t i = 8; i < 13; i++) CHECK(t.tag[i] == 0 && t.head[i] == -1);
    ws_tree_free(&t);
  }
  ws_free(tk.v);

  /* whosaid's tokens read as the treebank's words: curly marks as `` and
   * '', "Mr" "." as "Mr.", "Lee's" and "didn't" as two words each, "—" as
   * "--"; what the parse says comes back per token */
  static const char text2[] = "\xE2\x80\x9CWe won,\xE2\x80\x9D said Ann Lee. "
                              "Mr. Lee\xE2\x80\x99s plan didn't fail \xE2\x80\x94 yet.";
  memset(&tk, 0, sizeof tk);
  CHECK(ws_tokenize(text2, 0, sizeof text2 - 1, 0, &tk) == 0);
  ws_mark_structure(text2, &tk);
  CHECK(tk.n == 18);
  if (p && tk.n == 18) {
    ws_psent *sp = ws_calloc(1, sizeof *sp);
    uint8_t tag[18], lab[18];
    int32_t head[18];
    CHECK(sp && ws_parse_tokens(sp, p, WS_PWORDS_PTB, text2, tk.v, 9, NULL, tag, head, lab) == 0);
    CHECK_STR(p->tag[tag[0]], "``");
    CHECK_STR(p->tag[tag[4]], "''");
    CHECK(head[0] == 3 && head[1] == 3 && head[2] == 6 && head[5] == 0 && head[7] == 6);
    CHECK(sp && ws_parse_tokens(sp, p, WS_PWORDS_PTB, text2, tk.v + 9, 9, NULL, tag, head, lab) == 0);
    CHECK_STR(p->tag[tag[0]], "NNP");   /* Mr */
    CHECK(head[1] == 1 && !strcmp(p->tag[tag[1]], ".") && !strcmp(p->label[lab[1]], "punct"));
    CHECK(head[0] == 3 && head[2] == 4); /* Mr -> Lee's -> plan */
    CHECK_STR(p->label[lab[2]], "nmod:poss");
    CHECK(head[3] == 6 && head[4] == 6 && head[5] == 0); /* plan, didn't -> fail */
    CHECK_STR(p->tag[tag[4]], "VBD");
    CHECK(head[6] == 6 && !strcmp(p->tag[tag[6]], ":")); /* — */
    ws_psent_free(sp);
  }
  ws_free(tk.v);
  ws_parser_free(p);

  /* a truncated file and a file of another kind are refused */
  fd = open(path, O_WRONLY | O_TRUNC);
  CHECK(fd >= 0 && write(fd, a.data, a.len / 2) == (ssize_t)(a.len / 2));
  close(fd);
  CHECK(ws_parser_load(path, &err) == NULL && err.code == WS_ERR_MODEL);
  fd = open(path, O_WRONLY | O_TRUNC);
  CHECK(fd >= 0 && write(fd, "WSMODEL3 not a parser, just long enough to be read as one...........", 68) == 68);
  close(fd);
  CHECK(ws_parser_load(path, &err) == NULL && err.code == WS_ERR_MODEL);
  unlink(path);
  CHECK(ws_parser_load(path, &err) == NULL && err.code == WS_ERR_IO);

  /* malformed CoNLL-U: a line with too few columns, with its number */
  ws_ptrainer *tr = ws_ptrainer_new();
  CHECK(tr && ws_ptrainer_add(tr, "1\tTom\n", 6, &err) == WS_ERR_PARSE && err.line == 1);
  CHECK(ws_ptrainer_set_bits(tr, 7, 12, 12) == WS_ERR_ARG);
  ws_ptrainer_free(tr);

  /* words: case folds, suffixes and shape */
  ws_ptok x, y;
  ws_ptok_make("Said", 4, &x);
  ws_ptok_make("said", 4, &y);
  CHECK(x.w == y.w && x.s3 == y.s3 && x.shape == 1 && y.shape == 0);
  ws_ptok_make("1,000", 5, &x);
  CHECK(x.shape == 3);
  ws_ptok_make("ICE", 3, &x);
  CHECK(x.shape == 2);

  ws_buf_free(&a);
  ws_buf_free(&b);
  return DONE();
}
