/* mentions.c — names in running text: runs of capitalised words (with
 * "of", "and", "for" inside), compared as strings or as acronyms. */
#include "mentions.h"
#include "entities.h"
#include "names.h"
#include "speakers.h"
#include "../tokenize/kwtab.h"

#include <stdlib.h>
#include <string.h>


static int is_function(int pos) {
  switch (pos) {
    case WS_POS_DT: case WS_POS_IN: case WS_POS_JJ: case WS_POS_RB: case WS_POS_CC:
    case WS_POS_PRP: case WS_POS_PRPS: case WS_POS_WH: case WS_POS_TO: case WS_POS_MD:
    case WS_POS_VB: case WS_POS_VBD: case WS_POS_VBZ: case WS_POS_VBP: case WS_POS_VBG:
    case WS_POS_VBN: case WS_POS_CD:
      return 1;
  }
  return 0;
}

/* words the scanner tests, by hash: months and weekdays are times, not
 * names; pronouns are not names; "of", "for", "and" join names */
enum { KW_CALENDAR = 1, KW_PRONOUN, KW_OF, KW_FOR, KW_AND, KW_MAY, KW_BEFORE_MONTH, KW_QUANT };
static ws_kwtab kw;
static ws_once kw_once = WS_ONCE_INIT;
static ws_status kw_init(ws_error *err) {
  /* months and weekdays, and the abbreviations that are no common word
   * ("May", "Mar", "Jun" may be names or words) */
  static const char *const abbrs[] = {"jan", "feb", "aug", "sept", "oct", "nov", "dec", NULL};
  static const char *const pro[] = {"he", "she", "we", "you", "they", "it", "i", "his", "her",
                                    "its", "our", "their", "my", "your", NULL};
  int e = 0;
  for (int k = 0; k < 12; k++)
    if (k != 4) e |= ws_kwtab_add(&kw, ws_month_names[k], KW_CALENDAR); /* not "may" */
  for (int k = 0; k < 7; k++) e |= ws_kwtab_add(&kw, ws_weekday_names[k], KW_CALENDAR);
  for (int k = 0; abbrs[k]; k++) e |= ws_kwtab_add(&kw, abbrs[k], KW_CALENDAR);
  for (int k = 0; pro[k]; k++) e |= ws_kwtab_add(&kw, pro[k], KW_PRONOUN);
  /* "May" is the month before a number or after these, else a name */
  static const char *const before_month[] = {"in", "since", "until", "till", "early", "late",
                                             "last", "next", "this", "through", "mid", NULL};
  for (int k = 0; before_month[k]; k++) e |= ws_kwtab_add(&kw, before_month[k], KW_BEFORE_MONTH);
  e |= ws_kwtab_add(&kw, ws_month_names[4], KW_MAY);
  e |= ws_kwtab_add(&kw, "of", KW_OF) | ws_kwtab_add(&kw, "for", KW_FOR) |
       ws_kwtab_add(&kw, "and", KW_AND);
  /* quantifiers tagged as adjectives, which open no name ("Many Latino
   * voters") */
  static const char *const quant[] = {"many", "several", "some", "few", "most", "all", "both",
                                      "other", "such", NULL};
  for (int k = 0; quant[k]; k++) e |= ws_kwtab_add(&kw, quant[k], KW_QUANT);
  if (!e) return WS_OK;
  ws_set_error(err, WS_ERR_LIMIT, 0, 0, "mention keywords: the keyword table is full");
  return WS_ERR_LIMIT;
}

/* "He's", "I'm", "They’re": a pronoun with a contraction is no name */
static int contracted_pronoun(const char *text, const ws_token *t) {
  for (uint32_t b = t->b0 + 1; b < t->b1; b++) {
    unsigned char c = (unsigned char)text[b];
    if (c == '\'' || (c == 0xE2 && b + 2 < t->b1 && (unsigned char)text[b + 1] == 0x80 &&
                      (unsigned char)text[b + 2] == 0x99))
      return ws_kwtab_get(&kw, ws_norm_hash(text + t->b0, b - t->b0)) == KW_PRONOUN;
  }
  return 0;
}

/* The word is a person's or a place's name by itself ("Iowa and New
 * Hampshire", "Trump and Hillary Clinton", "Bill and Hillary Clinton"). */
static int names_alone(const char *text, const ws_token *t) {
  const char *k = ws_name_word_kind(text + t->b0, t->b1 - t->b0);
  return (k && strcmp(k, "organization") != 0) || ws_first_name_gender(text + t->b0, t->b1 - t->b0);
}

/* "Bob Casey | of Pennsylvania", "Sen. Mark Ridley | of Ohio": a person's
 * name (a first name among its two or more words) before "of" at token j
 * and a place of one or two words after it stops there. */
static int person_of_place(const char *text, const ws_tokens *tk, size_t i, size_t j) {
  const ws_token *v = tk->v;
  /* a title before "of" is a role's ("White House Chief | of Staff") */
  if (j - i < 2 || j + 1 >= tk->n || ws_title_word(text + v[j - 1].b0, v[j - 1].b1 - v[j - 1].b0))
    return 0;
  int first = 0;
  for (size_t k = i; k < j && !first; k++) {
    const char *kind = ws_name_word_kind(text + v[k].b0, v[k].b1 - v[k].b0);
    /* or, before the last word, one the name table calls a person's
     * ("Susan", whose gender the first-name table does not give) */
    first = ws_first_name_gender(text + v[k].b0, v[k].b1 - v[k].b0) != 0 ||
            (k + 1 < j && kind && !strcmp(kind, "person"));
  }
  if (!first) return 0;
  /* or an organisation of two or more capitalised words ("Amy Walsh | of
   * Humberside Police"): a person's name does not go on with "of" */
  if (j + 2 < tk->n && ws_is_cap_word(&v[j + 1]) && ws_is_cap_word(&v[j + 2])) return 1;
  if (ws_place_name(text + v[j + 1].b0, v[j + 1].b1 - v[j + 1].b0) &&
      (j + 2 >= tk->n || !ws_is_cap_word(&v[j + 2])))
    return 1;
  return j + 2 < tk->n && ws_is_cap_word(&v[j + 2]) &&
         ws_place_name(text + v[j + 1].b0, v[j + 2].b1 - v[j + 1].b0);
}

/* The capitalised words from token j end before "(ACRONYM)" whose letters
 * are the initials of the name from token i. */
static int acronym_after(const char *text, const ws_tokens *tk, size_t i, size_t j) {
  size_t k = j;
  while (k < tk->n && k - j < 6 && ws_is_cap_word(&tk->v[k])) k++;
  if (k == j || k + 2 >= tk->n || text[tk->v[k].b0] != '(' || text[tk->v[k + 2].b0] != ')' ||
      tk->v[k + 1].shape != 2)
    return 0;
  ws_name_run m = {i, k, 0};
  return ws_is_acronym_of(text, &tk->v[k + 1], tk, &m);
}

/* Token t is an apostrophe alone, straight or curly. */
static int is_apostrophe(const char *text, const ws_token *t) {
  size_t n = t->b1 - t->b0;
  return t->kind != WS_TK_WORD && ((n == 1 && text[t->b0] == '\'') ||
                                   (n == 3 && !memcmp(text + t->b0, "\xE2\x80\x99", 3)));
}

/* The capitalised words from token j (a plural's possessive mark among
 * them: "Marine Workers' Union") end with the head word of an
 * organisation's name ("Union", "Foundation", "Council", ...), at most
 * five of them. */
static int org_after(const char *text, const ws_tokens *tk, size_t j) {
  static const char *const heads[] = {
      "union",   "foundation", "association", "federation", "council",  "commission",
      "committee", "institute", "society",   "alliance",   "coalition", "department",
      "ministry", "agency",     "authority",  "board",      "bureau",   "trust",
      "centre",  "center",     "corporation", "services",  "network",  NULL};
  const ws_token *v = tk->v;
  size_t k = j;
  while (k < tk->n && k - j < 6 && !(v[k].flags & WS_TF_SENT) &&
         (ws_is_cap_word(&v[k]) || (k > j && v[k].b0 == v[k - 1].b1 && is_apostrophe(text, &v[k]))))
    k++;
  /* (the head ends the name: not "National Association | of ...") */
  if (k < tk->n && !(v[k].flags & WS_TF_SENT) &&
      (ws_word_is(text, &v[k], "of") || ws_word_is(text, &v[k], "for")))
    return 0;
  return k > j + 1 && ws_is_cap_word(&v[k - 1]) && ws_word_in(text, &v[k - 1], heads);
}

/* "Ministry of Housing, Communities and Local Government", "Department
 * for Digital, Culture, Media and Sport": a name opened by a government
 * department's word, at a comma after its "of"/"for", goes on over a list
 * of capitalised words closed by "and" and one to three more.  The end of
 * that list (the token after it), or j when there is none. */
static size_t department_list(const char *text, const ws_tokens *tk, size_t i, size_t j) {
  static const char *const depts[] = {"department", "ministry", "office", NULL};
  const ws_token *v = tk->v;
  if (!ws_word_in(text, &v[i], depts) || !ws_punct_in(text, &v[j], ",")) return j;
  size_t k = j; /* a comma, or the "and" before the last item */
  for (;;) {
    /* an item: one to three capitalised words, no person's or place's */
    size_t w = k + 1, e = w;
    while (e < tk->n && e - w < 3 && !(v[e].flags & WS_TF_SENT) && ws_is_cap_word(&v[e])) e++;
    if (e == w || e >= tk->n || ws_title_word(text + v[w].b0, v[w].b1 - v[w].b0) ||
        ws_first_name_gender(text + v[w].b0, v[w].b1 - v[w].b0) ||
        ws_place_name(text + v[w].b0, v[e - 1].b1 - v[w].b0))
      return j;
    if (ws_word_is(text, &v[k], "and")) return e;
    k = e;
    if (!ws_punct_in(text, &v[k], ",") && !ws_word_is(text, &v[k], "and")) return j;
  }
}

/* A company's legal suffix after a comma ("Northwind Biotherapeutics, |
 * Inc."), and a degree after a person's name and a comma ("Priya Raman,
 * M.D.", "Jane Roe, Ph.D."): the one is part of the name, the other
 * names nobody. */
static const char *const legal_suffixes[] = {"inc", "corp", "corporation", "ltd", "limited",
                                             "llc", "plc", NULL}; /* lower case: ws_word_in */
static const char *const degrees[] = {"m.d", "md", "ph", "phd", "mba", "rn", "esq", "d.o",
                                      "j.d", "mph", "cpa", NULL};
static int after_comma(const char *text, const ws_tokens *tk, size_t i) {
  return i > 0 && ws_punct_in(text, &tk->v[i - 1], ",");
}

/* A surname's elided particle before a capital: "d’Entremont",
 * "D'Amours" (O'Neil is a capitalised word already). */
static int elided_name(const char *text, const ws_token *t) {
  const unsigned char *w = (const unsigned char *)text + t->b0;
  size_t n = t->b1 - t->b0, k;
  if (t->kind != WS_TK_WORD || n < 4 || (w[0] != 'd' && w[0] != 'l')) return 0;
  if (w[1] == '\'') k = 2;
  else if (n >= 6 && w[1] == 0xE2 && w[2] == 0x80 && w[3] == 0x99) k = 4;
  else return 0;
  return k < n && w[k] >= 'A' && w[k] <= 'Z';
}

/* Lower-case particles inside a person's name: "Marie de la Fontaine",
 * "Ludwig van Beethoven", "Oscar da Silva" */
static const char *const particles[] = {"de", "la", "le", "du", "des", "del", "della", "di", "da",
                                        "dos", "das", "van", "von", "der", "den", "ter", "ten", "bin",
                                        "bint", "ibn", "al",
                                        NULL};

/* Tokens [j, k) are one or two particles or an elided surname that go on
 * a name begun with a capitalised word; returns k (j when none). */
static size_t particle_run(const char *text, const ws_tokens *tk, size_t j) {
  const ws_token *v = tk->v;
  if (j < tk->n && !(v[j].flags & WS_TF_SENT) && elided_name(text, &v[j])) return j + 1;
  size_t k = j;
  while (k < tk->n && k - j < 2 && !(v[k].flags & (WS_TF_SENT | WS_TF_CAP)) &&
         ws_word_in(text, &v[k], particles))
    k++;
  if (k == j || k >= tk->n || (v[k].flags & WS_TF_SENT) || !ws_is_cap_word(&v[k])) return j;
  return k + 1;
}

/* "St", "Mt", "Ft": a saint's, a mount's or a fort's abbreviation, which
 * opens a place's name ("St. Paul City Council", "Mt. Pleasant") */
static int place_abbrev(const char *text, const ws_token *t) {
  static const char *const ab[] = {"st", "ste", "mt", "ft", NULL};
  return t->shape == 1 && ws_word_in(text, t, ab);
}

/* A party and state in brackets after a lawmaker's name, "(D-Mo.)",
 * "(R-N.H.)", "(I)": token i right after "(" and the ")" two tokens on at
 * most; no name of anyone */
static int party_tag(const char *text, const ws_tokens *tk, size_t i) {
  const ws_token *t = &tk->v[i];
  const char *s = text + t->b0;
  size_t n = t->b1 - t->b0;
  if (i == 0 || !ws_punct_in(text, &tk->v[i - 1], "(") || !strchr("DRI", s[0]) ||
      (n > 1 && (s[1] != '-' || n < 4 || s[2] < 'A' || s[2] > 'Z')))
    return 0;
  for (size_t k = 1; k <= 3 && i + k < tk->n; k++) {
    if (ws_punct_in(text, &tk->v[i + k], ")")) return 1;
    if (!ws_punct_in(text, &tk->v[i + k], ".")) return 0;
  }
  return 0;
}

/* Surnames seen so far: the capitalised words that follow another
 * capitalised word inside a sentence ("Geordie Dent"), by word hash, with
 * where each was first seen; a full table takes no more (a name then
 * missed is as before). */
enum { SURNAMES = 512 };
typedef struct surnames {
  uint32_t key[SURNAMES];
  uint32_t at[SURNAMES];
} surnames;

static void surnames_fill(surnames *s, const ws_tokens *tk) {
  memset(s->key, 0, sizeof s->key);
  size_t used = 0;
  for (size_t j = 1; j < tk->n && used < SURNAMES / 2; j++) {
    const ws_token *w = &tk->v[j], *p = &tk->v[j - 1];
    if (!ws_is_cap_word(w) || (w->flags & WS_TF_SENT) || !ws_is_cap_word(p) || !w->norm ||
        w->shape != 1 || w->pos == WS_POS_NNS)
      continue;
    /* (the last of two or three capitalised words, nothing written on to
     * it: not "School Teachers' Federation") */
    const ws_token *nx = j + 1 < tk->n ? &tk->v[j + 1] : NULL;
    if (nx && (ws_is_cap_word(nx) || (nx->b0 == w->b1 && nx->kind != WS_TK_PUNCT))) continue;
    if (j >= 3 && ws_is_cap_word(&tk->v[j - 2]) && ws_is_cap_word(&tk->v[j - 3]) &&
        !(tk->v[j - 2].flags & WS_TF_SENT))
      continue;
    uint32_t h = w->norm & (SURNAMES - 1);
    while (s->key[h] && s->key[h] != w->norm) h = (h + 1) & (SURNAMES - 1);
    if (s->key[h]) continue;
    s->key[h] = w->norm, s->at[h] = (uint32_t)j, used++;
  }
}

/* Token i's word was a surname before it. */
static int surname_before(const surnames *s, const ws_token *t, size_t i) {
  for (uint32_t h = t->norm & (SURNAMES - 1); t->norm && s->key[h]; h = (h + 1) & (SURNAMES - 1))
    if (s->key[h] == t->norm) return s->at[h] < i;
  return 0;
}

size_t ws_find_mentions(const char *text, const ws_tokens *tk, const size_t *sent,
                            ws_name_run *out) {
  (void)ws_once_run(&kw_once, kw_init, NULL); /* a full table misses words; it never fails */
  size_t n = 0;
  surnames sn;
  surnames_fill(&sn, tk);
  for (size_t i = 0; i < tk->n;) {
    const ws_token *t = &tk->v[i];
    /* A capitalised first word of a sentence is a name when the tag
     * lexicon says so, when it is in capitals (ICE), or when a name
     * follows it and it is not a function word or adjective ("Mayor Ana
     * Ruiz", not "The Post" or "Top Biden officials"); see adj_name. */
    int upper = t->shape == 2;
    int code = ws_is_cap_word(t) ? ws_kwtab_get(&kw, t->norm) : 0;
    /* "Jan Brewer": a month's abbreviation with no stop, right before a
     * capitalised word that is no month's or day's, is a first name */
    static const char *const month_abbrs[] = {"jan", "feb", "aug", "sept", "oct", "nov", "dec", NULL};
    if (code == KW_CALENDAR && i + 1 < tk->n && tk->v[i + 1].b0 == t->b1 + 1 &&
        tk->v[i + 1].kind == WS_TK_WORD && ws_is_cap_word(&tk->v[i + 1]) &&
        !(tk->v[i + 1].flags & WS_TF_SENT) && !ws_month_or_weekday(text, &tk->v[i + 1]) &&
        ws_word_in(text, t, month_abbrs))
      code = 0;
    /* the first word of a quotation starts a sentence too */
    int initial = (t->flags & WS_TF_SENT) ||
                  (i > 0 && tk->v[i - 1].kind == WS_TK_QUOTE && (tk->v[i - 1].flags & WS_TF_QOPEN));
    /* but an adjective before a capitalised common noun opens a name:
     * "Indigenous Services Canada", "Democratic Party" (not before a
     * title, "Republican Rep. Lee Zeldin", "Former President", nor an
     * acronym, "Super PACs", nor a quantifier, "Many Latino voters") */
    const ws_token *nx = i + 1 < tk->n ? &tk->v[i + 1] : NULL;
    int adj_name = t->pos == WS_POS_JJ && nx && nx->shape == 1 &&
                   (nx->pos == WS_POS_NN || nx->pos == WS_POS_NNS ||
                    /* "Northern Trains": a plural the lexicon knows as a
                     * verb, or not at all */
                    ((nx->pos == WS_POS_VBZ || nx->pos == WS_POS_UNK) && nx->len > 4 &&
                     text[nx->b1 - 1] == 's')) &&
                   !ws_title_word(text + nx->b0, nx->b1 - nx->b0) && code != KW_QUANT;
    /* and before a name and an organisation's word: "Greater Manchester
     * Police", "Northern Ireland Office" (not "Top Biden officials") */
    const ws_token *nx2 = i + 2 < tk->n ? &tk->v[i + 2] : NULL;
    adj_name |= t->pos == WS_POS_JJ && nx && nx2 && code != KW_QUANT && ws_is_cap_word(nx) &&
                (nx->pos == WS_POS_NNP || nx->pos == WS_POS_UNK) && ws_is_cap_word(nx2) &&
                !(nx2->flags & WS_TF_SENT) &&
                !strcmp(ws_source_word_type(text + nx2->b0, nx2->b1 - nx2->b0), "organization");
    /* and a common word, "and", then two capitalised words: "Colleges and
     * Institutes Canada", "Environment and Climate Change Canada" (the
     * "and" then joins them, as it does inside a sentence) */
    int and_name = nx && nx2 && ws_word_is(text, nx, "and") && !is_function(t->pos) &&
                   i + 3 < tk->n && ws_is_cap_word(nx2) && ws_is_cap_word(&tk->v[i + 3]) &&
                   !(nx2->flags & WS_TF_SENT) && !(tk->v[i + 3].flags & WS_TF_SENT);
    if (!(ws_is_cap_word(t) || elided_name(text, t)) || t->len < 2 || code == KW_CALENDAR ||
        (t->flags & WS_TF_FURNITURE) || party_tag(text, tk, i) ||
        (initial && !upper && t->pos != WS_POS_NNP && t->pos != WS_POS_UNK && !adj_name &&
         !and_name && (is_function(t->pos) || !(nx && ws_is_cap_word(nx))) &&
         /* (a common word that was a surname before, then a verb in a
          * tense or a comma: "Dent said" after "Geordie Dent") */
         !(!is_function(t->pos) && nx && (ws_pos_finite(nx->pos) || ws_punct_in(text, nx, ",")) &&
           surname_before(&sn, t, i)))) {
      i++;
      continue;
    }
    /* three or more words in capitals running on are a shouted line ("WHY
     * SENEGAL CLAMPS DOWN ON QURANIC SCHOOLS", "SIGN UP FOR OUR
     * NEWSLETTER"), no name: acronyms come one or two at a time */
    if (upper) {
      /* (words in capitals, and marks joined to the word before them:
       * "OBAMA’S") */
      size_t e = i, words = 0;
      for (; e < tk->n; e++) {
        const ws_token *x = &tk->v[e];
        if (e > i && (x->flags & WS_TF_SENT)) break;
        if (x->kind == WS_TK_WORD ? x->shape != 2 : e == i || x->b0 != tk->v[e - 1].b1) break;
        words += x->kind == WS_TK_WORD;
      }
      if (words >= 3) {
        i = e;
        continue;
      }
    }
    /* a tabloid's capitals on a common word before a lower-case one ("A
     * GRIEVING mum", "THOUSANDS of") are emphasis, no name */
    if (upper && t->len >= 4 && nx && nx->kind == WS_TK_WORD && nx->shape == 0 &&
        t->pos != WS_POS_NNP && t->pos != WS_POS_UNK && t->pos != WS_POS_OTHER) {
      i++;
      continue;
    }
    if (code == KW_MAY && ((i + 1 < tk->n && tk->v[i + 1].pos == WS_POS_CD) ||
                           (i > 0 && ws_kwtab_get(&kw, tk->v[i - 1].norm) == KW_BEFORE_MONTH)))
      code = KW_CALENDAR; /* "court May 4", "in May" */
    if (code == KW_CALENDAR || code == KW_PRONOUN || contracted_pronoun(text, t) ||
        (after_comma(text, tk, i) && ws_word_in(text, t, degrees))) {
      i++;
      continue;
    }
    size_t j = i + 1, run = 1; /* capitalised words since the last connector */
    int c, of_seen = 0, and_seen = 0; /* an "of", an "and" joined the name */
    int for_seen = 0;                 /* a "for" */
    /* "Canada's Northvale Mining Corp": a place's possessive says where
     * the name after it is from, and is a name of its own */
    size_t pl = ws_possessive_len(text + t->b0, t->b1 - t->b0);
    /* (two words or more: "America's Voice" is one name) */
    int place_of = pl && ws_place_name(text + t->b0, t->b1 - t->b0 - pl) && nx && nx2 &&
                   ws_is_cap_word(nx) && ws_is_cap_word(nx2) && !(nx2->flags & WS_TF_SENT);
    while (!place_of && j < tk->n && !(tk->v[j].flags & WS_TF_SENT)) {
      /* the last stop of a dotted abbreviation that opens the name, then
       * a noun: "B.C. | Ferries", "U.N. | Women", "St. | Paul" (not "U.S.
       * | He", "Washington D.C. | He") */
      const ws_token *ab = &tk->v[j - 1], *nx = j + 1 < tk->n ? &tk->v[j + 1] : NULL;
      if (j - 1 == i && ws_punct_in(text, &tk->v[j], ".") && ab->b1 == tk->v[j].b0 &&
          (memchr(text + ab->b0, '.', ab->b1 - ab->b0) || place_abbrev(text, ab)) && nx &&
          ws_is_cap_word(nx) &&
          nx->b0 == tk->v[j].b1 + 1 && !(nx->flags & WS_TF_SENT) &&
          (nx->pos == WS_POS_NNP || nx->pos == WS_POS_NN || nx->pos == WS_POS_NNS ||
           nx->pos == WS_POS_UNK || nx->pos == WS_POS_JJ)) {
        j += 2;
        run++;
        continue;
      }
      /* a middle initial: "Marta J. Kowalski" */
      if (tk->v[j].kind == WS_TK_PUNCT && text[tk->v[j].b0] == '.' && tk->v[j].b1 == tk->v[j].b0 + 1 &&
          tk->v[j - 1].len == 1 && run > 1 && j + 1 < tk->n && ws_is_cap_word(&tk->v[j + 1]) &&
          tk->v[j + 1].len > 1) {
        j += 2;
        run++;
        continue;
      }
      size_t pk;
      /* a plural's possessive mark inside a name: "Marine Workers' Union",
       * "Ontario Secondary School Teachers’ Federation" (an organisation's
       * word after it; not "Reuters’ Luciana Lopez") */
      if (j + 1 < tk->n && tk->v[j].b0 == tk->v[j - 1].b1 && text[tk->v[j - 1].b1 - 1] == 's' &&
          ws_is_cap_word(&tk->v[j - 1]) && ws_is_cap_word(&tk->v[j + 1]) &&
          !(tk->v[j + 1].flags & WS_TF_SENT) &&
          !strcmp(ws_source_word_type(text + tk->v[j + 1].b0, tk->v[j + 1].b1 - tk->v[j + 1].b0),
                  "organization") &&
          is_apostrophe(text, &tk->v[j])) {
        j += 2;
        run++;
        continue;
      }
      if (ws_is_cap_word(&tk->v[j])) {
        j++;
        run++;
      } else if ((of_seen || for_seen) && !and_seen && (pk = department_list(text, tk, i, j)) > j) {
        j = pk;
        and_seen = 1;
        run = 1;
      } else if ((pk = particle_run(text, tk, j)) > j) {
        j = pk;
        run++;
      } else if (j + 1 < tk->n && ws_is_cap_word(&tk->v[j + 1]) &&
                 (c = ws_kwtab_get(&kw, tk->v[j].norm),
                  (c == KW_OF && !person_of_place(text, tk, i, j)) || c == KW_FOR ||
                  /* "Customs and Border Protection", not "Donald Trump
                   * and Hillary Clinton", and not "Clinton and Sanders",
                   * "Syria and Iraq" or "FBI and Justice Department" (an
                   * acronym is a name by itself): a name goes on after
                   * the second word */
                  (c == KW_AND && !and_seen && run == 1 && j + 2 < tk->n &&
                   !(tk->v[j + 2].flags & WS_TF_SENT) && ws_is_cap_word(&tk->v[j + 2]) &&
                   tk->v[j - 1].shape != 2 && !names_alone(text, &tk->v[j - 1])) ||
                  /* "Office of Rail and Road (ORR)": the acronym after it
                   * spells the whole name */
                  (c == KW_AND && acronym_after(text, tk, i, j + 1)) ||
                  /* "B.C. Ferry and Marine Workers' Union", "Bill and
                   * Melinda Gates Foundation": the words after it end
                   * in an organisation's head word */
                  (c == KW_AND && !and_seen && tk->v[j - 1].shape != 2 &&
                   !names_alone(text, &tk->v[j - 1]) && org_after(text, tk, j + 1)) ||
                  /* "Office of Rail and Road", "Ministry of Children and
                   * Families": after "of", one word, "and" and one more
                   * word that ends the name (no person's, no place's) */
                  (c == KW_AND && of_seen && !and_seen && run == 1 &&
                   tk->v[j + 1].len > 2 &&
                   (j + 2 >= tk->n || !ws_punct_in(text, &tk->v[j + 2], ".")) &&
                   (j + 2 >= tk->n || (tk->v[j + 2].flags & WS_TF_SENT) ||
                    !ws_is_cap_word(&tk->v[j + 2])) &&
                   !names_alone(text, &tk->v[j + 1]) &&
                   !ws_place_name(text + tk->v[j - 1].b0, tk->v[j - 1].b1 - tk->v[j - 1].b0) &&
                   !ws_place_name(text + tk->v[j + 1].b0, tk->v[j + 1].b1 - tk->v[j + 1].b0)))) {
        of_seen |= c == KW_OF;
        for_seen |= c == KW_FOR;
        and_seen |= c == KW_AND;
        j += 2;
        run = 1;
      } else {
        break;
      }
    }
    /* a day or a month that ends the run is when, not a name's word:
     * "at St. Anselm College | Saturday" (not "Good Friday Agreement",
     * "Super Tuesday") */
    static const char *const feasts[] = {"super", "good", "black", "cyber", "holy", "ash", "palm",
                                         "giving", "boxing", "easter", NULL};
    while (j - 1 > i && ws_kwtab_get(&kw, tk->v[j - 1].norm) == KW_CALENDAR &&
           !ws_word_in(text, &tk->v[j - 2], feasts))
      j--;
    if (j + 1 < tk->n && !(tk->v[j].flags & WS_TF_SENT) && after_comma(text, tk, j + 1) &&
        ws_word_in(text, &tk->v[j + 1], legal_suffixes))
      j += 2;
    out[n++] = (ws_name_run){i, j, sent[i]};
    i = j;
  }
  return n;
}

/* initials of a mention's capitalised words ("Immigration and Customs
 * Enforcement" -> ICE) equal the word w? */
int ws_is_acronym_of(const char *text, const ws_token *w, const ws_tokens *tk,
                         const ws_name_run *m) {
  size_t wl = w->b1 - w->b0, k = 0;
  if (wl < 2 || wl > 8) return 0;
  for (size_t i = m->t0; i < m->t1; i++) {
    if (!ws_is_cap_word(&tk->v[i])) continue;
    if (k >= wl || text[tk->v[i].b0] != text[w->b0 + k]) return 0;
    k++;
  }
  return k == wl;
}

int ws_same_name(const char *text, const ws_tokens *tk, const ws_name_run *a,
                     const ws_name_run *b) {
  size_t la = tk->v[a->t1 - 1].b1 - tk->v[a->t0].b0, lb = tk->v[b->t1 - 1].b1 - tk->v[b->t0].b0;
  if (la == lb && memcmp(text + tk->v[a->t0].b0, text + tk->v[b->t0].b0, la) == 0) return 1;
  if (a->t1 - a->t0 == 1 && ws_is_acronym_of(text, &tk->v[a->t0], tk, b)) return 1;
  if (b->t1 - b->t0 == 1 && ws_is_acronym_of(text, &tk->v[b->t0], tk, a)) return 1;
  return 0;
}


/* The end of a headline in title case ("Ben Carson Defends Himself
 * Against Claims He Exaggerated His Life Story"): the block's first
 * paragraph, at most 40 tokens and not all of the block, in which at
 * least three of four words of four letters or more after the first are
 * capitalised, and either every word in lower case is a small word
 * title case leaves so ("for", "of", "the") or two capitalised words are
 * ones the story writes in lower case ("against", "claims"); not
 * "Hillary Stone met Robert Kane on Tuesday.".  0 when none. */
static size_t title_case_headline(const char *text, const ws_tokens *tk) {
  static const char *const small[] = {"a",  "an",  "the", "and", "but", "or",  "nor",  "for",
                                      "so", "yet", "of",  "in",  "on",  "at",  "to",   "by",
                                      "up", "as",  "is",  "vs",  "via", "per", "with", "from",
                                      "into", "off", "out", "over", NULL};
  const ws_token *v = tk->v;
  size_t p1 = 1, words = 0, caps = 0, common = 0;
  int lower = 0;
  while (p1 < tk->n && !(v[p1].flags & WS_TF_PARA)) p1++;
  if (p1 > 40 || p1 >= tk->n) return 0;
  for (size_t i = 1; i < p1; i++) {
    if (v[i].kind != WS_TK_WORD) continue;
    lower |= v[i].shape == 0 && !ws_word_in(text, &v[i], small);
    if (v[i].len < 4) continue;
    words++;
    caps += v[i].shape != 0;
  }
  if (words < 3 || 4 * caps < 3 * words) return 0;
  if (!lower) return p1;
  for (size_t i = 0; i < p1 && common < 2; i++) {
    if (v[i].kind != WS_TK_WORD || v[i].len < 4 || v[i].shape != 1) continue;
    for (size_t j = p1; j < tk->n; j++)
      if (v[j].shape == 0 && v[j].norm == v[i].norm) {
        common++;
        break;
      }
  }
  return common >= 2 ? p1 : 0;
}

/* How many tokens from i (up to e) spell, byte for byte, the tokens from
 * u on (up to u1). */
static size_t common_run(const char *text, const ws_tokens *tk, size_t i, size_t e, size_t u,
                         size_t u1) {
  size_t k = 0;
  for (; i + k < e && u + k < u1; k++) {
    const ws_token *a = &tk->v[i + k], *b = &tk->v[u + k];
    if (a->b1 - a->b0 != b->b1 - b->b0 || memcmp(text + a->b0, text + b->b0, a->b1 - a->b0)) break;
  }
  return k;
}

/* In a title-case headline every word is capitalised, so a run of them
 * is no name by itself: it keeps only the parts the story names in its
 * body, two or more words of a mention there ("Claudia Tenney" of
 * "Assemblywoman Claudia Tenney"), a one-word mention, or a surname
 * that ends one of two or three words ("Trump" after "Donald Trump"),
 * longest first, with a first name right before it.  Mentions
 * [0, n) are rewritten in place; the new count is returned. */
static size_t headline_names(const char *text, const ws_tokens *tk, size_t h, ws_name_run *men,
                             size_t n) {
  size_t nh = 0;
  while (nh < n && men[nh].t1 <= h) nh++;
  if (!nh) return n;
  size_t out = 0;
  ws_name_run keep[40];
  for (size_t m = 0; m < nh; m++)
    for (size_t i = men[m].t0; i < men[m].t1;) {
      size_t best = 0;
      for (size_t b = nh; b < n; b++)
        for (size_t u = men[b].t0; u < men[b].t1; u++) {
          size_t l = common_run(text, tk, i, men[m].t1, u, men[b].t1);
          size_t bl = men[b].t1 - men[b].t0;
          if (l > best && (l >= 2 || bl == 1 || (u + 1 == men[b].t1 && bl <= 3))) best = l;
        }
      /* and a first name before a part ("Cecile Richards", when the
       * story says only "Richards") */
      size_t f = i;
      if (best && i > men[m].t0 && (!out || keep[out - 1].t1 < i) &&
          (tk->v[i - 1].pos == WS_POS_NNP || tk->v[i - 1].pos == WS_POS_UNK ||
           tk->v[i - 1].pos == WS_POS_JJ || tk->v[i - 1].pos == WS_POS_NN) &&
          ws_first_name_gender(text + tk->v[i - 1].b0, tk->v[i - 1].b1 - tk->v[i - 1].b0))
        f = i - 1;
      if (best && out < sizeof keep / sizeof *keep)
        keep[out++] = (ws_name_run){f, i + best, men[m].sent};
      i += best ? best : 1;
    }
  /* (one run may give several parts, so the body's mentions move first;
   * mentions never share tokens, and men[] has room for one a token) */
  if (out != nh) memmove(men + out, men + nh, (n - nh) * sizeof *men);
  memcpy(men, keep, out * sizeof *men);
  return n - nh + out;
}

int ws_block_scan(ws_block *b, const char *text, const ws_tokens *tk, int first) {
  size_t n = tk->n;
  b->nmen = 0;
  b->head = 0;
  if (n > b->cap) {
    size_t cap = n > 2 * b->cap ? n : 2 * b->cap;
    size_t *sent = ws_realloc(b->sent, 2 * cap * sizeof *sent);
    if (!sent) return -1;
    b->sent = sent;
    ws_name_run *men = ws_realloc(b->men, cap * sizeof *men);
    if (!men) return -1;
    b->men = men;
    b->cap = cap;
  }
  if (!n) return 0;
  b->para = b->sent + b->cap;
  const ws_token *v = tk->v;
  for (size_t i = 0, s = 0, p = 0; i < n; i++) {
    if (i && (v[i].flags & WS_TF_SENT)) s++;
    if (i && (v[i].flags & WS_TF_PARA)) p++;
    b->sent[i] = s;
    b->para[i] = p;
  }
  b->nmen = ws_find_mentions(text, tk, b->sent, b->men);
  b->head = first ? title_case_headline(text, tk) : 0;
  if (b->head) b->nmen = headline_names(text, tk, b->head, b->men, b->nmen);
  return 0;
}

void ws_block_free(ws_block *b) {
  ws_free(b->sent);
  ws_free(b->men);
  memset(b, 0, sizeof *b);
}
