/* profiles.c — the sourcing profile of outlets over many documents: each
 * document's ws_profile summed under its outlet (`whosaid profile`). */
#include "../internal.h"

#include <stdlib.h>

ws_profiles *ws_profiles_new(void) { return ws_calloc(1, sizeof(ws_profiles)); }

void ws_profiles_free(ws_profiles *t) {
  if (!t) return;
  for (size_t i = 0; i < t->n; i++) ws_free(t->v[i].outlet);
  ws_free(t->v);
  ws_free(t);
}

static void add(ws_profile *a, const ws_profile *b) {
  a->attributions += b->attributions;
  a->named += b->named;
  a->anonymous += b->anonymous;
  a->group += b->group;
  a->media += b->media;
  a->document += b->document;
  a->social += b->social;
  a->no_source += b->no_source;
  a->other += b->other;
  a->second_hand += b->second_hand;
  a->direct += b->direct;
  a->indirect += b->indirect;
  a->mixed += b->mixed;
  for (int k = 0; k < WS_NCLASS; k++) a->cue_class[k] += b->cue_class[k];
}

ws_status ws_profiles_add(ws_profiles *t, const ws_doc *doc, const ws_metadata *meta) {
  const char *outlet = ws_doc_outlet(doc);
  if (!outlet) outlet = ws_metadata_outlet(meta, ws_doc_id(doc));
  if (!outlet) outlet = "(unknown)";
  size_t i = 0;
  while (i < t->n && strcmp(t->v[i].outlet, outlet)) i++;
  if (i == t->n) {
    ws_outlet_profile *v = ws_grow(t->v, &t->cap, t->n, sizeof *v, 16);
    if (!v) return WS_ERR_NOMEM;
    t->v = v;
    memset(&t->v[i], 0, sizeof t->v[i]);
    if (!(t->v[i].outlet = ws_strdup(outlet))) return WS_ERR_NOMEM;
    t->n++;
  }
  ws_profile p;
  ws_doc_profile(doc, &p);
  t->v[i].docs++;
  add(&t->v[i].p, &p);
  return WS_OK;
}
