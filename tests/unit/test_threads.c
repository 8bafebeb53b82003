/* Threads: the library's rule (whosaid.h) is that one model serves any
 * number of documents analysed at once, each document in one thread.  Four
 * threads analyse the same varied articles (the built-in model's tables
 * and the lexicons are loaded lazily, on first use, by whichever thread
 * comes first) and must render exactly what one thread renders.  Built
 * under ThreadSanitizer by scripts/test.sh (build-tsan), where any data
 * race fails the test. */
#include "check.h"
#include "whosaid.h"

/* POSIX threads: ThreadSanitizer (clang 14) does not intercept C11
 * thrd_create */
#include <pthread.h>

enum { NTHREADS = 4, NDOCS = 24 };

static const char *const texts[] = {
    "date 2026-02-03 (Valley Courier) \"We have no choice,\" Mayor Dana Whitfield told "
    "reporters on Monday.\n\nCritics claimed the tax was unfair, according to the Courier.\n",
    "Union president Karen Littlewood told the crowd the province had ignored a decade of "
    "warnings.\n\n\"Our classrooms are bursting at the seams.\"\n\nREAD MORE: Council votes\n",
    "The Ministry of Health (MoH) said in a statement that wait times fell.  A senior official, "
    "who spoke on condition of anonymity, said she doubted the figures.\n",
    "'We will not be dithering,' the minister said, as Labour MP Paul Howell accused ministers "
    "of 'dithering' on the bridge.\n",
};
enum { NTEXTS = sizeof texts / sizeof texts[0] };

static char *render(const char *text) {
  ws_error err = {0};
  ws_doc *d = ws_doc_new(text, strlen(text), NULL, 1, &err);
  if (!d) return NULL;
  ws_buf b = {0};
  char *out = NULL;
  if (ws_analyze(d, ws_model_default(), &err) == WS_OK && ws_render_json(d, &b) == WS_OK &&
      ws_render_tsv(d, &b) == WS_OK && (out = malloc(b.len + 1))) {
    memcpy(out, b.data, b.len);
    out[b.len] = 0;
  }
  ws_buf_free(&b);
  ws_doc_free(d);
  return out;
}

static char *got[NTHREADS][NDOCS];

static void *worker(void *arg) {
  int t = (int)(size_t)arg;
  for (int i = 0; i < NDOCS; i++) got[t][i] = render(texts[(i + t) % NTEXTS]);
  return NULL;
}

int main(void) {
  pthread_t th[NTHREADS];
  /* the threads start before anything is loaded */
  for (int t = 0; t < NTHREADS; t++)
    CHECK(pthread_create(&th[t], NULL, worker, (void *)(size_t)t) == 0);
  for (int t = 0; t < NTHREADS; t++) pthread_join(th[t], NULL);
  char *want[NTEXTS];
  for (int k = 0; k < NTEXTS; k++) {
    want[k] = render(texts[k]);
    CHECK(want[k] && strstr(want[k], "\"attributions\":[{"));
  }
  for (int t = 0; t < NTHREADS; t++)
    for (int i = 0; i < NDOCS; i++) {
      CHECK(got[t][i] && want[(i + t) % NTEXTS] && !strcmp(got[t][i], want[(i + t) % NTEXTS]));
      free(got[t][i]);
    }
  for (int k = 0; k < NTEXTS; k++) free(want[k]);
  return DONE();
}
