/* internal.h — the document model and helpers shared by the pipeline
 * stages.  Not installed: nothing here is public API. */
#ifndef WS_INTERNAL_H
#define WS_INTERNAL_H

#include "whosaid.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

/* ---- allocation (util/alloc.c) ---- */
/* The library allocates only through these.  A test may replace the
 * functions (all three, before any document or store exists; NULL restores
 * the C library's) to fail chosen allocations. */
typedef struct ws_allocator {
  void *(*malloc)(size_t n);
  void *(*realloc)(void *p, size_t n);
  void (*free)(void *p);
} ws_allocator;
void ws_set_allocator(const ws_allocator *a);
void *ws_malloc(size_t n);
void *ws_calloc(size_t n, size_t size);
void *ws_realloc(void *p, size_t n);
void ws_free(void *p);
char *ws_strdup(const char *s);
/* Room for element `n` of array `p` (elements of `size` bytes, capacity
 * *cap): `p` itself when n < *cap, else a larger copy (capacity doubled,
 * from `first`) with *cap updated; NULL when out of memory (`p` and *cap
 * unchanged). */
void *ws_grow(void *p, size_t *cap, size_t n, size_t size, size_t first);
/* Month and weekday names, lower case (util/calendar.c); the month
 * (1-12) of a Capitalised name or abbreviation ("March", "Sept"), else 0. */
extern const char *const ws_month_names[12], *const ws_month_abbrs[12];
extern const char *const ws_weekday_names[7];
int ws_month_capitalised(const char *w, size_t n);
/* The first of `n` sorted elements of `size` bytes for which `before`
 * (key, element) is false: a binary search that gives the insertion
 * point, as C++'s lower_bound. */
size_t ws_lower_bound(const void *base, size_t n, size_t size, const void *key,
                      int (*before)(const void *key, const void *elem));

/* A data file compiled in by the build (tools/embed.c, CMakeLists.txt's
 * WS_DATA list): its bytes and their count. */
#define WS_DATA(name)                                                                          \
  extern const unsigned char ws_data_##name[];                                                 \
  extern const size_t ws_data_##name##_len

/* Built-in data loaded once (util/once.c): the first caller runs `load`
 * while others wait; every caller gets its status, and `err` its message.
 * Declare as `static ws_once x = WS_ONCE_INIT;`. */
typedef struct ws_once {
  pthread_mutex_t mu;
  atomic_int done;
  ws_status status;
  char message[sizeof ((ws_error *)0)->message];
} ws_once;
#define WS_ONCE_INIT {PTHREAD_MUTEX_INITIALIZER, 0, WS_OK, {0}}
ws_status ws_once_run(ws_once *o, ws_status (*load)(ws_error *err), ws_error *err);
/* A load that ran out of memory: sets `err` to "WHAT: out of memory" and
 * returns WS_ERR_NOMEM (for the loads ws_once_run runs). */
ws_status ws_load_nomem(ws_error *err, const char *what);
/* WS_ERR_MODEL: a built-in weights file (data/FILE) lacks a number for
 * `name`; the build embedded a broken copy. */
ws_status ws_load_bad_weight(ws_error *err, const char *file, const char *name);
char *ws_strndup(const char *s, size_t n);
/* read/paths.c: s ends with suf; "DIR/" + n bytes of name + ext (NULL
 * when out of memory) */
int ws_ends_with(const char *s, const char *suf);
char *ws_path_join(const char *dir, const char *name, size_t n, const char *ext);

/* ---- arena (util/arena.c) ---- */
typedef struct ws_arena_chunk ws_arena_chunk;
typedef struct ws_arena {
  ws_arena_chunk *head;
  size_t used, cap;  /* of head */
} ws_arena;

void *ws_arena_alloc(ws_arena *a, size_t n);  /* zeroed, 16-aligned */
char *ws_arena_strndup(ws_arena *a, const char *s, size_t n);
void ws_arena_release(ws_arena *a);

/* ---- buffers (util/buf.c) ---- */
int ws_buf_reserve(ws_buf *b, size_t extra);
int ws_buf_put(ws_buf *b, const char *s, size_t n);
int ws_buf_puts(ws_buf *b, const char *s);
int ws_buf_printf(ws_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Append `s` as the inside of a JSON string (no quotes): escapes control
 * characters, replaces invalid UTF-8 by U+FFFD. */
int ws_buf_json_str(ws_buf *b, const char *s, size_t n);
/* Append ["," if comma] "name":"v" (n bytes of v, JSON-escaped), or
 * "name":null when v is NULL. */
int ws_buf_json_field_n(ws_buf *b, const char *name, const char *v, size_t n, int comma);
int ws_buf_json_field(ws_buf *b, const char *name, const char *v, int comma); /* strlen(v) */
/* An entity's name, type, role, gender and aliases as JSON object
 * fields, without braces (render/json.c; the store writes the same). */
int ws_json_entity_fields(ws_buf *b, const ws_entity *en);
/* Append a query-string value percent-encoded (letters, digits, - _ .
 * as they are). */
int ws_buf_url_arg(ws_buf *b, const char *s);
/* ws_render_html, with speakers linked to the server's speaker pages
 * (/speaker?name=...) when `links` is set (whosaid serve). */
ws_status ws_render_html_page(const ws_doc *doc, int links, ws_buf *out);
/* Append n bytes as HTML text, safe in element content and quoted
 * attribute values: & < > " ' escaped, invalid UTF-8, NUL and other
 * control characters (tab and newline aside) as U+FFFD. */
int ws_buf_html_str(ws_buf *b, const char *s, size_t n);
/* The same for a NUL-terminated string; NULL appends nothing. */
int ws_buf_html_puts(ws_buf *b, const char *s);

/* A whole file into `out` (a model file, say; `what` names it in
 * messages).  On failure `out` is freed and `err` says why. */
ws_status ws_read_file(const char *path, const char *what, ws_buf *out, ws_error *err);
/* A copy of n bytes placed so that byte `at` of it sits at a multiple of
 * `align` (a power of two): model tables whose rows must not straddle
 * cache lines.  *raw receives the allocation to ws_free; NULL when out of
 * memory. */
const char *ws_aligned_copy(const char *p, size_t n, size_t at, size_t align, void **raw);

void ws_set_error(ws_error *err, ws_status code, size_t line, size_t byte,
                  const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* ---- UTF-8 (util/utf8.c) ---- */
/* Decode one code point at s[0..n).  Sets *cp (U+FFFD for an invalid
 * byte) and returns the bytes consumed (>= 1 when n >= 1). */
size_t ws_utf8_next(const uint8_t *s, size_t n, int32_t *cp);
/* Code points in s[0..n), invalid bytes counting one each. */
size_t ws_utf8_count(const char *s, size_t n);

/* FNV-1a, the hash used for features and lexicons (stable on disk). */
static inline uint32_t ws_hash(const void *p, size_t n, uint32_t h) {
  const uint8_t *s = (const uint8_t *)p;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 16777619u;
  }
  return h;
}
#define WS_HASH_SEED 2166136261u

/* ---- tokens (tokenize/tokenize.c) ---- */
enum {
  WS_TK_WORD = 1,      /* letters/digits */
  WS_TK_PUNCT = 2,
  WS_TK_QUOTE = 3      /* a quotation mark */
};
enum {
  WS_TF_PARA = 1,       /* first token of a paragraph */
  WS_TF_SENT = 2,       /* first token of a sentence */
  WS_TF_INQ = 4,        /* inside a double-quoted passage (incl. marks) */
  WS_TF_QOPEN = 8,      /* an opening quotation mark */
  WS_TF_QCLOSE = 16,    /* a closing quotation mark */
  WS_TF_CAP = 32,       /* starts with an upper-case letter */
  WS_TF_SENT_END = 64,  /* last token of a sentence */
  WS_TF_CUELEX = 128,   /* word in the model's cue lexicon */
  WS_TF_SQ = 256,       /* a single quotation mark (not apostrophe) */
  WS_TF_CONT = 512,     /* opens a paragraph that continues the quotation
                           before it (attrib/link.c) */
  WS_TF_FURNITURE = 1024, /* in a line of page furniture ("READ MORE: ...") */
  WS_TF_STRONGCUE = 2048  /* a cue word that is a gold cue in >= 1/3 of its uses */
};
typedef struct ws_token {
  uint32_t b0, b1;    /* bytes [b0, b1) in the document text */
  uint32_t c0, c1;    /* code points */
  uint32_t norm;      /* hash of the lower-cased form */
  uint32_t suf;       /* hash of the last 3 characters, lower-cased */
  uint16_t flags;
  uint8_t kind;
  uint8_t shape;      /* 0 lower, 1 Capital, 2 UPPER, 3 digit, 4 mixed,
                         5 punct, 6 quote */
  uint8_t label;      /* tag (attrib/model.h) */
  uint8_t len;        /* code points, capped at 255 */
  uint8_t pos;        /* coarse part of speech from the tag lexicon */
  uint32_t lemma;     /* hash of the lemma, or norm when unknown */
  int16_t bel[3];     /* the tagger's belief that the token is source, cue,
                         content: best score of a labelling that says so
                         minus the best that does not, times WS_BEL_UNIT */
  uint16_t wclass;    /* WordNet sense classes from the model's word table
                         (WS_WCLASS_*; 0 unknown) */
} ws_token;
enum { WS_BEL_UNIT = 4 }; /* ws_token.bel counts quarters of a score unit */

typedef struct ws_tokens {
  ws_token *v;
  size_t n, cap;
} ws_tokens;

/* Tokenize text[from, to) (byte offsets; `cp_from` is the code-point
 * offset of `from`) and append to `out`.  Returns 0 or -1 on OOM. */
int ws_tokenize(const char *text, size_t from, size_t to, size_t cp_from,
                ws_tokens *out);
/* w[0, n) is a title word of data/titles.tsv ("Gov.", "Secretary"). */
int ws_title_word(const char *w, size_t n);
/* w[0, n) is a phrase of data/channels.tsv ("statement", "truth social"). */
int ws_channel_phrase(const char *w, size_t n);
/* A word token starting with a capital. */
int ws_is_cap_word(const ws_token *t);
/* A dash token: -, --, an en or em dash, a horizontal bar. */
int ws_dash_token(const char *text, const ws_token *t);
/* An opening quotation mark, double or single (UK style). */
int ws_opens_quote(const ws_token *t);
/* The n bytes at w open with a past participle of receiving and its
 * preposition ("obtained by ", "shared with "): who follows got the words
 * (speakers/resolve.c). */
int ws_received(const char *w, size_t n);
/* A one-byte punctuation token that is one of the characters of `set`. */
int ws_punct_in(const char *text, const ws_token *t, const char *set);
/* Lower-cased text holds a phrase of data/withheld-names.tsv that
 * withholds a name ("not to be named"); in a content (content != 0) only
 * those marked `both` count.  Loaded by ws_rules_ready. */
int ws_withholds_name(const char *low, int content);
/* Token t is the word w (lower case; ASCII case folded). */
int ws_word_is(const char *text, const ws_token *t, const char *w);
/* Token t is one of the words of the NULL-ended list w (as ws_word_is). */
int ws_word_in(const char *text, const ws_token *t, const char *const *w);
/* The n bytes at p are one of the words of the NULL-ended list w (lower
 * case; ASCII case folded). */
int ws_text_word_in(const char *p, size_t n, const char *const *w);
/* Token t is a month's name or abbreviation, capitalised ("March",
 * "Sept"), or a weekday's name, any case. */
int ws_month_or_weekday(const char *text, const ws_token *t);
/* The first token of `tk` starting at or after byte b (tk->n if none). */
size_t ws_tok_lower(const ws_tokens *tk, size_t b);
/* Hash of a lower-cased word, as stored in ws_token.norm. */
uint32_t ws_norm_hash(const char *s, size_t n);

/* ---- document ---- */
typedef struct ws_attr_rec {
  ws_attribution pub;
  /* byte spans parallel to pub.*.spans */
  const ws_span *src_b, *cue_b, *con_b;
  /* what the confidence is estimated from: the tagger's mean belief
   * (ws_token.bel, in score units) over the source, cue and content tokens
   * the record was made from, and whether the tagger's labels made it
   * (rather than a rule) */
  float bel[3];
  uint8_t tagged;
  /* for a relative-word source ("voters who"), the noun phrase it hangs
   * on, bytes [rel_b0, rel_b1) (equal when none): the speaker when no
   * name is */
  uint32_t rel_b0, rel_b1;
  /* for a relative word joined by "and" or "but" to an earlier one in its
   * sentence ("Gregory Slayton, whom Bush appointed, and who"), the byte
   * where that earlier one starts: the two share their antecedent; 0 when
   * none */
  uint32_t rel_at;
  /* the source's first token is inside a quotation (WS_TF_INQ) */
  uint8_t src_inq;
} ws_attr_rec;

typedef struct ws_frame_rec {
  ws_frame_item pub;
  const ws_span *bspans;
} ws_frame_rec;

typedef struct ws_frames {
  ws_frame_rec *v;
  size_t n, cap;
} ws_frames;

typedef struct ws_mention_rec {
  size_t b0, b1, c0, c1;  /* name without a leading "the" */
  size_t sent, para;      /* document-wide numbers */
  int entity;
  uint8_t after_the, sent_initial, in_quote;
  uint8_t oblique;        /* after a preposition or a possessive: "with
                             Kane", "Kane's aide" */
  char gender;            /* 'm', 'f' from an honorific before it, or 0 */
  uint8_t subject;        /* a finite verb follows: "Obama made" */
  uint8_t para_initial;   /* opens its paragraph */
  uint8_t kind;           /* 'o' or 'm' when a common noun before it says
                             organisation or media ("the watchdog X"),
                             'p' when a person's word or a title does
                             ("officer Madison Sharpe") */
  uint8_t thing;          /* its last word is a common noun for no person
                             (WordNet; "Act", "Day", "Club", "War") */
  size_t desc_b0, desc_b1; /* how the article describes the person here,
                             ending in a person's noun: "Republican
                             presidential candidate" right before the
                             name, "retired neurosurgeon" in ", the
                             retired neurosurgeon," right after it; both
                             0 when it does not */
} ws_mention_rec;

typedef struct ws_entity_rec {
  ws_entity pub;
  char gender;            /* 'm', 'f' or 0 */
  uint8_t gender_src;     /* what gave it: WS_GENDER_* */
  uint8_t personal;       /* evidence it is a person: a known first name,
                             a person-like word, an honorific or a title */
  uint8_t thing;          /* typed person by its shape only, and its name
                             ends in a common noun of no person */
  uint8_t alone;          /* some mention is one word after an honorific
                             ("Mr. Gray") */
  const char **aliases;
  size_t cap_aliases;
  ws_span *mentions;
  size_t cap_mentions;
} ws_entity_rec;

/* Evidence for a person's gender, weakest first: the article's own words
 * (honorifics, gendered roles, pronouns that refer to the person) outrank
 * a first-name list. */
enum { WS_GENDER_NONE, WS_GENDER_FIRST_NAME, WS_GENDER_PRONOUN, WS_GENDER_ROLE, WS_GENDER_HONORIFIC };

typedef struct ws_time_rec {
  ws_time pub;
  const ws_span *bspans;
} ws_time_rec;

/* outlet profiles (framing/profiles.c, render/profile.c) */
typedef struct ws_outlet_profile {
  char *outlet;
  size_t docs;
  ws_profile p;
} ws_outlet_profile;
struct ws_profiles {
  ws_outlet_profile *v;
  size_t n, cap;
};

struct ws_doc {
  ws_arena arena;
  char *text;          /* owned copy, NUL-terminated */
  size_t len;
  size_t body;         /* byte offset of the text after any header */
  size_t body_cp;
  char *id, *title, *date, *outlet, *url;
  ws_attr_rec *attrs;
  size_t nattrs, capattrs;
  ws_frames loaded, scare, partial;
  ws_mention_rec *ments;
  size_t nments, capments;
  ws_entity_rec *ents;
  size_t nents, capents;
  ws_time_rec *times;
  size_t ntimes, captimes;
  size_t sent_base, para_base;  /* sentences, paragraphs before this block */
  int ctx_year, ctx_month;      /* the year and month the text last named */
  struct ws_store_prep *prep;   /* store/store.c, made by ws_store_prepare */
  /* tools/coref-dump.c: sees every he/she source's candidates */
  const struct ws_coref_hook *coref_hook;
  /* tools/edges-dump.c: sees every content's candidate edges */
  const struct ws_edges_hook *edges_hook;
  int analyzed;
  int boilerplate;              /* a heading ended the news ("Forward-
                                   looking statements"): the rest is
                                   furniture (attrib/link.c) */
  double min_conf;              /* ws_doc_set_min_confidence */
  char warning[120];            /* input set aside (ws_doc_warning) */
};

/* A calendar date YYYY-MM-DD, alone or opening an ISO timestamp. */
int ws_date_valid(const char *s, size_t n);
/* Year y (1..9999), month m and day d make a day of the Gregorian calendar. */
static inline int ws_ymd_valid(int y, int m, int d) {
  static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= dim[m - 1] + (m == 2 && leap);
}

/* Append a record; returns NULL on OOM.  The record is zeroed. */
ws_attr_rec *ws_doc_push_attr(ws_doc *d);
/* Remove the records i >= first with dead[i - first] set, keeping the
 * order of the others; their parents that pointed at a kept record point
 * at its new place, those that pointed at a removed one become -1.
 * Records before `first` are left alone (in the pipeline they are earlier
 * blocks', which never name a later record).  Returns -1 on OOM (nothing
 * removed). */
int ws_doc_sweep(ws_doc *d, size_t first, const uint8_t *dead);
/* Which predicted attributions (brat events of `pred`, in order) match a
 * gold one with overlap, as ws_eval_add counts linked ones (one with no
 * cue, which never counts: when its content and source overlap a gold
 * attribution's): linked[i] is 1 or 0 for the first n_linked. */
ws_status ws_eval_mark(const char *text, size_t text_len, const char *gold, size_t gold_len,
                       const char *pred, size_t pred_len, uint8_t *linked, size_t n_linked,
                       ws_error *err);

/* Fill a part from n byte spans and their code-point twins (sorted);
 * copies both into the arena and joins the texts with a space. */
int ws_part_set(ws_doc *d, ws_part *p, const ws_span **bspans_out,
                const ws_span *bspans, const ws_span *cspans, size_t n);

/* ---- brat (read/brat.c) ---- */
typedef struct ws_bann {
  char type;          /* 'S' source, 'C' cue, 'T' content, 0 other */
  int id;             /* T number */
  ws_span *sp;
  size_t nsp;
} ws_bann;
typedef struct ws_battr {
  int src, cue, con;  /* indexes into anns, -1 when absent */
} ws_battr;
typedef struct ws_brat {
  ws_arena arena;
  ws_bann *anns;
  size_t nanns;
  ws_battr *attrs;
  size_t nattrs;
} ws_brat;
/* Parse brat standoff.  Unknown line kinds are ignored; malformed T or E
 * lines are errors with their line number. */
ws_status ws_brat_parse(ws_brat *b, const char *s, size_t n, ws_error *err);
void ws_brat_release(ws_brat *b);

#endif
