/* identity.c — one identity per speaker across the corpus.
 *
 * A document already names each speaker by the fullest form it gives
 * ("Barack Obama" when it says "Barack Obama" once and "Obama" after),
 * but documents differ: one says only "Obama", another "Barack H.
 * Obama".  ws_store_identities groups the stored canonical speakers
 * (attributions.speaker) into identities, in this order:
 *
 *   name      persons with the same first and last name, honorifics
 *             and initials aside, a generation's suffix not ("Donald
 *             Trump Jr." is not Donald Trump; "Hillary Rodham Clinton" =
 *             "Hillary Clinton"), or whose name ends with another's
 *             ("Republican Donald Trump"); other speakers of the same type with
 *             the same name, case, a leading "the" and a possessive aside
 *             ("Trump's campaign" = "Trump Campaign"), or the same but for
 *             a person's first name before ("Donald Trump's campaign");
 *   alias     a speaker that is, in some document, the one alias of one
 *             other speaker's entity ("ICE" where another document spelt
 *             out "Immigration and Customs Enforcement");
 *   surname   a one-word person name joins the persons of that surname
 *             when one of them has at least three times the attributions
 *             of all the others together ("Trump" -> Donald Trump, never
 *             Ivanka Trump, who is a person of her own);
 *   override  the user's corrections (speaker_overrides): a name that
 *             stands alone joins nothing and nothing joins it; a name
 *             given a target joins the target's identity.
 *
 * Only names that look like names (every word capitalised, particles
 * such as "de" aside, no possessive) join by name and surname: the
 * canonical speaker of a document can be a phrase ("Clinton and husband
 * Bill").  The identity is called by its most quoted such name of two
 * words or more.
 * Identities are numbered in the order of their names.  The rebuild reads
 * one GROUP BY over the attributions and rewrites the two small tables,
 * in one transaction. */
#include "store.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct sname {
  char *name;            /* attributions.speaker */
  char *type;            /* its commonest source type */
  long long n, tn;       /* attributions; of the commonest type */
  long long female, male;
  char key[96];          /* lower-cased words, honorifics and initials out */
  const char *first, *last;
  int words;             /* words in key */
  char initials[8];      /* a person's middle initials ("w" of "George W.
                            Bush"), lower case */
  int titled;            /* its first word is a title ("Former", "Gov.") */
  int proper;            /* looks like a name: every word capitalised
                            (particles aside), no possessive */
  int split;             /* override: stands alone */
  const char *target;    /* override: joins this name's identity */
  const char *how;
  size_t up;
  sqlite3_int64 id;      /* identity number, at the root */
} sname;

typedef struct names {
  sname *v;
  size_t n, cap;
} names;

static void names_free(names *ns) {
  for (size_t i = 0; i < ns->n; i++) {
    ws_free(ns->v[i].name);
    ws_free(ns->v[i].type);
    ws_free((char *)ns->v[i].target);
  }
  ws_free(ns->v);
}

static size_t root(names *ns, size_t i) {
  while (ns->v[i].up != i) {
    ns->v[i].up = ns->v[ns->v[i].up].up;
    i = ns->v[i].up;
  }
  return i;
}

/* join b's identity to a's; `how` is recorded on b */
static void join(names *ns, size_t a, size_t b, const char *how) {
  size_t ra = root(ns, a), rb = root(ns, b);
  if (ra == rb) return;
  if (!ns->v[b].how || !strcmp(ns->v[b].how, "self")) ns->v[b].how = how;
  ns->v[rb].up = ra;
}

static int is_person(const sname *s) { return s->type && !strcmp(s->type, "person"); }

/* words that are no part of a person's name key */
static int skip_word(const char *w, size_t n) {
  /* (not "Jr.", "Sr.", "III": Donald Trump Jr. is not his father) */
  static const char *const skip[] = {"mr", "mrs", "ms", "dr", NULL};
  if (n == 1) return 1; /* an initial */
  for (int k = 0; skip[k]; k++)
    if (strlen(skip[k]) == n && !memcmp(skip[k], w, n)) return 1;
  return 0;
}

static size_t word_len(const char *w) {
  size_t n = 0;
  while (w[n] && w[n] != ' ') n++;
  return n;
}

/* "Barack Obama", "Charles de Gaulle"; not "Clinton and husband Bill",
 * "MSNBC's Rachel Maddow", "of State John Kerry" */
static int proper_name(const char *name) {
  static const char *const particles[] = {"de", "da", "del", "van", "von", "der", "la", "le",
                                          "bin", "al", "el", "di", "du", NULL};
  if (strstr(name, "'s") || strstr(name, "\xE2\x80\x99s")) return 0;
  for (const char *p = name; *p;) {
    while (*p == ' ') p++;
    const char *e = p;
    while (*e && *e != ' ') e++;
    if (e == p) break;
    unsigned char c = (unsigned char)*p;
    int ok = (c >= 'A' && c <= 'Z') || c >= 0xC0;
    for (int k = 0; !ok && particles[k]; k++)
      ok = strlen(particles[k]) == (size_t)(e - p) && !memcmp(particles[k], p, (size_t)(e - p));
    if (!ok) return 0;
    p = e;
  }
  return 1;
}

/* key: the name lower-cased (ASCII), '.' and ',' out, words split by one
 * space; for persons, honorifics and initials out */
static void make_key(sname *s) {
  char tmp[96];
  size_t k = 0;
  const char *p = s->name;
  if (!strncmp(p, "the ", 4) || !strncmp(p, "The ", 4)) p += 4;
  for (; *p && k + 1 < sizeof tmp; p++) {
    char c = *p;
    if (c == '.' || c == ',') continue;
    /* an organisation's or a group's possessive, straight or curly,
     * is no part of its key: "Trump's campaign", "Trump’s campaign" and
     * "Trump Campaign" are one speaker */
    if (!is_person(s) && k > 0 && tmp[k - 1] != ' ') {
      size_t al = c == '\'' ? 1 : !strncmp(p, "\xE2\x80\x99", 3) ? 3 : 0;
      if (al && (p[al] == 's' || p[al] == 'S') && (p[al + 1] == ' ' || !p[al + 1])) {
        p += al;
        continue;
      }
    }
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c == ' ' && (k == 0 || tmp[k - 1] == ' ')) continue;
    tmp[k++] = c;
  }
  while (k && tmp[k - 1] == ' ') k--;
  tmp[k] = 0;
  size_t o = 0;
  s->words = 0;
  s->first = s->last = s->key;
  for (size_t i = 0; i < k;) {
    size_t j = i;
    while (j < k && tmp[j] != ' ') j++;
    if (is_person(s) && j - i == 1 && o && strlen(s->initials) + 1 < sizeof s->initials)
      s->initials[strlen(s->initials)] = tmp[i];
    if (!is_person(s) || !skip_word(tmp + i, j - i)) {
      if (o) s->key[o++] = ' ';
      if (!s->words) s->first = s->key + o;
      s->last = s->key + o;
      memcpy(s->key + o, tmp + i, j - i);
      o += j - i;
      s->words++;
    }
    i = j + 1;
  }
  s->key[o] = 0;
  s->proper = proper_name(s->name);
  s->titled = ws_title_word(s->name, word_len(s->name));
}


static int cmp_key(const void *a, const void *b) {
  const sname *x = *(const sname *const *)a, *y = *(const sname *const *)b;
  int c = strcmp(x->type ? x->type : "", y->type ? y->type : "");
  if (c) return c;
  return strcmp(x->key, y->key);
}

static int load_names(ws_store *s, names *ns) {
  sqlite3_stmt *v;
  if (sqlite3_prepare_v2(s->db,
                         "SELECT speaker, coalesce(source_type, 'unknown'), count(*), "
                         "sum(gender = 'female'), sum(gender = 'male') FROM attributions "
                         "WHERE speaker IS NOT NULL GROUP BY speaker, source_type ORDER BY speaker",
                         -1, &v, NULL) != SQLITE_OK)
    return -1;
  int rc;
  while ((rc = sqlite3_step(v)) == SQLITE_ROW) {
    const char *name = (const char *)sqlite3_column_text(v, 0);
    const char *type = (const char *)sqlite3_column_text(v, 1);
    long long n = sqlite3_column_int64(v, 2);
    sname *last = ns->n ? &ns->v[ns->n - 1] : NULL;
    if (!last || strcmp(last->name, name)) {
      sname *nv = ws_grow(ns->v, &ns->cap, ns->n, sizeof *nv, 256);
      if (!nv) break;
      ns->v = nv;
      last = &ns->v[ns->n++];
      memset(last, 0, sizeof *last);
      last->up = ns->n - 1;
      last->how = "self";
      if (!(last->name = ws_strdup(name))) break;
    }
    last->n += n;
    last->female += sqlite3_column_int64(v, 3);
    last->male += sqlite3_column_int64(v, 4);
    if (n > last->tn) {
      ws_free(last->type);
      last->tn = n;
      if (!(last->type = ws_strdup(type))) break;
    }
  }
  sqlite3_finalize(v);
  return rc == SQLITE_DONE ? 0 : -1;
}

/* the index of the speaker called exactly `name`, or SIZE_MAX */
static size_t find_name(const names *ns, const char *name) {
  size_t lo = 0, hi = ns->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(ns->v[mid].name, name);
    if (!c) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return SIZE_MAX;
}

static int load_overrides(ws_store *s, names *ns) {
  sqlite3_stmt *v;
  if (sqlite3_prepare_v2(s->db, "SELECT name, target FROM speaker_overrides", -1, &v, NULL) !=
      SQLITE_OK)
    return -1;
  int rc;
  while ((rc = sqlite3_step(v)) == SQLITE_ROW) {
    size_t i = find_name(ns, (const char *)sqlite3_column_text(v, 0));
    if (i == SIZE_MAX) continue;
    const char *t = (const char *)sqlite3_column_text(v, 1);
    ns->v[i].split = 1;
    if (t && !(ns->v[i].target = ws_strdup(t))) break;
  }
  sqlite3_finalize(v);
  return rc == SQLITE_DONE ? 0 : -1;
}

/* "|Immigration and Customs Enforcement|ICE|": a speaker named like the
 * alias joins the entity's name when the alias belongs to one name */
static int join_aliases(ws_store *s, names *ns) {
  sqlite3_stmt *v;
  if (sqlite3_prepare_v2(s->db,
                         "SELECT DISTINCT names FROM attributions WHERE names LIKE '|%|%|'", -1,
                         &v, NULL) != SQLITE_OK)
    return -1;
  size_t *owner = ws_malloc((ns->n ? ns->n : 1) * sizeof *owner);
  if (!owner) {
    sqlite3_finalize(v);
    return -1;
  }
  for (size_t i = 0; i < ns->n; i++) owner[i] = SIZE_MAX; /* SIZE_MAX - 1: several */
  int rc;
  char buf[512];
  while ((rc = sqlite3_step(v)) == SQLITE_ROW) {
    const char *all = (const char *)sqlite3_column_text(v, 0);
    size_t len = strlen(all), main_ix = SIZE_MAX;
    if (len >= sizeof buf) continue;
    memcpy(buf, all, len + 1);
    int k = 0;
    for (char *p = buf + 1, *e; *p && (e = strchr(p, '|')); p = e + 1, k++) {
      *e = 0;
      size_t i = find_name(ns, p);
      if (k == 0) main_ix = i;
      else if (i != SIZE_MAX && main_ix != SIZE_MAX && i != main_ix)
        owner[i] = owner[i] == SIZE_MAX || owner[i] == main_ix ? main_ix : SIZE_MAX - 1;
    }
  }
  sqlite3_finalize(v);
  for (size_t i = 0; i < ns->n; i++) {
    size_t o = owner[i];
    if (o >= SIZE_MAX - 1 || ns->v[i].split || ns->v[o].split) continue;
    if (strcmp(ns->v[i].type, ns->v[o].type)) continue;
    join(ns, o, i, "alias");
  }
  ws_free(owner);
  return rc == SQLITE_DONE ? 0 : -1;
}

/* persons by first and last word ("hillary rodham clinton" is compared
 * as "hillary clinton"), then everyone by key and type */
/* The speaker of type `type` and key `key` in by[0, m) (sorted by
 * cmp_key), or NULL. */
static sname *find_key(sname **by, size_t m, const char *type, const char *key) {
  size_t lo = 0, hi = m;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(by[mid]->type ? by[mid]->type : "", type);
    if (!c) c = strcmp(by[mid]->key, key);
    if (!c) return by[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

/* "Donald Trump's campaign" joins "Trump Campaign", "Hillary Clinton
 * Campaign" "Clinton Campaign": a speaker that is no person, whose key
 * opens with a person speaker's first and last name and goes on, joins
 * the speaker of its type whose key is the same without the first name. */
static void join_owners(names *ns, sname **by) {
  size_t m = 0;
  for (size_t i = 0; i < ns->n; i++)
    if (!ns->v[i].split) by[m++] = &ns->v[i];
  qsort(by, m, sizeof *by, cmp_key);
  for (size_t i = 0; i < ns->n; i++) {
    sname *x = &ns->v[i];
    if (x->split || is_person(x) || x->words < 3) continue;
    const char *sp1 = strchr(x->key, ' '), *sp2 = sp1 ? strchr(sp1 + 1, ' ') : NULL;
    if (!sp2 || (size_t)(sp2 - x->key) >= 64) continue;
    char owner[64];
    memcpy(owner, x->key, (size_t)(sp2 - x->key));
    owner[sp2 - x->key] = 0;
    if (!find_key(by, m, "person", owner)) continue;
    sname *y = find_key(by, m, x->type ? x->type : "", sp1 + 1);
    if (y && root(ns, (size_t)(y - ns->v)) != root(ns, i)) join(ns, (size_t)(y - ns->v), i, "name");
  }
}

static int cmp_fl(const char *first, const char *last, const sname *y) {
  size_t xn = word_len(first), yn = word_len(y->first);
  int c = memcmp(first, y->first, xn < yn ? xn : yn);
  if (c || xn != yn) return c ? c : (xn > yn) - (xn < yn);
  return strcmp(last, y->last);
}

static int cmp_first_last(const void *a, const void *b) {
  const sname *x = *(const sname *const *)a, *y = *(const sname *const *)b;
  return cmp_fl(x->first, x->last, y);
}

static void join_by_name(names *ns, sname **by) {
  size_t m = 0;
  for (size_t i = 0; i < ns->n; i++)
    if (!ns->v[i].split && is_person(&ns->v[i]) && ns->v[i].words >= 2 && ns->v[i].proper)
      by[m++] = &ns->v[i];
  qsort(by, m, sizeof *by, cmp_first_last);
  /* a run of one first and last name joins, unless two of its names have
   * different middle initials (George W. Bush, George P. Bush): then
   * names join those with the same initials, and a name without any the
   * initials most quoted when they have three times the others */
  for (size_t i = 0, e; i < m; i = e) {
    e = i + 1;
    while (e < m && !cmp_first_last(&by[i], &by[e])) e++;
    const char *one = NULL;
    int several = 0;
    for (size_t k = i; k < e; k++)
      if (by[k]->initials[0]) {
        if (one && strcmp(one, by[k]->initials)) several = 1;
        one = by[k]->initials;
      }
    for (size_t k = i + 1; k < e; k++)
      for (size_t q = i; q < k; q++)
        if (!several || !strcmp(by[q]->initials, by[k]->initials)) {
          join(ns, (size_t)(by[q] - ns->v), (size_t)(by[k] - ns->v), "name");
          break;
        }
    if (!several) continue;
    long long best_n = 0, all = 0;
    const char *best = NULL;
    for (size_t k = i; k < e; k++) {
      if (!by[k]->initials[0]) continue;
      long long n = 0;
      for (size_t q = i; q < e; q++)
        if (!strcmp(by[q]->initials, by[k]->initials)) n += by[q]->n;
      if (n > best_n) {
        best_n = n;
        best = by[k]->initials;
      }
    }
    for (size_t k = i; k < e; k++)
      if (by[k]->initials[0]) all += by[k]->n;
    if (!best || best_n < 3 * (all - best_n)) continue;
    for (size_t k = i; k < e; k++)
      if (!strcmp(by[k]->initials, best))
        for (size_t q = i; q < e; q++)
          if (!by[q]->initials[0]) join(ns, (size_t)(by[k] - ns->v), (size_t)(by[q] - ns->v), "name");
  }
  /* a name with words before another's first name: "Republican Donald
   * Trump", "Navy SEAL Ty Woods" (a person of that name must exist) */
  for (size_t i = 0; i < m; i++) {
    sname *a = by[i];
    const char *w = a->first;
    for (int k = 1; k < a->words - 1; k++) {
      const char *before = w;
      w += word_len(w) + 1;
      /* more than two words before the name only after a title ("Former
       * Florida Gov. Jeb Bush"), never a headline ("Carly Fiorina
       * Endorses Ted Cruz") */
      if (k > 2 && !ws_title_word(before, word_len(before))) continue;
      size_t lo = 0, hi = m;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cmp_fl(w, a->last, by[mid]) > 0) lo = mid + 1;
        else hi = mid;
      }
      if (lo < m && !cmp_fl(w, a->last, by[lo])) {
        join(ns, (size_t)(by[lo] - ns->v), (size_t)(a - ns->v), "name");
        break;
      }
    }
  }
  m = 0;
  for (size_t i = 0; i < ns->n; i++)
    if (!ns->v[i].split && ns->v[i].words && !is_person(&ns->v[i])) by[m++] = &ns->v[i];
  qsort(by, m, sizeof *by, cmp_key);
  for (size_t i = 1; i < m; i++)
    if (!cmp_key(&by[i - 1], &by[i]))
      join(ns, (size_t)(by[i - 1] - ns->v), (size_t)(by[i] - ns->v), "name");
}

/* multi-word persons by last word, then identity */
static int cmp_last(const void *a, const void *b) {
  const sname *x = *(const sname *const *)a, *y = *(const sname *const *)b;
  return strcmp(x->last, y->last);
}

static void join_surnames(names *ns, sname **by, long long *tot) {
  size_t n = ns->n, m = 0;
  for (size_t i = 0; i < n; i++) tot[i] = 0;
  for (size_t i = 0; i < n; i++) tot[root(ns, i)] += ns->v[i].n;
  for (size_t i = 0; i < n; i++)
    if (!ns->v[i].split && is_person(&ns->v[i]) && ns->v[i].words >= 2 && ns->v[i].proper)
      by[m++] = &ns->v[i];
  qsort(by, m, sizeof *by, cmp_last);
  for (size_t i = 0; i < n; i++) {
    sname *a = &ns->v[i];
    if (a->split || !is_person(a) || a->words != 1 || !a->proper || root(ns, i) != i) continue;
    /* the persons whose last word is this name */
    size_t lo = 0, hi = m;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (strcmp(by[mid]->last, a->key) < 0) lo = mid + 1;
      else hi = mid;
    }
    size_t best = SIZE_MAX;
    long long best_n = 0, all = 0;
    for (size_t k = lo; k < m && !strcmp(by[k]->last, a->key); k++) {
      size_t r = root(ns, (size_t)(by[k] - ns->v));
      int seen = 0; /* an identity counts once */
      for (size_t q = lo; q < k && !seen; q++) seen = root(ns, (size_t)(by[q] - ns->v)) == r;
      if (seen) continue;
      all += tot[r];
      if (best == SIZE_MAX || tot[r] > best_n) {
        best = r;
        best_n = tot[r];
      }
    }
    if (best != SIZE_MAX && best_n >= 3 * (all - best_n)) join(ns, best, i, "surname");
  }
}

/* the identity's name: its most quoted name of two words or more (else of
 * one), longer first on a tie */
static int better_name(const sname *a, const sname *b) {
  if (a->proper != b->proper) return a->proper > b->proper;
  int am = a->words >= 2, bm = b->words >= 2;
  if (am != bm) return am > bm;
  /* "Kelli Ward" before "Former Arizona State Senator Kelli Ward" */
  int at = a->titled, bt = b->titled;
  if (at != bt) return at < bt;
  if (a->n != b->n) return a->n > b->n;
  size_t al = strlen(a->name), bl = strlen(b->name);
  if (al != bl) return al > bl;
  return strcmp(a->name, b->name) < 0;
}

typedef struct ident {
  size_t best;          /* index of the name it is called by */
  const char *name;
  long long n, female, male;
  const char *why;      /* how the best name joined, before it became "self" */
} ident;

static int cmp_ident(const void *x, const void *y) {
  const ident *a = x, *b = y;
  int c = strcmp(a->name, b->name);
  return c ? c : (a->best > b->best) - (a->best < b->best);
}

static const char *gender_of(const ident *g) {
  if (g->female + g->male == 0) return "unknown";
  if (g->female * 3 >= (g->female + g->male) * 2) return "female";
  if (g->male * 3 >= (g->female + g->male) * 2) return "male";
  return "unknown";
}

static int write_identities(ws_store *s, names *ns) {
  size_t n = ns->n, m = 0;
  ident *ids = ws_calloc(n ? n : 1, sizeof *ids);
  size_t *slot = ws_malloc((n ? n : 1) * sizeof *slot);
  if (!ids || !slot) {
    ws_free(ids);
    ws_free(slot);
    return -1;
  }
  for (size_t i = 0; i < n; i++) slot[i] = SIZE_MAX;
  for (size_t i = 0; i < n; i++) {
    size_t r = root(ns, i);
    if (slot[r] == SIZE_MAX) {
      slot[r] = m;
      ids[m++] = (ident){r, NULL, 0, 0, 0, NULL};
    }
    ident *g = &ids[slot[r]];
    g->n += ns->v[i].n;
    g->female += ns->v[i].female;
    g->male += ns->v[i].male;
    if (better_name(&ns->v[i], &ns->v[g->best])) g->best = i;
  }
  /* the name an identity is called by is "self"; a name recorded as
   * "self" because the join was recorded on the other side takes that
   * join's reason */
  for (size_t k = 0; k < m; k++) {
    sname *b = &ns->v[ids[k].best];
    ids[k].name = b->name;
    if (strcmp(b->how, "self")) {
      ids[k].why = b->how;
      b->how = "self";
    }
  }
  for (size_t i = 0; i < n; i++) {
    const ident *g = &ids[slot[root(ns, i)]];
    if (i != g->best && g->why && !strcmp(ns->v[i].how, "self")) ns->v[i].how = g->why;
  }
  qsort(ids, m, sizeof *ids, cmp_ident);
  for (size_t k = 0; k < m; k++) ns->v[root(ns, ids[k].best)].id = (sqlite3_int64)k + 1;
  sqlite3_stmt *vi = NULL, *vn = NULL;
  int rc = -1;
  if (sqlite3_prepare_v2(s->db,
                         "INSERT INTO identities(identity,name,type,gender,attributions,documents,"
                         "outlets) VALUES(?,?,?,?,?,0,0)",
                         -1, &vi, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(s->db,
                         "INSERT INTO speaker_names(name,identity,attributions,how) VALUES(?,?,?,?)",
                         -1, &vn, NULL) != SQLITE_OK)
    goto done;
  for (size_t k = 0; k < m; k++) {
    const sname *b = &ns->v[ids[k].best];
    sqlite3_bind_int64(vi, 1, (sqlite3_int64)k + 1);
    sqlite3_bind_text(vi, 2, b->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(vi, 3, b->type, -1, SQLITE_STATIC);
    if (is_person(b)) sqlite3_bind_text(vi, 4, gender_of(&ids[k]), -1, SQLITE_STATIC);
    else sqlite3_bind_null(vi, 4);
    sqlite3_bind_int64(vi, 5, ids[k].n);
    if (sqlite3_step(vi) != SQLITE_DONE || sqlite3_reset(vi) != SQLITE_OK) goto done;
  }
  for (size_t i = 0; i < n; i++) {
    sqlite3_bind_text(vn, 1, ns->v[i].name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(vn, 2, ns->v[root(ns, i)].id);
    sqlite3_bind_int64(vn, 3, ns->v[i].n);
    sqlite3_bind_text(vn, 4, ns->v[i].how, -1, SQLITE_STATIC);
    if (sqlite3_step(vn) != SQLITE_DONE || sqlite3_reset(vn) != SQLITE_OK) goto done;
  }
  rc = 0;
done:
  sqlite3_finalize(vi);
  sqlite3_finalize(vn);
  ws_free(ids);
  ws_free(slot);
  return rc;
}

int ws_store_identity_tables(ws_store *s) {
  return sqlite3_exec(
             s->db,
             "DELETE FROM identity_outlets; DELETE FROM identity_quotes;"
             "INSERT INTO identity_outlets SELECT n.identity, d.outlet, count(*),"
             " sum(a.kind IS NOT 'indirect'), sum(a.cue_class IS 'neutral'),"
             " sum(a.cue_class IS 'doubt'), sum(a.cue_class IS 'factive'),"
             " sum(a.cue_class IS 'hostile') FROM attributions a"
             " JOIN speaker_names n ON n.name = a.speaker JOIN documents d ON d.doc = a.doc"
             " GROUP BY n.identity, d.outlet;"
             "INSERT INTO identity_quotes SELECT a.attr, n.identity, d.date, d.outlet"
             " FROM attributions a JOIN speaker_names n ON n.name = a.speaker"
             " JOIN documents d ON d.doc = a.doc;",
             NULL, NULL, NULL) == SQLITE_OK
             ? 0
             : -1;
}

ws_status ws_store_identities(ws_store *s, ws_error *err) {
  if (!s || s->readonly) {
    ws_set_error(err, WS_ERR_ARG, 0, 0, "identities: the store is open read-only");
    return WS_ERR_ARG;
  }
  names ns = {0};
  sname **by = NULL;
  long long *tot = NULL;
  ws_status st = WS_ERR_DB;
  if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) goto fail;
  if (load_names(s, &ns) || load_overrides(s, &ns)) goto fail;
  for (size_t i = 0; i < ns.n; i++) make_key(&ns.v[i]);
  by = ws_malloc((ns.n ? ns.n : 1) * sizeof *by);
  tot = ws_malloc((ns.n ? ns.n : 1) * sizeof *tot);
  if (!by || !tot) {
    st = WS_ERR_NOMEM;
    goto fail;
  }
  join_by_name(&ns, by);
  join_owners(&ns, by);
  if (join_aliases(s, &ns)) goto fail;
  join_surnames(&ns, by, tot);
  for (size_t i = 0; i < ns.n; i++) {
    if (!ns.v[i].target) continue;
    size_t t = find_name(&ns, ns.v[i].target);
    if (t != SIZE_MAX && root(&ns, t) != root(&ns, i)) {
      ns.v[i].how = "override";
      ns.v[root(&ns, i)].up = root(&ns, t);
    }
  }
  if (sqlite3_exec(s->db, "DELETE FROM speaker_names; DELETE FROM identities", NULL, NULL, NULL) !=
          SQLITE_OK ||
      write_identities(s, &ns) ||
      sqlite3_exec(s->db,
                   "UPDATE identities SET documents = c.docs, outlets = c.outlets FROM ("
                   " SELECT n.identity AS id, count(DISTINCT a.doc) AS docs,"
                   " count(DISTINCT d.outlet) AS outlets FROM attributions a"
                   " JOIN speaker_names n ON n.name = a.speaker JOIN documents d ON d.doc = a.doc"
                   " GROUP BY n.identity) c WHERE identities.identity = c.id",
                   NULL, NULL, NULL) != SQLITE_OK ||
      ws_store_identity_tables(s) || sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    goto fail;
  names_free(&ns);
  ws_free(by);
  ws_free(tot);
  return WS_OK;
fail:
  if (st == WS_ERR_NOMEM) ws_set_error(err, st, 0, 0, "identities: out of memory");
  else ws_set_error(err, st, 0, 0, "identities: %s", sqlite3_errmsg(s->db));
  sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  names_free(&ns);
  ws_free(by);
  ws_free(tot);
  return st;
}

ws_status ws_store_override(ws_store *s, const char *name, const char *target, ws_error *err) {
  if (!s || s->readonly || !name) {
    ws_set_error(err, WS_ERR_ARG, 0, 0, "override: no name, or the store is open read-only");
    return WS_ERR_ARG;
  }
  sqlite3_stmt *v;
  /* both must be stored speakers: a typo would be a correction of nothing */
  for (int k = 0; k < 2; k++) {
    const char *who = k ? target : name;
    if (!who || !*who) continue;
    int found = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM speaker_names WHERE name = ?1", -1, &v, NULL) ==
        SQLITE_OK) {
      sqlite3_bind_text(v, 1, who, -1, SQLITE_STATIC);
      found = sqlite3_step(v) == SQLITE_ROW;
      sqlite3_finalize(v);
    }
    if (!found && !(k == 0 && target && !*target)) {
      ws_set_error(err, WS_ERR_ARG, 0, 0,
                   "no speaker is stored as '%s' (see 'whosaid query aliases' for the names)", who);
      return WS_ERR_ARG;
    }
  }
  const char *sql = target && !*target
                        ? "DELETE FROM speaker_overrides WHERE name = ?1"
                        : "INSERT OR REPLACE INTO speaker_overrides(name, target) VALUES(?1, ?2)";
  if (sqlite3_prepare_v2(s->db, sql, -1, &v, NULL) != SQLITE_OK) {
    ws_set_error(err, WS_ERR_DB, 0, 0, "override: %s", sqlite3_errmsg(s->db));
    return WS_ERR_DB;
  }
  sqlite3_bind_text(v, 1, name, -1, SQLITE_STATIC);
  if (target && *target) sqlite3_bind_text(v, 2, target, -1, SQLITE_STATIC);
  int rc = sqlite3_step(v);
  sqlite3_finalize(v);
  if (rc != SQLITE_DONE) {
    ws_set_error(err, WS_ERR_DB, 0, 0, "override: %s", sqlite3_errmsg(s->db));
    return WS_ERR_DB;
  }
  /* clusters link quotations of compatible speakers: they follow */
  ws_status st = ws_store_identities(s, err);
  return st == WS_OK ? ws_store_cluster(s, err) : st;
}
