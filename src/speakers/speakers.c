/* speakers.c — a first pass at who the source is: its type from the words
 * it is made of (data/source-words.tsv) and its shape (capitalised names),
 * its canonical form with leading articles removed, and the content kind
 * from its quotation marks. */
#include "speakers.h"
#include "names.h"
#include "../util/lexicon.h"

#include <ctype.h>


WS_DATA(source_words);

static ws_lex words;
static ws_once once = WS_ONCE_INIT;

static ws_status load(ws_error *err) {
  if (ws_lex_load_tsv(&words, ws_data_source_words, ws_data_source_words_len, 0))
    return ws_load_nomem(err, "source words");
  return WS_OK;
}

static int is_cap(unsigned char c) { return c >= 'A' && c <= 'Z'; }

ws_status ws_source_words_ready(ws_error *err) { return ws_once_run(&once, load, err); }

const char *ws_source_word_type(const char *w, size_t n) {
  char lw[32];
  if (n > sizeof lw - 1) n = sizeof lw - 1;
  for (size_t i = 0; i < n; i++) lw[i] = (char)tolower((unsigned char)w[i]);
  lw[n] = 0;
  return ws_source_type(lw);
}

/* norm[a, b) is one of the words of the NULL-ended list w */
static int span_in(const char *norm, size_t a, size_t b, const char *const *w) {
  for (int k = 0; w[k]; k++)
    if (b - a == strlen(w[k]) && !memcmp(norm + a, w[k], b - a)) return 1;
  return 0;
}

/* The word of norm[i, n) that starts at i is a number ("10", "three"). */
static int number_word(const char *norm, size_t i, size_t n) {
  static const char *const num[] = {"two", "three", "four", "five", "ten", NULL};
  if (i >= n) return 0;
  if (isdigit((unsigned char)norm[i])) return 1;
  size_t e = i;
  while (e < n && norm[e] != ' ') e++;
  return span_in(norm, i, e, num);
}

/* words of a share or a count before "of" ("47 percent of", "hundreds of") */
static const char *const shares[] = {"percent", "%", "majority", "minority", "plurality", "share",
                                     "half", "third", "quarter", "most", "many", "some", "all",
                                     "lot", "number", "thousands", "millions", "dozens",
                                     "hundreds", NULL};

int ws_share_word(const char *w, size_t n) {
  char low[32];
  if (n >= sizeof low) return 0;
  size_t m = ws_lex_norm(w, n, low, sizeof low);
  return span_in(low, 0, m, shares) || number_word(low, 0, m);
}

/* norm[a, b) is "a", "an", "one" or "another" */
static int indefinite(const char *norm, size_t a, size_t b) {
  static const char *const w[] = {"a", "an", "one", "another", NULL};
  return span_in(norm, a, b, w);
}

/* The singular of a plural in -ies ("charities", "companies"), when the
 * word table has it */
static const ws_lex_entry *plural_ies(const char *w, size_t len) {
  char sg[64];
  if (len < 5 || len > sizeof sg || memcmp(w + len - 3, "ies", 3)) return NULL;
  memcpy(sg, w, len - 3);
  sg[len - 3] = 'y';
  return ws_lex_get(&words, sg, len - 2);
}

int ws_person_word(const char *w, size_t n) {
  if (ws_once_run(&once, load, NULL) != WS_OK) return 0;
  char lw[32];
  if (n < 2 || n > sizeof lw - 1) return 0;
  for (size_t i = 0; i < n; i++) lw[i] = (char)tolower((unsigned char)w[i]);
  for (int plural = 0; plural < 2; plural++) {
    if (plural && lw[n - 1] != 's') break;
    const ws_lex_entry *e = ws_lex_get(&words, lw, n - (size_t)plural);
    if (e && (!strcmp(e->a, "person") || !strcmp(e->a, "official"))) return 1;
  }
  return 0;
}

/* the k-th word (from 0) of a text of words split by spaces */
static const char *nth_word(const char *t, size_t k) {
  while (*t == ' ') t++;
  for (; k > 0 && *t; k--) {
    while (*t && *t != ' ') t++;
    while (*t == ' ') t++;
  }
  return t;
}

const char *ws_source_type(const char *text) {
  if (ws_once_run(&once, load, NULL) != WS_OK) return "unknown";
  char norm[512];
  size_t n = ws_lex_norm(text, strlen(text), norm, sizeof norm);
  size_t starts[64], ns = 0;
  for (size_t k = 0; k < n && ns < 64; k++)
    if (k == 0 || norm[k - 1] == ' ') starts[ns++] = k;
  /* the head comes before any post-modifier: "a report released by the
   * county", "officials familiar with the talks" keep their first part */
  static const char *const post[] = {"who", "whose", "which", "that", "by", "of", "in", "at", "on",
                                     "from", "with", "across", "throughout", "around", "along",
                                     "near", "for", "to",
                                     "released", "published", "close", "familiar", NULL};
  size_t nw = ns, n_all = n; /* words and bytes in all */
  /* the head ends before "of" ("54 percent of voters") or "in" and a
   * number ("Four in 10 voters") */
  int of_cut = 0;
  for (size_t s = 1; s < ns; s++) {
    size_t e = s + 1 < ns ? starts[s + 1] - 1 : n;
    /* a participle in -ing after a source's word: "a report going to
     * council", "a spokesman speaking for the union" */
    const ws_lex_entry *hd = NULL;
    if (e - starts[s] > 4 && !memcmp(norm + e - 3, "ing", 3) &&
        (hd = ws_lex_get(&words, norm + starts[s - 1], starts[s] - 1 - starts[s - 1])) != NULL &&
        strcmp(hd->a, "media") && !is_cap((unsigned char)*nth_word(text, s))) {
      n = starts[s] - 1;
      ns = s;
      break;
    }
    for (int k = 0; post[k]; k++)
      if (e - starts[s] == strlen(post[k]) && !memcmp(norm + starts[s], post[k], e - starts[s]) &&
          /* ("to" only after a person's word: "aides to Clinton", not
           * "ambassador to the United States", "audio provided to") */
          (strcmp(post[k], "to") || ws_person_word(norm + starts[s - 1], starts[s] - 1 - starts[s - 1]))) {
        /* "familiar" itself says anonymous: keep it as the head */
        if (!strcmp(post[k], "familiar")) return "anonymous";
        of_cut = !strcmp(post[k], "of") || (!strcmp(post[k], "in") && number_word(norm, e + 1, n));
        n = starts[s] - 1;
        ns = s;
        break;
      }
  }
  /* unnamed officials counted ("two senior government officials") are
   * anonymous sources */
  if (ns > 1 && number_word(norm, starts[0], starts[1] - 1)) {
    size_t a = starts[ns - 1], len = n - a;
    while (len && strchr(".,:;'\"", norm[a + len - 1])) len--;
    const ws_lex_entry *e = len >= 3 && norm[a + len - 1] == 's' ? ws_lex_get(&words, norm + a, len - 1) : NULL;
    if (e && !strcmp(e->a, "official")) return "anonymous";
  }
  /* a two-word key that ends the head outranks its last word ("press
   * secretary", not "secretary") */
  if (ns >= 2) {
    size_t len = n - starts[ns - 2];
    while (len && strchr(".,:;'\"", norm[starts[ns - 2] + len - 1])) len--;
    const ws_lex_entry *e = ws_lex_get(&words, norm + starts[ns - 2], len);
    if (e && strcmp(e->a, "official")) return e->a;
  }
  /* from the head (last word) backwards; keys of three words first ("globe
   * and mail"), then two */
  for (size_t s = ns; s-- > 0;) {
    for (size_t w = 3; w >= 1; w--) {
      if (s + w > ns) continue;
      size_t stop = s + w < ns ? starts[s + w] - 1 : n;
      size_t len = stop - starts[s];
      while (len && strchr(".,:;'\"", norm[starts[s] + len - 1])) len--;
      const ws_lex_entry *e = ws_lex_get(&words, norm + starts[s], len);
      /* an institution's person ("official", "aide"): unnamed, with "a"
       * or "one" before the head, an anonymous source ("a senior
       * administration official") */
      if (e && !strcmp(e->a, "official"))
        return s + w == ns && indefinite(norm, starts[0], ns > 1 ? starts[1] - 1 : n) ? "anonymous"
                                                                                    : "person";
      if (e) return e->a;
      /* the head in the plural ("Councils", "nurses", "MPs"): an
       * organisation's or a document's word stays one, a person's makes a
       * group (not a medium's: "politicos") */
      if (w == 1 && s + 1 == ns && len >= 3 && norm[starts[s] + len - 1] == 's' &&
          ((e = ws_lex_get(&words, norm + starts[s], len - 1)) != NULL ||
           (e = plural_ies(norm + starts[s], len)) != NULL) &&
          (!strcmp(e->a, "person") || !strcmp(e->a, "official") ||
           !strcmp(e->a, "organization") || !strcmp(e->a, "document"))) {
        /* (a capitalised plural after a first name is a surname: "Maxine
         * Waters", "Tyra Banks") */
        if (s > 0 && is_cap((unsigned char)*nth_word(text, s)) &&
            (!strcmp(e->a, "organization") || !strcmp(e->a, "document"))) {
          const char *fw = nth_word(text, s - 1);
          if (ws_first_name_gender(fw, strcspn(fw, " "))) break;
        }
        return strcmp(e->a, "person") && strcmp(e->a, "official") ? e->a : "group";
      }
    }
  }
  /* "47 percent of Cuban Americans": a share of a group named with
   * capitals */
  int share = 0;
  if (of_cut && ns) {
    size_t a = starts[ns - 1];
    share = span_in(norm, a, n, shares) || number_word(norm, a, n);
  }
  if (share && nw > ns) {
    const ws_lex_entry *e = ws_lex_get(&words, norm + starts[nw - 1], n_all - starts[nw - 1]);
    if (e && !strcmp(e->a, "group")) return "group";
  }
  /* a common noun at the head: several people ("Several teachers"), or
   * someone unnamed ("one teacher") */
  if (ns) {
    /* the head's last word: the ns-th word of the text ("Local
     * authorities in England"), but the last word after a quantity and
     * "of" ("54 percent of registered voters") */
    const char *w = text, *last = text;
    for (size_t k = 0; k < (of_cut ? nw : ns) && *last; k++) {
      w = last;
      while (*w == ' ') w++;
      last = w;
      while (*last && *last != ' ') last++;
    }
    if (w < last && !is_cap((unsigned char)*w) && ((unsigned char)*w < 0x80)) {
      /* "one of the sources" stays anonymous */
      char lw[64];
      size_t ll = ws_lex_norm(w, (size_t)(last - w), lw, sizeof lw);
      while (ll && strchr(".,:;'\"", lw[ll - 1])) ll--;
      const ws_lex_entry *e = of_cut ? ws_lex_get(&words, lw, ll) : NULL;
      if (e && !strcmp(e->a, "anonymous")) return "anonymous";
      /* ("one of the officials" too; not "a growing number of senators") */
      if (of_cut && ns == 1 && ll > 1 && lw[ll - 1] == 's' && indefinite(norm, starts[0], n) &&
          (e = ws_lex_get(&words, lw, ll - 1)) != NULL && !strcmp(e->a, "official"))
        return "anonymous";
      return last[-1] == 's' ? "group" : "unknown";
    }
  }
  /* capitalised words: a name; an all-capitals word: an organisation */
  int caps = 0, upper_word = 0;
  const char *t = text;
  while (*t) {
    while (*t == ' ') t++;
    if (!*t) break;
    const char *w = t;
    while (*t && *t != ' ') t++;
    if (is_cap((unsigned char)*w)) {
      caps++;
      int all = t - w > 1;
      for (const char *c = w; c < t; c++)
        if (!is_cap((unsigned char)*c) && *c != '.') all = 0;
      upper_word |= all;
    }
  }
  if (upper_word) return "organization";
  if (caps) return "person";
  return "unknown";
}

/* length of a double quotation mark at c (", curly, '' or ``), else 0 */
static size_t quote_at(const char *c, const char *e) {
  unsigned char u = (unsigned char)*c;
  if (u == '"') return 1;
  if ((u == '\'' || u == '`') && e - c >= 2 && c[1] == c[0]) return 2;
  if (u == 0xE2 && e - c >= 3 && (unsigned char)c[1] == 0x80 &&
      ((unsigned char)c[2] == 0x9C || (unsigned char)c[2] == 0x9D))
    return 3;
  return 0;
}

/* [s, e) opens with a single quotation mark (' or U+2018) and closes
 * with one (' or U+2019), a comma or period allowed after it; or, when
 * the next fragment continues the quotation, only opens with one */
static int single_quoted(const char *s, const char *e, int continued) {
  size_t open = *s == '\'' ? 1
                : e - s >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
                          (unsigned char)s[2] == 0x98
                      ? 3
                      : 0;
  if (!open) return 0;
  if (continued) return 1;
  while (e > s + open && strchr(".,;:!? ", e[-1])) e--;
  if (e - s > (long)open && e[-1] == '\'') return 1;
  return e - s >= (long)open + 3 && (unsigned char)e[-3] == 0xE2 && (unsigned char)e[-2] == 0x80 &&
         (unsigned char)e[-1] == 0x99;
}

/* direct: every fragment is one quotation, mark to mark (a comma or
 * period may sit after the closing mark); mixed: some quotation inside */
static const char *content_kind(const ws_doc *d, const ws_attr_rec *r) {
  size_t n = r->pub.content.nspans, whole = 0, quotes = 0;
  for (size_t i = 0; i < n; i++) {
    const char *s = d->text + r->con_b[i].start;
    const char *e = d->text + r->con_b[i].end;
    size_t marks = 0, first = 0, last_end = 0;
    for (const char *c = s; c < e;) {
      size_t q = quote_at(c, e);
      if (!q) {
        c++;
        continue;
      }
      if (!marks) first = (size_t)(c - s);
      marks++;
      c += q;
      last_end = (size_t)(c - s);
    }
    quotes += marks;
    const char *tail = s + last_end;
    while (tail < e && strchr(".,;:!? ", *tail)) tail++;
    if (marks == 2 && first == 0 && tail == e) whole++;
    /* a paragraph of a quotation over several paragraphs opens the mark
     * and leaves it open for the next one */
    if (marks == 1 && first == 0 && i + 1 < n) whole++;
    /* UK style: a fragment that is one single-quoted passage, mark to mark
     * (an apostrophe never opens a fragment), or opening one that the
     * next fragment continues */
    if (!marks && single_quoted(s, e, i + 1 < n)) {
      quotes++;
      whole++;
    }
  }
  if (!quotes || !n) return "indirect";
  return whole == n ? "direct" : "mixed";
}

/* "One nurse, who asked not to be named because ..., says": words in the
 * source or between it and its cue that withhold the name (the tagger
 * often leaves that clause out of the source) */
static int unnamed_by_request(const ws_doc *d, const ws_attr_rec *r) {
  if (!r->pub.cue.nspans) return 0;
  size_t b0 = r->src_b[0].start, b1 = r->cue_b[0].start;
  size_t ce = r->cue_b[r->pub.cue.nspans - 1].end;
  if (r->pub.content.nspans && r->con_b[0].start >= ce && r->con_b[0].start - ce < 4) {
    /* "..., who asked not to be named": the request is the content */
    b1 = r->con_b[0].start + 40 < r->con_b[0].end ? r->con_b[0].start + 40 : r->con_b[0].end;
  }
  if (b1 <= b0 || b1 - b0 > 240) return 0;
  char buf[256];
  size_t n = ws_lex_norm(d->text + b0, b1 - b0, buf, sizeof buf);
  buf[n < sizeof buf ? n : sizeof buf - 1] = 0;
  return ws_withholds_name(buf, 0);
}

int ws_speakers_resolve(ws_doc *d, const ws_tokens *tk, size_t from) {
  if (ws_once_run(&once, load, NULL) != WS_OK) return -1;
  for (size_t i = from; i < d->nattrs; i++) {
    ws_attr_rec *r = &d->attrs[i];
    ws_attribution *a = &r->pub;
    if (!a->kind) a->kind = content_kind(d, r);
    if (!a->has_source) continue;
    if (a->source.nspans) {
      size_t t = ws_tok_lower(tk, r->src_b[0].start);
      r->src_inq = t < tk->n && (tk->v[t].flags & WS_TF_INQ) != 0;
    }
    /* the tagger's "group" (a capitalised plural) gives way to what the
     * words say ("Polls": a document) */
    if (!a->source_type || !strcmp(a->source_type, "group")) {
      const char *t = ws_source_type(a->source.text);
      if (!a->source_type || (strcmp(t, "person") && strcmp(t, "unknown"))) a->source_type = t;
    }
    if (strcmp(a->source_type, "anonymous") && unnamed_by_request(d, r))
      a->source_type = "anonymous";
  }
  return 0;
}
