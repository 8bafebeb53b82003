/* Tokenizer: tokens, code-point offsets, quotes, sentences, paragraphs. */
#include "check.h"
#include "tokenize/tokenize.h"

static ws_tokens tok(const char *s) {
  ws_tokens tk = {0};
  CHECK(ws_tokenize(s, 0, strlen(s), 0, &tk) == 0);
  ws_mark_structure(s, &tk);
  return tk;
}

static int text_is(const char *s, const ws_token *t, const char *w) {
  return t->b1 - t->b0 == strlen(w) && memcmp(s + t->b0, w, strlen(w)) == 0;
}

int main(void) {
  /* words keep inner apostrophes, hyphens and abbreviation periods */
  const char *s1 = "Mr. Smith didn't say the U.S. spent $1,000.50 on well-known ads.";
  ws_tokens tk = tok(s1);
  CHECK(text_is(s1, &tk.v[0], "Mr"));
  CHECK(text_is(s1, &tk.v[1], "."));
  CHECK(text_is(s1, &tk.v[3], "didn't"));
  CHECK(text_is(s1, &tk.v[6], "U.S"));
  CHECK(text_is(s1, &tk.v[10], "1,000.50"));
  CHECK(text_is(s1, &tk.v[12], "well-known"));
  /* "Mr." does not end the sentence */
  CHECK(!(tk.v[2].flags & WS_TF_SENT));
  CHECK(tk.v[tk.n - 1].flags & WS_TF_SENT_END);
  free(tk.v);

  /* code points, not bytes */
  const char *s2 = "\xE2\x80\x9C" "Caf\xC3\xA9,\xE2\x80\x9D she said.";
  tk = tok(s2);
  CHECK(tk.v[0].kind == WS_TK_QUOTE && (tk.v[0].flags & WS_TF_QOPEN));
  CHECK(tk.v[1].c0 == 1 && tk.v[1].c1 == 5 && tk.v[1].b1 - tk.v[1].b0 == 5);
  CHECK(tk.v[3].kind == WS_TK_QUOTE && (tk.v[3].flags & WS_TF_QCLOSE));
  CHECK(tk.v[1].flags & WS_TF_INQ);
  CHECK(!(tk.v[4].flags & WS_TF_INQ));
  CHECK(tk.v[4].c0 == 8);
  free(tk.v);

  /* '' as a double quote (NYT style) and straight quotes */
  const char *s3 = "He said ''no way'' and \"maybe\" then.";
  tk = tok(s3);
  CHECK(tk.v[2].kind == WS_TK_QUOTE && (tk.v[2].flags & WS_TF_QOPEN) && tk.v[2].b1 - tk.v[2].b0 == 2);
  CHECK(tk.v[3].flags & WS_TF_INQ);
  CHECK(tk.v[5].kind == WS_TK_QUOTE && (tk.v[5].flags & WS_TF_QCLOSE));
  CHECK(!(tk.v[6].flags & WS_TF_INQ));
  CHECK(tk.v[7].flags & WS_TF_QOPEN);
  CHECK(tk.v[9].flags & WS_TF_QCLOSE);
  free(tk.v);

  /* a quote left open at a paragraph end continues only when reopened */
  const char *s4 = "\"First part.\n\n\"Second part.\"\n\nPlain text.";
  tk = tok(s4);
  size_t second = 0, plain = 0;
  for (size_t i = 0; i < tk.n; i++) {
    if (text_is(s4, &tk.v[i], "Second")) second = i;
    if (text_is(s4, &tk.v[i], "Plain")) plain = i;
  }
  CHECK(tk.v[second].flags & WS_TF_INQ);
  CHECK(!(tk.v[plain].flags & WS_TF_INQ));
  CHECK(tk.v[plain].flags & WS_TF_PARA);
  free(tk.v);

  /* an unbalanced quote stops at the paragraph end */
  const char *s5 = "\"Open and never closed\n\nNext paragraph.";
  tk = tok(s5);
  CHECK(!(tk.v[tk.n - 2].flags & WS_TF_INQ));
  free(tk.v);

  /* invalid bytes, NUL and CRLF: one code point per bad byte, no crash */
  const char s6[] = "a\xFF\xFE b\0c\r\nd";
  tk = (ws_tokens){0};
  CHECK(ws_tokenize(s6, 0, sizeof s6 - 1, 0, &tk) == 0);
  ws_mark_structure(s6, &tk);
  CHECK(tk.n >= 4);
  CHECK(tk.v[tk.n - 1].c0 == 9 && (tk.v[tk.n - 1].flags & WS_TF_PARA));
  free(tk.v);

  /* a stop with a letter right after it ends no sentence ("D-N.M.",
   * "A.F.L.-C.I.O."); one before a space and a capital does */
  const char *party = "Sen. Laura Pineda, D-N.M., who chairs the panel, spoke. The A.F.L.-C.I.O. backed her. Others did not.";
  tk = tok(party);
  size_t sents = 0;
  for (size_t i = 0; i < tk.n; i++) sents += (tk.v[i].flags & WS_TF_SENT) != 0;
  CHECK(sents == 3);
  free(tk.v);

  /* an initialism with stops ends no sentence before a name ("The B.C.
   * Nurses' Union", "U.K. Prime Minister"); a stop after a word does */
  const char *init = "The B.C. Nurses' Union met U.K. Prime Minister Ann Hale. The BC. Union did not.";
  tk = tok(init);
  sents = 0;
  for (size_t i = 0; i < tk.n; i++) sents += (tk.v[i].flags & WS_TF_SENT) != 0;
  CHECK(sents == 3);
  free(tk.v);

  /* a dateline is a sentence of its own, its words furniture; a line
   * that opens with capitals and a dash later on is not a dateline */
  const char *s7 = "WASHINGTON (AP) \xE2\x80\x94 The Senate voted.\n\nNASA said the launch - set for May - slipped.";
  tk = tok(s7);
  ws_mark_datelines(s7, &tk);
  size_t the = 0, nasa = 0;
  while (the < tk.n && !text_is(s7, &tk.v[the], "The")) the++;
  CHECK(the == 5);
  CHECK(tk.v[the].flags & WS_TF_SENT);
  CHECK(tk.v[the - 1].flags & WS_TF_SENT_END);
  CHECK(tk.v[0].flags & WS_TF_FURNITURE);
  CHECK(!(tk.v[the].flags & WS_TF_FURNITURE));
  for (size_t i = 0; i < tk.n; i++)
    if (text_is(s7, &tk.v[i], "NASA")) nasa = i;
  CHECK(nasa > the && !(tk.v[nasa].flags & WS_TF_FURNITURE));
  for (size_t i = nasa + 1; i < tk.n; i++) CHECK(!(tk.v[i].flags & WS_TF_SENT));
  free(tk.v);

  /* a press wire's dateline names the wire in brackets between dashes */
  const char *wire = "NEW YORK--(BUSINESS WIRE)--Acme Corp. today announced results.";
  tk = tok(wire);
  ws_mark_datelines(wire, &tk);
  size_t acme = 0;
  while (acme < tk.n && !text_is(wire, &tk.v[acme], "Acme")) acme++;
  CHECK(acme < tk.n && (tk.v[acme].flags & WS_TF_SENT) && !(tk.v[acme].flags & WS_TF_FURNITURE));
  CHECK(tk.v[0].flags & WS_TF_FURNITURE);
  free(tk.v);

  /* British quotation marks: a single mark that opens outside a
   * quotation opens a passage, and reads as a double one; apostrophes
   * inside it do not close it; a single mark inside double ones stays a
   * single mark */
  const char *s8 = "He said: 'It isn't over. We'll be back.' Then \"a 'so-called' deal\" came.";
  tk = tok(s8);
  size_t open8 = 0, close8 = 0, back = 0, so = 0;
  for (size_t i = 0; i < tk.n; i++) {
    if (tk.v[i].kind == WS_TK_QUOTE && (tk.v[i].flags & WS_TF_QOPEN) && !open8) open8 = i;
    if (text_is(s8, &tk.v[i], "back")) back = i;
    if (text_is(s8, &tk.v[i], "so-called")) so = i;
  }
  close8 = back + 2;
  CHECK(open8 > 0 && !(tk.v[open8].flags & WS_TF_SQ));
  CHECK(tk.v[open8].norm == ws_norm_hash("\"", 1));
  CHECK(tk.v[back].flags & WS_TF_INQ);
  CHECK(tk.v[close8].kind == WS_TK_QUOTE && (tk.v[close8].flags & WS_TF_QCLOSE));
  CHECK(!(tk.v[close8 + 1].flags & WS_TF_INQ));
  CHECK(so > 0 && (tk.v[so - 1].flags & WS_TF_SQ) && (tk.v[so].flags & WS_TF_INQ));
  free(tk.v);

  /* a plural's possessive inside a single-quoted passage does not close
   * it; a scare-quoted plural does close its own */
  {
    const char *q = "She said: 'The porters' pay has not risen. We will strike.' Then 'experts' left.";
    ws_tokens qt = tok(q);
    size_t ap = 0, last = 0, ex = 0;
    for (size_t i = 0; i < qt.n; i++) {
      if (text_is(q, &qt.v[i], "porters")) ap = i + 1;
      if (text_is(q, &qt.v[i], "strike")) last = i + 2;
      if (text_is(q, &qt.v[i], "experts")) ex = i + 1;
    }
    CHECK(ap && qt.v[ap].kind == WS_TK_PUNCT && (qt.v[ap].flags & WS_TF_INQ));
    CHECK(ap && (qt.v[ap + 1].flags & WS_TF_INQ)); /* "pay" */
    CHECK(last && qt.v[last].kind == WS_TK_QUOTE && (qt.v[last].flags & WS_TF_QCLOSE));
    CHECK(ex && qt.v[ex].kind == WS_TK_QUOTE && (qt.v[ex].flags & WS_TF_QCLOSE));
    CHECK(ex && !(qt.v[ex + 1].flags & WS_TF_INQ)); /* "left" */
    free(qt.v);
  }
  /* Canadian and British titles with a stop end no sentence */
  {
    const char *c = "Coun. Marie Tremblay spoke. Det. Insp. Mark Lee left.";
    ws_tokens ct = tok(c);
    CHECK(ct.n > 8 && text_is(c, &ct.v[2], "Marie") && !(ct.v[2].flags & WS_TF_SENT));
    CHECK(ct.n > 8 && text_is(c, &ct.v[8], "Insp") && !(ct.v[8].flags & WS_TF_SENT));
    CHECK(ct.n > 10 && text_is(c, &ct.v[10], "Mark") && !(ct.v[10].flags & WS_TF_SENT));
    free(ct.v);
  }

  /* lower-casing and the curly apostrophe fold into one hash */
  CHECK(ws_norm_hash("Don\xE2\x80\x99t", 7) == ws_norm_hash("don't", 5));
  /* a currency sign before a number reads as "$"; before a word it stays
   * itself */
  {
    const char *c = "It cost \xC2\xA3" "96, \xE2\x82\xAC 40 and \xE2\x82\xAC" "world.";
    ws_tokens ct = tok(c);
    uint32_t dollar = ws_norm_hash("$", 1);
    CHECK(ct.n > 9 && text_is(c, &ct.v[2], "\xC2\xA3") && ct.v[2].norm == dollar);
    CHECK(ct.n > 9 && text_is(c, &ct.v[5], "\xE2\x82\xAC") && ct.v[5].norm == dollar);
    CHECK(ct.n > 9 && text_is(c, &ct.v[8], "\xE2\x82\xAC") && ct.v[8].norm != dollar);
    free(ct.v);
  }
  return DONE();
}
