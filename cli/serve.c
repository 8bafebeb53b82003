/* serve.c — `whosaid serve`: the store's pages (ws_store_page) over HTTP
 * with libmicrohttpd, bound to loopback by default, the store opened
 * read-only by each thread of a pool (one per CPU, at most 8).  GET and HEAD only; the request line, headers and query are
 * bounded; nothing is served from disk. */
#include "serve.h"

#include <whosaid.h>

#include <arpa/inet.h>
#include <errno.h>
#include <pthread.h>
#include <sys/stat.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char usage_serve[] =
    "usage: whosaid serve --db FILE.db [--listen ADDR:PORT]\n"
    "\n"
    "Serve the store as pages for a browser: the corpus (documents,\n"
    "outlets, most quoted speakers, quotes across outlets), each article\n"
    "with its sources, cues and contents marked, speakers (every\n"
    "attribution, names, how each outlet introduces them, as a chart),\n"
    "outlets side by side, a quote's history, and full-text search; each\n"
    "page also as JSON under /api/.  The store is opened read-only.  No\n"
    "script and nothing from the network: the pages are made in C.\n"
    "Stop with Ctrl-C.\n"
    "\n"
    "options:\n"
    "  --db FILE           the store made by 'whosaid ingest'\n"
    "  --listen ADDR:PORT  where to listen (default 127.0.0.1:8080; an IPv4\n"
    "                      address: 0.0.0.0 opens it to the network)\n"
    "  -h, --help          show this help\n";

enum { MAX_QUERY = 2000, MAX_URL = 4096 };

/* Pages are made from the store alone, so a page answered once is kept
 * (by path and parameters) while the store file is unchanged (size and
 * time): the last NCACHED pages of status 200 up to 1 MiB each, the
 * oldest replaced. */
enum { NCACHED = 256, MAX_KEY = 4096 };
typedef struct cached {
  char *key, *data;
  size_t len;
  int status;
  const char *type;
  off_t size;
  struct timespec mtime;
} cached;

/* Requests are answered by a pool of threads; each opens the store
 * read-only for itself on its first request (a store is used by one
 * thread at a time: whosaid.h). */
typedef struct server {
  const char *db;
  pthread_key_t key;
  pthread_mutex_t mu;
  cached cache[NCACHED];
  size_t next; /* the slot to replace */
} server;

typedef struct keybuf {
  char s[MAX_KEY];
  size_t n;
  int full;
} keybuf;

static enum MHD_Result key_part(void *cls, enum MHD_ValueKind kind, const char *k, const char *v) {
  (void)kind;
  keybuf *b = cls;
  int n = snprintf(b->s + b->n, sizeof b->s - b->n, "&%s=%s", k, v ? v : "");
  if (n < 0 || (size_t)n >= sizeof b->s - b->n) {
    b->full = 1;
    return MHD_NO;
  }
  b->n += (size_t)n;
  return MHD_YES;
}

static void close_store(void *st) { ws_store_close(st); }

static ws_store *thread_store(server *sv) {
  ws_store *st = pthread_getspecific(sv->key);
  if (!st) {
    ws_error err = {0};
    st = ws_store_open_readonly(sv->db, &err);
    if (st) pthread_setspecific(sv->key, st);
  }
  return st;
}

static volatile sig_atomic_t stop;
static void on_signal(int sig) {
  (void)sig;
  stop = 1;
}

static enum MHD_Result respond(struct MHD_Connection *c, int status, const char *type,
                            const char *data, size_t len) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(len, (void *)data, MHD_RESPMEM_MUST_COPY);
  if (!r) return MHD_NO;
  MHD_add_response_header(r, "Content-Type", type);
  MHD_add_response_header(r, "Content-Security-Policy",
                          "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
                          "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
  MHD_add_response_header(r, "Cache-Control", "no-store");
  if (status == 405) MHD_add_response_header(r, "Allow", "GET, HEAD");
  enum MHD_Result ok = MHD_queue_response(c, (unsigned)status, r);
  MHD_destroy_response(r);
  return ok;
}

static enum MHD_Result plain(struct MHD_Connection *c, int status, const char *msg) {
  return respond(c, status, "text/plain; charset=utf-8", msg, strlen(msg));
}

/* request parameters for ws_store_page */
static const char *param(void *ctx, const char *key) {
  return MHD_lookup_connection_value(ctx, MHD_GET_ARGUMENT_KIND, key);
}

/* flags an over-long parameter (and ends the iteration there) */
static enum MHD_Result too_long(void *cls, enum MHD_ValueKind kind, const char *key,
                                const char *value) {
  (void)kind;
  int bad = strlen(key) > 64 || (value && strlen(value) > MAX_QUERY);
  if (bad) *(int *)cls = 1;
  return bad ? MHD_NO : MHD_YES;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **state) {
  (void)version;
  (void)upload;
  server *sv = cls;
  if (strcmp(method, "GET") && strcmp(method, "HEAD")) return plain(c, 405, "GET and HEAD only\n");
  if (!*state) { /* the first call has the headers only */
    *state = sv;
    return MHD_YES;
  }
  if (*upload_size) return plain(c, 400, "no request body\n");
  if (strlen(url) > MAX_URL) return plain(c, 414, "request too long\n");
  int long_arg = 0;
  int nargs = MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, too_long, &long_arg);
  if (nargs < 0 || nargs > 16 || long_arg) return plain(c, 414, "request too long\n");
  keybuf key;
  key.n = (size_t)snprintf(key.s, sizeof key.s, "%s?", url);
  key.full = key.n >= sizeof key.s;
  if (!key.full) MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, key_part, &key);
  struct stat fs;
  int cacheable = !key.full && stat(sv->db, &fs) == 0;
  if (cacheable) {
    pthread_mutex_lock(&sv->mu);
    for (int k = 0; k < NCACHED; k++) {
      cached *e = &sv->cache[k];
      if (e->key && !strcmp(e->key, key.s) && e->size == fs.st_size &&
          e->mtime.tv_sec == fs.st_mtim.tv_sec && e->mtime.tv_nsec == fs.st_mtim.tv_nsec) {
        enum MHD_Result ok = respond(c, e->status, e->type, e->data, e->len);
        pthread_mutex_unlock(&sv->mu);
        return ok;
      }
    }
    pthread_mutex_unlock(&sv->mu);
  }
  ws_store *st = thread_store(sv);
  if (!st) return plain(c, 503, "the store cannot be opened\n");
  ws_buf out = {0};
  int status = 500;
  const char *type = "text/plain";
  ws_error err = {0};
  enum MHD_Result ok;
  if (ws_store_page(st, url, param, c, &out, &status, &type, &err) != WS_OK) {
    ok = plain(c, 500, "out of memory\n");
  } else {
    ok = respond(c, status, type, out.data ? out.data : "", out.len);
    if (cacheable && status == 200 && out.len <= ((size_t)1 << 20)) {
      char *copy = malloc(out.len ? out.len : 1), *k = strdup(key.s);
      if (copy && k) {
        memcpy(copy, out.data ? out.data : "", out.len);
        pthread_mutex_lock(&sv->mu);
        cached *e = &sv->cache[sv->next];
        sv->next = (sv->next + 1) % NCACHED;
        free(e->key);
        free(e->data);
        *e = (cached){k, copy, out.len, status, type, fs.st_size, fs.st_mtim};
        pthread_mutex_unlock(&sv->mu);
      } else {
        free(copy);
        free(k);
      }
    }
  }
  ws_buf_free(&out);
  return ok;
}

static int parse_listen(const char *s, struct sockaddr_in *a) {
  const char *colon = strrchr(s, ':');
  char host[64];
  if (!colon || (size_t)(colon - s) >= sizeof host) return -1;
  memcpy(host, s, (size_t)(colon - s));
  host[colon - s] = 0;
  char *end;
  long port = strtol(colon + 1, &end, 10);
  if (*end || port < 1 || port > 65535) return -1;
  memset(a, 0, sizeof *a);
  a->sin_family = AF_INET;
  a->sin_port = htons((uint16_t)port);
  return inet_pton(AF_INET, host, &a->sin_addr) == 1 ? 0 : -1;
}

int cmd_serve(int argc, char **argv) {
  const char *db = NULL, *listen = "127.0.0.1:8080";
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage_serve, stdout);
      return 0;
    } else if ((!strcmp(a, "--db") || !strcmp(a, "--listen")) && i + 1 < argc) {
      if (!strcmp(a, "--db")) db = argv[++i];
      else listen = argv[++i];
    } else {
      fprintf(stderr, "whosaid: serve: unknown option or missing value '%s'\n%s", a, usage_serve);
      return 2;
    }
  }
  struct sockaddr_in addr;
  if (!db || parse_listen(listen, &addr)) {
    fprintf(stderr, "whosaid: serve needs --db FILE and --listen ADDR:PORT (an IPv4 address)\n%s",
            usage_serve);
    return 2;
  }
  if (access(db, R_OK) != 0) {
    fprintf(stderr, "whosaid: %s: %s\n", db, strerror(errno));
    return 1;
  }
  /* the store must open (and be a whosaid store) before we listen */
  ws_error err = {0};
  ws_store *probe = ws_store_open_readonly(db, &err);
  if (!probe) {
    fprintf(stderr, "whosaid: %s\n", err.message);
    return 1;
  }
  ws_store_close(probe);
  static server sv;
  sv.db = db;
  if (pthread_key_create(&sv.key, close_store) || pthread_mutex_init(&sv.mu, NULL)) {
    fprintf(stderr, "whosaid: out of memory\n");
    return 3;
  }
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  unsigned pool = ncpu > 1 ? (unsigned)(ncpu > 8 ? 8 : ncpu) : 1;
  struct MHD_Daemon *d = MHD_start_daemon(
      MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG, 0, NULL, NULL, handle, &sv,
      MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr, MHD_OPTION_THREAD_POOL_SIZE, pool,
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768, MHD_OPTION_CONNECTION_LIMIT,
      (unsigned)64, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30, MHD_OPTION_END);
  if (!d) {
    fprintf(stderr, "whosaid: cannot listen on %s\n", listen);
    return 1;
  }
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  fprintf(stderr, "whosaid: serving %s at http://%s/ (Ctrl-C stops)\n", db, listen);
  while (!stop) pause();
  MHD_stop_daemon(d);
  for (int k = 0; k < NCACHED; k++) {
    free(sv.cache[k].key);
    free(sv.cache[k].data);
  }
  return 0;
}
