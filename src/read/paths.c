/* paths.c — which files an argument stands for: a file itself, or a
 * directory's *.txt and *.jsonl files (and, walking, its
 * subdirectories'), in name order; and a directory's files of one kind. */
#include "../internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int ws_ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), k = strlen(suf);
  return n >= k && !strcmp(s + n - k, suf);
}

char *ws_path_join(const char *dir, const char *name, size_t n, const char *ext) {
  size_t len = strlen(dir) + n + strlen(ext) + 2;
  char *p = ws_malloc(len);
  if (p) snprintf(p, len, "%s/%.*s%s", dir, (int)n, name, ext);
  return p;
}

void ws_paths_free(char **v, size_t n) {
  for (size_t i = 0; v && i < n; i++) ws_free(v[i]);
  ws_free(v);
}

/* append a copy of s to v; -1 when out of memory */
static int push(char ***v, size_t *n, size_t *cap, const char *s) {
  char **nv = ws_grow(*v, cap, *n, sizeof *nv, 16);
  if (!nv) return -1;
  *v = nv;
  if (!(nv[*n] = ws_strdup(s))) return -1;
  (*n)++;
  return 0;
}

char **ws_dir_names(const char *dir, const char *ext, size_t *n, ws_error *err) {
  DIR *d = opendir(dir);
  *n = 0;
  if (!d) {
    ws_set_error(err, WS_ERR_IO, 0, 0, "%s: %s", dir, strerror(errno));
    return NULL;
  }
  char **v = NULL;
  size_t cap = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") || !ws_ends_with(e->d_name, ext)) continue;
    if (push(&v, n, &cap, e->d_name)) {
      closedir(d);
      ws_paths_free(v, *n);
      *n = 0;
      ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
      return NULL;
    }
  }
  closedir(d);
  if (*n) qsort(v, *n, sizeof *v, cmp_str);
  else if (!(v = ws_calloc(1, sizeof *v))) ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory");
  return v;
}

char **ws_dir_files(const char *dir, const char *ext, size_t *n, ws_error *err) {
  char **v = ws_dir_names(dir, ext, n, err);
  for (size_t i = 0; v && i < *n; i++) {
    char *p = ws_path_join(dir, v[i], strlen(v[i]), "");
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

typedef struct walker {
  ws_input_list *out;
  char **skipped; /* extensions of the other files */
  size_t nskipped, capskipped;
  int recursive, oom;
  ws_report_fn report;
  void *ud;
} walker;

static void say(walker *w, ws_status code, const char *fmt, const char *a, const char *b) {
  if (!w->report) return;
  ws_error e = {0};
  ws_set_error(&e, code, 0, 0, fmt, a, b);
  w->report(w->ud, &e);
}

static void walk(walker *w, const char *dir) {
  size_t n;
  ws_error err = {0};
  char **names = ws_dir_names(dir, "", &n, &err);
  if (!names) {
    if (err.code == WS_ERR_NOMEM) w->oom = 1;
    else say(w, WS_ERR_IO, "%s%s", err.message, "");
    return;
  }
  for (size_t k = 0; k < n && !w->oom; k++) {
    const char *name = names[k];
    char *p = ws_path_join(dir, name, strlen(name), "");
    if (!p) {
      w->oom = 1;
      break;
    }
    struct stat fs;
    int wanted = ws_ends_with(name, ".txt") || ws_ends_with(name, ".jsonl");
    if (lstat(p, &fs) != 0) {
      say(w, WS_ERR_IO, "%s: %s", p, strerror(errno));
    } else if (S_ISDIR(fs.st_mode)) {
      if (w->recursive) walk(w, p);
    } else if (wanted && stat(p, &fs) == 0 && !S_ISREG(fs.st_mode) && !S_ISDIR(fs.st_mode)) {
      /* a FIFO or device would block or never end */
      say(w, WS_ERR_IO, "%s: %s", p, "not a regular file; skipped");
    } else if (wanted) {
      w->oom |= push(&w->out->v, &w->out->n, &w->out->cap, p) != 0;
    } else if (name[0] != '.') {
      const char *dot = strrchr(name, '.');
      w->oom |= push(&w->skipped, &w->nskipped, &w->capskipped,
                     dot && dot != name ? dot : "(no extension)") != 0;
    }
    ws_free(p);
  }
  ws_paths_free(names, n);
}

ws_status ws_input_list_add(ws_input_list *l, const char *arg, int recursive, ws_report_fn report,
                            void *ud) {
  struct stat st;
  if (strcmp(arg, "-") && stat(arg, &st) == 0 && S_ISDIR(st.st_mode)) {
    walker w = {.out = l, .recursive = recursive, .report = report, .ud = ud};
    size_t before = l->n;
    walk(&w, arg);
    if (!w.oom && l->n == before)
      say(&w, WS_ERR_IO, "%s: no *.txt or *.jsonl files%s", arg,
          recursive ? "" : " (-r walks subdirectories)");
    /* each other file type once, with its count (a note, no error) */
    if (w.nskipped) qsort(w.skipped, w.nskipped, sizeof *w.skipped, cmp_str);
    for (size_t k = 0; k < w.nskipped && !w.oom && report;) {
      size_t m = k;
      while (m < w.nskipped && !strcmp(w.skipped[m], w.skipped[k])) m++;
      ws_error e = {0};
      ws_set_error(&e, WS_OK, 0, 0, "%s: %zu %s file%s skipped (only *.txt and *.jsonl are read)", arg,
                   m - k, w.skipped[k], m - k > 1 ? "s" : "");
      report(ud, &e);
      k = m;
    }
    ws_paths_free(w.skipped, w.nskipped);
    return w.oom ? WS_ERR_NOMEM : WS_OK;
  }
  return push(&l->v, &l->n, &l->cap, arg) ? WS_ERR_NOMEM : WS_OK;
}

void ws_input_list_free(ws_input_list *l) {
  ws_paths_free(l->v, l->n);
  memset(l, 0, sizeof *l);
}
