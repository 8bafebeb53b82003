/* buf.c — growable output buffer, JSON string escaping, error values. */
#include "../internal.h"

#include <stdio.h>
#include <stdlib.h>

void ws_buf_free(ws_buf *b) {
  if (!b) return;
  ws_free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

int ws_buf_reserve(ws_buf *b, size_t extra) {
  if (b->cap - b->len > extra) return 0;
  size_t cap = b->cap ? b->cap : 256;
  while (cap - b->len <= extra) {
    if (cap > SIZE_MAX / 2) return -1;
    cap *= 2;
  }
  char *p = ws_realloc(b->data, cap);
  if (!p) return -1;
  b->data = p;
  b->cap = cap;
  return 0;
}

int ws_buf_put(ws_buf *b, const char *s, size_t n) {
  if (ws_buf_reserve(b, n)) return -1;
  if (n) memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = 0;
  return 0;
}

int ws_buf_puts(ws_buf *b, const char *s) { return ws_buf_put(b, s, strlen(s)); }

int ws_buf_printf(ws_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char tmp[256];
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return -1;
  if ((size_t)n < sizeof tmp) return ws_buf_put(b, tmp, (size_t)n);
  if (ws_buf_reserve(b, (size_t)n)) return -1;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return 0;
}

int ws_buf_json_field_n(ws_buf *b, const char *name, const char *v, size_t n, int comma) {
  if (ws_buf_puts(b, comma ? ",\"" : "\"") || ws_buf_puts(b, name) || ws_buf_put(b, "\":", 2))
    return -1;
  if (!v) return ws_buf_puts(b, "null");
  return ws_buf_put(b, "\"", 1) || ws_buf_json_str(b, v, n) || ws_buf_put(b, "\"", 1);
}

int ws_buf_json_field(ws_buf *b, const char *name, const char *v, int comma) {
  return ws_buf_json_field_n(b, name, v, v ? strlen(v) : 0, comma);
}

int ws_buf_json_str(ws_buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  if (ws_buf_reserve(b, n + 8)) return -1;
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      size_t j = i;
      while (j < n && (unsigned char)s[j] >= 0x20 &&
             (unsigned char)s[j] < 0x80 && s[j] != '"' && s[j] != '\\')
        j++;
      if (ws_buf_put(b, s + i, j - i)) return -1;
      i = j;
      continue;
    }
    if (c < 0x80) {
      char esc[7] = {'\\', 0, 0, 0, 0, 0, 0};
      size_t len = 2;
      switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
          esc[1] = 'u'; esc[2] = '0'; esc[3] = '0';
          esc[4] = hex[c >> 4]; esc[5] = hex[c & 15];
          len = 6;
      }
      if (ws_buf_put(b, esc, len)) return -1;
      i++;
      continue;
    }
    int32_t cp;
    size_t k = ws_utf8_next((const uint8_t *)s + i, n - i, &cp);
    if (cp == 0xFFFD && !(k == 3 && (unsigned char)s[i] == 0xEF)) {
      if (ws_buf_put(b, "\\ufffd", 6)) return -1;
    } else if (ws_buf_put(b, s + i, k)) {
      return -1;
    }
    i += k;
  }
  return 0;
}

int ws_buf_html_str(ws_buf *b, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    const char *rep = NULL;
    size_t k = 1;
    switch (c) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '"': rep = "&quot;"; break;
      case '\'': rep = "&#39;"; break;
      case '\n': case '\t': break;
      default:
        /* NUL and other control characters: the replacement character */
        if (c < 0x20 || c == 0x7F) rep = "\xEF\xBF\xBD";
    }
    if (rep) {
      if (ws_buf_puts(b, rep)) return -1;
    } else if (c < 0x80) {
      if (ws_buf_put(b, s + i, 1)) return -1;
    } else {
      int32_t cp;
      k = ws_utf8_next((const uint8_t *)s + i, n - i, &cp);
      int bad = cp == 0xFFFD && !(k == 3 && c == 0xEF);
      /* C1 controls (U+0080..U+009F) are replaced too */
      if (bad || (cp >= 0x80 && cp < 0xA0) ? ws_buf_puts(b, "\xEF\xBF\xBD") : ws_buf_put(b, s + i, k))
        return -1;
    }
    i += k;
  }
  return 0;
}

int ws_buf_html_puts(ws_buf *b, const char *s) { return s ? ws_buf_html_str(b, s, strlen(s)) : 0; }

int ws_buf_url_arg(ws_buf *b, const char *s) {
  static const char hex[] = "0123456789ABCDEF";
  for (const unsigned char *c = (const unsigned char *)s; c && *c; c++) {
    int plain = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
                *c == '-' || *c == '_' || *c == '.';
    char e[3] = {'%', hex[*c >> 4], hex[*c & 15]};
    if (plain ? ws_buf_put(b, (const char *)c, 1) : ws_buf_put(b, e, 3)) return -1;
  }
  return 0;
}

ws_status ws_read_file(const char *path, const char *what, ws_buf *out, ws_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    ws_set_error(err, WS_ERR_IO, 0, 0, "cannot open %s %s", what, path);
    return WS_ERR_IO;
  }
  char chunk[65536];
  size_t k;
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (ws_buf_put(out, chunk, k)) {
      fclose(f);
      ws_buf_free(out);
      ws_set_error(err, WS_ERR_NOMEM, 0, 0, "out of memory reading %s", what);
      return WS_ERR_NOMEM;
    }
  }
  int bad = ferror(f);
  fclose(f);
  if (bad) {
    ws_buf_free(out);
    ws_set_error(err, WS_ERR_IO, 0, 0, "read error on %s %s", what, path);
    return WS_ERR_IO;
  }
  return WS_OK;
}

const char *ws_aligned_copy(const char *p, size_t n, size_t at, size_t align, void **raw) {
  char *r = ws_malloc(n + align);
  *raw = r;
  if (!r) return NULL;
  char *q = r + (align - ((uintptr_t)(r + at) & (align - 1))) % align;
  memcpy(q, p, n);
  return q;
}

void ws_set_error(ws_error *err, ws_status code, size_t line, size_t byte,
                  const char *fmt, ...) {
  if (!err) return;
  err->code = code;
  err->line = line;
  err->byte = byte;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  /* messages may quote input: no control characters reach a terminal */
  for (unsigned char *c = (unsigned char *)err->message; *c; c++)
    if (*c == 0xC2 && c[1] >= 0x80 && c[1] < 0xA0) *c = c[1] = '?';
    else if (*c < 0x20 || *c == 0x7F) *c = '?';
}

const char *ws_version(void) { return WS_VERSION; }

const char *ws_status_str(ws_status code) {
  switch (code) {
    case WS_OK: return "ok";
    case WS_ERR_NOMEM: return "out of memory";
    case WS_ERR_IO: return "input/output error";
    case WS_ERR_PARSE: return "malformed input";
    case WS_ERR_ARG: return "bad argument";
    case WS_ERR_MODEL: return "bad model file";
    case WS_ERR_LIMIT: return "over a limit";
    case WS_ERR_BUSY: return "store in use by another process";
    case WS_ERR_DB: return "database error";
  }
  return "unknown error";
}
