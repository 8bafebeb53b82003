/* Framing: loaded descriptors and their targets, scare quotes told apart
 * from partial quotes, recipients, second-hand sourcing, the profile.
 * Articles written for the test. */
#include "check.h"
#include "internal.h"

#include <jansson.h>

static ws_doc *run(const char *s) {
  ws_error err = {0};
  ws_doc *d = ws_doc_new(s, strlen(s), NULL, 1, &err);
  CHECK(d && ws_analyze(d, ws_model_default(), &err) == WS_OK);
  return d;
}

static const ws_frame_item *loaded(const ws_doc *d, const char *text) {
  for (size_t i = 0; i < ws_doc_loaded_count(d); i++)
    if (strcmp(ws_doc_loaded(d, i)->part.text, text) == 0) return ws_doc_loaded(d, i);
  return NULL;
}

int main(void) {
  ws_doc *d = run(
      "City officials met on Monday with a radical organization that wants the police budget cut.\n\n"
      "The Riverside Justice Coalition, which organized the protest, said the meeting was useful.\n\n"
      "The Harbor Tenants Union is an extremist group, critics say.\n\n"
      "Mayor Ana Ruiz, a reckless spender, said the city would borrow more.\n");
  const ws_frame_item *f = loaded(d, "radical organization");
  CHECK(f != NULL);
  if (f) {
    CHECK_STR(f->target, "Riverside Justice Coalition"); /* named in a later sentence */
    CHECK_STR(f->trigger, "radical");
    CHECK_STR(f->category, "label");
  }
  f = loaded(d, "extremist group");
  CHECK(f && f->target && strcmp(f->target, "Harbor Tenants Union") == 0); /* copula */
  f = loaded(d, "reckless spender");
  CHECK(f && f->target && strcmp(f->target, "Mayor Ana Ruiz") == 0); /* apposition */
  ws_doc_free(d);

  /* words inside a source's quotation are not the writer's */
  d = run("\"This is a disgraceful decision,\" the senator said.\n");
  CHECK(ws_doc_loaded_count(d) == 0);
  ws_doc_free(d);

  /* a scare quote stands outside any attribution; a partial quote is
   * part of one */
  d = run("The board held a \"listening session\" on Friday.\n\n"
          "The mayor said the plan was \"premature\" and would wait.\n");
  CHECK(ws_doc_scare_count(d) == 1);
  if (ws_doc_scare_count(d) == 1) {
    CHECK_STR(ws_doc_scare(d, 0)->part.text, "\"listening session\"");
    CHECK_STR(ws_doc_scare(d, 0)->category, "scare");
  }
  CHECK(ws_doc_scare(d, 5) == NULL);
  ws_doc_free(d);

  /* recipients and second-hand sourcing */
  d = run("\"We will not back down,\" the organizer told the Daily Herald.\n\n"
          "The council said the vote would happen in June, according to the Evening Post.\n\n"
          "An official who spoke on condition of anonymity said talks had stalled.\n");
  size_t told = SIZE_MAX;
  for (size_t i = 0; i < ws_doc_attribution_count(d); i++)
    if (!strcmp(ws_doc_attribution(d, i)->cue.text, "told")) told = i;
  CHECK(told != SIZE_MAX);
  if (told != SIZE_MAX) {
    const ws_attribution *a = ws_doc_attribution(d, told);
    CHECK_STR(a->recipient, "the Daily Herald");
    CHECK_STR(a->recipient_type, "media");
    CHECK(a->second_hand);
  }
  ws_profile p;
  ws_doc_profile(d, &p);
  CHECK(p.attributions == ws_doc_attribution_count(d));
  CHECK(p.second_hand >= 3); /* told the Herald; according to; said inside it */
  CHECK(p.media == 1);
  CHECK(p.cue_class[ws_cue_class_index("neutral")] >= 3);
  CHECK(ws_cue_class_index("no such class") == WS_NCLASS - 1);
  CHECK_STR(ws_cue_class_name(1), "doubt");
  ws_buf b = {0};
  CHECK(ws_render_json(d, &b) == WS_OK);
  CHECK(strstr(b.data, "\"framing\":{\"loaded\":[") != NULL);
  CHECK(strstr(b.data, "\"second_hand\":true") != NULL);
  CHECK(strstr(b.data, "\"speakers\":[") != NULL);
  ws_buf_free(&b);
  ws_doc_free(d);
  /* sides: the two parties given voice, how each is quoted */
  d = run("The Riverside Tenants Union is a radical group.\n\n"
          "The Riverside Tenants Union claimed that the landlord had lied.\n\n"
          "A spokesman for the Riverside Tenants Union admitted the strike had cost members.\n\n"
          "Harbor Properties said the rents were fair.\n\n"
          "A Harbor Properties source agreed that the union had a point.\n");
  b = (ws_buf){0};
  CHECK(ws_render_json(d, &b) == WS_OK);
  json_t *j = json_loads(b.data, 0, NULL);
  json_t *sd = json_object_get(json_object_get(json_object_get(j, "framing"), "profile"), "sides");
  CHECK(json_array_size(sd) == 2);
  if (json_array_size(sd) == 2) {
    /* equal counts: sides come in name order */
    json_t *s1 = json_array_get(sd, 0), *s0 = json_array_get(sd, 1);
    CHECK_STR(json_string_value(json_object_get(s0, "side")), "Riverside Tenants Union");
    CHECK(json_integer_value(json_object_get(s0, "loaded")) == 1);
    json_t *c0 = json_object_get(s0, "cue_classes");
    CHECK(json_integer_value(json_object_get(c0, "doubt")) == 1);
    CHECK(json_integer_value(json_object_get(c0, "concessive")) == 1);
    CHECK_STR(json_string_value(json_object_get(s1, "side")), "Harbor Properties");
    CHECK(json_integer_value(json_object_get(json_object_get(s1, "cue_classes"), "endorsing")) == 1);
  }
  json_decref(j);
  ws_buf_free(&b);
  ws_doc_free(d);
  /* a quoted fragment inside what a source said is a partial quote of
   * that source, double or (UK) single marks; the same outside any
   * attribution is a scare quote */
  d = run("Critics said the plan was \"reckless\" and accused ministers of 'dithering'.\n\n"
          "About 40 people came to the \"listening session\" at the library.\n");
  size_t partial = 0, scare = 0;
  for (size_t i = 0; i < ws_doc_partial_count(d); i++) {
    const ws_frame_item *p = ws_doc_partial(d, i);
    const ws_attribution *a = ws_doc_attribution(d, (size_t)p->attribution);
    partial += a && a->source_canonical && !strcmp(a->source_canonical, "critics") &&
               (!strcmp(p->part.text, "\"reckless\"") || !strcmp(p->part.text, "'dithering'"));
  }
  for (size_t i = 0; i < ws_doc_scare_count(d); i++)
    scare += !strcmp(ws_doc_scare(d, i)->part.text, "\"listening session\"");
  CHECK(partial == 2);
  CHECK(scare == 1);
  ws_doc_free(d);

  return DONE();
}
