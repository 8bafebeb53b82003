/* input.c — the records of one input (a text file, a JSON Lines file, or
 * standard input), and the document each makes, with one naming rule. */
#include "../internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

struct ws_input {
  char *path;
  FILE *f;
  int jsonl, auto_format, done;
  size_t max;
  ws_lines *lines;
  ws_buf text; /* a text input, read whole */
};

static int is_stdin(const char *p) { return !strcmp(p, "-"); }

ws_input *ws_input_open(const char *path, int jsonl, size_t max_record, ws_error *err) {
  ws_input *in = ws_calloc(1, sizeof *in);
  if (!in || !(in->path = ws_strdup(path))) {
    ws_free(in);
    ws_set_error(err, WS_ERR_NOMEM, 1, 0, "out of memory");
    return NULL;
  }
  in->max = max_record ? max_record : WS_MAX_RECORD_DEFAULT;
  in->auto_format = jsonl < 0;
  in->jsonl = jsonl > 0 || (jsonl < 0 && ws_ends_with(path, ".jsonl"));
  struct stat st;
  if (!(in->f = is_stdin(path) ? stdin : fopen(path, "rb"))) {
    ws_set_error(err, WS_ERR_IO, 1, 0, "%s", strerror(errno));
  } else if (in->f != stdin && fstat(fileno(in->f), &st) == 0 && S_ISDIR(st.st_mode)) {
    ws_set_error(err, WS_ERR_IO, 1, 0, "%s", strerror(EISDIR));
  } else if (in->jsonl && !(in->lines = ws_lines_new(in->f, in->max))) {
    ws_set_error(err, WS_ERR_NOMEM, 1, 0, "out of memory");
  } else {
    return in;
  }
  ws_input_close(in);
  return NULL;
}

void ws_input_close(ws_input *in) {
  if (!in) return;
  ws_lines_free(in->lines);
  if (in->f && in->f != stdin) fclose(in->f);
  ws_buf_free(&in->text);
  ws_free(in->path);
  ws_free(in);
}

/* the whole input, at most in->max bytes; 0 or -1 with err */
static int read_whole(ws_input *in, ws_error *err) {
  struct stat st;
  int reg = in->f != stdin && fstat(fileno(in->f), &st) == 0 && S_ISREG(st.st_mode);
  ws_buf *b = &in->text;
  if (reg && (unsigned long long)st.st_size > in->max) goto big;
  /* a regular file is read into a buffer of its size (one allocation,
   * one read); anything else grows by doubling */
  size_t cap = reg ? (size_t)st.st_size + 1 : 1 << 16;
  for (;;) {
    if (b->len > in->max) goto big;
    if (b->cap - b->len < 2) {
      size_t nc = b->cap ? b->cap * 2 : cap + 1;
      char *p = ws_realloc(b->data, nc);
      if (!p) {
        ws_set_error(err, WS_ERR_NOMEM, 1, 0, "out of memory");
        return -1;
      }
      b->data = p;
      b->cap = nc;
    }
    size_t k = fread(b->data + b->len, 1, b->cap - b->len - 1, in->f);
    b->len += k;
    if (k == 0) break;
  }
  if (ferror(in->f)) {
    ws_set_error(err, WS_ERR_IO, 1, 0, "%s", strerror(EIO));
    return -1;
  }
  b->data[b->len] = 0;
  return 0;
big:
  ws_set_error(err, WS_ERR_LIMIT, 1, 0, "larger than the limit of %zu bytes (--max-record); skipped",
               in->max);
  return -1;
}

/* Standard input read as one text that is plainly JSON Lines (a first
 * line that is a JSON object, then more) is said, rather than taken as
 * one document. */
static int looks_jsonl(const char *s, size_t n) {
  const char *e = s + n;
  while (s < e && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) s++;
  const char *nl = s < e ? memchr(s, '\n', (size_t)(e - s)) : NULL;
  if (!nl || *s != '{') return 0;
  const char *t = nl;
  while (t > s && (t[-1] == '\r' || t[-1] == ' ')) t--;
  return t > s && t[-1] == '}';
}

int ws_input_next(ws_input *in, ws_record *rec, ws_error *err) {
  if (!in || in->done) return 0;
  memset(rec, 0, sizeof *rec);
  rec->path = in->path;
  if (in->jsonl) {
    const char *r;
    size_t n;
    int k = ws_lines_next(in->lines, &r, &n, err);
    if (k == 0) in->done = 1;
    if (k != 1) return k;
    rec->data = r;
    rec->len = n;
    rec->jsonl = 1;
    rec->line = ws_lines_line(in->lines);
    return 1;
  }
  in->done = 1;
  if (read_whole(in, err)) return -1;
  if (is_stdin(in->path) && in->auto_format && looks_jsonl(in->text.data, in->text.len)) {
    ws_set_error(err, WS_ERR_PARSE, 1, 0,
                 "standard input looks like JSON Lines; pass --input jsonl (or --input text to "
                 "take it as one document)");
    return -1;
  }
  rec->data = in->text.data ? in->text.data : "";
  rec->len = in->text.len;
  return 1;
}

char *ws_record_where(const ws_record *rec, char *buf, size_t cap) {
  if (rec->jsonl) snprintf(buf, cap, "%s:%zu", rec->path, rec->line);
  else snprintf(buf, cap, "%s", rec->path);
  return buf;
}

ws_doc *ws_record_doc(const ws_record *rec, const ws_metadata *meta, ws_error *err) {
  ws_doc *d;
  if (rec->jsonl) {
    d = ws_doc_from_json(rec->data, rec->len, rec->line, err);
    char id[4200];
    snprintf(id, sizeof id, "%s:%zu", is_stdin(rec->path) ? "stdin" : rec->path, rec->line);
    if (d && !ws_doc_id(d) && ws_doc_set_id(d, id) != WS_OK) {
      ws_doc_free(d);
      ws_set_error(err, WS_ERR_NOMEM, rec->line, 0, "out of memory");
      return NULL;
    }
  } else {
    const char *b = strrchr(rec->path, '/');
    b = is_stdin(rec->path) ? "stdin" : b ? b + 1 : rec->path;
    size_t n = strlen(b);
    if (n > 4 && !strcmp(b + n - 4, ".txt")) n -= 4;
    char *name = ws_strndup(b, n);
    if (!name) {
      ws_set_error(err, WS_ERR_NOMEM, 1, 0, "out of memory");
      return NULL;
    }
    d = ws_doc_new(rec->data, rec->len, &(ws_meta){.id = name}, 1, err);
    ws_free(name);
    if (!d) err->line = 1;
  }
  if (d && meta) {
    const char *id = ws_doc_id(d);
    ws_meta m = {.outlet = ws_metadata_outlet(meta, id), .date = ws_metadata_date(meta, id)};
    if ((m.outlet || m.date) && ws_doc_fill_meta(d, &m) != WS_OK) {
      ws_doc_free(d);
      ws_set_error(err, WS_ERR_NOMEM, rec->line, 0, "out of memory");
      return NULL;
    }
  }
  return d;
}
