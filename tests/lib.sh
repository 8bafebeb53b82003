# Helpers sourced by the shell tests: `check 'CONDITION'` counts a pass or
# a failure (printing the condition), `finish` prints the closing line
# ctest and CI read and exits non-zero when anything failed.  Also
# need_chromium, for the tests that look through a browser.
pass=0
fail=0
check() { if eval "$1"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1" >&2; fi; }
# `need_chromium` sets $browser to Debian's chromium, or fails the test.
need_chromium() {
  browser=$(command -v chromium || command -v chromium-browser || true)
  [ -n "$browser" ] || { echo "FAIL: no chromium (apt-get install chromium)"; exit 1; }
}
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
