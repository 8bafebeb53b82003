/* times.c — time expressions resolved against the document date.
 *
 * Recognised: "Month D, YYYY", "Month YYYY", "YYYY" (1900-2099 after
 * "in"/"since"/"of"), "in Month" (the year the text last named, else the
 * document's; after "will", the next such month from the document's
 * date), "this/last/next week|month|year", "today", "yesterday",
 * "tomorrow", "last/this/on Weekday" and bare weekdays (the most recent
 * one), "earlier/later that year", "in recent months|weeks|years".
 * Values are ISO dates, months (YYYY-MM), years, or ranges "START/END".
 * Without a document date, only expressions that carry their own year
 * resolve. */
#include "times.h"

#include "../tokenize/kwtab.h"

#include <stdio.h>
#include <stdlib.h>

static const char *months_tab(int m) { return ws_month_names[m]; }
static const char *mon3_tab(int m) { return ws_month_abbrs[m]; }
static const char *wdays_tab(int k) { return ws_weekday_names[k]; }

/* every word the rules below look at, so that other words cost one probe */
enum {
  K_MONTH = 1,            /* 1..12 */
  K_WDAY = 20,            /* 20..26, Monday first */
  K_THIS = 30, K_LAST, K_NEXT, K_WEEK, K_MONTHW, K_YEAR, K_TODAY, K_YESTERDAY,
  K_TOMORROW, K_RECENT, K_EARLIER, K_LATER, K_IN, K_SINCE, K_OF, K_UNTIL, K_BY,
  K_EARLY, K_LATE, K_ON, K_THAT, K_DIGITS
};
static ws_kwtab kw;
static ws_once kw_once = WS_ONCE_INIT;
static ws_status kw_init(ws_error *err) {
  static const char *const words[] = {"this", "last", "next", "week", "month", "year", "today",
                                      "yesterday", "tomorrow", "recent", "earlier", "later",
                                      "in", "since", "of", "until", "by", "early", "late", "on",
                                      "that"};
  int e = 0;
  for (int m = 0; m < 12; m++)
    e |= ws_kwtab_add(&kw, months_tab(m), K_MONTH + m) | ws_kwtab_add(&kw, mon3_tab(m), K_MONTH + m);
  e |= ws_kwtab_add(&kw, "sept", K_MONTH + 8);
  for (int k = 0; k < 7; k++) e |= ws_kwtab_add(&kw, wdays_tab(k), K_WDAY + k);
  for (int k = 0; k < (int)(sizeof words / sizeof words[0]); k++)
    e |= ws_kwtab_add(&kw, words[k], K_THIS + k);
  if (!e) return WS_OK;
  ws_set_error(err, WS_ERR_LIMIT, 0, 0, "time keywords: the keyword table is full");
  return WS_ERR_LIMIT;
}


static int month_of(const char *text, const ws_token *t) {
  (void)text;
  if (!(t->flags & WS_TF_CAP)) return 0;
  int c = ws_kwtab_get(&kw, t->norm);
  return c >= K_MONTH && c < K_MONTH + 12 ? c - K_MONTH + 1 : 0;
}

static int weekday_of(const char *text, const ws_token *t) {
  (void)text;
  int c = ws_kwtab_get(&kw, t->norm);
  return c >= K_WDAY && c < K_WDAY + 7 ? c - K_WDAY : -1;
}

static int number(const char *text, const ws_token *t, int lo, int hi) {
  if (t->kind != WS_TK_WORD || t->b1 - t->b0 > 4) return -1;
  int v = 0;
  for (size_t i = t->b0; i < t->b1; i++) {
    if (text[i] < '0' || text[i] > '9') return -1;
    v = v * 10 + (text[i] - '0');
  }
  return v >= lo && v <= hi ? v : -1;
}

/* days since 1970-01-01 (proleptic Gregorian) and back */
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

static void fmt_day(char *out, size_t cap, long z) {
  int y, m, d;
  civil_from_days(z, &y, &m, &d);
  snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
}

/* the document date as days, or -1 */
static long doc_day(const ws_doc *d, int *y, int *m) {
  const char *s = d->date;
  if (!s || strlen(s) < 10) return -1;
  int yy = atoi(s), mm = atoi(s + 5), dd = atoi(s + 8);
  if (!ws_ymd_valid(yy, mm, dd)) return -1;
  *y = yy;
  *m = mm;
  return days_from_civil(yy, mm, dd);
}

/* YYYY, YYYY-MM or YYYY-MM-DD, or two of them as START/END */
static int well_formed(const char *v) {
  for (int part = 0; part < 2; part++) {
    size_t k = 0;
    while (v[k] >= '0' && v[k] <= '9') k++;
    if (k != 4) return 0;
    v += 4;
    for (int f = 0; f < 2 && *v == '-'; f++) {
      if (!(v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9')) return 0;
      v += 3;
    }
    if (!*v) return 1;
    if (*v != '/' || part) return 0;
    v++;
  }
  return 0;
}

static int push_time(ws_doc *d, const ws_tokens *tk, size_t t0, size_t t1, const char *val) {
  ws_time_rec *v = ws_grow(d->times, &d->captimes, d->ntimes, sizeof *v, 16);
  if (!v) return -1;
  d->times = v;
  ws_time_rec *r = &d->times[d->ntimes];
  memset(r, 0, sizeof *r);
  ws_span b = {tk->v[t0].b0, tk->v[t1 - 1].b1}, c = {tk->v[t0].c0, tk->v[t1 - 1].c1};
  if (ws_part_set(d, &r->pub.part, &r->bspans, &b, &c, 1)) return -1;
  /* a value past year 9999 ("tomorrow" on 9999-12-31) is no date */
  if (val && !well_formed(val)) val = NULL;
  r->pub.value = val ? ws_arena_strndup(&d->arena, val, strlen(val)) : NULL;
  if (val && !r->pub.value) return -1;
  d->ntimes++;
  return 0;
}

/* "will" or "shall" stands before token i in its sentence. */
static int future_before(const char *text, const ws_tokens *tk, size_t i) {
  for (size_t k = i; k-- > 0;) {
    if (ws_word_is(text, &tk->v[k], "will") || ws_word_is(text, &tk->v[k], "shall")) return 1;
    if (tk->v[k].flags & WS_TF_SENT) break;
  }
  return 0;
}

int ws_times_block(ws_doc *d, const ws_tokens *tk) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t n = tk->n;
  int dy = 0, dm = 0;
  long today = doc_day(d, &dy, &dm);
  if (!d->ctx_year && today >= 0) {
    d->ctx_year = dy;
    d->ctx_month = dm;
  }
  char val[48];
  (void)ws_once_run(&kw_once, kw_init, NULL); /* a full table misses words; it never fails */
  for (size_t i = 0; i < n; i++) {
    const ws_token *t = &v[i];
    if (t->kind != WS_TK_WORD) continue;
    /* most words are none of ours: one probe, and a digit test for years */
    if (!ws_kwtab_get(&kw, t->norm) && !(text[t->b0] >= '1' && text[t->b0] <= '2' &&
                                          t->b1 - t->b0 == 4))
      continue;
    size_t e = i + 1;
    val[0] = 0;
    int mo = month_of(text, t);
    if (mo) {
      /* Month D, YYYY | Month D | Month YYYY | (in) Month */
      int day = i + 1 < n ? number(text, &v[i + 1], 1, 31) : -1;
      int y = -1;
      if (day > 0) {
        e = i + 2;
        if (e + 1 < n && v[e].kind == WS_TK_PUNCT && text[v[e].b0] == ',' &&
            (y = number(text, &v[e + 1], 1900, 2099)) > 0)
          e += 2;
        if (y < 0) y = d->ctx_year;
        if (y > 0 && ws_ymd_valid(y, mo, day)) snprintf(val, sizeof val, "%04d-%02d-%02d", y, mo, day);
      } else if (i + 1 < n && (y = number(text, &v[i + 1], 1900, 2099)) > 0) {
        e = i + 2;
        snprintf(val, sizeof val, "%04d-%02d", y, mo);
      } else {
        /* a bare month: "May" is also a verb, so only after in/by/since/until */
        if (!(i > 0 && (ws_word_is(text, &v[i - 1], "in") || ws_word_is(text, &v[i - 1], "by") ||
                        ws_word_is(text, &v[i - 1], "since") || ws_word_is(text, &v[i - 1], "until") ||
                        ws_word_is(text, &v[i - 1], "early") || ws_word_is(text, &v[i - 1], "late"))))
          continue;
        y = d->ctx_year;
        /* "in January" without "that year": the last such month before the
         * document date; after "will" in its sentence, the next one from
         * it, whatever year the text named before ("approved a delay in
         * 2024 ... will take up the plan again in July") */
        if (today >= 0 && future_before(text, tk, i)) y = mo >= dm ? dy : dy + 1;
        else if (y > 0 && today >= 0 && d->ctx_year == dy && mo > dm) y--;
        if (y > 0) snprintf(val, sizeof val, "%04d-%02d", y, mo);
      }
      if (y > 0) {
        d->ctx_year = y;
        d->ctx_month = mo;
      }
      /* "Earlier that year, in January": take the phrase with it */
      size_t s = i;
      if (s >= 1 && ws_word_is(text, &v[s - 1], "in")) s--;
      if (push_time(d, tk, s, e, val[0] ? val : NULL)) return -1;
      i = e - 1;
      continue;
    }
    int year = number(text, t, 1900, 2099);
    if (year > 0 && i > 0 &&
        (ws_word_is(text, &v[i - 1], "in") || ws_word_is(text, &v[i - 1], "since") ||
         ws_word_is(text, &v[i - 1], "of") || ws_word_is(text, &v[i - 1], "until"))) {
      snprintf(val, sizeof val, "%04d", year);
      d->ctx_year = year;
      if (push_time(d, tk, i, i + 1, val)) return -1;
      continue;
    }
    /* this/last/next week|month|year */
    int rel = ws_word_is(text, t, "this") ? 0 : ws_word_is(text, t, "last") ? -1
              : ws_word_is(text, t, "next") ? 1 : 2;
    if (rel != 2 && i + 1 < n) {
      const ws_token *u = &v[i + 1];
      int wd = weekday_of(text, u);
      if (today >= 0 && ws_word_is(text, u, "week")) {
        long mon = today - ((today + 3) % 7) + 7L * rel; /* 1970-01-01 was a Thursday */
        char a[16], b[16];
        fmt_day(a, sizeof a, mon);
        fmt_day(b, sizeof b, mon + 6);
        snprintf(val, sizeof val, "%s/%s", a, b);
      } else if (today >= 0 && ws_word_is(text, u, "month")) {
        int y = dy, m = dm + rel;
        if (m < 1) { m += 12; y--; }
        if (m > 12) { m -= 12; y++; }
        snprintf(val, sizeof val, "%04d-%02d", y, m);
      } else if (today >= 0 && ws_word_is(text, u, "year")) {
        snprintf(val, sizeof val, "%04d", dy + rel);
      } else if (today >= 0 && wd >= 0) {
        long w = today - ((today + 3) % 7) + wd; /* this week's */
        if (rel < 0 && w >= today) w -= 7;
        if (rel > 0 && w <= today) w += 7;
        fmt_day(val, sizeof val, w);
      } else if (!ws_word_is(text, u, "week") && !ws_word_is(text, u, "month") &&
                 !ws_word_is(text, u, "year") && wd < 0) {
        continue;
      }
      if (push_time(d, tk, i, i + 2, val[0] ? val : NULL)) return -1;
      i++;
      continue;
    }
    /* today, yesterday, tomorrow, a bare weekday (the most recent) */
    int delta = ws_word_is(text, t, "today") ? 0 : ws_word_is(text, t, "yesterday") ? -1
                : ws_word_is(text, t, "tomorrow") ? 1 : 99;
    int wd = (t->flags & WS_TF_CAP) ? weekday_of(text, t) : -1;
    if (delta != 99 || wd >= 0) {
      if (today >= 0) {
        long z = today + (delta != 99 ? delta : 0);
        if (wd >= 0) {
          z = today - ((today + 3) % 7) + wd;
          if (z > today) z -= 7;
        }
        fmt_day(val, sizeof val, z);
      }
      size_t s = i;
      if (s >= 1 && ws_word_is(text, &v[s - 1], "on")) s--;
      if (push_time(d, tk, s, i + 1, val[0] ? val : NULL)) return -1;
      continue;
    }
    /* in recent months/weeks/years: a range ending at the document date */
    if (ws_word_is(text, t, "recent") && i > 0 && ws_word_is(text, &v[i - 1], "in") && i + 1 < n &&
        (ws_word_is(text, &v[i + 1], "months") || ws_word_is(text, &v[i + 1], "weeks") ||
         ws_word_is(text, &v[i + 1], "years"))) {
      if (today >= 0) {
        long back = ws_word_is(text, &v[i + 1], "weeks") ? 28 : ws_word_is(text, &v[i + 1], "months") ? 183 : 1095;
        char a[16], b[16];
        fmt_day(a, sizeof a, today - back);
        fmt_day(b, sizeof b, today);
        snprintf(val, sizeof val, "%s/%s", a, b);
      }
      if (push_time(d, tk, i - 1, i + 2, val[0] ? val : NULL)) return -1;
      i++;
      continue;
    }
    /* earlier/later that year: the year the text last named */
    if ((ws_word_is(text, t, "earlier") || ws_word_is(text, t, "later")) && i + 2 < n &&
        ws_word_is(text, &v[i + 1], "that") && ws_word_is(text, &v[i + 2], "year")) {
      /* ", in January" right after refines it: let the month rule take it */
      size_t j = i + 3;
      if (j < n && v[j].kind == WS_TK_PUNCT && text[v[j].b0] == ',') j++;
      if (j + 1 < n && ws_word_is(text, &v[j], "in") && month_of(text, &v[j + 1])) {
        int mo2 = month_of(text, &v[j + 1]);
        if (d->ctx_year > 0) snprintf(val, sizeof val, "%04d-%02d", d->ctx_year, mo2);
        if (push_time(d, tk, i, j + 2, val[0] ? val : NULL)) return -1;
        d->ctx_month = mo2;
        i = j + 1;
        continue;
      }
      if (d->ctx_year > 0) snprintf(val, sizeof val, "%04d", d->ctx_year);
      if (push_time(d, tk, i, i + 3, val[0] ? val : NULL)) return -1;
      i += 2;
    }
  }
  return 0;
}

size_t ws_doc_time_count(const ws_doc *d) { return d->ntimes; }
const ws_time *ws_doc_time(const ws_doc *d, size_t i) {
  return i < d->ntimes ? &d->times[i].pub : NULL;
}
