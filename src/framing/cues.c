/* cues.c — the cue table (data/cue-verbs.tsv) and cue classification.
 * The table is parsed once per process; lookups are read-only after. */
#include "cues.h"
#include "../util/lexicon.h"

#include <stdlib.h>
#include <stdio.h>

WS_DATA(cue_verbs);

static ws_lex forms;
static ws_once once = WS_ONCE_INIT;

static int is_vowel(char c) { return strchr("aeiou", c) != NULL; }

/* regular -s, -ed, -ing forms of a verb */
static void inflect(const char *v, size_t n, char out[3][64]) {
  char last = n ? v[n - 1] : 0;
  char prev = n > 1 ? v[n - 2] : 0;
  if (n > 50) n = 50;
  if (last == 'e') {
    snprintf(out[0], 64, "%.*ss", (int)n, v);
    snprintf(out[1], 64, "%.*sd", (int)n, v);
    snprintf(out[2], 64, "%.*sing", (int)n - 1, v);
  } else if (last == 'y' && !is_vowel(prev)) {
    snprintf(out[0], 64, "%.*sies", (int)n - 1, v);
    snprintf(out[1], 64, "%.*sied", (int)n - 1, v);
    snprintf(out[2], 64, "%.*sying", (int)n - 1, v);
  } else {
    int es = last == 's' || last == 'x' || last == 'z' ||
             (last == 'h' && (prev == 's' || prev == 'c'));
    snprintf(out[0], 64, "%.*s%s", (int)n, v, es ? "es" : "s");
    snprintf(out[1], 64, "%.*sed", (int)n, v);
    snprintf(out[2], 64, "%.*sing", (int)n, v);
  }
}

static int add_form(const char *form, size_t n, const char *lemma,
                    const char *cls) {
  char key[128];
  size_t k = ws_lex_norm(form, n, key, sizeof key);
  return ws_lex_add(&forms, key, k, lemma, cls);
}

static ws_status load(ws_error *err) {
  const char *p = (const char *)ws_data_cue_verbs;
  const char *end = p + ws_data_cue_verbs_len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    char line[512];
    size_t n = (size_t)(e - p);
    if (n >= sizeof line) n = sizeof line - 1;
    memcpy(line, p, n);
    line[n] = 0;
    p = nl ? nl + 1 : end;
    if (!n || line[0] == '#' || line[0] == '@') continue;
    char *cols[3] = {line, NULL, NULL};
    for (int c = 1; c < 3; c++) {
      char *tab = cols[c - 1] ? strchr(cols[c - 1], '\t') : NULL;
      if (tab) {
        *tab = 0;
        cols[c] = tab + 1;
      }
    }
    if (!cols[1]) continue;
    const char *lemma = cols[0], *cls = cols[1];
    if (add_form(lemma, strlen(lemma), lemma, cls)) goto oom;
    if (cols[2] && strcmp(cols[2], "-") == 0) continue;
    /* inflect the first word, keep the rest (point out -> pointed out) */
    const char *sp = strchr(lemma, ' ');
    size_t head = sp ? (size_t)(sp - lemma) : strlen(lemma);
    char inf[3][64];
    inflect(lemma, head, inf);
    for (int k = 0; k < 3; k++) {
      char form[160];
      int fl = snprintf(form, sizeof form, "%s%s", inf[k], sp ? sp : "");
      if (fl > 0 && add_form(form, (size_t)fl, lemma, cls)) goto oom;
    }
    if (cols[2]) {
      char *save = NULL;
      for (char *f = strtok_r(cols[2], ",", &save); f;
           f = strtok_r(NULL, ",", &save))
        if (add_form(f, strlen(f), lemma, cls)) goto oom;
    }
  }
  return WS_OK;
oom:
  return ws_load_nomem(err, "cue verbs");
}

ws_status ws_cues_ready(ws_error *err) { return ws_once_run(&once, load, err); }

uint32_t *ws_cue_first_words(size_t *n) {
  *n = 0;
  if (ws_once_run(&once, load, NULL) != WS_OK) return NULL;
  uint32_t *out = ws_malloc((forms.n + 1) * sizeof *out);
  if (!out) return NULL;
  for (size_t i = 0; i < forms.cap; i++) {
    const char *key = forms.slots[i].key;
    if (key) out[(*n)++] = ws_norm_hash(key, strcspn(key, " "));
  }
  return out;
}

const char *ws_cue_class_of(const char *word, size_t n) {
  if (ws_once_run(&once, load, NULL) != WS_OK) return NULL;
  char norm[128];
  size_t k = ws_lex_norm(word, n, norm, sizeof norm);
  const ws_lex_entry *en = k ? ws_lex_get(&forms, norm, k) : NULL;
  return en ? en->b : NULL;
}

/* The longest form of the cue table among the word runs of cue text
 * `norm` (n bytes, normalised), or NULL. */
static const ws_lex_entry *best_form(const char *norm, size_t n) {
  size_t starts[32], ns = 0;
  for (size_t k = 0; k < n && ns < 32; k++)
    if (k == 0 || norm[k - 1] == ' ') starts[ns++] = k;
  const ws_lex_entry *best = NULL;
  size_t best_len = 0;
  for (size_t s = 0; s < ns; s++) {
    for (size_t e = ns; e > s; e--) {
      size_t stop = e < ns ? starts[e] - 1 : n;
      size_t len = stop - starts[s];
      /* strip trailing punctuation such as "said:" */
      while (len && strchr(":,.;", norm[starts[s] + len - 1])) len--;
      const ws_lex_entry *en = ws_lex_get(&forms, norm + starts[s], len);
      if (en && len > best_len) {
        best = en;
        best_len = len;
      }
    }
  }
  return best;
}

int ws_cue_reports(const char *cue) {
  if (!cue || ws_once_run(&once, load, NULL) != WS_OK) return 0;
  char norm[256];
  size_t n = ws_lex_norm(cue, strlen(cue), norm, sizeof norm);
  return best_form(norm, n) != NULL;
}

int ws_cues_classify(ws_doc *d, size_t from) {
  if (ws_once_run(&once, load, NULL) != WS_OK) return -1;
  for (size_t i = from; i < d->nattrs; i++) {
    ws_attribution *a = &d->attrs[i].pub;
    if (a->cue_class || !a->cue.nspans) continue; /* set by a rule, or no cue */
    char norm[256];
    size_t n = ws_lex_norm(a->cue.text, strlen(a->cue.text), norm, sizeof norm);
    const ws_lex_entry *best = best_form(norm, n);
    if (best) {
      a->cue_lemma = best->a;
      a->cue_class = best->b;
    } else {
      a->cue_lemma = ws_arena_strndup(&d->arena, norm, n);
      a->cue_class = "other";
      if (!a->cue_lemma) return -1;
    }
  }
  return 0;
}
