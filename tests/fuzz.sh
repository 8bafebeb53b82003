#!/bin/sh
# Run one libFuzzer target for a short budget from its seed folder; a
# crash, a sanitizer report or an input slower than 10 s fails the test.
# Every crashing or slow input found is added to the target's seed folder
# (tests/fuzz-seeds/NAME/) once fixed, so it is run again each time.
# usage: fuzz.sh TARGET SEEDS SECONDS
set -u
target=$1
seeds=$2
secs=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$seeds"/* "$work"/ 2>/dev/null
cd "$work" || exit 1
if "$target" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$work" > log 2>&1; then
  tail -3 log
  echo "1 passed, 0 failed"
else
  cat log
  echo "0 passed, 1 failed"
  exit 1
fi
