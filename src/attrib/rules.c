/* rules.c — attributions the tagger cannot express.
 *
 * The tagger gives each token one label, as PolNeAR does, so it cannot
 * nest one attribution inside another ("NIP said X, according to the
 * Post") and it never saw social posts pasted into an article.  These
 * rules run over each block after linking:
 *  - "according to SOURCE" that the tagger left unlabelled becomes an
 *    attribution whose content is the rest of the sentence; attributions
 *    inside that content get it as their parent;
 *  - an embedded post, "BODY — Name (@handle) Month D, YYYY" closing a
 *    paragraph, becomes an attribution of BODY to the account;
 *  - a paragraph that is one quotation signed "— Name" (readers' comments,
 *    pull quotes) is an attribution to that name;
 *  - "According to X, CONTENT." takes the whole clause as its content;
 *  - a participial cue with no source (", calling for ...") takes the
 *    sentence's subject when the sentence opens with a name;
 *  - a cue with no source takes a name that ends the sentence after a
 *    quotation ('"...," added Chief Financial Officer Daniel Reyes.') or
 *    opens it before an adverb ("Northwind also announced");
 *  - an appositive source takes in a company-shaped name before it
 *    ("ACME Robotics, Inc. (NASDAQ: ACMR), a leading provider ...,");
 *  - "CLAUSE, organisers said." is the organisers' report of the clause;
 *  - "Ostrander believes the board will ...", found by nothing else, is
 *    Ostrander's belief. */
#include "tagger.h"
#include "../tokenize/tokenize.h"
#include "../framing/cues.h"
#include "../speakers/names.h"
#include "../speakers/speakers.h"
#include "../util/lexicon.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

static int word_is(const char *text, const ws_token *t, const char *w) {
  size_t n = strlen(w);
  return t->b1 - t->b0 == n && strncmp(text + t->b0, w, n) == 0;
}

static int ci_word_is(const ws_token *t, uint32_t h) { return t->norm == h; }




/* First record in [lo, hi) whose cue starts at or after byte b: records
 * made by the linker are in cue order. */
static int cue_before(const void *key, const void *elem) {
  return ((const ws_attr_rec *)elem)->cue_b[0].start < *(const size_t *)key;
}
static size_t rec_lower(const ws_doc *d, size_t lo, size_t hi, size_t b) {
  if (lo >= hi) return lo; /* (no records: d->attrs may be NULL) */
  return lo + ws_lower_bound(d->attrs + lo, hi - lo, sizeof *d->attrs, &b, cue_before);
}

static size_t sent_start(const ws_tokens *tk, size_t i) {
  while (i > 0 && !(tk->v[i].flags & WS_TF_SENT)) i--;
  return i;
}

/* A quotation mark among tokens [t0, t1) of tk. */
static int quote_between(const ws_tokens *tk, size_t t0, size_t t1) {
  for (size_t t = t0; t < t1 && t < tk->n; t++)
    if (tk->v[t].kind == WS_TK_QUOTE) return 1;
  return 0;
}

/* A quotation of five words or more among tokens [t0, t1) of tk, or a
 * mark that opens one running past t1. */
static int quotation_between(const ws_tokens *tk, size_t t0, size_t t1) {
  size_t run = 0;
  for (size_t t = t0; t < t1 && t < tk->n; t++) {
    const ws_token *x = &tk->v[t];
    if (x->kind == WS_TK_QUOTE) {
      if (x->flags & WS_TF_QOPEN) run = 0;
      continue;
    }
    run = (x->flags & WS_TF_INQ) ? run + (x->kind == WS_TK_WORD) : 0;
    if (run >= 5) return 1;
  }
  return run > 0 && t1 < tk->n && (tk->v[t1].flags & WS_TF_INQ);
}

/* The start of i's sentence when it is at most `limit` tokens back, else
 * SIZE_MAX: rules that look for a short subject stay linear on text with
 * no sentence ends. */
static size_t near_sent_start(const ws_tokens *tk, size_t i, size_t limit) {
  for (size_t k = 0; k <= limit; k++, i--) {
    if (tk->v[i].flags & WS_TF_SENT) return i;
    if (i == 0) return 0;
  }
  return SIZE_MAX;
}

/* Token f ends a sentence, or is its final mark: the name before it runs
 * to the end of the sentence. */
static int at_sentence_end(const char *text, const ws_tokens *tk, size_t f) {
  if (f >= tk->n || (tk->v[f].flags & WS_TF_SENT)) return 1;
  return (tk->v[f].flags & WS_TF_SENT_END) && ws_punct_in(text, &tk->v[f], ".!?,");
}

static size_t sent_last(const ws_tokens *tk, size_t i) {
  while (i + 1 < tk->n && !(tk->v[i].flags & WS_TF_SENT_END)) i++;
  return i;
}

/* drop a final . ! ? and closing marks after it are kept only when the
 * content opened a quotation */
static size_t trim_end(const char *text, const ws_tokens *tk, size_t from, size_t to) {
  while (to > from && ws_punct_in(text, &tk->v[to - 1], ".!?;:,")) to--;
  return to;
}

/* A new attribution's content ends at byte `cut` (code point cut_c):
 * contents of the linker's records [first, lend) whose cue lies in
 * [b0, cut) and that ran on over that end, no further than `stop`, stop
 * at it ("... on Monday, organisers said", "..., according to X"). */
static int stop_contents(ws_doc *d, size_t first, size_t lend, size_t b0, size_t cut, size_t cut_c,
                         size_t stop) {
  for (size_t k = rec_lower(d, first, lend, b0); k < lend && d->attrs[k].cue_b[0].start < cut; k++) {
    ws_attr_rec *in = &d->attrs[k];
    size_t nf = in->pub.content.nspans;
    for (size_t f = 0; f < nf && nf <= 64; f++) {
      const ws_span *bs = &in->con_b[f];
      if (bs->start < cut && bs->end > cut && bs->end <= stop) {
        ws_span b2[64], c2[64];
        memcpy(b2, in->con_b, nf * sizeof *b2);
        memcpy(c2, in->pub.content.spans, nf * sizeof *c2);
        b2[f].end = cut;
        c2[f].end = cut_c;
        if (ws_part_set(d, &in->pub.content, &in->con_b, b2, c2, f + 1)) return -1;
        break;
      }
    }
  }
  return 0;
}

/* The linker's records [first, lend) whose cue lies in bytes [b0, b1), the
 * content of record `self`, and that have no parent are relayed through
 * it. */
static void relay_through(ws_doc *d, size_t first, size_t lend, size_t b0, size_t b1, size_t self) {
  for (size_t k = rec_lower(d, first, lend, b0); k < lend && d->attrs[k].cue_b[0].start < b1; k++)
    if (d->attrs[k].pub.parent < 0) d->attrs[k].pub.parent = (int)self;
}

/* Some span of r's content overlaps bytes [b0, b1). */
static int content_overlaps(const ws_attr_rec *r, size_t b0, size_t b1) {
  for (size_t f = 0; f < r->pub.content.nspans; f++)
    if (r->con_b[f].start < b1 && r->con_b[f].end > b0) return 1;
  return 0;
}

/* Record r's content gives up its spans inside bytes [b0, b1) (where its
 * source is to be): 1 done (nothing there, or spans dropped), 0 not (a
 * span across an edge, or nothing left, or more than 64), -1 OOM. */
static int content_leave(ws_doc *d, ws_attr_rec *r, size_t b0, size_t b1) {
  size_t nf = r->pub.content.nspans, keep = 0;
  if (nf > 64) return 0;
  ws_span b2[64], c2[64];
  for (size_t f = 0; f < nf; f++)
    if (r->con_b[f].end <= b0 || r->con_b[f].start >= b1) {
      b2[keep] = r->con_b[f];
      c2[keep++] = r->pub.content.spans[f];
    } else if (r->con_b[f].start < b0 || r->con_b[f].end > b1) {
      return 0;
    }
  if (!keep) return 0;
  if (keep != nf && ws_part_set(d, &r->pub.content, &r->con_b, b2, c2, keep)) return -1;
  return 1;
}

/* Record r's content keeps only its spans [from, to) (at most 64). */
static int content_keep(ws_doc *d, ws_attr_rec *r, size_t from, size_t to) {
  ws_span b2[64], c2[64];
  if (to - from > 64) return 0;
  memcpy(b2, r->con_b + from, (to - from) * sizeof *b2);
  memcpy(c2, r->pub.content.spans + from, (to - from) * sizeof *c2);
  return ws_part_set(d, &r->pub.content, &r->con_b, b2, c2, to - from);
}

/* Record r's source is tokens [t0, t1). */
static int set_source(ws_doc *d, ws_attr_rec *r, const ws_tokens *tk, size_t t0, size_t t1) {
  const ws_token *v = tk->v;
  ws_span bs = {v[t0].b0, v[t1 - 1].b1}, cs = {v[t0].c0, v[t1 - 1].c1};
  if (ws_part_set(d, &r->pub.source, &r->src_b, &bs, &cs, 1)) return -1;
  r->pub.has_source = 1;
  return 0;
}

/* The first token of r's cue when it has one, at token `min` or later,
 * outside any quotation; else SIZE_MAX. */
static size_t cue_token(const ws_tokens *tk, const ws_attr_rec *r, size_t min) {
  if (!r->pub.cue.nspans) return SIZE_MAX;
  size_t c = ws_tok_lower(tk, r->cue_b[0].start);
  if (c >= tk->n || c < min || (tk->v[c].flags & WS_TF_INQ)) return SIZE_MAX;
  return c;
}

/* Move the start of span fs of part p (its byte spans *bs) to token
 * `from` and the end of span fe to `to` (either NULL: left as it is); a
 * part of more than 64 spans stays as it is. */
static int part_move(ws_doc *d, ws_part *p, const ws_span **bs, size_t fs, const ws_token *from,
                     size_t fe, const ws_token *to) {
  size_t nf = p->nspans;
  if (fs >= nf || fe >= nf || nf > 64) return 0;
  ws_span b2[64], c2[64];
  memcpy(b2, *bs, nf * sizeof *b2);
  memcpy(c2, p->spans, nf * sizeof *c2);
  if (from) b2[fs].start = from->b0, c2[fs].start = from->c0;
  if (to) b2[fe].end = to->b1, c2[fe].end = to->c1;
  return ws_part_set(d, p, bs, b2, c2, nf);
}

/* Record r's content: as part_move. */
int ws_content_move(ws_doc *d, ws_attr_rec *r, size_t fs, const ws_token *from, size_t fe,
                    const ws_token *to) {
  return part_move(d, &r->pub.content, &r->con_b, fs, from, fe, to);
}

/* Record r has no source: as a record made without one (no text, no
 * spans, no type), so that no reader of the public struct finds a
 * dropped source's text. */
static void drop_source(ws_attr_rec *r) {
  r->pub.has_source = 0;
  memset(&r->pub.source, 0, sizeof r->pub.source);
  r->pub.source_type = NULL;
  r->src_b = NULL;
}

/* Move the start of r's content span f to token `from` and its end to
 * token `to` (either may be NULL: that edge stays). */
static int content_move(ws_doc *d, ws_attr_rec *r, size_t f, const ws_token *from,
                        const ws_token *to) {
  return ws_content_move(d, r, f, from, f, to);
}

/* The edge between r's cue and the content after it moves: cue span fc
 * ends at token `cue_last`, content span f starts at token `con_first`
 * ("accused | of 'ignoring'" -> "accused of | 'ignoring'"). */
static int cue_content_edge(ws_doc *d, ws_attr_rec *r, size_t fc, const ws_token *cue_last,
                            size_t f, const ws_token *con_first) {
  return part_move(d, &r->pub.cue, &r->cue_b, fc, NULL, fc, cue_last) ||
         content_move(d, r, f, con_first, NULL);
}

static int according_to(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend) {
  const char *text = d->text;
  const uint32_t h_according = ws_norm_hash("according", 9), h_to = ws_norm_hash("to", 2);
  for (size_t i = 0; i + 2 < tk->n; i++) {
    const ws_token *t = &tk->v[i];
    if (!ci_word_is(t, h_according) || !ci_word_is(&tk->v[i + 1], h_to)) continue;
    /* Words the tagger labelled a cue are its own, unless its record's
     * cue ran on into the source ("according to court" | "documents"):
     * that one is rebuilt here; or they made no record (it had no
     * content) and no source of another holds the words after "to". */
    size_t over = SIZE_MAX;
    int labelled = t->label == WS_L_BC || t->label == WS_L_IC || tk->v[i + 1].label == WS_L_BC ||
                   tk->v[i + 1].label == WS_L_IC;
    int runs_on = t->label == WS_L_BC && tk->v[i + 1].label == WS_L_IC &&
                  tk->v[i + 2].label == WS_L_IC;
    int taken = 0;
    const size_t after = tk->v[i + 2].b0;
    for (size_t k = first; labelled && k < lend; k++) {
      const ws_attr_rec *r = &d->attrs[k];
      for (size_t s = 0; s < r->pub.source.nspans; s++)
        taken |= r->src_b[s].start <= after && after < r->src_b[s].end;
      if (!r->pub.cue.nspans || r->cue_b[0].start > t->b0 ||
          r->cue_b[r->pub.cue.nspans - 1].end <= t->b0)
        continue;
      taken = 1;
      if (runs_on && r->cue_b[0].start == t->b0) over = k;
      /* or made the words after "to" its content and took a source
       * elsewhere ("According to Environment Canada, temperatures ...":
       * source "temperatures", content "Environment Canada"; "The company
       * expects ..., according to a filing": source "The company", the
       * subject of the report before) */
      if (r->cue_b[0].start == t->b0 && r->pub.content.nspans == 1 && r->con_b[0].start == after)
        over = k;
    }
    if (taken && over == SIZE_MAX) continue;
    /* the source: words up to punctuation, a quote or the sentence end
     * (an ampersand or an abbreviation's stop inside: "Peters & Co.") */
    size_t s0 = i + 2, s1 = s0;
    while (s1 < tk->n && s1 - s0 < 20 &&
           (tk->v[s1].kind == WS_TK_WORD ||
            (s1 > s0 && s1 + 1 < tk->n && tk->v[s1 + 1].kind == WS_TK_WORD &&
             ws_punct_in(text, &tk->v[s1], "&")) ||
            (s1 > s0 && s1 + 1 < tk->n && !(tk->v[s1].flags & WS_TF_SENT_END) &&
             ws_punct_in(text, &tk->v[s1], ".") && tk->v[s1 - 1].b1 == tk->v[s1].b0 &&
             (tk->v[s1 + 1].kind == WS_TK_WORD || ws_punct_in(text, &tk->v[s1 + 1], ","))))) {
      s1++;
      if (tk->v[s1 - 1].flags & WS_TF_SENT_END) break;
    }
    /* a name, a determiner, a possessive, or a common noun phrase
     * ("according to police", "according to court documents", "federal
     * data"); not "according to plan" */
    int p0 = tk->v[s0].pos;
    if (s1 == s0 || !(tk->v[s0].flags & WS_TF_CAP || p0 == WS_POS_DT || p0 == WS_POS_PRPS ||
                      p0 == WS_POS_NN || p0 == WS_POS_NNS || p0 == WS_POS_NNP ||
                      p0 == WS_POS_JJ || p0 == WS_POS_CD) ||
        ws_word_is(text, &tk->v[s0], "plan") || ws_word_is(text, &tk->v[s0], "schedule") ||
        ws_word_is(text, &tk->v[s0], "script"))
      continue;
    /* "according to its executive director, Rob Lawson.": a description
     * and the name in apposition after it that ends the sentence */
    if (!(tk->v[s0].flags & WS_TF_CAP) && s1 + 3 < tk->n && ws_punct_in(text, &tk->v[s1], ",")) {
      size_t k = s1 + 1;
      while (k < tk->n && k - s1 <= 4 && ws_is_cap_word(&tk->v[k])) k++;
      if (k >= s1 + 3 && k < tk->n && ws_punct_in(text, &tk->v[k], ".") &&
          (tk->v[k].flags & WS_TF_SENT_END))
        s1 = k;
    }
    size_t ss = sent_start(tk, i), se = sent_last(tk, i) + 1;
    ws_trange con;
    if (i == ss) {
      /* According to X, CONTENT. */
      if (s1 >= se || !ws_punct_in(text, &tk->v[s1], ",")) continue;
      con = (ws_trange){s1 + 1, trim_end(text, tk, s1 + 1, se)};
    } else {
      size_t end = i;
      if (ws_punct_in(text, &tk->v[i - 1], ",")) end = i - 1;
      con = (ws_trange){ss, end};
      /* "Politico reported, according to sources in the meetings, Clinton
       * tried ...": after a report's "that" or its cue, what the source
       * vouches for is the clause after it */
      const ws_token *b = end > ss ? &tk->v[end - 1] : NULL;
      int lead = b && (ws_word_is(text, b, "that") || b->label == WS_L_BC || b->label == WS_L_IC ||
                       ((b->flags & WS_TF_CUELEX) && ws_pos_finite(b->pos) && end - ss <= 6));
      for (size_t t = ss; lead && t < end; t++) lead = tk->v[t].kind != WS_TK_QUOTE;
      if (lead && s1 + 2 < se && ws_punct_in(text, &tk->v[s1], ","))
        con = (ws_trange){s1 + 1, trim_end(text, tk, s1 + 1, se)};
    }
    if (con.t1 <= con.t0) continue;
    /* content that ran on over ", according to X" stops before it */
    if (stop_contents(d, first, lend, tk->v[ss].b0, tk->v[con.t1 - 1].b1, tk->v[con.t1 - 1].c1,
                      tk->v[s1 - 1].b1 + 1))
      return -1;
    ws_trange src = {s0, s1}, cue = {i, i + 2};
    size_t self = d->nattrs;
    if (!ws_attr_record(d, tk, &src, &cue, &con, 1)) return -1;
    if (over != SIZE_MAX) { /* in the place of the tagger's record */
      d->attrs[over] = d->attrs[self];
      d->nattrs--;
      self = over;
    }
    /* attributions whose cue lies in this content are relayed through it */
    relay_through(d, first, lend, tk->v[con.t0].b0, tk->v[con.t1 - 1].b1, self);
    /* and whose source ran on from this one's past its comma keep only
     * the subject after it ("According to the Associated Press, | 571 of
     * the 714 superdelegates supported"); one that stops inside it is
     * according_inside's */
    int comma = s1 + 2 < tk->n && ws_punct_in(text, &tk->v[s1], ",") && tk->v[s1 + 1].pos != WS_POS_WH;
    for (size_t k = first; comma && k < lend; k++) {
      ws_attr_rec *r = &d->attrs[k];
      if (k == self || !r->pub.has_source || !r->pub.cue.nspans ||
          r->cue_b[0].start < tk->v[con.t0].b0 || r->cue_b[0].start >= tk->v[con.t1 - 1].b1 ||
          r->src_b[0].start < tk->v[s0].b0 || r->src_b[0].start >= tk->v[s1 - 1].b1 ||
          r->src_b[r->pub.source.nspans - 1].end <= tk->v[s1 + 1].b0)
        continue;
      if (part_move(d, &r->pub.source, &r->src_b, 0, &tk->v[s1 + 1], 0, NULL)) return -1;
    }
    i = s1;
  }
  return 0;
}

static const char *const pp_words[] = {"in", "of", "at", "from", "for", "with", NULL};

/* The first and last byte a record covers, leaving out a source that
 * starts before byte `from` (one it shares with an earlier report). */
static void rec_extent(const ws_attr_rec *r, size_t from, size_t *lo, size_t *hi) {
  const ws_attribution *a = &r->pub;
  int src = a->has_source && r->src_b[0].start >= from;
  size_t l = SIZE_MAX, h = 0;
  const ws_span *parts[3] = {src ? r->src_b : NULL, r->cue_b, r->con_b};
  size_t ns[3] = {src ? a->source.nspans : 0, a->cue.nspans, a->content.nspans};
  for (int k = 0; k < 3; k++)
    for (size_t f = 0; f < ns[k]; f++) {
      if (parts[k][f].start < l) l = parts[k][f].start;
      if (parts[k][f].end > h) h = parts[k][f].end;
    }
  *lo = l;
  *hi = h;
}

/* "The rise will add about £96 a year, according to figures published
 * on Tuesday": a content before a closing "according to" starts with its
 * sentence (209 of 256 in PolNeAR train; the rest follow an opening
 * word or phrase, "But", "In fact,") when only words the tagger left
 * unlabelled stand between.  So does a content before a source and cue
 * that close the sentence after a comma ("The review will look at speed
 * limits, tank-car standards and ..., her office said in a statement."),
 * and there commas may stand between too (halves' content +0.05 and
 * +0.13, dev +0.05). */
static int according_leads(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const joins[] = {"and", "but", "or", "yet", "so", "still", NULL};
  const uint32_t h_according = ws_norm_hash("according", 9);
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.cue.nspans || r->pub.content.nspans != 1 || r->con_b[0].end > r->cue_b[0].start) continue;
    size_t i = ws_tok_lower(tk, r->cue_b[0].start), t0 = ws_tok_lower(tk, r->con_b[0].start);
    /* 1: "..., according to X"; 2: "..., SOURCE CUE ..." (or CUE
     * SOURCE) ending its sentence within ten tokens of the cue */
    int acc = i >= 2 && i < tk->n && ci_word_is(&v[i], h_according);
    if (!acc && i < tk->n && r->pub.has_source) {
      size_t ce = ws_tok_lower(tk, r->con_b[0].end);
      size_t lo = r->src_b[0].start < r->cue_b[0].start ? r->src_b[0].start : r->cue_b[0].start;
      if (ce + 1 < tk->n && ws_punct_in(d->text, &v[ce], ",") && v[ce + 1].b0 == lo &&
          !(v[ce].flags & WS_TF_INQ) && sent_last(tk, i) < i + 10 && !quote_between(tk, sent_start(tk, t0), ce))
        acc = 2;
    }
    if (!acc || (acc == 1 && (!ws_punct_in(d->text, &v[i - 1], ",") || v[i - 1].b0 < r->con_b[0].end)))
      continue;
    size_t ss = sent_start(tk, t0);
    if (ss >= t0 || ws_word_in(d->text, &v[ss], joins)) continue;
    int free = 1;
    for (size_t t = ss; t < t0 && free; t++)
      free = (v[t].kind == WS_TK_WORD || (acc == 2 && ws_punct_in(d->text, &v[t], ","))) &&
             v[t].label == WS_L_O;
    for (size_t o = first; o < d->nattrs && free; o++) {
      size_t lo, hi;
      rec_extent(&d->attrs[o], 0, &lo, &hi);
      free = o == k || hi <= v[ss].b0 || lo >= v[t0].b0;
    }
    if (free && content_move(d, r, 0, &v[ss], NULL)) return -1;
  }
  return 0;
}

/* "According to X, CONTENT." as the tagger found it: the content is the
 * whole clause after the comma that closes the source, to the end of the
 * sentence (PolNeAR's annotators mark it so); the tagger sometimes keeps
 * only a piece of it.  Only a content inside that clause is widened. */
static int according_content(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend) {
  const uint32_t h_according = ws_norm_hash("according", 9);
  for (size_t k = first; k < lend; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.has_source || !r->pub.cue.nspans || r->pub.content.nspans != 1) continue;
    size_t i = ws_tok_lower(tk, r->cue_b[0].start);
    if (i + 1 >= tk->n || tk->v[i].b0 != r->cue_b[0].start || !ci_word_is(&tk->v[i], h_according) ||
        !(tk->v[i].flags & WS_TF_SENT))
      continue;
    size_t c = ws_tok_lower(tk, r->src_b[r->pub.source.nspans - 1].end);
    size_t se = sent_last(tk, i) + 1;
    /* a source cut short of the comma ("analysts" | "at Peters & Co.,",
     * "data obtained by CBC News" | "through a freedom of information
     * request,") runs to it over a prepositional phrase */
    static const char *const more_pp[] = {"through", "by", "under", "on", NULL};
    size_t q = c, c_was = c;
    if (r->pub.source.nspans == 1 && q < se &&
        (ws_word_in(d->text, &tk->v[q], pp_words) || ws_word_in(d->text, &tk->v[q], more_pp)))
      while (q < se && q - c < 8 && !ws_punct_in(d->text, &tk->v[q], ",") &&
             ((tk->v[q].kind == WS_TK_WORD && !ws_pos_finite(tk->v[q].pos) &&
               (!(tk->v[q].flags & WS_TF_CUELEX) || tk->v[q].pos == WS_POS_NN ||
                tk->v[q].pos == WS_POS_NNS)) ||
              ws_punct_in(d->text, &tk->v[q], "&.")))
        q++;
    if (q > c && q < se && ws_punct_in(d->text, &tk->v[q], ",")) {
      size_t s0 = ws_tok_lower(tk, r->src_b[0].start);
      if (set_source(d, r, tk, s0, q)) return -1;
      c = q;
    }
    if (c >= se || !ws_punct_in(d->text, &tk->v[c], ",")) continue;
    ws_trange con = {c + 1, trim_end(d->text, tk, c + 1, se)};
    if (con.t1 <= con.t0) continue;
    size_t b0 = tk->v[con.t0].b0, b1 = tk->v[con.t1 - 1].b1;
    /* (a content that took the source's lost words starts after the comma) */
    size_t from = c_was < c ? tk->v[c_was].b0 : b0;
    if (r->con_b[0].start < from || r->con_b[0].end > b1) continue;
    ws_span bs = {b0, b1}, cs = {tk->v[con.t0].c0, tk->v[con.t1 - 1].c1};
    if (ws_part_set(d, &r->pub.content, &r->con_b, &bs, &cs, 1)) return -1;
  }
  return 0;
}

static int is_month(const char *text, const ws_token *t) {
  return ws_month_capitalised(text + t->b0, t->b1 - t->b0) != 0;
}

static int is_number(const char *text, const ws_token *t, size_t lo, size_t hi) {
  size_t n = t->b1 - t->b0;
  if (t->kind != WS_TK_WORD || n < lo || n > hi) return 0;
  for (size_t k = t->b0; k < t->b1; k++)
    if (text[k] < '0' || text[k] > '9') return 0;
  return 1;
}


/* Mark linker records [from, lend) whose cue starts in bytes [b0, b1). */
static void drop_inside(ws_doc *d, size_t from, size_t lend, size_t b0, size_t b1,
                        uint8_t *dead) {
  for (size_t i = rec_lower(d, from, lend, b0); i < lend && d->attrs[i].cue_b[0].start < b1; i++)
    dead[i - from] = 1;
}

static int capitalised_opening(const ws_token *v, size_t ss);
static int cue_taken(const ws_doc *d, size_t first, size_t b0, size_t b1);

/* "Republican lawmakers who backed the measure argued ... that it was
 * needed": the tagger may read the relative clause's verb as a cue of
 * its own, both records sourced "Republican lawmakers who".  Two linker
 * records with the same one-span source ending in "who" or "that", the
 * second's cue inside or right after the first's content: the first
 * goes, and the second's source runs on to its cue ("Republican
 * lawmakers who backed the measure"). */
static int relative_merges(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend, uint8_t *dead) {
  static const char *const rel[] = {"who", "that", NULL};
  const char *text = d->text;
  for (size_t i = first; i + 1 < lend; i++) {
    ws_attr_rec *a = &d->attrs[i];
    if (dead[i - first] || !a->pub.has_source || a->pub.source.nspans != 1 || !a->pub.cue.nspans ||
        a->pub.content.nspans != 1)
      continue;
    size_t s1 = ws_tok_lower(tk, a->src_b[0].end);
    if (s1 < 2 || s1 > tk->n || !ws_word_in(text, &tk->v[s1 - 1], rel) ||
        a->src_b[0].start >= tk->v[s1 - 1].b0) /* (a lone "who" is PolNeAR's source) */
      continue;
    for (size_t j = i + 1; j < lend && j < i + 4; j++) {
      ws_attr_rec *b = &d->attrs[j];
      if (dead[j - first] || !b->pub.has_source || b->pub.source.nspans != 1 ||
          b->src_b[0].start != a->src_b[0].start || b->src_b[0].end != a->src_b[0].end ||
          !b->pub.cue.nspans || b->cue_b[0].start < a->con_b[0].start ||
          b->cue_b[0].start > a->con_b[0].end + 1)
        continue;
      size_t c0 = ws_tok_lower(tk, b->cue_b[0].start), t0 = ws_tok_lower(tk, a->src_b[0].start);
      while (c0 > t0 + 1 && ws_punct_in(text, &tk->v[c0 - 1], ",")) c0--;
      if (c0 <= s1) continue;
      if (set_source(d, b, tk, t0, c0)) return -1;
      dead[i - first] = 1;
      break;
    }
  }
  return 0;
}

/* "Families of adults with learning disabilities have hit out at the
 * council", "Parents of children with special needs have criticised the
 * decision": a sentence that opens with a noun phrase of common nouns
 * joined by of/with/in/for/from/at/across (no comma, no verb in a tense;
 * an -ing word only after a preposition, "with learning disabilities"),
 * then a linker record's cue in a tense, is that phrase's report, where
 * the record has no source, one that stands after its content ("after it
 * confirmed", another clause's subject) or one cut short in the phrase.
 * A record whose cue the tagger found inside the phrase ("learning")
 * goes. */
static int is_be(const char *text, const ws_token *t);
static int phrase_subjects(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend, uint8_t *dead) {
  static const char *const preps[] = {"of", "with", "in", "for", "from", "at", "across", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < lend; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c = cue_token(tk, r, 2);
    if (dead[k - first] || c == SIZE_MAX || c + 1 >= tk->n || !r->pub.content.nspans) continue;
    int p = v[c].pos;
    /* (not a passive, whose subject PolNeAR keeps in the content: "The
     * challenge | is exemplified") */
    if (!(ws_pos_tensed(p) || p == WS_POS_MD) ||
        (is_be(text, &v[c]) && (v[c + 1].pos == WS_POS_VBN || v[c + 1].pos == WS_POS_VBD ||
                                (v[c + 1].b1 - v[c + 1].b0 > 3 && text[v[c + 1].b1 - 1] == 'd' &&
                                 text[v[c + 1].b1 - 2] == 'e'))))
      continue;
    size_t ss = near_sent_start(tk, c, 14);
    if (ss == SIZE_MAX || ss + 3 > c || !(v[ss].flags & WS_TF_CAP) || (v[ss].flags & WS_TF_INQ)) continue;
    /* (or one the tagger cut short inside the phrase: "Families of
     * adults | with learning disabilities") */
    if (r->pub.has_source && r->src_b[0].start < r->con_b[r->pub.content.nspans - 1].end &&
        !(r->pub.source.nspans == 1 && r->src_b[0].start == v[ss].b0 && r->src_b[0].end < v[c - 1].b1))
      continue;
    int ok = 1, prep = 0, noun = 0;
    for (size_t i = ss; i < c && ok; i++) {
      int q = v[i].pos;
      if (ws_word_in(text, &v[i], preps) && i > ss && !ws_word_in(text, &v[i - 1], preps)) prep = 1;
      else if (q == WS_POS_VBG) ok = i > ss && ws_word_in(text, &v[i - 1], preps);
      else if (q == WS_POS_NN || q == WS_POS_NNS) noun = 1;
      /* (a plural the word table reads as a verb, right before the cue:
       * "special needs") */
      else if (q == WS_POS_VBZ && i + 1 == c && i > ss &&
               (v[i - 1].pos == WS_POS_JJ || v[i - 1].pos == WS_POS_NN))
        noun = 1;
      else ok = q == WS_POS_DT || q == WS_POS_JJ || q == WS_POS_CD || q == WS_POS_PRPS ||
                (q == WS_POS_UNK && v[i].kind == WS_TK_WORD && !(v[i].flags & WS_TF_CAP) && i > ss);
      ok &= v[i].kind == WS_TK_WORD;
    }
    /* (the opening noun: "Families", not a name's first word; a noun
     * last: "Lobbyists in general" is an adverb's phrase) */
    int lastp = v[c - 1].pos;
    if (!(lastp == WS_POS_NN || lastp == WS_POS_NNS || lastp == WS_POS_VBZ)) continue;
    if (!ok || !prep || !noun || !(v[ss].pos == WS_POS_NNS || v[ss].pos == WS_POS_NN || v[ss].pos == WS_POS_DT ||
                                   v[ss].pos == WS_POS_JJ))
      continue;
    size_t sb0 = v[ss].b0, sb1 = v[c - 1].b1;
    if (content_overlaps(r, sb0, sb1)) continue;
    for (size_t j = first; j < lend; j++)
      if (j != k && d->attrs[j].pub.cue.nspans && d->attrs[j].cue_b[0].start >= sb0 &&
          d->attrs[j].cue_b[0].start < sb1)
        dead[j - first] = 1;
    if (set_source(d, r, tk, ss, c)) return -1;
  }
  return 0;
}

/* A press release's announcement: "Harbourview Health Partners Inc.
 * (\"Harbourview\") is pleased to announce that it has completed ...".
 * The tagger, which never saw the phrase in PolNeAR, reads the subject
 * as content or takes "it" for the source.  A sentence that opens with a
 * phrase with no verb in a tense (at most 24 tokens), then a form of
 * "be", a word of gladness, "to" and a verb of telling, is the phrase's
 * report of the rest of the sentence; the linker's records whose cue
 * starts in it go (the release's own "previously announced acquisition"
 * with them). */
static int glad_announcements(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend,
                              uint8_t *dead) {
  static const char *const be[] = {"is", "are", "am", "was", "were", NULL};
  static const char *const glad[] = {"pleased", "proud",   "delighted", "excited", "thrilled",
                                     "happy",   "honored", "honoured",  "glad",    NULL};
  static const char *const tell[] = {"announce", "report", "share", "confirm", "unveil", "inform", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t ss = 0; ss + 5 < tk->n; ss++) {
    if (!capitalised_opening(v, ss)) continue;
    size_t g = ss;
    /* (the word table tags every form of "be" as a verb in a tense) */
    while (g < tk->n && g - ss < 24 && !ws_pos_finite(v[g].pos) && (g == ss || !(v[g].flags & WS_TF_SENT)))
      g++;
    if (g == ss || g + 4 >= tk->n || !ws_word_in(text, &v[g], be)) continue;
    size_t a = g + 1;
    if (v[a].pos == WS_POS_RB) a++; /* "very", "especially" */
    if (a + 3 >= tk->n || !ws_word_in(text, &v[a], glad) || !ws_word_is(text, &v[a + 1], "to") ||
        !ws_word_in(text, &v[a + 2], tell))
      continue;
    size_t h = a + 3, last = sent_last(tk, g), e = trim_end(text, tk, h, last + 1);
    if (e < h + 3) continue;
    drop_inside(d, first, lend, v[ss].b0, v[last].b1, dead);
    ws_trange src = {ss, g}, cue = {g, h}, con = {h, e};
    if (!ws_attr_record(d, tk, &src, &cue, &con, 1)) return -1;
    ss = last;
  }
  return 0;
}

/* The paragraph [p0, p1) holds tokens p0 .. p1-1 of which the last
 * quotation mark opens a quotation left open (a quote that goes on in
 * the next paragraph). */
static int left_open(const ws_tokens *tk, size_t p0, size_t p1) {
  int open = 0;
  for (size_t i = p0; i < p1; i++)
    if (tk->v[i].kind == WS_TK_QUOTE) open = (tk->v[i].flags & WS_TF_QOPEN) != 0;
  return open;
}

/* A paragraph [p0, p1) that is one quotation, and after it a paragraph
 * that only signs it: a dash, a name of one to six capitalised words, and
 * nothing more or a comma and a title ("— Joanasie Kilabuk, Mayor of
 * Pangnirtung", as press releases sign their quotes).  Returns the
 * signature's end, else 0. */
static size_t signature_after(const char *text, const ws_tokens *tk, size_t p0, size_t p1) {
  const ws_token *v = tk->v;
  size_t l = p1 - 1;
  if (l > p0 && v[l].kind == WS_TK_PUNCT && v[l - 1].kind == WS_TK_QUOTE) l--;
  if (p1 - p0 < 4 || p1 + 2 >= tk->n || !ws_opens_quote(&v[p0]) || v[l].kind != WS_TK_QUOTE ||
      (v[l].flags & WS_TF_QOPEN) || quote_between(tk, p0 + 1, l) || !ws_dash_token(text, &v[p1]))
    return 0;
  size_t p2 = p1 + 1, w = p1 + 1;
  while (p2 < tk->n && !(v[p2].flags & WS_TF_PARA)) p2++;
  while (w < p2 && w - p1 <= 6 && v[w].kind == WS_TK_WORD && (v[w].flags & WS_TF_CAP)) w++;
  if (w == p1 + 1 || p2 - p1 > 24 || quote_between(tk, p1, p2)) return 0;
  if (w < p2 && !ws_punct_in(text, &v[w], ",") && !(w + 1 == p2 && ws_punct_in(text, &v[w], ".")))
    return 0;
  return p2;
}

static int social_posts(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend,
                        uint8_t *dead) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t p0 = 0; p0 < tk->n;) {
    size_t p1 = p0 + 1;
    while (p1 < tk->n && !(v[p1].flags & WS_TF_PARA)) p1++;
    /* ... — Name (@handle) Month D, YYYY */
    size_t e = p1;
    if (e - p0 >= 9 && is_number(text, &v[e - 1], 4, 4) && ws_punct_in(text, &v[e - 2], ",") &&
        is_number(text, &v[e - 3], 1, 2) && is_month(text, &v[e - 4]) &&
        ws_punct_in(text, &v[e - 5], ")") && v[e - 6].kind == WS_TK_WORD &&
        ws_punct_in(text, &v[e - 7], "@") && ws_punct_in(text, &v[e - 8], "(")) {
      size_t dash = e - 9;
      while (dash > p0 && e - 9 - dash < 6 && !ws_dash_token(text, &v[dash])) dash--;
      if (dash > p0 && ws_dash_token(text, &v[dash])) {
        drop_inside(d, first, lend, v[p0].b0, v[e - 1].b1, dead);
        ws_trange src = {dash + 1, e - 4}, cue = {dash, dash + 1}, con = {p0, dash};
        ws_attr_rec *r = ws_attr_record(d, tk, &src, &cue, &con, 1);
        if (!r) return -1;
        r->pub.source_type = "social";
        r->pub.cue_lemma = "post";
        r->pub.cue_class = "neutral";
        r->pub.kind = "direct";
        r->pub.channel = "post";
        /* the sign-off's date */
        static const char *const mn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        int mo = 0;
        for (int k = 0; k < 12 && !mo; k++)
          if (!strncmp(text + v[e - 4].b0, mn[k], 3)) mo = k + 1;
        int day = atoi(text + v[e - 3].b0), year = atoi(text + v[e - 1].b0);
        char iso[16];
        snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, mo, day);
        if (mo && day >= 1 && day <= 31 &&
            !(r->pub.when = ws_arena_strndup(&d->arena, iso, strlen(iso))))
          return -1;
      }
    }
    /* "QUOTATION" — Name: a paragraph that is one quotation signed by a
     * name of one to four capitalised words, or a name and a title after
     * a comma (readers' comments, pull quotes, press releases), spoken by
     * that name */
    /* (the name may end with a stop; a mark typed the wrong way round,
     * '"Mr. Trump ..."', still opens the paragraph) */
    size_t ne = ws_punct_in(text, &v[e - 1], ".") ? e - 1 : e, q = p0;
    for (size_t k = ne; k-- > p0 + 2 && ne - k <= 24;)
      if (ws_dash_token(text, &v[k])) {
        q = k - 1; /* the quotation's last mark, before the dash */
        break;
      }
    if (v[p0].kind == WS_TK_QUOTE && q > p0 && q + 2 < ne && v[q].kind == WS_TK_QUOTE) {
      size_t w = q + 2;
      while (w < ne && v[w].kind == WS_TK_WORD && (v[w].flags & WS_TF_CAP)) w++;
      /* (the name may be followed by a comma and a title: "— Ana Ruiz,
       * chief executive of Northvale") */
      int titled = w > q + 2 && w - q <= 8 && w < ne && ws_punct_in(text, &v[w], ",") &&
                   !quote_between(tk, w, ne);
      if ((w == ne && ne - q <= 6) || titled) {
        drop_inside(d, first, lend, v[p0].b0, v[e - 1].b1, dead);
        ws_trange src = {q + 2, ne}, cue = {q + 1, q + 2}, con = {p0, q + 1};
        ws_attr_rec *r = ws_attr_record(d, tk, &src, &cue, &con, 1);
        if (!r) return -1;
        r->pub.cue_lemma = "sign-off";
        r->pub.cue_class = "neutral";
        r->pub.kind = "direct";
      }
    }
    size_t p2 = signature_after(text, tk, p0, p1);
    if (p2) {
      /* the quotation may have opened paragraphs before, reopening the
       * mark on each */
      ws_trange con[16];
      size_t nc = 0, q = p0;
      while (q > 0 && nc < 15) {
        size_t b = q - 1;
        while (b > 0 && !(v[b].flags & WS_TF_PARA)) b--;
        if (!ws_opens_quote(&v[b]) || !left_open(tk, b, q)) break;
        q = b;
        nc++;
      }
      for (size_t k = 0, a = q; k <= nc; k++) {
        size_t b = a + 1;
        while (b < p1 && !(v[b].flags & WS_TF_PARA)) b++;
        con[k] = (ws_trange){a, b};
        a = b;
      }
      size_t se = ws_punct_in(text, &v[p2 - 1], ".") ? p2 - 1 : p2;
      drop_inside(d, first, lend, v[q].b0, v[p2 - 1].b1, dead);
      ws_trange src = {p1 + 1, se}, cue = {p1, p1 + 1};
      ws_attr_rec *r = ws_attr_record(d, tk, &src, &cue, con, nc + 1);
      if (!r) return -1;
      r->pub.cue_lemma = "sign-off";
      r->pub.cue_class = "neutral";
      r->pub.kind = "direct";
      p1 = p2;
    }
    p0 = p1;
  }
  return 0;
}

static size_t subject_np_past(const char *text, const ws_tokens *tk, size_t s0, size_t lim,
                              size_t *verb);
static int np_word(const ws_token *t);

/* ", calling for X": the subject of a sentence that opens with a name (or
 * a short noun phrase) and its verb */
static int participle_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (r->pub.has_source) continue;
    /* the cue's first token */
    size_t c = ws_tok_lower(tk, r->cue_b[0].start);
    if (c >= tk->n || c == 0 || v[c].pos != WS_POS_VBG || !ws_punct_in(text, &v[c - 1], ","))
      continue;
    size_t ss = sent_start(tk, c), j = ss;
    if (j < c && v[j].pos == WS_POS_DT) j++;
    size_t caps = 0;
    while (j < c && ((v[j].flags & WS_TF_CAP) ||
                     (caps && (word_is(text, &v[j], "of") || word_is(text, &v[j], "for")) &&
                      j + 1 < c && (v[j + 1].flags & WS_TF_CAP)))) {
      caps += (v[j].flags & WS_TF_CAP) != 0;
      j++;
    }
    size_t verb;
    if (!caps) {
      /* or a short noun phrase: "The central bank held its key rate at
       * 3.25 per cent, citing ..." (not a pronoun: "It rose, citing") */
      j = subject_np_past(text, tk, ss, c, &verb);
      if (j == SIZE_MAX || !(ws_pos_finite(v[verb].pos) || v[verb].pos == WS_POS_VBN)) continue;
      if (v[ss].pos == WS_POS_PRP || v[j - 1].pos == WS_POS_PRP) continue;
    } else if (j >= c || !ws_pos_finite(v[j].pos)) {
      continue;
    }
    if (set_source(d, r, tk, ss, j)) return -1;
  }
  return 0;
}

/* Where a sentence's subject may start: after an opening phrase of at
 * most six words with no verb and a comma ("On Tuesday, ...", "In the
 * interview, ..."), else at s0; the comma comes before token `lim`. */
static size_t after_opening(const char *text, const ws_tokens *tk, size_t s0, size_t lim) {
  const ws_token *v = tk->v;
  size_t q = s0;
  while (q < lim && q - s0 < 6 && v[q].kind == WS_TK_WORD && !(v[q].flags & WS_TF_INQ) &&
         !ws_pos_finite(v[q].pos) && v[q].pos != WS_POS_VBG && v[q].pos != WS_POS_VBN)
    q++;
  if (q == s0 || q + 1 >= lim || !ws_punct_in(text, &v[q], ",")) return s0;
  /* (not a list of names: "The United States, Brazil and Indonesia") */
  size_t e = q + 1;
  while (e < lim && v[e].kind == WS_TK_WORD && (v[e].flags & WS_TF_CAP)) e++;
  if (e > q + 1 && e < lim && (v[q - 1].flags & WS_TF_CAP) &&
      (ws_word_is(text, &v[e], "and") || ws_punct_in(text, &v[e], ",")))
    return s0;
  return q + 1;
}

/* A word of a noun phrase: a determiner, an adjective, a noun, a number,
 * a possessive, or a capitalised word of unknown tag. */
static int np_word(const ws_token *t) {
  int p = t->pos;
  return p == WS_POS_DT || p == WS_POS_JJ || p == WS_POS_NN || p == WS_POS_NNS ||
         p == WS_POS_NNP || p == WS_POS_CD || p == WS_POS_POS ||
         (p == WS_POS_UNK && (t->flags & WS_TF_CAP));
}

/* A cue's word in -ing: tagged so, or a noun the tagger made a cue
 * ("warning", "saying": the word table keeps a word's most frequent
 * tag). */
static int ing_cue(const char *text, const ws_token *t) {
  size_t n = t->b1 - t->b0;
  return t->pos == WS_POS_VBG ||
         ((t->pos == WS_POS_NN || (t->pos == WS_POS_UNK && !(t->flags & WS_TF_CAP))) && n > 4 &&
          memcmp(text + t->b1 - 3, "ing", 3) == 0);
}

/* A lower-case word the word table does not know, in -ed: a verb in
 * the past ("toured"). */
static int unknown_past(const char *text, const ws_token *t) {
  size_t n = t->b1 - t->b0;
  return t->pos == WS_POS_UNK && !(t->flags & WS_TF_CAP) && n > 4 &&
         memcmp(text + t->b1 - 2, "ed", 2) == 0;
}

/* "of" or "for" inside a name: "Bank of Canada", "Department for
 * Transport" */
static int name_of(const char *text, const ws_token *v, size_t j, size_t lim) {
  return j > 0 && j + 1 < lim && (v[j - 1].flags & WS_TF_CAP) && (v[j + 1].flags & WS_TF_CAP) &&
         !(v[j - 1].flags & WS_TF_SENT) && (ws_word_is(text, &v[j], "of") || ws_word_is(text, &v[j], "for"));
}

/* Past a day between a subject and its verb ("The board on Monday put
 * off", "The council on March 4 voted"): the token after it, or j. */
static size_t past_day(const char *text, const ws_token *v, size_t j, size_t lim) {
  if (j + 2 >= lim || !ws_word_is(text, &v[j], "on") || !ws_month_or_weekday(text, &v[j + 1]))
    return j;
  return j + 2 + (v[j + 2].pos == WS_POS_CD);
}

/* The end of a sentence's subject from token s0: a short noun phrase (a
 * determiner, adjectives, nouns, a name, a pronoun), then, after any
 * adverbs, a verb in a tense (*verb), before token lim; SIZE_MAX when
 * there is none. */
static size_t subject_np(const char *text, const ws_tokens *tk, size_t s0, size_t lim,
                         size_t *verb) {
  const ws_token *v = tk->v;
  size_t j = s0;
  int noun = 0;
  while (j < lim && j - s0 < 8 && v[j].kind == WS_TK_WORD && !(v[j].flags & WS_TF_INQ) &&
         (j == s0 || !(v[j].flags & WS_TF_SENT)) &&
         (np_word(&v[j]) || v[j].pos == WS_POS_PRP || name_of(text, v, j, lim))) {
    int pos = v[j].pos;
    noun |= pos == WS_POS_NN || pos == WS_POS_NNS || pos == WS_POS_NNP || pos == WS_POS_PRP ||
            pos == WS_POS_UNK;
    j++;
  }
  /* a list of names: "The United States, Brazil and Indonesia" */
  while (j > s0 && j + 2 < lim && j - s0 < 12 && (v[j - 1].flags & WS_TF_CAP) &&
         (ws_punct_in(text, &v[j], ",") || ws_word_is(text, &v[j], "and"))) {
    size_t q = j + 1;
    if (ws_punct_in(text, &v[j], ",") && ws_word_is(text, &v[q], "and")) q++;
    if (q >= lim || v[q].kind != WS_TK_WORD || !(v[q].flags & WS_TF_CAP) ||
        (v[q].flags & (WS_TF_SENT | WS_TF_INQ)))
      break;
    while (q < lim && q - s0 < 12 && v[q].kind == WS_TK_WORD && (v[q].flags & WS_TF_CAP) &&
           !(v[q].flags & WS_TF_INQ))
      q++;
    j = q;
  }
  size_t e = j;
  j = past_day(text, v, j, lim);
  while (j < lim && v[j].pos == WS_POS_RB) j++;
  if (!noun || e == s0 || j >= lim || !(ws_pos_finite(v[j].pos) || unknown_past(text, &v[j])))
    return SIZE_MAX;
  *verb = j;
  return e;
}

/* subject_np, or a short noun phrase and a verb the word table calls a
 * participle ("fined", "held"): right after the opening noun phrase, with
 * no "has" or "was", it is in the past tense. */
static size_t subject_np_past(const char *text, const ws_tokens *tk, size_t s0, size_t lim,
                              size_t *verb) {
  const ws_token *v = tk->v;
  size_t j = subject_np(text, tk, s0, lim, verb);
  if (j != SIZE_MAX) return j;
  j = s0;
  while (j < lim && j - s0 < 8 && (np_word(&v[j]) || name_of(text, v, j, lim)) &&
         v[j].pos != WS_POS_VBN)
    j++;
  size_t e = j;
  if (e == s0 || v[e - 1].pos == WS_POS_DT) return SIZE_MAX;
  j = past_day(text, v, j, lim);
  if (j >= lim || v[j].pos != WS_POS_VBN) return SIZE_MAX;
  *verb = j;
  return e;
}

static const char *const ing_openers[] = {"while", "before", "after", "when", NULL};

/* Token c (at least 2) is a verb in a tense right after "and" or "but",
 * an adverb perhaps between ("and said", "but also warned"). */
static int conjoined_verb(const char *text, const ws_tokens *tk, size_t c) {
  const ws_token *v = tk->v;
  if (!ws_pos_finite(v[c].pos)) return 0;
  size_t b = c - 1;
  if (v[b].pos == WS_POS_RB && b > 1) b--;
  return ws_word_is(text, &v[b], "and") || ws_word_is(text, &v[b], "but");
}

/* "Giuliani trashed Comey on MSNBC, calling it a no-brainer", "Hannity
 * followed up by asking", "Bolton had a comparable assessment, while
 * saying", "Giles attempted to re-engage the campaign and said": a cue in
 * -ing after a comma, "by", "and", "while", "before", "after" or "when", or a
 * verb in a tense after "and" or "but", with no source, has for source
 * the words that open the sentence before its first verb (a short noun
 * phrase, after an opening phrase such as "On Tuesday,"), as PolNeAR
 * marks the subject it shares.  (The linker already gives it the source
 * of a report before it in the sentence.) */
static int shared_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c = cue_token(tk, r, 2);
    if (c == SIZE_MAX || r->pub.has_source || ws_word_is(text, &v[c], "according")) continue;
    int conj = 0;
    if (ing_cue(text, &v[c])) {
      if (!ws_punct_in(text, &v[c - 1], ",") && !ws_word_is(text, &v[c - 1], "by") &&
          !ws_word_in(text, &v[c - 1], ing_openers) && !ws_word_is(text, &v[c - 1], "and"))
        continue;
    } else {
      conj = 1;
      if (!conjoined_verb(text, tk, c)) continue;
    }
    size_t ss = near_sent_start(tk, c, 60);
    if (ss == SIZE_MAX || ss + 2 > c) continue;
    /* the words before the sentence's first verb (after "And", before
     * "also", "still"): a determiner, adjectives, nouns, a name, a
     * pronoun */
    size_t s0 = after_opening(text, tk, ss + (v[ss].pos == WS_POS_CC), c), j, e;
    e = subject_np_past(text, tk, s0, c, &j);
    if (e == SIZE_MAX) continue;
    /* (not a verb of a relative clause: "the deaths that followed, which
     * brought momentum and helped to justify") */
    int rel = 0;
    for (size_t q = j; conj && q < c && !rel; q++)
      rel = v[q].pos == WS_POS_WH || ws_word_is(text, &v[q], "that");
    if (rel) continue;
    if (set_source(d, r, tk, s0, e)) return -1;
  }
  return 0;
}

/* "After blasting the Drudge Report for linking to ..., Glenn Beck
 * said", "Citing last week's attack, Will called ...": a report in -ing
 * that opens its sentence (after "after", "before", "while", "when" or
 * "by") has for source the short noun phrase after the clause's comma,
 * when a verb in a tense follows it. */
static int fronted_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c = cue_token(tk, r, 0);
    if (c == SIZE_MAX || r->pub.has_source || !ing_cue(text, &v[c])) continue;
    if (!(v[c].flags & WS_TF_SENT)) {
      if (c == 0 || !(v[c - 1].flags & WS_TF_SENT) ||
          !(ws_word_in(text, &v[c - 1], ing_openers) || ws_word_is(text, &v[c - 1], "by")))
        continue;
    }
    size_t q = c + 1;
    while (q < tk->n && q - c < 30 && !(v[q].flags & WS_TF_SENT) && !(v[q].flags & WS_TF_INQ) &&
           v[q].kind != WS_TK_QUOTE && !ws_punct_in(text, &v[q], ","))
      q++;
    if (q >= tk->n || !ws_punct_in(text, &v[q], ",")) continue;
    size_t s0 = q + 1, verb, e = subject_np(text, tk, s0, ws_tree_sentence_end(tk, s0), &verb);
    if (e == SIZE_MAX) continue;
    if (set_source(d, r, tk, s0, e)) return -1;
  }
  return 0;
}

/* "The National Immigration Project is a radical group that has
 * repeatedly advocated against ICE, calling for the agency to be
 * defunded": a report in -ing after a comma whose source is the relative
 * word of a clause on the predicate noun of "X is a ..." has X, the
 * sentence's subject, for source (the seed article's second row); the
 * relative word stays the source of the clause's own cue, as PolNeAR
 * marks it.  X is a short noun phrase that opens the sentence. */
static int copula_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const rel[] = {"that", "who", "which", NULL};
  static const char *const be[] = {"is", "was", "are", "were", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c = cue_token(tk, r, 4);
    if (c == SIZE_MAX || !r->pub.has_source || r->pub.source.nspans != 1 ||
        v[c].pos != WS_POS_VBG || !ws_punct_in(text, &v[c - 1], ","))
      continue;
    size_t w = ws_tok_lower(tk, r->src_b[0].start);
    if (w >= c || v[w].b1 != r->src_b[0].end || !ws_word_in(text, &v[w], rel)) continue;
    size_t ss = near_sent_start(tk, w, 20);
    if (ss == SIZE_MAX || (v[ss].flags & WS_TF_INQ)) continue;
    size_t j = ss;
    while (j < w && j - ss < 8 && v[j].kind == WS_TK_WORD && np_word(&v[j])) j++;
    if (j == ss || j >= w || !ws_word_in(text, &v[j], be)) continue;
    /* then "a" or "an", and words with no verb up to the relative word */
    size_t t = j + 1;
    if (t >= w || !(ws_word_is(text, &v[t], "a") || ws_word_is(text, &v[t], "an"))) continue;
    while (t < w && v[t].kind == WS_TK_WORD && np_word(&v[t])) t++;
    if (t != w) continue;
    if (set_source(d, r, tk, ss, j)) return -1;
  }
  return 0;
}

/* "..., the people said, speaking on condition of anonymity because the
 * discussions are private.": a content span after the cue that follows
 * words withholding the source's name (data/withheld-names.tsv) gives
 * the reason for anonymity, not what was said: it goes, with any after
 * it. */
static int anonymity_reasons(ws_doc *d, size_t first) {
  const char *text = d->text;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (nf < 2 || nf > 64 || !r->pub.cue.nspans) continue;
    size_t ce = r->cue_b[r->pub.cue.nspans - 1].end;
    for (size_t f = 1; f < nf; f++) {
      size_t g0 = r->con_b[f - 1].end > ce ? r->con_b[f - 1].end : ce, g1 = r->con_b[f].start;
      if (g1 <= g0 || g1 - g0 > 120) continue;
      char low[256];
      ws_lex_norm(text + g0, g1 - g0, low, sizeof low);
      if (!ws_withholds_name(low, 0)) continue;
      if (content_keep(d, r, 0, f)) return -1;
      break;
    }
  }
  return 0;
}

/* A run of a name's words from token i: capitalised words, with "of",
 * "for", "and" or "the" between two of them; its end (i when none). */
static size_t name_run(const char *text, const ws_tokens *tk, size_t i, size_t end) {
  const ws_token *v = tk->v;
  size_t j = i, caps = 0;
  /* (within its sentence, and never page furniture: "READ MORE" |
   * "Management believes") */
  while (j < end && v[j].kind == WS_TK_WORD && (j == i || !(v[j].flags & WS_TF_SENT)) &&
         !(v[j].flags & WS_TF_FURNITURE)) {
    if (v[j].flags & WS_TF_CAP) {
      caps++;
      j++;
    } else if (caps && j + 1 < end && (v[j + 1].flags & WS_TF_CAP) &&
               !(v[j + 1].flags & WS_TF_SENT) &&
               (word_is(text, &v[j], "of") || word_is(text, &v[j], "for") ||
                word_is(text, &v[j], "and") || word_is(text, &v[j], "the"))) {
      j += 2;
      caps++;
    } else {
      break;
    }
  }
  return caps ? j : i;
}

/* Tokens [i, j) are words of a name: no pronoun, determiner or question
 * word ("He", "That", "What" open sentences too). */
static int proper_run(const char *text, const ws_token *v, size_t i, size_t j) {
  (void)text;
  for (size_t k = i; k < j; k++) {
    int p = v[k].pos;
    if (p == WS_POS_PRP || p == WS_POS_PRPS || p == WS_POS_DT || p == WS_POS_WH) return 0;
  }
  return 1;
}

static const char *const be_forms[] = {"is", "are", "was", "were", "be", "been", "being", NULL};
static int is_be(const char *text, const ws_token *t) { return ws_word_in(text, t, be_forms); }

/* A verb's form that modifies the noun after it inside a noun phrase
 * ("Shadow transport secretary"): not the phrase's first word, in lower
 * case, before a common noun that comes before the cue. */
static int noun_verb(const ws_token *v, size_t j, size_t s0, size_t c) {
  return j > s0 && j + 1 < c && (v[j].pos == WS_POS_VB || v[j].pos == WS_POS_VBP) &&
         !(v[j].flags & WS_TF_CAP) && (v[j + 1].pos == WS_POS_NN || v[j + 1].pos == WS_POS_NNS);
}

/* "A furious mum has accused council bosses of ...": a cue with no
 * source, right after the short noun phrase that opens its sentence (a
 * determiner, adjectives, nouns, words the lexicon does not know; after
 * "But" or "And"; an adverb or two
 * between), has that phrase for source, as PolNeAR marks a subject, when
 * the cue holds a strong cue word ("had about" with no source goes).
 * missing_subjects does the same for names. */
static int noun_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c = cue_token(tk, r, 2);
    if (c == SIZE_MAX || r->pub.has_source || !ws_pos_finite(v[c].pos) || is_be(text, &v[c])) continue;
    int strong = 0;
    for (size_t t = c; t < tk->n && v[t].b0 < r->cue_b[r->pub.cue.nspans - 1].end; t++)
      strong |= (v[t].flags & WS_TF_STRONGCUE) != 0;
    if (!strong) continue;
    size_t ss = near_sent_start(tk, c, 12);
    if (ss == SIZE_MAX || (v[ss].flags & WS_TF_INQ)) continue;
    size_t s0 = ss + (v[ss].pos == WS_POS_CC), j = s0;
    while (j < c && j - s0 < 8 && v[j].kind == WS_TK_WORD &&
           (np_word(&v[j]) || v[j].pos == WS_POS_UNK || noun_verb(v, j, s0, c)))
      j++;
    size_t e = j;
    while (j < c && v[j].pos == WS_POS_RB && j - e < 2) j++;
    if (j != c || e < s0 + 2) continue;
    int last = v[e - 1].pos, role = 0;
    for (size_t t = s0; t + 1 < e; t++) role |= v[t].pos == WS_POS_NN || v[t].pos == WS_POS_NNS;
    /* (the last word may be read as an adjective: "a furious mum"; a name
     * after a common noun is a role's holder: "Shadow transport secretary
     * Richard Holden") */
    if (last != WS_POS_NN && last != WS_POS_NNS && last != WS_POS_UNK && last != WS_POS_JJ &&
        !(last == WS_POS_NNP && role))
      continue;
    for (size_t f = 0; f < r->pub.content.nspans; f++)
      if (r->con_b[f].start < v[e - 1].b1) goto next;
    if (set_source(d, r, tk, s0, e)) return -1;
  next:;
  }
  return 0;
}

/* The token before token c (past one comma), at token lo or later,
 * closes a quotation: the cue follows a quotation ('"...," added'). */
static int after_quotation(const char *text, const ws_tokens *tk, size_t c, size_t lo) {
  size_t q = c;
  if (q > lo && ws_punct_in(text, &tk->v[q - 1], ",")) q--;
  return q > lo && (tk->v[q - 1].flags & WS_TF_QCLOSE);
}

/* "'We were never told,' said the father of two.", "fumed the mother of
 * three, who lives in Slough": after a cue that follows a closing
 * quotation mark, "the" and a common noun (adjectives before it; "of" and
 * a number after it, a tabloid's way of naming a parent) that end the
 * sentence or stand before ", who" are the source: set where the record
 * has none, or run on where the tagger stopped at the noun. */
static int described_inversions(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const numbers[] = {"one", "two", "three", "four", "five", "six", "seven",
                                        "eight", "nine", "ten", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (r->pub.cue.nspans != 1) continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start), e = ws_tok_lower(tk, r->cue_b[0].end);
    if (c >= tk->n || e + 2 >= tk->n || (v[c].flags & WS_TF_INQ) || !after_quotation(text, tk, c, 0) ||
        !ws_word_is(text, &v[e], "the"))
      continue;
    size_t f = e + 1;
    while (f < tk->n && f - e <= 4 && !(v[f].flags & (WS_TF_SENT | WS_TF_CAP)) &&
           (v[f].pos == WS_POS_JJ || v[f].pos == WS_POS_NN || v[f].pos == WS_POS_NNS))
      f++;
    if (f == e + 1 || (v[f - 1].pos != WS_POS_NN && v[f - 1].pos != WS_POS_NNS)) continue;
    if (f + 1 < tk->n && ws_word_is(text, &v[f], "of") &&
        (v[f + 1].pos == WS_POS_CD || ws_word_in(text, &v[f + 1], numbers)))
      f += 2;
    if (!at_sentence_end(text, tk, f) &&
        !(f + 1 < tk->n && ws_punct_in(text, &v[f], ",") && ws_word_is(text, &v[f + 1], "who")))
      continue;
    if (r->pub.has_source &&
        !(r->pub.source.nspans == 1 && r->src_b[0].start == v[e].b0 && r->src_b[0].end < v[f - 1].b1))
      continue;
    /* (a content the tagger ran on over it gives up that span) */
    int left = content_leave(d, r, v[e].b0, v[f - 1].b1);
    if (left < 0) return -1;
    if (!left) continue;
    if (set_source(d, r, tk, e, f)) return -1;
  }
  return 0;
}

/* Sources the tagger left out where the sentence's shape leaves no doubt:
 *  - '"...," added Chief Financial Officer Daniel Reyes.': after a cue
 *    that follows a closing quotation mark, a name that runs to the end of
 *    the sentence is the source (and no part of the content);
 *  - "Northwind also announced that ...": a name that opens the sentence
 *    and reaches the cue (an adverb between) is its subject. */
static int missing_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (r->pub.has_source || !r->pub.cue.nspans) continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start);
    size_t e = ws_tok_lower(tk, r->cue_b[r->pub.cue.nspans - 1].end);
    if (c >= tk->n || e > tk->n || e <= c) continue;
    size_t ss = near_sent_start(tk, c, 24);
    ws_trange src = {0, 0};
    if (ss == SIZE_MAX) continue;
    if (c == ss && r->pub.cue.nspans == 1 && !(v[c].flags & WS_TF_INQ)) {
      /* the cue took in the name that opens the sentence: "Northwind
       * also announced" */
      size_t f = name_run(text, tk, c, e);
      int verb = f < e && (v[f].pos == WS_POS_RB || ws_pos_tensed(v[f].pos));
      if (f > c && verb && proper_run(text, v, c, f) && !is_be(text, &v[f])) {
        ws_span bs = {v[f].b0, r->cue_b[0].end}, cs = {v[f].c0, r->pub.cue.spans[0].end};
        if (ws_part_set(d, &r->pub.cue, &r->cue_b, &bs, &cs, 1)) return -1;
        if (set_source(d, r, tk, c, f)) return -1;
        continue;
      }
    }
    if (after_quotation(text, tk, c, ss)) {
      /* after the quotation: the name must end the sentence */
      size_t j = e, lim = e + 16 < tk->n ? e + 16 : tk->n;
      if (j < lim && v[j].pos == WS_POS_DT && !(v[j].flags & WS_TF_CAP)) j++;
      size_t f = name_run(text, tk, j, lim);
      for (size_t t = j + 1; t < f; t++)
        if (v[t].flags & WS_TF_SENT) f = j; /* no name across sentences */
      if (f > j && proper_run(text, v, j, f) && at_sentence_end(text, tk, f))
        src = (ws_trange){e, f};
    } else {
      size_t j = ss;
      if (j < c && v[j].pos == WS_POS_DT) j++;
      size_t f = name_run(text, tk, j, c);
      size_t g = f;
      while (g < c && v[g].pos == WS_POS_RB && g - f < 2) g++;
      int verb = ws_pos_finite(v[g].pos) || v[g].pos == WS_POS_RB;
      /* not a passive ("Trump is expected to ..."), whose subject PolNeAR
       * keeps in the content */
      if (f > j && g == c && verb && !(v[ss].flags & WS_TF_INQ) && proper_run(text, v, j, f) &&
          !is_be(text, &v[c]))
        src = (ws_trange){ss, f};
    }
    if (src.t1 <= src.t0) continue;
    size_t sb0 = v[src.t0].b0, sb1 = v[src.t1 - 1].b1;
    /* a content that takes in the subject says the tagger read it so */
    if (src.t0 == ss && content_overlaps(r, sb0, sb1)) continue;
    /* no content over the source: keep what lies before the cue */
    size_t nf = r->pub.content.nspans, keep = 0;
    if (nf > 64) continue;
    ws_span b2[64], c2[64];
    for (size_t f = 0; f < nf; f++) {
      ws_span bs = r->con_b[f], cs = r->pub.content.spans[f];
      if (bs.end > sb0 && bs.start < sb1) {
        if (bs.end > sb1 && keep + 1 < 64) {
          /* what follows the source ('. "Every dollar counts."') stays */
          size_t t = ws_tok_lower(tk, sb1);
          while (t < tk->n && v[t].b0 < bs.end && ws_punct_in(text, &v[t], ".,;:")) t++;
          size_t t1 = ws_tok_lower(tk, bs.end);
          if (t < t1 && keep + 2 <= 64 && bs.start < r->cue_b[0].start) {
            /* the part before the cue first, then this one */
            size_t u = ws_tok_lower(tk, r->cue_b[0].start);
            while (u > 0 && v[u - 1].b0 >= bs.start && ws_punct_in(text, &v[u - 1], ",")) u--;
            if (u > 0 && v[u - 1].b1 > bs.start) {
              b2[keep] = (ws_span){bs.start, v[u - 1].b1};
              c2[keep++] = (ws_span){cs.start, v[u - 1].c1};
            }
          }
          if (t < t1) {
            b2[keep] = (ws_span){v[t].b0, bs.end};
            c2[keep++] = (ws_span){v[t].c0, cs.end};
          }
          continue;
        }
        if (bs.start >= r->cue_b[0].start) continue;
        size_t t = ws_tok_lower(tk, bs.end);
        while (t > 0 && v[t - 1].b1 > r->cue_b[0].start) t--;
        while (t > 0 && ws_punct_in(text, &v[t - 1], ",")) t--;
        if (t == 0 || v[t - 1].b1 <= bs.start) continue;
        bs.end = v[t - 1].b1;
        cs.end = v[t - 1].c1;
      }
      b2[keep] = bs;
      c2[keep++] = cs;
    }
    if (!keep) continue;
    if (keep != nf || memcmp(b2, r->con_b, nf * sizeof *b2))
      if (ws_part_set(d, &r->pub.content, &r->con_b, b2, c2, keep)) return -1;
    if (set_source(d, r, tk, src.t0, src.t1)) return -1;
  }
  return 0;
}

/* "One consultant, who asked not to be named, told the Observer ...":
 * a cue right after the comma that closes a relative clause (", who",
 * ", whose", ", which", ", many of whom") has for subject the words that
 * open the sentence with that clause and its comma, as PolNeAR marks them.  Only when the
 * tagger found no source, or took the relative word for it.  An age after
 * the name stays in ("Margaret Collins, 72, whose husband ..."), and an
 * adjunct that opens the sentence stays out ("Speaking to Sky News, |
 * Margaret Collins, ..."): halves source +0.01 and +0.02. */
static int relative_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const some_of[] = {"many", "some", "most", "all", "none", "few", "several",
                                        "both", "each", "one", "half", "neither", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c = cue_token(tk, r, 4);
    if (c == SIZE_MAX) continue;
    size_t q = c - 1;
    while (q > 0 && v[q].pos == WS_POS_RB && c - q < 3) q--;
    if (!ws_punct_in(text, &v[q], ",")) continue;
    size_t ss = near_sent_start(tk, q, 40);
    if (ss == SIZE_MAX) continue;
    /* the nearest ", who" before the closing comma, or ", many of whom" */
    size_t p = q;
    while (p > ss + 1 && !(ws_punct_in(text, &v[p - 1], ",") &&
                           ((v[p].pos == WS_POS_WH &&
                             (ws_word_is(text, &v[p], "who") || ws_word_is(text, &v[p], "whose") ||
                              ws_word_is(text, &v[p], "which"))) ||
                            (p + 3 < q && ws_word_in(text, &v[p], some_of) &&
                             ws_word_is(text, &v[p + 1], "of") &&
                             (ws_word_is(text, &v[p + 2], "whom") ||
                              ws_word_is(text, &v[p + 2], "which"))))))
      p--;
    /* or "who" right after the noun of an appositive ("Feargal Sharkey,
     * the former Undertones singer who has campaigned ..., described") */
    int appos = 0;
    if (p <= ss + 1) {
      p = q;
      while (p > ss + 3 && !(ws_word_is(text, &v[p], "who") && v[p - 1].kind == WS_TK_WORD &&
                             (v[p - 1].pos == WS_POS_NN || v[p - 1].pos == WS_POS_NNP)))
        p--;
      size_t commas = 0;
      for (size_t t = ss; t < p; t++) commas += ws_punct_in(text, &v[t], ",");
      if (p <= ss + 3 || commas != 1) continue;
      appos = 1;
    }
    if (p <= ss + 1 || p + 1 >= q) continue;
    /* the head, with an age after it ("Margaret Collins, 72, whose"), and
     * after an adjunct that opens the sentence ("Speaking to Sky News,") */
    size_t hs = ss, hx = appos ? p : p - 1;
    if (!appos && hx >= ss + 3 && v[hx - 1].pos == WS_POS_CD && ws_punct_in(text, &v[hx - 2], ",")) hx -= 2;
    if (v[ss].pos == WS_POS_VBG || v[ss].pos == WS_POS_IN) {
      size_t m = hx;
      while (m > ss && !ws_punct_in(text, &v[m - 1], ",")) m--;
      if (m > ss + 1 && m < hx) hs = m;
    }
    /* the head: a short noun phrase, no verb, no punctuation but a
     * name's own stops, no quotation */
    int ok = hx - hs <= (appos ? 12u : 8u) && hx > hs;
    for (size_t t = hs; ok && t < hx; t++) {
      int pos = v[t].pos;
      if (ws_pos_finite(pos) ||
          v[t].kind == WS_TK_QUOTE || (v[t].flags & WS_TF_INQ) ||
          (v[t].kind == WS_TK_PUNCT && !ws_punct_in(text, &v[t], appos ? ".," : ".")))
        ok = 0;
    }
    /* (the appositive's first part a name) */
    if (appos && !(v[hs].flags & WS_TF_CAP)) ok = 0;
    for (size_t t = p; ok && t < q; t++)
      if (v[t].kind == WS_TK_QUOTE || (v[t].flags & WS_TF_SENT)) ok = 0;
    if (!ok) continue;
    /* the tagger's source: none, the relative word, or the head cut off
     * inside the clause (not the head alone, the clause left out: that
     * lowered the halves' source by 0.03 and 0.04) */
    if (r->pub.has_source) {
      size_t sb = r->src_b[0].start, se = r->src_b[r->pub.source.nspans - 1].end;
      int rel = sb >= v[p].b0 && se <= v[q].b0;
      int cut = sb == v[hs].b0 && se > v[p].b0 && se <= v[q].b0;
      if (!rel && !cut) continue;
    }
    if (set_source(d, r, tk, hs, q + 1)) return -1;
    /* "Sarah Whitfield, whose constituency includes the hospital, says":
     * the head is no subject of a verb in a "whose" clause */
    if (ws_word_is(text, &v[p], "whose"))
      for (size_t j = rec_lower(d, first, d->nattrs, v[p].b0 + 1);
           j < d->nattrs && d->attrs[j].cue_b[0].start < v[q].b0; j++) {
        ws_attr_rec *in = &d->attrs[j];
        if (j != k && in->pub.has_source && in->src_b[0].start <= v[p].b0)
          drop_source(in);
      }
  }
  return 0;
}

/* "People who live near the harbor said ...": a cue after a restrictive
 * relative clause that follows a short noun phrase opening the sentence
 * has the phrase and the clause for subject (PolNeAR marks them so), when
 * the tagger found no source or one inside the clause ("the harbor"). */
static int restrictive_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const relatives[] = {"who", "that", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c = cue_token(tk, r, 3);
    if (c == SIZE_MAX) continue;
    size_t ss = near_sent_start(tk, c, 20);
    if (ss == SIZE_MAX || c < ss + 3) continue;
    /* the relative word after one to four words of a noun phrase */
    size_t p = ss + 1;
    while (p < c && p - ss <= 4 && np_word(&v[p - 1]) && !ws_pos_finite(v[p - 1].pos) &&
           !ws_word_in(text, &v[p], relatives))
      p++;
    if (p >= c - 1 || p - ss > 4 || !np_word(&v[p - 1]) || !ws_word_in(text, &v[p], relatives) ||
        !(v[p - 1].pos == WS_POS_NN || v[p - 1].pos == WS_POS_NNS || v[p - 1].pos == WS_POS_NNP))
      continue;
    /* the clause: a verb right after the relative word (after "who",
     * any word in lower case but a determiner or a pronoun: the lexicon
     * calls "live" an adjective), no punctuation or quotation */
    int ok = (ws_pos_finite(v[p + 1].pos) ||
              (ws_word_is(text, &v[p], "who") && !(v[p + 1].flags & WS_TF_CAP) &&
               v[p + 1].pos != WS_POS_DT && v[p + 1].pos != WS_POS_PRP)) &&
             c - p <= 12;
    for (size_t t = ss; ok && t < c; t++)
      if (v[t].kind != WS_TK_WORD) ok = 0;
    if (!ok) continue;
    /* (no second relative word: "A president who authorized the raid
     * and who hoped" is the relative's, resolved as such) */
    for (size_t t = p + 1; ok && t < c; t++)
      if (v[t].pos == WS_POS_WH) ok = 0;
    if (!ok) continue;
    if (r->pub.has_source) {
      size_t sb = r->src_b[0].start, se = r->src_b[r->pub.source.nspans - 1].end;
      if (!(sb > v[p].b0 && se <= v[c].b0)) continue;
    }
    if (set_source(d, r, tk, ss, c)) return -1;
  }
  return 0;
}

/* "A First Nation in northern Manitoba has declared ...": a source the
 * tagger cut to a preposition's object ("Manitoba"), right before its
 * cue, is the whole noun phrase that opens the sentence: the head, the
 * preposition and its object, with no verb, punctuation or quotation
 * between (PolNeAR marks the subject whole).  The head may carry more
 * than one phrase ("Economists at the Bank of Montreal estimate ...": cut
 * to "Montreal"); on PolNeAR dev and the halves this changes nothing. */
static int pp_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c = cue_token(tk, r, 3);
    if (c == SIZE_MAX || !r->pub.has_source || r->pub.source.nspans != 1) continue;
    size_t s0 = ws_tok_lower(tk, r->src_b[0].start), s1 = ws_tok_lower(tk, r->src_b[0].end);
    if (s1 != c || s0 < 2 || s0 >= c) continue;
    size_t p = s0 - 1; /* back over the object's adjectives to the preposition */
    while (p > 0 && s0 - p < 3 && v[p].pos == WS_POS_JJ) p--;
    if (!ws_word_in(text, &v[p], pp_words)) continue;
    size_t ss = near_sent_start(tk, p, 10);
    if (ss == SIZE_MAX || ss + 1 > p) continue;
    int ok = 1, noun = 0;
    for (size_t t = ss; ok && t < p; t++) {
      int pos = v[t].pos;
      noun |= pos == WS_POS_NN || pos == WS_POS_NNS || pos == WS_POS_NNP;
      ok = (np_word(&v[t]) || (t > ss && ws_word_in(text, &v[t], pp_words))) &&
           !(v[t].flags & WS_TF_INQ);
    }
    if (!ok || !noun) continue;
    if (set_source(d, r, tk, ss, s1)) return -1;
  }
  return 0;
}

/* "Asked whether ..., Alberta's housing minister Jason Nixon said no.":
 * after a sentence that opens with "Asked" (or "Pressed", "Questioned")
 * and its clause, the words between the clause's comma and the cue (a
 * name, a pronoun, or a determiner's or possessive's noun phrase: "his
 * official spokesman") are the cue's subject; the question's own cue ("Asked") has no source and its
 * content ends at the comma, as PolNeAR marks them. */
static int asked_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c = cue_token(tk, r, 3);
    if (c == SIZE_MAX) continue;
    size_t ss = near_sent_start(tk, c, 40);
    if (ss == SIZE_MAX || ss + 2 >= c) continue;
    if (!ws_word_is(text, &v[ss], "asked") && !ws_word_is(text, &v[ss], "pressed") &&
        !ws_word_is(text, &v[ss], "questioned"))
      continue;
    /* the subject: back from the cue to the comma, a short noun phrase
     * with a capitalised word or a pronoun */
    size_t q = c;
    int named = 0, ok = 1;
    while (q > ss + 1 && !ws_punct_in(text, &v[q - 1], ",") && c - q < 10) {
      q--;
      int pos = v[q].pos;
      if (ws_pos_finite(pos) ||
          v[q].kind == WS_TK_QUOTE || (v[q].kind == WS_TK_PUNCT && !ws_punct_in(text, &v[q], ".")))
        ok = 0;
      named |= (v[q].flags & WS_TF_CAP) || pos == WS_POS_PRP;
    }
    /* (or a determiner's or a possessive's: "his official spokesman") */
    named |= q < c && (v[q].pos == WS_POS_DT || v[q].pos == WS_POS_PRPS);
    if (!ok || !named || q == c || q <= ss + 1 || !ws_punct_in(text, &v[q - 1], ",")) continue;
    int already = r->pub.has_source && r->src_b[0].start == v[q].b0 &&
                  r->src_b[r->pub.source.nspans - 1].end == v[c - 1].b1;
    /* what the tagger put in the content before the cue goes */
    size_t nf = r->pub.content.nspans, keep = 0;
    if (nf > 64) continue;
    ws_span b2[64], c2[64];
    for (size_t f = 0; f < nf; f++) {
      ws_span bs = r->con_b[f], cs = r->pub.content.spans[f];
      if (bs.start < v[c].b0 && bs.end > v[q].b0) {
        if (bs.end <= r->cue_b[r->pub.cue.nspans - 1].end) continue;
        size_t t = ws_tok_lower(tk, r->cue_b[r->pub.cue.nspans - 1].end);
        if (t >= tk->n) continue;
        bs.start = v[t].b0;
        cs.start = v[t].c0;
      }
      b2[keep] = bs;
      c2[keep++] = cs;
    }
    if (!keep) continue;
    if (!already && (ws_part_set(d, &r->pub.content, &r->con_b, b2, c2, keep) ||
                     set_source(d, r, tk, q, c)))
      return -1;
    /* the question: no source, its content up to the comma */
    for (size_t j = rec_lower(d, first, d->nattrs, v[ss].b0);
         j < d->nattrs && d->attrs[j].cue_b[0].start == v[ss].b0; j++) {
      ws_attr_rec *a = &d->attrs[j];
      if (j == k) continue;
      drop_source(a);
      if (a->pub.content.nspans && a->con_b[0].start < v[q - 1].b0 && a->con_b[0].end > v[q - 1].b0) {
        ws_span bs = {a->con_b[0].start, v[q - 1].b0}, cs = {a->pub.content.spans[0].start, v[q - 1].c0};
        if (ws_part_set(d, &a->pub.content, &a->con_b, &bs, &cs, 1)) return -1;
      }
    }
  }
  return 0;
}

/* 'told BBC Radio 4's Today programme: "We let people down."': words
 * between the cue and a colon that opens a quotation (whom it was told,
 * where) are no part of the content, which starts at the quotation. */
static int colon_contents(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (cue_token(tk, r, 0) == SIZE_MAX || !r->pub.content.nspans) continue;
    size_t t0 = ws_tok_lower(tk, r->con_b[0].start), t1 = ws_tok_lower(tk, r->con_b[0].end);
    if (t0 >= tk->n || v[t0].kind == WS_TK_QUOTE || t0 < 1 ||
        v[t0 - 1].b1 > r->cue_b[r->pub.cue.nspans - 1].end + 40)
      continue;
    size_t c = t0;
    while (c < t1 && c - t0 < 8 && !ws_punct_in(text, &v[c], ":")) {
      int pos = v[c].pos;
      if (ws_pos_finite(pos) ||
          v[c].kind == WS_TK_QUOTE)
        break;
      c++;
    }
    if (c + 1 >= t1 || !ws_punct_in(text, &v[c], ":") || !(v[c + 1].flags & WS_TF_QOPEN)) continue;
    if (content_move(d, r, 0, &v[c + 1], NULL)) return -1;
  }
  return 0;
}

/* A headline "Rubio: I Still Believe Trump Can't Be Trusted" or "Poll:
 * Trump a big turnoff for Latino voters" is an attribution with the colon
 * for its cue, as PolNeAR marks two thirds of such headlines: the first
 * paragraph of the document, short, opening with one to four capitalised
 * words and a colon, with no cue of the tagger's in it.  Labels that head
 * a story ("Exclusive:", "Opinion:", "The Latest:") are no sources. */
/* The end of the document's first block when it is a headline (no more
 * than blank space before it, at most 40 tokens, no furniture); else 0. */
static size_t headline_end(const ws_doc *d, const ws_tokens *tk) {
  const ws_token *v = tk->v;
  if (!tk->n || v[0].b0 < d->body || v[0].b0 - d->body > 64) return 0;
  for (size_t b = d->body; b < v[0].b0; b++)
    if (!strchr(" \t\r\n", d->text[b])) return 0;
  size_t p1 = 1;
  while (p1 < tk->n && !(v[p1].flags & WS_TF_PARA)) p1++;
  return p1 > 40 || (v[0].flags & WS_TF_FURNITURE) ? 0 : p1;
}

/* The colon after a kicker that opens the headline ("Exclusive:",
 * "Analysis:", AP's "The Latest:"): a label of the story, no source and
 * no part of any content.  0 when the headline opens with none. */
static size_t headline_label(const ws_doc *d, const ws_tokens *tk) {
  static const char *const labels[] = {"exclusive", "breaking", "update", "updated", "opinion",
                                       "analysis", "editorial", "live", "video", "watch",
                                       "explainer", "review", "commentary", "letters", "latest",
                                       "factbox", "insight", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t p1 = headline_end(d, tk);
  size_t l0 = p1 > 3 && ws_word_is(text, &v[0], "the") ? 1 : 0;
  if (p1 < l0 + 4 || !ws_word_in(text, &v[l0], labels) || !ws_punct_in(text, &v[l0 + 1], ":"))
    return 0;
  return l0 + 1;
}

/* "Hospital waiting lists 'will not fall this year', says health chief"
 * (a British headline): a clause, a comma, a reporting verb in the
 * present tense and a short noun phrase to the line's end: the noun phrase
 * said the clause.  The tagger's record on that verb is rewritten; with
 * none, one is made.  Another cue in the headline leaves it alone. */
static int headline_inversion(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t p1 = headline_end(d, tk);
  if (p1 < 5) return 0;
  /* (a headline ends without a stop: "..., said she would plead not
   * guilty." is a sentence) */
  if (ws_punct_in(text, &v[p1 - 1], ".!?")) return 0;
  size_t e = trim_end(text, tk, 0, p1), k = e;
  while (k > 0 && !ws_punct_in(text, &v[k - 1], ",")) k--;
  /* comma at k - 1, verb at k, the source [k + 1, e): one to six words */
  if (k < 3 || k + 2 > e || e - (k + 1) > 6 || v[k].kind != WS_TK_WORD) return 0;
  const char *cls = ws_cue_class_of(text + v[k].b0, v[k].b1 - v[k].b0);
  if (!cls || !strcmp(cls, "belief") || !strcmp(cls, "intention")) return 0;
  /* the source: nouns and their modifiers, no verb or pronoun */
  for (size_t i = k + 1; i < e; i++) {
    int pos = v[i].pos;
    if (v[i].kind != WS_TK_WORD || (pos >= WS_POS_VBD && pos <= WS_POS_PRPS) || pos == WS_POS_WH ||
        pos == WS_POS_TO)
      return 0;
  }
  ws_attr_rec *r = NULL;
  for (size_t j = first; j < d->nattrs; j++) {
    ws_attr_rec *o = &d->attrs[j];
    if (!o->pub.cue.nspans || o->cue_b[0].start >= v[p1 - 1].b1) continue;
    if (o->cue_b[0].start == v[k].b0) r = o;
    else if (ws_cue_reports(o->pub.cue.text)) return 0; /* (not a stray "Lists") */
  }
  ws_trange src = {k + 1, e}, cue = {k, k + 1}, con = {0, k - 1};
  if (!r) return ws_attr_record(d, tk, &src, &cue, &con, 1) ? 0 : -1;
  ws_span cb = {v[0].b0, v[k - 2].b1}, cc = {v[0].c0, v[k - 2].c1};
  if (ws_part_set(d, &r->pub.content, &r->con_b, &cb, &cc, 1)) return -1;
  return set_source(d, r, tk, k + 1, e);
}

/* "'We are tired of warm words': Commuters vent fury over cancellations"
 * (a British headline): a quotation that opens the headline, a colon,
 * then a noun phrase: the noun phrase said it, the colon is the cue, as
 * headline_colon reads "Rubio: I Still Believe ...".  Only where nothing
 * else was found in the headline. */
static int headline_quotes(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t p1 = headline_end(d, tk);
  if (p1 < 6 || !ws_opens_quote(&v[0])) return 0;
  size_t q = 1;
  while (q < p1 && !(v[q].flags & WS_TF_QCLOSE)) q++;
  if (q + 3 >= p1 || q < 3 || !ws_punct_in(text, &v[q + 1], ":") || !(v[q + 2].flags & WS_TF_CAP))
    return 0;
  size_t e = q + 2;
  int noun = 0;
  while (e < p1 && e - q < 8 && np_word(&v[e])) {
    noun |= v[e].pos == WS_POS_NN || v[e].pos == WS_POS_NNS || v[e].pos == WS_POS_NNP ||
            v[e].pos == WS_POS_UNK;
    e++;
  }
  /* a plural the tag lexicon does not know ends it: "Nova Scotia fishers
   * | fight" */
  if (e < p1 && e - q < 8 && v[e].pos == WS_POS_UNK && v[e].kind == WS_TK_WORD &&
      v[e].b1 - v[e].b0 > 3 && text[v[e].b1 - 1] == 's' && text[v[e].b1 - 2] != 's') {
    e++;
    noun = 1;
  }
  if (!noun) return 0;
  /* a record the tagger made with that noun phrase for source and the
   * verb after it for cue ("Commuters | vent") is this one: its cue is the
   * colon */
  ws_attr_rec *r = NULL;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *o = &d->attrs[k];
    if (!o->pub.cue.nspans || o->cue_b[0].start >= v[p1 - 1].b1) continue;
    if (r || !o->pub.has_source || o->pub.source.nspans != 1 || o->src_b[0].start != v[q + 2].b0 ||
        o->src_b[0].end != v[e - 1].b1 || o->cue_b[0].start != v[e].b0)
      return 0;
    r = o;
  }
  ws_trange src = {q + 2, e}, cue = {q + 1, q + 2}, con = {0, q + 1};
  if (r) {
    ws_span cb = {v[q + 1].b0, v[q + 1].b1}, cc = {v[q + 1].c0, v[q + 1].c1};
    ws_span qb = {v[0].b0, v[q].b1}, qc = {v[0].c0, v[q].c1};
    if (ws_part_set(d, &r->pub.cue, &r->cue_b, &cb, &cc, 1) ||
        ws_part_set(d, &r->pub.content, &r->con_b, &qb, &qc, 1))
      return -1;
  } else if (!(r = ws_attr_record(d, tk, &src, &cue, &con, 1))) {
    return -1;
  }
  r->pub.cue_lemma = "headline";
  r->pub.cue_class = "neutral";
  return 0;
}

static int headline_colon(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t p1 = headline_end(d, tk);
  if (!p1) return 0;
  size_t c = 1;
  while (c < p1 && c <= 4 && (v[c].flags & WS_TF_CAP) && v[c].kind == WS_TK_WORD) c++;
  if (c >= p1 || !ws_punct_in(text, &v[c], ":") || !(v[0].flags & WS_TF_CAP) || c + 3 > p1) return 0;
  if (headline_label(d, tk) == c) {
    /* the label is no source and no part of a content ("Exclusive:
     * Northwind weighs sale of unit, sources say") */
    for (size_t k = first; k < d->nattrs; k++) {
      ws_attr_rec *o = &d->attrs[k];
      if (o->pub.has_source && o->src_b[0].start == v[0].b0 && o->src_b[0].end == v[c - 1].b1)
        drop_source(o);
      if (o->pub.content.nspans && o->con_b[0].start == v[0].b0 && o->con_b[0].end > v[c + 1].b0 &&
          content_move(d, o, 0, &v[c + 1], NULL))
        return -1;
    }
    return 0;
  }
  /* nor a topic's common noun ("Flooding: Families 'living in fear'",
   * the BBC's style): one word, a noun or an -ing form, that names no
   * source and no one (data/source-words.tsv, the name lists) */
  size_t w0 = v[0].b1 - v[0].b0;
  int ing = w0 > 5 && !memcmp(text + v[0].b1 - 3, "ing", 3);
  int topic = c == 1 && (v[0].pos == WS_POS_NN || v[0].pos == WS_POS_NNS || v[0].pos == WS_POS_VBG || ing) &&
              !strcmp(ws_source_word_type(text + v[0].b0, w0), "unknown") &&
              !ws_name_word_kind(text + v[0].b0, w0) && !ws_first_name_gender(text + v[0].b0, w0);
  ws_attr_rec *r = NULL;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *o = &d->attrs[k];
    if (!o->pub.cue.nspans || o->cue_b[0].start >= v[p1 - 1].b1) continue;
    /* the tagger's own reading of the colon stands; another cue in the
     * headline ("Poll: Trump leads") leaves it alone */
    if (o->pub.cue.nspans != 1 || o->cue_b[0].start != v[c].b0 || o->cue_b[0].end != v[c].b1) return 0;
    r = o;
  }
  if (topic) { /* (the tagger's reading loses the topic as its source) */
    if (r && r->pub.has_source && r->src_b[0].start == v[0].b0 && r->src_b[0].end == v[0].b1)
      drop_source(r);
    return 0;
  }
  ws_trange src = {0, c}, cue = {c, c + 1}, con = {c + 1, trim_end(text, tk, c + 1, p1)};
  if (!r && con.t1 <= con.t0) return 0;
  if (!r && !(r = ws_attr_record(d, tk, &src, &cue, &con, 1))) return -1;
  /* the colon reports neutrally, as "says" would */
  r->pub.cue_lemma = "headline";
  r->pub.cue_class = "neutral";
  return 0;
}

/* A headline that names its source last, after a colon: "Ottawa to
 * expand dental plan to all adults by spring: minister", "Rail fares to
 * rise 4.6%: report".  One to four words after the colon, a name's or a
 * source's word (data/source-words.tsv) among them; at least four tokens
 * before it; nothing the tagger found in the headline. */
static int headline_source_colon(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t p1 = headline_end(d, tk);
  if (p1 < 7) return 0;
  size_t e = p1;
  while (e > 0 && ws_punct_in(text, &v[e - 1], ".")) e--;
  size_t c = e;
  while (c > 0 && e - c <= 4 && v[c - 1].kind == WS_TK_WORD) c--;
  if (c < 5 || c == e || e - c > 4 || !ws_punct_in(text, &v[c - 1], ":")) return 0;
  /* a noun phrase (no verb: "...: Sanders offers a preview" is a
   * clause) in a headline written as a sentence (in title case, "The One
   * Thing Both Sides Want: Break Up Banks", a capital says nothing) */
  int named = 0, lower = 0;
  for (size_t i = 1; i + 1 < c; i++) lower |= v[i].kind == WS_TK_WORD && !(v[i].flags & WS_TF_CAP);
  for (size_t i = c; i < e; i++) {
    if (ws_pos_finite(v[i].pos) || v[i].pos == WS_POS_IN) return 0;
    named |= (v[i].flags & WS_TF_CAP) ||
             strcmp(ws_source_word_type(text + v[i].b0, v[i].b1 - v[i].b0), "unknown") != 0;
  }
  if (!named || !lower) return 0;
  for (size_t k = first; k < d->nattrs; k++)
    if (d->attrs[k].pub.cue.nspans && d->attrs[k].cue_b[0].start < v[p1 - 1].b1) return 0;
  ws_trange src = {c, e}, cue = {c - 1, c}, con = {0, trim_end(text, tk, 0, c - 1)};
  if (con.t1 <= con.t0) return 0;
  ws_attr_rec *r = ws_attr_record(d, tk, &src, &cue, &con, 1);
  if (!r) return -1;
  r->pub.cue_lemma = "headline";
  r->pub.cue_class = "neutral";
  return 0;
}

/* The first token c of r's cue, outside quotation and past the fourth,
 * and e, before the adverbs or "today" (at most two) that precede it
 * ("Acme Inc. today | announced"). */
static int cue_after_adverbs(const char *text, const ws_tokens *tk, const ws_attr_rec *r, size_t *c,
                             size_t *e) {
  const ws_token *v = tk->v;
  if (!r->pub.cue.nspans) return 0;
  *c = ws_tok_lower(tk, r->cue_b[0].start);
  if (*c < 4 || *c >= tk->n || (v[*c].flags & WS_TF_INQ)) return 0;
  *e = *c;
  while (*e > 0 && *c - *e < 2 &&
         (v[*e - 1].pos == WS_POS_RB || ws_word_is(text, &v[*e - 1], "today")))
    (*e)--;
  return 1;
}

/* The end of a company's suffix after a name ending at token j, before
 * token `end`: ", Inc." or a stop ("Corp."); j when there is none. */
static size_t company_suffix(const char *text, const ws_token *v, size_t j, size_t end) {
  if (j + 2 < end && ws_punct_in(text, &v[j], ",") && (v[j + 1].flags & WS_TF_CAP) &&
      ws_punct_in(text, &v[j + 2], "."))
    return j + 3;
  if (j < end && ws_punct_in(text, &v[j], ".")) return j + 1;
  return j;
}

/* Tokens [i, j) can be a company's name: its capitalised words nouns or
 * words the lexicon does not know, or, in a name of two words or more,
 * adjectives ("Northpeak Solar", "Pacific Gas"); not a verb or an adverb
 * ("Privately,"). */
static int company_words(const ws_token *v, size_t i, size_t j) {
  for (size_t t = i; t < j; t++) {
    int p = v[t].pos;
    if (v[t].kind == WS_TK_WORD && (v[t].flags & WS_TF_CAP) && p != WS_POS_NNP && p != WS_POS_UNK &&
        p != WS_POS_NN && p != WS_POS_NNS && !(p == WS_POS_JJ && j - i >= 2))
      return 0;
  }
  return 1;
}

/* "ACME Robotics, Inc. (NASDAQ: ACMR), a leading provider of ...,
 * today announced": when a sentence opens with a name in a company's
 * shape (a suffix such as ", Inc.", a ticker in brackets), then an
 * appositive set off by commas ("a leading ...", "the ..."), then the cue
 * (perhaps after "today" or another adverb), the source is the name with
 * its appositive, as PolNeAR marks a subject; a source or content the
 * tagger found inside the appositive gives way.  (Without that shape the
 * opening words are as often an adverbial, "Privately,", or another
 * person, and PolNeAR train's sources say not to; but a name will do
 * where the tagger's source is the lone "today" before the cue.) */
static int appositive_names(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c, e;
    if (!cue_after_adverbs(text, tk, r, &c, &e)) continue;
    /* the comma that closes the appositive, before the adverbs */
    if (e == 0 || !ws_punct_in(text, &v[--e], ",")) continue;
    size_t ss = near_sent_start(tk, e, 40);
    if (ss == SIZE_MAX || (v[ss].flags & WS_TF_INQ)) continue;
    size_t j = name_run(text, tk, ss, e);
    if (j == ss || !proper_run(text, v, ss, j)) continue;
    if (!company_words(v, ss, j)) continue;
    /* a company's shape: ", Inc.", "Corp.", "(NASDAQ: ACMR)" */
    size_t js = company_suffix(text, v, j, e);
    int company = js != j;
    j = js;
    if (j < e && ws_punct_in(text, &v[j], "(")) {
      size_t b = j + 1;
      while (b < e && b - j < 8 && !ws_punct_in(text, &v[b], ")")) b++;
      if (b < e && ws_punct_in(text, &v[b], ")")) j = b + 1, company = 1;
    }
    /* or the tagger's source is the "today" after the appositive ("Brightline
     * Health, a provider of ..., today | announced"), which no one is */
    int lone_day = r->pub.has_source && r->pub.source.nspans == 1 && e + 2 == c &&
                   r->src_b[0].start == v[e + 1].b0 && r->src_b[0].end == v[e + 1].b1;
    if (lone_day) company = 1;
    /* then ", a ..." or ", the ..." up to the comma, no other comma */
    if (!company || j + 2 >= e || !ws_punct_in(text, &v[j], ",") ||
        !(v[j + 1].pos == WS_POS_DT || v[j + 1].pos == WS_POS_PRPS))
      continue;
    int plain = 1;
    for (size_t t = j + 1; t < e && plain; t++)
      plain = v[t].kind == WS_TK_WORD || (v[t].kind == WS_TK_PUNCT && !ws_punct_in(text, &v[t], ",;:("));
    if (!plain) continue;
    /* what the tagger put in the appositive gives way */
    size_t b0 = v[ss].b0, b1 = v[e].b0;
    if (r->pub.has_source && !lone_day &&
        (r->src_b[0].start < b0 || r->src_b[r->pub.source.nspans - 1].end > v[e].b1))
      continue; /* (a source may keep the appositive's closing comma) */
    /* (a content across the source: leave it be) */
    int left = content_leave(d, r, b0, b1);
    if (left < 0) return -1;
    if (!left) continue;
    if (set_source(d, r, tk, ss, e)) return -1;
  }
  return 0;
}

/* A press release's opening: "Northwind Energy Corp. ("Northwind" or the
 * "Company") (TSX: NWE) today | reported ...".  A sentence that opens with
 * a name (perhaps ", Inc." or "Corp."), then one to three groups in
 * brackets, perhaps "today", then the cue: the name and its brackets are
 * the source, where the tagger had none or took a piece of them ("NWE)",
 * 'the "Company")'). */
static int company_parens(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c, e;
    if (!cue_after_adverbs(text, tk, r, &c, &e)) continue;
    /* (after an appositive: '("Veltrix") (NASDAQ: VLTX), a leader in
     * edge computing, today announced') */
    size_t p = e, groups = 0, end = e;
    if (e > 3 && ws_punct_in(text, &v[e - 1], ",")) {
      size_t b = e - 2;
      while (b > 0 && e - b < 16 && !ws_punct_in(text, &v[b], ",") && !(v[b].flags & WS_TF_SENT))
        b--;
      if (b > 0 && b + 1 < e - 1 && ws_punct_in(text, &v[b], ",") &&
          ws_punct_in(text, &v[b - 1], ")") && v[b + 1].pos == WS_POS_DT)
        p = b, end = e - 1; /* (the closing comma left out, as appositive_names does) */
    }
    /* the groups in brackets, back from the last */
    while (groups < 3 && p > 1 && ws_punct_in(text, &v[p - 1], ")")) {
      size_t b = p - 1;
      while (b > 0 && p - 1 - b < 12 && !ws_punct_in(text, &v[b], "(") &&
             !(v[b].flags & WS_TF_SENT))
        b--;
      if (!ws_punct_in(text, &v[b], "(")) break;
      p = b;
      groups++;
    }
    if (!groups || p == 0) continue;
    size_t ss = near_sent_start(tk, p - 1, 12);
    if (ss == SIZE_MAX || ss >= p || (v[ss].flags & WS_TF_INQ)) continue;
    size_t j = name_run(text, tk, ss, p);
    if (j == ss || !proper_run(text, v, ss, j)) continue;
    if (company_suffix(text, v, j, p) != p) continue;
    /* a name's words, and no clause in the brackets ("Kasich (who has 25
     * delegates)") */
    int plain = company_words(v, ss, p);
    for (size_t t = p; t < e && plain; t++) plain = v[t].pos != WS_POS_WH && !ws_pos_finite(v[t].pos);
    if (!plain) continue;
    /* the tagger's source, if any, lies within (perhaps with "today") */
    size_t b0 = v[ss].b0, b1 = v[c - 1].b1;
    if (r->pub.has_source &&
        (r->src_b[0].start < b0 || r->src_b[r->pub.source.nspans - 1].end > b1))
      continue;
    /* (what the tagger put in the brackets gives way: '("Northwind" or
     * "the Company") | today reported') */
    int left = content_leave(d, r, b0, b1);
    if (left < 0) return -1;
    if (!left) continue;
    if (set_source(d, r, tk, ss, end)) return -1;
  }
  return 0;
}

/* The end of a run of at most four words from token `from` with no verb
 * in a tense and none of the `stop` flags ("told reporters", "in a
 * statement"). */
static size_t untensed_run(const ws_tokens *tk, size_t from, uint16_t stop) {
  size_t e = from;
  while (e < tk->n && e - from < 4 && tk->v[e].kind == WS_TK_WORD && !ws_pos_tensed(tk->v[e].pos) &&
         !(tk->v[e].flags & stop))
    e++;
  return e;
}

/* Token t is the apostrophe of a plural's possessive, written on to its
 * word ("the Parents' Council"). */
static int plural_possessive(const char *text, const ws_token *v, size_t t) {
  return t > 0 && v[t - 1].kind == WS_TK_WORD && v[t - 1].b1 == v[t].b0 &&
         text[v[t - 1].b1 - 1] == 's' &&
         ((v[t].b1 == v[t].b0 + 1 && text[v[t].b0] == '\'') ||
          (v[t].b1 == v[t].b0 + 3 && !memcmp(text + v[t].b0, "\xE2\x80\x99", 3)));
}

/* The words between the last comma before token `comma` (or the
 * sentence's start ss) and it open with a subordinating word, perhaps
 * after "and" or "but" ("..., and when pressed on why, | the mother
 * replied"): a clause of the writer's sentence, no content. */
static int subordinate_before(const char *text, const ws_tokens *tk, size_t ss, size_t comma) {
  static const char *const subs[] = {"when", "if", "as", "because", "although", "though", "while",
                                     "after", "before", "since", "until", "unless", NULL};
  static const char *const conj[] = {"and", "but", "or", NULL};
  size_t k = comma;
  while (k > ss && !ws_punct_in(text, &tk->v[k - 1], ",")) k--;
  if (k < comma && ws_word_in(text, &tk->v[k], conj)) k++;
  return k < comma && ws_word_in(text, &tk->v[k], subs);
}

/* A content of the linker's records [first, lend) with its cue in
 * bytes [b0, comma) runs over bytes [comma, end). */
static int swallowed_by(const ws_doc *d, size_t first, size_t lend, size_t b0, size_t comma,
                        size_t end) {
  for (size_t k = rec_lower(d, first, lend, b0); k < lend && d->attrs[k].cue_b[0].start < comma; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    for (size_t f = 0; f < r->pub.content.nspans; f++)
      if (r->con_b[f].start < comma && r->con_b[f].end >= end) return 1;
  }
  return 0;
}

/* "Residents plan to protest outside City Hall on Monday, organisers
 * said.": a sentence that ends ", SOURCE said." with no cue on "said" is
 * that source's report of the clause before the comma; attributions
 * inside that clause are relayed through it and stop before the comma.
 * So is a headline that ends ", SOURCE confirms" with no mark, and a
 * "has confirmed" between commas.  Where the tagger made the cue and took
 * the words between the comma and it for the content ("..., minister |
 * confirms"), its record gets that source and the clause. */
/* Token i opens a participle or relative clause of the closing report
 * that withholds the source's name (data/withheld-names.tsv): ",
 * speaking on condition of anonymity because the talks are private",
 * ", who asked not to be named". */
static int anonymity_aside(const char *text, const ws_tokens *tk, size_t i) {
  const ws_token *v = tk->v;
  if (!(v[i].pos == WS_POS_VBG || ws_word_is(text, &v[i], "who"))) return 0;
  size_t e = i;
  while (e + 1 < tk->n && e - i < 8 && !(v[e].flags & WS_TF_SENT_END) && !ws_punct_in(text, &v[e + 1], ","))
    e++;
  char low[128];
  ws_lex_norm(text + v[i].b0, v[e].b1 - v[i].b0, low, sizeof low);
  return ws_withholds_name(low, 0);
}

static int trailing_reports(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend) {
  static const char *const verbs[] = {"said", "says", "say", "added", "adds", "noted", "wrote",
                                      "reported", "explained", "insisted", "argued", "warned",
                                      "announced", "confirmed", "told", "tells", NULL};
  static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                     "saturday", "sunday", "today", "yesterday", NULL};
  static const char *const parts[] = {"night", "week", "weekend", "month", "year", "morning",
                                      "afternoon", "evening", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  uint32_t vh[sizeof verbs / sizeof *verbs];
  for (size_t k = 0; verbs[k]; k++) vh[k] = ws_norm_hash(verbs[k], strlen(verbs[k]));
  size_t label = headline_label(d, tk);
  for (size_t i = 2; i + 1 < tk->n; i++) {
    /* the verb, perhaps a day ("announced Thursday", "said on Monday"),
     * then the sentence's final mark or a comma ("..., saying ...") */
    if (v[i].kind != WS_TK_WORD || (v[i].flags & (WS_TF_INQ | WS_TF_FURNITURE))) continue;
    /* a cue the tagger found whose content is only the words between the
     * comma and the cue ("..., minister confirms"): those are its source */
    size_t own = SIZE_MAX;
    int aside = 0;
    if (v[i].label == WS_L_BC)
      for (size_t k = rec_lower(d, first, lend, v[i].b0);
           k < lend && d->attrs[k].cue_b[0].start <= v[i].b0; k++) {
        const ws_attr_rec *r = &d->attrs[k];
        if (r->cue_b[0].start == v[i].b0 && r->pub.cue.nspans == 1 && r->cue_b[0].end == v[i].b1 &&
            !r->pub.has_source && r->pub.content.nspans == 1 && r->con_b[0].end <= v[i].b0)
          own = k;
        /* or whose content is an aside after it (", three people familiar
         * with the matter told Reuters, as it struggles with falling
         * demand": content "falling demand ..."): checked below */
        else if (r->cue_b[0].start == v[i].b0 && r->pub.cue.nspans == 1 &&
                 r->cue_b[0].end == v[i].b1 && r->pub.has_source && r->pub.source.nspans == 1 &&
                 r->src_b[0].end <= v[i].b0 && r->pub.content.nspans == 1 &&
                 r->con_b[0].start > v[i].b1)
          own = k, aside = 1;
      }
    /* or a report the tagger read as the end of another's content
     * ("Nurses have voted to give their union a strike mandate, the Nova
     * Scotia Nurses' Union announced Friday."): checked below */
    int swallowed = v[i].label == WS_L_IT && own == SIZE_MAX;
    /* or a source and cue the tagger found with no content, so no
     * record holds them ("..., the British Medical Association (BMA) |
     * has announced.") */
    int bare = (v[i].label == WS_L_BC || v[i].label == WS_L_IC) && own == SIZE_MAX;
    if (v[i].label != WS_L_O && own == SIZE_MAX && !swallowed && !bare) continue;
    int verb = 0; /* (hashes first: this runs on every word) */
    for (size_t k = 0; verbs[k] && !verb; k++)
      verb = v[i].norm == vh[k] && word_is(text, &v[i], verbs[k]);
    /* or a verb of data/cue-verbs.tsv in a tense ("the company
     * confirmed"), not of intent or emotion; in a headline any of its
     * forms ("..., minister confirms", "..., figures show") */
    /* (", filings show.": a plural noun's verb the word table tags as a
     * noun) */
    /* (or ", new figures show, but ...": a comma and a conjunction) */
    static const char *const conj[] = {"but", "and", "while", "although", "though", "as", NULL};
    int plural_subject = v[i - 1].pos == WS_POS_NNS &&
                         (((v[i + 1].flags & WS_TF_SENT_END) &&
                           ws_punct_in(text, &v[i + 1], ".")) ||
                          (i + 2 < tk->n && ws_punct_in(text, &v[i + 1], ",") &&
                           ws_word_in(text, &v[i + 2], conj)));
    if (!verb && (ws_pos_tensed(v[i].pos) || (v[i + 1].flags & WS_TF_PARA) || plural_subject)) {
      const char *cls = ws_cue_class_of(text + v[i].b0, v[i].b1 - v[i].b0);
      verb = cls && strcmp(cls, "intention") != 0 && strcmp(cls, "emotive") != 0;
    }
    if (!verb || (bare && cue_taken(d, first, v[i].b0, v[i].b1))) continue;
    size_t j = i + 1;
    if (j + 1 < tk->n && ws_word_is(text, &v[j], "on")) j++;
    if (ws_word_in(text, &v[j], days)) j++;
    else if (j + 1 < tk->n && ws_word_in(text, &v[j], (const char *const[]){"late", "early", NULL}) &&
             ws_word_in(text, &v[j + 1], days))
      j += 2; /* "late Monday" */
    else if (j + 1 < tk->n && ws_word_in(text, &v[j], (const char *const[]){"last", "this", NULL}) &&
             ws_word_in(text, &v[j + 1], parts))
      j += 2; /* "last night", "this week" */
    else if (ws_word_in(text, &v[j], (const char *const[]){"tonight", "overnight", "earlier", NULL}))
      j++;
    else j = i + 1;
    /* "told reporters", "told The Associated Press": whom */
    if (j == i + 1 && (word_is(text, &v[i], "told") || word_is(text, &v[i], "tells"))) {
      size_t e = untensed_run(tk, j, WS_TF_INQ);
      if (e == j) continue;
      j = e;
    }
    /* "said in a statement", "wrote on Twitter": a short phrase of
     * channel or place */
    if (j + 2 < tk->n && (ws_word_is(text, &v[j], "in") || ws_word_is(text, &v[j], "on") ||
                          ws_word_is(text, &v[j], "at"))) {
      size_t e = untensed_run(tk, j + 1, 0);
      if (e < tk->n && (ws_punct_in(text, &v[e], ".") || ws_punct_in(text, &v[e], ","))) j = e;
    }
    /* a headline ends with its paragraph, with no mark */
    int head_end = j >= tk->n || (v[j].flags & WS_TF_PARA);
    if (!head_end && !((ws_punct_in(text, &v[j], ".") && (v[j].flags & WS_TF_SENT_END)) ||
                       ws_punct_in(text, &v[j], ",")))
      continue;
    /* the cue takes a perfect's auxiliary ("the government has
     * confirmed"); the source: one to eight words after a comma, no verb
     * in a tense among them */
    size_t cue0 = i;
    static const char *const perfect[] = {"has", "have", "had", NULL};
    if ((v[i - 1].label == WS_L_O || (bare && v[i - 1].label == WS_L_BC)) &&
        ws_word_in(text, &v[i - 1], perfect))
      cue0 = i - 1;
    size_t c = cue0, brackets = 0;
    /* (an acronym in brackets after the name: "the British Medical
     * Association (BMA) has announced") */
    if (c >= 4 && ws_punct_in(text, &v[c - 1], ")") && ws_punct_in(text, &v[c - 3], "(") &&
        v[c - 2].shape == 2 && v[c - 4].kind == WS_TK_WORD && (v[c - 4].flags & WS_TF_CAP) &&
        v[c - 2].label == v[c - 4].label)
      c -= 3, brackets = 3;
    static const char *const relatives[] = {"that", "which", "who", "whom", NULL};
    while (c > 0 && cue0 - c < 8 + brackets &&
           (v[c - 1].kind == WS_TK_WORD || plural_possessive(text, v, c - 1)) &&
           (swallowed ? v[c - 1].label == WS_L_IT
                      : v[c - 1].label == WS_L_O || v[c - 1].label == WS_L_BS ||
                            v[c - 1].label == WS_L_IS ||
                            (own != SIZE_MAX && (v[c - 1].label == WS_L_BT || v[c - 1].label == WS_L_IT)))) {
      /* a preposition may stand inside ("people familiar with the
       * matter"), and a participle before one ("people briefed on the
       * talks") */
      int p = v[c - 1].pos;
      if (v[c - 1].kind != WS_TK_WORD) p = WS_POS_POS;
      /* (a capitalised word inside the sentence is a name's, whatever
       * the word table's tag: "the Department for Transport") */
      int name = (v[c - 1].flags & WS_TF_CAP) && !(v[c - 1].flags & WS_TF_SENT);
      /* (a relative word ends it, so no comma comes before the source: a
       * relative clause is no closing report, ", a charge that party
       * leaders denied.") */
      if (ws_word_in(text, &v[c - 1], relatives) ||
          (!name && (ws_pos_finite(p) || p == WS_POS_VB || (p == WS_POS_VBN && v[c].pos != WS_POS_IN) ||
                     p == WS_POS_CC || (swallowed && p == WS_POS_WH))))
        break;
      c--;
    }
    if (c < cue0 && v[c].pos == WS_POS_IN) continue; /* but not open it */
    if (c == cue0 || c == 0 || !ws_punct_in(text, &v[c - 1], ",") || (v[c].flags & WS_TF_SENT))
      continue;
    size_t ss = near_sent_start(tk, c - 1, 80);
    if (ss == 0 && label) ss = label + 1; /* "Exclusive: ..., sources say" */
    if (ss == SIZE_MAX || c - 1 - ss < 4 || (v[ss].flags & WS_TF_INQ)) continue;
    /* a quotation before the comma is the tagger's to attribute (not a
     * word or two in quotation marks: 'exempt "low-risk" countries') */
    if (quotation_between(tk, ss, c - 1)) continue;
    /* swallowed: the comma and the closing words all inside one content
     * of the linker's that starts before the comma, whose cue is before
     * it in the same sentence */
    if (swallowed && (head_end || !ws_punct_in(text, &v[j], ".") || subordinate_before(text, tk, ss, c - 1) ||
                      !swallowed_by(d, first, lend, v[ss].b0, v[c - 1].b0, v[i].b1)))
      continue;
    static const char *const asides[] = {"as",    "amid",      "while",   "after",
                                         "following", "despite", NULL};
    int aside_next = !head_end && ws_punct_in(text, &v[j], ",") && j + 1 < tk->n &&
                     (ws_word_in(text, &v[j + 1], asides) || anonymity_aside(text, tk, j + 1));
    if (own != SIZE_MAX && !aside && (cue0 != i || d->attrs[own].con_b[0].start != v[c].b0 ||
                                      d->attrs[own].con_b[0].end != v[cue0 - 1].b1))
      continue;
    /* (the aside: the tagger's source is the words between the comma and
     * the cue, its content starts after the aside's word) */
    if (aside && (!aside_next || cue0 != i || d->attrs[own].src_b[0].start != v[c].b0 ||
                  d->attrs[own].con_b[0].start < v[j + 1].b0))
      continue;
    ws_trange con = {ss, c - 1}, src = {c, cue0}, cue = {cue0, i + 1};
    /* contents that ran on over ", organisers said" stop before it */
    size_t stop = v[head_end ? j - 1 : j].b1;
    /* (and past it to the sentence's end before a subordinate clause:
     * ", two sources told Reuters, as the lender tries to ..." is the
     * writer's, not the report's) */
    if (aside_next) {
      size_t e = j;
      while (e + 1 < tk->n && !(v[e].flags & WS_TF_SENT_END)) e++;
      stop = v[e].b1;
    }
    if (stop_contents(d, first, lend, v[ss].b0, v[c - 2].b1, v[c - 2].c1, stop)) return -1;
    size_t self = own != SIZE_MAX ? own : d->nattrs;
    if (own != SIZE_MAX) {
      ws_attr_rec *r = &d->attrs[own];
      ws_span bs = {v[ss].b0, v[c - 2].b1}, cs = {v[ss].c0, v[c - 2].c1};
      if (set_source(d, r, tk, c, cue0) || ws_part_set(d, &r->pub.content, &r->con_b, &bs, &cs, 1))
        return -1;
    } else if (!ws_attr_record(d, tk, &src, &cue, &con, 1))
      return -1;
    relay_through(d, first, lend, v[ss].b0, v[c - 2].b1, self);
    /* a cue inside the clause that the tagger gave the closing source
     * ("The union | is expected to ..., sources close to the talks
     * suggested") had it from the report, not from its own words */
    for (size_t k = rec_lower(d, first, lend, v[ss].b0);
         k < lend && d->attrs[k].cue_b[0].start < v[c - 1].b0; k++) {
      ws_attr_rec *in = &d->attrs[k];
      if (k != self && in->pub.has_source && in->pub.source.nspans == 1 &&
          in->src_b[0].start == v[c].b0 && in->src_b[0].end == v[cue0 - 1].b1)
        drop_source(in);
    }
  }
  return 0;
}

static const char *const clause_openers[] = {"that", "how", "why", "whether", "if", "what",
                                             "when", "where", "who", "to", NULL};

/* Bytes [a, b) hold only blank space, commas, dashes and quotation
 * marks. */
static int only_marks(const char *text, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    unsigned char ch = (unsigned char)text[i];
    if (strchr(" \t\r\n,\"'-", ch)) continue;
    /* en and em dashes, the horizontal bar, curly quotation marks: E2 80
     * 93 to 9F (not the ellipsis, E2 80 A6) */
    if (ch == 0xE2 && i + 2 < b && (unsigned char)text[i + 1] == 0x80 &&
        (unsigned char)text[i + 2] >= 0x93 && (unsigned char)text[i + 2] <= 0x9F) {
      i += 2;
      continue;
    }
    return 0;
  }
  return 1;
}

/* A content's span before its cue is the cue's only when nothing but the
 * source and punctuation stands between them ('"...," Clinton said'; "The
 * economy, he said, is strong"); one farther back is another report's
 * or none ("Donald Trump's proposal to bar Muslims. ... saying: '...'"),
 * and is dropped while another span is left. */
static int source_range(const ws_tokens *tk, const ws_attr_rec *r, size_t *s0, size_t *s1);

/* The verb that reports a span a record lost (stray_spans): a strong
 * cue word in a tense at most four words before token a and after the
 * record's source (which ends before token s1), with only words in no
 * tense between (whom and when: "told reporters Tuesday | that ...");
 * SIZE_MAX when none. */
static size_t lost_verb(const ws_tokens *tk, size_t s1, size_t a) {
  const ws_token *v = tk->v;
  for (size_t g = a; g-- > s1 && g + 5 >= a;) {
    if ((v[g].flags & WS_TF_STRONGCUE) && ws_pos_tensed(v[g].pos)) return g;
    if (v[g].kind != WS_TK_WORD || ws_pos_finite(v[g].pos) || (v[g].flags & WS_TF_INQ)) break;
  }
  return SIZE_MAX;
}

/* "Leon Draisaitl | added | a goal and two assists for Edmonton, which
 * has won five straight", "organisers added 160 security staff": "add"
 * with a thing for its object reports no words.  The content opens with
 * a determiner, a possessive or a number, holds no quotation mark, and
 * has no finite verb, no "that" and no word of saying (a form of a
 * verb of data/cue-verbs.tsv: "note", "comment") before its first
 * comma.  On PolNeAR train every content of the cue "added" is a clause
 * or a quotation; "adding the U.S. must be ..." is a clause, "added a
 * note of caution" a speech act.  Nor does "add to" ("adding to concerns
 * about a supply glut": never a cue on PolNeAR train). */
static void added_things(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend, uint8_t *dead) {
  static const char *const add[] = {"add", "adds", "added", "adding", NULL};
  static const char *const det[] = {"a", "an", "the", "his", "her", "their", "its", "another",
                                    "several", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < lend; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    if (dead[k - first] || r->pub.inferred || r->pub.cue.nspans != 1 || r->pub.content.nspans != 1)
      continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start), a = ws_tok_lower(tk, r->con_b[0].start),
           e = ws_tok_lower(tk, r->con_b[0].end);
    if (c + 1 < tk->n && ws_word_in(text, &v[c], add) && ws_word_is(text, &v[c + 1], "to") &&
        (v[c + 1].b1 <= r->cue_b[0].end || a == c + 1)) {
      dead[k - first] = 1;
      continue;
    }
    if (c >= tk->n || v[c].b1 != r->cue_b[0].end || !ws_word_in(text, &v[c], add) || a >= e ||
        !((ws_word_in(text, &v[a], det) && islower((unsigned char)text[v[a].b0])) ||
          v[a].pos == WS_POS_CD))
      continue;
    int thing = 1;
    for (size_t i = a; i < e && thing; i++) thing = v[i].kind != WS_TK_QUOTE;
    for (size_t i = a; i < e && thing; i++) {
      if (i > a && text[v[i].b0] == ',') break;
      /* (a verb's form right after a determiner or a number is a noun:
       * "two assists"; a word of saying: "added a note of caution") */
      int noun = i > a && (v[i - 1].pos == WS_POS_CD || v[i - 1].pos == WS_POS_JJ ||
                           ws_word_in(text, &v[i - 1], det));
      if ((ws_pos_finite(v[i].pos) && !noun) || ws_word_is(text, &v[i], "that") ||
          text[v[i].b0] == ':' || ws_cue_class_of(text + v[i].b0, v[i].b1 - v[i].b0))
        thing = 0;
    }
    if (thing) dead[k - first] = 1;
  }
}

/* "UN climate talks stalled on Friday", "her eyes widened": a one-word
 * cue in -s after a noun, an adjective, a determiner or a possessive in
 * lower case, with a verb's past form right after it, is a plural noun,
 * the subject of that verb, no verb of saying; the record goes.  ("which
 * he believes will", "that Carson says led": a name or a pronoun before
 * it keeps it a verb.) */
static void noun_cues(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend, uint8_t *dead) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < lend; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    if (dead[k - first] || r->pub.cue.nspans != 1) continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start);
    if (c == 0 || c + 1 >= tk->n || v[c].b1 != r->cue_b[0].end || text[v[c].b1 - 1] != 's' ||
        (v[c].flags & WS_TF_SENT))
      continue;
    uint8_t p = v[c - 1].pos;
    if ((p == WS_POS_NN || p == WS_POS_NNS || p == WS_POS_JJ || p == WS_POS_DT || p == WS_POS_PRPS) &&
        !(v[c - 1].flags & WS_TF_CAP) && (v[c + 1].pos == WS_POS_VBD || v[c + 1].pos == WS_POS_VBN))
      dead[k - first] = 1;
  }
}

/* "..., a claim the Commission disputes.": a noun of saying after "a" or
 * "the" whose content is a short subject and a verb of denying that ends
 * the clause names what another denies (a relative clause without
 * "which"); nobody's claim is reported there, and the clause is no
 * content.  PolNeAR train has one such record ("a claim that Gowdy's
 * office strongly disputes", which its annotators left out too). */
static void disputed_claims(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend,
                            uint8_t *dead) {
  static const char *const noun[] = {"claim", "claims", "allegation", "allegations", "accusation",
                                     "accusations", "charge", "charges", "assertion", "suggestion",
                                     NULL};
  static const char *const deny[] = {"denies",    "denied",   "deny",     "disputes", "disputed",
                                     "dispute",   "rejects",  "rejected", "reject",   "contests",
                                     "contested", "contest",  "denying",  NULL};
  static const char *const det[] = {"a", "an", "the", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < lend; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    if (dead[k - first] || r->pub.cue.nspans != 1 || r->pub.content.nspans != 1) continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start), a = ws_tok_lower(tk, r->con_b[0].start),
           e = ws_tok_lower(tk, r->con_b[0].end);
    if (c == 0 || c >= tk->n || v[c].b1 != r->cue_b[0].end || !ws_word_in(text, &v[c], noun) ||
        !ws_word_in(text, &v[c - 1], det) || a <= c || a >= e || e - a > 8 ||
        !ws_word_in(text, &v[e - 1], deny))
      continue;
    /* the clause ends there: the sentence's end or a mark */
    if (e < tk->n && !(v[e].flags & WS_TF_SENT) && !ws_punct_in(text, &v[e], ".,;:"))
      continue;
    if (!quote_between(tk, a, e)) dead[k - first] = 1;
  }
}

static int tense_between(const ws_doc *d, const ws_tokens *tk, const ws_attr_rec *r, size_t b);
static int stray_spans(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend,
                       const uint8_t *dead) {
  const char *text = d->text;
  /* spans dropped that a verb of their own reports: records made after
   * the loop (making one may move d->attrs) */
  struct { ws_trange src, cue, con; } lost[16];
  size_t nlost = 0;
  for (size_t k = first; k < lend; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (dead[k - first] || nf < 2 || nf > 64 || !r->pub.cue.nspans) continue;
    size_t cue0 = r->cue_b[0].start;
    ws_span b2[64], c2[64];
    size_t m = 0;
    for (size_t f = 0; f < nf; f++) {
      const ws_span *sp = &r->con_b[f];
      int keep = 1;
      if (sp->end <= cue0) {
        int adj;
        /* (the source's appositive may stand before the cue: '"...,"
         * Paris, who used to work on Capitol Hill, said') */
        if (r->pub.has_source && r->src_b[0].start >= sp->end && r->src_b[0].end <= cue0)
          adj = only_marks(text, sp->end, r->src_b[0].start);
        else
          adj = only_marks(text, sp->end, cue0) || tense_between(d, tk, r, sp->end);
        /* (spans between this one and the cue keep it) */
        keep = adj || (f + 1 < nf && r->con_b[f + 1].end <= cue0);
      }
      if (keep) {
        b2[m] = *sp;
        c2[m++] = r->pub.content.spans[f];
      } else {
        /* "Thune, the majority leader, told reporters Tuesday | that he
         * wanted a vote ... but | declined to say | when": the span is
         * the report of a verb the tagger missed, by the same source */
        size_t a = ws_tok_lower(tk, sp->start), e = ws_tok_lower(tk, sp->end), g, s0, s1;
        if (nlost < 16 && e > a + 2 && source_range(tk, r, &s0, &s1) &&
            (g = lost_verb(tk, s1, a)) != SIZE_MAX) {
          lost[nlost].src = (ws_trange){s0, s1};
          lost[nlost].cue = (ws_trange){g, g + 1};
          lost[nlost++].con = (ws_trange){a, e};
        }
      }
    }
    if (m && m < nf && ws_part_set(d, &r->pub.content, &r->con_b, b2, c2, m)) return -1;
  }
  for (size_t i = 0; i < nlost; i++)
    if (!ws_attr_record(d, tk, &lost[i].src, &lost[i].cue, &lost[i].con, 1)) return -1;
  return 0;
}

/* "Chris Christie appeared to end his bid ...", "he seems somewhat
 * uneasy": what appears or seems is said of the subject, by nobody; PolNeAR
 * makes the subject the content's first span and gives no source (155 of
 * the 195 such cues in train).  The source right before such a cue moves
 * into the content. */
static const char *const raising[] = {"appear", "appears", "appeared", "appearing", "seem",
                                      "seems", "seemed", NULL};

WS_DATA(passive_cues);
static ws_lex passives; /* loaded by ws_rules_ready */

/* The cue's text is a report in the passive: words of "be" (after "has",
 * "will", "could", ...), perhaps an adverb in -ly, then a participle of
 * data/passive-cues.tsv ("was criticized", "is widely expected"), as
 * scripts/mine-passives.py reads gold cues. */
static int passive_cue(const char *cue) {
  static const char *const auxes[] = {"has", "have", "had", "will", "would", "could", "can",
                                      "may", "might", "should", "must", "shall", "not", "never",
                                      NULL};
  if (ws_rules_ready(NULL) != WS_OK) return 0;
  const char *p = cue;
  int nbe = 0, naux = 0;
  for (;;) {
    while (*p == ' ') p++;
    size_t n = strcspn(p, " ");
    if (!n) return 0;
    int be = ws_text_word_in(p, n, be_forms), aux = !be && ws_text_word_in(p, n, auxes);
    if (!be && !aux) {
      if (!nbe) return 0;
      /* an adverb in -ly, then the participle */
      if (n > 2 && !strncasecmp(p + n - 2, "ly", 2) && p[n] == ' ') {
        p += n + 1;
        n = strcspn(p, " ");
      }
      char low[64];
      size_t m = ws_lex_norm(p, n, low, sizeof low);
      return m > 0 && ws_lex_get(&passives, low, m) != NULL;
    }
    nbe += be;
    naux += aux;
    if (nbe + naux > 4) return 0;
    p += n;
  }
}

/* The cue's text opens with a word of `raising`, or is a report in the
 * passive (as raising_subjects makes such records: no source, the
 * content around the cue). */
static int raising_cue(const char *cue) {
  return ws_text_word_in(cue, strcspn(cue, " "), raising) || passive_cue(cue);
}

/* Record r's content gets the span b (code points c) before its others. */
static int content_prepend(ws_doc *d, ws_attr_rec *r, ws_span b, ws_span c) {
  size_t nf = r->pub.content.nspans;
  ws_span b2[64], c2[64];
  if (nf > 63) return 0;
  b2[0] = b;
  c2[0] = c;
  memcpy(b2 + 1, r->con_b, nf * sizeof *b2);
  memcpy(c2 + 1, r->pub.content.spans, nf * sizeof *c2);
  return ws_part_set(d, &r->pub.content, &r->con_b, b2, c2, nf + 1);
}

/* Record r's content gets the span b (code points c) after its others. */
static int content_append(ws_doc *d, ws_attr_rec *r, ws_span b, ws_span c) {
  size_t nf = r->pub.content.nspans;
  ws_span b2[64], c2[64];
  if (nf > 63) return 0;
  memcpy(b2, r->con_b, nf * sizeof *b2);
  memcpy(c2, r->pub.content.spans, nf * sizeof *c2);
  b2[nf] = b;
  c2[nf] = c;
  return ws_part_set(d, &r->pub.content, &r->con_b, b2, c2, nf + 1);
}

/* "Ministers accused of 'betraying' pensioners", "Council urged to
 * rethink": a participle of a verb whose active form takes an object
 * before its preposition ("accused the minister of"), with no "be",
 * right before that preposition, is a passive (a headline's, or a
 * reduced relative's); the noun phrase before it was accused, and
 * accused nobody.  Not after "who"/"that" or a pronoun ("the rival who
 * he accused of lying"). */
static int reduced_passive(const char *text, const ws_tokens *tk, size_t c, size_t s0) {
  static const char *const verbs[] = {"accused",   "criticised", "criticized", "slammed", "blasted",
                                      "condemned", "urged",      "told",       "charged", "praised",
                                      "pressed",   "ordered",    "warned",     NULL};
  static const char *const preps[] = {"of", "for", "over", "with", "to", NULL};
  static const char *const relatives[] = {"who", "whom", "that", "which", NULL};
  const ws_token *v = tk->v;
  if (c + 1 >= tk->n || !ws_word_in(text, &v[c], verbs) || !ws_word_in(text, &v[c + 1], preps) ||
      (word_is(text, &v[c], "warned") && !word_is(text, &v[c + 1], "to")))
    return 0;
  if (s0 >= tk->n || v[s0].pos == WS_POS_PRP || (s0 > 0 && ws_word_in(text, &v[s0 - 1], relatives)))
    return 0;
  return 1;
}

/* "Louise Haigh is understood to be pressing ...", "The minister is
 * said to be furious": a cue that ends in "be" and a participle of
 * saying or believing, with "to" right after it, raises the subject of
 * the infinitive; the subject is what was said, not who said it (as
 * PolNeAR marks "Obama | is expected | to join Clinton"). */
static int raised_passive(const char *text, const ws_tokens *tk, const ws_attr_rec *r) {
  static const char *const parts[] = {"said",     "thought",  "believed", "understood", "reported",
                                      "alleged",  "rumoured", "rumored",  "known",      "feared",
                                      "expected", NULL};
  const ws_token *v = tk->v;
  size_t e = ws_tok_lower(tk, r->cue_b[r->pub.cue.nspans - 1].end);
  size_t c = ws_tok_lower(tk, r->cue_b[0].start);
  if (e < 2 || e + 1 >= tk->n || e <= c + 1 || !ws_word_in(text, &v[e - 1], parts) ||
      !word_is(text, &v[e], "to") || v[e + 1].kind != WS_TK_WORD)
    return 0;
  for (size_t j = c; j + 1 < e; j++)
    if (is_be(text, &v[j])) return 1;
  return 0;
}

/* Words of tense and adverbs between a subject and its verb of seeming
 * ("had appeared", "does not seem", "still seems"). */
static const char *const aux_words[] = {"has",  "have",  "had",   "will",  "would",   "could",
                                        "can",  "may",   "might", "should", "must",   "does",
                                        "do",   "did",   "not",   "n't",   "never",   "also",
                                        "still", "now",  "already", "only", "just",   NULL};

/* A word that ends in "n't" ("don't", "doesn’t"). */
static int negated(const char *text, const ws_token *t) {
  size_t n = t->b1 - t->b0;
  const char *e = text + t->b1;
  return t->kind == WS_TK_WORD && ((n > 3 && !memcmp(e - 3, "n't", 3)) ||
                                   (n > 5 && !memcmp(e - 5, "n\xe2\x80\x99t", 5)));
}

static int raising_subjects(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend,
                            const uint8_t *dead) {
  const char *text = d->text;
  for (size_t k = first; k < lend; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (dead[k - first] || !r->pub.has_source || !r->pub.cue.nspans || nf > 63) continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start), cue0 = r->cue_b[0].start;
    /* "had appeared", "does not seem": the cue is the verb of seeming */
    size_t c2 = c;
    while (c2 + 1 < tk->n && tk->v[c2 + 1].b1 <= r->cue_b[0].end && c2 < c + 3 &&
           (ws_word_in(text, &tk->v[c2], aux_words) || negated(text, &tk->v[c2])))
      c2++;
    if (c2 != c && c2 < tk->n && ws_word_in(text, &tk->v[c2], raising) && r->pub.cue.nspans == 1 &&
        tk->v[c2].b1 == r->cue_b[0].end) {
      ws_span bs = {tk->v[c2].b0, r->cue_b[0].end};
      ws_span cs = {tk->v[c2].c0, r->pub.cue.spans[0].end};
      if (ws_part_set(d, &r->pub.cue, &r->cue_b, &bs, &cs, 1)) return -1;
      c = c2;
    }
    if (c >= tk->n || !(ws_word_in(text, &tk->v[c], raising) || passive_cue(r->pub.cue.text) ||
                        reduced_passive(text, tk, c, ws_tok_lower(tk, r->src_b[0].start)) ||
                        raised_passive(text, tk, r)))
      continue;
    size_t s1 = r->src_b[r->pub.source.nspans - 1].end;
    if (s1 > cue0 || !only_marks(text, s1, cue0) || memchr(text + s1, ',', cue0 - s1))
      continue;
    ws_span bs = {r->src_b[0].start, s1};
    ws_span cs = {r->pub.source.spans[0].start, r->pub.source.spans[r->pub.source.nspans - 1].end};
    if (content_prepend(d, r, bs, cs)) return -1;
    drop_source(r);
  }
  return 0;
}

/* The preposition of a headline's passive is its cue's ("Councillors |
 * accused of | 'ignoring' flood warnings"): a record with no source whose
 * cue ends in such a participle (reduced_passive) and whose content goes
 * on from the preposition right after it takes that preposition into
 * the cue. */
static int passive_preps(ws_doc *d, const ws_tokens *tk, size_t first) {
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nc = r->pub.cue.nspans, nf = r->pub.content.nspans;
    if (r->pub.has_source || nc != 1 || !nf || nf > 64) continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].end);
    if (c == 0 || c + 1 >= tk->n) continue;
    c--; /* the cue's last token */
    if (v[c].b1 != r->cue_b[0].end || !reduced_passive(d->text, tk, c, c)) continue;
    size_t f = 0;
    while (f < nf && r->con_b[f].start != v[c + 1].b0) f++;
    if (f == nf || r->con_b[f].end <= v[c + 1].b1) continue;
    if (cue_content_edge(d, r, 0, &v[c + 1], f, &v[c + 2])) return -1;
  }
  return 0;
}

/* "Commuters have been warned to | expect severe disruption": a cue of
 * telling in the passive ("warned", "urged", "ordered", "told": verbs that
 * take their object before "to", as reduced_passive lists them) that the
 * tagger ran on over the verb after "to" ends at "to", the verb opening
 * the content, as the tagger trained without a margin marks it.  (PolNeAR
 * train ends passive cues at the participle 124 times, after "to" 10 and
 * after the verb 10; moving "to" out of every such cue lost 0.05 on the
 * halves, so only the verb moves, and only after these verbs.) */
static int passive_infinitives(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nc = r->pub.cue.nspans, nf = r->pub.content.nspans;
    if (nc != 1 || !nf || nf > 64) continue;
    size_t c0 = ws_tok_lower(tk, r->cue_b[0].start), c1 = ws_tok_lower(tk, r->cue_b[0].end);
    if (c1 < c0 + 4 || c1 >= tk->n) continue;
    size_t to = c1 - 2;
    if (!ws_word_is(text, &v[to], "to") || v[c1 - 1].kind != WS_TK_WORD ||
        !reduced_passive(text, tk, to - 1, c0))
      continue;
    int be = 0;
    for (size_t q = c0; q < to - 1 && !be; q++) be = is_be(text, &v[q]);
    if (!be) continue;
    /* the content's span that goes on right after the cue */
    size_t f = 0;
    while (f < nf && r->con_b[f].start < r->cue_b[0].end) f++;
    if (f == nf || ws_tok_lower(tk, r->con_b[f].start) != c1) continue;
    if (cue_content_edge(d, r, 0, &v[to], f, &v[c1 - 1])) return -1;
  }
  return 0;
}

/* A word of tense, a negation or an adverb ("had", "doesn't", "now"),
 * as may stand between a subject and its verb of seeming. */
static int tense_word(const char *text, const ws_token *t) {
  return ws_word_in(text, t, aux_words) || negated(text, t) || t->pos == WS_POS_RB;
}

/* Only words of tense or adverbs stand between byte b and record r's
 * cue, a verb of seeming ("Her campaign | now | appears"; raising_subjects
 * leaves them out of the cue). */
static int tense_between(const ws_doc *d, const ws_tokens *tk, const ws_attr_rec *r, size_t b) {
  const ws_token *v = tk->v;
  size_t i = ws_tok_lower(tk, b), c = ws_tok_lower(tk, r->cue_b[0].start);
  if (i >= c || c >= tk->n || c > i + 4 || !ws_word_in(d->text, &v[c], raising)) return 0;
  for (; i < c; i++)
    if (!tense_word(d->text, &v[i])) return 0;
  return 1;
}

/* "Trump, who seems mired at ...", "his campaign seemed weaker": what
 * seems or appears is said of its subject by nobody (PolNeAR marks no
 * source for 97 % of such records); a source the linker gave one from
 * elsewhere (raising_subjects has taken an adjacent subject into the
 * content) is dropped.  The cue is the verb of seeming, after words of
 * tense or an adverb ("now appears", "had seemed"). */
static int raising_sources(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.has_source || !r->pub.cue.nspans) continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start);
    while (c + 1 < tk->n && tk->v[c + 1].b1 <= r->cue_b[0].end && tense_word(text, &tk->v[c]))
      c++;
    if (c >= tk->n || tk->v[c].b1 > r->cue_b[0].end || !ws_word_in(text, &tk->v[c], raising))
      continue;
    drop_source(r);
  }
  return 0;
}

static int non_cue(const ws_attribution *a);

/* Tokens [a, b) are a noun phrase with no verb or preposition but "of"
 * whose head names a person or a person's role ("The party's environment
 * spokesperson", "The city's top lawyer"; data/source-words.tsv,
 * data/titles.tsv) */
static int role_phrase_as(const char *text, const ws_tokens *tk, size_t a, size_t b, int nounish) {
  const ws_token *v = tk->v;
  if (b < a + 2 || b - a > 10) return 0;
  for (size_t i = a; i < b; i++) {
    int p = v[i].pos;
    /* (nounish: a base form inside is a noun, "The shadow transport
     * secretary") */
    if (nounish && i > a && (p == WS_POS_VB || p == WS_POS_VBP)) continue;
    if (v[i].kind == WS_TK_QUOTE || ws_punct_in(text, &v[i], ",;:") ||
        (v[i].kind == WS_TK_WORD && (ws_pos_finite(p) || p == WS_POS_VB || p == WS_POS_VBG ||
                                     (p == WS_POS_IN && !ws_word_is(text, &v[i], "of")) ||
                                     p == WS_POS_WH || p == WS_POS_RB || p == WS_POS_PRP)))
      return 0;
  }
  if (v[b - 1].kind != WS_TK_WORD) return 0;
  const char *h = ws_source_word_type(text + v[b - 1].b0, v[b - 1].b1 - v[b - 1].b0);
  return !strcmp(h, "person") || !strcmp(h, "spokesperson") || ws_title_word(text + v[b - 1].b0, v[b - 1].b1 - v[b - 1].b0);
}
static int role_phrase(const char *text, const ws_tokens *tk, size_t a, size_t b) {
  return role_phrase_as(text, tk, a, b, 0);
}

/* The mirror of parenthetical_contents: "The allure of simplicity itself,
 * Mr. Furman argued, | is largely a chimera": a content that is one noun
 * phrase from the sentence's start to the comma before the report (no
 * verb in a tense: a subject), where a verb in a tense follows the
 * report's closing comma, runs on over the rest of the sentence when no
 * record holds it. */
static int bytes_taken(const ws_doc *d, size_t first, size_t b0, size_t b1);
static int subject_tail(ws_doc *d, const ws_tokens *tk, size_t first, ws_attr_rec *r, size_t lo_b,
                        size_t hi_b) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t nf = r->pub.content.nspans;
  if (nf != 1 || r->con_b[0].end > lo_b) return 0;
  size_t lo = ws_tok_lower(tk, lo_b), hi = ws_tok_lower(tk, hi_b);
  size_t c0 = ws_tok_lower(tk, r->con_b[0].start), c1 = ws_tok_lower(tk, r->con_b[0].end);
  if (lo < 2 || hi + 2 >= tk->n || c1 != lo - 1 || !ws_punct_in(text, &v[lo - 1], ",") ||
      !ws_punct_in(text, &v[hi], ",") || !(c0 == 0 || (v[c0].flags & WS_TF_SENT)) ||
      (v[hi + 1].flags & (WS_TF_SENT | WS_TF_INQ)) || !ws_pos_tensed(v[hi + 1].pos))
    return 0;
  for (size_t i = c0; i < c1; i++)
    if (ws_pos_finite(v[i].pos) || v[i].kind == WS_TK_QUOTE) return 0;
  size_t last = sent_last(tk, hi + 1), e = trim_end(text, tk, hi + 1, last + 1);
  if (e <= hi + 1 || quote_between(tk, hi + 1, e) || bytes_taken(d, first, v[hi + 1].b0, v[e - 1].b1))
    return 0;
  return content_append(d, r, (ws_span){v[hi + 1].b0, v[e - 1].b1},
                        (ws_span){v[hi + 1].c0, v[e - 1].c1});
}

/* "In the three years since the shootings, Barden says, far too many
 * lives have been lost": a report set off by commas inside the sentence
 * it reports; the words before it are the content's first span (PolNeAR
 * marks them so).  Not when they hold a quotation or another cue. */
static int parenthetical_contents(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend,
                                  const uint8_t *dead) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < lend; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (dead[k - first] || !r->pub.has_source || !r->pub.cue.nspans || !nf || nf > 63) continue;
    size_t lo_b = r->src_b[0].start < r->cue_b[0].start ? r->src_b[0].start : r->cue_b[0].start;
    size_t se = r->src_b[r->pub.source.nspans - 1].end, ce = r->cue_b[r->pub.cue.nspans - 1].end;
    size_t hi_b = se > ce ? se : ce;
    if (r->con_b[0].start < hi_b) {
      if (subject_tail(d, tk, first, r, lo_b, hi_b)) return -1;
      continue;
    }
    size_t lo = ws_tok_lower(tk, lo_b), hi = ws_tok_lower(tk, hi_b);
    if (lo < 2 || hi + 1 >= tk->n || !ws_punct_in(text, &v[lo - 1], ",") ||
        !ws_punct_in(text, &v[hi], ",") || ws_tok_lower(tk, r->con_b[0].start) != hi + 1 ||
        (v[lo].flags & WS_TF_SENT))
      continue;
    size_t ss = near_sent_start(tk, lo - 1, 60);
    if (ss == SIZE_MAX || ss >= lo - 1) continue;
    if (quote_between(tk, ss, lo - 1)) continue;
    /* (a cue that will be dropped, one with no source that reports
     * nothing or a word that seldom opens one, does not count) */
    int other = 0;
    for (size_t o = rec_lower(d, first, lend, v[ss].b0);
         o < lend && d->attrs[o].cue_b[0].start < v[lo - 1].b0 && !other; o++)
      other = !dead[o - first] && !non_cue(&d->attrs[o].pub) &&
              (d->attrs[o].pub.has_source || ws_cue_reports(d->attrs[o].pub.cue.text));
    if (other) continue;
    if (content_prepend(d, r, (ws_span){v[ss].b0, v[lo - 2].b1}, (ws_span){v[ss].c0, v[lo - 2].c1}))
      return -1;
  }
  return 0;
}

/* Tokens [a, b) are a noun phrase that describes what a name names ("The
 * pilot's lead site", "The city's largest employer"): a determiner or a
 * possessive first, a noun last, no verb in a tense, preposition or
 * quotation between, and no time's word ("The next day, Smith said"). */
static int name_description(const char *text, const ws_tokens *tk, size_t a, size_t b) {
  static const char *const times[] = {"day", "week", "month", "year", "morning", "night",
                                      "evening", "afternoon", "weekend", "time", NULL};
  const ws_token *v = tk->v;
  if (b < a + 2 || b > a + 8 || !(v[a].pos == WS_POS_DT || v[a].pos == WS_POS_PRPS)) return 0;
  int p = v[b - 1].pos;
  if (!(p == WS_POS_NN || p == WS_POS_NNS || p == WS_POS_NNP)) return 0;
  for (size_t i = a; i < b; i++)
    if (v[i].kind != WS_TK_WORD || ws_pos_finite(v[i].pos) || v[i].pos == WS_POS_IN ||
        (v[i].flags & WS_TF_INQ) || ws_word_in(text, &v[i], times) ||
        ws_month_or_weekday(text, &v[i]))
      return 0;
  return 1;
}

/* The same appositive that the tagger read as the content's first span
 * ("The party's environment spokesperson | , Tim Farron, said it was
 * ..."; or a description of a name, "The pilot's lead site, Mesa Verde
 * Family Clinic, said"): it goes to the source. */
static int source_range(const ws_tokens *tk, const ws_attr_rec *r, size_t *s0, size_t *s1);
static int role_appositives(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans, s0, s1;
    int none = 0; /* no source: the name before the cue's comma stands for it */
    if (nf == 1 && !r->pub.has_source && r->pub.cue.nspans) {
      size_t c0 = ws_tok_lower(tk, r->cue_b[0].start);
      if (c0 >= 5 && c0 < tk->n && ws_punct_in(text, &v[c0 - 1], ",")) {
        s1 = s0 = c0 - 1;
        while (s0 > 0 && s1 - s0 < 4 && v[s0 - 1].kind == WS_TK_WORD && (v[s0 - 1].flags & WS_TF_CAP))
          s0--;
        none = s0 < s1 && s0 >= 3;
      }
    }
    if (none || (nf == 1 && source_range(tk, r, &s0, &s1) && s0 >= 3)) {
      /* or that the tagger left out ("The shadow transport secretary, |
       * Gareth Bacon, | accused ministers ...", "The city's mayor, Bryan
       * Paterson, | tweeted that ...") */
      size_t ss = near_sent_start(tk, s0 - 2, 10), c0 = ws_tok_lower(tk, r->cue_b[0].start);
      if (ss == SIZE_MAX || !(v[ss].pos == WS_POS_DT || v[ss].pos == WS_POS_PRPS)) {
        /* or after the opening phrase's comma ("In an interview with the
         * Financial Times, the shadow chancellor, Mel Stride, accused") */
        size_t p = s0 - 1;
        while (p > 1 && s0 - 1 - p < 6 && v[p - 1].kind == WS_TK_WORD && !(v[p - 1].flags & WS_TF_SENT))
          p--;
        if (p > 1 && ws_punct_in(text, &v[p - 1], ",") && !(v[p].flags & WS_TF_SENT)) ss = p;
      }
      size_t e = s1 < c0 && ws_punct_in(text, &v[s1], ",") ? s1 + 1 : s1;
      if (ss != SIZE_MAX && (v[s0].flags & WS_TF_CAP) && v[s0].pos != WS_POS_PRP && v[s0].pos != WS_POS_DT &&
          (v[ss].pos == WS_POS_DT || v[ss].pos == WS_POS_PRPS) &&
          ws_punct_in(text, &v[s0 - 1], ",") && e == c0 && ws_punct_in(text, &v[e - 1], ",") &&
          !(v[ss].flags & WS_TF_INQ) &&
          role_phrase_as(text, tk, ss, s0 - 1, 1) && !bytes_taken(d, first, v[ss].b0, v[s0 - 1].b1) &&
          set_source(d, r, tk, ss, e))
        return -1;
      continue;
    }
    if (nf < 2 || nf > 64 || !source_range(tk, r, &s0, &s1) || s0 < 2) continue;
    size_t a = ws_tok_lower(tk, r->con_b[0].start), c0 = ws_tok_lower(tk, r->cue_b[0].start);
    /* (a name: not "Freeing her husband, | he | promised") */
    if (!(v[s0].flags & WS_TF_CAP) || v[s0].pos == WS_POS_PRP || v[s0].pos == WS_POS_DT) continue;
    if (!(v[a].flags & WS_TF_SENT) || r->con_b[0].end != v[s0 - 2].b1 ||
        !ws_punct_in(text, &v[s0 - 1], ",") || r->con_b[1].start < r->cue_b[0].end)
      continue;
    /* the source's closing comma, then the cue */
    size_t e = s1;
    if (e < c0 && ws_punct_in(text, &v[e], ",")) e++;
    /* (a name closed by its comma: "The trouble, Frank writes, was"
     * has the first span the content's own) */
    int name = e == c0 && ws_punct_in(text, &v[c0 - 1], ",");
    for (size_t i = s0; i + 1 < c0; i++) name &= (v[i].flags & WS_TF_CAP) != 0;
    if (e != c0 || !(role_phrase(text, tk, a, s0 - 1) || (name && name_description(text, tk, a, s0 - 1))))
      continue;
    if (set_source(d, r, tk, a, e) ||
        ws_part_set(d, &r->pub.content, &r->con_b, r->con_b + 1, r->pub.content.spans + 1, nf - 1))
      return -1;
  }
  return 0;
}

/* The record whose content covers byte b, among [first, lend) not dead,
 * or SIZE_MAX.  (Records are in cue order, not content order: a scan of
 * those with a cue near b; contents reach at most one paragraph from
 * their cue.) */
static size_t content_owner(const ws_doc *d, size_t first, size_t lend, const uint8_t *dead,
                            size_t b, size_t lo_cue) {
  for (size_t k = rec_lower(d, first, lend, lo_cue); k < lend; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    if (r->cue_b[0].start > b + 4096) break;
    if (dead[k - first]) continue;
    for (size_t f = 0; f < r->pub.content.nspans; f++)
      if (r->con_b[f].start <= b && b < r->con_b[f].end) return k;
  }
  return SIZE_MAX;
}

/* '"This is in their heads," said Caddell, speaking of her health. "It is
 * one of the things worrying them."': the second quotation of the
 * paragraph, after the cue that named the first one's speaker, goes on
 * the same content (PolNeAR marks one content of two spans).  The
 * quotation must be claimed by nobody, or by a report whose cue lies
 * between the two quotations and that names no other source ("speaking
 * of", "referring to": its content stops before the quotation, or it is
 * dropped); and no report may follow the second quotation in its
 * sentence ('"...," Y added'). */
static int quote_continues(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend,
                           uint8_t *dead) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < lend; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (dead[k - first] || !nf || nf >= 64 || !r->pub.cue.nspans) continue;
    const ws_span *head = &r->con_b[0];
    size_t cue_end = r->cue_b[r->pub.cue.nspans - 1].end;
    if (r->cue_b[0].start < head->end) continue; /* the cue follows its quotation */
    size_t a0 = ws_tok_lower(tk, head->start), a1 = ws_tok_lower(tk, head->end);
    if (a0 >= tk->n || a1 == 0 || !(v[a0].flags & WS_TF_QOPEN) || !(v[a1 - 1].flags & WS_TF_QCLOSE))
      continue;
    /* '"...," Christie said to laughs. "The memorized speech."': a later
     * span of its own that starts after the cue starts at the quotation */
    int trimmed = 0;
    for (size_t f = 1; f < nf; f++) {
      if (r->con_b[f].start < cue_end) continue;
      size_t s0 = ws_tok_lower(tk, r->con_b[f].start), s1 = ws_tok_lower(tk, r->con_b[f].end), q = s0;
      while (q < s1 && q - s0 < 60 && v[q].kind != WS_TK_QUOTE) q++;
      if (q == s0 || q >= s1 || !(v[q].flags & WS_TF_QOPEN) ||
          !((v[q].flags & WS_TF_SENT) || ws_punct_in(text, &v[q - 1], ",")))
        continue;
      if (content_move(d, r, f, &v[q], NULL)) return -1;
      trimmed = 1;
    }
    if (trimmed || r->con_b[nf - 1].end > r->cue_b[0].start) continue;
    /* the next opening mark after the cue, in its paragraph and in the
     * cue's sentence or the next */
    size_t c = ws_tok_lower(tk, cue_end), q = c, sents = 0;
    while (q < tk->n && q - c < 60 && !(v[q].flags & WS_TF_PARA) && !(v[q].flags & WS_TF_QOPEN) &&
           v[q].kind != WS_TK_QUOTE)
      sents += (v[q++].flags & WS_TF_SENT) != 0;
    /* it opens a sentence, or follows a comma in the cue's ('"...," X
     * said, referring to Y, "..."'), and is no quoted fragment inside a
     * report ('that Sanders is "the most trustworthy"') */
    if (q >= tk->n || q == c || !(v[q].flags & WS_TF_QOPEN) || (v[q].flags & WS_TF_PARA) ||
        sents > 1 ||
        (!(v[q].flags & WS_TF_SENT) && (sents == 1 || !ws_punct_in(text, &v[q - 1], ","))))
      continue;
    /* its closing mark: the same kind, double or single */
    size_t e = q + 1;
    while (e < tk->n && e - q < 400 && !(v[e].flags & WS_TF_PARA) &&
           !((v[e].flags & WS_TF_QCLOSE) && (v[e].flags & WS_TF_SQ) == (v[q].flags & WS_TF_SQ)))
      e++;
    if (e >= tk->n || !(v[e].flags & WS_TF_QCLOSE) || (v[e].flags & WS_TF_PARA) || e - q < 3) continue;
    /* a report after it in its sentence speaks for it */
    if (e + 1 < tk->n && !(v[e + 1].flags & (WS_TF_SENT | WS_TF_PARA)) &&
        v[e + 1].kind == WS_TK_WORD)
      continue;
    size_t owner = content_owner(d, first, lend, dead, v[q + 1].b0, r->cue_b[0].start);
    if (owner == k) continue;
    if (owner != SIZE_MAX) {
      ws_attr_rec *o = &d->attrs[owner];
      int between = o->cue_b[0].start >= cue_end && o->cue_b[0].start < v[q].b0;
      int own_source = o->pub.has_source && o->src_b[0].start >= cue_end &&
                       !(r->pub.has_source && o->src_b[0].start == r->src_b[0].start);
      /* a report of its own ("adding that ...", "noting how ...") keeps
       * the quotation; a noun phrase after a participle ("referring to
       * the excuse") reports nothing */
      /* (a source of its own keeps it unless the report began in an
       * earlier sentence: "said X, who wants a commission. | "I would
       * like ..."") */
      int newsent = (v[q].flags & WS_TF_SENT) && o->con_b[0].start < v[q].b0;
      if (!between || (own_source && !newsent)) continue;
      size_t ot = ws_tok_lower(tk, o->con_b[0].start);
      if (ot < tk->n && (v[ot].kind == WS_TK_QUOTE || ws_word_in(text, &v[ot], clause_openers)))
        continue;
      size_t on = o->pub.content.nspans;
      if (o->con_b[0].start >= v[q].b0 || on > 1) {
        dead[owner - first] = 1;
      } else {
        /* its content stops before the quotation */
        size_t t = ws_tok_lower(tk, v[q].b0);
        while (t > 0 && v[t - 1].b0 >= o->con_b[0].start && ws_punct_in(text, &v[t - 1], ",;:"))
          t--;
        if (t == 0 || v[t - 1].b1 <= o->con_b[0].start) {
          dead[owner - first] = 1;
        } else {
          ws_span b1 = {o->con_b[0].start, v[t - 1].b1}, c1 = {o->pub.content.spans[0].start, v[t - 1].c1};
          if (ws_part_set(d, &o->pub.content, &o->con_b, &b1, &c1, 1)) return -1;
        }
      }
    }
    if (content_append(d, r, (ws_span){v[q].b0, v[e].b1}, (ws_span){v[q].c0, v[e].c1})) return -1;
  }
  return 0;
}

/* A cue of the records from `first` on overlaps bytes [b0, b1). */
static int cue_taken(const ws_doc *d, size_t first, size_t b0, size_t b1) {
  for (size_t k = first; k < d->nattrs; k++) {
    const ws_attr_rec *r = &d->attrs[k];
    for (size_t c = 0; c < r->pub.cue.nspans; c++)
      if (r->cue_b[c].start < b1 && r->cue_b[c].end > b0) return 1;
  }
  return 0;
}

/* Bytes [b0, b1) overlap the cue or the content of a record from
 * `first` on. */
static int bytes_taken(const ws_doc *d, size_t first, size_t b0, size_t b1) {
  if (cue_taken(d, first, b0, b1)) return 1;
  for (size_t k = first; k < d->nattrs; k++)
    if (content_overlaps(&d->attrs[k], b0, b1)) return 1;
  return 0;
}

/* Something was found in the sentence of tokens [ss, last]: a token
 * labelled or a quotation mark, or a cue or content of records from
 * `first` on. */
static int sentence_taken(const ws_doc *d, const ws_tokens *tk, size_t first, size_t ss, size_t last) {
  const ws_token *v = tk->v;
  for (size_t k = ss; k <= last; k++)
    if (v[k].label != WS_L_O || v[k].kind == WS_TK_QUOTE) return 1;
  return bytes_taken(d, first, v[ss].b0, v[last].b1);
}

/* Token h opens a clause: "that ...", or a subject then a verb in a
 * tense with no mark between ("believes the board will take up"). */
static int opens_clause(const char *text, const ws_tokens *tk, size_t h, size_t last) {
  const ws_token *v = tk->v;
  if (ws_word_is(text, &v[h], "that")) return 1;
  int p = v[h].pos;
  if (!(p == WS_POS_DT || p == WS_POS_PRP || p == WS_POS_NNP || p == WS_POS_NN ||
        p == WS_POS_NNS || p == WS_POS_CD || p == WS_POS_JJ))
    return 0;
  /* (a subject pronoun's participle is its past tense: "he expected") */
  if (p == WS_POS_PRP && h + 1 <= last && v[h + 1].pos == WS_POS_VBN) return 1;
  for (size_t k = h + 1; k <= last && k < h + 12 && v[k].kind == WS_TK_WORD; k++)
    if (ws_pos_finite(v[k].pos)) return 1;
  return 0;
}

/* A record of source [s0, s1), cue token g and the clause from token h
 * to the sentence's last token `last` (its final mark left out), when
 * the clause has three words or more: 1 made, 0 not, -1 out of memory. */
static int clause_record(ws_doc *d, const ws_tokens *tk, size_t s0, size_t s1, size_t g, size_t h,
                         size_t last) {
  size_t e = trim_end(d->text, tk, h, last + 1);
  if (e <= h + 2) return 0;
  ws_trange src = {s0, s1}, cue = {g, g + 1}, con = {h, e};
  return ws_attr_record(d, tk, &src, &cue, &con, 1) ? 1 : -1;
}

/* clause_record's record, when nothing was found in the sentence [ss,
 * last]: a token labelled or a quotation mark, or a record's cue or
 * content. */
static int clause_report(ws_doc *d, const ws_tokens *tk, size_t first, size_t ss, size_t s0,
                         size_t s1, size_t g, size_t h, size_t last) {
  if (sentence_taken(d, tk, first, ss, last)) return 0;
  return clause_record(d, tk, s0, s1, g, h, last);
}

/* Token ss opens a sentence outside any quotation, with a capital. */
static int capitalised_opening(const ws_token *v, size_t ss) {
  return (ss == 0 || (v[ss].flags & WS_TF_SENT)) && !(v[ss].flags & WS_TF_INQ) &&
         (v[ss].flags & WS_TF_CAP);
}

/* Tokens from h are a forecast's object: a noun phrase that holds a
 * number and runs to the sentence's end ("expects full-year production
 * of 48,000 to 50,000 barrels a day", a press release's outlook). */
static int forecast_object(const char *text, const ws_tokens *tk, size_t h, size_t last) {
  const ws_token *v = tk->v;
  int number = 0, noun = 0;
  size_t e = trim_end(text, tk, h, last + 1);
  if (e <= h + 2 || !(np_word(&v[h]) || v[h].pos == WS_POS_UNK)) return 0; /* ("full-year") */
  for (size_t k = h; k < e; k++) {
    if (v[k].kind == WS_TK_QUOTE || ws_pos_finite(v[k].pos) || v[k].pos == WS_POS_VB ||
        ws_punct_in(text, &v[k], ";:"))
      return 0;
    number |= v[k].pos == WS_POS_CD;
    noun |= v[k].pos == WS_POS_NN || v[k].pos == WS_POS_NNS;
  }
  return number && noun;
}

/* "Ostrander believes the board will take up the plan again.": where the
 * tagger found nothing in the sentence, a sentence that opens with a name
 * (or "The" and a name: "The Sun understands"),
 * then a verb of belief in a tense (class belief in data/cue-verbs.tsv;
 * one adverb may stand between), then a clause ("that ...", or a subject
 * and its verb) or a forecast's object with a number ("Northwind expects
 * full-year production of 48,000 barrels a day") is the name's belief.  The PolNeAR guidelines count
 * beliefs ("Lowell thinks that pickles are unhealthy"); its annotators
 * marked about half of these, so the tagger learnt to skip them. */
static int named_beliefs(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t ss = 0; ss + 3 < tk->n; ss++) {
    if (!capitalised_opening(v, ss)) continue;
    size_t s0 = ss + (v[ss].pos == WS_POS_CC); /* "But Fiorina believed" */
    /* (or "The" and a name: "The Sun understands the council ...") */
    size_t n0 = s0 + (s0 + 1 < tk->n && ws_word_is(text, &v[s0], "the"));
    size_t lim = n0 + 8 < tk->n ? n0 + 8 : tk->n;
    size_t f = name_run(text, tk, n0, lim), g = f;
    if (f == n0 || !proper_run(text, v, n0, f)) continue;
    if (g + 1 < tk->n && v[g].pos == WS_POS_RB) g++;
    /* (or a word or three set off by commas, opening with an adverb or a
     * preposition: "Harlan, for her part, believes", "Park, however,
     * thinks") */
    else if (g + 3 < tk->n && ws_punct_in(text, &v[g], ",") &&
             (v[g + 1].pos == WS_POS_RB || v[g + 1].pos == WS_POS_IN)) {
      size_t k = g + 1;
      while (k < tk->n && k - g <= 3 && v[k].kind == WS_TK_WORD && !ws_pos_tensed(v[k].pos)) k++;
      if (k + 1 < tk->n && ws_punct_in(text, &v[k], ",")) g = k + 1;
    }
    if (g + 2 >= tk->n || !ws_pos_tensed(v[g].pos) || (v[g].flags & (WS_TF_INQ | WS_TF_SENT))) continue;
    const char *cls = ws_cue_class_of(text + v[g].b0, v[g].b1 - v[g].b0);
    if (!cls || strcmp(cls, "belief") != 0) continue;
    /* the clause: "that ...", or a subject then a verb in a tense with no
     * mark between ("believes the board will take up") */
    size_t h = g + 1, last = sent_last(tk, g);
    int forecast = !opens_clause(text, tk, h, last);
    if (forecast && !forecast_object(text, tk, h, last)) continue;
    /* (and nothing found in the sentence already) */
    /* (a forecast where the tagger labelled words but made no record of
     * them: "expects" alone) */
    int rc = forecast && !bytes_taken(d, first, v[ss].b0, v[last].b1)
                 ? clause_record(d, tk, s0, f, g, h, last)
                 : clause_report(d, tk, first, ss, s0, f, g, h, last);
    if (rc < 0) return -1;
    if (rc) ss = last;
  }
  return 0;
}

/* Token c, after token s0, is the stop of an abbreviated title written
 * against it that does not end the sentence ("Coun. Stephen Holyday",
 * "Det. Insp. Mark Lee", "Mr. Rubio"). */
static int title_dot(const char *text, const ws_tokens *tk, size_t s0, size_t c) {
  const ws_token *v = tk->v;
  return c > s0 && c + 1 < tk->n && v[c].b0 == v[c - 1].b1 && v[c - 1].kind == WS_TK_WORD &&
         ws_punct_in(text, &v[c], ".") && !(v[c + 1].flags & WS_TF_SENT);
}

/* "The farmer, who owns some farms, claimed ministers were asleep": the
 * parser reads such a verb after the relative clause's comma as a
 * participle, and the tagger then finds nothing in the sentence.  Where
 * nothing was found, a sentence that opens with a short noun phrase (a
 * name, or a determiner and nouns), a comma, "who", "which" or "whose"
 * and a clause closed by a comma (at most 24 tokens), then a strong cue
 * word in a tense (an adverb may stand before it) and a clause ("that
 * ...", a subject and its verb; after "accused" or "blamed", whom), is
 * the phrase's report; the source keeps the relative clause and its
 * comma, as PolNeAR marks it. */
static int relative_openings(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const rel[] = {"who", "which", "whose", NULL};
  static const char *const of_for_at[] = {"of", "for", "at", NULL};
  static const char *const whom[] = {"accused", "accuses", "blamed", "blames", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t ss = 0; ss + 6 < tk->n; ss++) {
    if (!capitalised_opening(v, ss)) continue;
    size_t s0 = ss + (v[ss].pos == WS_POS_CC), c = s0;
    /* (one "of", "for" or "at" and its noun phrase may follow: "A
     * spokesperson for the Rail Delivery Group, which represents ...") */
    size_t prep = 0;
    while (c < tk->n && c - s0 < 6 + 5 * prep && (c == s0 || !(v[c].flags & WS_TF_SENT)) &&
           ((v[c].kind == WS_TK_WORD &&
             (np_word(&v[c]) || v[c].pos == WS_POS_UNK ||
              (!prep && c > s0 && ws_word_in(text, &v[c], of_for_at) && (prep = 1)))) ||
            title_dot(text, tk, s0, c)))
      c++;
    if (c == s0 || c + 2 >= tk->n || !ws_punct_in(text, &v[c], ",") || !ws_word_in(text, &v[c + 1], rel) ||
        ws_word_in(text, &v[c - 1], of_for_at))
      continue;
    size_t e = c + 2;
    while (e < tk->n && e - c < 24 && !ws_punct_in(text, &v[e], ",") && !(v[e].flags & WS_TF_SENT))
      e++;
    if (e >= tk->n || !ws_punct_in(text, &v[e], ",")) continue;
    size_t g = e + 1;
    if (g < tk->n && v[g].pos == WS_POS_RB) g++;
    if (g + 2 >= tk->n || (v[g].flags & (WS_TF_SENT | WS_TF_INQ)) ||
        !((v[g].flags & WS_TF_STRONGCUE) || ws_cue_class_of(text + v[g].b0, v[g].b1 - v[g].b0)) ||
        !(ws_pos_tensed(v[g].pos) || v[g].pos == WS_POS_VBN))
      continue;
    size_t h = g + 1, last = sent_last(tk, g);
    if (!opens_clause(text, tk, h, last) && !(ws_word_in(text, &v[g], whom) && np_word(&v[h])))
      continue;
    /* what was found inside the relative clause ("who voted against the
     * plan") leaves the report after it free, and so do labels after it
     * that no record took */
    if (quote_between(tk, g, last + 1) || bytes_taken(d, first, v[g].b0, v[last].b1)) continue;
    int rc = clause_record(d, tk, s0, e + 1, g, h, last);
    if (rc < 0) return -1;
    if (rc) ss = last;
  }
  return 0;
}

/* "A spokeswoman for the minister did not return a request for comment."
 * Wire copy closes most stories so, and PolNeAR marks it as the
 * subject's report: cue "did not (immediately) return" (or "respond
 * to", "reply to", "answer"), content the request.  The tagger finds it
 * in PolNeAR's own articles but misses it in short paragraphs ("Smith
 * did not respond to a request for comment.").  Where no record holds
 * those words, such a verb whose object holds a request's word is the
 * report of the sentence's subject (a short phrase with no verb in a
 * tense) or of "who"/"which" right before it (its content then ends at
 * the relative clause's comma). */
static int unanswered_requests(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const aux[] = {"did", "does", "has", "have", "had", NULL};
  static const char *const verbs[] = {"return", "returned", "respond", "responded", "reply",
                                      "replied", "answer", "answered", NULL};
  static const char *const to_verbs[] = {"respond", "responded", "reply", "replied", NULL};
  static const char *const asks[] = {"comment", "comments", "request", "requests", "message",
                                     "messages", "call",    "calls",    "email",    "emails",
                                     "questions", "inquiries", "queries", "interview", NULL};
  static const char *const rel[] = {"who", "which", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t g = 1; g + 2 < tk->n; g++) {
    char c0 = (char)(text[v[g].b0] | 0x20); /* (a cheap look first: this runs on every word) */
    if ((c0 != 'd' && c0 != 'h') || v[g].kind != WS_TK_WORD) continue;
    size_t k;
    if (negated(text, &v[g]) && (!strncasecmp(text + v[g].b0, "did", 3) ||
                                 !strncasecmp(text + v[g].b0, "does", 4) ||
                                 !strncasecmp(text + v[g].b0, "ha", 2)))
      k = g + 1; /* "didn't", "hasn't" (not "wouldn't answer") */
    else if (ws_word_in(text, &v[g], aux) && ws_word_is(text, &v[g + 1], "not")) k = g + 2;
    else continue;
    if (k < tk->n && v[k].pos == WS_POS_RB) k++; /* "immediately", "yet" */
    if (k + 1 >= tk->n || !ws_word_in(text, &v[k], verbs) || (v[k].flags & WS_TF_INQ)) continue;
    size_t h = k + 1;
    if (ws_word_in(text, &v[k], to_verbs) && ws_word_is(text, &v[h], "to")) h++;
    size_t last = sent_last(tk, g), s0 = g - 1, e = h;
    int relative = ws_word_in(text, &v[g - 1], rel), subject = relative;
    if (relative) {
      while (e <= last && !ws_punct_in(text, &v[e], ",")) e++;
    } else {
      /* up to a new clause (", and Trump appeared ...") */
      while (e <= last && !(ws_punct_in(text, &v[e], ",;") && e < last && v[e + 1].pos == WS_POS_CC)) e++;
      size_t ss = sent_start(tk, g);
      s0 = ss + (v[ss].pos == WS_POS_CC);
      subject = capitalised_opening(v, ss) && s0 < g && g - s0 <= 14 &&
                (np_word(&v[s0]) || v[s0].pos == WS_POS_PRP);
      for (size_t i = s0; i < g && subject; i++)
        subject = !ws_pos_finite(v[i].pos) && v[i].kind != WS_TK_QUOTE;
    }
    e = trim_end(text, tk, h, e);
    size_t a = h;
    while (a < e && !ws_word_in(text, &v[a], asks)) a++;
    if (a == e) continue;
    /* the tagger's cue that ran on into the request ("did not respond to
     * a message seeking | comment Tuesday") or stands in it ("Police did
     * not return | calls seeking | comment") is this one, whatever its
     * source */
    /* (one that ends in a preposition stands: PolNeAR's "did not
     * respond to emailed questions about | his investments") */
    ws_attr_rec *own = NULL;
    for (size_t r = first; r < d->nattrs && !own; r++) {
      if (d->attrs[r].pub.cue.nspans != 1) continue;
      const ws_span *cb = d->attrs[r].cue_b;
      size_t ce = ws_tok_lower(tk, cb[0].end);
      if (cb[0].start >= v[g].b0 && cb[0].end <= v[e - 1].b1 &&
          cb[0].end > v[h - 1].b1 && ce > 0 &&
          (!d->attrs[r].pub.has_source || d->attrs[r].src_b[0].start < v[g].b0) &&
          !(cb[0].start == v[g].b0 && (v[ce - 1].pos == WS_POS_IN || v[ce - 1].pos == WS_POS_TO)))
        own = &d->attrs[r];
    }
    if (own) {
      ws_span cb = {v[g].b0, v[h - 1].b1}, cc = {v[g].c0, v[h - 1].c1};
      ws_span tb = {v[h].b0, v[e - 1].b1}, tc = {v[h].c0, v[e - 1].c1};
      if (ws_part_set(d, &own->pub.cue, &own->cue_b, &cb, &cc, 1) ||
          ws_part_set(d, &own->pub.content, &own->con_b, &tb, &tc, 1) ||
          (!own->pub.has_source && subject && set_source(d, own, tk, s0, g)))
        return -1;
      own->tagged = 0; /* (its cue and content are the rule's now) */
      g = e;
      continue;
    }
    if (!subject) continue;
    if (bytes_taken(d, first, v[g].b0, v[e - 1].b1)) continue;
    ws_trange src = {s0, g}, cue = {g, h}, con = {h, e};
    if (!ws_attr_record(d, tk, &src, &cue, &con, 1)) return -1;
    g = e;
  }
  return 0;
}

/* A press release's first sentence: "Northwind Energy Corp. (TSX: NWE)
 * ("Northwind" or "the Company") today reported record revenue of ...".
 * A sentence that opens with a name in a company's shape (a suffix such
 * as "Corp." or ", Inc.", or one to three groups in brackets after it),
 * then "today" and a verb of announcing, is the company's report of the
 * rest of the sentence, where no cue was found in it (the tagger reads
 * the defined names in quotation marks as a quotation, and misses the
 * verb). */
static int release_openings(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const verbs[] = {"announced", "reported", "said",     "confirmed",
                                      "disclosed", "released", "unveiled", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t ss = 0; ss + 4 < tk->n; ss++) {
    if (!capitalised_opening(v, ss)) continue;
    size_t lim = ss + 8 < tk->n ? ss + 8 : tk->n;
    size_t f = name_run(text, tk, ss, lim);
    if (f == ss || !proper_run(text, v, ss, f)) continue;
    size_t p = company_suffix(text, v, f, tk->n), groups = 0;
    while (groups < 3 && p < tk->n && ws_punct_in(text, &v[p], "(")) {
      size_t b = p + 1;
      while (b < tk->n && b - p < 12 && !ws_punct_in(text, &v[b], ")") && !(v[b].flags & WS_TF_SENT))
        b++;
      if (b >= tk->n || !ws_punct_in(text, &v[b], ")")) break;
      p = b + 1;
      groups++;
    }
    if ((p == f && !groups) || p + 2 >= tk->n || !ws_word_is(text, &v[p], "today") ||
        !ws_word_in(text, &v[p + 1], verbs) || (v[p + 1].flags & WS_TF_SENT))
      continue;
    size_t g = p + 1, last = sent_last(tk, g);
    size_t e = trim_end(text, tk, g + 1, last + 1);
    if (e <= g + 3 || cue_taken(d, first, v[ss].b0, v[last].b1)) continue;
    ws_trange src = {ss, p}, cue = {g, g + 1}, con = {g + 1, e};
    if (!ws_attr_record(d, tk, &src, &cue, &con, 1)) return -1;
    ss = last;
  }
  return 0;
}

/* "Court records show the company paid the fine in March.", "Figures
 * published by NHS England on Thursday show that ...": a sentence that
 * opens with a noun phrase whose head names a document or data (type
 * "document" in data/source-words.tsv: figures, records, polls), perhaps
 * with a participle's phrase after it, then "show", "suggest" or
 * "indicate" and a clause, is that document's report, where the tagger
 * found nothing in the sentence (it read "show" as a noun). */
static int document_reports(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const verbs[] = {"show",     "shows",     "showed",   "suggest", "suggests",
                                      "suggested", "indicate", "indicates", "indicated", NULL};
  static const char *const by_words[] = {"by", "from", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t ss = 0; ss + 3 < tk->n; ss++) {
    if (!(ss == 0 || (v[ss].flags & WS_TF_SENT)) || (v[ss].flags & WS_TF_INQ)) continue;
    size_t last = sent_last(tk, ss);
    /* the noun phrase, its head a document's word */
    size_t h = ss;
    while (h <= last && h - ss < 8 && np_word(&v[h]) && !ws_word_in(text, &v[h], verbs)) h++;
    if (h == ss || h > last ||
        (v[h].pos != WS_POS_VBN && !ws_word_in(text, &v[h], verbs) && !ws_word_in(text, &v[h], by_words)))
      continue;
    if (strcmp(ws_source_word_type(text + v[h - 1].b0, v[h - 1].b1 - v[h - 1].b0), "document") != 0)
      continue;
    /* "published by NHS England on Thursday": a participle and words in
     * no tense; "by the Liberal Democrats": who made it */
    size_t g = h;
    int by = ws_word_in(text, &v[g], by_words);

    if (v[g].pos == WS_POS_VBN || by) {
      g++;
      while (g <= last && g - h < 10 && v[g].kind == WS_TK_WORD && !ws_pos_finite(v[g].pos) &&
             !ws_word_in(text, &v[g], verbs) && (!by || np_word(&v[g]) || v[g].pos == WS_POS_IN))
        g++;
    }
    if (g >= last || !ws_word_in(text, &v[g], verbs) || (v[g].flags & WS_TF_INQ)) continue;
    /* the clause: "that ...", or a subject then a verb in a tense (a
     * plural the word table reads as a verb or lacks, "spills lasted", too) */
    int clause = opens_clause(text, tk, g + 1, last);
    if (!clause && (v[g + 1].pos == WS_POS_VBZ || v[g + 1].pos == WS_POS_UNK) &&
        v[g + 1].kind == WS_TK_WORD && !(v[g + 1].flags & WS_TF_CAP)) {
      for (size_t k = g + 2; k <= last && k < g + 12 && v[k].kind == WS_TK_WORD && !clause; k++)
        clause = ws_pos_tensed(v[k].pos);
    }
    if (!clause) continue;
    /* the tagger's record of the verb that took the maker for its source
     * ("Analysis by | the Liberal Democrats | suggests spills"), or that
     * has none ("Figures released on Thursday | showed"), is made again,
     * where it is the sentence's only one */
    ws_attr_rec *r = NULL;
    size_t others = 0;
    for (size_t k = first; k < d->nattrs; k++) {
      ws_attr_rec *o = &d->attrs[k];
      if (!o->pub.cue.nspans || o->cue_b[0].start < v[ss].b0 || o->cue_b[0].start > v[last].b1) continue;
      if (o->cue_b[0].start == v[g].b0 &&
          (by ? o->pub.has_source && o->src_b[0].start > v[h].b0 &&
                    o->src_b[o->pub.source.nspans - 1].end <= v[g].b0
              : !o->pub.has_source))
        r = o;
      else
        others++;
    }
    if (r && !others) {
      size_t e = trim_end(text, tk, g + 1, last + 1);
      ws_span bc = {v[g].b0, v[g].b1}, cc = {v[g].c0, v[g].c1};
      ws_span bt = {v[g + 1].b0, v[e - 1].b1}, ct = {v[g + 1].c0, v[e - 1].c1};
      if (e <= g + 3) continue;
      if (set_source(d, r, tk, ss, g) || ws_part_set(d, &r->pub.cue, &r->cue_b, &bc, &cc, 1) ||
          ws_part_set(d, &r->pub.content, &r->con_b, &bt, &ct, 1))
        return -1;
      ss = last;
      continue;
    }
    int rc = clause_report(d, tk, first, ss, ss, g, g, g + 1, last);
    if (rc < 0) return -1;
    if (rc) ss = last;
  }
  return 0;
}

/* Cues of telling (told_whom, told_recipients); the finite forms that
 * open a report after its subject (told_reports, told_then_and) */
static const char *const tell_forms[] = {"told", "tell", "tells", "telling", NULL};
static const char *const told_tells[] = {"told", "tells", NULL};

/* Whom a verb of telling names, from token r: an object pronoun, one
 * plural noun ("reporters"), or a name (perhaps after "the"; "The
 * Associated Press", "CBC News"); its end, or r when none. */
static size_t whom_end(const char *text, const ws_tokens *tk, size_t r, size_t last) {
  static const char *const objects[] = {"him", "her", "them", "us", "me", NULL};
  const ws_token *v = tk->v;
  if (r > last) return r;
  if (ws_word_in(text, &v[r], objects) || v[r].pos == WS_POS_NNS) return r + 1;
  size_t c0 = r + ws_word_is(text, &v[r], "the"), e = c0;
  while (e <= last && e - c0 < 6 && v[e].kind == WS_TK_WORD &&
         ((v[e].flags & WS_TF_CAP) || v[e].pos == WS_POS_POS) && v[e].pos != WS_POS_PRP)
    e++;
  return e == c0 ? r : e;
}

/* Where a place or a day after whom ends: "told reporters | on Parliament
 * Hill | the cap ...", "told CBC News | on Tuesday | ...": a preposition,
 * perhaps "the", then one to five capitalised words; w when none. */
static size_t place_end(const char *text, const ws_tokens *tk, size_t w, size_t last) {
  static const char *const preps[] = {"on", "at", "in", "during", NULL};
  const ws_token *v = tk->v;
  if (w + 1 > last || !ws_word_in(text, &v[w], preps)) return w;
  size_t j = w + 1 + ws_word_is(text, &v[w + 1], "the"), j0 = j;
  while (j <= last && j - j0 < 5 && v[j].kind == WS_TK_WORD && (v[j].flags & WS_TF_CAP)) j++;
  return j == j0 ? w : j;
}

/* "Heidi Alexander told MPs the increase was the lowest in three years
 * and would help fund upgrades": a content that opens with a verb in a
 * tense right after "and" or "but", with only words and commas back to
 * its cue and a verb in a tense among them, is the second half of a
 * clause the tagger cut; it starts right after the cue (told_whom then
 * leaves whom out).  Not across a quotation, a sentence end, or another
 * record's cue. */
static int subjectless_contents(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.cue.nspans || r->pub.content.nspans != 1) continue;
    size_t t = ws_tok_lower(tk, r->cue_b[r->pub.cue.nspans - 1].end);
    size_t c = ws_tok_lower(tk, r->con_b[0].start);
    if (c >= tk->n || c < t + 3 || c > t + 25 || !ws_pos_finite(v[c].pos) ||
        !(ws_word_is(text, &v[c - 1], "and") || ws_word_is(text, &v[c - 1], "but")))
      continue;
    int tensed = 0, clean = 1;
    for (size_t j = t; j + 1 < c && clean; j++) {
      clean = (v[j].kind == WS_TK_WORD || ws_punct_in(text, &v[j], ",")) &&
              !(v[j].flags & (WS_TF_SENT | WS_TF_INQ));
      tensed |= ws_pos_tensed(v[j].pos);
    }
    for (size_t o = first; o < d->nattrs && clean; o++)
      clean = o == k || !d->attrs[o].pub.cue.nspans || d->attrs[o].cue_b[0].start < v[t].b0 ||
              d->attrs[o].cue_b[0].start >= v[c].b0;
    if (clean && tensed && content_move(d, r, 0, &v[t], NULL)) return -1;
  }
  return 0;
}

/* The first byte at or after b where the cue or the source of a record
 * from `first` other than `self` starts or lies, SIZE_MAX when none: one
 * pass over the records. */
static size_t next_part(const ws_doc *d, size_t first, size_t self, size_t b) {
  size_t best = SIZE_MAX;
  for (size_t o = first; o < d->nattrs; o++) {
    const ws_attr_rec *x = &d->attrs[o];
    if (o == self) continue;
    for (size_t f = 0; f < x->pub.cue.nspans; f++)
      if (x->cue_b[f].end > b) {
        size_t at = x->cue_b[f].start > b ? x->cue_b[f].start : b;
        if (at < best) best = at;
      }
    for (size_t f = 0; f < x->pub.source.nspans; f++)
      if (x->src_b[f].end > b) {
        size_t at = x->src_b[f].start > b ? x->src_b[f].start : b;
        if (at < best) best = at;
      }
  }
  return best;
}

/* "told reporters he | expected a vote by Thursday", "said Wednesday
 * she, too, wants an inquiry": a content the tagger ended at the subject
 * pronoun that opens it, a few words after its cue, with a verb in a
 * tense after the pronoun (perhaps past an aside between commas), is the
 * clause the pronoun opens: it runs to the sentence's end or to another
 * record's source or cue, a comma, "and" or "but" before that left out. */
static int pronoun_contents(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const subj[] = {"he", "she", "they", "we", "i", "it", NULL};
  static const char *const joins[] = {"and", "but", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.cue.nspans || r->pub.content.nspans != 1) continue;
    size_t p = ws_tok_lower(tk, r->con_b[0].start);
    if (p >= tk->n || v[p].b1 != r->con_b[0].end || !ws_word_in(text, &v[p], subj) ||
        (v[p].flags & (WS_TF_INQ | WS_TF_SENT)))
      continue;
    size_t t = ws_tok_lower(tk, r->cue_b[r->pub.cue.nspans - 1].end);
    if (t > p || p - t > 5) continue;
    int clean = 1;
    for (size_t j = t; j <= p && clean; j++) clean = v[j].kind == WS_TK_WORD && (j == t || !(v[j].flags & WS_TF_SENT));
    size_t last = sent_last(tk, p), vb = p + 1;
    if (!clean || vb > last) continue;
    /* (past an aside: "she, too, wants") */
    if (ws_punct_in(text, &v[vb], ",")) {
      size_t c2 = vb + 1;
      while (c2 <= last && c2 < vb + 4 && v[c2].kind == WS_TK_WORD) c2++;
      if (c2 > last || !ws_punct_in(text, &v[c2], ",")) continue;
      vb = c2 + 1;
    }
    /* (a past participle after a subject pronoun is a past tense) */
    if (vb > last || !(ws_pos_finite(v[vb].pos) || v[vb].pos == WS_POS_VBN)) continue;
    size_t e = vb, stop = next_part(d, first, k, v[vb].b0);
    while (e <= last && v[e].b0 < stop) e++;
    while (e > vb + 1 && (ws_punct_in(text, &v[e - 1], ",;") || ws_word_in(text, &v[e - 1], joins))) e--;
    e = trim_end(text, tk, vb, e);
    if (e > vb && content_move(d, r, 0, NULL, &v[e - 1])) return -1;
  }
  return 0;
}

/* "Two sources told Reuters the cabinet was weighing ...", "told MPs on
 * the committee that ...": a content just after a cue that ends with a
 * verb of telling (at most four words between, no verb in a tense) and
 * opens with whom it was told starts at the clause (PolNeAR's annotators
 * leave whom out).  The clause opens right after whom, or with "that"
 * within eight words that hold no verb in a tense and no mark; quoted
 * words are never dropped. */
static int told_whom(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.cue.nspans || !r->pub.content.nspans) continue;
    size_t t = ws_tok_lower(tk, r->cue_b[r->pub.cue.nspans - 1].end);
    size_t c = ws_tok_lower(tk, r->con_b[0].start);
    if (t == 0 || c < t || c > t + 30 || c >= tk->n || !ws_word_in(text, &v[t - 1], tell_forms))
      continue;
    size_t e = ws_tok_lower(tk, r->con_b[0].end), last = sent_last(tk, c);
    if (e > last + 1) e = last + 1;
    if (c > t + 4) {
      /* "told CTV News the main was on a list of | pipes scheduled for
       * ...": a content the tagger started inside the clause after whom,
       * with only words back to the cue, starts at that clause */
      /* (not when it starts at "that": "told Fox News anchor Megyn Kelly
       * | that ...") */
      int words = last >= c && !ws_word_is(text, &v[c], "that");
      for (size_t j = t; j < c && words; j++)
        words = v[j].kind == WS_TK_WORD && !(v[j].flags & (WS_TF_SENT | WS_TF_INQ));
      size_t w = whom_end(text, tk, t, last);
      if (w > t && !opens_clause(text, tk, w, last)) w = place_end(text, tk, w, last);
      if (words && w > t && w + 2 < c && opens_clause(text, tk, w, last) &&
          !bytes_taken(d, first, v[t].b0, v[c - 1].b1) && content_move(d, r, 0, &v[w], NULL))
        return -1;
      continue;
    }
    /* (the tagger may have left whom out already: "told MPs on | the
     * committee that ...") */
    int gap_ok = 1;
    for (size_t j = t; j < c; j++) gap_ok &= v[j].kind == WS_TK_WORD && !ws_pos_finite(v[j].pos);
    if (!gap_ok) continue;
    /* (whom only right after the verb: "told the BBC | her premium had
     * tripled" starts where the tagger put it) */
    size_t w = c == t ? whom_end(text, tk, c, last) : c, to = SIZE_MAX;
    /* (or the tagger's start fell inside whom: "told CBC | News the
     * agreement was ...") */
    if (c > t && (v[c].flags & WS_TF_CAP)) {
      size_t w2 = whom_end(text, tk, t, last);
      int names = w2 > c;
      for (size_t j = t; j < c && names; j++) names = (v[j].flags & WS_TF_CAP) != 0;
      if (names) w = w2;
    }
    /* (or whom, then a place or a day: "told reporters on | Parliament
     * Hill the cap was needed") */
    size_t wp = whom_end(text, tk, t, last), pe = wp > t ? place_end(text, tk, wp, last) : wp;
    if (w > c && w + 2 <= e && opens_clause(text, tk, w, last)) {
      to = w;
    } else if (pe > wp && c <= pe && pe + 2 <= e && opens_clause(text, tk, pe, last)) {
      to = pe;
    } else {
      /* "that" then no verb: not a relative ("the officers that arrived") */
      for (size_t j = c + 1; j + 1 < e && j < c + 8; j++) {
        if (v[j].kind != WS_TK_WORD || ws_pos_finite(v[j].pos)) break;
        if (ws_word_is(text, &v[j], "that")) {
          if (!ws_pos_finite(v[j + 1].pos)) to = j;
          break;
        }
      }
    }
    if (to == SIZE_MAX || to + 2 > e) continue;
    int quoted = 0;
    for (size_t j = c; j < to; j++) quoted |= v[j].kind == WS_TK_QUOTE || (v[j].flags & WS_TF_INQ);
    if (!quoted && content_move(d, r, 0, &v[to], NULL)) return -1;
  }
  return 0;
}

/* "Commuters told the Manchester Evening News they had given up on
 * trains altogether.": a sentence that opens with a noun phrase, then
 * "told" or "tells", whom (a name, perhaps after "the"; an object
 * pronoun; or one plural noun: "reporters"), then a clause, is a report
 * of that clause (whom it was told is no part of it), where the tagger
 * found nothing in the sentence, or nothing before a comma and a
 * conjunction after which it did. */
static int told_reports(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t ss = 0; ss + 4 < tk->n; ss++) {
    if (!(ss == 0 || (v[ss].flags & WS_TF_SENT)) || (v[ss].flags & WS_TF_INQ)) continue;
    size_t last = sent_last(tk, ss), h = ss;
    int noun = 0;
    while (h <= last && h - ss < 8 && np_word(&v[h]) && !ws_word_in(text, &v[h], told_tells)) {
      noun |= v[h].pos == WS_POS_NN || v[h].pos == WS_POS_NNS || v[h].pos == WS_POS_NNP ||
              v[h].pos == WS_POS_UNK;
      h++;
    }
    if (h == ss || !noun || h + 2 > last || !ws_word_in(text, &v[h], told_tells)) continue;
    size_t r = whom_end(text, tk, h + 1, last);
    if (r == h + 1 || r >= last || !opens_clause(text, tk, r, last)) continue;
    /* (where a later clause after ", but" or ", and" holds a report of
     * its own, this one ends before it: "told reporters he expected a
     * vote, but several Republicans said ...") */
    size_t end = last;
    if (sentence_taken(d, tk, first, ss, last))
      for (size_t k = r + 3; k + 1 < last && end == last; k++)
        if (ws_punct_in(text, &v[k], ",") && v[k + 1].pos == WS_POS_CC &&
            !bytes_taken(d, first, v[ss].b0, v[k].b1) && sentence_taken(d, tk, first, k + 1, last))
          end = k;
    int rc = end < last ? clause_record(d, tk, ss, h, h, r, end)
                        : clause_report(d, tk, first, ss, ss, h, h, r, last);
    if (rc < 0) return -1;
    if (rc) ss = end;
  }
  return 0;
}

/* "'It's nothing short of a scandal,' raged Sheila Marsh, whose son
 * ...": a quotation that opens its sentence and closes on a comma, "?"
 * or "!", then a verb in a tense (a form of the cue table, or a word in
 * -ed the table lacks: British papers' "fumed", "raged", "stormed"), then
 * a noun phrase that runs to the sentence's end, is that phrase's
 * report of the quotation, where no record holds the verb or the
 * quotation.  The source keeps what follows the name to the sentence's
 * end (", whose son ...", ", 61,"), as the tagger's inverted sources
 * after "said" do. */
static int quoted_inversions(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t o = 0; o + 5 < tk->n; o++) {
    if (!(o == 0 || (v[o].flags & WS_TF_SENT)) || !(v[o].flags & WS_TF_QOPEN)) continue;
    size_t last = sent_last(tk, o), q = o + 1;
    while (q < last && !(v[q].flags & (WS_TF_QCLOSE | WS_TF_QOPEN))) q++;
    if (q >= last || !(v[q].flags & WS_TF_QCLOSE) || q < o + 3 ||
        !ws_punct_in(text, &v[q - 1], ",?!"))
      continue;
    size_t c = q + 1, n = v[c].b1 - v[c].b0;
    const char *w = text + v[c].b0;
    int ed = n > 4 && !memcmp(w + n - 2, "ed", 2) &&
             (v[c].pos == WS_POS_UNK || v[c].pos == WS_POS_VBD || v[c].pos == WS_POS_VBN);
    int table = ws_pos_tensed(v[c].pos) && ws_cue_class_of(w, n);
    if (v[c].kind != WS_TK_WORD || (v[c].flags & WS_TF_CAP) || !(ed || table) || c + 1 > last)
      continue;
    /* the noun phrase: a name, a determiner or a possessive first, no
     * verb in a tense before a comma, then on to the sentence's end */
    size_t h = c + 1, e = trim_end(text, tk, h, last + 1);
    int p = v[h].pos;
    if (!((v[h].flags & WS_TF_CAP) || p == WS_POS_DT || p == WS_POS_PRPS) || e <= h ||
        e - h > 40 || quote_between(tk, h, e))
      continue;
    int ok = 1, noun = 0;
    for (size_t k = h; k < e && !ws_punct_in(text, &v[k], ","); k++) {
      ok &= !ws_pos_finite(v[k].pos) && v[k].pos != WS_POS_WH;
      noun |= v[k].pos == WS_POS_NN || v[k].pos == WS_POS_NNS || v[k].pos == WS_POS_NNP ||
              (v[k].pos == WS_POS_UNK && (v[k].flags & WS_TF_CAP));
    }
    if (!ok || !noun) continue;
    /* the tagger's record of the verb with no source (which would go,
     * its cue being no form of the table's) takes the phrase */
    ws_attr_rec *r = NULL;
    for (size_t k = first; k < d->nattrs && !r; k++)
      if (d->attrs[k].pub.cue.nspans == 1 && d->attrs[k].cue_b[0].start == v[c].b0 &&
          !d->attrs[k].pub.has_source && d->attrs[k].pub.content.nspans == 1 &&
          d->attrs[k].con_b[0].start == v[o].b0 && d->attrs[k].con_b[0].end <= v[q].b1)
        r = &d->attrs[k];
    if (r) {
      if (set_source(d, r, tk, h, e)) return -1;
    } else if (!bytes_taken(d, first, v[o].b0, v[e - 1].b1)) {
      ws_trange src = {h, e}, cue = {c, c + 1}, con = {o, q + 1};
      if (!ws_attr_record(d, tk, &src, &cue, &con, 1)) return -1;
    }
    o = last;
  }
  return 0;
}

/* "It is understood ministers are preparing a fresh offer.", "It is
 * believed the man was known to police.": "It", "is" or "was" (perhaps
 * "has been", "had been"), a participle of knowing or saying, then a
 * clause ("that ...", or a subject and its verb) is a report with no
 * source: the PolNeAR guidelines call "it" there empty, no source ("It is
 * said that there will be rain tomorrow"), and PolNeAR train marks it so
 * (the tagger had given some "It" for source).  The tagger's record of
 * the participle is mended, or one is made where it found none. */
static int expletive_reports(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const be[] = {"is", "was", NULL};
  static const char *const been[] = {"has", "had", NULL};
  static const char *const known[] = {"understood", "believed", "thought", "reported", "said",
                                      "claimed", "feared", "alleged", "rumoured", "rumored",
                                      "known", "expected", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t ss = 0; ss + 4 < tk->n; ss++) {
    if (!capitalised_opening(v, ss) || !word_is(text, &v[ss], "It")) continue;
    size_t g = ss + 1;
    if (ws_word_in(text, &v[g], been) && word_is(text, &v[g + 1], "been")) g += 2;
    else if (ws_word_in(text, &v[g], be)) g++;
    else continue;
    size_t last = sent_last(tk, ss), h = g + 1;
    if (h + 2 > last || !ws_word_in(text, &v[g], known) || !opens_clause(text, tk, h, last)) continue;
    size_t e = trim_end(text, tk, h, last + 1);
    if (e <= h + 2) continue;
    ws_attr_rec *r = NULL;
    int other = 0;
    for (size_t k = first; k < d->nattrs; k++) {
      ws_attr_rec *o = &d->attrs[k];
      if (!o->pub.cue.nspans || o->cue_b[0].start < v[ss].b0 || o->cue_b[0].start >= v[h].b0) continue;
      /* (the tagger's cue may hold "It": "It is understood") */
      if ((o->cue_b[0].start == v[ss + 1].b0 || o->cue_b[0].start == v[ss].b0) &&
          o->cue_b[o->pub.cue.nspans - 1].end == v[g].b1)
        r = o;
      else
        other = 1;
    }
    if (other) continue;
    ws_trange cue = {ss + 1, g + 1}, con = {h, e};
    if (!r) {
      if (bytes_taken(d, first, v[h].b0, v[e - 1].b1)) continue;
      if (!ws_attr_record(d, tk, NULL, &cue, &con, 1)) return -1;
    } else {
      ws_span bt = {v[h].b0, v[e - 1].b1}, ct = {v[h].c0, v[e - 1].c1};
      ws_span bc = {v[ss + 1].b0, v[g].b1}, cc = {v[ss + 1].c0, v[g].c1};
      drop_source(r);
      if (ws_part_set(d, &r->pub.cue, &r->cue_b, &bc, &cc, 1) ||
          ws_part_set(d, &r->pub.content, &r->con_b, &bt, &ct, 1))
        return -1;
    }
    ss = last;
  }
  return 0;
}

/* "Commuters have been warned to expect disruption after train drivers
 * voted to strike": a source after its cue and its content that opens a
 * clause of its own after "after", "before", "when", "while", "because",
 * "since", "until", "once" is that clause's subject, not the report's
 * (a passive report names none). */
static void subordinate_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const subs[] = {"after", "before", "when", "while", "because",
                                     "since", "until", "once", NULL};
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nc = r->pub.cue.nspans, nf = r->pub.content.nspans;
    if (!r->pub.has_source || !nc || !nf || !r->pub.source.nspans) continue;
    size_t s0 = r->src_b[0].start;
    if (s0 < r->cue_b[nc - 1].end || s0 < r->con_b[nf - 1].end) continue;
    size_t t = ws_tok_lower(tk, s0);
    /* (only where the cue is the table's, so the record stays: a cue the
     * table lacks with no source is dropped later, which cost half A
     * records gold keeps) */
    if (t == 0 || t >= tk->n || !ws_word_in(d->text, &v[t - 1], subs) || !r->pub.cue.text ||
        !ws_cue_reports(r->pub.cue.text))
      continue;
    drop_source(r);
  }
}

/* "... to repay tenants after the Landlord and Tenant Board found he
 * raised rents": an active cue in a tense right after a noun phrase that
 * opens a clause of "after", "because", "when" ... has that phrase for source,
 * not one the linker found before the conjunction; another record's
 * content that ran on over the conjunction ends before it. */
static int subordinate_reports(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const subs[] = {"after", "before", "when", "while", "because",
                                     "since", "until", "once", NULL};
  static const char *const joins[] = {"and", "of", "&", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.has_source || r->pub.cue.nspans != 1 || !r->pub.source.nspans) continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start);
    if (c < 3 || c >= tk->n || !ws_pos_tensed(v[c].pos) || r->src_b[0].end > r->cue_b[0].start)
      continue;
    /* (an active verb: a passive's subject is no source, "Texas | was
     * called for") */
    int be = 0;
    for (size_t q = c; q < tk->n && v[q].b1 <= r->cue_b[0].end && !be; q++) be = is_be(text, &v[q]);
    if (be) continue;
    size_t n0 = c;
    while (n0 > 0 && c - n0 < 8 && !(v[n0].flags & WS_TF_SENT) &&
           (np_word(&v[n0 - 1]) || (ws_word_in(text, &v[n0 - 1], joins) && n0 < c &&
                                    (v[n0].flags & WS_TF_CAP))))
      n0--;
    if (n0 == c || n0 == 0 || !ws_word_in(text, &v[n0 - 1], subs) || ws_word_in(text, &v[n0], joins) ||
        r->src_b[0].start >= v[n0].b0)
      continue;
    int noun = 0;
    for (size_t i = n0; i < c; i++)
      noun |= v[i].pos == WS_POS_NN || v[i].pos == WS_POS_NNS || v[i].pos == WS_POS_NNP;
    if (!noun) continue;
    for (size_t o = first; o < d->nattrs; o++) {
      ws_attr_rec *x = &d->attrs[o];
      size_t nf = x->pub.content.nspans;
      if (o == k || !nf || x->con_b[nf - 1].start >= v[n0 - 1].b0 || x->con_b[nf - 1].end <= v[n0 - 1].b0)
        continue;
      size_t e = n0 - 1;
      while (e > 0 && ws_punct_in(text, &v[e - 1], ",")) e--;
      if (e == 0 || v[e - 1].b1 <= x->con_b[nf - 1].start) continue;
      if (content_move(d, x, nf - 1, NULL, &v[e - 1])) return -1;
    }
    if (set_source(d, r, tk, n0, c)) return -1;
  }
  return 0;
}

/* "Shadow transport | secretary Richard Holden accused": a source that
 * opens with an office's word (data/titles.tsv, lower case) a word or
 * three after its sentence's start, with only words between that the
 * word table may read as verbs' base forms ("Shadow", "transport") but
 * no verb in the past or the third person, no mark and no other record's
 * words, starts with the sentence. */
static int office_openings(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1) || s0 == 0 || s0 >= tk->n || (v[s0].flags & (WS_TF_SENT | WS_TF_CAP)) ||
        !ws_title_word(text + v[s0].b0, v[s0].b1 - v[s0].b0))
      continue;
    size_t ss = near_sent_start(tk, s0, 3);
    if (ss == SIZE_MAX || ss == s0 || !(v[ss].flags & WS_TF_CAP) || (v[ss].flags & WS_TF_INQ)) continue;
    int ok = 1;
    for (size_t i = ss; i < s0 && ok; i++)
      ok = v[i].kind == WS_TK_WORD && (!ws_pos_finite(v[i].pos) || v[i].pos == WS_POS_VBP) &&
           v[i].pos != WS_POS_IN &&
           v[i].pos != WS_POS_PRP && v[i].pos != WS_POS_CC && v[i].pos != WS_POS_RB &&
           v[i].pos != WS_POS_WH && v[i].pos != WS_POS_TO && !ws_month_or_weekday(text, &v[i]);
    if (!ok || bytes_taken(d, first, v[ss].b0, v[s0 - 1].b1)) continue;
    if (set_source(d, r, tk, ss, s1)) return -1;
  }
  return 0;
}

/* "In a Des Moines Register poll last month, Mr. Cruz had a 10-point
 * lead.": a sentence that opens with "In", a noun phrase naming a poll
 * or survey, and a comma reports what the poll found; PolNeAR marks
 * "In" the cue, the noun phrase the source and the clause after the
 * comma the content.  Where "In" is no record's cue already. */
static int poll_leads(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const polls[] = {"poll", "polls", "survey", "surveys", "polling", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t i = 0; i + 4 < tk->n; i++) {
    if (!capitalised_opening(v, i) || !word_is(text, &v[i], "In")) continue;
    /* the poll's word heads the phrase: no verb before it, no noun
     * after it ("a memo released as polls closed", "polling places") */
    size_t k = i + 1, poll = 0, verb = 0;
    while (k < tk->n && k - i <= 20 && !(v[k].flags & WS_TF_SENT) &&
           (v[k].kind == WS_TK_WORD || ws_punct_in(text, &v[k], "/-.&'")) &&
           !ws_punct_in(text, &v[k], ",")) {
      if (!poll && ws_word_in(text, &v[k], polls) && !verb && k + 1 < tk->n &&
          v[k + 1].pos != WS_POS_NN && v[k + 1].pos != WS_POS_NNS)
        poll = k;
      verb |= ws_pos_finite(v[k].pos) || v[k].pos == WS_POS_VBN;
      k++;
    }
    if (!poll || k >= tk->n || !ws_punct_in(text, &v[k], ",") || (v[k].flags & WS_TF_SENT_END) ||
        cue_taken(d, first, v[i].b0, v[i].b1))
      continue;
    /* "..., conducted March 11-13, 40 percent ...": a participle's phrase
     * after the poll is the source's */
    if (k + 2 < tk->n && v[k + 1].pos == WS_POS_VBN) {
      size_t j = k + 2;
      while (j < tk->n && j - k < 12 && !(v[j].flags & WS_TF_SENT) &&
             !ws_punct_in(text, &v[j], ","))
        j++;
      if (j < tk->n && ws_punct_in(text, &v[j], ",")) k = j;
    }
    size_t last = sent_last(tk, k), e = trim_end(text, tk, k + 1, last + 1);
    int fin = 0;
    for (size_t j = k + 1; j < e && j < k + 16; j++) fin |= ws_pos_finite(v[j].pos);
    if (e <= k + 3 || !fin) continue;
    ws_trange src = {i + 1, k}, cue = {i, i + 1}, con = {k + 1, e};
    if (!ws_attr_record(d, tk, &src, &cue, &con, 1)) return -1;
    i = last;
  }
  return 0;
}

/* "Rep. Chip Roy, R-Texas, posted on X that extending them would be
 * ...": a cue that ends with "on" and a content that opens with one to
 * three capitalised words, then "that": the words name where it was said
 * (a platform, a programme), and are the cue's ("said on Twitter" in
 * PolNeAR); the content starts at "that". */
static int on_platform(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nc = r->pub.cue.nspans;
    if (!nc || nc > 63 || !r->pub.content.nspans) continue;
    size_t a = ws_tok_lower(tk, r->con_b[0].start), e = ws_tok_lower(tk, r->con_b[0].end);
    if (a == 0 || a >= tk->n || v[a - 1].b1 != r->cue_b[nc - 1].end ||
        !ws_word_is(text, &v[a - 1], "on") || (v[a].flags & WS_TF_INQ))
      continue;
    size_t t = a;
    while (t < e && t - a < 3 && v[t].kind == WS_TK_WORD && (v[t].flags & WS_TF_CAP) &&
           !(v[t].flags & WS_TF_SENT))
      t++;
    if (t == a || t + 2 > e || !ws_word_is(text, &v[t], "that")) continue;
    if (cue_content_edge(d, r, nc - 1, &v[t - 1], 0, &v[t])) return -1;
  }
  return 0;
}

/* "Analysts polled by Reuters had unanimously forecast a hold": a source
 * that is the agent after "by" of a participle closing a short noun
 * phrase that opens its sentence is that whole phrase (the analysts
 * forecast, not Reuters). */
static int participle_agents(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.has_source || r->pub.source.nspans != 1 || !r->pub.cue.nspans ||
        r->src_b[0].end > r->cue_b[0].start)
      continue;
    size_t s = ws_tok_lower(tk, r->src_b[0].start), e = ws_tok_lower(tk, r->src_b[0].end);
    size_t c = ws_tok_lower(tk, r->cue_b[0].start);
    /* (the source the subject of a verb in a tense right after it: not
     * "the risks created by | Mrs. Clinton's | insistence on") */
    if (e >= tk->n || c != e || !ws_pos_finite(v[c].pos) || v[e - 1].pos == WS_POS_POS) continue;
    if (s < 3 || s >= tk->n || v[s].b0 != r->src_b[0].start || !ws_word_is(text, &v[s - 1], "by") ||
        (v[s - 1].flags & WS_TF_SENT) || (v[s - 2].pos != WS_POS_VBN && !unknown_past(text, &v[s - 2])))
      continue;
    size_t ss = sent_start(tk, s - 2), s0 = after_opening(text, tk, ss, s - 2), j = s0;
    while (j < s - 2 && np_word(&v[j])) j++;
    if (j != s - 2 || j == s0 || v[j - 1].pos == WS_POS_DT) continue;
    if (bytes_taken(d, first, v[s0].b0, v[s - 1].b1)) continue;
    if (set_source(d, r, tk, s0, e)) return -1;
  }
  return 0;
}

/* "Meanwhile, the Bank of England is expected to keep rates on hold":
 * a raised passive with no source whose content is the infinitive alone
 * takes the subject before it into the content, as PolNeAR marks it
 * (raising_subjects does so where the tagger made the subject a source;
 * here the tagger left it unlabelled).  The subject is a short noun
 * phrase opening the sentence, after an opening phrase and its comma,
 * right before the cue, and no record's part. */
static int raised_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (r->pub.has_source || !r->pub.cue.nspans || !r->pub.content.nspans ||
        r->con_b[0].start < r->cue_b[r->pub.cue.nspans - 1].end || !raised_passive(text, tk, r))
      continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start), ss = sent_start(tk, c), verb;
    if (c >= tk->n || (tk->v[ss].flags & WS_TF_INQ)) continue;
    size_t s0 = after_opening(text, tk, ss, c), e = subject_np(text, tk, s0, c + 1, &verb);
    if (e == SIZE_MAX || verb != c || e <= s0) continue;
    size_t b0 = tk->v[s0].b0, b1 = tk->v[e - 1].b1;
    if (ws_claimed(d, first, b0, b1)) continue;
    ws_span bs = {b0, b1}, cs = {tk->v[s0].c0, tk->v[e - 1].c1};
    if (content_prepend(d, r, bs, cs)) return -1;
  }
  return 0;
}

/* "Enthusiasm for Clinton appears to have plummeted", "Mr. Rubio had
 * appeared to be on the upswing": a verb of seeming (`raising`) with
 * "to" and a verb after it, that no record has for a cue, is the
 * writer's report of an appearance; PolNeAR marks it with no source, the
 * cue the verb alone, and the content its subject (from where its
 * clause opens) and the infinitive to the clause's end, the words of
 * tense between left out ("had", "does not").  raising_subjects mends
 * such records the tagger made with the subject for a source; this
 * makes those it missed. */
static int raising_reports(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const opens[] = {"that",  "and",     "but",    "because", "while", "although",
                                      "though", "if",     "when",   "as",      "since", "after",
                                      "before", "so",     "whether", "than",   "or",    "where",
                                      NULL};
  static const char *const ends[] = {"but",    "and",  "while", "which", "who",   "although",
                                     "though", "as",   "after", "before", "because", "since",
                                     "according", "even", "when", "if", NULL};
  /* and the passives of knowing and saying with "to" ("Steve Reed is
   * understood to have spoken to ...", UK style): the cue is the form of
   * "be" (an adverb may follow it) and the participle, as PolNeAR marks
   * "is widely expected" */
  static const char *const known[] = {"understood", "believed", "thought", "said", "reported",
                                      "expected", "rumoured", "rumored", "alleged", NULL};
  static const char *const be[] = {"is", "are", "was", "were", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t c = 1; c + 2 < tk->n; c++) {
    if ((v[c].flags & WS_TF_INQ) || !word_is(text, &v[c + 1], "to") || v[c + 2].kind != WS_TK_WORD ||
        (v[c + 1].flags & WS_TF_SENT) || (v[c].flags & WS_TF_SENT))
      continue;
    size_t cb = c; /* the cue's first token */
    if (ws_word_in(text, &v[c], known)) {
      cb = c - 1;
      if (cb > 0 && v[cb].pos == WS_POS_RB && !(v[cb].flags & WS_TF_SENT)) cb--;
      if (!ws_word_in(text, &v[cb], be) || cb == 0) continue;
    } else if (!ws_word_in(text, &v[c], raising)) {
      continue;
    }
    if (cue_taken(d, first, v[cb].b0, v[c].b1)) continue;
    /* the words of tense before it, then the subject back to where its
     * clause opens */
    size_t a = cb;
    while (a > 0 && !(v[a].flags & WS_TF_SENT) && a + 4 > c &&
           (ws_word_in(text, &v[a - 1], aux_words) || v[a - 1].pos == WS_POS_RB ||
            v[a - 1].pos == WS_POS_MD || negated(text, &v[a - 1])))
      a--;
    if (v[a].flags & WS_TF_SENT) continue;
    /* back over words (an abbreviation's stop, "and" between nouns with
     * no comma before it: "Mr. Rubio", "America and Britain") */
    size_t s = a;
    while (s > 0 && a - s < 12 && !(v[s].flags & WS_TF_SENT)) {
      const ws_token *p = &v[s - 1];
      /* (a capital word before a capital one is a name's, whatever the
       * word table says: "Transport Secretary Owen Pryce") */
      if (p->kind == WS_TK_WORD && !ws_word_in(text, p, opens) &&
          (!ws_pos_finite(p->pos) || ((p->flags & WS_TF_CAP) && (v[s].flags & WS_TF_CAP)))) {
        s--;
        continue;
      }
      if (title_dot(text, tk, 0, s - 1)) {
        s--;
        continue;
      }
      if ((word_is(text, p, "and") || word_is(text, p, "or")) && s > 1 && np_word(&v[s - 2]) &&
          np_word(&v[s]) && !ws_pos_finite(v[s - 2].pos)) {
        s--;
        continue;
      }
      break;
    }
    if (s == a || a - s >= 12 ||
        !(s == 0 || (v[s].flags & WS_TF_SENT) || v[s - 1].kind != WS_TK_WORD ||
          ws_word_in(text, &v[s - 1], opens)))
      continue;
    while (s < a && v[s].pos == WS_POS_RB) s++; /* "Now Melania seems to" */
    int noun = 0;
    for (size_t k = s; k < a; k++)
      noun |= np_word(&v[k]) || v[k].pos == WS_POS_PRP || ws_word_is(text, &v[k], "who") ||
              ws_word_is(text, &v[k], "which");
    if (!noun || (v[s].flags & WS_TF_INQ)) continue;
    /* the infinitive to the clause's end (a clause under "while", "if",
     * ... ends at its comma) */
    int sub = s > 0 && ws_word_in(text, &v[s - 1], opens) && !word_is(text, &v[s - 1], "and") &&
              !word_is(text, &v[s - 1], "but") && !word_is(text, &v[s - 1], "or") &&
              !word_is(text, &v[s - 1], "that") && !word_is(text, &v[s - 1], "so");
    size_t last = sent_last(tk, c), e = c + 1;
    while (e <= last && e < c + 80 && v[e].kind != WS_TK_QUOTE &&
           !(sub && ws_punct_in(text, &v[e], ",")) &&
           !ws_punct_in(text, &v[e], ";:(") && !ws_dash_token(text, &v[e]) &&
           !(ws_punct_in(text, &v[e], ",") && e + 1 <= last &&
             (ws_word_in(text, &v[e + 1], ends) || cue_taken(d, first, v[e].b1, v[last].b1))))
      e++;
    e = trim_end(text, tk, c + 1, e);
    if (e <= c + 2) continue;
    ws_trange cue = {cb, c + 1}, con[2] = {{s, a}, {c + 1, e}};
    if (!ws_attr_record(d, tk, NULL, &cue, con, 2)) return -1;
    c = e;
  }
  return 0;
}

/* "Premier Anne Roy told reporters in Quebec City the offer was generous
 * and urged the union to ...": a report by "told", whom, perhaps where
 * ("in" and a name), then a clause that runs to "and" and a second verb
 * the tagger made a cue of, sharing the subject: the tagger found only
 * the second.  The clause (to "and") is what was told, by the subject of
 * the second cue's record. */
static int told_then_and(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t lend = d->nattrs;
  for (size_t k = first; k < lend; k++) {
    const ws_attr_rec *o = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, o, &s0, &s1)) continue;
    size_t h = s1, c = ws_tok_lower(tk, o->cue_b[0].start);
    if (h + 4 >= c || c >= tk->n || !ws_word_in(text, &v[h], told_tells) ||
        !word_is(text, &v[c - 1], "and"))
      continue;
    size_t last = sent_last(tk, h);
    size_t w = whom_end(text, tk, h + 1, last);
    if (w == h + 1) continue;
    /* where: "in Quebec City", "at Queen's Park" */
    if (w + 1 < c && (word_is(text, &v[w], "in") || word_is(text, &v[w], "at")) &&
        (v[w + 1].flags & WS_TF_CAP)) {
      size_t e = w + 1;
      while (e < c && (v[e].flags & WS_TF_CAP) && v[e].kind == WS_TK_WORD) e++;
      w = e;
    }
    size_t end = c - 1;
    if (end > w && ws_punct_in(text, &v[end - 1], ",")) end--;
    if (w + 3 > end || !opens_clause(text, tk, w, end - 1) || bytes_taken(d, first, v[h].b0, v[end - 1].b1))
      continue;
    ws_trange src = {s0, s1}, cue = {h, h + 1}, con = {w, end};
    if (!ws_attr_record(d, tk, &src, &cue, &con, 1)) return -1;
  }
  return 0;
}

/* Token t of tk (if there is one) is an opening quotation mark. */
static int opening_mark(const ws_tokens *tk, size_t t) {
  return t < tk->n && ws_opens_quote(&tk->v[t]);
}

/* A quotation mark lies in the bytes [b0, b1). */
static int mark_within(const ws_tokens *tk, size_t b0, size_t b1) {
  return quote_between(tk, ws_tok_lower(tk, b0), ws_tok_lower(tk, b1));
}

/* "Operators say funding falls short": in a line with no final mark (a
 * headline), reported speech after its cue that stops a word or three
 * before the line's end, with only words after it that no other record
 * holds, runs to the end (the tagger's edges learned from sentences that
 * end with a stop). */
static int headline_ends(ws_doc *d, const ws_tokens *tk, size_t first) {
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans, nc = r->pub.cue.nspans;
    if (!nf || !nc || r->con_b[nf - 1].start < r->cue_b[nc - 1].end) continue;
    size_t e = ws_tok_lower(tk, r->con_b[nf - 1].end), j = e;
    if (e == 0 || e >= tk->n || (v[e].flags & (WS_TF_PARA | WS_TF_SENT)) ||
        v[e - 1].kind != WS_TK_WORD || (v[e - 1].flags & WS_TF_INQ))
      continue;
    while (j < tk->n && j < e + 3 && v[j].kind == WS_TK_WORD &&
           !(v[j].flags & (WS_TF_INQ | WS_TF_PARA | WS_TF_SENT)))
      j++;
    /* the words [e, j) close a line of their own that has no mark */
    if (j == e || !(j == tk->n || (v[j].flags & WS_TF_PARA)) ||
        bytes_taken(d, first, v[e].b0, v[j - 1].b1))
      continue;
    if (content_move(d, r, nf - 1, NULL, &v[j - 1])) return -1;
  }
  return 0;
}

/* A quotation left open at the end of its paragraph (the convention for
 * quotes over several paragraphs) keeps the paragraph's final stop, as
 * PolNeAR's annotators mark it (30 of 37 such spans in train): the tagger
 * leaves final stops out of contents. */
static int open_quote_stops(ws_doc *d, const ws_tokens *tk, size_t first) {
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    for (size_t f = 0; f < nf; f++) {
      size_t t0 = ws_tok_lower(tk, r->con_b[f].start), t1 = ws_tok_lower(tk, r->con_b[f].end);
      if (t0 >= t1 || t1 >= tk->n || !opening_mark(tk, t0) ||
          v[t1].b0 != r->con_b[f].end || !ws_punct_in(d->text, &v[t1], ".!?") ||
          !(t1 + 1 == tk->n || (v[t1 + 1].flags & WS_TF_PARA)))
        continue;
      if (!quote_between(tk, t0 + 1, t1) && content_move(d, r, f, NULL, &v[t1])) return -1;
    }
  }
  return 0;
}

/* '"I don't see details," she said after reading the outline': after a
 * quotation that comes before its cue, words after the cue that hold no
 * quotation mark are the report's circumstances, not what was said (of
 * PolNeAR train's contents that open with a quotation before the cue and
 * go on after it, 54 of 1,753 go on without one). */
static int quote_adjuncts(ws_doc *d, const ws_tokens *tk, size_t first) {
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (nf < 2 || nf > 16 || !r->pub.cue.nspans) continue;
    size_t c0 = r->cue_b[0].start, c1 = r->cue_b[r->pub.cue.nspans - 1].end;
    if (r->con_b[0].end > c0 || !opening_mark(tk, ws_tok_lower(tk, r->con_b[0].start))) continue;
    ws_span b[16], c[16];
    size_t m = 0;
    for (size_t f = 0; f < nf; f++) {
      if (r->con_b[f].start < c1 || mark_within(tk, r->con_b[f].start, r->con_b[f].end)) {
        b[m] = r->con_b[f];
        c[m++] = r->pub.content.spans[f];
      }
    }
    if (m < nf && ws_part_set(d, &r->pub.content, &r->con_b, b, c, m)) return -1;
  }
  return 0;
}

/* "Meanwhile, U.S. crude inventories rose ..., according to data from
 * the API": a word that ties a sentence to the one before it ("Meanwhile,",
 * "However,", "Still,") is the writer's, not part of an unquoted content
 * that opens the sentence and ends before its cue (PolNeAR train leaves
 * such words out of 18 contents and in 2; "But", "Instead", "Now" it
 * keeps, so they stay).  A content split by its cue keeps it ("Meanwhile,
 * Russia is playing interference, they say, imposing ..."). */
static int discourse_openers(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const openers[] = {"meanwhile", "however", "still",     "moreover",
                                        "indeed",    "nevertheless", "separately", "furthermore",
                                        "nonetheless", "also",   "yet",        "additionally", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (r->pub.content.nspans != 1 || !r->pub.cue.nspans || r->con_b[0].end > r->cue_b[0].start)
      continue;
    size_t t = ws_tok_lower(tk, r->con_b[0].start), e = ws_tok_lower(tk, r->con_b[0].end);
    if (t + 3 >= e || !(v[t].flags & WS_TF_SENT) || (v[t].flags & (WS_TF_INQ | WS_TF_QOPEN)))
      continue;
    size_t c = t + 1;
    if (ws_word_is(text, &v[t], "in") && ws_word_is(text, &v[t + 1], "addition")) c++;
    else if (!ws_word_in(text, &v[t], openers)) continue;
    if (!ws_punct_in(text, &v[c], ",") || (v[c + 1].flags & WS_TF_QOPEN)) continue;
    if (content_move(d, r, 0, &v[c + 1], NULL)) return -1;
  }
  return 0;
}

/* "In February, as a protester was being removed, Mr. Trump said, 'I'd
 * like to punch him in the face.'": before a source, words that open no
 * quotation and end with a comma are the report's circumstances when what
 * follows the cue is a quotation (PolNeAR train's contents keep such words
 * 46 times). */
static int fronted_adjuncts(ws_doc *d, const ws_tokens *tk, size_t first) {
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (nf < 2 || !r->pub.cue.nspans || !r->pub.has_source) continue;
    size_t s0 = r->src_b[0].start, c1 = r->cue_b[r->pub.cue.nspans - 1].end;
    if (s0 > r->cue_b[0].start) continue;
    size_t f = 0;
    while (f < nf && r->con_b[f].start < c1) f++;
    if (f == nf || f == 0 || r->con_b[f - 1].end > s0) continue;
    /* the last fragment before the source ends with a comma next to it */
    size_t e = r->con_b[f - 1].end, g = e;
    while (g < s0 && d->text[g] == ' ') g++;
    int comma = (e > 0 && d->text[e - 1] == ',') || (g < s0 && d->text[g] == ',');
    size_t q = ws_tok_lower(tk, r->con_b[f].start);
    if (!comma || !opening_mark(tk, q) || mark_within(tk, r->con_b[0].start, e)) continue;
    /* a quotation that opens in lower case goes on the words' sentence
     * ("In other words, he said, 'the era ... is over.'") */
    if (q + 1 < tk->n && d->text[tk->v[q + 1].b0] >= 'a' && d->text[tk->v[q + 1].b0] <= 'z') continue;
    if (ws_part_set(d, &r->pub.content, &r->con_b, r->con_b + f, r->pub.content.spans + f, nf - f)) return -1;
  }
  return 0;
}

/* "that GOP moderates may be pliable — and that Democratic efforts ...":
 * a reported (unquoted) content after its cue that a lone dash or a
 * semicolon splits ends before it: what follows is the writer's. */
static int writer_asides(ws_doc *d, const ws_tokens *tk, size_t first) {
  /* words after a dash that carry the content on ("— including ...") */
  static const char *const goes_on[] = {"and", "or", "including", "especially", "particularly",
                                        "like", "such", "at", "from", NULL};
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nc = r->pub.cue.nspans;
    if (r->pub.content.nspans != 1 || !nc || r->con_b[0].start < r->cue_b[nc - 1].end) continue;
    size_t t0 = ws_tok_lower(tk, r->con_b[0].start), t1 = ws_tok_lower(tk, r->con_b[0].end);
    size_t dashes = 0, cut = 0, semi = 0;
    if (mark_within(tk, r->con_b[0].start, r->con_b[0].end)) continue;
    for (size_t t = t0; t < t1; t++) {
      int spaced = ws_dash_token(d->text, &v[t]) && (v[t].b1 - v[t].b0 == 3 || (v[t].b0 > 0 && d->text[v[t].b0 - 1] == ' '));
      if (spaced && t > t0) {
        dashes++;
        if (!cut) cut = t;
      }
      if (!semi && t > t0 && ws_punct_in(d->text, &v[t], ";")) semi = t;
    }
    size_t at = 0;
    if (dashes == 1 && !(cut + 1 < t1 && ws_word_in(d->text, &v[cut + 1], goes_on))) at = cut;
    if (semi && (!at || semi < at)) at = semi;
    if (!at) continue;
    if (content_move(d, r, 0, NULL, &v[at - 1])) return -1;
  }
  return 0;
}

/* "Rail fares will rise by 4.6%, the government has confirmed, in a move
 * that angered commuters.": after a closing cue between commas, a last
 * fragment of the content that opens "in a", "in what", "amid" or
 * "despite" is the writer's framing or the cue's channel ("in a
 * statement"), and one that opens with a participle and "to" or "not" is
 * the source's own doing.  (PolNeAR train runs a content on past such a
 * cue fifteen times in 17,000 records: with "with", "at", "before",
 * "from", "by", "while" and "for", and with a participle four times,
 * never one with "to" or "not".) */
static int closing_tails(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const framing[] = {"amid", "despite", NULL};
  static const char *const article[] = {"a", "an", "what", NULL};
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nc = r->pub.cue.nspans, nf = r->pub.content.nspans;
    if (!r->pub.has_source || !nc || nf < 2 || nf > 64) continue;
    ws_span last = r->con_b[nf - 1];
    if (r->con_b[0].end > r->src_b[0].start || r->src_b[0].end > r->cue_b[0].start ||
        last.start < r->cue_b[nc - 1].end || r->con_b[nf - 2].end > r->src_b[0].start)
      continue;
    size_t t = ws_tok_lower(tk, last.start);
    if (t == 0 || t >= tk->n || !ws_punct_in(d->text, &v[t - 1], ",") ||
        v[t - 1].b0 < r->cue_b[nc - 1].end || !only_marks(d->text, r->cue_b[nc - 1].end, last.start) ||
        mark_within(tk, last.start, last.end))
      continue;
    /* (a participle with "to" or "not" is what the source did besides:
     * "one of the sources said, declining to be named", "asking not to
     * be identified") */
    int participle = v[t].pos == WS_POS_VBG && t + 1 < tk->n &&
                     (ws_word_is(d->text, &v[t + 1], "to") || ws_word_is(d->text, &v[t + 1], "not"));
    if (!participle && !ws_word_in(d->text, &v[t], framing) &&
        !(ws_word_is(d->text, &v[t], "in") && t + 1 < tk->n && ws_word_in(d->text, &v[t + 1], article)))
      continue;
    if (content_keep(d, r, 0, nf - 1)) return -1;
  }
  return 0;
}

/* "O'Malley's move was first reported by MSNBC.": a cue in the passive
 * with no source, followed by "by" and a noun phrase that ends the
 * clause, has that phrase for source. */
static int agent_sources(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nc = r->pub.cue.nspans;
    if (r->pub.has_source || !nc) continue;
    size_t c = cue_token(tk, r, 1);
    if (c == SIZE_MAX) continue;
    /* the cue's last token, then "by" (in the cue or right after it) */
    size_t l = ws_tok_lower(tk, r->cue_b[nc - 1].end);
    if (l == 0 || l >= tk->n) continue;
    l--;
    size_t b = ws_word_is(text, &v[l], "by") ? l : l + 1;
    if (b >= tk->n || !ws_word_is(text, &v[b], "by")) continue;
    size_t vbn = b == l ? l - 1 : l;
    if (vbn < c || (v[vbn].pos != WS_POS_VBN && v[vbn].pos != WS_POS_VBD) ||
        !(v[vbn].flags & WS_TF_STRONGCUE))
      continue;
    int be = 0;
    for (size_t q = c; q < vbn && !be; q++) be = is_be(text, &v[q]);
    if (!be) continue;
    size_t j = b + 1, e;
    int noun = 0;
    while (j < tk->n && j - b < 10 && !(v[j].flags & WS_TF_SENT) && v[j].kind == WS_TK_WORD &&
           (np_word(&v[j]) || ws_word_is(text, &v[j], "of"))) {
      noun |= v[j].pos == WS_POS_NN || v[j].pos == WS_POS_NNS || v[j].pos == WS_POS_NNP ||
              v[j].pos == WS_POS_UNK;
      j++;
    }
    e = j;
    if (!noun || e == b + 1 || !(e >= tk->n || (v[e].flags & WS_TF_SENT) || ws_punct_in(text, &v[e], ".,;")))
      continue;
    /* the tagger may have taken "by X" for content: what is left of the
     * content stays ("which | by the Islamic State") */
    size_t nf = r->pub.content.nspans, kept = 0;
    ws_span b2[64], c2[64];
    for (size_t f = 0; f < nf && nf <= 64; f++) {
      ws_span bs = r->con_b[f], cs = r->pub.content.spans[f];
      if (bs.end > v[b].b0 && bs.start < v[e - 1].b1) {
        if (bs.start >= v[b].b0) continue; /* (it starts inside the phrase) */
        bs.end = v[b].b0, cs.end = v[b].c0;
        while (bs.end > bs.start && text[bs.end - 1] == ' ') bs.end--, cs.end--;
      }
      b2[kept] = bs, c2[kept++] = cs;
    }
    if (!kept || nf > 64) continue;
    if (kept != nf || memcmp(b2, r->con_b, nf * sizeof *b2))
      if (ws_part_set(d, &r->pub.content, &r->con_b, b2, c2, kept)) return -1;
    if (set_source(d, r, tk, b + 1, e)) return -1;
  }
  return 0;
}

/* The other way round: a record without a source whose content opens
 * with the noun phrase that starts the sentence, right before an active
 * cue, and goes on after the cue ("A First Nation in northern
 * Saskatchewan has declared a state of emergency ..."): that phrase is
 * the cue's subject, so its source.  A phrase with a verb in a tense, a
 * comma or a quotation mark is a clause ("Trump is expected to ...",
 * '"We will win," she said') and stays. */
static int subject_contents(ws_doc *d, const ws_tokens *tk, size_t first, size_t lend,
                            const uint8_t *dead) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < lend; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (dead[k - first] || r->pub.has_source || !r->pub.cue.nspans || nf < 2 || nf > 64) continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start);
    if (c >= tk->n || is_be(text, &v[c]) || raising_cue(r->pub.cue.text)) continue;
    size_t s0 = ws_tok_lower(tk, r->con_b[0].start), s1 = ws_tok_lower(tk, r->con_b[0].end);
    if (reduced_passive(text, tk, c, s0)) continue;
    if (s0 >= c || s1 != c || !(v[s0].flags & WS_TF_SENT) || c - s0 > 12 ||
        r->con_b[1].start < r->cue_b[0].end || !only_marks(text, r->con_b[0].end, r->cue_b[0].start))
      continue;
    int clause = 0;
    for (size_t i = s0; i < c && !clause; i++)
      clause = ws_pos_finite(v[i].pos) || v[i].pos == WS_POS_VB || v[i].kind == WS_TK_QUOTE ||
               (v[i].flags & WS_TF_INQ) || text[v[i].b0] == ',';
    if (clause) continue;
    if (set_source(d, r, tk, s0, c) || content_keep(d, r, 1, nf)) return -1;
  }
  return 0;
}

/* Nouns the cue took from the end of its source: "Opposition |
 * councillors slammed", "A spokesman for the Department for | Levelling
 * Up insisted".  Words right after the source, before the cue's verb,
 * that are capitalised or lower-case nouns (not cue words unless they
 * name an institution, "Canada's | opposition accused"; not adverbs in
 * -ly: "He | steadfastly refuses"), not a day or a month, go back to the
 * source when a verb in a tense follows them.  With no source, an
 * institution's noun that opens the cue makes one with the determiner or
 * name before it ("The | opposition accused"). */
/* A word that names an institution or an office (data/source-words.tsv:
 * "opposition", "spokesman"), whatever else it can be.  (A plural the
 * list lacks reads as a group, "ideas", so groups and persons do not
 * count.) */
static int source_noun(const char *text, const ws_token *t) {
  static const char *const kinds[] = {"organization", "official", "spokesperson", "media", NULL};
  const char *k = ws_source_word_type(text + t->b0, t->b1 - t->b0);
  for (size_t i = 0; kinds[i]; i++)
    if (!strcmp(k, kinds[i])) return 1;
  return 0;
}

static int cue_nouns(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (r->pub.cue.nspans != 1 || (r->pub.has_source && r->pub.source.nspans != 1)) continue;
    size_t c0 = ws_tok_lower(tk, r->cue_b[0].start), c1 = ws_tok_lower(tk, r->cue_b[0].end);
    size_t s0, s1 = c0;
    if (r->pub.has_source) {
      s0 = ws_tok_lower(tk, r->src_b[0].start), s1 = ws_tok_lower(tk, r->src_b[0].end);
    } else {
      /* no source, and a determiner or a name before the institution's
       * noun opens the sentence ("The | opposition accused") */
      s0 = c0 < tk->n ? near_sent_start(tk, c0, 4) : SIZE_MAX;
      if (s0 == SIZE_MAX || !source_noun(text, &v[c0])) continue;
      for (size_t i = s0; i < c0 && s0 != SIZE_MAX; i++)
        if (!np_word(&v[i]) || v[i].pos == WS_POS_PRP || v[i].kind != WS_TK_WORD) s0 = SIZE_MAX;
      if (s0 == SIZE_MAX) continue;
    }
    if (c0 >= tk->n || s1 != c0 || s0 >= s1 || (v[c0].flags & (WS_TF_SENT | WS_TF_INQ))) continue;
    size_t j = c0;
    /* a capitalised word is part of a name, even one that can be a cue
     * ("Levelling Up"); a lower-case one is a noun, or unknown */
    while (j < c1 && v[j].kind == WS_TK_WORD && !ws_month_or_weekday(text, &v[j]) &&
           ((v[j].flags & WS_TF_CAP) ||
            ((!(v[j].flags & WS_TF_CUELEX) || source_noun(text, &v[j])) &&
             (v[j].pos == WS_POS_NN || v[j].pos == WS_POS_NNS || v[j].pos == WS_POS_UNK) &&
             !(v[j].b1 - v[j].b0 > 2 && !memcmp(text + v[j].b1 - 2, "ly", 2)))))
      j++;
    if (j == c0 || j >= c1 || !ws_pos_finite(v[j].pos)) continue;
    ws_span bc = {v[j].b0, r->cue_b[0].end}, cc = {v[j].c0, r->pub.cue.spans[0].end};
    if (set_source(d, r, tk, s0, j) || ws_part_set(d, &r->pub.cue, &r->cue_b, &bc, &cc, 1)) return -1;
  }
  return 0;
}

/* Record r has a cue and a source of one span, tokens [*s0, *s1)
 * (*s1 <= tk->n). */
static int source_range(const ws_tokens *tk, const ws_attr_rec *r, size_t *s0, size_t *s1) {
  if (!r->pub.has_source || r->pub.source.nspans != 1 || !r->pub.cue.nspans) return 0;
  *s0 = ws_tok_lower(tk, r->src_b[0].start);
  *s1 = ws_tok_lower(tk, r->src_b[0].end);
  return 1;
}

/* "In Hamilton, where Stelco employs thousands, Mayor Andrea Horwath |
 * said": a source that opens inside a clause of "where", "when" or
 * "while" and runs past the comma after that clause's verb is the words
 * after its last such comma, when a capitalised word opens them; one
 * that opens its sentence with a short phrase of a preposition and a
 * comma is the words after that comma. */
static int subordinate_sources(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const subs[] = {"where", "when", "while", "whereas", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1) || s1 > tk->n) continue;
    /* (or one that opens with a phrase of place or time: "In Ottawa,
     * Ford, GM and Stellantis | said") */
    if (v[s0].pos == WS_POS_IN && (v[s0].flags & WS_TF_SENT)) {
      size_t c = s0 + 1;
      while (c < s1 && c - s0 < 5 && v[c].kind == WS_TK_WORD) c++;
      if (c + 1 < s1 && ws_punct_in(text, &v[c], ",") && (v[c + 1].flags & WS_TF_CAP) &&
          !(v[c + 1].flags & WS_TF_INQ) && set_source(d, r, tk, c + 1, s1))
        return -1;
      continue;
    }
    if (s0 == 0 || !ws_word_in(text, &v[s0 - 1], subs)) continue;
    size_t c = SIZE_MAX;
    int verb = 0; /* (the clause has its verb: "When the F.B.I. director, James B. Comey," is
                     one source) */
    for (size_t i = s0; i + 1 < s1; i++) {
      if (ws_punct_in(text, &v[i], ",") && verb) c = i;
      verb |= ws_pos_finite(v[i].pos) || v[i].pos == WS_POS_VB;
    }
    if (c == SIZE_MAX || !(v[c + 1].flags & WS_TF_CAP) || (v[c + 1].flags & WS_TF_INQ)) continue;
    if (set_source(d, r, tk, c + 1, s1)) return -1;
  }
  return 0;
}

/* "China's delegation, in a statement released late Thursday, accused
 * ...": a source that is the object of "in" set off by a comma after the
 * noun phrase that opens the sentence is the channel; that noun phrase
 * (a few words, no verb, preposition, conjunction, adverb or mark: not
 * "But on Thursday, in the Trump release ...") is the source. */
static int inserted_channels(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const preps[] = {"in", "on", "via", "through", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.has_source || !r->pub.source.nspans || !r->pub.cue.nspans ||
        r->src_b[0].start > r->cue_b[0].start)
      continue;
    size_t t = ws_tok_lower(tk, r->src_b[0].start);
    if (t < 3 || t >= tk->n || !ws_word_in(text, &v[t - 1], preps) ||
        !ws_punct_in(text, &v[t - 2], ","))
      continue;
    /* (the insert closes with a comma before the cue: "in Professor
     * Knittel's view" holds its cue) */
    size_t se = ws_tok_lower(tk, r->src_b[r->pub.source.nspans - 1].end), ce = se;
    while (ce < tk->n && ce < se + 4 && v[ce].b1 <= r->cue_b[0].start && !ws_punct_in(text, &v[ce], ","))
      ce++;
    if (ce >= tk->n || !ws_punct_in(text, &v[ce], ",") || v[ce].b1 > r->cue_b[0].start) continue;
    size_t ss = sent_start(tk, t - 2), i = ss;
    while (i < t - 2 && v[i].kind == WS_TK_WORD && !ws_pos_finite(v[i].pos) &&
           v[i].pos != WS_POS_IN && v[i].pos != WS_POS_TO && v[i].pos != WS_POS_CC &&
           v[i].pos != WS_POS_RB)
      i++;
    if (i != t - 2 || i == ss || i - ss > 8 || (v[ss].flags & WS_TF_INQ)) continue;
    if (set_source(d, r, tk, ss, t - 2)) return -1;
  }
  return 0;
}

/* Record r has a source, a cue and a content of one span each: their
 * tokens are [s0, s1), [c0, c1) and [t0, t1). */
static int single_spans(const ws_tokens *tk, const ws_attr_rec *r, size_t *s0, size_t *s1,
                        size_t *c0, size_t *c1, size_t *t0, size_t *t1) {
  if (r->pub.content.nspans != 1 || r->pub.cue.nspans != 1 || !source_range(tk, r, s0, s1))
    return 0;
  *c0 = ws_tok_lower(tk, r->cue_b[0].start), *c1 = ws_tok_lower(tk, r->cue_b[0].end);
  *t0 = ws_tok_lower(tk, r->con_b[0].start), *t1 = ws_tok_lower(tk, r->con_b[0].end);
  return 1;
}

/* "Ontario will cap rents at 2.5 per cent, the province's housing minister
 * announced | Thursday, as ...": a content that is only when the report
 * was made ("Thursday", "on Friday", "Tuesday night", "today") right after
 * its cue, before a comma or the sentence's end, is a day the tagger took
 * for what was said.  When the words from the sentence's start to a comma
 * right before the source are nobody's, they are the content, and the day
 * joins the cue ("announced Thursday", as the tagger's cues keep it). */
static int day_contents(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const days[] = {"today", "yesterday", "tonight", NULL};
  static const char *const when[] = {"on", "late", "early", "morning", "afternoon", "evening",
                                     "night", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1, c0, c1, t0, t1;
    if (!single_spans(tk, r, &s0, &s1, &c0, &c1, &t0, &t1)) continue;
    if (s1 != c0 || t0 != c1 || t1 <= t0 || t1 > t0 + 3 || s0 < 4 || c1 >= tk->n) continue;
    int day = 0, other = 0;
    for (size_t i = t0; i < t1; i++) {
      int wd = (ws_month_or_weekday(text, &v[i]) && (v[i].flags & WS_TF_CAP)) ||
               (t1 == t0 + 1 && ws_word_in(text, &v[i], days));
      day |= wd;
      other |= !wd && !ws_word_in(text, &v[i], when);
    }
    if (!day || other || (t1 < tk->n && !(v[t1].flags & WS_TF_SENT) && !ws_punct_in(text, &v[t1], ",")))
      continue;
    if (!ws_punct_in(text, &v[s0 - 1], ",") || (v[s0].flags & WS_TF_SENT)) continue;
    size_t ss = sent_start(tk, s0 - 1);
    if (s0 - 1 < ss + 3 || (v[ss].flags & WS_TF_INQ) ||
        sentence_taken(d, tk, first, ss, s0 - 2))
      continue;
    if (part_move(d, &r->pub.cue, &r->cue_b, 0, NULL, 0, &v[t1 - 1]) ||
        content_move(d, r, 0, &v[ss], &v[s0 - 2]))
      return -1;
  }
  return 0;
}

/* "Analysts at Goldman Sachs | said in a note they expected | Brent to
 * average $56": a cue that runs past the noun of its channel into a
 * subject pronoun and its verb took the start of what was said; it ends
 * before the pronoun, and the content starts there ("said in a note |
 * they expected Brent to ...").  Only "he", "she", "they", "we" and "I"
 * after a noun ("made it clear" keeps its "it").  The same when the
 * channel went to the content instead, its preposition to neither. */
static int cue_clauses(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const subj[] = {"he", "she", "they", "we", "i", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (r->pub.cue.nspans != 1 || !r->pub.content.nspans) continue;
    size_t c = cue_token(tk, r, 0), ce = r->cue_b[0].end;
    if (c == SIZE_MAX || r->con_b[0].start < ce) continue;
    /* "said | a report we should expect ...", the "in" left out of both:
     * the cue takes "in a report", the content starts at the pronoun */
    if (!only_marks(text, ce, r->con_b[0].start)) {
      size_t p = ws_tok_lower(tk, ce), q = ws_tok_lower(tk, r->con_b[0].start);
      if (q != p + 1 || q + 3 >= tk->n || v[p].pos != WS_POS_IN || v[q].pos != WS_POS_DT ||
          v[q + 1].kind != WS_TK_WORD || !ws_word_in(text, &v[q + 2], subj) ||
          !(ws_pos_finite(v[q + 3].pos) || v[q + 3].pos == WS_POS_VBN))
        continue;
      /* (a time's phrase, "said after the convention he would ...", is
       * neither's) */
      if ((ws_word_is(text, &v[p], "in") &&
           part_move(d, &r->pub.cue, &r->cue_b, 0, NULL, 0, &v[q + 1])) ||
          content_move(d, r, 0, &v[q + 2], NULL))
        return -1;
      continue;
    }
    for (size_t j = c + 2; j + 1 < tk->n && v[j + 1].b1 <= ce; j++) {
      if (!ws_word_in(text, &v[j], subj)) continue;
      /* (a noun, or a word after "a", "the", "its": "in a note") */
      int noun = v[j - 1].pos == WS_POS_NN || v[j - 1].pos == WS_POS_NNS ||
                 (v[j - 1].kind == WS_TK_WORD &&
                  (v[j - 2].pos == WS_POS_DT || v[j - 2].pos == WS_POS_PRPS));
      if (!noun || !(ws_pos_finite(v[j + 1].pos) || v[j + 1].pos == WS_POS_VBN)) break;
      if (cue_content_edge(d, r, 0, &v[j - 1], 0, &v[j])) return -1;
      break;
    }
  }
  return 0;
}

/* "Northgate Foods Inc. today | reported" (press releases): a lower-case
 * "today", "yesterday" or "tonight" that ends a source after a name,
 * before the cue, is when the report was made, not part of who
 * made it.  Not after a common noun ("Clinton defenders today", present
 * ones), not "USA TODAY", not a weekday: PolNeAR's sources keep those
 * ("His speech Tuesday"; on the halves of train, weekdays too lowered
 * source F1 by 0.05). */
static int source_days(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const days[] = {"today", "yesterday", "tonight", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1)) continue;
    size_t c0 = ws_tok_lower(tk, r->cue_b[0].start);
    if (s1 >= tk->n || s1 > c0 || s1 < s0 + 2) continue;
    const ws_token *t = &v[s1 - 1], *p = &v[s1 - 2];
    if (!ws_word_in(text, t, days) || (t->flags & WS_TF_CAP) ||
        !((p->flags & WS_TF_CAP) || ws_punct_in(text, p, ".)")))
      continue;
    if (set_source(d, r, tk, s0, s1 - 1)) return -1;
  }
  return 0;
}

/* "Danish environment minister Lars Holm, whose country | holds the EU's
 * rotating presidency, said": a source that stops inside a relative
 * clause it opened after a comma ("who", "whose", "which") runs on to the
 * comma that closes the clause right before the cue, as PolNeAR's sources
 * keep the clause. */
static int relative_source_tails(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const rel[] = {"who", "whose", "which", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1) || !r->pub.cue.nspans) continue;
    size_t c0 = ws_tok_lower(tk, r->cue_b[0].start);
    if (c0 >= tk->n || c0 < s1 + 2 || !ws_punct_in(text, &v[c0 - 1], ",")) continue;
    int opened = 0;
    for (size_t i = s0 + 1; i < s1; i++)
      opened |= ws_punct_in(text, &v[i - 1], ",") && ws_word_in(text, &v[i], rel);
    int plain = opened;
    for (size_t i = s1; i + 1 < c0 && plain; i++)
      plain = v[i].kind == WS_TK_WORD && !(v[i].flags & (WS_TF_SENT | WS_TF_INQ)) &&
              !ws_word_in(text, &v[i], rel); /* (not a second clause: "and who ...") */
    if (!plain || bytes_taken(d, first, v[s1].b0, v[c0 - 2].b1)) continue;
    if (set_source(d, r, tk, s0, c0)) return -1;
  }
  return 0;
}

/* A capitalised word that may be part of a name (no determiner,
 * pronoun, number or function word). */
static int name_word(const ws_token *w) {
  static const uint8_t not_names[] = {WS_POS_CD, WS_POS_DT, WS_POS_PRP, WS_POS_PRPS, WS_POS_IN,
                                      WS_POS_CC, WS_POS_RB, WS_POS_WH,  WS_POS_MD,   WS_POS_TO};
  if (w->kind != WS_TK_WORD || !(w->flags & WS_TF_CAP) || (w->flags & WS_TF_INQ)) return 0;
  return !memchr(not_names, w->pos, sizeof not_names);
}

/* "the Landlord and | Tenant Board found", "a spokesperson for the Parks
 * and | Recreation Department": a source that starts on a capitalised word
 * after "and", "&" or "of" and a capitalised word starts where that name
 * does (back over capitalised words joined by those words or commas, and
 * a "the" before them), unless a preposition stands before the name
 * ("traveled to Jerusalem and | Mr. Netanyahu").  Rare in PolNeAR: of the
 * 11 sources of that shape on the halves' output, gold starts where the
 * name does for 5, 4 are no gold cue's, 1 is wrong either way ("a Freedom
 * of | Information Act request"). */
static int source_name_heads(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const join[] = {"and", "&", "of", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1) || s0 < 2 || s1 <= s0 || !(v[s0].flags & WS_TF_CAP) ||
        (v[s0].flags & (WS_TF_SENT | WS_TF_INQ)) || !ws_word_in(text, &v[s0 - 1], join))
      continue;
    size_t b = s0 - 1;
    while (b > 0 && !(v[b].flags & WS_TF_SENT) && s0 - b <= 12) {
      const ws_token *w = &v[b - 1];
      if (name_word(w)) b--;
      else if (b >= 2 && (ws_word_in(text, w, join) || ws_punct_in(text, w, ",")) &&
               name_word(&v[b - 2]))
        b--;
      else break;
    }
    /* (a name of more than 12 words is not taken in part) */
    if (b == s0 - 1 || !name_word(&v[b]) || s0 - b > 12) continue;
    if (b > 0 && !(v[b].flags & WS_TF_SENT) && ws_word_is(text, &v[b - 1], "the")) b--;
    static const char *const subs[] = {"after", "before", "because", "since", "while", "as", "if",
                                       "though", "although", "until", "unless", "whether", NULL};
    if (b > 0 && !(v[b].flags & WS_TF_SENT) &&
        (v[b - 1].pos == WS_POS_IN || v[b - 1].pos == WS_POS_TO) && !ws_word_in(text, &v[b - 1], subs))
      continue;
    if (bytes_taken(d, first, v[b].b0, v[s0 - 1].b1)) continue;
    if (set_source(d, r, tk, b, s1)) return -1;
  }
  return 0;
}

/* "But staff say the freeze will cost ...": a source that opens with
 * "But", "And", "Yet" or "So" opening its sentence starts after it (PolNeAR
 * train: 275 gold sources after a "But ", 4 that hold it). */
static int source_conjunctions(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const conj[] = {"but", "and", "yet", "so", NULL};
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1) || s1 < s0 + 2 || s1 > tk->n ||
        !(v[s0].flags & WS_TF_SENT) || !ws_word_in(d->text, &v[s0], conj) ||
        v[s0 + 1].kind != WS_TK_WORD)
      continue;
    if (set_source(d, r, tk, s0 + 1, s1)) return -1;
  }
  return 0;
}

/* "A spokesperson for the railway, which owns the line, declined to
 * comment on the cause but said the company is co-operating": a verb in a
 * tense after "but" or "and" whose source lies inside the source of a
 * record whose cue comes earlier in the sentence (in its relative clause)
 * shares that record's subject.  On the halves of PolNeAR train the
 * pattern is rare (2 sources, both moved to gold; no gold source is the
 * inner one). */
static int nested_sources(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1, c = cue_token(tk, r, 2);
    if (c == SIZE_MAX || !source_range(tk, r, &s0, &s1) || !conjoined_verb(text, tk, c)) continue;
    for (size_t j = first; j < d->nattrs; j++) {
      const ws_attr_rec *q = &d->attrs[j];
      size_t t0, t1, qc = cue_token(tk, q, 0);
      if (j == k || qc == SIZE_MAX || qc >= c || !source_range(tk, q, &t0, &t1) ||
          !(t0 <= s0 && s1 <= t1 && t1 - t0 > s1 - s0) || t1 > qc)
        continue;
      int one = 1; /* (in one sentence) */
      for (size_t i = t0 + 1; i <= c && one; i++) one = !(v[i].flags & WS_TF_SENT);
      if (!one) continue;
      if (set_source(d, r, tk, t0, t1)) return -1;
      break;
    }
  }
  return 0;
}

/* "Joe Ryle, director of the Four | Day Week Foundation, believes": a
 * source that stops inside the name that closes it, where only
 * capitalised words and numbers stand between it and the comma before
 * the cue, runs on to that comma (PolNeAR's sources keep the comma that
 * closes an appositive).  Likewise a source that is a role closed by a
 * comma before the name set off after it ("In a statement read outside
 * court, his mother, | Denise Rowe, | said": the tagger stops at the
 * role after a long opening phrase). */
static int source_name_tails(ws_doc *d, const ws_tokens *tk, size_t first) {
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1) || s1 <= s0 || s1 >= tk->n) continue;
    size_t c0 = ws_tok_lower(tk, r->cue_b[0].start);
    if (c0 >= tk->n || c0 < s1 + 2 || !ws_punct_in(d->text, &v[c0 - 1], ",") ||
        v[s1 - 1].kind != WS_TK_WORD)
      continue;
    /* (inside the name; or a role, then the name after its comma) */
    int inside = c0 <= s1 + 5 && ((v[s1 - 1].flags & WS_TF_CAP) || v[s1 - 1].pos == WS_POS_CD);
    int role = !inside && c0 >= s1 + 3 && c0 <= s1 + 6 && ws_punct_in(d->text, &v[s1], ",") &&
               !(v[s1 - 1].flags & WS_TF_CAP) &&
               (v[s1 - 1].pos == WS_POS_NN || v[s1 - 1].pos == WS_POS_NNS) &&
               !bytes_taken(d, first, v[s1].b0, v[c0 - 1].b1);
    if (!inside && !role) continue;
    int name = 1;
    for (size_t t = role ? s1 + 1 : s1; t + 1 < c0 && name; t++)
      name = v[t].kind == WS_TK_WORD && !(v[t].flags & (WS_TF_SENT | WS_TF_INQ)) &&
             ((v[t].flags & WS_TF_CAP) || v[t].pos == WS_POS_CD);
    if (name && set_source(d, r, tk, s0, c0)) return -1;
  }
  return 0;
}

/* "in a move campaigners | described as ...", "a measure supporters |
 * say could cut ...": a source that opens with "a" (or "an", "another",
 * "each", "every"), then a singular common noun, and ends in plural nouns
 * is two noun phrases, since "a" does not take a plural: the first is what
 * a clause with no "that" tells of, and the plural nouns after the last
 * singular one are the cue's subject, so the source.  Not after a number's
 * noun ("a dozen states"). */
static int zero_relatives(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const one[] = {"a", "an", "another", "each", "every", NULL};
  static const char *const counts[] = {"dozen", "hundred", "thousand", "million", "billion",
                                       "couple", "score", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1)) continue;
    if (s1 < s0 + 3 || !ws_word_in(text, &v[s0], one) || v[s1 - 1].pos != WS_POS_NNS) continue;
    size_t m = s1 - 1;
    while (m > s0 + 1 && v[m - 1].pos == WS_POS_NNS) m--;
    if (v[m - 1].pos != WS_POS_NN || ws_word_in(text, &v[m - 1], counts)) continue;
    /* only words between: no comma, preposition or verb ("a group of
     * protesters" keeps its "of") */
    int plain = 1;
    for (size_t i = s0 + 1; i < m - 1 && plain; i++)
      plain = v[i].kind == WS_TK_WORD && (v[i].pos == WS_POS_NN || v[i].pos == WS_POS_JJ ||
                                         v[i].pos == WS_POS_NNP);
    if (plain && set_source(d, r, tk, m, s1)) return -1;
  }
  return 0;
}

/* A comma among tokens [a, b) (an appositive inside a source) */
static int comma_within(const char *text, const ws_token *v, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (ws_punct_in(text, &v[i], ",")) return 1;
  return 0;
}

/* "Trump wrote | in a post on Truth Social late Monday | that ...": a
 * phrase of "in" or "on" between a cue and its content, with no other
 * record's words, that names the channel (data/channels.tsv) and is
 * followed by when the report was made ("late", "early", a weekday,
 * "today") joins the cue; the time stays out of both.  (Where the content
 * follows, PolNeAR train keeps "in an interview", "in a statement", "in a
 * post" and the like in the cue 40 times and leaves them out 26; with no
 * time after the phrase the tagger's choice measured better.) */
static int channel_cues(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const when[] = {"late", "early", "today", "yesterday", "tonight", "last",
                                     "this", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nc = r->pub.cue.nspans;
    if (!nc || nc > 63 || !r->pub.content.nspans || r->con_b[0].start < r->cue_b[nc - 1].end) continue;
    size_t a = ws_tok_lower(tk, r->cue_b[nc - 1].end), e = ws_tok_lower(tk, r->con_b[0].start);
    if (a >= e || e > a + 10 || e >= tk->n || v[a].b0 < r->cue_b[nc - 1].end ||
        !(ws_word_is(text, &v[a], "in") || ws_word_is(text, &v[a], "on")))
      continue;
    size_t t = a + 1, end = 0;
    int channel = 0;
    while (t < e && v[t].kind == WS_TK_WORD && !(v[t].flags & (WS_TF_INQ | WS_TF_SENT))) {
      if (ws_word_in(text, &v[t], when) || (ws_month_or_weekday(text, &v[t]) && t > a + 1)) break;
      if (!np_word(&v[t]) && !ws_word_is(text, &v[t], "on") && !ws_word_is(text, &v[t], "with")) break;
      if (ws_channel_phrase(text + v[t].b0, v[t].b1 - v[t].b0) ||
          (t + 1 < e && ws_channel_phrase(text + v[t].b0, v[t + 1].b1 - v[t].b0)))
        channel = 1;
      t++;
      if (np_word(&v[t - 1])) end = t; /* (not after "on": "a video on Instagram | on Friday") */
    }
    if (!channel || !end || t == e) continue;
    /* what is left before the content is a time */
    for (size_t i = t; i < e && channel; i++)
      channel = v[i].kind == WS_TK_WORD && (ws_word_in(text, &v[i], when) || ws_month_or_weekday(text, &v[i]) ||
                                            ws_word_is(text, &v[i], "on") || v[i].pos == WS_POS_NN ||
                                            v[i].pos == WS_POS_CD);
    if (!channel || bytes_taken(d, first, v[a].b0, v[end - 1].b1)) continue;
    if (part_move(d, &r->pub.cue, &r->cue_b, nc - 1, NULL, nc - 1, &v[end - 1])) return -1;
  }
  return 0;
}

/* '"...," said Ana Ruiz, a spokeswoman for the agency, | in an email':
 * a source whose last part, after a comma, is a short phrase that opens
 * with "in", "on", "at", "during", "via" or "through" ends at that comma:
 * the phrase tells where or how it was said, not who said it (no source
 * in PolNeAR train ends so). */
static int source_channels(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const preps[] = {"in", "on", "at", "during", "via", "through", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1) || s1 < s0 + 4) continue;
    size_t e = s1;
    if (ws_punct_in(text, &v[e - 1], ",")) e--;
    size_t c = e;
    while (c > s0 && e - c <= 5 && v[c - 1].kind == WS_TK_WORD) c--;
    if (c <= s0 + 1 || c == e || e - c > 5 || !ws_punct_in(text, &v[c - 1], ",") ||
        !ws_word_in(text, &v[c], preps))
      continue;
    /* an appositive's closing comma stays, as PolNeAR keeps it */
    int appos = comma_within(text, v, s0, c - 1);
    if (set_source(d, r, tk, s0, appos ? c : c - 1)) return -1;
  }
  return 0;
}

/* "In a post on X, | Sen. Mark Ridley, a Democrat from Ohio, wrote ...",
 * "In a 2013 video uncovered by Fox News, | a veteran diplomat said":
 * a source right after the preposition that opens its sentence took in
 * the rest of that fronted phrase; it starts after the phrase's comma.
 * A place's second part ("in Alexandria, Va., | Lazar") is still the
 * phrase's. */
static int fronted_phrases(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const preps[] = {"in", "on", "during", "at", "through", "via", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1) || s0 == 0 || s1 < s0 + 3) continue;
    if (!(v[s0 - 1].flags & WS_TF_SENT) || !ws_word_in(text, &v[s0 - 1], preps)) continue;
    size_t cut = 0;
    for (size_t i = s0 + 1; i + 1 < s1 && !cut; i++) {
      if (!ws_punct_in(text, &v[i], ",")) continue;
      /* ", Va., " or ", Ohio, " then more: a place's second part */
      size_t j = i + 1;
      if (v[j].flags & WS_TF_CAP) {
        size_t e = j + 1;
        if (e < s1 && ws_punct_in(text, &v[e], ".")) e++;
        if (e + 1 < s1 && ws_punct_in(text, &v[e], ",")) continue;
      }
      cut = j;
    }
    if (!cut) continue;
    int word = 0;
    for (size_t i = cut; i < s1 && !word; i++) word = v[i].kind == WS_TK_WORD;
    /* no closing comma but an appositive's, as PolNeAR marks sources */
    int appos = comma_within(text, v, cut, s1 - 1);
    if (!appos && ws_punct_in(text, &v[s1 - 1], ",")) s1--;
    if (word && s1 > cut && set_source(d, r, tk, cut, s1)) return -1;
  }
  return 0;
}

/* (tell_forms, the cues of telling, is defined with told_whom) */
/* whom one asked is no part of the question, but whom one asked to do
 * something is part of the request ("asked supporters to run": 32 of 38
 * in train) */
static const char *const ask_forms[] = {"asked", "ask", "asks", "asking", NULL};
/* and whom one warned or assured that ... */
static const char *const warn_forms[] = {"warned",    "assured",  "reminded", "informed",
                                         "convinced", "convince", "notified", NULL};

/* Which kind of telling token t is: 1 tell, 2 ask, 3 warn; 0 none. */
static int telling_kind(const char *text, const ws_token *t) {
  return ws_word_in(text, t, tell_forms)   ? 1
         : ws_word_in(text, t, ask_forms)  ? 2
         : ws_word_in(text, t, warn_forms) ? 3
                                           : 0;
}

/* Token i (with a token after it) opens what a cue of that kind told:
 * for "told", "that", "to" before a verb's base form or a subject pronoun
 * before a verb in a tense; for "asked", a question word, "if" or
 * "whether"; for "warned", "that". */
static int opens_told(const char *text, const ws_token *v, size_t i, int kind) {
  static const char *const subj[] = {"he", "she", "they", "we", "i", "it", "you", NULL};
  static const char *const wh[] = {"if", "whether", "who", "how", "why", "what", "when", "where",
                                   NULL};
  const ws_token *t = &v[i];
  if (kind == 1)
    return ws_word_is(text, t, "that") ||
           (ws_word_is(text, t, "to") && v[i + 1].pos == WS_POS_VB) ||
           (ws_word_in(text, t, subj) && ws_pos_finite(v[i + 1].pos));
  /* "asking anyone who saw the crash to call": "who" after such a word
   * opens a relative clause, no question */
  static const char *const rel[] = {"anyone", "anybody", "everyone", "everybody", "someone",
                                    "somebody", "those", "people", "witnesses", NULL};
  if (kind == 2 && i > 0 && ws_word_is(text, t, "who") && ws_word_in(text, &v[i - 1], rel))
    return 0;
  return kind == 2 ? ws_word_in(text, t, wh) : ws_word_is(text, t, "that");
}

/* Tokens from i, before s1, are a noun phrase a determiner opens and a
 * verb in a tense ends ("the cabinet was weighing"): a clause's subject,
 * where the tagger has already begun a content (after "told Reuters"). */
static int opens_subject(const ws_tokens *tk, size_t i, size_t s1) {
  const ws_token *v = tk->v;
  if (v[i].pos != WS_POS_DT && v[i].pos != WS_POS_PRPS) return 0;
  for (size_t j = i + 1; j < s1 && j <= i + 5; j++) {
    if (ws_pos_finite(v[j].pos)) return j > i + 1;
    if (v[j].kind != WS_TK_WORD || !np_word(&v[j]) || v[j].pos == WS_POS_DT) return 0;
  }
  return 0;
}

/* A word of a short noun phrase naming whom one told (a word the tagger's
 * table lacks, as "councillors", is most likely a noun). */
static int recipient_word(const char *text, const ws_token *t) {
  return t->kind == WS_TK_WORD &&
         (t->pos == WS_POS_NN || t->pos == WS_POS_NNS || t->pos == WS_POS_NNP ||
          t->pos == WS_POS_UNK ||
          t->pos == WS_POS_DT || t->pos == WS_POS_JJ || t->pos == WS_POS_PRPS ||
          t->pos == WS_POS_POS || t->pos == WS_POS_CD || t->pos == WS_POS_PRP ||
          (t->pos == WS_POS_IN && ws_word_is(text, t, "of")));
}

/* "Commuters told the BBC | they had given up", "told a meeting of
 * Pacific Island leaders | that few people understood": whom a cue of
 * telling was told is no part of what was told.  A content that opens
 * right after "told" (or "tell", "tells", "telling") with a short noun
 * phrase, then "that", "to" before a verb's base form, or a subject
 * pronoun before a verb in a tense, starts at that word.  In PolNeAR
 * train's gold, 175 contents after "told" leave a recipient out and 4
 * keep one in.  Likewise after "asked" (and its forms) before a question
 * word, "if" or "whether" ("asked the senator | whether she would run":
 * 42 leave the recipient out, 2 keep it), and after "warned", "assured",
 * "convinced", "informed" or "reminded" before "that" (18 and 7).  A cue
 * the tagger ran on over the recipient ("warned councillors | that ...")
 * ends at its verb: PolNeAR's cues of telling keep no recipient.  On the
 * halves these raised content by 0.04 and 0.08, cue by 0.01 and 0.03. */
static int told_recipients(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nc = r->pub.cue.nspans;
    if (!nc || !r->pub.content.nspans) continue;
    size_t c1 = ws_tok_lower(tk, r->cue_b[nc - 1].end);
    size_t s0 = ws_tok_lower(tk, r->con_b[0].start), s1 = ws_tok_lower(tk, r->con_b[0].end);
    if (c1 == 0 || c1 != s0 || s0 + 1 >= s1 || (v[s0].flags & WS_TF_INQ)) continue;
    int kind = telling_kind(text, &v[c1 - 1]);
    if (!kind) {
      /* the recipient in the cue ("warned councillors | that ..."): the
       * cue ends at its verb (PolNeAR's cues of telling keep no
       * recipient) */
      size_t c0 = ws_tok_lower(tk, r->cue_b[nc - 1].start), vt = c1 - 1;
      while (vt > c0 && c1 - vt <= 4 && recipient_word(text, &v[vt])) vt--;
      kind = nc == 1 && vt < c1 - 1 ? telling_kind(text, &v[vt]) : 0;
      if (kind && (opens_told(text, v, s0, kind) || (kind == 1 && opens_subject(tk, s0, s1)))) {
        ws_span bs = {r->cue_b[0].start, v[vt].b1}, cs = {r->pub.cue.spans[0].start, v[vt].c1};
        if (ws_part_set(d, &r->pub.cue, &r->cue_b, &bs, &cs, 1)) return -1;
      }
      continue;
    }
    size_t cut = SIZE_MAX;
    for (size_t i = s0; i < s1 && i - s0 <= 8 && cut == SIZE_MAX; i++) {
      if (i > s0 && i + 1 < s1 && opens_told(text, v, i, kind)) cut = i;
      else if (!recipient_word(text, &v[i])) break;
    }
    if (cut != SIZE_MAX && content_move(d, r, 0, &v[cut], NULL)) return -1;
  }
  return 0;
}

/* "softer | language calling for", "the needless | speculation that",
 * "egregiously | described": a source that is one lower-case adjective or
 * adverb, perhaps after a determiner, is no one (no gold source in
 * PolNeAR is); the record keeps no source, and ws_drop_unreported then
 * judges it as one without. */
static int adjective_sources(ws_doc *d, const ws_tokens *tk, size_t first) {
  /* words of quantity stand for people ("most | said", "many | fear") */
  static const char *const some[] = {"many", "most", "more", "few", "fewer", "several", "numerous",
                                     "some", "all", "both", "each", "much", "half", "others", NULL};
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1) || s1 <= s0 || s1 > s0 + 2 ||
        (s1 == s0 + 2 && v[s0].pos != WS_POS_DT))
      continue;
    const ws_token *t = &v[s1 - 1];
    size_t n = t->b1 - t->b0;
    int adverb = t->pos == WS_POS_RB ||
                 (t->pos == WS_POS_UNK && n > 4 && !memcmp(d->text + t->b1 - 2, "ly", 2));
    /* an adjective only where it modifies the cue's noun ("softer |
     * language"): before a verb it is often a piece of the source
     * ("conservative | activists" cut short), which overlaps it */
    size_t c = ws_tok_lower(tk, r->cue_b[0].start);
    int modifies = t->pos == WS_POS_JJ && c == s1 && c < tk->n &&
                   (v[c].pos == WS_POS_NN || v[c].pos == WS_POS_NNS);
    if (t->kind == WS_TK_WORD && !(t->flags & WS_TF_CAP) && (modifies || adverb) &&
        !ws_word_in(d->text, t, some))
      drop_source(r);
  }
  return 0;
}

/* The noun phrase [m, s1) after the last comma of a source [s0, s1) that
 * ran from "according to" over that comma: m, or SIZE_MAX when there is
 * no comma or the words after it are no noun phrase of at most eight
 * words. */
static size_t according_np(const char *text, const ws_token *v, size_t s0, size_t s1) {
  size_t m = s1;
  while (m > s0 && !ws_punct_in(text, &v[m - 1], ",")) m--;
  if (m <= s0 + 1 || s1 <= m) return SIZE_MAX;
  int ok = s1 - m <= 8, noun = 0;
  for (size_t t = m; ok && t < s1; t++) {
    ok = !(v[t].flags & WS_TF_INQ) &&
         (np_word(&v[t]) || (t > m && ws_word_in(text, &v[t], pp_words)) ||
          (v[t].kind == WS_TK_PUNCT && text[v[t].b0] == '%') ||
          /* a participle before a noun ("registered | voters") */
          ((v[t].pos == WS_POS_VBN || v[t].pos == WS_POS_VBG) && t + 1 < s1 &&
           (v[t + 1].pos == WS_POS_NN || v[t + 1].pos == WS_POS_NNS)));
    noun |= v[t].pos == WS_POS_NN || v[t].pos == WS_POS_NNS || v[t].pos == WS_POS_NNP;
  }
  return ok && noun ? m : SIZE_MAX;
}

/* A source that ran from "according to" over its comma into the next
 * clause's subject.
 * - "According to a poll released Wednesday, 54% of registered voters |
 *   believe the charges are serious": a verb's source; the noun phrase
 *   after the comma, up to the verb, is its subject and so its source
 *   ("according to" keeps the poll).
 * - "According to the union, Nova Scotia | has roughly 1,400 vacant
 *   positions": the tagger's "according to" at a sentence's start, its
 *   content starting right after the source; the source ends at its
 *   comma and the noun phrase opens the content.  (An appositive has a
 *   comma of its own before the content: "According to Ana Ruiz, a
 *   spokesperson, | the plan ..." is left alone.) */
static int according_subjects(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  const uint32_t h_according = ws_norm_hash("according", 9);
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1, c = cue_token(tk, r, 0), m;
    if (c == SIZE_MAX || !source_range(tk, r, &s0, &s1) || s0 < 2 || s1 >= tk->n ||
        !word_is(text, &v[s0 - 1], "to") || !ci_word_is(&v[s0 - 2], h_according))
      continue;
    if (s1 <= c && c >= 3) { /* the verb's source */
      if ((m = according_np(text, v, s0, s1)) != SIZE_MAX && set_source(d, r, tk, m, s1)) return -1;
    } else if (c + 2 == s0 && (v[c].flags & WS_TF_SENT) && r->pub.content.nspans &&
               r->con_b[0].start == v[s1].b0 && (m = according_np(text, v, s0, s1)) != SIZE_MAX) {
      if (content_move(d, r, 0, &v[m], NULL) || set_source(d, r, tk, s0, m - 1)) return -1;
    }
  }
  return 0;
}

/* "Water UK said companies were investing record amounts, and that spills
 * would fall sharply by 2030": a second "that" clause joined to a content
 * after its cue is more of the same report; the content runs on to the
 * end of the sentence (PolNeAR train keeps 165 such joins inside a
 * content and stops before 5).  Not over a cue of another record, a
 * quotation mark or a mark that ends a clause (";", ":", a dash). */
static int and_that_tails(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (!nf || !r->pub.cue.nspans || r->con_b[0].start < r->cue_b[0].end) continue;
    size_t e = ws_tok_lower(tk, r->con_b[nf - 1].end);
    if (e + 3 >= tk->n || (v[e - 1].flags & WS_TF_INQ)) continue;
    size_t j = e + ws_punct_in(text, &v[e], ",");
    if (!ws_word_is(text, &v[j], "and") || !ws_word_is(text, &v[j + 1], "that")) continue;
    size_t last = sent_last(tk, j), x = j + 2;
    while (x <= last && !(v[x].flags & (WS_TF_QOPEN | WS_TF_QCLOSE | WS_TF_INQ)) &&
           !ws_punct_in(text, &v[x], ";:") && !ws_dash_token(text, &v[x]))
      x++;
    size_t end = trim_end(text, tk, j + 2, last + 1);
    if (x < end || end < j + 4 || cue_taken(d, first, v[j].b0, v[end - 1].b1)) continue;
    if (ws_content_move(d, r, nf - 1, NULL, nf - 1, &v[end - 1])) return -1;
  }
  return 0;
}

/* "Nurses say they are being forced to work overtime, and their union is
 * calling on the province to act": a content that runs on over a comma,
 * "and" or "but", a short noun phrase and a verb of report in a tense
 * (perhaps after "is", "has" or another auxiliary) holds a second report,
 * the writer's, not the first source's: the first content ends before
 * the comma and the second report is a record of its own, its content
 * the rest of the first one (three words or more).  Not inside a
 * quotation, nor where a cue was already found. */
static int and_reports(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const conj[] = {"and", "but", NULL};
  static const char *const aux[] = {"is", "are", "was", "were", "has", "have", "had", NULL};
  static const char *const call[] = {"call", "calls", "called", "calling", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t lend = d->nattrs;
  for (size_t k = first; k < lend; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (r->pub.content.nspans != 1 || !r->pub.cue.nspans) continue;
    size_t c1 = ws_tok_lower(tk, r->cue_b[r->pub.cue.nspans - 1].end);
    size_t a = ws_tok_lower(tk, r->con_b[0].start), e = ws_tok_lower(tk, r->con_b[0].end);
    if (a < c1 || e > tk->n) continue;
    for (size_t i = a + 2; i + 5 < e; i++) {
      if ((v[i].flags & WS_TF_INQ) || !ws_punct_in(text, &v[i], ",") || !ws_word_in(text, &v[i + 1], conj))
        continue;
      size_t s0 = i + 2, h = s0;
      int noun = 0;
      while (h < e && h - s0 < 6 && v[h].kind == WS_TK_WORD &&
             (v[h].pos == WS_POS_DT || v[h].pos == WS_POS_PRPS || v[h].pos == WS_POS_JJ ||
              v[h].pos == WS_POS_NN || v[h].pos == WS_POS_NNS || v[h].pos == WS_POS_NNP ||
              v[h].pos == WS_POS_POS || v[h].pos == WS_POS_CD)) {
        noun |= v[h].pos == WS_POS_NN || v[h].pos == WS_POS_NNS || v[h].pos == WS_POS_NNP;
        h++;
      }
      if (h == s0 && v[h].pos == WS_POS_PRP && !ws_word_is(text, &v[h], "it")) noun = 1, h++;
      if (!noun || h + 1 >= e) continue;
      size_t g = h;
      if (ws_word_in(text, &v[g], aux) && (v[g + 1].pos == WS_POS_VBG || v[g + 1].pos == WS_POS_VBN)) g++;
      if (!(v[g].flags & WS_TF_STRONGCUE) || !(g > h || ws_pos_tensed(v[g].pos))) continue;
      size_t ce = g + 1;
      if (ce < e && ws_word_in(text, &v[g], call) && ws_word_is(text, &v[ce], "on")) ce++;
      size_t end = trim_end(text, tk, a, i), ee = trim_end(text, tk, ce, e);
      if (end <= a + 1 || ee < ce + 3 || cue_taken(d, first, v[s0].b0, v[ce - 1].b1)) break;
      ws_trange src = {s0, h}, cue = {h, ce}, con = {ce, ee};
      if (content_move(d, r, 0, NULL, &v[end - 1]) || !ws_attr_record(d, tk, &src, &cue, &con, 1))
        return -1;
      break;
    }
  }
  return 0;
}

/* "Thune said lawmakers had done the responsible thing but warned that
 * the next deadline would be harder" (wire copy): a reported clause after
 * its cue that runs on over "but" or "and", a strong cue word in a tense
 * no record has, and "that", holds a second report of the same source
 * (where no record's cue, nor a strong cue word in a tense, lies in the
 * first content).
 * The first content ends before the conjunction; the second cue's record
 * takes the same source and the clause from "that" to where the first
 * content ended. */
static int but_reports(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const conj[] = {"but", "and", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  size_t lend = d->nattrs;
  for (size_t k = first; k < lend; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (r->pub.content.nspans != 1 || !source_range(tk, r, &s0, &s1)) continue;
    size_t c0 = ws_tok_lower(tk, r->cue_b[0].start);
    size_t c1 = ws_tok_lower(tk, r->cue_b[r->pub.cue.nspans - 1].end);
    size_t a = ws_tok_lower(tk, r->con_b[0].start), e = ws_tok_lower(tk, r->con_b[0].end);
    /* (a clause whose subject is a pronoun may share it with the second
     * verb: "said she did not condone violence and hoped that ...", one
     * content in PolNeAR) */
    if (a < c1 || s1 > c0 || e > tk->n || v[a].pos == WS_POS_PRP) continue;
    for (size_t i = a + 2; i + 3 < e; i++) {
      if ((v[i].flags & WS_TF_INQ) || !ws_word_in(text, &v[i], conj) ||
          !(v[i + 1].flags & WS_TF_STRONGCUE) || !ws_pos_tensed(v[i + 1].pos) ||
          !ws_word_is(text, &v[i + 2], "that"))
        continue;
      /* (nor where a report inside the first content may be what the
       * second verb shares its subject with: "said the ministry requested
       * that ... and indicated that") */
      int inner = cue_taken(d, first, v[a].b0, v[i + 1].b1);
      for (size_t j = a; j < i && !inner; j++)
        inner = (v[j].flags & WS_TF_STRONGCUE) && ws_pos_tensed(v[j].pos);
      if (inner) break;
      size_t end = trim_end(text, tk, a, i);
      if (end <= a + 1) break;
      ws_trange src = {s0, s1}, cue = {i + 1, i + 2}, con = {i + 2, e};
      if (content_move(d, r, 0, NULL, &v[end - 1]) || !ws_attr_record(d, tk, &src, &cue, &con, 1))
        return -1;
      break;
    }
  }
  return 0;
}

/* "reaffirmed his faith in the American people | and urged voters to
 * ...": an object that opens right after its verb cue ends before "and"
 * and a second verb in a tense, which shares the cue's subject and says
 * something else (PolNeAR ends the content there).  Not where a verb in
 * a tense, a pronoun or a clause's opening word ("that", "who") came
 * first (the object holds a clause of its own), nor in a content that
 * holds a quotation.  On the halves: content +0.02 and +0.05; dev
 * unchanged. */
static int coordinated_predicates(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nc = r->pub.cue.nspans, nf = r->pub.content.nspans;
    if (!nc || nf != 1) continue;
    size_t c1 = ws_tok_lower(tk, r->cue_b[nc - 1].end);
    size_t s0 = ws_tok_lower(tk, r->con_b[0].start), s1 = ws_tok_lower(tk, r->con_b[0].end);
    if (c1 == 0 || c1 != s0 || ws_word_in(text, &v[s0], clause_openers) ||
        quote_between(tk, s0, s1))
      continue;
    int p = v[c1 - 1].pos;
    if (!(ws_pos_finite(p) || p == WS_POS_VB || p == WS_POS_VBN || p == WS_POS_VBG)) continue;
    for (size_t i = s0; i + 1 < s1; i++) {
      int pos = v[i].pos;
      if ((v[i].flags & WS_TF_INQ) || ws_pos_finite(pos) ||
          pos == WS_POS_PRP || pos == WS_POS_WH || ws_word_in(text, &v[i], clause_openers))
        break;
      if (i > s0 + 1 && ws_word_is(text, &v[i], "and") && ws_pos_tensed(v[i + 1].pos)) {
        size_t e = i;
        if (ws_punct_in(text, &v[e - 1], ",")) e--;
        if (e > s0 && content_move(d, r, 0, NULL, &v[e - 1])) return -1;
        break;
      }
    }
  }
  return 0;
}

/* Token i is a single mark outside a quotation where a plural's
 * possessive in a name sits (ws_after_plural), between capitalised words:
 * "the Federation of Metro Tenants' Associations". */
static int plural_mark(const char *text, const ws_tokens *tk, size_t i) {
  const ws_token *v = tk->v;
  if (v[i].kind != WS_TK_QUOTE || (v[i].flags & WS_TF_INQ) || !ws_after_plural(text, tk, i))
    return 0;
  size_t n = v[i].b1 - v[i].b0;
  int single = (n == 1 && text[v[i].b0] == '\'') ||
               (n == 3 && !memcmp(text + v[i].b0, "\xE2\x80\x99", 3));
  return single && (v[i - 1].flags & WS_TF_CAP) && (v[i + 1].flags & WS_TF_CAP);
}

/* '"...," commented Dr. Alisha Grant, Chief | Medical Officer of
 * Brightline Health.': a source right after its cue that the tagger ended
 * inside a title runs on to the sentence's end when all that is left is
 * capitalised words joined by "of", "at", "for", "and" or "the" (the
 * rest of the title and the body, as PolNeAR's sources keep an
 * appositive). */
static int inverted_tails(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const joins[] = {"of", "at", "for", "and", "the", "&", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, e;
    if (!source_range(tk, r, &s0, &e) || r->src_b[0].start < r->cue_b[r->pub.cue.nspans - 1].end)
      continue;
    size_t last = e;
    if (e >= tk->n || (v[e].flags & WS_TF_SENT) || !(v[e - 1].flags & WS_TF_CAP)) continue;
    int caps = 0, ok = 1;
    while (ok && last < tk->n && !(v[last].flags & WS_TF_SENT) && last - e < 10) {
      if (ws_punct_in(text, &v[last], ".") && (v[last].flags & WS_TF_SENT_END)) break;
      ok = (v[last].kind == WS_TK_WORD && !(v[last].flags & WS_TF_INQ) &&
            ((v[last].flags & WS_TF_CAP) || ws_word_in(text, &v[last], joins))) ||
           plural_mark(text, tk, last);
      caps += (v[last].flags & WS_TF_CAP) != 0;
      last++;
    }
    if (!ok || !caps || last == e || last >= tk->n || !ws_punct_in(text, &v[last], ".") ||
        !(v[last].flags & WS_TF_SENT_END) || ws_word_in(text, &v[last - 1], joins) ||
        bytes_taken(d, first, v[e].b0, v[last - 1].b1))
      continue;
    if (set_source(d, r, tk, s0, last)) return -1;
  }
  return 0;
}

/* "Rail fares will rise again next year, says the rail minister.": a
 * verb cue in a tense right after a comma, then a noun phrase that ends
 * the sentence, is an inverted report.  The noun phrase is the source,
 * and the clause before the comma (from the sentence's start, with no
 * quotation) the content, where the tagger found no source and took the
 * noun phrase for content.  PolNeAR dev and the halves are unchanged
 * (firing also where the tagger had a source, or had none and put the
 * content elsewhere, cost the halves 0.01-0.03 and dev 0.05 in source
 * and content). */
static int inverted_reports(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t c = cue_token(tk, r, 3);
    if (c == SIZE_MAX || r->pub.has_source || r->pub.cue.nspans != 1 ||
        !ws_pos_tensed(v[c].pos) || !ws_punct_in(text, &v[c - 1], ",") ||
        ws_tok_lower(tk, r->cue_b[0].end) != c + 1)
      continue;
    /* the noun phrase to the sentence's end */
    size_t e = c + 1;
    int noun = 0, ok = 1;
    while (ok && e < tk->n && !(v[e].flags & WS_TF_SENT) && e - c <= 12) {
      if (v[e].kind == WS_TK_PUNCT && ws_punct_in(text, &v[e], ".") &&
          (e + 1 == tk->n || (v[e + 1].flags & WS_TF_SENT)))
        break;
      ok = !(v[e].flags & WS_TF_INQ) && (np_word(&v[e]) || ws_word_in(text, &v[e], pp_words));
      noun |= v[e].pos == WS_POS_NN || v[e].pos == WS_POS_NNS || v[e].pos == WS_POS_NNP;
      e++;
    }
    if (!ok || !noun || e == c + 1 || ws_word_in(text, &v[e - 1], pp_words)) continue;
    if (e < tk->n && !(v[e].flags & WS_TF_SENT) && !ws_punct_in(text, &v[e], ".")) continue;
    size_t ss = near_sent_start(tk, c, 60);
    if (ss == SIZE_MAX || ss + 3 > c - 1 || quote_between(tk, ss, c)) continue;
    if (!content_overlaps(r, v[c + 1].b0, v[e - 1].b1)) continue;
    ws_span bs = {v[ss].b0, v[c - 2].b1}, cs = {v[ss].c0, v[c - 2].c1};
    if (set_source(d, r, tk, c + 1, e) || ws_part_set(d, &r->pub.content, &r->con_b, &bs, &cs, 1))
      return -1;
  }
  return 0;
}

/* "Mayor Olivia Chow, asked about the dispute, said ...": "asked" set off
 * by a comma right after its sentence's subject is a question put to the
 * subject, not by it: the record of "asked" has no source (as PolNeAR
 * marks "Asked about X, he said"). */
static void asked_asides(ws_doc *d, const ws_tokens *tk, size_t first) {
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.has_source || !r->pub.cue.nspans || !r->pub.source.nspans) continue;
    size_t c = ws_tok_lower(tk, r->cue_b[0].start);
    size_t s1 = ws_tok_lower(tk, r->src_b[r->pub.source.nspans - 1].end);
    if (c < 1 || c >= tk->n || !ws_word_is(d->text, &v[c], "asked") ||
        !ws_punct_in(d->text, &v[c - 1], ",") || s1 + 1 < c || r->src_b[0].start > v[c].b0)
      continue;
    /* (an aside: a comma closes it, and another cue of the sentence
     * follows, "..., said"; "Neera Tanden, a Clinton supporter, asked
     * whether ..." asked) */
    size_t last = sent_last(tk, c), comma = SIZE_MAX;
    for (size_t j = c + 1; j <= last && comma == SIZE_MAX; j++)
      if (ws_punct_in(d->text, &v[j], ",")) comma = j;
    int aside = 0;
    for (size_t q = first; q < d->nattrs && comma != SIZE_MAX && !aside; q++) {
      const ws_attr_rec *o = &d->attrs[q];
      if (q == k || !o->pub.cue.nspans) continue;
      size_t oc = ws_tok_lower(tk, o->cue_b[0].start);
      aside = oc > comma && oc <= comma + 2 && oc <= last;
    }
    if (aside) drop_source(r);
  }
}

/* "Water UK, which represents the industry, said firms had committed
 * £10bn to upgrading sewers, adding that ...": a source that opens with
 * another record's source and holds its cue ran on over that report;
 * the two share a subject, which is that record's source.  (Not a
 * report inside a relative clause: "Mr. Obama, who understood that
 * ..., told".) */
static int swallowed_reports(ws_doc *d, const ws_tokens *tk, size_t first) {
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.has_source || !r->pub.cue.nspans) continue;
    size_t s0 = r->src_b[0].start, s1 = r->src_b[r->pub.source.nspans - 1].end;
    for (size_t j = first; j < d->nattrs; j++) {
      const ws_attr_rec *o = &d->attrs[j];
      if (j == k || !o->pub.has_source || !o->pub.cue.nspans || o->pub.source.nspans != 1 ||
          o->cue_b[0].start < s0 || o->cue_b[0].end > s1 || o->src_b[0].start != s0 ||
          o->src_b[0].end > s1)
        continue;
      size_t t0 = ws_tok_lower(tk, o->src_b[0].start), t1 = ws_tok_lower(tk, o->src_b[0].end);
      size_t oc = ws_tok_lower(tk, o->cue_b[0].start);
      /* (its cue a verb in a tense: not "a declaration | filed in federal
       * court by ...") */
      if (t0 >= t1 || t1 > tk->n || oc >= tk->n || !ws_pos_tensed(tk->v[oc].pos)) break;
      /* (a relative clause in it is closed by a comma: "Bernie Sanders,
       * who on Tuesday | endorsed" is the clause's own report) */
      int open = 0;
      for (size_t t = t0; t < t1; t++)
        if (tk->v[t].pos == WS_POS_WH) open = 1;
      if (open && !ws_punct_in(d->text, &tk->v[t1 - 1], ",")) break;
      if (set_source(d, r, tk, t0, t1)) return -1;
      break;
    }
  }
  return 0;
}

/* The relative words relative_resumes and relative_ends look for. */
static const char *const wh_relatives[] = {"who", "which", NULL};

/* "The BC Wildfire Service says the blaze, which was sparked by lightning
 * on Sunday, is now considered held": a content of a few words with no
 * verb, cut before a comma and "which"/"who", whose relative clause
 * closes with a comma and a verb in a tense, was only the subject of
 * the reported clause; the content runs on to the sentence's end. */
static int relative_resumes(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (r->pub.content.nspans != 1 || !r->pub.cue.nspans || r->cue_b[0].start > r->con_b[0].start)
      continue;
    size_t c0 = ws_tok_lower(tk, r->con_b[0].start), e = ws_tok_lower(tk, r->con_b[0].end);
    if (e + 3 >= tk->n || e - c0 > 6 || !ws_punct_in(text, &v[e], ",") ||
        !ws_word_in(text, &v[e + 1], wh_relatives) || (v[e].flags & WS_TF_SENT_END))
      continue;
    int verb = 0;
    for (size_t i = c0; i < e; i++) verb |= ws_pos_finite(v[i].pos) || v[i].kind == WS_TK_QUOTE;
    if (verb) continue;
    size_t last = sent_last(tk, e), i = e + 2;
    while (i < last && i < e + 30 && v[i].kind != WS_TK_QUOTE && !ws_punct_in(text, &v[i], ",;:"))
      i++;
    if (i + 1 >= last || !ws_punct_in(text, &v[i], ",") || !ws_pos_finite(v[i + 1].pos)) continue;
    size_t end = trim_end(text, tk, e, last + 1);
    if (end <= i + 1 || bytes_taken(d, k + 1, v[e].b0, v[end - 1].b1) ||
        cue_taken(d, first, v[e].b0, v[end - 1].b1))
      continue;
    if (content_move(d, r, 0, NULL, &v[end - 1])) return -1;
  }
  return 0;
}

/* "pay, which it claims | has fallen by a fifth in real terms": a
 * content that is only the relative word right before its source, with a
 * verb in a tense right after the cue, is that word and the clause the
 * verb opens, to the next mark or the sentence's end (PolNeAR train keeps
 * the two together in 31 of 37 such contents). */
static int relative_tails(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const rel[] = {"which", "that", "who", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1, c0, c1, t0, t1;
    if (!single_spans(tk, r, &s0, &s1, &c0, &c1, &t0, &t1)) continue;
    if (t1 != t0 + 1 || t1 != s0 || s1 != c0 || c1 + 1 >= tk->n || !ws_word_in(text, &v[t0], rel) ||
        !ws_pos_finite(v[c1].pos) || (v[c1].flags & (WS_TF_SENT | WS_TF_INQ)) ||
        v[c1].kind != WS_TK_WORD)
      continue;
    size_t e = c1;
    while (e < tk->n && !(v[e].flags & WS_TF_SENT) && v[e].kind != WS_TK_QUOTE &&
           !(v[e].kind == WS_TK_PUNCT && !ws_punct_in(text, &v[e], "$%'-")))
      e++;
    if (e < c1 + 2 || bytes_taken(d, first, v[c1].b0, v[e - 1].b1)) continue;
    if (content_append(d, r, (ws_span){v[c1].b0, v[e - 1].b1}, (ws_span){v[c1].c0, v[e - 1].c1}))
      return -1;
  }
  return 0;
}

/* "The raid, which was first reported by the Ledger": a content that
 * ends in a relative word after a comma, right before its cue, is that
 * word alone (PolNeAR train marks "which", "who" or "that" without its
 * antecedent 324 times, with it never). */
static int relative_contents(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (!nf || nf > 64 || !r->pub.cue.nspans) continue;
    size_t f = 0;
    while (f < nf && r->con_b[f].end <= r->cue_b[0].start) f++;
    if (f == 0) continue;
    f--; /* the last span before the cue */
    size_t t = ws_tok_lower(tk, r->con_b[f].end);
    if (t < 2 || t >= tk->n) continue;
    t--;
    if (v[t].b1 != r->con_b[f].end || !ws_word_in(text, &v[t], wh_relatives) ||
        !ws_punct_in(text, &v[t - 1], ",") || r->con_b[f].start >= v[t - 1].b0 ||
        !only_marks(text, v[t].b1, r->cue_b[0].start))
      continue;
    if (content_move(d, r, f, &v[t], NULL)) return -1;
  }
  return 0;
}

/* "The company, which did not respond to requests for comment, said":
 * a relative word's report whose content opens with the words right
 * before the word's comma (its antecedent, which the tagger took for
 * content after a report in the sentence before) loses that span. */
static int relative_antecedents(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1, nf = r->pub.content.nspans;
    if (nf < 2 || nf > 64 || !source_range(tk, r, &s0, &s1) || s1 != s0 + 1 || s0 < 2 ||
        !ws_word_in(text, &v[s0], wh_relatives) || !ws_punct_in(text, &v[s0 - 1], ",") ||
        r->con_b[0].end != v[s0 - 2].b1 || r->con_b[1].start < v[s1].b0)
      continue;
    if (ws_part_set(d, &r->pub.content, &r->con_b, r->con_b + 1, r->pub.content.spans + 1, nf - 1))
      return -1;
  }
  return 0;
}

/* "Pearson, who admitted fraud by abuse of position, wept as he was
 * sentenced": a relative clause's report ("who"/"which" after a comma is
 * its source) ends at the comma that closes the clause, before the main
 * clause's verb in a tense (or a word the tables do not know, in lower
 * case: "wept"). */
static int relative_ends(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t s0, s1;
    if (!source_range(tk, r, &s0, &s1) || s1 != s0 + 1 || s0 == 0 ||
        !ws_word_in(text, &v[s0], wh_relatives) ||
        !ws_punct_in(text, &v[s0 - 1], ",") || r->pub.content.nspans != 1)
      continue;
    size_t c0 = ws_tok_lower(tk, r->con_b[0].start), c1 = ws_tok_lower(tk, r->con_b[0].end);
    if (c0 < s1) continue;
    for (size_t i = c0 + 1; i + 1 < c1; i++) {
      if (v[i].kind == WS_TK_QUOTE) break;
      if (ws_punct_in(text, &v[i], ",") &&
          (ws_pos_tensed(v[i + 1].pos) || (v[i + 1].pos == WS_POS_UNK && v[i + 1].shape == 0))) {
        if (content_move(d, r, 0, NULL, &v[i - 1])) return -1;
        break;
      }
    }
  }
  return 0;
}

/* "A spokesperson for NIP admitted the group was \"puzzled\" | why ICE
 * announced their meeting": a content never ends right before "why",
 * "how", "whether" or "what" (none of the 24,847 gold contents of
 * PolNeAR train and dev does); the clause that word opens is part of it,
 * to the sentence's end, when no other cue or content lies on the way. */
static int wh_clause_ends(ws_doc *d, const ws_tokens *tk, size_t first) {
  static const char *const wh[] = {"why", "how", "whether", "what", NULL};
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans;
    if (!nf || !r->pub.cue.nspans) continue;
    size_t e = ws_tok_lower(tk, r->con_b[nf - 1].end);
    if (e >= tk->n || !ws_word_in(text, &v[e], wh) || (v[e].flags & WS_TF_SENT) ||
        r->cue_b[0].start >= v[e].b0)
      continue;
    size_t last = trim_end(text, tk, e, sent_last(tk, e) + 1);
    if (last <= e + 1 || bytes_taken(d, first, v[e].b0, v[last - 1].b1)) continue;
    if (ws_content_move(d, r, nf - 1, NULL, nf - 1, &v[last - 1])) return -1;
  }
  return 0;
}

/* "It comes as figures from the Office of Rail and Road showed ...": a
 * source right after "from" and a word that names a document ("figures",
 * "data", "a report") takes that noun phrase in: the figures showed it. */
static int from_documents(ws_doc *d, const ws_tokens *tk, size_t first) {
  const char *text = d->text;
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    if (!r->pub.has_source || r->pub.source.nspans != 1) continue;
    size_t s0 = ws_tok_lower(tk, r->src_b[0].start), s1 = ws_tok_lower(tk, r->src_b[0].end);
    if (s0 < 2 || s0 >= tk->n || s1 <= s0 || (v[s0].flags & WS_TF_SENT) ||
        !ws_word_is(text, &v[s0 - 1], "from") || v[s0 - 2].kind != WS_TK_WORD ||
        strcmp(ws_source_word_type(text + v[s0 - 2].b0, v[s0 - 2].b1 - v[s0 - 2].b0), "document"))
      continue;
    /* and the words before the noun that belong to it: "a new", "an
     * earlier", "the latest" */
    size_t h = s0 - 2;
    while (h > 0 && s0 - 2 - h < 3 && !(v[h].flags & WS_TF_SENT) && v[h - 1].kind == WS_TK_WORD) {
      int p = v[h - 1].pos;
      if (p == WS_POS_DT || p == WS_POS_PRPS) { /* a determiner opens the phrase */
        h--;
        break;
      }
      if (v[h - 1].shape == 0 && !ws_pos_finite(p) && p != WS_POS_IN && p != WS_POS_TO &&
          p != WS_POS_CC && p != WS_POS_WH && p != WS_POS_PRP && p != WS_POS_VB &&
          p != WS_POS_VBG && p != WS_POS_VBN)
        h--;
      else
        break;
    }
    if (set_source(d, r, tk, h, s1)) return -1;
  }
  return 0;
}

/* The cue ending at byte b ends in a colon, or one follows it. */
static int colon_after(const char *text, size_t b, size_t len) {
  if (b && text[b - 1] == ':') return 1;
  while (b < len && text[b] == ' ') b++;
  return b < len && text[b] == ':';
}

/* A record with no source whose cue is "asked" in the passive ("was
 * asked", "were asked about"). */
static int asked_passive(const ws_attr_rec *r) {
  const char *c = r->pub.cue.text;
  if (r->pub.has_source || !passive_cue(c)) return 0;
  for (const char *p = c; (p = strstr(p, "asked")) != NULL; p += 5)
    if ((p == c || p[-1] == ' ') && (p[5] == 0 || p[5] == ' ')) return 1;
  return 0;
}

/* A content in pieces that are not one report's.  Pieces between the
 * source and its cue belong to the source ("Paris, who has sent pleas on
 * Canova's behalf, | said | he may campaign"): the source's relative or
 * participle clause, another report's words, never this cue's (a verb of
 * seeming or a passive is left alone: "he | appears | somewhat uneasy"
 * reads the subject as part of what is said).  Pieces all after the cue
 * with words between them ("responded | 'Can happen when you're 45.' |
 * Trump went on | 'You know ...'") are the first report's and another's:
 * the first piece is kept.  On PolNeAR train (each half tagged by a
 * model of the other) the first kind was right as it stood in 7 of 107,
 * the second in none of 91. */
static int split_contents(ws_doc *d, const ws_tokens *tk, size_t first) {
  /* (a relative or question word's clause is one content around its
   * cue: "what he calls | a major focus", "which, he believes, | will
   * make it impossible") */
  static const char *const wh_words[] = {"what", "which", "who", "whom", "whose", "that", NULL};
  const char *text = d->text;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    size_t nf = r->pub.content.nspans, nc = r->pub.cue.nspans;
    if (nf && nf <= 64) {
      /* a content that opens outside a quotation ends before its
       * sentence's full stop (on PolNeAR train 9,416 such contents stop
       * before it, 58 take it in), unless the stop ends an abbreviation
       * ("the U.S.") */
      size_t a = ws_tok_lower(tk, r->con_b[0].start), e = ws_tok_lower(tk, r->con_b[nf - 1].end);
      if (a < tk->n && tk->v[a].kind != WS_TK_QUOTE && e > a + 1 && e <= tk->n &&
          tk->v[e - 1].b1 == r->con_b[nf - 1].end && ws_punct_in(text, &tk->v[e - 1], ".") &&
          tk->v[e - 2].b0 >= r->con_b[nf - 1].start &&
          !memchr(text + tk->v[e - 2].b0, '.', tk->v[e - 2].b1 - tk->v[e - 2].b0) &&
          content_move(d, r, nf - 1, NULL, &tk->v[e - 2]))
        return -1;
    }
    if (nf < 2 || nf > 64 || !nc) continue;
    size_t cue0 = r->cue_b[0].start, cue1 = r->cue_b[nc - 1].end, after = 0;
    for (size_t f = 0; f < nf; f++) after += r->con_b[f].start >= cue1;
    if (after == nf) {
      if (!only_marks(text, r->con_b[0].end, r->con_b[1].start) && content_keep(d, r, 0, 1))
        return -1;
      continue;
    }
    if (after && r->pub.cue.text && (colon_after(text, cue1, d->len) || asked_passive(r))) {
      /* 'Trump, asked about it, said: | "..."': what a colon opens is
       * the report; "Sanders | was asked | whether ...": the one asked is
       * no part of the question (the pieces after the cue are the last) */
      if (content_keep(d, r, nf - after, nf)) return -1;
      continue;
    }
    size_t ns = r->pub.has_source ? r->pub.source.nspans : 0;
    if (!after || !ns || r->src_b[ns - 1].end > cue0 || !r->pub.cue.text ||
        raising_cue(r->pub.cue.text))
      continue;
    size_t se = r->src_b[ns - 1].end, s0 = r->src_b[0].start, m = 0;
    ws_span b2[64], c2[64];
    for (size_t f = 0; f < nf; f++) {
      const ws_span *sp = &r->con_b[f];
      int drop = sp->start >= se && sp->end <= cue0;
      if (!drop && sp->end <= s0 && only_marks(text, sp->end, s0)) {
        /* a piece right before the source that opens mid-sentence */
        size_t a = ws_tok_lower(tk, sp->start), ss = sent_start(tk, a), w = ss;
        while (w < a && tk->v[w].kind != WS_TK_WORD) w++;
        drop = a < tk->n && w < a && tk->v[a].kind == WS_TK_WORD && !ws_word_in(text, &tk->v[a], wh_words);
      }
      if (!drop) {
        b2[m] = r->con_b[f];
        c2[m++] = r->pub.content.spans[f];
      }
    }
    if (m < nf && ws_part_set(d, &r->pub.content, &r->con_b, b2, c2, m)) return -1;
  }
  return 0;
}

/* A paragraph's label ("What's next: Leaders hope ...", furniture.tsv's
 * `label`) is no part of a source or a content a rule stretched to the
 * paragraph's start: their first span starts after it. */
static int label_starts(ws_doc *d, const ws_tokens *tk, size_t first) {
  const ws_token *v = tk->v;
  for (size_t k = first; k < d->nattrs; k++) {
    ws_attr_rec *r = &d->attrs[k];
    for (int part = 0; part < 2; part++) {
      ws_part *p = part ? &r->pub.content : &r->pub.source;
      const ws_span **bs = part ? &r->con_b : &r->src_b;
      if (!p->nspans) continue;
      size_t t = ws_tok_lower(tk, (*bs)[0].start), e = ws_tok_lower(tk, (*bs)[0].end);
      if (t >= tk->n || !(v[t].flags & WS_TF_FURNITURE)) continue;
      while (t < e && (v[t].flags & WS_TF_FURNITURE)) t++;
      if (t < e && part_move(d, p, bs, 0, &v[t], 0, NULL)) return -1;
    }
  }
  return 0;
}

int ws_rules(ws_doc *d, const ws_tokens *tk, size_t first_attr) {
  size_t lend = d->nattrs; /* [first_attr, lend) came from the linker */
  if (participle_subjects(d, tk, first_attr)) return -1;
  if (shared_subjects(d, tk, first_attr)) return -1;
  if (fronted_subjects(d, tk, first_attr)) return -1;
  if (copula_subjects(d, tk, first_attr)) return -1;
  if (anonymity_reasons(d, first_attr)) return -1;
  if (missing_subjects(d, tk, first_attr) || described_inversions(d, tk, first_attr)) return -1;
  if (noun_subjects(d, tk, first_attr)) return -1;
  if (appositive_names(d, tk, first_attr)) return -1;
  if (company_parens(d, tk, first_attr)) return -1;
  if (relative_subjects(d, tk, first_attr)) return -1;
  if (restrictive_subjects(d, tk, first_attr)) return -1;
  if (pp_subjects(d, tk, first_attr)) return -1;
  if (asked_subjects(d, tk, first_attr)) return -1;
  if (colon_contents(d, tk, first_attr)) return -1;
  if (headline_colon(d, tk, first_attr)) return -1;
  if (headline_inversion(d, tk, first_attr)) return -1;
  if (subjectless_contents(d, tk, first_attr)) return -1;
  if (told_whom(d, tk, first_attr)) return -1;
  if (pronoun_contents(d, tk, first_attr)) return -1;
  if (headline_source_colon(d, tk, first_attr)) return -1;
  if (headline_quotes(d, tk, first_attr)) return -1;
  if (agent_sources(d, tk, first_attr)) return -1;
  if (from_documents(d, tk, first_attr)) return -1;
  /* posts first: they drop records, which would renumber parents */
  uint8_t *dead = ws_calloc(lend - first_attr + 1, 1);
  if (!dead) return -1;
  int rc = social_posts(d, tk, first_attr, lend, dead);
  if (rc == 0) rc = glad_announcements(d, tk, first_attr, lend, dead);
  if (rc == 0) rc = relative_merges(d, tk, first_attr, lend, dead);
  if (rc == 0) rc = phrase_subjects(d, tk, first_attr, lend, dead);
  if (rc == 0) rc = raising_subjects(d, tk, first_attr, lend, dead);
  if (rc == 0) rc = subject_contents(d, tk, first_attr, lend, dead);
  if (rc == 0) rc = parenthetical_contents(d, tk, first_attr, lend, dead);
  if (rc == 0) rc = stray_spans(d, tk, first_attr, lend, dead);
  if (rc == 0) rc = quote_continues(d, tk, first_attr, lend, dead);
  if (rc == 0) {
    /* drop the records inside posts; the posts themselves (after lend)
     * are kept, and stay after the linker's records */
    size_t k = first_attr;
    for (size_t i = first_attr; i < d->nattrs; i++)
      if (i >= lend || !dead[i - first_attr]) d->attrs[k++] = d->attrs[i];
    size_t removed = d->nattrs - k;
    d->nattrs = k;
    lend -= removed;
    rc = according_to(d, tk, first_attr, lend);
    if (rc == 0) rc = trailing_reports(d, tk, first_attr, lend);
    if (rc == 0) rc = according_content(d, tk, first_attr, lend);
    if (rc == 0) rc = according_leads(d, tk, first_attr);
    if (rc == 0) rc = named_beliefs(d, tk, first_attr);
    if (rc == 0) rc = document_reports(d, tk, first_attr);
    if (rc == 0) rc = release_openings(d, tk, first_attr);
    if (rc == 0) rc = relative_openings(d, tk, first_attr);
    if (rc == 0) rc = unanswered_requests(d, tk, first_attr);
    if (rc == 0) rc = told_reports(d, tk, first_attr);
    if (rc == 0) rc = quoted_inversions(d, tk, first_attr);
    if (rc == 0) rc = expletive_reports(d, tk, first_attr);
    if (rc == 0) rc = raising_reports(d, tk, first_attr);
    if (rc == 0) rc = raising_sources(d, tk, first_attr);
    if (rc == 0) rc = passive_preps(d, tk, first_attr);
    if (rc == 0) rc = passive_infinitives(d, tk, first_attr);
    if (rc == 0) rc = raised_subjects(d, tk, first_attr);
    if (rc == 0) rc = on_platform(d, tk, first_attr);
    if (rc == 0) rc = participle_agents(d, tk, first_attr);
    if (rc == 0) rc = poll_leads(d, tk, first_attr);
  }
  if (rc == 0) rc = open_quote_stops(d, tk, first_attr);
  if (rc == 0) rc = headline_ends(d, tk, first_attr);
  if (rc == 0) rc = quote_adjuncts(d, tk, first_attr);
  if (rc == 0) rc = fronted_adjuncts(d, tk, first_attr);
  if (rc == 0) rc = discourse_openers(d, tk, first_attr);
  if (rc == 0) rc = writer_asides(d, tk, first_attr);
  if (rc == 0) rc = closing_tails(d, tk, first_attr);
  if (rc == 0) rc = cue_nouns(d, tk, first_attr);
  if (rc == 0) rc = source_days(d, tk, first_attr);
  if (rc == 0) rc = day_contents(d, tk, first_attr);
  if (rc == 0) rc = cue_clauses(d, tk, first_attr);
  if (rc == 0) rc = inserted_channels(d, tk, first_attr);
  if (rc == 0) rc = source_name_tails(d, tk, first_attr);
  if (rc == 0) rc = relative_source_tails(d, tk, first_attr);
  if (rc == 0) rc = nested_sources(d, tk, first_attr);
  if (rc == 0) rc = source_conjunctions(d, tk, first_attr);
  if (rc == 0) rc = source_name_heads(d, tk, first_attr);
  if (rc == 0) rc = subordinate_sources(d, tk, first_attr);
  if (rc == 0) rc = zero_relatives(d, tk, first_attr);
  if (rc == 0) rc = source_channels(d, tk, first_attr);
  if (rc == 0) rc = channel_cues(d, tk, first_attr);
  if (rc == 0) rc = fronted_phrases(d, tk, first_attr);
  if (rc == 0) rc = role_appositives(d, tk, first_attr);
  if (rc == 0) rc = told_recipients(d, tk, first_attr);
  if (rc == 0) rc = adjective_sources(d, tk, first_attr);
  if (rc == 0) rc = according_subjects(d, tk, first_attr);
  if (rc == 0) rc = coordinated_predicates(d, tk, first_attr);
  if (rc == 0) rc = but_reports(d, tk, first_attr);
  if (rc == 0) rc = and_reports(d, tk, first_attr);
  if (rc == 0) rc = and_that_tails(d, tk, first_attr);
  if (rc == 0) rc = inverted_reports(d, tk, first_attr);
  if (rc == 0) rc = inverted_tails(d, tk, first_attr);
  if (rc == 0) rc = swallowed_reports(d, tk, first_attr);
  if (rc == 0) rc = told_then_and(d, tk, first_attr);
  if (rc == 0) rc = relative_tails(d, tk, first_attr);
  if (rc == 0) rc = relative_antecedents(d, tk, first_attr);
  if (rc == 0) rc = relative_contents(d, tk, first_attr);
  if (rc == 0) rc = relative_ends(d, tk, first_attr);
  if (rc == 0) rc = relative_resumes(d, tk, first_attr);
  if (rc == 0) rc = wh_clause_ends(d, tk, first_attr);
  if (rc == 0) asked_asides(d, tk, first_attr);
  if (rc == 0) subordinate_subjects(d, tk, first_attr);
  if (rc == 0) rc = subordinate_reports(d, tk, first_attr);
  if (rc == 0) rc = office_openings(d, tk, first_attr);
  if (rc == 0) rc = split_contents(d, tk, first_attr);
  if (rc == 0) rc = label_starts(d, tk, first_attr);
  ws_free(dead);
  /* last, over every record however it was made */
  if (rc == 0) {
    uint8_t *gone = ws_calloc(d->nattrs - first_attr + 1, 1);
    if (!gone) return -1;
    added_things(d, tk, first_attr, d->nattrs, gone);
    disputed_claims(d, tk, first_attr, d->nattrs, gone);
    noun_cues(d, tk, first_attr, d->nattrs, gone);
    rc = ws_doc_sweep(d, first_attr, gone);
    ws_free(gone);
  }
  return rc;
}

/* s holds a quotation of five words or more (a fragment of one to four
 * is a scare or partial quote, which proves no speech) */
static int long_quote(const char *s) {
  int in = 0, spaces = 0;
  for (; *s; s++) {
    int mark = *s == '"' ? 1 : 0, open = 0;
    if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
        ((unsigned char)s[2] == 0x9C || (unsigned char)s[2] == 0x9D)) {
      mark = 1;
      open = (unsigned char)s[2] == 0x9C;
      s += 2;
    }
    if (mark) {
      if (in && !open && spaces >= 4) return 1;
      in = open || !in;
      spaces = 0;
    } else if (in && *s == ' ') {
      spaces++;
    }
  }
  return in && spaces >= 4; /* a quotation running on past the content */
}

WS_DATA(non_cues);
WS_DATA(withheld_names);
static ws_lex non_cues, withheld;
static ws_once non_cues_once = WS_ONCE_INIT;
static ws_status load_non_cues(ws_error *err) {
  if (!ws_lex_load_tsv(&non_cues, ws_data_non_cues, ws_data_non_cues_len, 0) &&
      !ws_lex_load_tsv(&withheld, ws_data_withheld_names, ws_data_withheld_names_len, 0) &&
      !ws_lex_load_tsv(&passives, ws_data_passive_cues, ws_data_passive_cues_len, 0))
    return WS_OK;
  return ws_load_nomem(err, "non-cue and passive-cue words");
}
ws_status ws_rules_ready(ws_error *err) { return ws_once_run(&non_cues_once, load_non_cues, err); }

/* A letter or apostrophe of a word as scripts/mine-noncues.py counts
 * words ([A-Za-z']). */
static int word_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\'';
}

/* The cue opens with a word listed in data/non-cues.tsv (its first run of
 * letters and apostrophes, lower-cased, as scripts/mine-noncues.py counts
 * words) and the content holds no double quotation mark. */
static int non_cue(const ws_attribution *a) {
  if (!a->cue.text || !a->content.text) return 0;
  const char *w = a->cue.text;
  while (*w && !word_char(*w)) w++;
  char key[32];
  size_t n = 0;
  for (; n < sizeof key && word_char(w[n]); n++)
    key[n] = (char)(w[n] >= 'A' && w[n] <= 'Z' ? w[n] + 32 : w[n]);
  if (!n || n == sizeof key || ws_rules_ready(NULL) != WS_OK || !ws_lex_get(&non_cues, key, n))
    return 0;
  /* (the content, which may be long, read last) */
  const char *c = a->content.text;
  return !(strchr(c, '"') || strstr(c, "\xE2\x80\x9C") || strstr(c, "\xE2\x80\x9D") ||
           strstr(c, "''"));
}

int ws_withholds_name(const char *low, int content) {
  for (size_t i = 0; i < withheld.cap; i++) {
    const ws_lex_entry *e = &withheld.slots[i];
    if (e->key && (!content || !strcmp(e->a, "both")) && strstr(low, e->key)) return 1;
  }
  return 0;
}

/* w[0, n) is, case folded, one of the first `count` words of `list` (to
 * its NULL, if sooner) */
static int among(const char *w, size_t n, const char *const *list, size_t count) {
  for (size_t k = 0; k < count && list[k]; k++)
    if (strlen(list[k]) == n && !strncasecmp(w, list[k], n)) return 1;
  return 0;
}

/* A content that is only a time ("Jeffries shot back | hours later, |
 * telling ..."): every word a number, a weekday, a month or a word of
 * time ("this", "that", "the same" are contents).  What was said is
 * elsewhere. */
static int time_only(const char *s) {
  static const char *const words[] = {
      "later", "earlier", "ago", "moments", "moment", "minutes", "minute", "hours", "hour",
      "days", "day", "weeks", "week", "months", "month", "years", "year", "on", "in", "last",
      "next", "morning", "afternoon", "evening", "night", "today", "yesterday", "tomorrow",
      "tonight", "few", "several", "two", "three", NULL};
  size_t nw = 0;
  for (const char *p = s; *p;) {
    while (*p && !isalnum((unsigned char)*p)) p++;
    const char *w = p;
    while (*p && (isalnum((unsigned char)*p) || *p == '\'')) p++;
    size_t n = (size_t)(p - w);
    if (!n) break;
    nw++;
    if (!isdigit((unsigned char)*w) && !among(w, n, words, SIZE_MAX) &&
        !among(w, n, ws_month_names, 12) && !among(w, n, ws_weekday_names, 7))
      return 0;
  }
  return nw > 0;
}

/* The cue and content only withhold the source's name ("who asked not to
 * be named", "who spoke on condition of anonymity", "who did not want | to
 * be named"): part of a source, not a report. */
static int anonymity_request(const ws_attribution *a) {
  const char *c = a->content.text, *q = a->cue.text ? a->cue.text : "";
  /* (a cue may hold the whole request: "speaking on condition of
   * anonymity to discuss"; a content may be long: read 81 bytes at most) */
  size_t n = c ? strnlen(c, 81) : 0, m = strlen(q);
  if (!c || n > 80 || m > 64) return 0;
  char both[160], low[160];
  memcpy(both, q, m);
  both[m] = ' ';
  memcpy(both + m + 1, c, n + 1);
  ws_lex_norm(both, m + 1 + n, low, sizeof low);
  return ws_withholds_name(low, 1);
}

/* The bytes before b (spaces skipped) end with a preposition's word. */
static int after_preposition(const char *text, size_t lo, size_t b) {
  static const char *const preps[] = {" of", " by", " under", " from", " with", " for", NULL};
  while (b > lo && text[b - 1] == ' ') b--;
  for (int k = 0; preps[k]; k++) {
    size_t n = strlen(preps[k]);
    if (b >= lo + n && !strncasecmp(text + b - n, preps[k], n)) return 1;
  }
  return 0;
}

/* text[from, to) has no line break and no stop, '!' or '?' before a
 * space: it lies within one sentence. */
/* A sentence ends at byte b: a full stop, "!" or "?" before it, perhaps
 * with closing quotation marks after the mark, and a space or a line's
 * end after b ("... insurance companies." | A White House official). */
static int ends_sentence(const char *text, size_t b) {
  if (text[b] != ' ' && text[b] != '\n' && text[b] != '\0') return 0;
  for (;;) {
    if (b > 0 && (text[b - 1] == '"' || text[b - 1] == '\'')) b--;
    else if (b > 2 && !memcmp(text + b - 3, "\xE2\x80", 2) &&
             (text[b - 1] == '\x9D' || text[b - 1] == '\x99'))
      b -= 3;
    else break;
  }
  return b > 0 && strchr(".!?", text[b - 1]) != NULL;
}

static int one_sentence(const char *text, size_t from, size_t to) {
  for (size_t k = from; k + 1 < to; k++)
    if (text[k] == '\n' || (text[k] && strchr(".!?", text[k]) && text[k + 1] == ' ')) return 0;
  return 1;
}

/* "Critics have pointed out that ICE, under the direction of Biden and
 * Mayorkas, has effectively stopped deporting ...": a record whose cue
 * reports nothing (class other) and whose "source" is a preposition's
 * object, starting inside or right after the content of a report before
 * it in the sentence, is part of that content (PolNeAR nests no
 * attribution): the content runs on to its end, and it goes (marked in
 * `dead`).  -1 on OOM. */
static int inner_nonreports(ws_doc *d, size_t first, uint8_t *dead) {
  const char *text = d->text;
  for (size_t j = first + 1; j < d->nattrs; j++) {
    ws_attr_rec *in = &d->attrs[j];
    const ws_attribution *b = &in->pub;
    if (!b->has_source || !b->cue.nspans || b->inferred || !b->content.nspans ||
        ws_attribution_cue_class(b) != WS_CUE_OTHER ||
        long_quote(b->content.text ? b->content.text : ""))
      continue;
    size_t s0 = in->src_b[0].start;
    for (size_t i = j; i-- > first;) {
      ws_attr_rec *out = &d->attrs[i];
      const ws_attribution *a = &out->pub;
      if (dead[i - first] || !a->cue.nspans || a->content.nspans != 1 ||
          out->con_b[0].start < out->cue_b[0].end)
        continue;
      size_t c0 = out->con_b[0].start, c1 = out->con_b[0].end;
      if (s0 < c0 || !after_preposition(text, c0, s0)) break;
      /* one sentence from the content's start to the inner cue */
      size_t e = in->con_b[b->content.nspans - 1].end;
      if (!one_sentence(text, c0, in->cue_b[0].start) || e <= c1 || s0 > c1 + 40) break;
      ws_span bs = {c0, e};
      ws_span cs = {a->content.spans[0].start, b->content.spans[b->content.nspans - 1].end};
      if (ws_part_set(d, &out->pub.content, &out->con_b, &bs, &cs, 1)) return -1;
      dead[j - first] = 1;
      break;
    }
  }
  return 0;
}

/* "The deal could be announced as early as Friday, according to people
 * familiar with the matter": a cue inside the content of an "according
 * to" whose source it shares, or the start of it ("Trump is expected to
 * sign ..., according to a White House official who was not authorized
 * ...": the tagger's source stopped at "authorized"), is part of what
 * that source says, not a report of its own. */
static int according_inside(const ws_doc *d, size_t first, size_t i) {
  const ws_attr_rec *r = &d->attrs[i];
  const ws_attribution *a = &r->pub;
  if (!a->has_source || !a->cue.nspans || a->source.nspans != 1 ||
      (a->cue_lemma && !strcmp(a->cue_lemma, "according to")))
    return 0;
  for (size_t j = first; j < d->nattrs; j++) {
    const ws_attr_rec *o = &d->attrs[j];
    const ws_attribution *b = &o->pub;
    if (j == i || !b->has_source || b->source.nspans != 1 || !b->cue_lemma ||
        strcmp(b->cue_lemma, "according to") || o->src_b[0].start != r->src_b[0].start ||
        o->src_b[0].end < r->src_b[0].end)
      continue;
    for (size_t f = 0; f < b->content.nspans; f++)
      if (o->con_b[f].start <= r->cue_b[0].start && r->cue_b[0].end <= o->con_b[f].end) return 1;
  }
  return 0;
}

/* "Protesters were frustrated that the city's police | department
 * released only some of the video": a record that goes, starting right
 * after the content of a report that stays (spaces between, one
 * sentence), was cut out of that content: the content runs on over it. */
static int absorb_dropped(ws_doc *d, size_t first, const uint8_t *dead) {
  const char *text = d->text;
  for (size_t j = first; j < d->nattrs; j++) {
    if (!dead[j - first]) continue;
    for (size_t i = first; i < d->nattrs; i++) {
      ws_attr_rec *out = &d->attrs[i];
      const ws_attribution *a = &out->pub;
      if (dead[i - first] || !a->content.nspans || !a->cue.nspans) continue;
      size_t nc = a->content.nspans, c1 = out->con_b[nc - 1].end, s0, e;
      rec_extent(&d->attrs[j], c1, &s0, &e);
      if (s0 == SIZE_MAX || c1 > s0 || out->cue_b[0].start > out->con_b[0].start) continue;
      size_t k = c1;
      while (k < s0 && text[k] == ' ') k++;
      if (k != s0 || nc > 64 || !one_sentence(text, c1, e) || ends_sentence(text, c1)) continue;
      ws_span b[64], c[64];
      memcpy(b, out->con_b, nc * sizeof *b);
      memcpy(c, a->content.spans, nc * sizeof *c);
      b[nc - 1].end = e;
      c[nc - 1].end += ws_utf8_count(text + c1, e - c1);
      if (ws_part_set(d, &out->pub.content, &out->con_b, b, c, nc)) return -1;
      break;
    }
  }
  return 0;
}

/* The cue's text is a form of "be" (be_forms, or "am"), any case. */
static int be_form(const char *w) {
  return ws_text_word_in(w, strlen(w), be_forms) || !strcasecmp(w, "am");
}

/* A record poll_leads makes: the cue "In", a source that names a poll. */
static int poll_lead(const ws_attribution *a) {
  if (!a->has_source || !a->cue.text || strcmp(a->cue.text, "In") != 0 || !a->source.text)
    return 0;
  return strstr(a->source.text, "poll") || strstr(a->source.text, "survey") ||
         strstr(a->source.text, "Poll") || strstr(a->source.text, "Survey");
}

int ws_drop_unreported(ws_doc *d, size_t first) {
  uint8_t *dead = ws_calloc(d->nattrs - first + 1, 1);
  if (!dead) return -1;
  if (inner_nonreports(d, first, dead)) {
    ws_free(dead);
    return -1;
  }
  for (size_t i = first; i < d->nattrs; i++) {
    const ws_attribution *a = &d->attrs[i].pub;
    int quoted = long_quote(a->content.text ? a->content.text : "");
    /* (a cue inside its content is kept: "he appears somewhat uneasy",
     * raising_subjects) */
    int around = a->cue.nspans && a->content.nspans >= 2 && a->cue.text && raising_cue(a->cue.text) &&
                 a->content.spans[0].end <= a->cue.spans[0].start &&
                 a->content.spans[a->content.nspans - 1].start >= a->cue.spans[a->cue.nspans - 1].end;
    int drop = !a->has_source && a->cue.nspans && ws_attribution_cue_class(a) == WS_CUE_OTHER &&
               !a->inferred && !quoted && !around;
    if (!a->inferred && non_cue(a) && !poll_lead(a)) drop = 1;
    if (!a->inferred && anonymity_request(a)) drop = 1;
    /* (only before a comma, where a participle or another report goes on:
     * "..., a spokesman announced Monday morning." keeps its source and
     * cue) */
    if (!a->inferred && a->content.text && a->content.nspans == 1 && time_only(a->content.text)) {
      const char *after = d->text + d->attrs[i].con_b[0].end;
      while (*after == ' ') after++;
      if (*after == ',') drop = 1;
    }
    if (!drop && according_inside(d, first, i)) drop = 1;
    /* a form of "be" alone reports nothing ("The driver and her passenger
     * | were | pronounced dead at the scene, police say") unless a clause
     * with "that" or a quotation follows ("My impression is that ...") */
    if (!a->inferred && !quoted && a->cue.nspans == 1 && a->cue.text &&
        be_form(a->cue.text) && a->content.text &&
        strncmp(a->content.text, "that ", 5) != 0 && !strpbrk(a->content.text, "\"'") &&
        !strstr(a->content.text, "\xE2\x80\x9C") && !strstr(a->content.text, "\xE2\x80\x98"))
      drop = 1;
    dead[i - first] |= (uint8_t)drop;
  }
  if (absorb_dropped(d, first, dead)) {
    ws_free(dead);
    return -1;
  }
  int rc = ws_doc_sweep(d, first, dead);
  ws_free(dead);
  return rc;
}
