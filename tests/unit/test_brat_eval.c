/* brat reader and scorer: spans, discontinuous spans, line errors, exact
 * and overlap matching after whitespace normalisation, linking. */
#include "check.h"
#include "internal.h"

static const char text[] = "\"We will win,\" she said.  Polls say   otherwise.";

int main(void) {
  ws_brat b;
  ws_error err = {0};
  const char ann[] =
      "T1\tContent 0 14\t\"We will win,\"\n"
      "E1\tAttribution:T4 Source:T2 Cue:T3 Content:T1\n"
      "T2\tSource 15 18\tshe\n"
      "T3\tCue 19 23\tsaid\n"
      "T4\tAttribution 19 23\tsaid\n"
      "#1\tAnnotatorNotes T1\tnote\n"
      "T5\tContent 26 31;35 48\tPolls otherwise.\n"
      "continuation of a text field\n";
  CHECK(ws_brat_parse(&b, ann, sizeof ann - 1, &err) == WS_OK);
  CHECK(b.nanns == 4);
  CHECK(b.nattrs == 1);
  CHECK(b.anns[0].type == 'T' && b.anns[0].sp[0].start == 0 && b.anns[0].sp[0].end == 14);
  CHECK(b.anns[3].nsp == 2 && b.anns[3].sp[1].start == 35);
  /* E1 names T2..T4, given after it */
  CHECK(b.attrs[0].src == 1 && b.attrs[0].cue == 2 && b.attrs[0].con == 0);
  ws_brat_release(&b);

  const char bad[] = "T1\tCue 3 x\tsaid\n";
  CHECK(ws_brat_parse(&b, "T1\tCue 1 2\tx\n", 13, &err) == WS_OK);
  ws_brat_release(&b);
  CHECK(ws_brat_parse(&b, bad, sizeof bad - 1, &err) == WS_ERR_PARSE);
  CHECK(err.line == 1);
  /* found by fuzzing: a type with nothing after it, numbers at the very
   * end of the buffer (no NUL after them) */
  CHECK(ws_brat_parse(&b, "T1\tCue", 6, &err) == WS_ERR_PARSE);
  CHECK(ws_brat_parse(&b, "E1\tA:T3 Cue:T", 14, &err) == WS_ERR_PARSE);
  CHECK(ws_brat_parse(&b, "T12", 3, &err) == WS_ERR_PARSE);
  const char bad2[] = "T1\tCue 5 2\tsaid\n"; /* end before start */
  CHECK(ws_brat_parse(&b, bad2, sizeof bad2 - 1, &err) == WS_ERR_PARSE);

  /* scoring: whitespace at the edges and whitespace-only gaps do not count */
  ws_eval *ev = ws_eval_new();
  const char gold[] =
      "T1\tSource 15 18\tshe\nT2\tCue 19 23\tsaid\nT3\tContent 0 14\tx\n"
      "T4\tAttribution 19 23\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n";
  const char pred[] =
      "T1\tSource 14 18\t she\nT2\tCue 19 21;21 23\tsaid\nT3\tContent 0 13\tx\n"
      "T4\tAttribution 19 23\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n";
  CHECK(ws_eval_add(ev, "t", text, sizeof text - 1, gold, sizeof gold - 1, pred,
                    sizeof pred - 1, &err) == WS_OK);
  CHECK(ws_eval_f1(ev, "source", "exact") == 100.0);
  CHECK(ws_eval_f1(ev, "cue", "exact") == 100.0);
  CHECK(ws_eval_f1(ev, "content", "exact") == 0.0);    /* one char short */
  CHECK(ws_eval_f1(ev, "content", "overlap") == 100.0);
  CHECK(ws_eval_f1(ev, "linked", "exact") == 0.0);
  CHECK(ws_eval_f1(ev, "linked", "overlap") == 100.0);
  CHECK(ws_eval_f1(ev, "nothing", "exact") == -1);
  /* an empty prediction scores zero recall, and figures accumulate */
  CHECK(ws_eval_add(ev, "t2", text, sizeof text - 1, gold, sizeof gold - 1, "", 0, &err) == WS_OK);
  CHECK(ws_eval_f1(ev, "source", "exact") > 66.6 && ws_eval_f1(ev, "source", "exact") < 66.7);
  ws_buf out = {0};
  CHECK(ws_eval_report(ev, 1, &out) == WS_OK);
  CHECK(strstr(out.data, "\"documents\":2") != NULL);
  ws_buf_free(&out);
  CHECK(ws_eval_report(ev, 0, &out) == WS_OK);
  CHECK(strstr(out.data, "Content") != NULL);
  ws_buf_free(&out);
  /* a malformed gold file is an error with its line */
  CHECK(ws_eval_add(ev, "t3", text, sizeof text - 1, "E1\tbroken", 9, "", 0, &err) == WS_ERR_PARSE);
  CHECK(err.line == 1);
  ws_eval_free(ev);
  ws_eval_free(NULL);
  return DONE();
}
