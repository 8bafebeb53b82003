/* ingest.c — many documents into the store: worker threads analyse
 * records, one thread writes them in transactions, in the order given;
 * then the identities and clusters are rebuilt.  Reports go to the
 * caller's callbacks; nothing is printed here. */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <threads.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/resource.h>
#endif

typedef struct job {
  ws_record rec; /* data and path owned by the job */
  ws_doc *doc;   /* result */
  ws_error err;  /* result when doc is NULL */
  char *warning; /* result: something set aside */
} job;

/* jobs travel between threads in groups, so that threads wake up once
 * per group rather than once per document */
enum { GROUP = 32, MAX_THREADS = 64 };
typedef struct group {
  job *items[GROUP];
  size_t n, bytes;
  struct group *next; /* in the list of written groups */
} group;

typedef struct queue {
  group **v;
  size_t cap, head, n;
  int closed;
  mtx_t mu;
  cnd_t not_empty, not_full;
} queue;

static int q_init(queue *q, size_t cap) {
  memset(q, 0, sizeof *q);
  q->v = ws_calloc(cap, sizeof *q->v);
  q->cap = cap;
  return !q->v || mtx_init(&q->mu, mtx_plain) != thrd_success ||
         cnd_init(&q->not_empty) != thrd_success || cnd_init(&q->not_full) != thrd_success;
}

static void q_push(queue *q, group *j) {
  mtx_lock(&q->mu);
  while (q->n == q->cap) cnd_wait(&q->not_full, &q->mu);
  q->v[(q->head + q->n++) % q->cap] = j;
  cnd_signal(&q->not_empty);
  mtx_unlock(&q->mu);
}

/* NULL once the queue is closed and drained */
static group *q_pop(queue *q) {
  mtx_lock(&q->mu);
  while (!q->n && !q->closed) cnd_wait(&q->not_empty, &q->mu);
  group *j = NULL;
  if (q->n) {
    j = q->v[q->head];
    q->head = (q->head + 1) % q->cap;
    q->n--;
    cnd_signal(&q->not_full);
  }
  mtx_unlock(&q->mu);
  return j;
}

static void q_close(queue *q) {
  mtx_lock(&q->mu);
  q->closed = 1;
  cnd_broadcast(&q->not_empty);
  mtx_unlock(&q->mu);
}

static void q_free(queue *q) {
  ws_free(q->v);
  mtx_destroy(&q->mu);
  cnd_destroy(&q->not_empty);
  cnd_destroy(&q->not_full);
}

struct ws_ingest {
  queue in, out;
  /* groups the writer is done with: the workers free them, so that the
   * writer, the pipeline's narrowest stage, only writes */
  mtx_t done_mu;
  group *done, *pending;
  ws_ingest_opts o;
  ws_store *store, *writing; /* writing: NULL after a failed write */
  ws_ingest_stats st;
  thrd_t w[MAX_THREADS], wr;
  int nw;
};

static void job_free(job *j) {
  if (!j) return;
  ws_free((char *)j->rec.data);
  ws_free((char *)j->rec.path);
  ws_free(j->warning);
  ws_doc_free(j->doc);
  ws_free(j);
}

static void free_groups(group *g) {
  while (g) {
    group *next = g->next;
    for (size_t i = 0; i < g->n; i++) job_free(g->items[i]);
    ws_free(g);
    g = next;
  }
}

static group *take_done(ws_ingest *c) {
  mtx_lock(&c->done_mu);
  group *g = c->done;
  c->done = NULL;
  mtx_unlock(&c->done_mu);
  return g;
}

static void analyze_job(ws_ingest *c, job *j) {
  ws_doc *d = ws_record_doc(&j->rec, c->o.meta, &j->err);
  double mc = c->o.min_confidence;
  if (d) ws_doc_set_min_confidence(d, mc == 0 ? WS_MIN_CONFIDENCE : mc < 0 ? 0 : mc);
  if (d && (ws_analyze(d, c->o.model, &j->err) != WS_OK || ws_store_prepare(d, &j->err) != WS_OK)) {
    ws_doc_free(d);
    d = NULL;
  }
  if (!d && !j->err.message[0]) ws_set_error(&j->err, WS_ERR_NOMEM, 0, 0, "out of memory");
  if (d && ws_doc_warning(d)) j->warning = ws_strdup(ws_doc_warning(d));
  j->doc = d;
}

static int worker(void *arg) {
  ws_ingest *c = arg;
  group *g;
#ifdef __linux__
  /* analysis threads yield to the writer, the pipeline's narrowest stage:
   * on Linux a thread's nice value is its own */
  setpriority(PRIO_PROCESS, 0, 10);
#endif
  while ((g = q_pop(&c->in))) {
    free_groups(take_done(c));
    for (size_t i = 0; i < g->n; i++) analyze_job(c, g->items[i]);
    q_push(&c->out, g);
  }
  return 0;
}

static void report(ws_ingest *c, const job *j, const ws_error *e, int warning) {
  if (!c->o.report) return;
  char where[4200];
  c->o.report(c->o.ud, j ? ws_record_where(&j->rec, where, sizeof where) : NULL, e, warning);
}

/* After a failed write the open transaction is rolled back: its new
 * documents were never stored, and neither is anything after it. */
static void write_failed(ws_ingest *c, ws_error *err, size_t *tx_added) {
  size_t n = strlen(err->message);
  snprintf(err->message + n, sizeof err->message - n, "; documents from here on are not stored");
  report(c, NULL, err, 0);
  ws_store_rollback(c->writing, NULL);
  c->st.failed += *tx_added;
  c->st.errors++;
  *tx_added = 0;
  c->writing = NULL; /* stop writing; keep draining so workers finish */
}

static int writer(void *arg) {
  ws_ingest *c = arg;
  group *g;
  ws_error err = {0};
  int in_tx = 0, pending = 0;
  /* documents added in the open transaction: new only once committed */
  size_t tx_added = 0;
  while ((g = q_pop(&c->out))) {
    for (size_t gi = 0; gi < g->n; gi++) {
      job *j = g->items[gi];
      c->st.seen++;
      c->st.bytes += j->rec.len;
      if (j->warning) {
        ws_error w = {0};
        ws_set_error(&w, WS_OK, j->rec.line, 0, "%s", j->warning);
        report(c, j, &w, 1);
      }
      if (!j->doc) {
        report(c, j, &j->err, 0);
        c->st.failed++;
        c->st.errors++;
      } else if (!c->writing) {
        c->st.failed++; /* the store failed earlier */
      } else {
        int added = 0;
        if ((!in_tx && ws_store_begin(c->writing, &err) != WS_OK) ||
            (in_tx = 1, ws_store_add(c->writing, j->doc, &added, &err) != WS_OK)) {
          c->st.failed++;
          write_failed(c, &err, &tx_added);
          in_tx = 0;
        } else {
          tx_added += added != 0;
          c->st.skipped += added == 0;
          if (++pending >= c->o.batch) {
            if (ws_store_commit(c->writing, &err) != WS_OK) {
              write_failed(c, &err, &tx_added);
            } else {
              c->st.added += tx_added;
              tx_added = 0;
            }
            in_tx = 0;
            pending = 0;
          }
        }
      }
      if (c->o.progress) c->o.progress(c->o.ud, &c->st);
    }
    mtx_lock(&c->done_mu);
    g->next = c->done;
    c->done = g;
    mtx_unlock(&c->done_mu);
  }
  if (in_tx && c->writing) {
    if (ws_store_commit(c->writing, &err) != WS_OK) write_failed(c, &err, &tx_added);
    else c->st.added += tx_added;
  }
  return 0;
}

ws_ingest *ws_ingest_start(ws_store *s, const ws_ingest_opts *o, ws_error *err) {
  if (!s || s->readonly) {
    ws_set_error(err, WS_ERR_ARG, 0, 0, "ingest: no store, or a store open read-only");
    return NULL;
  }
  ws_ingest *c = ws_calloc(1, sizeof *c);
  if (!c) goto oom;
  if (o) c->o = *o;
  if (!c->o.model && !(c->o.model = ws_model_default())) {
    ws_free(c);
    ws_set_error(err, WS_ERR_MODEL, 0, 0, "the built-in model cannot be read");
    return NULL;
  }
  if (c->o.batch <= 0) c->o.batch = 10000;
  int n = c->o.threads;
  if (n <= 0) {
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    n = ncpu > 0 ? (int)ncpu : 1;
  }
  if (n > MAX_THREADS) n = MAX_THREADS;
  c->store = c->writing = s;
  if (q_init(&c->in, 8) || q_init(&c->out, 8) || mtx_init(&c->done_mu, mtx_plain) != thrd_success)
    goto oom; /* (a failed init leaves its queue freeable) */
  for (; c->nw < n; c->nw++)
    if (thrd_create(&c->w[c->nw], worker, c) != thrd_success) break;
  if (!c->nw || thrd_create(&c->wr, writer, c) != thrd_success) {
    q_close(&c->in);
    for (int k = 0; k < c->nw; k++) thrd_join(c->w[k], NULL);
    goto oom;
  }
  return c;
oom:
  if (c) {
    q_free(&c->in);
    q_free(&c->out);
    ws_free(c);
  }
  ws_set_error(err, WS_ERR_NOMEM, 0, 0, "ingest: out of memory or no threads");
  return NULL;
}

ws_status ws_ingest_add(ws_ingest *c, const ws_record *rec, ws_error *err) {
  job *j = ws_calloc(1, sizeof *j);
  char *data = ws_malloc(rec->len + 1), *path = ws_strdup(rec->path ? rec->path : "-");
  if (!j || !data || !path || (!c->pending && !(c->pending = ws_calloc(1, sizeof *c->pending)))) {
    ws_free(j);
    ws_free(data);
    ws_free(path);
    ws_set_error(err, WS_ERR_NOMEM, rec->line, 0, "out of memory");
    return WS_ERR_NOMEM;
  }
  memcpy(data, rec->data, rec->len);
  data[rec->len] = 0;
  j->rec = *rec;
  j->rec.data = data;
  j->rec.path = path;
  group *g = c->pending;
  g->items[g->n++] = j;
  g->bytes += rec->len;
  if (g->n == GROUP || g->bytes > (1u << 20)) {
    q_push(&c->in, g);
    c->pending = NULL;
  }
  return WS_OK;
}

ws_status ws_ingest_finish(ws_ingest *c, int cluster, ws_ingest_stats *stats, ws_error *err) {
  if (c->pending) q_push(&c->in, c->pending);
  c->pending = NULL;
  q_close(&c->in);
  for (int k = 0; k < c->nw; k++) thrd_join(c->w[k], NULL);
  q_close(&c->out);
  thrd_join(c->wr, NULL);
  free_groups(take_done(c));
  mtx_destroy(&c->done_mu);
  q_free(&c->in);
  q_free(&c->out);
  ws_status st = WS_OK;
  /* identities first: clusters need compatible speakers */
  if (c->writing) st = ws_store_identities(c->store, err);
  if (st == WS_OK && cluster && c->writing) st = ws_store_cluster(c->store, err);
  if (stats) *stats = c->st;
  ws_free(c);
  return st;
}
