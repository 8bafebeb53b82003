/* Cue classes from data/cue-verbs.tsv, model loading errors, training on
 * a tiny corpus written for the test (deterministic, loadable). */
#include "check.h"
#include "attrib/model.h"
#include "framing/cues.h"

#include <unistd.h>

static const char *classify(const char *cue) {
  ws_doc *d = ws_doc_new(cue, strlen(cue), NULL, 0, NULL);
  ws_attr_rec *r = ws_doc_push_attr(d);
  ws_span s = {0, strlen(cue)};
  ws_part_set(d, &r->pub.cue, &r->cue_b, &s, &s, 1);
  ws_cues_classify(d, 0);
  static char out[64];
  snprintf(out, sizeof out, "%s/%s", r->pub.cue_lemma, r->pub.cue_class);
  ws_doc_free(d);
  return out;
}

static const char train_text[] =
    "Anna Berg said the bridge was safe. \"It will hold,\" Berg told reporters.\n"
    "The council claimed the budget was balanced, according to the Gazette.\n";
static const char train_ann[] =
    "T1\tSource 0 9\tAnna Berg\nT2\tCue 10 14\tsaid\nT3\tContent 15 34\tthe bridge was safe\n"
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    "T4\tContent 36 51\t\"It will hold,\"\nT5\tSource 52 56\tBerg\nT6\tCue 57 61\ttold\n"
    "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T4\n"
    "T7\tSource 73 84\tThe council\nT8\tCue 85 92\tclaimed\nT9\tContent 93 116\tthe budget was balanced\n"
    "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9\n";

int main(void) {
  CHECK_STR(classify("said"), "say/neutral");
  CHECK_STR(classify("has pointed out"), "point out/factive");
  CHECK_STR(classify("admitted"), "admit/concessive");
  CHECK_STR(classify("Claimed"), "claim/doubt");
  CHECK_STR(classify("agreed"), "agree/endorsing");
  CHECK_STR(classify("slammed"), "slam/hostile");
  CHECK_STR(classify("according to"), "according to/neutral");
  CHECK_STR(classify("said:"), "say/neutral");
  CHECK_STR(classify("believes"), "believe/belief");
  CHECK_STR(classify("plans"), "plan/intention");
  CHECK_STR(classify("frobnicated"), "frobnicated/other");

  ws_error err = {0};
  CHECK(ws_model_load("/nonexistent/model.bin", &err) == NULL && err.code == WS_ERR_IO);
  char path[] = "/tmp/ws_test_modelXXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  CHECK(write(fd, "WSMODEL3\x07", 9) == 9);
  close(fd);
  CHECK(ws_model_load(path, &err) == NULL && err.code == WS_ERR_MODEL);

  /* train twice on the same data: same bytes, and the model loads */
  ws_buf m1 = {0}, m2 = {0};
  for (int k = 0; k < 2; k++) {
    ws_trainer *tr = ws_trainer_new();
    CHECK(ws_trainer_set_bits(tr, 12) == WS_OK);
    CHECK(ws_trainer_set_bits(tr, 40) == WS_ERR_ARG);
    CHECK(ws_trainer_add(tr, "t", train_text, sizeof train_text - 1, train_ann,
                         sizeof train_ann - 1, &err) == WS_OK);
    const char conllu[] = "1\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\t_\n2\tsaid\tsay\t_\tVBD\t_\t1\tdep\t_\t_\n";
    CHECK(ws_trainer_add_tags(tr, conllu, sizeof conllu - 1, &err) == WS_OK);
    CHECK(ws_trainer_run(tr, 5, k ? &m2 : &m1, NULL, NULL, &err) == WS_OK);
    ws_trainer_free(tr);
  }
  CHECK(m1.len == m2.len && memcmp(m1.data, m2.data, m1.len) == 0);
  FILE *f = fopen(path, "wb");
  fwrite(m1.data, 1, m1.len, f);
  fclose(f);
  ws_model *m = ws_model_load(path, &err);
  CHECK(m != NULL);
  if (m) {
    ws_doc *d = ws_doc_new(train_text, sizeof train_text - 1, NULL, 0, &err);
    CHECK(ws_analyze(d, m, &err) == WS_OK);
    CHECK(ws_doc_attribution_count(d) >= 1); /* it learned something */
    ws_doc_free(d);
  }
  ws_model_free(m);
  /* truncated */
  f = fopen(path, "wb");
  fwrite(m1.data, 1, m1.len - 2, f);
  fclose(f);
  CHECK(ws_model_load(path, &err) == NULL && err.code == WS_ERR_MODEL);
  unlink(path);
  ws_buf_free(&m1);
  ws_buf_free(&m2);
  ws_model_free(NULL);
  return DONE();
}
