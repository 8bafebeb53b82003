/* profile.c — outlet profiles (ws_profiles) as one JSON object or as a
 * table for a terminal. */
#include "../internal.h"

#include <stdlib.h>

static double pct(size_t a, size_t n) { return n ? 100.0 * (double)a / (double)n : 0.0; }

static int cmp_outlet(const void *a, const void *b) {
  return strcmp(((const ws_outlet_profile *)a)->outlet, ((const ws_outlet_profile *)b)->outlet);
}

/* `s` in a column `w` bytes wide: cut, padded, and with control characters
 * (C0, DEL, C1) shown as '?' so that article text cannot drive the
 * terminal */
static int cell(ws_buf *b, const char *s, int w) {
  int k = 0, e = 0;
  for (const unsigned char *c = (const unsigned char *)s; *c && k < w && !e; c++, k++) {
    if (*c == 0xC2 && c[1] >= 0x80 && c[1] < 0xA0) {
      e = ws_buf_put(b, "?", 1);
      c++;
    } else {
      char ch = *c < 0x20 || *c == 0x7F ? '?' : (char)*c;
      e = ws_buf_put(b, &ch, 1);
    }
  }
  for (; k < w && !e; k++) e = ws_buf_put(b, " ", 1);
  return e;
}

static int json(ws_buf *b, const ws_profiles *t) {
  int e = ws_buf_puts(b, "{\"outlets\":[");
  for (size_t i = 0; i < t->n && !e; i++) {
    const ws_profile *p = &t->v[i].p;
    e = ws_buf_puts(b, i ? ",{\"outlet\":\"" : "{\"outlet\":\"");
    for (const char *c = t->v[i].outlet; *c && !e; c++) {
      if (*c == '"' || *c == '\\') e = ws_buf_put(b, "\\", 1);
      if ((unsigned char)*c >= 0x20) e = e || ws_buf_put(b, c, 1);
    }
    e = e || ws_buf_printf(b, "\",\"documents\":%zu,\"attributions\":%zu,\"cue_classes\":{",
                           t->v[i].docs, p->attributions);
    for (int k = 0; k < WS_NCLASS && !e; k++)
      e = ws_buf_printf(b, "%s\"%s\":%zu", k ? "," : "", ws_cue_class_name(k), p->cue_class[k]);
    e = e ||
        ws_buf_printf(
            b,
            "},\"rates\":{\"doubt_hostile_emotive\":%.4f,\"anonymous\":%.4f,\"group\":%.4f,"
            "\"named\":%.4f,\"second_hand\":%.4f},\"sources\":{\"named\":%zu,\"anonymous\":%zu,"
            "\"group\":%zu,\"media\":%zu,\"document\":%zu,\"social\":%zu,\"none\":%zu},"
            "\"second_hand\":%zu}",
            pct(p->cue_class[WS_CUE_DOUBT] + p->cue_class[WS_CUE_HOSTILE] + p->cue_class[WS_CUE_EMOTIVE],
                p->attributions) / 100,
            pct(p->anonymous, p->attributions) / 100, pct(p->group, p->attributions) / 100,
            pct(p->named, p->attributions) / 100, pct(p->second_hand, p->attributions) / 100,
            p->named, p->anonymous, p->group, p->media, p->document, p->social, p->no_source,
            p->second_hand);
  }
  return e || ws_buf_puts(b, "]}\n");
}

static int table(ws_buf *b, const ws_profiles *t) {
  int e = ws_buf_printf(b,
                        "%-22s %5s %6s %6s | %6s %6s %6s %6s | %6s %6s %6s | %6s %6s %6s %6s\n",
                        "outlet", "docs", "attrs", "/doc", "doubt", "hostil", "emotiv", "d+h+e",
                        "factiv", "conces", "endors", "anon", "group", "named", "2ndhnd");
  for (size_t i = 0; i < t->n && !e; i++) {
    const ws_profile *p = &t->v[i].p;
    const size_t *c = p->cue_class, n = p->attributions;
    e = cell(b, t->v[i].outlet, 22) ||
        ws_buf_printf(b,
                      " %5zu %6zu %6.1f | %5.1f%% %5.1f%% %5.1f%% %5.1f%% | %5.1f%% %5.1f%% "
                      "%5.1f%% | %5.1f%% %5.1f%% %5.1f%% %5.1f%%\n",
                      t->v[i].docs, n, t->v[i].docs ? (double)n / (double)t->v[i].docs : 0,
                      pct(c[WS_CUE_DOUBT], n), pct(c[WS_CUE_HOSTILE], n), pct(c[WS_CUE_EMOTIVE], n),
                      pct(c[WS_CUE_DOUBT] + c[WS_CUE_HOSTILE] + c[WS_CUE_EMOTIVE], n),
                      pct(c[WS_CUE_FACTIVE], n), pct(c[WS_CUE_CONCESSIVE], n),
                      pct(c[WS_CUE_ENDORSING], n), pct(p->anonymous, n), pct(p->group, n),
                      pct(p->named, n), pct(p->second_hand, n));
  }
  return e || ws_buf_puts(b, "(percentages are shares of each outlet's attributions)\n");
}

ws_status ws_render_profiles(ws_profiles *t, int as_json, ws_buf *out) {
  if (!t || !out) return WS_ERR_ARG;
  if (t->n) qsort(t->v, t->n, sizeof *t->v, cmp_outlet);
  return (as_json ? json(out, t) : table(out, t)) ? WS_ERR_NOMEM : WS_OK;
}
