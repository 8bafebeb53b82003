/* Cue classes from data/cue-verbs.tsv, model loading errors, training on
 * a tiny corpus written for the test (deterministic, loadable). */
#include "check.h"
#include "attrib/model.h"
#include "attrib/tagger.h"
#include "framing/cues.h"
#include "attrib/confidence.h"
#include "tokenize/tokenize.h"

#include <math.h>
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

/* label l belongs to part g (source, cue, content; a content's end is
 * content) */
/* The training article with its tags and word classes, a 2^12 table and
 * these margins, trained for 5 epochs into *out. */
static const char train_conllu[] =
    "1\tsaid\tsay\t_\tVBD\t_\t0\troot\t_\t_\n2\tsaid\tsay\t_\tVBD\t_\t1\tdep\t_\t_\n";
static const char train_classes[] =
    "# a comment\nsaid\t32\t0\t1\nbudget\t0\t21\t0\r\nwizened\t30\t0\t0\n";
static void train_small(unsigned margin1, unsigned margin2, ws_buf *out) {
  ws_error err = {0};
  ws_trainer *tr = ws_trainer_new();
  CHECK(ws_trainer_set_bits(tr, 12) == WS_OK);
  CHECK(ws_trainer_set_margin(tr, margin1, margin2) == WS_OK);
  CHECK(ws_trainer_add(tr, "t", train_text, sizeof train_text - 1, train_ann,
                       sizeof train_ann - 1, &err) == WS_OK);
  CHECK(ws_trainer_add_tags(tr, train_conllu, sizeof train_conllu - 1, &err) == WS_OK);
  CHECK(ws_trainer_add_classes(tr, train_classes, sizeof train_classes - 1, &err) == WS_OK);
  CHECK(ws_trainer_run(tr, 5, out, NULL, NULL, &err) == WS_OK);
  ws_trainer_free(tr);
}

static int part_of(int l, int g) {
  return l == 1 + 2 * g || l == 2 + 2 * g || (g == 2 && l == WS_L_ET);
}

/* the best score of a labelling of n tokens (every one of 8^n that the
 * transitions allow, not ending inside a content) with token `at` in a
 * label of part g, or outside every label of g (inside = 0) */
static float brute(const float *em, const float *tr, int n, int at, int g, int inside) {
  float best = -1e30f;
  int lab[4], total = 1;
  for (int i = 0; i < n; i++) total *= WS_NLABELS;
  for (int code = 0; code < total; code++) {
    int c = code;
    for (int i = 0; i < n; i++, c /= WS_NLABELS) lab[i] = c % WS_NLABELS;
    int ok = part_of(lab[at], g) == inside && lab[n - 1] != WS_L_IT;
    float sc = 0;
    for (int i = 0; i < n && ok; i++) {
      int p = i ? lab[i - 1] : WS_L_O;
      ok = ws_trans_ok(p, lab[i]);
      sc += tr[(i ? lab[i - 1] : WS_START) * WS_ROW + lab[i]] + em[i * WS_ROW + lab[i]];
    }
    if (ok && sc > best) best = sc;
  }
  return best;
}

/* beliefs (max-marginal margins) against brute force over all labellings */
static void test_beliefs(void) {
  enum { N = 4 };
  float em[N * WS_ROW], tr[WS_TROWS * WS_ROW], alpha[N * WS_ROW], beta[N * WS_ROW];
  uint32_t seed = 12345;
  for (int round = 0; round < 20; round++) {
    for (int i = 0; i < N * WS_ROW; i++) {
      seed = seed * 1103515245u + 12345u;
      em[i] = (float)((seed >> 16) % 200) - 100;
    }
    for (int i = 0; i < WS_TROWS * WS_ROW; i++) {
      seed = seed * 1103515245u + 12345u;
      tr[i] = (float)((seed >> 16) % 60) - 30;
    }
    ws_token v[N];
    memset(v, 0, sizeof v);
    ws_tokens tk = {v, N, N};
    uint8_t bp[N * WS_ROW];
    ws_viterbi(em, tr, N, bp, alpha, &tk);
    ws_beliefs(alpha, em, tr, N, beta, &tk);
    int ok = 1;
    for (int i = 0; i < N; i++)
      for (int g = 0; g < 3; g++) {
        float want = brute(em, tr, N, i, g, 1) - brute(em, tr, N, i, g, 0);
        ok &= (int)v[i].bel[g] == (int)(want * WS_BEL_UNIT);
        /* the Viterbi label's part is believed, the others are not */
        int in = part_of(v[i].label, g);
        ok &= in ? v[i].bel[g] >= 0 : v[i].bel[g] <= 0;
      }
    CHECK(ok);
  }
}

/* removing records renumbers parents; a removed parent becomes -1 */
static void test_sweep(void) {
  ws_doc *d = ws_doc_new("x", 1, NULL, 0, NULL);
  for (int i = 0; i < 5; i++) ws_doc_push_attr(d)->pub.source_entity = i;
  d->attrs[0].pub.parent = 3; /* kept, after the removed one: 3 -> 2 */
  d->attrs[2].pub.parent = 1; /* the removed one */
  d->attrs[4].pub.parent = 0; /* kept, before it: 0 */
  uint8_t dead[5] = {0, 1, 0, 0, 0};
  CHECK(ws_doc_sweep(d, 0, dead) == 0);
  CHECK(d->nattrs == 4);
  CHECK(d->attrs[0].pub.parent == 2 && d->attrs[2].pub.source_entity == 3);
  CHECK(d->attrs[1].pub.source_entity == 2 && d->attrs[1].pub.parent == -1);
  CHECK(d->attrs[3].pub.source_entity == 4 && d->attrs[3].pub.parent == 0);
  /* records before `first` are neither moved nor renumbered */
  uint8_t dead2[2] = {1, 0};
  CHECK(ws_doc_sweep(d, 2, dead2) == 0);
  CHECK(d->nattrs == 3 && d->attrs[0].pub.parent == 2 && d->attrs[2].pub.source_entity == 4);
  ws_doc_free(d);
}

WS_DATA(confidence);

/* confidence: in (0, 1), higher with a quotation and a believed cue */
static void test_confidence(void) {
  const char *text = "Mayor Ann Lee said, \"We will rebuild the bridge this year.\" The board built a shed.";
  ws_doc *d = ws_doc_new(text, strlen(text), NULL, 0, NULL);
  CHECK(ws_analyze(d, ws_model_default(), NULL) == WS_OK);
  CHECK(ws_doc_attribution_count(d) >= 1);
  double c = ws_doc_attribution(d, 0)->confidence;
  CHECK(c > 0.5 && c < 1);
  /* computed once the content's kind is known: the quotation counts */
  double fq[WS_CONF_N];
  ws_conf_features(&d->attrs[0], fq);
  CHECK(fq[8] + fq[9] == 1);
  double z = 0, w0[WS_CONF_N];
  CHECK(ws_conf_parse_weights((const char *)ws_data_confidence, ws_data_confidence_len, w0) == 0);
  for (int f = 0; f < WS_CONF_N; f++) z += w0[f] * fq[f];
  CHECK(fabs(1 / (1 + exp(-z)) - c) < 1e-9);
  ws_doc_free(d);
  const char *bad = "bias\t1\n";
  double w[WS_CONF_N];
  CHECK(ws_conf_parse_weights(bad, strlen(bad), w) == 2); /* the second feature is missing */
  const char *nan_ = "bias\t1\ncue_belief\tlots\n";
  CHECK(ws_conf_parse_weights(nan_, strlen(nan_), w) == 2); /* not a number */
  ws_attr_rec r, q;
  memset(&r, 0, sizeof r);
  r.bel[1] = 4000;
  r.tagged = 1;
  r.pub.cue.nspans = 1;
  q = r;
  q.bel[1] = -4000;
  double x[WS_CONF_N], y[WS_CONF_N];
  ws_conf_features(&r, x);
  ws_conf_features(&q, y);
  CHECK(x[1] > 0.9 && y[1] < -0.9 && x[0] == 1);
}

int main(void) {
  test_beliefs();
  test_sweep();
  test_confidence();
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
  train_small(0, 0, &m1);
  train_small(0, 0, &m2);
  CHECK(m1.len == m2.len && memcmp(m1.data, m2.data, m1.len) == 0);
  /* a margin: out of range refused; in range, other weights than without
   * it, and a model that still finds the attribution; stage two's margin
   * where there is no stage two, the same bytes as without */
  {
    ws_buf g1 = {0}, g2 = {0};
    ws_trainer *tr = ws_trainer_new();
    CHECK(ws_trainer_set_bits(tr, 40) == WS_ERR_ARG);
    CHECK(ws_trainer_set_margin(tr, 100001, 0) == WS_ERR_ARG);
    CHECK(ws_trainer_set_margin(tr, 0, 100001) == WS_ERR_ARG);
    ws_trainer_free(tr);
    train_small(40, 40, &g1);
    train_small(0, 40, &g2);
    CHECK(g1.len == m1.len && memcmp(g1.data, m1.data, m1.len) != 0);
    CHECK(g2.len == m1.len && memcmp(g2.data, m1.data, m1.len) == 0);
    uint8_t *al = aligned_alloc(64, (g1.len + 63) & ~(size_t)63);
    CHECK(al != NULL);
    memcpy(al, g1.data, g1.len);
    struct ws_model gm;
    CHECK(ws_model_parse(&gm, al, g1.len, &err) == WS_OK);
    ws_doc *d = ws_doc_new(train_text, sizeof train_text - 1, NULL, 0, &err);
    CHECK(ws_analyze(d, &gm, &err) == WS_OK && ws_doc_attribution_count(d) >= 1);
    ws_doc_free(d);
    free(al);
    ws_buf_free(&g1);
    ws_buf_free(&g2);
  }
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
    /* the content's end label is the tagger's own: what it reports is
     * B-T, I-T */
    ws_tokens tk = {0};
    ws_tag_scratch ts = {0};
    CHECK(ws_tokenize(train_text, 0, sizeof train_text - 1, 0, &tk) == 0);
    ws_mark_structure(train_text, &tk);
    CHECK(ws_tag(m, train_text, &tk, &ts) == 0);
    int inside = 0, ends = 0;
    for (size_t i = 0; i < tk.n; i++) {
      inside += tk.v[i].label == WS_L_IT;
      ends += tk.v[i].label == WS_L_ET;
    }
    CHECK(inside > 0 && ends == 0);
    ws_tag_scratch_free(&ts);
    ws_free(tk.v);
  }
  ws_model_free(m);
  /* the word classes are in the model's word table, a class-only word
   * without a tag or cue bit */
  struct ws_model pm;
  CHECK(ws_model_parse(&pm, (const uint8_t *)m1.data, m1.len, &err) == WS_OK);
  {
    const char words[] = "said budget wizened bridge";
    ws_tokens tk = {0};
    CHECK(ws_tokenize(words, 0, sizeof words - 1, 0, &tk) == 0 && tk.n == 4);
    const ws_wordtab wt = {pm.wkey, pm.wlemma, pm.wval, pm.wclass, pm.wbits};
    ws_mark_lex(&tk, &wt);
    CHECK(tk.v[0].wclass == WS_WCLASS(32, 0, 1) && WS_WCLASS_VERB(tk.v[0].wclass) == 32);
    CHECK(tk.v[1].wclass == WS_WCLASS(0, 21, 0) && WS_WCLASS_NOUN(tk.v[1].wclass) == 21);
    CHECK(tk.v[2].wclass == WS_WCLASS(30, 0, 0) && tk.v[2].pos == WS_POS_UNK &&
          !(tk.v[2].flags & WS_TF_CUELEX) && tk.v[2].lemma == tk.v[2].norm);
    CHECK(tk.v[3].wclass == 0);
    ws_free(tk.v);
  }
  /* malformed class lines are refused with their line */
  {
    static const char *bad[] = {"x\t32\t0\n", "x\t64\t0\t0\n", "x\t1\t2\t4\n",
                                "\t1\t2\t3\n", "x\t1\t2\t3 \n", "x\t\t2\t3\n"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
      ws_trainer *tr = ws_trainer_new();
      char buf[64];
      snprintf(buf, sizeof buf, "# ok\nsaid\t32\t0\t1\n%s", bad[i]);
      err.line = 0;
      CHECK(ws_trainer_add_classes(tr, buf, strlen(buf), &err) == WS_ERR_PARSE && err.line == 3);
      ws_trainer_free(tr);
    }
  }
  /* the trainer learns in int16 rows and, where a weight outgrows them,
   * again in float from the start: a limit of 1 makes that happen in
   * every stage, and the model is the same bytes (three documents, so that
   * the shuffles must repeat; two stages) */
  {
    static const char other[] = "The bridge opened in May. Traffic was light on the first day.\n";
    static const char lee[] = "Mayor Lee said the road was closed.\n";
    static const char lee_ann[] = "T1\tSource 0 9\tMayor Lee\nT2\tCue 10 14\tsaid\n"
                                  "T3\tContent 15 34\tthe road was closed\n"
                                  "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n";
    ws_buf w1 = {0}, w2 = {0};
    for (int k = 0; k < 2; k++) {
      ws_train_w16_max = k ? 1 : 32767;
      ws_trainer *tr = ws_trainer_new();
      CHECK(ws_trainer_set_bits(tr, 12) == WS_OK && ws_trainer_set_stack(tr, 2) == WS_OK);
      CHECK(ws_trainer_add(tr, "t", train_text, sizeof train_text - 1, train_ann,
                           sizeof train_ann - 1, &err) == WS_OK);
      CHECK(ws_trainer_add(tr, "v", other, sizeof other - 1, "", 0, &err) == WS_OK);
      CHECK(ws_trainer_add(tr, "w", lee, sizeof lee - 1, lee_ann, sizeof lee_ann - 1, &err) == WS_OK);
      CHECK(ws_trainer_run(tr, 5, k ? &w2 : &w1, NULL, NULL, &err) == WS_OK);
      ws_trainer_free(tr);
    }
    ws_train_w16_max = 32767;
    CHECK(w1.len > 0 && w1.len == w2.len && memcmp(w1.data, w2.data, w1.len) == 0);
    /* the default seed is WS_TRAIN_SEED; another visits the three
     * articles in other orders and learns other weights */
    for (int k = 0; k < 2; k++) {
      ws_buf w3 = {0};
      ws_trainer *tr = ws_trainer_new();
      CHECK(ws_trainer_set_bits(tr, 12) == WS_OK && ws_trainer_set_stack(tr, 2) == WS_OK);
      ws_trainer_set_seed(tr, k ? 7 : WS_TRAIN_SEED);
      CHECK(ws_trainer_add(tr, "t", train_text, sizeof train_text - 1, train_ann,
                           sizeof train_ann - 1, &err) == WS_OK);
      CHECK(ws_trainer_add(tr, "v", other, sizeof other - 1, "", 0, &err) == WS_OK);
      CHECK(ws_trainer_add(tr, "w", lee, sizeof lee - 1, lee_ann, sizeof lee_ann - 1, &err) == WS_OK);
      CHECK(ws_trainer_run(tr, 5, &w3, NULL, NULL, &err) == WS_OK);
      ws_trainer_free(tr);
      CHECK(w3.len == w1.len && (memcmp(w3.data, w1.data, w1.len) == 0) == !k);
      ws_buf_free(&w3);
    }
    ws_buf_free(&w1);
    ws_buf_free(&w2);
  }
  /* two stages (stacking): same bytes twice, the first stage's model with
   * the second appended, and it analyses; a cut or out-of-range second
   * stage is refused */
  {
    ws_buf s1 = {0}, s2 = {0};
    for (int k = 0; k < 2; k++) {
      ws_trainer *tr = ws_trainer_new();
      CHECK(ws_trainer_set_bits(tr, 12) == WS_OK);
      CHECK(ws_trainer_set_stack(tr, 1) == WS_ERR_ARG && ws_trainer_set_stack(tr, 17) == WS_ERR_ARG);
      CHECK(ws_trainer_set_stack(tr, 2) == WS_OK);
      CHECK(ws_trainer_add(tr, "t", train_text, sizeof train_text - 1, train_ann,
                           sizeof train_ann - 1, &err) == WS_OK);
      CHECK(ws_trainer_add(tr, "u", train_text, sizeof train_text - 1, train_ann,
                           sizeof train_ann - 1, &err) == WS_OK);
      CHECK(ws_trainer_run(tr, 5, k ? &s2 : &s1, NULL, NULL, &err) == WS_OK);
      ws_trainer_free(tr);
    }
    CHECK(s1.len == s2.len && memcmp(s1.data, s2.data, s1.len) == 0);
    struct ws_model sm;
    uint8_t *al = aligned_alloc(16, (s1.len + 15) & ~(size_t)15);
    CHECK(al != NULL);
    memcpy(al, s1.data, s1.len);
    CHECK(ws_model_parse(&sm, al, s1.len, &err) == WS_OK);
    CHECK((sm.flags & WS_MODEL_STACK) && sm.bits == 12 && sm.trans2 != NULL && sm.mix1 == 0.5f);
    ws_doc *d = ws_doc_new(train_text, sizeof train_text - 1, NULL, 0, &err);
    CHECK(ws_analyze(d, &sm, &err) == WS_OK && ws_doc_attribution_count(d) >= 1);
    ws_doc_free(d);
    CHECK(ws_model_parse(&sm, al, s1.len - 16, &err) == WS_ERR_MODEL);
    size_t stack_off = s1.len - 16 - WS_TROWS * WS_ROW * 2;
    al[stack_off + 11] = 0x7f; /* mix1 = 0x7f000000 as a float: too large */
    CHECK(ws_model_parse(&sm, al, s1.len, &err) == WS_ERR_MODEL);
    al[stack_off + 11] = 0x3f;
    CHECK(ws_model_parse(&sm, al, s1.len, &err) == WS_OK);
    al[stack_off] = 13; /* not the first stage's bits */
    CHECK(ws_model_parse(&sm, al, s1.len, &err) == WS_ERR_MODEL);
    free(al);
    ws_buf_free(&s1);
    ws_buf_free(&s2);
  }
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
