/* analyze.c — the driver: ws_analyze runs the stages over a document,
 * block by block so memory stays bounded however long a document is:
 * read -> tokenize -> cues and quotes (tagger, links, rules) -> cue
 * classes -> speakers -> framing -> entities -> times, then the
 * document-wide steps.  Each stage reads the document model (doc.c) and
 * writes its own results; none calls back here. */
#include "internal.h"
#include "attrib/tagger.h"
#include "attrib/confidence.h"
#include "tokenize/tokenize.h"
#include "framing/cues.h"
#include "framing/framing.h"
#include "speakers/speakers.h"
#include "speakers/mentions.h"
#include "times/times.h"
#include "attrib/edges.h"

/* Blocks: whole paragraphs up to ~32 KiB; a paragraph longer than 256 KiB
 * is cut at a space (or anywhere, for text without spaces). */
#define BLOCK_SOFT (32u << 10)
#define BLOCK_HARD (256u << 10)

static size_t block_end(const char *t, size_t from, size_t n) {
  size_t i = from, para_start = from;
  while (i < n) {
    /* look no further than the hard limit: scanning a long line to its
     * end for every block would be quadratic */
    size_t lim = para_start + BLOCK_HARD + 1 - i;
    if (lim > n - i) lim = n - i;
    const char *nl = memchr(t + i, '\n', lim);
    size_t e = nl ? (size_t)(nl - t) + 1 : i + lim;
    if (e - para_start > BLOCK_HARD) {
      size_t cut = para_start + BLOCK_HARD;
      size_t k = cut;
      while (k > para_start + BLOCK_HARD / 2 && t[k] != ' ') k--;
      if (t[k] == ' ') return k + 1;
      /* no space: cut before a UTF-8 continuation byte never */
      while (cut > para_start && ((unsigned char)t[cut] & 0xC0) == 0x80) cut--;
      return cut > from ? cut : para_start + BLOCK_HARD;
    }
    i = e;
    para_start = e;
    if (i - from >= BLOCK_SOFT) return i;
  }
  return n;
}

/* Every stage's built-in data, loaded once: a failure is reported with
 * its cause, before any stage runs; after this a stage fails only when
 * memory runs out. */
static ws_status data_ready(ws_error *err) {
  ws_status st = ws_link_ready(err);
  if (st == WS_OK) st = ws_rules_ready(err);
  if (st == WS_OK) st = ws_cues_ready(err);
  if (st == WS_OK) st = ws_source_words_ready(err);
  if (st == WS_OK) st = ws_entities_ready(err);
  if (st == WS_OK) st = ws_framing_ready(err);
  if (st == WS_OK) st = ws_confidence_ready(err);
  if (st == WS_OK) st = ws_edges_ready(err);
  return st;
}

ws_status ws_analyze(ws_doc *d, const ws_model *m, ws_error *err) {
  if (!d || !m) {
    ws_set_error(err, WS_ERR_ARG, 0, 0, "no document or no model");
    return WS_ERR_ARG;
  }
  if (d->analyzed) {
    ws_set_error(err, WS_ERR_ARG, 0, 0, "document already analysed");
    return WS_ERR_ARG;
  }
  ws_status ready = data_ready(err);
  if (ready != WS_OK) return ready;
  d->analyzed = 1;
  ws_tokens tk = {0};
  ws_tag_scratch s = {0};
  ws_block blk = {0};
  ws_status st = WS_OK;
  size_t pos = d->body, cp = d->body_cp;
  while (pos < d->len) {
    size_t end = block_end(d->text, pos, d->len);
    tk.n = 0;
    size_t first = d->nattrs;
    if (ws_tokenize(d->text, pos, end, cp, &tk) ||
        (ws_mark_structure(d->text, &tk), ws_mark_datelines(d->text, &tk), ws_tag(m, d->text, &tk, &s)) ||
        ws_link(d, &tk) ||
        ws_edges(d, &tk, (m->flags & WS_MODEL_PARSE) ? &s.tree : NULL, first) || ws_rules(d, &tk, first) || ws_infer_quotes(d, &tk, first) || ws_cues_classify(d, first) || ws_drop_unreported(d, first) ||
        ws_speakers_resolve(d, &tk, first) || ws_confidence(d, first) || ws_block_scan(&blk, d->text, &tk, pos == d->body) ||
        ws_framing_block(d, &tk, &blk, first) || ws_entities_block(d, &tk, &blk, first) ||
        ws_times_block(d, &tk)) {
      st = WS_ERR_NOMEM;
      break;
    }
    cp += ws_utf8_count(d->text + pos, end - pos);
    pos = end;
  }
  ws_free(tk.v);
  ws_tag_scratch_free(&s);
  ws_block_free(&blk);
  if (st == WS_OK && ws_entities_resolve(d)) st = WS_ERR_NOMEM;
  if (st == WS_OK) ws_framing_second_hand(d);
  if (st != WS_OK) ws_set_error(err, st, 0, pos, "out of memory analysing document");
  return st;
}
