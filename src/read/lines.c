/* lines.c — records of a JSON Lines stream, one line each, with a bound
 * on a record's size.  A line over the bound is skipped (not held in
 * memory) and reported with its number; a read error ends the stream and
 * is reported with the number of the line it hit.  Blank lines are no
 * records; a UTF-8 byte order mark before the first line is dropped. */
#include "../internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

struct ws_lines {
  FILE *f;
  size_t max;         /* longest record, bytes */
  char *buf;
  size_t cap, start, len; /* unread bytes are buf[start, start + len) */
  size_t line;        /* number of the line last returned or reported */
  int eof, failed;
};

ws_lines *ws_lines_new(FILE *f, size_t max_record) {
  ws_lines *r = ws_calloc(1, sizeof *r);
  if (!r) return NULL;
  r->f = f;
  r->max = max_record ? max_record : WS_MAX_RECORD_DEFAULT;
  return r;
}

void ws_lines_free(ws_lines *r) {
  if (!r) return;
  ws_free(r->buf);
  ws_free(r);
}

size_t ws_lines_line(const ws_lines *r) { return r->line; }

/* Read more bytes after the unread ones; 0 at end of stream, -1 on a
 * read or memory error (err set). */
static int fill(ws_lines *r, ws_error *err) {
  if (r->eof) return 0;
  if (r->start) {
    memmove(r->buf, r->buf + r->start, r->len);
    r->start = 0;
  }
  enum { CHUNK = 1 << 16 };
  if (r->cap - r->len < CHUNK) {
    size_t cap = r->cap ? r->cap : CHUNK * 2;
    while (cap - r->len < CHUNK) cap *= 2;
    char *p = ws_realloc(r->buf, cap);
    if (!p) {
      ws_set_error(err, WS_ERR_NOMEM, r->line + 1, 0, "out of memory reading a record");
      return -1;
    }
    r->buf = p;
    r->cap = cap;
  }
  size_t k = fread(r->buf + r->len, 1, r->cap - r->len, r->f);
  r->len += k;
  if (k == 0) {
    if (ferror(r->f)) {
      r->failed = 1;
      ws_set_error(err, WS_ERR_IO, r->line + 1, 0, "read error: %s",
                   errno ? strerror(errno) : "I/O error");
      return -1;
    }
    r->eof = 1;
    return 0;
  }
  return 1;
}

static int too_long(const ws_lines *r, size_t line, ws_error *err) {
  ws_set_error(err, WS_ERR_LIMIT, line, 0, "record longer than the limit of %zu bytes; skipped",
               r->max);
  return -1;
}

int ws_lines_next(ws_lines *r, const char **rec, size_t *len, ws_error *err) {
  for (;;) {
    if (r->failed) return 0;
    char *s = r->buf ? r->buf + r->start : NULL; /* no buffer before the first read */
    char *nl = r->len ? memchr(s, '\n', r->len) : NULL;
    if (!nl && r->len > r->max) {
      /* too long: drop what is held and skip to the end of the line */
      size_t line = ++r->line;
      r->len = 0;
      r->start = 0;
      for (;;) {
        int k = fill(r, err);
        if (k < 0) return -1;
        if (k == 0) break;
        nl = memchr(r->buf, '\n', r->len);
        if (nl) {
          r->start = (size_t)(nl - r->buf) + 1;
          r->len -= r->start;
          break;
        }
        r->len = 0;
      }
      return too_long(r, line, err);
    }
    if (!nl && !r->eof) {
      int k = fill(r, err);
      if (k < 0) return -1;
      continue;
    }
    if (!nl && r->len == 0) return 0; /* end of stream */
    size_t n = nl ? (size_t)(nl - s) : r->len;
    r->start += nl ? n + 1 : n;
    r->len -= nl ? n + 1 : n;
    r->line++;
    if (n > r->max) return too_long(r, r->line, err);
    if (r->line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
      s += 3;
      n -= 3;
    }
    while (n && (s[n - 1] == '\r' || s[n - 1] == '\n')) n--;
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t')) k++;
    if (k == n) continue; /* blank */
    *rec = s;
    *len = n;
    return 1;
  }
}
