#!/usr/bin/env python3
"""Latency of `whosaid serve` on a synthetic store: N documents from
bench/gen-corpus.py (default 100,000) ingested once into bench/out, then
2,000 requests from 8 concurrent loopback clients, a third each article,
speaker and outlet pages (articles and speakers drawn with seed 1).
Prints p50, p99 and the slowest per page type, and the server's peak RSS.
usage: python3 bench/serve-bench.py [BUILD_DIR] [N]"""
import os
import random
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

build = sys.argv[1] if len(sys.argv) > 1 else "build"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
ws = os.path.join(build, "whosaid")
out = "bench/out"
os.makedirs(out, exist_ok=True)
corpus, db = f"{out}/syn-{n}.jsonl", f"{out}/serve-{n}.db"
if not os.path.exists(corpus):
    with open(corpus, "w") as f:
        subprocess.run([sys.executable, "bench/gen-corpus.py", str(n), "1"], stdout=f, check=True)
if not os.path.exists(db):
    subprocess.run([ws, "ingest", "--quiet", "--db", db, corpus], check=True)
con = sqlite3.connect(db)
docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
names = [r[0] for r in con.execute("SELECT name FROM identities ORDER BY identity")]
con.close()
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
server = subprocess.Popen([ws, "serve", "--db", db, "--listen", f"127.0.0.1:{port}"],
                          stderr=subprocess.DEVNULL)
base = f"http://127.0.0.1:{port}"
for _ in range(100):
    try:
        urllib.request.urlopen(base + "/outlets", timeout=5).read()
        break
    except Exception:
        time.sleep(0.1)
rng = random.Random(1)
reqs = []
for i in range(2000):
    kind = ("article", "speaker", "outlets")[i % 3]
    if kind == "article":
        path = f"/doc/{rng.randint(1, docs)}"
    elif kind == "speaker":
        path = "/speaker?name=" + urllib.parse.quote(rng.choice(names))
    else:
        path = "/outlets"
    reqs.append((kind, path))
times = {"article": [], "speaker": [], "outlets": []}
lock = threading.Lock()
it = iter(reqs)


def client():
    while True:
        with lock:
            nxt = next(it, None)
        if nxt is None:
            return
        kind, path = nxt
        t = time.perf_counter()
        with urllib.request.urlopen(base + path, timeout=60) as r:
            r.read()
            assert r.status == 200
        with lock:
            times[kind].append(time.perf_counter() - t)


nclients = int(os.environ.get("CLIENTS", "8"))
threads = [threading.Thread(target=client) for _ in range(nclients)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - t0
with open(f"/proc/{server.pid}/status") as f:
    hwm = next(int(l.split()[1]) for l in f if l.startswith("VmHWM"))
server.terminate()
server.wait()
allt = sorted(x for v in times.values() for x in v)


def pct(v, p):
    return 1000 * v[min(len(v) - 1, int(p * len(v)))]


print(f"{docs} documents, {len(names)} speaker identities; 2000 requests, {nclients} clients, {wall:.1f} s")
for kind, v in times.items():
    v.sort()
    print(f"  {kind:8s} p50 {pct(v, .5):6.1f} ms  p99 {pct(v, .99):6.1f} ms  max {1000 * v[-1]:6.1f} ms")
print(f"  all      p50 {pct(allt, .5):6.1f} ms  p99 {pct(allt, .99):6.1f} ms (bars 20 and 100)")
print(f"  server peak RSS {hwm / 1024:.0f} MiB (bar 256)")
