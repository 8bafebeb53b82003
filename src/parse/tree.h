/* tree.h — the dependency parse of a block of whosaid tokens: each
 * sentence tagged and parsed by the parser (parse.h), the result kept per
 * token of the block, for the attribution tagger's features. */
#ifndef WS_TREE_H
#define WS_TREE_H
#include "parse.h"

/* Sentences longer than this are parsed in pieces of this many tokens. */
#define WS_TREE_MAXSENT 128

/* Labels the attribution features ask about, as bits of ws_tree.kids. */
enum {
  WS_DEP_NSUBJ = 1, WS_DEP_NSUBJPASS = 2, WS_DEP_CCOMP = 4, WS_DEP_DOBJ = 8,
  WS_DEP_XCOMP = 16, WS_DEP_MARK = 32, WS_DEP_NMOD = 64, WS_DEP_OTHER = 128
};

/* The words the parser reads in a sentence of whosaid tokens.
 * WS_PWORDS_PTB: as its training data (CoreNLP's Penn Treebank style)
 * writes them: "Trump's", "don't" and "cannot" are two words each
 * ("Trump" "'s", "do" "n't", "can" "not"); a period that ends no sentence
 * stays on its word ("Mr.", "U.S."); quotation marks, apostrophes, dashes,
 * ellipses and currency signs read as the trainer reads CoreNLP's ('"'
 * for `` and '', "'" for "’", "--" for "—", "..." for "…", "$" for "£").
 * WS_PWORDS_TOKENS: one word per token, as they are, quotation marks as
 * `` and '' (forms the training data never shows the parser).  The
 * attribution tagger's features were learnt from trees made that way, so
 * ws_tree_parse keeps them until the tagger is retrained (README, session
 * 43, measures the retraining); `--format conllu` reads PTB words. */
typedef enum { WS_PWORDS_TOKENS, WS_PWORDS_PTB } ws_pwords;

/* Scratch for ws_parse_tokens, reused across sentences. */
typedef struct ws_psent {
  ws_ptok pt[2 * WS_TREE_MAXSENT];
  int32_t own[2 * WS_TREE_MAXSENT];  /* the token each word comes from */
  int32_t word[WS_TREE_MAXSENT];     /* each token's (first) word; -1: a
                                        period merged into the word before */
  int32_t head[2 * WS_TREE_MAXSENT];
  uint8_t tag[2 * WS_TREE_MAXSENT], lab[2 * WS_TREE_MAXSENT], want[2 * WS_TREE_MAXSENT];
  const ws_parser *of; /* the parser dot and punct were looked up in */
  int dot, punct;      /* tag index of ".", label index of "punct" */
  ws_pscratch ps;
} ws_psent;

/* Tag, parse and label tokens v[0..m) (one sentence, m <=
 * WS_TREE_MAXSENT) read as `words`; the results come back
 * per token, as ws_parse_sentence gives them: tag[i], head[i] (0 for the
 * root, j + 1 for token j), lab[i] (with `want`, per token, only arcs
 * from a token with want set are labelled; the others get WS_NOLABEL).
 * 0, or -1 when out of memory. */
int ws_parse_tokens(ws_psent *sp, const ws_parser *p, ws_pwords words, const char *text,
                    const ws_token *v, size_t m, const uint8_t *want, uint8_t *tag, int32_t *head,
                    uint8_t *lab);
void ws_psent_free(ws_psent *sp);

typedef struct ws_tree {
  int32_t *head;  /* token index of the head in the block, -1 for a root */
  uint8_t *tag;   /* tag index + 1 (0: not parsed) */
  uint8_t *lab;   /* label index + 1 for an arc from a cue word; 64 + 2 *
                     tag + side for other arcs; 0: not parsed */
  uint8_t *kids;  /* WS_DEP_* bits of the labels of its children */
  uint8_t *want;  /* scratch: label the arcs this token heads */
  int32_t *lo, *hi; /* the token's subtree covers tokens [lo, hi] */
  uint8_t labbit[WS_PLABELS]; /* WS_DEP_* bit of each label index */
  uint8_t tagcls[WS_PTAGS];   /* 1 nominal, 2 verb, 3 preposition, 0 other */
  const ws_parser *labels_of; /* the parser labbit was made for */
  size_t cap;
  int32_t *h1;
  ws_psent *sp;
} ws_tree;

/* The end of the sentence of tk that starts at token s: the next token
 * that starts a sentence, at most WS_TREE_MAXSENT tokens on, or tk->n. */
size_t ws_tree_sentence_end(const ws_tokens *tk, size_t s);

/* Parse the sentences of tk (they start at WS_TF_SENT tokens) that hold a
 * strong cue word (WS_TF_STRONGCUE; ws_mark_lex sets it): tags and arcs,
 * labels only for the arcs of cue words (WS_TF_CUELEX), where attribution
 * reads them.  Quotation marks are read as `` and '' as in the training
 * parses.  0, or -1 when out of memory. */
int ws_tree_parse(ws_tree *t, const ws_parser *p, const char *text, const ws_tokens *tk);
void ws_tree_free(ws_tree *t);

/* The parser built into the library (data/parser.bin), or NULL when it is
 * missing or broken. */
const ws_parser *ws_parser_default(void);

#endif
