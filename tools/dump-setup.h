/* dump-setup.h — what the corpus dump tools (confidence-dump.c,
 * edges-dump.c) share: their options (--model MODEL [--parser PARSER]
 * --gold GOLD_DIR --text TEXT_DIR), the model and parser they load and
 * the gold and text pairs they walk. */
#ifndef WS_DUMP_SETUP_H
#define WS_DUMP_SETUP_H
#include "internal.h"
#include "attrib/model.h"
#include "parse/parse.h"

#include <stdio.h>
#include <string.h>

typedef struct dump_setup {
  const char *tool;
  const ws_model *model; /* the built-in one or `own` */
  ws_model *own;
  ws_parser *own_parser;
  ws_gold_pair *pairs;
  size_t n;
} dump_setup;

static int dump_fail(const dump_setup *s, const char *what, const char *why) {
  fprintf(stderr, "%s: %s: %s\n", s->tool, what, why);
  return 1;
}

/* Read the options and load what they name: 0, or 1 after saying why. */
static int dump_start(dump_setup *s, int argc, char **argv) {
  const char *model = NULL, *gold = NULL, *text = NULL, *parser = NULL;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--model")) model = argv[i + 1];
    else if (!strcmp(argv[i], "--parser")) parser = argv[i + 1];
    else if (!strcmp(argv[i], "--gold")) gold = argv[i + 1];
    else if (!strcmp(argv[i], "--text")) text = argv[i + 1];
    else return dump_fail(s, argv[i], "unknown option");
  }
  if (!gold || !text || argc % 2 == 0)
    return dump_fail(s, "usage", "[--model MODEL [--parser PARSER]] --gold GOLD_DIR --text TEXT_DIR");
  if (parser && !model)
    return dump_fail(s, "--parser", "needs --model (the built-in model parses with the built-in parser)");
  ws_error err = {0};
  s->model = ws_model_default();
  if (model && !(s->model = s->own = ws_model_load(model, &err))) return dump_fail(s, model, err.message);
  /* the parser the model was trained with, not the one this build embeds */
  if (parser && !(s->own->parser = s->own_parser = ws_parser_load(parser, &err))) {
    ws_model_free(s->own);
    return dump_fail(s, parser, err.message);
  }
  if (!(s->pairs = ws_gold_pairs(gold, text, &s->n, &err))) {
    ws_model_free(s->own);
    ws_parser_free(s->own_parser);
    return dump_fail(s, gold, err.message);
  }
  return 0;
}

static void dump_end(dump_setup *s) {
  ws_gold_pairs_free(s->pairs, s->n);
  ws_model_free(s->own);
  ws_parser_free(s->own_parser);
}
#endif
