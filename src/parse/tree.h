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
  ws_ptok *pt;
  int32_t *h1;
  ws_pscratch ps;
} ws_tree;

/* The end of the sentence of tk that starts at token s: the next token
 * that starts a sentence, at most WS_TREE_MAXSENT tokens on, or tk->n. */
size_t ws_tree_sentence_end(const ws_tokens *tk, size_t s);

/* What the parser sees of token v: its word, or `` and '' for an opening
 * and a closing quotation mark, as in the training parses. */
void ws_ptok_of(const char *text, const ws_token *v, ws_ptok *out);

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
