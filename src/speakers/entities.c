/* entities.c — who is named.
 *
 * Per block: name mentions (runs of capitalised words) are collected with
 * document-wide sentence numbers, and each attribution's channel is read
 * from its sentence (data/channels.tsv).  After the last block, mentions
 * are grouped into entities — same name, surname of a named person,
 * acronym of a longer name ("ICE", "NIP"), "the Post" for "the New York
 * Post", a shipped table of outlets and agencies (data/aliases.tsv).
 * resolve.c then gives every source its canonical speaker. */
#include "speakers.h"
#include "entities.h"
#include "coref.h"
#include "mentions.h"
#include "names.h"
#include "../tokenize/kwtab.h"
#include "../util/lexicon.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

WS_DATA(aliases);
WS_DATA(coref_weights);
WS_DATA(titles);
WS_DATA(channels);
WS_DATA(speaker_words);

static ws_lex aliases, titles, channels, speaker_words;
static int is_title(const char *text, const ws_token *t);
static int given_name(const char *text, const ws_token *t);
static int party_word(const char *text, const ws_token *t);
static int org_word(const char *text, const ws_token *t);
static int is_upper_word(const char *s, size_t n);
static void description(const char *text, const ws_tokens *tk, size_t t0, size_t t1, size_t *b0,
                        size_t *b1);


const char *const ws_coref_feature_names[WS_CF_N] = {
    "dist0", "dist1", "dist2", "dist3", "dist4-5", "dist6-8", "rank1", "rank2", "rank3+",
    "gender_match", "gender_unknown", "personal", "unknown_type", "unknown_weak", "in_content",
    "salience1", "salience2-3", "salience4-7", "salience8+", "sentence_initial", "oblique",
    "in_quote", "speaker_recent", "speaker_before", "last_speaker", "same_paragraph",
    "local2", "local3+", "quote_last_speaker", "initial_subject", "subject", "paragraph_initial",
    "paragraph_last_speaker", "in_other_content", "has_role", "spoke2+", "spoke4+"};
static double coref_w[WS_CF_N]; /* data/coref-weights.tsv, read once */

static ws_kwtab channel_first; /* first words of channel phrases */
static ws_once once = WS_ONCE_INIT;

/* "FEATURE <TAB> weight" rows (data/coref-weights.tsv's format) into `w`;
 * as ws_lex_weights: i + 1 when feature i has no weight, -1 when memory
 * runs out */
int ws_coref_parse_weights(const char *p, size_t len, double w[WS_CF_N]) {
  return ws_lex_weights(p, len, ws_coref_feature_names, WS_CF_N, w);
}

static ws_status load(ws_error *err) {
  ws_status st = ws_names_ready(err);
  if (st != WS_OK) return st;
  if (ws_lex_load_tsv(&aliases, ws_data_aliases, ws_data_aliases_len, 1) ||
      ws_lex_load_tsv(&titles, ws_data_titles, ws_data_titles_len, 0) ||
      ws_lex_load_tsv(&channels, ws_data_channels, ws_data_channels_len, 0) ||
      ws_lex_load_tsv(&speaker_words, ws_data_speaker_words, ws_data_speaker_words_len, 0))
    return ws_load_nomem(err, "entity word lists");
  /* every feature has its weight */
  int rc = ws_coref_parse_weights((const char *)ws_data_coref_weights, ws_data_coref_weights_len, coref_w);
  if (rc < 0) return ws_load_nomem(err, "coreference weights");
  if (rc > 0) return ws_load_bad_weight(err, "data/coref-weights.tsv", ws_coref_feature_names[rc - 1]);
  for (size_t i = 0; i < channels.cap; i++) {
    const char *k = channels.slots[i].key;
    if (!k) continue;
    char w[64];
    size_t n = strcspn(k, " ");
    if (n >= sizeof w) continue;
    memcpy(w, k, n);
    w[n] = 0;
    if (ws_kwtab_add(&channel_first, w, 1)) return ws_load_nomem(err, "entity word lists");
  }
  return WS_OK;
}

/* ---- per block ---------------------------------------------------------- */

/* a word after "Name's" that makes the 's "has" or "is" ("Christie's
 * been", "Trump's not", "Clinton's a"), not a possessive */
static int contraction_next(const ws_token *t) {
  return t->pos == WS_POS_VBN || t->pos == WS_POS_VBG || t->pos == WS_POS_VBD ||
         t->pos == WS_POS_RB || t->pos == WS_POS_DT;
}

/* The first token of the sentence when name [t0, t1) stands in commas
 * right after the noun phrase that opens it ("Whitfield's attorney, Mark
 * Ruiz, said"): a few words, none a verb or a mark; else SIZE_MAX. */
static size_t apposed_opening(const char *text, const ws_tokens *tk, size_t t0, size_t t1) {
  const ws_token *v = tk->v;
  if (t0 < 3 || t1 >= tk->n || !ws_punct_in(text, &v[t0 - 1], ",") ||
      !ws_punct_in(text, &v[t1], ","))
    return SIZE_MAX;
  for (size_t j = t0 - 1, k = 0; j-- > 0 && k < 5; k++) {
    if (v[j].kind != WS_TK_WORD || ws_pos_finite(v[j].pos)) return SIZE_MAX;
    if (v[j].flags & WS_TF_SENT) return j;
  }
  return SIZE_MAX;
}

static int push_ment(ws_doc *d, const ws_mention_rec *m) {
  ws_mention_rec *v = ws_grow(d->ments, &d->capments, d->nments, sizeof *v, 64);
  if (!v) return -1;
  d->ments = v;
  d->ments[d->nments++] = *m;
  return 0;
}

/* the channel named in tokens [s0, s1): longest phrase of up to 3 words */
static const char *find_channel(const char *text, const ws_tokens *tk, size_t s0, size_t s1) {
  for (size_t i = s0; i < s1; i++) {
    if (tk->v[i].kind != WS_TK_WORD || !ws_kwtab_get(&channel_first, tk->v[i].norm)) continue;
    for (size_t w = 3; w >= 1; w--) {
      if (i + w > s1) continue;
      size_t b0 = tk->v[i].b0, b1 = tk->v[i + w - 1].b1;
      char key[96];
      size_t k = ws_lex_norm(text + b0, b1 - b0, key, sizeof key);
      const ws_lex_entry *e = ws_lex_get(&channels, key, k);
      /* "the Post" names an outlet, not a post; "on Facebook" a platform
       * (after "on", "via" or "to": "Twitter said" is the company) */
      static const char *const via[] = {"on", "via", "to", NULL};
      if (e && w == 1 &&
          (!strcmp(e->b, "name") ? i == 0 || !ws_word_in(text, &tk->v[i - 1], via)
                                 : (tk->v[i].flags & WS_TF_CAP) && !(tk->v[i].flags & WS_TF_SENT)))
        continue;
      if (e) return e->a;
    }
  }
  return NULL;
}

ws_status ws_entities_ready(ws_error *err) { return ws_once_run(&once, load, err); }

static int nounish(int pos) {
  return pos == WS_POS_NN || pos == WS_POS_NNS || pos == WS_POS_NNP || pos == WS_POS_UNK;
}

/* A source that is one relative word ("who", "which", "that") hangs on
 * the noun phrase just before it, a comma apart at most: its numbers,
 * nouns and adjectives, up to five words, back to any other word or the
 * sentence's start ("appeal to voters who", "the lower courts, which",
 * "the 30 percent who"); "who" skips a prepositional phrase on a
 * singular noun ("experts in national security law, who").  Its last
 * word must be a noun and no word of speaker-words.tsv ("someone who",
 * "others who"). */
static void relative_np(const ws_doc *d, const ws_tokens *tk, ws_attr_rec *r) {
  const ws_attribution *a = &r->pub;
  const ws_token *v = tk->v;
  char low[16];
  if (!a->has_source || a->source.nspans != 1 || a->source.len >= sizeof low) return;
  ws_lex_norm(a->source.text, a->source.len, low, sizeof low);
  if (!ws_speaker_word_is(low, "relative")) return;
  size_t t = ws_tok_lower(tk, r->src_b[0].start);
  if (t >= tk->n || t == 0 || v[t].b0 != r->src_b[0].start || (v[t].flags & WS_TF_SENT)) return;
  /* "Sen. Ted Cruz of Texas, who last year threatened ..., and who has
   * been hoping": after "and" or "but", the first relative word of the
   * same kind earlier in the sentence is the one to follow back, when a
   * comma or a dash stands before it (not "people who think ..., who
   * live ..., and who feel": no noun phrase to take) */
  const char *text = d->text;
  if (t >= 2 && (ws_word_is(text, &v[t - 1], "and") || ws_word_is(text, &v[t - 1], "but"))) {
    int personal = low[0] == 'w' && low[1] == 'h' && low[2] == 'o';
    size_t first = 0;
    for (size_t j = t - 2; j >= 1 && t - j < 60; j--) {
      int rel = personal ? ws_word_is(text, &v[j], "who") || ws_word_is(text, &v[j], "whom")
                         : ws_word_is(text, &v[j], low);
      if (rel) first = j;
      if (v[j].flags & WS_TF_SENT) break;
    }
    unsigned char c = first ? (unsigned char)text[v[first - 1].b0] : 0;
    if (first && !(v[first].flags & WS_TF_SENT) && v[first - 1].kind == WS_TK_PUNCT &&
        (c == ',' || c == '-' || c == 0xE2)) {
      t = first;
      r->rel_at = v[first].b0;
    }
  }
  size_t h = t - 1;
  if (h > 0 && d->text[v[h].b0] == ',' && !(v[h].flags & WS_TF_SENT)) h--;
  size_t s = h;
  for (int hop = 0; hop < 2; hop++) {
    if (v[h].kind != WS_TK_WORD || !nounish(v[h].pos)) return;
    s = h;
    while (s > 0 && h - s < 4 && !(v[s].flags & WS_TF_SENT) && v[s - 1].kind == WS_TK_WORD &&
           (nounish(v[s - 1].pos) || v[s - 1].pos == WS_POS_JJ || v[s - 1].pos == WS_POS_CD))
      s--;
    /* "experts in national security law, who": past a singular noun, the
     * noun before the preposition ("the ire of lawmakers who" stays) */
    if (hop || strcmp(low, "who") || v[h].pos == WS_POS_NNS || s < 2 || (v[s].flags & WS_TF_SENT) ||
        v[s - 1].pos != WS_POS_IN || v[s - 2].kind != WS_TK_WORD || !nounish(v[s - 2].pos))
      break;
    h = s - 2;
  }
  char w[32];
  size_t hn = v[h].b1 - v[h].b0;
  if (hn >= sizeof w) return;
  ws_lex_norm(d->text + v[h].b0, hn, w, sizeof w);
  const ws_lex_entry *x = ws_lex_get(&speaker_words, w, strlen(w));
  if (x && strcmp(x->a, "institution") && strcmp(x->a, "business")) return;
  r->rel_b0 = v[s].b0;
  r->rel_b1 = v[h].b1;
}

int ws_entities_block(ws_doc *d, const ws_tokens *tk, const ws_block *b, size_t first_attr) {
  if (ws_once_run(&once, load, NULL) != WS_OK) return -1;
  size_t n = tk->n;
  if (!n) return 0;
  for (size_t i = first_attr; i < d->nattrs; i++) relative_np(d, tk, &d->attrs[i]);
  const char *text = d->text;
  const ws_token *v = tk->v;
  const size_t *sent = b->sent, *para = b->para;
  const ws_name_run *men = b->men;
  size_t nm = b->nmen;
  int rc = -1;
  /* headlines in title case ("Mexico Could Do When Up Against Trump")
   * are not names: skip paragraphs mostly of capitalised words */
  uint8_t *headline = ws_calloc(para[n - 1] + 1, 1);
  size_t *words = ws_calloc(2 * (para[n - 1] + 1), sizeof *words);
  if (!headline || !words) {
    ws_free(headline);
    ws_free(words);
    goto done;
  }
  for (size_t i = 0; i < n; i++)
    if (v[i].kind == WS_TK_WORD) {
      words[2 * para[i]]++;
      words[2 * para[i] + 1] += (v[i].flags & WS_TF_CAP) != 0;
    }
  /* ...and a headline has no closing full stop */
  uint8_t *stop = ws_calloc(para[n - 1] + 1, 1);
  if (!stop) {
    ws_free(headline);
    ws_free(words);
    goto done;
  }
  for (size_t i = 0; i < n; i++)
    if (i + 1 == n || (v[i + 1].flags & WS_TF_PARA)) {
      size_t k = i;
      while (k > 0 && v[k].kind == WS_TK_QUOTE) k--;
      stop[para[i]] = v[k].kind == WS_TK_PUNCT && strchr(".?!", text[v[k].b0]);
    }
  for (size_t p = 0; p <= para[n - 1]; p++)
    headline[p] = !stop[p] && words[2 * p] >= 4 && words[2 * p + 1] * 10 >= words[2 * p] * 6;
  /* (a line that opens with a dash after a quotation signs it: "—
   * Joanasie Kilabuk, Mayor of Pangnirtung"; not "— With files from") */
  for (size_t i = 1; i < n; i++)
    if ((v[i].flags & WS_TF_PARA) && ws_dash_token(text, &v[i]) && v[i - 1].kind == WS_TK_QUOTE &&
        !(v[i - 1].flags & WS_TF_QOPEN))
      headline[para[i]] = 0;
  ws_free(stop);
  ws_free(words);
  for (size_t k = 0; k < nm; k++) {
    size_t t0 = men[k].t0, t1 = men[k].t1;
    /* (a headline's names the body confirmed stay: ws_block_scan) */
    if (headline[para[t0]] && t1 > b->head) continue;
    /* a stock listing, "(NASDAQ: ACMR)", names neither a speaker nor an
     * organisation that speaks */
    if (t0 > 0 && ws_punct_in(text, &v[t0 - 1], "(") && t1 < n &&
        ws_punct_in(text, &v[t1], ":"))
      continue;
    if (t0 > 2 && ws_punct_in(text, &v[t0 - 1], ":") && ws_punct_in(text, &v[t0 - 3], "(") &&
        t1 < n && ws_punct_in(text, &v[t1], ")"))
      continue;
    /* "Calgary-based", "Trump-backed": a name that a lower-case tail
     * makes a modifier names nothing here */
    if (t1 - t0 == 1) {
      const char *hy = NULL;
      for (const char *c = text + v[t0].b0; c + 1 < text + v[t0].b1; c++)
        if (*c == '-') hy = c;
      if (hy && islower((unsigned char)hy[1])) continue;
    }
    /* a time zone after the clock ("at 9:00 a.m. Mountain Time") is no one */
    if (ws_word_is(text, &v[t1 - 1], "time") && v[t0].b0 >= 5 &&
        (!memcmp(text + v[t0].b0 - 5, "a.m. ", 5) || !memcmp(text + v[t0].b0 - 5, "p.m. ", 5)))
      continue;
    /* an honorific alone is not a name, nor is an abbreviated title
     * ("Rep." before "Stephen Lynch") */
    if (t1 - t0 == 1 && (ws_word_is(text, &v[t0], "mr") || ws_word_is(text, &v[t0], "mrs") ||
                         ws_word_is(text, &v[t0], "ms") || ws_word_is(text, &v[t0], "dr")))
      continue;
    /* an abbreviated title alone is none ("Sen."), nor a role that ends
     * in one before a name ("State Sen. | Mark Delgado") */
    if (t1 < n && v[t1].kind == WS_TK_PUNCT && text[v[t1].b0] == '.' &&
        (t1 - t0 == 1 || (t1 - t0 <= 3 && v[t1].b1 == v[t1].b0 + 1 && t1 + 1 < n &&
                          ws_is_cap_word(&v[t1 + 1])))) {
      char key[32];
      size_t k = ws_lex_norm(text + v[t1 - 1].b0, v[t1 - 1].b1 - v[t1 - 1].b0, key, sizeof key - 1);
      key[k++] = '.';
      if (ws_lex_get(&titles, key, k)) continue;
    }
    /* Mr. / Mrs. / Ms. before the name; in British style with no stop,
     * "Mrs Price", inside the mention: the name starts after it */
    char gender = 0;
    if (t0 >= 2 && v[t0 - 1].kind == WS_TK_PUNCT && text[v[t0 - 1].b0] == '.') {
      if (ws_word_is(text, &v[t0 - 2], "mr")) gender = 'm';
      else if (ws_word_is(text, &v[t0 - 2], "mrs") || ws_word_is(text, &v[t0 - 2], "ms")) gender = 'f';
    }
    if (!gender && t1 - t0 >= 2 && v[t0 + 1].kind == WS_TK_WORD) {
      if (ws_word_is(text, &v[t0], "mr")) gender = 'm';
      else if (ws_word_is(text, &v[t0], "mrs") || ws_word_is(text, &v[t0], "ms") ||
               ws_word_is(text, &v[t0], "miss"))
        gender = 'f';
      if (gender) t0++;
    }
    /* a knight's or a dame's style ("Sir Keir Starmer", "Professor Sir
     * Stephen Powis", "Dame Sarah Storey") gives the gender; the name
     * keeps it */
    for (size_t k = t0; !gender && k < t0 + 2 && k + 2 < t1; k++) {
      if (ws_word_is(text, &v[k], "sir")) gender = 'm';
      else if (ws_word_is(text, &v[k], "dame")) gender = 'f';
      else if (!is_title(text, &v[k])) break;
    }
    /* "Dad-of-two Gary Pearson", "Mum-of-three Kerry Ellis" (British
     * papers' style): a parent's word before the name gives the gender
     * and is no part of the name */
    if (!gender && t1 - t0 >= 3) {
      static const char *const dads[] = {"dad-of-", "father-of-", "grandfather-of-", "grandad-of-", NULL};
      static const char *const mums[] = {"mum-of-", "mom-of-", "mother-of-", "grandmother-of-", "gran-of-", NULL};
      size_t wl = v[t0].b1 - v[t0].b0;
      for (int k = 0; dads[k] && !gender; k++)
        if (wl > strlen(dads[k]) && !strncasecmp(text + v[t0].b0, dads[k], strlen(dads[k]))) gender = 'm';
      for (int k = 0; mums[k] && !gender; k++)
        if (wl > strlen(mums[k]) && !strncasecmp(text + v[t0].b0, mums[k], strlen(mums[k]))) gender = 'f';
      if (gender) t0++;
    }
    /* a kin word before the name, with or without a comma ("her son,
     * Wyatt,", "his wife Jane") gives the gender and is no part of it */
    if (!gender && t0 > 0) {
      size_t k = t0 - 1;
      if (k > 0 && ws_punct_in(text, &v[k], ",")) k--;
      if (v[k].kind == WS_TK_WORD && !(v[k].flags & WS_TF_CAP)) {
        char low[24];
        if (v[k].b1 - v[k].b0 < sizeof low) {
          low[ws_lex_norm(text + v[k].b0, v[k].b1 - v[k].b0, low, sizeof low - 1)] = 0;
          if (ws_speaker_word_is(low, "male")) gender = 'm';
          else if (ws_speaker_word_is(low, "female")) gender = 'f';
        }
      }
    }
    /* a parliamentarian's letters after the name are no part of it:
     * "Edward Mountain MSP", "Boris Johnson MP" */
    if (t1 - t0 >= 3 && ws_post_nominal(text + v[t1 - 1].b0, v[t1 - 1].b1 - v[t1 - 1].b0)) t1--;
    /* a party's or an organisation's possessive before a person's name
     * ("Labour's Rhoda Grant") is whom the person is with, not the name */
    if (t1 - t0 >= 3 && ws_possessive_len(text + v[t0].b0, v[t0].b1 - v[t0].b0)) {
      int org = 0;
      for (size_t k = t0 + 1; k < t1; k++)
        org |= !strcmp(ws_source_word_type(text + v[k].b0, v[k].b1 - v[k].b0), "organization") ||
               is_title(text, &v[k]);
      /* (a listed given name, or a word the tag lexicon knows only as a
       * name before the last: "Rhoda Grant", not "Renewable Future") */
      if (!org && (ws_given_name_gender(text + v[t0 + 1].b0, v[t0 + 1].b1 - v[t0 + 1].b0) ||
                   (t1 - t0 == 3 && (v[t0 + 1].pos == WS_POS_NNP || v[t0 + 1].pos == WS_POS_UNK))))
        t0++;
    }
    /* "Fed's Lane says", "ECB's Lagarde warns" (wire headlines): an
     * agency's short form or an acronym in the possessive before one
     * capitalised word is whom the person is with; the word is the name */
    if (t1 - t0 == 2 && ws_is_cap_word(&v[t0 + 1]) && !org_word(text, &v[t0 + 1])) {
      size_t wl = v[t0].b1 - v[t0].b0, pl = ws_possessive_len(text + v[t0].b0, wl);
      if (pl && wl - pl >= 2 &&
          (is_upper_word(text + v[t0].b0, wl - pl) || ws_lex_get(&aliases, text + v[t0].b0, wl - pl)))
        t0++;
    }
    /* "Parent Amira Haddad", "Retiree John Smith": a common noun that
     * opens the sentence is no part of the name, unless it starts a role
     * ("Health Minister Colleen Marchand") or "and" joins it to the rest
     * ("Employment and Social Development Canada") */
    if (t1 - t0 > 2 && (v[t0].flags & WS_TF_SENT) &&
        (v[t0].pos == WS_POS_NN || v[t0].pos == WS_POS_NNS) && !is_title(text, &v[t0]) &&
        !is_title(text, &v[t0 + 1]) && !ws_word_is(text, &v[t0 + 1], "and"))
      t0++;
    /* "Republican Donald Trump", "Democrat Hillary Clinton", "Liberal
     * Democrat Tim Farron": a party's words before a given name describe
     * the person (data/speaker-words.tsv, class party); so does a
     * participle or an adjective opening the sentence ("Entrusting Donald
     * Trump with ...") */
    while (t1 - t0 > 2 && t1 - t0 <= 4 && given_name(text, &v[t0 + 1]) &&
           !org_word(text, &v[t1 - 1]) &&
           (party_word(text, &v[t0]) ||
            ((v[t0].flags & WS_TF_SENT) &&
             (v[t0].pos == WS_POS_VBG || v[t0].pos == WS_POS_JJ ||
              (v[t0].pos == WS_POS_UNK && v[t0].b1 - v[t0].b0 > 5 &&
               !memcmp(text + v[t0].b1 - 3, "ing", 3))) &&
             !given_name(text, &v[t0]) && !is_title(text, &v[t0]))))
      t0++;
    while (t1 - t0 > 3 && t1 - t0 <= 5 && party_word(text, &v[t0]) &&
           party_word(text, &v[t0 + 1]) && given_name(text, &v[t0 + 2]) && !org_word(text, &v[t1 - 1]))
      t0 += 2;
    /* "the watchdog Transport Focus", "retailer Marks": a common noun
     * just before the name says what it names */
    uint8_t kind = 0;
    if (t0 > 0 && v[t0 - 1].kind == WS_TK_WORD && !ws_is_cap_word(&v[t0 - 1]) &&
        v[t0 - 1].b1 - v[t0 - 1].b0 < 32) {
      char w[32];
      memcpy(w, text + v[t0 - 1].b0, v[t0 - 1].b1 - v[t0 - 1].b0);
      w[v[t0 - 1].b1 - v[t0 - 1].b0] = 0;
      const char *st = ws_source_type(w);
      kind = !strcmp(st, "organization") ? 'o' : !strcmp(st, "media") ? 'm' : 0;
      /* "fire information officer Madison Sharpe": a person's word or a
       * title in lower case names a person, whatever the name table says
       * of "Madison" */
      if (!strcmp(st, "person") || !strcmp(st, "spokesperson") || is_title(text, &v[t0 - 1]))
        kind = 'p';
    } else if (t0 > 0) {
      /* a title in capitals too, its stop apart or not: "Dr. Lena Park"
       * is a person, whatever the name table says of "Park" */
      size_t ti = t0 - 1;
      if (ti > 0 && text[v[ti].b0] == '.' && v[ti].b1 - v[ti].b0 == 1 && v[ti - 1].b1 == v[ti].b0 &&
          !(v[t0].flags & WS_TF_SENT))
        ti--;
      /* (not over a possessive inside the run: "Mrs. Clinton's Iraq") */
      int poss_in = 0;
      for (size_t k2 = t0; k2 + 1 < t1; k2++)
        poss_in |= ws_possessive_len(text + v[k2].b0, v[k2].b1 - v[k2].b0) != 0;
      if (!poss_in && v[ti].kind == WS_TK_WORD && is_title(text, &v[ti])) kind = 'p';
    }
    /* "Lena Park, president of Hartwell University": a title in an
     * appositive, with its "of" or "at", says person too */
    if (!kind && t1 + 3 < n && ws_punct_in(text, &v[t1], ",")) {
      size_t h = t1 + 1;
      if (ws_word_is(text, &v[h], "the") || ws_word_is(text, &v[h], "a")) h++;
      if (h + 1 < n && is_title(text, &v[h]) && !(v[h].flags & WS_TF_CAP) &&
          (ws_word_is(text, &v[h + 1], "of") || ws_word_is(text, &v[h + 1], "at")))
        kind = 'p';
    }
    /* "Northern Trains", "Easter Seals": a name that ends in a common
     * noun's plural (the tag lexicon's NNS, or VBZ: "trains"), opened by no first
     * name and no title, names no person */
    if (!kind && t1 - t0 >= 2 && t1 - t0 <= 3 &&
        (v[t1 - 1].pos == WS_POS_NNS || v[t1 - 1].pos == WS_POS_VBZ) &&
        v[t1 - 1].b1 - v[t1 - 1].b0 > 3 && text[v[t1 - 1].b1 - 1] == 's' &&
        !given_name(text, &v[t0]) && !is_title(text, &v[t0]))
      kind = 'o';
    /* "Liberal Democrat leader Tom Aske", "Labour MP Paul Howell": a
     * party's words before a role and a name name the party, no person */
    if (!kind && t1 + 1 < n && ws_is_cap_word(&v[t1 + 1]) &&
        (is_title(text, &v[t1]) || (v[t1].kind == WS_TK_WORD && !(v[t1].flags & WS_TF_CAP) &&
                                    v[t1].pos == WS_POS_NN))) {
      size_t w = t0;
      while (w < t1 && party_word(text, &v[w])) w++;
      if (w == t1) kind = 'o';
    }
    int the = t0 > 0 && ws_word_is(text, &v[t0 - 1], "the");
    if (t1 - t0 > 1 && ws_word_is(text, &v[t0], "the")) {
      t0++;
      the = 1;
    }
    /* a possessor opens its sentence but is not its subject
     * ("Whitfield's attorney, Mark Ruiz, said"); the name set off after
     * such an opening noun phrase is */
    int poss = (t1 < n && v[t1].pos == WS_POS_POS) ||
               (ws_possessive_len(text + v[t1 - 1].b0, v[t1 - 1].b1 - v[t1 - 1].b0) &&
                !(t1 < n && contraction_next(&v[t1])));
    uint32_t opens = poss ? 0 : v[men[k].t0].flags & (WS_TF_SENT | WS_TF_PARA);
    if (!opens) {
      size_t s = apposed_opening(text, tk, t0, t1);
      if (s != SIZE_MAX) opens = v[s].flags & (WS_TF_SENT | WS_TF_PARA);
    }
    ws_mention_rec m = {v[t0].b0, v[t1 - 1].b1, v[t0].c0, v[t1 - 1].c1,
                 d->sent_base + sent[t0], d->para_base + para[t0], -1,
                 (uint8_t)the, (uint8_t)((opens & WS_TF_SENT) != 0),
                 (uint8_t)((v[t0].flags & WS_TF_INQ) != 0),
                 (uint8_t)((t0 > 0 && (v[t0 - 1].pos == WS_POS_IN || v[t0 - 1].pos == WS_POS_TO)) ||
                           poss),
                 gender,
                 (uint8_t)(t1 < n && ws_pos_finite(v[t1].pos)),
                 (uint8_t)((opens & WS_TF_PARA) != 0), kind, 0, 0, 0};
    {
      /* the last word, a common noun of no person ("Affordable Care Act",
       * "Super Tuesday", "Boca West Country Club") */
      const ws_token *lt = &v[t1 - 1];
      uint32_t nc = WS_WCLASS_NOUN(lt->wclass);
      m.thing = t1 - t0 >= 2 && nc && nc != 18;
    }
    description(text, tk, t0, t1, &m.desc_b0, &m.desc_b1);
    if (push_ment(d, &m)) {
      ws_free(headline);
      goto done;
    }
  }
  ws_free(headline);
  /* channels: in the cue first, then in the rest of the sentence */
  for (size_t k = first_attr; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (r->pub.channel || !r->pub.cue.nspans) continue;
    size_t lo = ws_tok_lower(tk, r->cue_b[0].start);
    if (lo >= n) continue;
    size_t c1 = lo;
    while (c1 < n && v[c1].b1 <= r->cue_b[0].end) c1++;
    const char *ch = find_channel(text, tk, lo, c1);
    if (!ch) {
      /* the sentence, but no further than 40 tokens either way: a text
       * without sentence ends must not make this quadratic */
      size_t s0 = lo, s1 = lo;
      while (s0 > 0 && lo - s0 < 40 && !(v[s0].flags & WS_TF_SENT)) s0--;
      while (s1 < n && s1 - lo < 40 && !(v[s1].flags & WS_TF_SENT_END)) s1++;
      /* not inside the content: "she said the statement was false" */
      for (size_t i = s0; i < s1 && !ch; i++) {
        int in_content = 0;
        for (size_t f = 0; f < r->pub.content.nspans && !in_content; f++)
          in_content = v[i].b0 >= r->con_b[f].start && v[i].b1 <= r->con_b[f].end;
        if (!in_content && !(v[i].flags & WS_TF_INQ)) ch = find_channel(text, tk, i, i + 1 < s1 ? i + 2 : i + 1);
      }
    }
    r->pub.channel = ch;
  }
  d->sent_base += sent[n - 1] + 1;
  d->para_base += para[n - 1] + 1;
  rc = 0;
done:
  return rc;
}

/* ---- entities ----------------------------------------------------------- */

static int is_upper_word(const char *s, size_t n) {
  if (n < 2 || n > 10) return 0;
  for (size_t i = 0; i < n; i++)
    if (!(s[i] >= 'A' && s[i] <= 'Z')) return 0;
  return 1;
}

/* initials of the capitalised words of s ("Immigration and Customs
 * Enforcement" -> "ICE") */
int ws_title_word(const char *w, size_t n) {
  if (ws_once_run(&once, load, NULL) != WS_OK) return 0;
  char key[32];
  size_t k = ws_lex_norm(w, n, key, sizeof key);
  return ws_lex_get(&titles, key, k) != NULL;
}

/* a phrase of data/channels.tsv ("statement", "truth social") */
int ws_channel_phrase(const char *w, size_t n) {
  if (ws_once_run(&once, load, NULL) != WS_OK) return 0;
  char key[64];
  size_t k = ws_lex_norm(w, n, key, sizeof key);
  return ws_lex_get(&channels, key, k) != NULL;
}

/* a word of data/titles.tsv */
static int is_title(const char *text, const ws_token *t) {
  char key[32];
  size_t k = ws_lex_norm(text + t->b0, t->b1 - t->b0, key, sizeof key);
  return ws_lex_get(&titles, key, k) != NULL;
}

/* Token t is a given name the name lists know ("Donald", "Hillary"; the
 * lists of given names are read first). */
static int given_name(const char *text, const ws_token *t) {
  return ws_first_name_gender(text + t->b0, t->b1 - t->b0) != 0;
}

/* Token t is a word of a political party that describes a person
 * ("Republican", "Democrat", "Tory"; data/speaker-words.tsv); org_word:
 * a word of an organisation's or an outlet's name ("House",
 * "Committee"), which no person's name ends with. */
static int org_word(const char *text, const ws_token *t) {
  const char *st = ws_source_word_type(text + t->b0, t->b1 - t->b0);
  return !strcmp(st, "organization") || !strcmp(st, "media");
}

static int party_word(const char *text, const ws_token *t) {
  return ws_party_word(text + t->b0, t->b1 - t->b0);
}

/* Token t is a lower-case noun for a person ("candidate", "neurosurgeon",
 * "governor"): WordNet's most frequent noun sense is noun.person (18), or
 * the source words or the titles say so; no verb ("debate Secretary
 * Clinton") and no plural. */
static int person_noun(const char *text, const ws_token *t) {
  if (t->kind != WS_TK_WORD || ws_is_cap_word(t) || t->b1 - t->b0 < 3 || t->b1 - t->b0 >= 32 ||
      (t->pos != WS_POS_NN && t->pos != WS_POS_UNK))
    return 0;
  return WS_WCLASS_NOUN(t->wclass) == 18 ||
         !strcmp(ws_source_word_type(text + t->b0, t->b1 - t->b0), "person") || is_title(text, t);
}

/* How the article describes the person named by tokens [t0, t1): the
 * words before the name that end in a person's noun ("Republican
 * presidential candidate Donald Trump": up to four more words, back to a
 * determiner, a preposition or punctuation), else an appositive right
 * after it (", the retired neurosurgeon," or ", a former pollster.": up
 * to five words after the article, the last a person's noun that a
 * comma, a full stop, a semicolon or a bracket closes).  Bytes into
 * *b0, *b1; both 0 when there is none. */
static void description(const char *text, const ws_tokens *tk, size_t t0, size_t t1, size_t *b0,
                        size_t *b1) {
  const ws_token *v = tk->v;
  size_t n = tk->n;
  *b0 = *b1 = 0;
  if (t0 > 0 && !(v[t0].flags & WS_TF_SENT) && person_noun(text, &v[t0 - 1])) {
    size_t s = t0 - 1;
    while (s > 0 && t0 - 1 - s < 4 && !(v[s].flags & WS_TF_SENT) && v[s - 1].kind == WS_TK_WORD &&
           v[s - 1].pos != WS_POS_DT && v[s - 1].pos != WS_POS_IN && v[s - 1].pos != WS_POS_TO &&
           v[s - 1].pos != WS_POS_PRPS && v[s - 1].pos != WS_POS_POS && v[s - 1].pos != WS_POS_CC)
      s--;
    *b0 = v[s].b0, *b1 = v[t0 - 1].b1;
    return;
  }
  if (t1 + 2 >= n || text[v[t1].b0] != ',' || v[t1].b1 - v[t1].b0 != 1) return;
  size_t j = t1 + 1;
  if (!ws_word_is(text, &v[j], "the") && !ws_word_is(text, &v[j], "a") && !ws_word_is(text, &v[j], "an"))
    return;
  j++;
  for (size_t h = j; h < n && h < j + 5 && v[h].kind == WS_TK_WORD; h++) {
    int closed = h + 1 == n || (v[h + 1].kind == WS_TK_PUNCT && strchr(",.;)", text[v[h + 1].b0]));
    if (closed && person_noun(text, &v[h])) {
      *b0 = v[j].b0, *b1 = v[h].b1;
      return;
    }
    if (closed) return;
  }
}

static size_t initials(const char *s, char *out, size_t cap) {
  size_t k = 0;
  for (const char *p = s; *p && k + 1 < cap;) {
    while (*p == ' ') p++;
    if (!*p) break;
    if (*p >= 'A' && *p <= 'Z') out[k++] = *p;
    while (*p && *p != ' ') p++;
  }
  out[k] = 0;
  return k;
}

static const char *last_word(const char *s) {
  const char *sp = strrchr(s, ' ');
  return sp ? sp + 1 : s;
}

static int add_alias(ws_doc *d, ws_entity_rec *e, const char *a) {
  if (!strcmp(e->pub.name, a)) return 0;
  for (size_t i = 0; i < e->pub.naliases; i++)
    if (!strcmp(e->aliases[i], a)) return 0;
  const char **v = ws_grow(e->aliases, &e->cap_aliases, e->pub.naliases, sizeof *v, 4);
  if (!v) return -1;
  e->aliases = v;
  e->aliases[e->pub.naliases++] = a;
  e->pub.aliases = e->aliases;
  if (is_upper_word(a, strlen(a)) && !strcmp(e->pub.type, "person")) e->pub.type = "organization";
  /* the fullest name the document gives is the name */
  if (!is_upper_word(a, strlen(a)) && strlen(a) > strlen(e->pub.name) &&
      (strchr(a, ' ') || is_upper_word(e->pub.name, strlen(e->pub.name)))) {
    const char *old = e->pub.name;
    e->pub.name = a;
    e->aliases[e->pub.naliases - 1] = old;
  }
  (void)d;
  return 0;
}

static int add_mention(ws_entity_rec *e, const ws_mention_rec *m) {
  ws_span *v = ws_grow(e->mentions, &e->cap_mentions, e->pub.nmentions, sizeof *v, 4);
  if (!v) return -1;
  e->mentions = v;
  e->mentions[e->pub.nmentions++] = (ws_span){m->c0, m->c1};
  e->pub.mentions = e->mentions;
  return 0;
}

/* String -> entity maps for clustering; the latest entity wins, so a
 * name goes to the most recent entity it could mean.  Linear in mentions. */
typedef struct smap {
  const char **key;
  int *val;
  size_t cap, n;
} smap;

static int smap_put(smap *m, const char *k, int v) {
  if ((m->n + 1) * 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 64;
    const char **nk = ws_calloc(cap, sizeof *nk);
    int *nv = ws_calloc(cap, sizeof *nv);
    if (!nk || !nv) {
      ws_free(nk);
      ws_free(nv);
      return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
      if (!m->key[i]) continue;
      size_t h = ws_hash(m->key[i], strlen(m->key[i]), WS_HASH_SEED) & (cap - 1);
      while (nk[h]) h = (h + 1) & (cap - 1);
      nk[h] = m->key[i];
      nv[h] = m->val[i];
    }
    ws_free(m->key);
    ws_free(m->val);
    m->key = nk;
    m->val = nv;
    m->cap = cap;
  }
  size_t h = ws_hash(k, strlen(k), WS_HASH_SEED) & (m->cap - 1);
  while (m->key[h] && strcmp(m->key[h], k)) h = (h + 1) & (m->cap - 1);
  if (!m->key[h]) m->n++;
  m->key[h] = k;
  m->val[h] = v;
  return 0;
}

static int smap_get(const smap *m, const char *k, size_t n) {
  if (!m->cap) return -1;
  size_t h = ws_hash(k, n, WS_HASH_SEED) & (m->cap - 1);
  for (; m->key[h]; h = (h + 1) & (m->cap - 1))
    if (!strncmp(m->key[h], k, n) && !m->key[h][n]) return m->val[h];
  return -1;
}

static void smap_free(smap *m) {
  ws_free(m->key);
  ws_free(m->val);
}

typedef struct index {
  smap name;      /* names and aliases */
  smap last;      /* last word of multiword names */
  smap inits;     /* initials of multiword names */
  smap first;     /* first word of a company's name ("Northwind Energy Corp") */
  smap given;     /* a person's listed first name ("Karen" -> Karen Dobbs); -2:
                     two people's */
} index_t;

/* A lower-case connector ("of", "for", "and", "the") stands between the
 * words of name `key`. */
static int connector_inside(const char *key) {
  static const char *const conn[] = {" of ", " for ", " and ", " the ", NULL};
  for (int k = 0; conn[k]; k++)
    if (strstr(key, conn[k])) return 1;
  return 0;
}

/* `name` opens with a listed given name (its first fl bytes) and is no
 * place's name as a whole ("Nova Scotia") */
static int given_first(const char *name, size_t fl) {
  return ws_given_name_gender(name, fl) && !ws_place_name(name, strlen(name));
}

/* Name `key` is two words, a person's first name (data/name-types.tsv)
 * then a capitalised word that is no organisation's word ("Doug Ford",
 * not "Justice Department"). */
static int person_first(const char *key) {
  const char *sp = strchr(key, ' ');
  if (!sp || strchr(sp + 1, ' ') || !(sp[1] >= 'A' && sp[1] <= 'Z')) return 0;
  const char *fk = ws_name_word_kind(key, (size_t)(sp - key));
  /* the name table's person, or a listed first name it does not know
   * ("Kayla") */
  return (fk ? !strcmp(fk, "person") : given_first(key, (size_t)(sp - key))) &&
         !is_upper_word(sp + 1, strlen(sp + 1)) &&
         strcmp(ws_source_word_type(sp + 1, strlen(sp + 1)), "organization") != 0;
}

/* A company's name ends with a legal suffix: "Northwind Energy Corp",
 * "ACME Robotics, Inc" */
static int company_name(const char *nm) {
  static const char *const suffix[] = {"Corp", "Corporation", "Inc", "Ltd", "Limited", "LLC",
                                       "PLC", "plc", "Co", "Holdings", NULL};
  const char *lw = last_word(nm);
  for (int k = 0; suffix[k]; k++)
    if (!strcmp(lw, suffix[k])) return 1;
  return 0;
}

static int index_name(ws_doc *d, index_t *ix, const char *nm, int id) {
  if (smap_put(&ix->name, nm, id)) return -1;
  if (!strchr(nm, ' ')) return 0;
  char ini[16];
  if (initials(nm, ini, sizeof ini) >= 2) {
    char *k = ws_arena_strndup(&d->arena, ini, strlen(ini));
    if (!k || smap_put(&ix->inits, k, id)) return -1;
  }
  size_t fl0 = strcspn(nm, " ,");
  if (!company_name(nm) && id >= 0 && (size_t)id < d->nents &&
      !strcmp(d->ents[id].pub.type, "organization") && fl0 >= 4 && !ws_name_word_kind(nm, fl0) &&
      !ws_title_word(nm, fl0)) {
    /* "Harborline" -> Harborline Health: an organisation's first word that
     * names nothing else the tables know (not "Washington" of the
     * Washington Post, nor "Republican", a word of a source's kind) */
    char *k = ws_arena_strndup(&d->arena, nm, fl0), low[64];
    if (!k) return -1;
    ws_lex_norm(k, fl0, low, sizeof low);
    if (!strcmp(ws_source_type(low), "unknown") && smap_put(&ix->first, k, id)) return -1;
  }
  if (id >= 0 && (size_t)id < d->nents && !strcmp(d->ents[id].pub.type, "person") &&
      nm[fl0] == ' ' && given_first(nm, fl0)) {
    /* "Karen claims" after "Karen Dobbs, 41, says": the first name of one
     * person of the article, not of two ("Eric Trump", "Eric Holder") */
    int was = smap_get(&ix->given, nm, fl0);
    char *k = ws_arena_strndup(&d->arena, nm, fl0);
    if (!k || smap_put(&ix->given, k, was == -1 || was == id ? id : -2)) return -1;
  }
  if (company_name(nm)) {
    size_t fl = strcspn(nm, " ,");
    char *k = ws_arena_strndup(&d->arena, nm, fl);
    if (!k || smap_put(&ix->first, k, id)) return -1;
    /* "Northwind Energy" -> Northwind Energy Corp: the name without its
     * legal suffix */
    size_t bl = (size_t)(last_word(nm) - nm);
    while (bl && (nm[bl - 1] == ' ' || nm[bl - 1] == ',')) bl--;
    if (bl > fl) {
      char *b = ws_arena_strndup(&d->arena, nm, bl);
      if (!b || smap_put(&ix->name, b, id)) return -1;
    }
  }
  return smap_put(&ix->last, last_word(nm), id);
}

static int is_type(const ws_doc *d, int id, const char *t) {
  return id >= 0 && !strcmp(d->ents[id].pub.type, t);
}

static int find_entity(const ws_doc *d, const index_t *ix, const char *key, int after_the) {
  size_t kl = strlen(key);
  int single = !strchr(key, ' '), upper = is_upper_word(key, kl);
  char ini[16];
  int id = smap_get(&ix->name, key, kl);
  if (id >= 0) return id;
  /* (a name with "of", "for", "and" or "the" inside is no person's:
   * "Ontario" is not "the Federation of Rental-housing Providers of
   * Ontario") */
  if (!single && !upper && !connector_inside(key)) {
    /* Donald Trump after Trump: the fuller name of the same person */
    const char *lw = last_word(key);
    id = smap_get(&ix->name, lw, strlen(lw));
    if (id >= 0 && !strchr(d->ents[id].pub.name, ' ') &&
        (is_type(d, id, "person") || is_type(d, id, "unknown")))
      return id;
    /* "Doug Ford" after a headline's "Ford", which the name table calls a
     * company: a person's first name before it says who it was */
    if (id >= 0 && !strchr(d->ents[id].pub.name, ' ') && person_first(key) &&
        (is_type(d, id, "organization") || is_type(d, id, "place")))
      return id;
  }
  if (single && !upper) {
    id = smap_get(&ix->last, key, kl);
    /* Mayorkas -> Alejandro Mayorkas */
    if (is_type(d, id, "person")) return id;
    /* the Post -> the New York Post */
    if (after_the && (is_type(d, id, "media") || is_type(d, id, "organization"))) return id;
    /* Northwind -> Northwind Energy Corp */
    id = smap_get(&ix->first, key, kl);
    if (id >= 0) return id;
    /* Karen -> Karen Dobbs */
    id = smap_get(&ix->given, key, kl);
    if (is_type(d, id, "person")) return id;
    /* the Company -> Northwind Energy Corp: a press release's defined
     * term, which names the issuer, the first company named (not
     * "Clearpath Clinics Ltd." that it acquired) */
    if (after_the && (!strcmp(key, "Company") || !strcmp(key, "Corporation")))
      for (size_t e = 0; e < d->nents; e++)
        if (is_type(d, (int)e, "organization") && company_name(d->ents[e].pub.name)) return (int)e;
  }
  if (upper) {
    /* ICE -> Immigration and Customs Enforcement */
    id = smap_get(&ix->inits, key, kl);
    if (id >= 0) return id;
    /* NIPNLG -> NIP: a longer acronym built on a known one */
    for (size_t pl = kl - 1; pl >= 3; pl--)
      if ((id = smap_get(&ix->name, key, pl)) >= 0) return id;
  }
  if (!single && initials(key, ini, sizeof ini) >= 2) {
    /* National Immigration Project after NIP */
    id = smap_get(&ix->name, ini, strlen(ini));
    if (id >= 0 && is_upper_word(d->ents[id].pub.name, strlen(d->ents[id].pub.name))) return id;
  }
  return -1;
}

/* the kind of name its last word (else its first) usually is; but a
 * person's first name before a surname that names something else in the
 * training corpus ("Kelly Brennan" beside the Brennan Center; a first
 * name the name table does not know, "Kayla Brennan", too) is a
 * person's, unless that last word is an organisation's word ("Kelly
 * Services") */
static const char *name_kind(const char *name) {
  const char *last = last_word(name);
  const char *k = ws_name_word_kind(last, strlen(last));
  const char *sp = strchr(name, ' ');
  size_t fl = sp ? (size_t)(sp - name) : strlen(name);
  const char *fk = ws_name_word_kind(name, fl);
  if (!k) return fk;
  if (sp && strcmp(k, "person") &&
      (fk ? !strcmp(fk, "person") && ws_first_name_gender(name, fl) : given_first(name, fl)) &&
      !strchr(sp + 1, ' ') && strcmp(ws_source_word_type(last, strlen(last)), "organization"))
    return "person";
  return k;
}

/* "Statistics Canada", "Water UK", "Air Canada", "Colleges Ontario",
 * "Sport England": one capitalised word before a country's (or a
 * province's, a nation's of the UK) name that is no place's and no region's word
 * ("Atlantic Canada", "Northern Ireland", "Quebec Canada" are places)
 * names an agency or a company there */
static int national_body(const char *name) {
  static const char *const countries[] = {"Canada",   "UK",       "Britain",  "Ireland",
                                          "Australia", "England", "Scotland", "Wales",
                                          "Ontario",  "Quebec",   "Alberta",  "Manitoba",
                                          "Saskatchewan", NULL};
  static const char *const regions[] = {"Atlantic", "Northern", "Southern", "Eastern", "Western",
                                        "Central", "Rural", "Urban", "Upper", "Lower", "English",
                                        "French", "Greater", "Outer", "Inner", "Arctic", "Pacific",
                                        "Great", "Little", "New", "Old", "All", NULL};
  const char *sp = strchr(name, ' ');
  if (!sp || strchr(sp + 1, ' ') || sp - name < 3 || !isupper((unsigned char)name[0])) return 0;
  int country = 0;
  for (int k = 0; countries[k] && !country; k++) country = !strcmp(sp + 1, countries[k]);
  if (!country) return 0;
  size_t fl = (size_t)(sp - name);
  for (int k = 0; regions[k]; k++)
    if (strlen(regions[k]) == fl && !memcmp(name, regions[k], fl)) return 0;
  for (size_t i = 1; i < fl; i++)
    if (!islower((unsigned char)name[i])) return 0;
  return !ws_place_name(name, fl) && !ws_first_name_gender(name, fl);
}

/* The first word of `name` is a first name the lists know. */
static int first_word_named(const char *name) {
  const char *sp = strchr(name, ' ');
  return ws_first_name_gender(name, sp ? (size_t)(sp - name) : strlen(name)) != 0;
}

static const char *guess_type(const char *name) {
  size_t n = strlen(name);
  if (national_body(name)) return "organization";
  /* "Nova Scotia", "Greater Manchester": a place's whole name (alone, not
   * a first name: "Georgia", "Jordan") */
  if (ws_place_name(name, n) && (strchr(name, ' ') || !ws_first_name_gender(name, n))) return "place";
  /* a place's city ("Quebec City", "Kansas City") */
  if (n > 5 && !strcmp(name + n - 5, " City") && ws_place_name(name, n - 5)) return "place";
  /* a name of two or three words that ends with a group's word in the
   * plural ("House Republicans", "Liberal Democrats", "Senate
   * Democrats"): a caucus or a party, no person */
  const char *lw = last_word(name);
  size_t words = 1;
  for (const char *c = name; *c; c++) words += *c == ' ';
  if (lw != name && words <= 3 && strlen(lw) > 3 && lw[strlen(lw) - 1] == 's' &&
      !strcmp(ws_source_type(lw), "group"))
    return "organization";
  const char *k = name_kind(name);
  /* "Minnesota Department of Health", "Hennessey Foundation": the head
   * (the last word before any "of") decides over the first word; "Betsy
   * Sharp of Burke County" stays a person */
  const char *of = strstr(name, " of ");
  size_t hn = of ? (size_t)(of - name) : n;
  const char *last = NULL;
  for (size_t i = 0; i < hn; i++)
    if (name[i] == ' ') last = name + i;
  if (last && last + 1 < name + hn && k) {
    size_t hl = (size_t)(name + hn - last - 1);
    const char *h = ws_source_word_type(last + 1, hl);
    /* (not an organisation's word in the plural: "Waters", "Banks" end
     * people's names) */
    int plural = hl > 3 && last[hl] == 's' && !strcmp(ws_source_word_type(last + 1, hl - 1), h);
    if (!strcmp(h, "organization") && strcmp(k, "organization") && !plural) return h;
  }
  /* "Health Canada", "Indigenous Services Canada": an organisation word
   * before a place names a government body */
  if (k && !strcmp(k, "place"))
    for (const char *w = name, *sp; (sp = strchr(w, ' ')) != NULL; w = sp + 1)
      if ((size_t)(sp - w) < 32 && !strcmp(ws_source_word_type(w, (size_t)(sp - w)), "organization"))
        return "organization";
  /* (a medium's word ends some people's names: "Dana Fox", a first name
   * the lists know and a surname, is a person) */
  if (k && (strcmp(ws_source_type(name), "media") != 0 ||
            (!strcmp(k, "person") && words == 2 && first_word_named(name))))
    return k;
  if (is_upper_word(name, n)) return "organization";
  /* people's names do not hold "and", "of" or "for" */
  if (strstr(name, " and ") || strstr(name, " of ") || strstr(name, " for ")) return "organization";
  const char *t = ws_source_type(name);
  if (!strcmp(t, "media") || !strcmp(t, "organization")) return t;
  if (!strcmp(t, "document") || !strcmp(t, "social")) return "organization";
  if (strchr(name, ' ')) return "person";
  return "unknown";
}

/* the gender a role's last word gives: "DNC Chairwoman", "Congressman" */
static char role_gender(const char *role) {
  const char *w = strrchr(role, ' ');
  w = w ? w + 1 : role;
  size_t n = strlen(w);
  if (n >= 5 && !strncasecmp(w + n - 5, "woman", 5)) return 'f';
  if (n >= 4 && !strncasecmp(w + n - 3, "man", 3)) return 'm';
  return 0;
}

/* A department's word after "of" belongs to a role ("Secretary of State
 * John Kerry"). */
static const char *const dept[] = {"State ", "Defense ", "Health ", "Education ", "Energy ",
                                   "Labor ", "Commerce ", "Agriculture ", "Transportation ",
                                   "Justice ", "Treasury ", "Interior ", "Staff ", NULL};

/* The department word that opens `name` when the mention at byte b0
 * follows a title and "of" ("Secretary of | State John Kerry": the
 * mention began after the title, which opened the sentence); its length,
 * or 0. */
static size_t dept_after_title(const ws_doc *d, size_t b0, const char *name) {
  const char *t = d->text;
  if (b0 < 4 || strncmp(t + b0 - 4, " of ", 4)) return 0;
  size_t e = b0 - 4, w = e;
  while (w > 0 && isalpha((unsigned char)t[w - 1])) w--;
  if (w == e || !ws_title_word(t + w, e - w)) return 0;
  for (int j = 0; dept[j]; j++) {
    size_t l = strlen(dept[j]);
    if (!strncmp(name, dept[j], l) && strchr(name + l, ' ')) return l;
  }
  return 0;
}

/* split "Homeland Security Secretary Alejandro Mayorkas" into role and
 * name at the last title word followed by a capitalised word */
static void split_role(ws_doc *d, char *s, const char **role, const char **name) {
  *role = NULL;
  *name = s;
  char *words[32];
  int nw = 0;
  for (char *p = s; *p && nw < 32;) {
    while (*p == ' ') p++;
    if (!*p) break;
    words[nw++] = p;
    while (*p && *p != ' ') p++;
  }
  int last = -1, first = 0;
  for (int i = 0; i < nw - 1; i++) {
    /* "Biden and Homeland Security Secretary ...": the role starts after
     * the last conjunction before the title */
    if (!strncmp(words[i], "and ", 4) || !strncmp(words[i], "or ", 3)) first = i + 1;
    const char *e = strchr(words[i], ' ');
    size_t len = e ? (size_t)(e - words[i]) : strlen(words[i]);
    char key[32];
    size_t k = ws_lex_norm(words[i], len, key, sizeof key);
    if (ws_lex_get(&titles, key, k)) last = i;
  }
  if (last < 0 || first > last) return;
  /* "Justice Department", "Justice Ministry": a title's word before an
   * organisation's head word alone names the organisation, no one */
  if (last + 2 == nw &&
      !strcmp(ws_source_word_type(words[last + 1], strlen(words[last + 1])), "organization"))
    return;
  size_t rl = (size_t)(words[last + 1] - words[first]);
  while (rl && words[first][rl - 1] == ' ') rl--;
  *role = ws_arena_strndup(&d->arena, words[first], rl);
  *name = words[last + 1];
  /* "CEO of Prairie Broadband": the name after the connector, whose role
   * that is not; but "Secretary of State John Kerry": a department's
   * word after "of" belongs to the role */
  static const char *const conn[] = {"of ", "for ", "at ", NULL};
  for (int k = 0; conn[k]; k++) {
    if (strncmp(*name, conn[k], strlen(conn[k]))) continue;
    const char *rest = *name + strlen(conn[k]);
    for (int j = 0; dept[j]; j++)
      if (!strncmp(rest, dept[j], strlen(dept[j])) && strchr(rest + strlen(dept[j]), ' ')) {
        const char *nm = rest + strlen(dept[j]);
        size_t l = (size_t)(nm - words[first]) - 1;
        *role = ws_arena_strndup(&d->arena, words[first], l);
        *name = nm;
        return;
      }
    *name = rest;
    *role = NULL;
  }
}

/* Another person entity than `id` whose name ends with the surname of
 * `name`: the last made whose gender is `g`, else (when `any`) the last
 * with no gender; -1 when none. */
static int same_surname(const ws_doc *d, int id, const char *name, char g, int any) {
  const char *lw = last_word(name);
  size_t ll = strlen(lw);
  int none = -1;
  for (size_t i = d->nents; i-- > 0;) {
    const ws_entity_rec *e = &d->ents[i];
    if ((int)i == id || (strcmp(e->pub.type, "person") && strcmp(e->pub.type, "unknown"))) continue;
    const char *el = last_word(e->pub.name);
    if (strlen(el) != ll || memcmp(el, lw, ll)) continue;
    if (e->gender == g) return (int)i;
    if (!e->gender && none < 0) none = (int)i;
  }
  return any ? none : -1;
}

int ws_post_nominal(const char *w, size_t n) {
  static const char *const post[] = {"MP", "MSP", "MLA", "MPP", "MHA", "MNA", "MS", "TD", "MEP",
                                     "QC", "KC", "OBE", "MBE", "CBE", NULL};
  for (int k = 0; post[k]; k++)
    if (strlen(post[k]) == n && !memcmp(w, post[k], n)) return 1;
  return 0;
}

size_t ws_possessive_len(const char *t, size_t len) {
  if (len > 2 && t[len - 2] == '\'' && t[len - 1] == 's') return 2;
  if (len > 4 && !memcmp(t + len - 4, "\xE2\x80\x99s", 4)) return 4;
  return 0;
}

/* The abbreviated title word ("Sen.", "Gov.", "Rep.") that ends right
 * before byte b, with one space between, as text; NULL when none. */
static const char *title_before(ws_doc *d, size_t b) {
  if (b < 3 || d->text[b - 1] != ' ' || d->text[b - 2] != '.') return NULL;
  size_t a = b - 2;
  while (a > 0 && isalpha((unsigned char)d->text[a - 1])) a--;
  if (b - 1 - a < 3 || b - 1 - a > 5 || !isupper((unsigned char)d->text[a]) ||
      (a > 0 && !isspace((unsigned char)d->text[a - 1]) && d->text[a - 1] != '(' &&
       d->text[a - 1] != '"'))
    return NULL;
  char key[8];
  size_t k = ws_lex_norm(d->text + a, b - 1 - a, key, sizeof key);
  if (!ws_lex_get(&titles, key, k) || !strcmp(key, "mr.") || !strcmp(key, "mrs.") ||
      !strcmp(key, "ms.") || !strcmp(key, "dr."))
    return NULL;
  return ws_arena_strndup(&d->arena, d->text + a, b - 1 - a);
}

int ws_entities_cluster(ws_doc *d) {
  index_t ix = {{0}, {0}, {0}, {0}, {0}};
  int rc = -1;
  for (size_t i = 0; i < d->nments; i++) {
    ws_mention_rec *m = &d->ments[i];
    size_t len = m->b1 - m->b0;
    /* possessive: Clinton's -> Clinton */
    const char *t = d->text + m->b0;
    len -= ws_possessive_len(t, len);
    char *s = ws_arena_strndup(&d->arena, t, len);
    if (!s) goto done;
    for (char *p = s; *p; p++)
      if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
    const char *role, *name;
    split_role(d, s, &role, &name);
    if (!role && name == s) name += dept_after_title(d, m->b0, name);
    /* "Sen. Marco Rubio", "Gov. Chris Christie": the abbreviated title
     * right before the mention (no part of it) is the role */
    if (!role) role = title_before(d, m->b0);
    /* "Chief Executive Officer": titles all through, no one's name */
    if (role && !strchr(name, ' ') && ws_title_word(name, strlen(name))) continue;
    int id = find_entity(d, &ix, name, m->after_the);
    /* the gender this mention gives: its honorific, else a first name
     * before the surname ("Michelle Obama" after "Mr. Obama").  "Mrs.
     * Clinton" in an article about Bill and Hillary Clinton is the
     * Clinton of her gender.  Against one of the other gender, another
     * of that surname with no gender yet is the one; failing that, when
     * an honorific or a role gave the other gender, a new person of that
     * surname (a first name's gender is only a guess: "Lee Epstein" is
     * "Ms. Epstein") */
    char mg = m->gender;
    int split = 0; /* a new person of a known surname */
    const char *sp1 = strchr(name, ' ');
    if (!mg && sp1 && !strchr(sp1 + 1, ' ')) mg = ws_first_name_gender(name, (size_t)(sp1 - name));
    if (id >= 0 && mg && (is_type(d, id, "person") || is_type(d, id, "unknown")) &&
        d->ents[id].gender != mg) {
      const ws_entity_rec *f = &d->ents[id];
      int alt = same_surname(d, id, name, mg, f->gender != 0);
      if (alt >= 0) id = alt;
      else if (f->gender && f->gender_src >= WS_GENDER_ROLE && (!sp1 || strcmp(f->pub.name, name)))
        split = (id = same_surname(d, id, name, mg, 1)) < 0;
    }
    const ws_lex_entry *al = id < 0 ? ws_lex_get(&aliases, name, strlen(name)) : NULL;
    if (id < 0 && al) id = find_entity(d, &ix, al->a, 0);
    if (id < 0) {
      ws_entity_rec *v = ws_grow(d->ents, &d->capents, d->nents, sizeof *v, 16);
      if (!v) goto done;
      d->ents = v;
      ws_entity_rec *e = &d->ents[d->nents];
      memset(e, 0, sizeof *e);
      e->pub.name = al ? al->a : name;
      e->pub.type = al && *al->b ? al->b : split ? "person" : guess_type(name);
      id = (int)d->nents++;
      if (index_name(d, &ix, e->pub.name, id)) goto done;
      if (al && strcmp(al->a, name) && add_alias(d, e, name)) goto done;
    } else if (add_alias(d, &d->ents[id], name)) {
      goto done;
    }
    if (index_name(d, &ix, name, id)) goto done;
    ws_entity_rec *e = &d->ents[id];
    /* a fuller name may tell what an unknown one was (Trump -> Donald Trump) */
    if (!strcmp(e->pub.type, "unknown")) e->pub.type = guess_type(e->pub.name);
    /* a name that ends in a common noun of no person ("Affordable Care
     * Act", "Super Tuesday", "Boca West Country Club") and opens with no
     * first name is a person by its shape alone: ws_entities_resolve
     * takes that back when nothing else says person ("Mr. Gray" does;
     * "Tuesday" alone, taken for a surname of "Super Tuesday", does not) */
    if (!strcmp(e->pub.type, "person") && !(al && *al->b) && !split && m->thing && !role &&
        !m->gender && m->kind != 'p' && !strcmp(e->pub.name, name) && !first_word_named(name)) {
      const char *k = name_kind(name);
      if (!k || strcmp(k, "person")) e->thing = 1;
    }
    if (!strchr(name, ' ') && m->gender) e->alone = 1;
    if (m->gender && e->gender_src < WS_GENDER_HONORIFIC) {
      e->gender = m->gender;
      e->gender_src = WS_GENDER_HONORIFIC;
      /* an honorific or a kin word names a person ("her son, Wyatt,") */
      if (!strcmp(e->pub.type, "unknown")) e->pub.type = "person";
    }
    if (!e->gender && !strcmp(e->pub.type, "person")) {
      /* the first name's gender, mined from the training corpus: a
       * fallback the article's own words replace */
      const char *sp = strchr(e->pub.name, ' ');
      size_t fl = sp ? (size_t)(sp - e->pub.name) : strlen(e->pub.name);
      char g = ws_first_name_gender(e->pub.name, fl);
      if (g) e->gender = g, e->gender_src = WS_GENDER_FIRST_NAME;
    }
    if (!e->personal && !strcmp(e->pub.type, "person")) {
      const char *k = name_kind(e->pub.name);
      const char *sp = strchr(e->pub.name, ' ');
      e->personal = e->gender || role || (k && !strcmp(k, "person")) ||
                    (sp && ws_first_name_gender(e->pub.name, (size_t)(sp - e->pub.name)));
    }
    if (role && !e->pub.role) {
      e->pub.role = role;
      if (!strcmp(e->pub.type, "unknown")) e->pub.type = "person";
    }
    /* a person's first name before the surname ("Doug Ford", "Michael
     * Bloomberg") outweighs the name table's guess from the surname
     * ("Ford": a company), not the alias table's type */
    if ((!strcmp(e->pub.type, "organization") || !strcmp(e->pub.type, "place")) &&
        !(al && *al->b) && person_first(name))
      e->pub.type = "person";
    if (role && e->gender_src < WS_GENDER_ROLE && role_gender(role)) {
      e->gender = role_gender(role);
      e->gender_src = WS_GENDER_ROLE;
    }
    /* a descriptor before a mention ("the watchdog Transport Focus")
     * overrides a guess from the name's shape, not a type from the alias
     * table nor evidence of a person (a role, a first name, a gender) */
    if (m->kind == 'p' && !(al && *al->b) && strchr(e->pub.name, ' ') &&
        (!strcmp(e->pub.type, "place") || !strcmp(e->pub.type, "unknown"))) {
      e->pub.type = "person";
      e->personal = 1;
    }
    if (m->kind && m->kind != 'p' && !e->pub.role && !(al && *al->b) && !e->personal && !e->gender &&
        (!strcmp(e->pub.type, "person") || !strcmp(e->pub.type, "place") ||
         !strcmp(e->pub.type, "unknown")))
      e->pub.type = m->kind == 'm' ? "media" : "organization";
    if (add_mention(e, m)) goto done;
    m->entity = id;
  }
  rc = 0;
done:
  smap_free(&ix.name);
  smap_free(&ix.last);
  smap_free(&ix.inits);
  smap_free(&ix.first);
  smap_free(&ix.given);
  return rc;
}

const double *ws_coref_shipped_weights(void) { return coref_w; }

int ws_speaker_word_is(const char *s, const char *cls) {
  const ws_lex_entry *x = ws_lex_get(&speaker_words, s, strlen(s));
  return x && !strcmp(x->a, cls);
}

const char *ws_speaker_word_also(const char *s) {
  const ws_lex_entry *x = ws_lex_get(&speaker_words, s, strlen(s));
  return x ? x->b : "";
}

int ws_party_word(const char *w, size_t n) {
  char low[32];
  if (n >= sizeof low) return 0;
  ws_lex_norm(w, n, low, sizeof low);
  return ws_speaker_word_is(low, "party");
}

size_t ws_doc_entity_count(const ws_doc *d) { return d->nents; }
const ws_entity *ws_doc_entity(const ws_doc *d, size_t i) {
  return i < d->nents ? &d->ents[i].pub : NULL;
}
