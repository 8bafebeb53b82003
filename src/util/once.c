/* once.c — one initialisation for the library's built-in data (word
 * lists, the models): each is loaded the first time it is needed, by one
 * thread while the others wait, and a failure is kept with its message so
 * that every caller sees the real cause, not "out of memory". */
#include "../internal.h"

#include <stdio.h>

ws_status ws_load_nomem(ws_error *err, const char *what) {
  ws_set_error(err, WS_ERR_NOMEM, 0, 0, "%s: out of memory", what);
  return WS_ERR_NOMEM;
}

ws_status ws_load_bad_weight(ws_error *err, const char *file, const char *name) {
  ws_set_error(err, WS_ERR_MODEL, 0, 0, "built-in %s has no number for '%s' (rebuild from a good copy)",
               file, name);
  return WS_ERR_MODEL;
}

ws_status ws_once_run(ws_once *o, ws_status (*load)(ws_error *err), ws_error *err) {
  if (!atomic_load_explicit(&o->done, memory_order_acquire)) {
    pthread_mutex_lock(&o->mu);
    if (!atomic_load_explicit(&o->done, memory_order_relaxed)) {
      ws_error e = {0};
      o->status = load(&e);
      if (o->status != WS_OK)
        snprintf(o->message, sizeof o->message, "%s",
                 e.message[0] ? e.message : ws_status_str(o->status));
      atomic_store_explicit(&o->done, 1, memory_order_release);
    }
    pthread_mutex_unlock(&o->mu);
  }
  if (o->status != WS_OK) ws_set_error(err, o->status, 0, 0, "%s", o->message);
  return o->status;
}
