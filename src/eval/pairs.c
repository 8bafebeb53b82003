/* pairs.c — the files of an evaluation or training corpus: articles and
 * their gold annotation files. */
#include "../internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

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
  char **anns = ws_dir_names(gold_dir, ".ann", &na, err);
  *nout = 0;
  if (!anns) return NULL;
  ws_gold_pair *v = ws_calloc(na + 1, sizeof *v);
  size_t n = 0;
  for (size_t i = 0; v && i < na; i++) {
    size_t len = strlen(anns[i]) - 4;
    char *tp = ws_path_join(text_dir, anns[i], len, ".txt");
    if (!tp) goto oom;
    struct stat st;
    if (stat(tp, &st) != 0) { /* NAME_ANNOTATOR.ann */
      size_t us = len;
      while (us && anns[i][us - 1] != '_') us--;
      if (us) {
        len = us - 1;
        ws_free(tp);
        if (!(tp = ws_path_join(text_dir, anns[i], len, ".txt"))) goto oom;
      }
    }
    if (n && strlen(v[n - 1].name) == len && !memcmp(v[n - 1].name, anns[i], len)) {
      ws_free(tp); /* a later annotator of the same article */
      continue;
    }
    v[n].text = tp;
    v[n].name = ws_strndup(anns[i], len);
    v[n].gold = ws_path_join(gold_dir, anns[i], strlen(anns[i]), "");
    n++; /* freed with the others if either copy failed */
    if (!v[n - 1].name || !v[n - 1].gold) goto oom;
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
