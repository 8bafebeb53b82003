#!/bin/sh
# Throughput and memory of `whosaid analyze` beside `wc -w` on the same
# bytes, in the same run (this machine's speed drifts, so only the ratio
# means much).  Builds a >= 90 MB JSON Lines corpus from the PolNeAR texts
# (each article repeated under new ids), then times both and reads peak
# RSS.  usage: bench/bench.sh [BUILD_DIR] [CORPUS_DIR] [MB]
set -eu
build=${1:-build}
corpus=${2:-../shared/corpora/polnear}
mb=${3:-95}
out=bench/out
mkdir -p "$out"
if [ ! -d "$corpus/train/text" ]; then
  echo "bench: no PolNeAR texts at $corpus" >&2
  exit 1
fi
python3 - "$corpus" "$out/corpus.jsonl" "$mb" <<'PY'
import glob, json, sys
corpus, path, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(corpus + "/*/text/*.txt"))]
size = i = 0
with open(path, "w", encoding="utf-8") as out:
    while size < mb * 1_000_000:
        line = json.dumps({"id": "doc%d" % i, "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n"
        out.write(line)
        size += len(line.encode())
        i += 1
print("corpus: %d documents, %.1f MB" % (i, size / 1e6))
PY
python3 - "$build/whosaid" "$out/corpus.jsonl" <<'PY'
import os, resource, subprocess, sys, time
ws, corpus = sys.argv[1], sys.argv[2]
def run(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t
size = os.path.getsize(corpus)
words = int(subprocess.run(["wc", "-w", corpus], capture_output=True, text=True).stdout.split()[0])
wc = min(run(["wc", "-w", corpus]) for _ in range(3))
before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
an = min(run([ws, "analyze", corpus]) for _ in range(2))
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
parse = min(run([ws, "analyze", "--format", "conllu", corpus]) for _ in range(2))
print("wc -w:            %6.2f s  (%.0f MB/s)" % (wc, size / wc / 1e6))
print("whosaid analyze:  %6.2f s  (%.1f MB/s, %.2f M words/s)" % (an, size / an / 1e6, words / an / 1e6))
print("ratio:            %6.1f x wc -w (bar: <= 60, i.e. >= 400,000 words/s)" % (an / wc))
print("peak RSS:         %6.1f MiB (bar: <= 128)" % (rss / 1024))
print("parse only:       %6.2f s  (%.2f M words/s, %.1f x wc -w; --format conllu, every sentence)" %
      (parse, words / parse / 1e6, parse / wc))
PY
