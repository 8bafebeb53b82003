#!/bin/sh
# Ingest throughput and memory: PolNeAR train+dev (924 articles) and a
# synthetic corpus of N documents (default 100,000; bench/gen-corpus.py),
# each timed against `whosaid analyze` on the same input, alternating,
# with CPU use (user+system over wall time: 2.0 is two busy cores) and
# peak RSS.  usage: bench/ingest-bench.sh [BUILD_DIR] [CORPUS_DIR] [N]
set -eu
build=${1:-build}
corpus=${2:-../shared/corpora/polnear}
n=${3:-100000}
out=bench/out
mkdir -p "$out"
[ -f "$out/syn-$n.jsonl" ] || python3 bench/gen-corpus.py "$n" 1 > "$out/syn-$n.jsonl"
python3 - "$build/whosaid" "$corpus" "$out" "$n" <<'PY'
import os, resource, subprocess, sys, time
ws, corpus, out, n = sys.argv[1:5]
def run(cmd):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, ru = os.wait4(p.pid, 0)[1:]
    wall = time.perf_counter() - t
    return wall, (ru.ru_utime + ru.ru_stime) / wall, ru.ru_maxrss / 1024
def bench(name, inputs, docs, extra=(), rounds=3):
    # analyze and ingest alternate, `rounds` times: this machine's speed
    # drifts, so each ratio compares neighbouring runs; the median is the figure
    db = f"{out}/bench-{name}.db"
    print(f"{name}: {docs} documents")
    ratios = []
    for r in range(rounds):
        for f in (db, db + "-journal", db + "-wal", db + "-shm"):
            if os.path.exists(f):
                os.remove(f)
        a_wall, a_cpu, a_rss = run([ws, "analyze", *inputs])
        i_wall, i_cpu, i_rss = run([ws, "ingest", "--quiet", "--db", db, *extra, *inputs])
        ratios.append(100 * a_wall / i_wall)
        print(f"  analyze (1 thread): {a_wall:7.2f} s  {docs / a_wall:8.0f} docs/s  cpu {a_cpu:.2f}  peak RSS {a_rss:.0f} MiB")
        print(f"  ingest:             {i_wall:7.2f} s  {docs / i_wall:8.0f} docs/s  cpu {i_cpu:.2f}  peak RSS {i_rss:.0f} MiB  ({ratios[-1]:.0f}%)")
    ratios.sort()
    print(f"  ingest throughput = {ratios[len(ratios) // 2]:.0f}% of analyze, median of {rounds} "
          f"(range {ratios[0]:.0f}-{ratios[-1]:.0f}%; bar: >= 70%); database {os.path.getsize(db) / 1e6:.0f} MB")
import glob
texts = sorted(glob.glob(f"{corpus}/train/text/*.txt") + glob.glob(f"{corpus}/dev/text/*.txt"))
bench("polnear", texts, len(texts),
      ["--metadata", f"{corpus}/metadata.tsv"])
bench(f"synthetic-{n}", [f"{out}/syn-{n}.jsonl"], int(n))
PY
