#!/bin/sh
# Pathological inputs finish (ctest TIMEOUT bounds the total) without a
# crash or sanitizer report: random bytes, invalid UTF-8, a 12 MB single
# line (many blocks: a block ends at BLOCK_SOFT bytes without a sentence
# end), 10,000 unbalanced quote marks, an empty file, NULs and CRLF.
# Linear time is checked by doubling: the 2x input may take at most 3x
# the CPU time of the 1x input (plus a small constant for start-up).
set -u
ws=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
# run analyze on a file; its CPU time (user + system, which other work on
# a busy machine slows far less than wall time) goes to $tmp/cpu
timed() { # file
  python3 -c "import resource,subprocess,sys
with open(sys.argv[3], 'wb') as o, open(sys.argv[4], 'wb') as e:
    rc = subprocess.run([sys.argv[1], 'analyze', sys.argv[2]], stdout=o, stderr=e).returncode
r = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[5], 'w').write(str(r.ru_utime + r.ru_stime))
sys.exit(rc)" "$ws" "$1" "$tmp/out" "$tmp/err" "$tmp/cpu"
}
run() { # name file
  if timed "$2"; then
    if python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$tmp/out"; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1)); echo "FAIL: $1: output is not JSON Lines" >&2
    fi
  else
    fail=$((fail + 1)); echo "FAIL: $1: exit $?" >&2; cat "$tmp/err" >&2
  fi
}
: > "$tmp/empty.txt"; run empty "$tmp/empty.txt"
head -c 2000000 /dev/urandom > "$tmp/random.txt"; run random "$tmp/random.txt"
python3 - "$tmp" <<'PY'
import sys, random
d = sys.argv[1]
random.seed(7)
open(d + "/invalid.txt", "wb").write(bytes(random.choice([0xff, 0xc3, 0x80, 0xe2, 0x41, 0x20, 0x22]) for _ in range(500000)))
open(d + "/quotes.txt", "w").write("He said " + "\u201c" * 10000 + " she said \"" * 10000 + "\n")
open(d + "/nul-crlf.txt", "wb").write(b"The mayor said\x00 the road\r\nwould \"close\r\n\r\nsoon,\" she said.\r\n" * 2000)
word = "the council said that \u201cthe plan\u201d would pass "
line = (word * (12_000_000 // len(word.encode()) + 1))
open(d + "/long.txt", "w").write(line[: 12_000_000])
open(d + "/long-half.txt", "w").write(line[: 6_000_000])
# names, pronouns and cues with no sentence end: every per-attribution
# look-back (antecedents, channels, sides) must stay bounded
talk = "Mayor Ana Ruiz met Tom Kane and he said in a statement that the plan would pass and "
open(d + "/talk.txt", "w").write((talk * 50000)[:1_000_000])
open(d + "/talk-double.txt", "w").write((talk * 100000)[:2_000_000])
PY
run invalid "$tmp/invalid.txt"
run quotes "$tmp/quotes.txt"
run nul-crlf "$tmp/nul-crlf.txt"
linear() { # name small big: the big input (twice the size) may take 3x
  run "$1" "$2"; a=$(cat "$tmp/cpu")
  run "$1-double" "$3"; b=$(cat "$tmp/cpu")
  if python3 -c "import sys; a=float(sys.argv[1]); b=float(sys.argv[2]); print('$1: %.2fs CPU, twice as much: %.2fs' % (a, b)); sys.exit(0 if b <= 3 * a + 2 else 1)" "$a" "$b"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL: $1 is not linear in time" >&2
  fi
}
linear long-line "$tmp/long-half.txt" "$tmp/long.txt"
linear talk "$tmp/talk.txt" "$tmp/talk-double.txt"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
