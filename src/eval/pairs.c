/* pairs.c — the files of an evaluation or training corpus: articles and
 * their gold annotation files, and a directory's files of one kind. */
#include "../internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join(const char *dir, const char *name, size_t n, const char *ext) {
  size_t len = strlen(dir) + n + strlen(ext) + 2;
  char *p = ws_malloc(len);
  if (p) snprintf(p, len, "%s/%.*s%s", dir, (int)n, name, ext);
  return p;
}

void ws_paths_free(char **v, size_t n) {
  for (size_t i = 0; v && i < n; i++) ws_free(v[i]);
  ws_free(v);
}

/* the names (not paths) in `dir` ending with `ext`, sorted */
static char **names(const char *dir, const char *ext, size_t *n, ws_error *err) {
  DIR *d = opendir(dir);
  *n = 0;
  if (!d) {
    ws_set_error(err, WS_ERR_IO, 0, 0, "%s: %s", dir, strerror(errno));
    return NULL;
  }
  char **v = NULL;
  size_t cap = 0, k = strlen(ext);
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t len = strlen(e->d_name);
    if (len < k || strcmp(e->d_name + len - k, ext)) continue;
    char **nv = ws_grow(v, &cap, *n, sizeof *nv, 64);
    char *c = nv ? ws_strdup(e->d_name) : NULL;
    if (nv) v = nv;
    if (!c) {
      closedir(d);
      ws_paths_free(v, *n);
      ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
      return NULL;
    }
    v[(*n)++] = c;
  }
  closedir(d);
  if (*n) qsort(v, *n, sizeof *v, cmp_str);
  else if (!(v = ws_calloc(1, sizeof *v))) ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
  return v;
}

char **ws_dir_files(const char *dir, const char *ext, size_t *n, ws_error *err) {
  char **v = names(dir, ext, n, err);
  for (size_t i = 0; v && i < *n; i++) {
    char *p = join(dir, v[i], strlen(v[i]), "");
    if (!p) {
      ws_paths_free(v, *n);
      ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
      return NULL;
    }
    ws_free(v[i]);
    v[i] = p;
  }
  return v;
}

void ws_gold_pairs_free(ws_gold_pair *v, size_t n) {
  for (size_t i = 0; v && i < n; i++) {
    ws_free(v[i].name);
    ws_free(v[i].text);
    ws_free(v[i].gold);
  }
  ws_free(v);
}

ws_gold_pair *ws_gold_pairs(const char *gold_dir, const char *text_dir, size_t *nout,
                            ws_error *err) {
  size_t na;
  char **anns = names(gold_dir, ".ann", &na, err);
  *nout = 0;
  if (!anns) return NULL;
  ws_gold_pair *v = ws_calloc(na + 1, sizeof *v);
  size_t n = 0;
  for (size_t i = 0; v && i < na; i++) {
    size_t len = strlen(anns[i]) - 4;
    char *tp = join(text_dir, anns[i], len, ".txt");
    if (!tp) goto oom;
    struct stat st;
    if (stat(tp, &st) != 0) { /* NAME_ANNOTATOR.ann */
      size_t us = len;
      while (us && anns[i][us - 1] != '_') us--;
      if (us) {
        len = us - 1;
        ws_free(tp);
        if (!(tp = join(text_dir, anns[i], len, ".txt"))) goto oom;
      }
    }
    if (n && strlen(v[n - 1].name) == len && !memcmp(v[n - 1].name, anns[i], len)) {
      ws_free(tp); /* a later annotator of the same article */
      continue;
    }
    v[n].text = tp;
    v[n].name = ws_malloc(len + 1);
    v[n].gold = join(gold_dir, anns[i], strlen(anns[i]), "");
    n++;
    if (!v[n - 1].name || !v[n - 1].gold) goto oom;
    memcpy(v[n - 1].name, anns[i], len);
    v[n - 1].name[len] = 0;
  }
  ws_paths_free(anns, na);
  if (!v) ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
  *nout = n;
  return v;
oom:
  ws_paths_free(anns, na);
  ws_gold_pairs_free(v, n);
  ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
  return NULL;
}
