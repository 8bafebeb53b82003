# Helpers sourced by the shell tests: `check 'CONDITION'` counts a pass or
# a failure (printing the condition), `finish` prints the closing line
# ctest and CI read and exits non-zero when anything failed.
pass=0
fail=0
check() { if eval "$1"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1" >&2; fi; }
finish() {
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ]
}
