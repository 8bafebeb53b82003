/* calendar.c — the names of months and weekdays, in one place for every
 * stage that reads dates (times, mentions, rules). */
#include "../internal.h"

const char *const ws_month_names[12] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};
const char *const ws_month_abbrs[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const ws_weekday_names[7] = {"monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};

/* `w` (n bytes) is `name` written Capitalised: "March", not "MARCH" */
static int capitalised(const char *w, size_t n, const char *name) {
  return strlen(name) == n && w[0] == name[0] - 32 && !memcmp(w + 1, name + 1, n - 1);
}

int ws_month_capitalised(const char *w, size_t n) {
  if (!n) return 0;
  for (int m = 0; m < 12; m++)
    if (capitalised(w, n, ws_month_names[m]) || capitalised(w, n, ws_month_abbrs[m]))
      return m + 1;
  return capitalised(w, n, "sept") ? 9 : 0;
}
