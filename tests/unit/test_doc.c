/* Documents: header, metadata, JSON Lines input, JSON and brat output,
 * code-point offsets, analysis end to end on an article written for the
 * test. */
#include "check.h"
#include "internal.h"

#include <jansson.h>

static const char article[] =
    "date 2026-02-03 (Valley Courier) The mayor said on Monday that the caf\xC3\xA9 "
    "tax would rise.\n\n"
    "\xE2\x80\x9CWe have no choice,\xE2\x80\x9D Mayor Dana Whitfield told reporters.\n";

int main(void) {
  ws_error err = {0};
  ws_meta m = {.id = "a1"};
  ws_doc *d = ws_doc_new(article, sizeof article - 1, &m, 1, &err);
  CHECK(d != NULL);
  CHECK_STR(ws_doc_date(d), "2026-02-03");
  CHECK_STR(ws_doc_outlet(d), "Valley Courier");
  CHECK_STR(ws_doc_id(d), "a1");
  size_t len;
  CHECK(ws_doc_text(d, &len) != NULL && len == sizeof article - 1);
  CHECK(d->body == 33 && d->body_cp == 33);
  const ws_model *model = ws_model_default();
  CHECK(model != NULL);
  CHECK(ws_analyze(d, model, &err) == WS_OK);
  CHECK(ws_analyze(d, model, &err) == WS_ERR_ARG); /* only once */
  CHECK(ws_doc_attribution_count(d) >= 2);
  CHECK(ws_doc_attribution(d, 1000) == NULL);
  /* every span's text is the text at its code-point offsets */
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++) {
    const ws_attribution *a = ws_doc_attribution(d, i);
    CHECK(a->cue.nspans == 1 && a->content.nspans >= 1);
    CHECK(a->cue.spans[0].start >= 33); /* never inside the header */
    CHECK(a->cue_class != NULL && a->kind != NULL);
  }
  /* the quote: content starts at the opening mark, a code-point offset */
  int found = 0;
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++) {
    const ws_attribution *a = ws_doc_attribution(d, i);
    if (strcmp(a->cue.text, "told") == 0) {
      found = 1;
      CHECK(a->content.spans[0].start == 89);
      CHECK_STR(a->kind, "direct");
      CHECK(a->has_source && strstr(a->source.text, "Whitfield") != NULL);
      CHECK_STR(a->cue_class, "neutral");
    }
  }
  CHECK(found);
  /* byte spans cut the part's text out of the document; the enums name
   * what the strings say */
  size_t tlen;
  const char *txt = ws_doc_text(d, &tlen);
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++) {
    const ws_attribution *a = ws_doc_attribution(d, i);
    const ws_part *parts[3] = {&a->source, &a->cue, &a->content};
    for (int k = 0; k < 3; k++) {
      const ws_part *p = parts[k];
      char joined[512];
      size_t n = 0;
      for (size_t f = 0; f < p->nspans && n < sizeof joined - 100; f++) {
        if (f) joined[n++] = ' ';
        size_t w = p->bytes[f].end - p->bytes[f].start;
        CHECK(p->bytes[f].end <= tlen && w < sizeof joined - n);
        memcpy(joined + n, txt + p->bytes[f].start, w);
        n += w;
      }
      CHECK(!p->nspans || (n == p->len && !memcmp(joined, p->text, n)));
    }
    CHECK_STR(ws_content_kind_name(ws_attribution_content_kind(a)), a->kind);
    CHECK_STR(ws_cue_class_name(ws_attribution_cue_class(a)), a->cue_class);
    CHECK(a->has_source ? !strcmp(ws_source_kind_name(ws_attribution_source_kind(a)),
                                  a->source_type)
                        : ws_attribution_source_kind(a) == WS_SOURCE_NONE);
  }
  CHECK_STR(ws_source_kind_name(WS_SOURCE_NONE), "none");
  CHECK(ws_source_kind_name(WS_NSOURCE) == NULL && ws_content_kind_name(WS_NCONTENT) == NULL);
  ws_buf b = {0};
  CHECK(ws_render_json(d, &b) == WS_OK);
  json_error_t je;
  json_t *j = json_loads(b.data, 0, &je);
  CHECK(j != NULL);
  CHECK(json_integer_value(json_object_get(j, "schema")) == WS_SCHEMA_VERSION);
  CHECK_STR(json_string_value(json_object_get(j, "outlet")), "Valley Courier");
  CHECK(json_array_size(json_object_get(j, "attributions")) == ws_doc_attribution_count(d));
  json_decref(j);
  ws_buf_free(&b);
  CHECK(ws_render_brat(d, &b) == WS_OK);
  CHECK(strstr(b.data, "\tCue ") != NULL && strstr(b.data, "E1\tAttribution:T") != NULL);
  ws_buf_free(&b);
  ws_doc_free(d);
  ws_doc_free(NULL);

  /* no header: the text starts at 0; a malformed header is just text */
  d = ws_doc_new("date 2026-13 (X) hello", 22, NULL, 1, &err);
  CHECK(d && d->body == 0 && ws_doc_date(d) == NULL);
  ws_doc_free(d);

  /* JSON Lines records */
  const char rec[] = "{\"id\":7,\"title\":\"T\",\"text\":\"He said \\\"hi\\\".\\u0000\",\"outlet\":\"O\"}";
  d = ws_doc_from_json(rec, sizeof rec - 1, 1, &err);
  CHECK(d != NULL);
  CHECK_STR(ws_doc_id(d), "7");
  CHECK(ws_doc_text(d, &len) && len == 14);
  CHECK(ws_analyze(d, model, &err) == WS_OK);
  ws_doc_free(d);
  CHECK(ws_doc_from_json("{\"text\": 5}", 11, 3, &err) == NULL && err.line == 3);
  CHECK(ws_doc_from_json("[1,2]", 5, 4, &err) == NULL && err.code == WS_ERR_PARSE);
  CHECK(ws_doc_from_json("{\"text\":\"x\"", 11, 5, &err) == NULL && err.line == 5);
  CHECK(strstr(err.message, "column") != NULL);

  /* attributions under the minimum confidence are left out (parents
   * renumbered), quotations kept; 0 keeps every one */
  static const char low[] =
      "The mayor seemed unconcerned about the deficit during the meeting.\n\n"
      "\"We will balance the books,\" the treasurer said. Critics have pointed out that "
      "the bridge, which the mayor said would cost $4 million, will cost twice that.\n";
  size_t all = 0, kept = 0, under = 0;
  for (int pass = 0; pass < 2; pass++) {
    d = ws_doc_new(low, sizeof low - 1, NULL, 1, &err);
    CHECK(d != NULL);
    /* a floor above the default, so that some attribution falls under
     * it whatever the model */
    ws_doc_set_min_confidence(d, pass == 0 ? 0 : 0.8);
    CHECK(ws_analyze(d, model, &err) == WS_OK);
    size_t n = ws_doc_attribution_count(d);
    for (size_t i = 0; i < n; i++) {
      const ws_attribution *a = ws_doc_attribution(d, i);
      int quote = !strcmp(a->kind, "direct") || !strcmp(a->kind, "mixed");
      if (pass == 0) under += a->confidence < 0.8 && !quote;
      else CHECK(a->confidence >= 0.8 || quote);
      CHECK(a->parent >= -1 && a->parent < (int)n && a->parent != (int)i);
    }
    *(pass ? &kept : &all) = n;
    ws_doc_free(d);
  }
  CHECK(under > 0 && kept + under == all);

  /* empty document */
  d = ws_doc_new("", 0, NULL, 1, &err);
  CHECK(d && ws_analyze(d, model, &err) == WS_OK && ws_doc_attribution_count(d) == 0);
  ws_doc_free(d);
  return DONE();
}
