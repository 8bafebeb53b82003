#!/usr/bin/env python3
"""Throughput of the Python package beside the command line, in one run
(this machine's speed drifts): the PolNeAR texts repeated to about MB
megabytes, analysed by `whosaid analyze` (one thread, JSON to /dev/null),
then by whosaid.analyze_many with 1 and 2 threads (documents ready; their
JSON is read into Python objects on first use), and again followed by
to_records (every attribution read into Python, which holds the GIL).  Prints words/s and the two ratios the
issue asks for: 2 threads over 1 (>= 1.6), and Python per thread over the
command line (>= 0.8).  Best of 3 runs each.
usage: WHOSAID_LIBRARY=build/libwhosaid.so python3 bench/python-bench.py \\
       build/whosaid ../shared/corpora/polnear [MB]"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
import whosaid  # noqa: E402


def best(f, n=3):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    ws, corpus = sys.argv[1], sys.argv[2]
    mb = float(sys.argv[3]) if len(sys.argv) > 3 else 12
    texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(corpus + "/*/text/*.txt"))]
    docs, size, i = [], 0, 0
    while size < mb * 1e6:
        docs.append(texts[i % len(texts)])
        size += len(docs[-1].encode())
        i += 1
    words = sum(len(t.split()) for t in docs)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for k, t in enumerate(docs):
            f.write(json.dumps({"id": f"d{k}", "text": t}) + "\n")
        path = f.name
    try:
        cli = best(lambda: subprocess.run([ws, "analyze", path], stdout=subprocess.DEVNULL,
                                          check=True))
    finally:
        os.unlink(path)
    one = best(lambda: whosaid.analyze_many(docs, threads=1))
    two = best(lambda: whosaid.analyze_many(docs, threads=2))
    # everything read into Python objects: the JSON parse holds the GIL
    one_r = best(lambda: whosaid.to_records(whosaid.analyze_many(docs, threads=1)))
    two_r = best(lambda: whosaid.to_records(whosaid.analyze_many(docs, threads=2)))
    print(f"{len(docs)} documents, {words} words, {size / 1e6:.1f} MB")
    for name, t in (("command line, 1 thread", cli), ("analyze_many, 1 thread", one),
                    ("analyze_many, 2 threads", two), ("+ to_records, 1 thread", one_r),
                    ("+ to_records, 2 threads", two_r)):
        print(f"  {name:24s} {t:6.2f} s  {words / t / 1e6:5.2f} M words/s")
    print(f"  analyze_many: 2 threads / 1 thread {one / two:.2f}x (bar 1.6); "
          f"per thread / command line {cli / one:.2f} (bar 0.8)")
    print(f"  with to_records: 2 threads / 1 thread {one_r / two_r:.2f}x; "
          f"per thread / command line {cli / one_r:.2f}")


if __name__ == "__main__":
    main()
