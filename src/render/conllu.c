/* conllu.c — the document's sentences as dependency trees in CoNLL-U, for
 * users who want whosaid as a fast parser.  The one renderer that computes:
 * trees are not part of the document model (the analysis parses only the
 * sentences that attribution needs), so this parses every sentence of the
 * body with the built-in parser, labelling every arc.
 *
 * Columns: ID, FORM, LEMMA (_), UPOS (_), XPOS (Penn tag), FEATS (_), HEAD,
 * DEPREL, DEPS (_), MISC (Offset=START-END in code points of the text as
 * read, header included, as the JSON spans).  Comments: # newdoc id, and
 * # sent_id and # text per sentence.  A sentence longer than
 * WS_TREE_MAXSENT tokens is cut into pieces, each its own sentence. */
#include "../internal.h"
#include "../parse/tree.h"
#include "../tokenize/tokenize.h"

/* text[b0, b1) on one line: line breaks become spaces */
static int one_line(ws_buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i];
    if (ws_buf_put(b, &c, 1)) return -1;
  }
  return 0;
}

ws_status ws_render_conllu(const ws_doc *doc, ws_buf *out) {
  const ws_parser *p = ws_parser_default();
  if (!p) return WS_ERR_MODEL;
  ws_tokens tk = {0};
  ws_psent *sp = ws_calloc(1, sizeof *sp);
  uint8_t *tags = NULL, *labels = NULL;
  int32_t *heads = NULL;
  ws_status st = WS_ERR_NOMEM;
  if (ws_tokenize(doc->text, doc->body, doc->len, doc->body_cp, &tk)) goto done;
  ws_mark_structure(doc->text, &tk);
  size_t n = tk.n;
  tags = ws_malloc(n + 1);
  labels = ws_malloc(n + 1);
  heads = ws_malloc((n + 1) * sizeof *heads);
  if (!sp || !tags || !labels || !heads) goto done;
  const char *id = doc->id ? doc->id : "_";
  if (ws_buf_puts(out, "# newdoc id = ") || one_line(out, id, strlen(id)) ||
      ws_buf_puts(out, "\n"))
    goto done;
  size_t sid = 0;
  for (size_t s = 0; s < n;) {
    size_t e = ws_tree_sentence_end(&tk, s);
    if (ws_parse_tokens(sp, p, WS_PWORDS_PTB, doc->text, tk.v + s, e - s, NULL, tags + s,
                        heads + s, labels + s))
      goto done;
    if (ws_buf_printf(out, "# sent_id = %zu\n# text = ", ++sid) ||
        one_line(out, doc->text + tk.v[s].b0, tk.v[e - 1].b1 - tk.v[s].b0) ||
        ws_buf_puts(out, "\n"))
      goto done;
    for (size_t i = s; i < e; i++) {
      const ws_token *v = &tk.v[i];
      if (ws_buf_printf(out, "%zu\t", i - s + 1) || one_line(out, doc->text + v->b0, v->b1 - v->b0) ||
          ws_buf_printf(out, "\t_\t_\t%s\t_\t%d\t%s\t_\tOffset=%u-%u\n", p->tag[tags[i]],
                        (int)heads[i], p->label[labels[i]], v->c0, v->c1))
        goto done;
    }
    if (ws_buf_puts(out, "\n")) goto done;
    s = e;
  }
  st = WS_OK;
done:
  ws_free(tk.v);
  ws_psent_free(sp);
  ws_free(tags);
  ws_free(labels);
  ws_free(heads);
  return st;
}
