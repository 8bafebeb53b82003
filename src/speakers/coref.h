/* coref.h — the pronoun ranker's features, weights and training hook
 * (speakers/entities.c; tools/coref-dump.c and the unit tests use it). */
#ifndef WS_COREF_H
#define WS_COREF_H
#include "../internal.h"

/* Pronoun resolution ranks candidate antecedents by weighted features
 * (speakers/entities.c, weights in data/coref-weights.tsv).  A hook sees
 * each he/she source's candidates with their features, for training. */
enum {
  WS_CF_D0, WS_CF_D1, WS_CF_D2, WS_CF_D3, WS_CF_D45, WS_CF_D68, /* sentences back */
  WS_CF_RANK1, WS_CF_RANK2, WS_CF_RANK3,   /* recency rank among candidate entities */
  WS_CF_GENDER_MATCH, WS_CF_GENDER_UNKNOWN, WS_CF_PERSONAL, WS_CF_UNKNOWN_TYPE,
  WS_CF_UNKNOWN_WEAK,                      /* unknown type, neither initial nor a speaker */
  WS_CF_IN_CONTENT, WS_CF_SAL1, WS_CF_SAL23, WS_CF_SAL47, WS_CF_SAL8,
  WS_CF_SENT_INITIAL, WS_CF_OBLIQUE, WS_CF_IN_QUOTE, WS_CF_SRC_RECENT, WS_CF_SRC_OLD,
  WS_CF_LAST_SPEAKER, WS_CF_SAME_PARA,
  WS_CF_LOCAL2, WS_CF_LOCAL3,              /* mentions in the window: 2, 3 or more */
  WS_CF_QUOTE_LAST_SPEAKER,                /* a direct quote, and the last speaker */
  WS_CF_INITIAL_SUBJECT,                   /* "He said" opening a sentence, and a subject */
  WS_CF_SUBJECT, WS_CF_PARA_INITIAL, WS_CF_PARA_LAST_SPEAKER,
  WS_CF_IN_OTHER_CONTENT,                  /* named in what another source said */
  WS_CF_HAS_ROLE, WS_CF_SPOKE2, WS_CF_SPOKE4, /* a title; has spoken 2+, 4+ times */
  WS_CF_N
};
extern const char *const ws_coref_feature_names[WS_CF_N];
/* Weights in data/coref-weights.tsv's format into w: 0; i + 1 when
 * feature i has no number (ws_lex_weights); -1 out of memory. */
int ws_coref_parse_weights(const char *tsv, size_t len, double w[WS_CF_N]);
/* What a tool (training, tests) sets on a document before analysis: its
 * own weights instead of the shipped ones, and a function that sees each
 * he/she source's candidates.  Either may be NULL. */
typedef struct ws_coref_hook {
  void *ctx;
  /* n candidates (entity ids, one row of WS_CF_N features each) */
  void (*fn)(void *ctx, const ws_doc *d, size_t src_c0, size_t src_c1, size_t n,
             const int *entity, const float (*feat)[WS_CF_N]);
  const double *weights; /* WS_CF_N of them */
} ws_coref_hook;

#endif
