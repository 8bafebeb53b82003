/* tokenize.h — tokens, paragraphs, sentences and quoted passages. */
#ifndef WS_TOKENIZE_H
#define WS_TOKENIZE_H
#include "../internal.h"

/* Set WS_TF_SENT, WS_TF_SENT_END and WS_TF_INQ over tokens made by
 * ws_tokenize() from `text`. */
void ws_mark_structure(const char *text, ws_tokens *tk);
/* A dateline ("WASHINGTON (AP) —") ends a sentence of its own.  Run at
 * analysis after ws_mark_structure; the tagger's training data keeps
 * PolNeAR's segmentation (trained with it, the model scores the same on
 * the halves of train and lower on dev, see the README). */
void ws_mark_datelines(const char *text, ws_tokens *tk);
/* Token k sits where a plural's possessive apostrophe does: written on
 * to a word in -s, with a space and a word after it in the same
 * paragraph ("the nurses' pay"). */
int ws_after_plural(const char *text, const ws_tokens *tk, size_t k);
#endif
