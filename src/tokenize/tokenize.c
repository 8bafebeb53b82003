/* tokenize.c — split text into word, punctuation and quote tokens, then
 * mark paragraphs, sentences and quoted passages.
 *
 * Quotation marks are normalised here so later stages see one model:
 * curly and straight double quotes, '' and `` (NYT style), single quotes
 * told apart from apostrophes, and quotes that reopen on each paragraph of
 * a multi-paragraph quotation. */
#include "tokenize.h"

#include <stdlib.h>
#include <strings.h>
#include <utf8proc.h>

static int is_space_cp(int32_t c) {
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
      c == '\v' || c == 0)
    return 1;
  if (c < 0x80) return 0;
  if (c == 0xFEFF) return 1;
  utf8proc_category_t cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
         cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_CC;
}

static int is_word_cp(int32_t c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  if (c == 0xFFFD) return 0;
  utf8proc_category_t cat = utf8proc_category(c);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

static int is_upper_cp(int32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
}

static int is_digit_cp(int32_t c) { return c >= '0' && c <= '9'; }

/* 1 double quote, 2 single quote/apostrophe, 0 other */
static int quote_class(int32_t c) {
  switch (c) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
    case 0x00AB: case 0x00BB: case 0x2033:
      return 1;
    case '\'': case '`': case 0x2018: case 0x2019: case 0x201A:
    case 0x201B: case 0x2039: case 0x203A: case 0x2032:
      return 2;
  }
  return 0;
}

static int32_t lower_cp(int32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c == 0x2019) return '\''; /* don’t == don't */
  return utf8proc_tolower(c);
}

/* Hash the lower-cased form; the suffix hash covers the last 3 code
 * points.  Both are what features see of a word.  Returns whether the
 * word starts with an upper-case letter. */
static int hash_word(const uint8_t *s, size_t n, uint32_t *norm,
                     uint32_t *suf, uint8_t *shape, uint8_t *len) {
  uint32_t h = WS_HASH_SEED;
  int32_t last[3] = {0, 0, 0};
  size_t count = 0;
  int upper = 0, lower = 0, digit = 0, first_upper = 0;
  size_t i = 0;
  while (i < n) {
    int32_t c;
    i += ws_utf8_next(s + i, n - i, &c);
    if (is_upper_cp(c)) {
      upper++;
      if (count == 0) first_upper = 1;
    } else if (is_digit_cp(c)) {
      digit++;
    } else if (is_word_cp(c)) {
      lower++;
    }
    int32_t l = lower_cp(c);
    if (l < 0x80) {
      h = (h ^ (uint32_t)l) * 16777619u;
    } else {
      uint8_t buf[4];
      utf8proc_ssize_t k = utf8proc_encode_char(l, buf);
      h = ws_hash(buf, (size_t)k, h);
    }
    last[0] = last[1];
    last[1] = last[2];
    last[2] = l;
    count++;
  }
  *norm = h;
  *suf = ws_hash(last, sizeof last, 0x9E3779B9u);
  *len = count > 255 ? 255 : (uint8_t)count;
  if (digit && !upper && !lower) *shape = 3;
  else if (upper && !lower && count > 1) *shape = 2;
  else if (first_upper && upper == 1) *shape = 1;
  else if (!upper) *shape = 0;
  else *shape = 4;
  return first_upper;
}

/* A digit follows s[j], after at most one space. */
static int before_number(const uint8_t *s, size_t j, size_t to) {
  if (j < to && s[j] == ' ') j++;
  return j < to && s[j] >= '0' && s[j] <= '9';
}

uint32_t ws_norm_hash(const char *s, size_t n) {
  uint32_t norm, suf;
  uint8_t shape, len;
  hash_word((const uint8_t *)s, n, &norm, &suf, &shape, &len);
  return norm;
}

static int push(ws_tokens *out, ws_token *t) {
  ws_token *v = ws_grow(out->v, &out->cap, out->n, sizeof *v, 256);
  if (!v) return -1;
  out->v = v;
  out->v[out->n++] = *t;
  return 0;
}

int ws_tokenize(const char *text, size_t from, size_t to, size_t cp_from,
                ws_tokens *out) {
  const uint8_t *s = (const uint8_t *)text;
  size_t i = from, cp = cp_from;
  int newline = 1;        /* a paragraph starts at the block start */
  int prev_space = 1;     /* previous code point was space or start */
  while (i < to) {
    int32_t c;
    size_t k = ws_utf8_next(s + i, to - i, &c);
    if (is_space_cp(c)) {
      if (c == '\n' || c == 0x2029) newline = 1;
      i += k;
      cp++;
      prev_space = 1;
      continue;
    }
    ws_token t;
    memset(&t, 0, sizeof t);
    t.b0 = (uint32_t)i;
    t.c0 = (uint32_t)cp;
    if (newline) t.flags |= WS_TF_PARA;
    newline = 0;
    size_t j = i + k, jcp = cp + 1;
    int q = quote_class(c);
    if (is_word_cp(c)) {
      t.kind = WS_TK_WORD;
      for (;;) {
        int32_t d;
        size_t kd = ws_utf8_next(s + j, to - j, &d);
        if (kd == 0) break;
        if (is_word_cp(d)) {
          j += kd;
          jcp++;
          continue;
        }
        /* inner apostrophe, hyphen, period or comma joins when a word
         * character follows (don't, well-known, U.S, 1,000, 3.5) */
        if (d == '\'' || d == 0x2019 || d == '-' || d == '.' || d == ',' ||
            d == 0x2010 || d == 0x2011) {
          int32_t e;
          size_t ke = ws_utf8_next(s + j + kd, to - j - kd, &e);
          if (ke && is_word_cp(e) &&
              ((d != ',' && d != '.') || (is_digit_cp(e) && is_digit_cp(c)) ||
               (d == '.' && !is_digit_cp(e) && jcp - cp == 1))) {
            j += kd + ke;
            jcp += 2;
            continue;
          }
        }
        break;
      }
    } else if (q == 1 || ((c == '\'' || c == '`') && j < to && s[j] == (uint8_t)c)) {
      t.kind = WS_TK_QUOTE;
      if (q != 1) { /* '' or `` */
        j++;
        jcp++;
      }
      int32_t next = -1;
      if (j < to) ws_utf8_next(s + j, to - j, &next);
      int opens;
      if (c == 0x201C || c == 0x201E || c == 0x00AB || c == '`') opens = 1;
      else if (c == 0x201D || c == 0x00BB) opens = 0;
      else opens = prev_space;
      if (c == '"' || c == '\'') {
        /* straight marks: open after space/start, close otherwise */
        opens = prev_space && !(next == -1 || is_space_cp(next));
      }
      t.flags |= opens ? WS_TF_QOPEN : WS_TF_QCLOSE;
    } else if (q == 2) {
      t.kind = WS_TK_QUOTE;
      t.flags |= WS_TF_SQ;
      t.flags |= (prev_space || c == 0x2018) ? WS_TF_QOPEN : WS_TF_QCLOSE;
    } else {
      t.kind = WS_TK_PUNCT;
      /* runs of the same punctuation (..., --) are one token */
      for (;;) {
        int32_t d;
        size_t kd = ws_utf8_next(s + j, to - j, &d);
        if (kd == 0 || d != c || c == 0xFFFD) break;
        j += kd;
        jcp++;
      }
    }
    t.b1 = (uint32_t)j;
    t.c1 = (uint32_t)jcp;
    int first_upper = hash_word(s + i, j - i, &t.norm, &t.suf, &t.shape, &t.len);
    /* a currency sign before a number ("£96", "€ 40") reads as "$", the
     * sign the tagger learnt from */
    if (t.kind == WS_TK_PUNCT && c >= 0x80 && j == i + k &&
        utf8proc_category(c) == UTF8PROC_CATEGORY_SC && before_number(s, j, to))
      hash_word((const uint8_t *)"$", 1, &t.norm, &t.suf, &t.shape, &t.len);
    if (t.kind == WS_TK_PUNCT) t.shape = 5;
    if (t.kind == WS_TK_QUOTE) t.shape = 6;
    /* capitalised: "Ruiz", "ICE", and names with inner capitals
     * ("McDonald", "DuVernay") */
    if (t.kind == WS_TK_WORD && first_upper) t.flags |= WS_TF_CAP;
    if (push(out, &t)) return -1;
    i = j;
    cp = jcp;
    prev_space = 0;
  }
  return 0;
}

/* Words after which a period does not end a sentence. */
static int is_abbrev(const char *text, const ws_token *t) {
  size_t n = t->b1 - t->b0;
  const char *w = text + t->b0;
  if (n == 1 && t->shape == 1) return 1; /* initials: George W. Bush */
  if (n > 4) return 0;
  static const char *const abbr[] = {
      "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "St", "Jr", "Sr",
      "Lt", "Col", "Sgt", "Capt", "Prof", "Rev", "Jan", "Feb", "Mar", "Apr",
      "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "vs", "Inc", "Co",
      "Corp", "Ltd", "Mt", "Ft", "U.S", "U.N", "D.C", "U.K", "E.U", "B.C", "Pa", "Va", "Fla",
      "Calif", "Ariz", "Mass", "Conn", "Wash", "Ore", "Ill", "Mich", "Minn",
      "Wis", "Tenn", "Ky", "La", "Ala", "Ga", "Md", "Mo", "Okla", "Nev",
      "Colo", "Del", "N.Y", "N.J", "a.m", "p.m", "Gens", "Reps", "Sens",
      /* Canadian and British titles and provinces: "Coun. Dianne Saxe",
       * "Det. Insp. Mark Lee", "Regina, Sask.".  ("Adm.", "Cmdr." and
       * "Calif." -- five letters, over the limit above -- occur in PolNeAR
       * train: adding them changes what the tagger is trained on, so they
       * wait for its next retraining, with "Const.") */
      "Coun", "Supt", "Insp", "Det", "Cpl", "Maj", "Brig", "Atty", "Hon", "Ont", "Que", "Alta",
      "Sask", "Nfld",
      NULL};
  for (size_t i = 0; abbr[i]; i++)
    if (strlen(abbr[i]) == n && memcmp(abbr[i], w, n) == 0) return 1;
  return 0;
}

int ws_word_is(const char *text, const ws_token *t, const char *w) {
  /* compared as it goes, no strlen: most calls fail on the first byte */
  size_t n = t->b1 - t->b0;
  for (size_t i = 0; i < n; i++) {
    char c = text[t->b0 + i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (!w[i] || c != w[i]) return 0;
  }
  return w[n] == 0;
}

int ws_is_cap_word(const ws_token *t) {
  return t->kind == WS_TK_WORD && (t->flags & WS_TF_CAP);
}

size_t ws_tok_lower(const ws_tokens *tk, size_t b) {
  /* ws_lower_bound's search, written out: the rules ask this often */
  const ws_token *v = tk->v;
  size_t lo = 0, n = tk->n;
  while (n > 0) {
    size_t half = n / 2;
    if (v[lo + half].b0 < b) lo += half + 1, n -= half + 1;
    else n = half;
  }
  return lo;
}

/* Token t is one of the words of the NULL-ended list w. */
int ws_word_in(const char *text, const ws_token *t, const char *const *w) {
  for (int k = 0; w[k]; k++)
    if (ws_word_is(text, t, w[k])) return 1;
  return 0;
}

int ws_text_word_in(const char *p, size_t n, const char *const *w) {
  for (int k = 0; w[k]; k++)
    if (strlen(w[k]) == n && !strncasecmp(p, w[k], n)) return 1;
  return 0;
}

int ws_month_or_weekday(const char *text, const ws_token *t) {
  if (ws_month_capitalised(text + t->b0, t->b1 - t->b0)) return 1;
  for (int k = 0; k < 7; k++)
    if (ws_word_is(text, t, ws_weekday_names[k])) return 1;
  return 0;
}

/* A dash token: -, --, an en or em dash, a horizontal bar. */
int ws_dash_token(const char *text, const ws_token *t) {
  const unsigned char *c = (const unsigned char *)text + t->b0;
  size_t n = t->b1 - t->b0;
  if (t->kind != WS_TK_PUNCT) return 0;
  if (n >= 1 && c[0] == '-') return 1;
  return n == 3 && c[0] == 0xE2 && c[1] == 0x80 && (c[2] == 0x93 || c[2] == 0x94 || c[2] == 0x95);
}

int ws_opens_quote(const ws_token *t) {
  return t->kind == WS_TK_QUOTE && (t->flags & WS_TF_QOPEN);
}

/* A one-byte punctuation token that is one of the characters of `set`. */
int ws_punct_in(const char *text, const ws_token *t, const char *set) {
  return t->kind == WS_TK_PUNCT && t->b1 == t->b0 + 1 && strchr(set, text[t->b0]) != NULL;
}

/* A dateline opens its own sentence: "WASHINGTON (AP) — The Senate ...",
 * "CALGARY, Alberta, Nov. 6, 2025 (GLOBE NEWSWIRE) -- Northwind ...": a
 * paragraph that starts with a word in capitals and reaches a dash within
 * a few tokens, with no lower-case word before it, starts a sentence
 * after the dash; its words are furniture, no names. */
void ws_mark_datelines(const char *text, ws_tokens *tk) {
  ws_token *v = tk->v;
  size_t n = tk->n;
  for (size_t p = 0; p < n; p++) {
    if (!(v[p].flags & WS_TF_PARA) && p != 0) continue;
    if (v[p].kind != WS_TK_WORD || v[p].shape != 2 || v[p].b1 - v[p].b0 < 3) continue;
    for (size_t j = p + 1; j < n && j - p <= 16; j++) {
      if (v[j].flags & WS_TF_PARA) break;
      if (ws_dash_token(text, &v[j])) {
        /* "NEW YORK--(BUSINESS WIRE)--Acme ...": the agency follows */
        if (j + 1 < n && text[v[j + 1].b0] == '(' && !(v[j + 1].flags & WS_TF_PARA)) continue;
        if (j + 1 < n && !(v[j + 1].flags & WS_TF_PARA) &&
            ((v[j + 1].flags & WS_TF_CAP) || v[j + 1].kind == WS_TK_QUOTE)) {
          for (size_t k = p + 1; k <= j; k++) v[k].flags = (uint16_t)(v[k].flags & ~(WS_TF_SENT | WS_TF_SENT_END));
          /* the place and the agency name no one who speaks here */
          for (size_t k = p; k <= j; k++) v[k].flags |= WS_TF_FURNITURE;
          v[j].flags |= WS_TF_SENT_END;
          v[j + 1].flags |= WS_TF_SENT;
        }
        break;
      }
      /* a lower-case word that is not a month abbreviation ends the look */
      if (v[j].kind == WS_TK_WORD && !(v[j].flags & WS_TF_CAP) && v[j].shape != 3) break;
    }
  }
}

int ws_after_plural(const char *text, const ws_tokens *tk, size_t k) {
  const ws_token *v = tk->v;
  if (k == 0 || k + 1 >= tk->n) return 0;
  const ws_token *w = &v[k - 1], *nx = &v[k + 1];
  return w->kind == WS_TK_WORD && w->b1 == v[k].b0 && (text[w->b1 - 1] | 0x20) == 's' &&
         nx->kind == WS_TK_WORD && nx->b0 > v[k].b1 && !(nx->flags & WS_TF_PARA);
}

/* Token i, a single mark that would close a passage opened by a single
 * mark, is rather the apostrophe of a plural's possessive (ws_after_plural)
 * when the passage has a later closing mark in the paragraph, with no
 * opening one before it ('The nurses' pay is a disgrace. We will
 * strike.'); otherwise it closes the passage ('experts' say; 'experts'
 * and 'analysts').  Outside a passage such a mark stays what the tagger
 * learnt it as (a closing mark): reading it as an apostrophe there was
 * measured, with the tagger retrained, at -0.2 to +0.5 on the halves of
 * PolNeAR train and -0.2 to -0.6 on dev, so it waits. */
static int plural_apostrophe(const char *text, const ws_tokens *tk, size_t i) {
  const ws_token *v = tk->v;
  if (!(v[i].flags & WS_TF_QCLOSE) || !ws_after_plural(text, tk, i)) return 0;
  for (size_t k = i + 1; k < tk->n && !(v[k].flags & WS_TF_PARA); k++) {
    if (!(v[k].flags & WS_TF_SQ)) continue;
    if (v[k].flags & WS_TF_QOPEN) return 0;
    if (!ws_after_plural(text, tk, k)) return 1;
  }
  return 0;
}

void ws_mark_structure(const char *text, ws_tokens *tk) {
  ws_token *v = tk->v;
  size_t n = tk->n;
  /* sentences */
  for (size_t i = 0; i < n; i++) {
    if (v[i].flags & WS_TF_PARA) {
      v[i].flags |= WS_TF_SENT;
      if (i) v[i - 1].flags |= WS_TF_SENT_END;
    }
    if (v[i].kind != WS_TK_PUNCT) continue;
    char c = text[v[i].b0];
    int ender = c == '.' || c == '?' || c == '!' ||
                (v[i].b1 - v[i].b0 == 3 && (uint8_t)c == 0xE2 &&
                 (uint8_t)text[v[i].b0 + 1] == 0x80 &&
                 (uint8_t)text[v[i].b0 + 2] == 0xA6);
    if (!ender) continue;
    if (c == '.' && v[i].b1 - v[i].b0 == 1 && i > 0 &&
        v[i - 1].b1 == v[i].b0 && v[i - 1].kind == WS_TK_WORD &&
        is_abbrev(text, &v[i - 1]))
      continue;
    /* a stop with a letter right after it ends no sentence: "D-N.M.",
     * "R-N.Y.", "e.g." */
    if (c == '.' && i + 1 < n && v[i + 1].b0 == v[i].b1 && v[i + 1].kind == WS_TK_WORD) continue;
    size_t j = i;
    while (j + 1 < n && !(v[j + 1].flags & WS_TF_PARA) &&
           ((v[j + 1].kind == WS_TK_QUOTE && (v[j + 1].flags & WS_TF_QCLOSE)) ||
            text[v[j + 1].b0] == ')'))
      j++;
    if (j + 1 >= n) continue;
    const ws_token *nx = &v[j + 1];
    if ((nx->flags & WS_TF_CAP) || nx->shape == 3 ||
        (nx->kind == WS_TK_QUOTE && (nx->flags & WS_TF_QOPEN))) {
      v[j].flags |= WS_TF_SENT_END;
      v[j + 1].flags |= WS_TF_SENT;
    }
    i = j;
  }
  if (n) {
    v[0].flags |= WS_TF_SENT;
    v[n - 1].flags |= WS_TF_SENT_END;
  }
  /* quoted passages: between double marks, or between single marks that
   * open outside any quotation (British style, 'like this'; a single mark
   * inside double ones is a quotation within the quotation).  A quote
   * left open at a paragraph end continues only when the next paragraph
   * reopens it with the same kind of mark. */
  int inq = 0; /* 0 outside, 1 in a double-quoted passage, 2 in a single */
  for (size_t i = 0; i < n; i++) {
    ws_token *t = &v[i];
    if ((t->flags & WS_TF_SQ) && inq == 2 && plural_apostrophe(text, tk, i)) {
      t->kind = WS_TK_PUNCT;
      t->flags = (uint16_t)(t->flags & ~(WS_TF_SQ | WS_TF_QCLOSE));
    }
    int sq = (t->flags & WS_TF_SQ) != 0;
    if ((t->flags & WS_TF_PARA) && inq &&
        !(t->kind == WS_TK_QUOTE && sq == (inq == 2) && (t->flags & WS_TF_QOPEN)))
      inq = 0;
    if (t->kind == WS_TK_QUOTE && (!sq || inq != 1)) {
      if (inq == 2 && !sq) { /* a double mark inside a single passage */
        t->flags |= WS_TF_INQ;
        continue;
      }
      if (t->flags & WS_TF_QOPEN) {
        t->flags |= WS_TF_INQ;
        inq = sq ? 2 : 1;
      } else {
        if (inq) t->flags |= WS_TF_INQ;
        inq = 0;
      }
      /* a single mark that opens or closes a passage is a quotation mark
       * like any other from here on */
      if (sq) {
        /* and reads to the tagger as its double counterpart: ' as ", a
         * curly one as the curly double mark of the same side */
        int straight = text[t->b0] == '\'';
        const char *as = straight ? "\"" : (t->flags & WS_TF_QOPEN) ? "\xE2\x80\x9C" : "\xE2\x80\x9D";
        uint8_t shape, len;
        hash_word((const uint8_t *)as, strlen(as), &t->norm, &t->suf, &shape, &len);
        t->flags = (uint16_t)(t->flags & ~WS_TF_SQ);
      }
      continue;
    }
    if (inq) t->flags |= WS_TF_INQ;
  }
}
