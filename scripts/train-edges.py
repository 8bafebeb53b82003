#!/usr/bin/env python3
"""Fit the content-edge model (data/edges.tsv) on PolNeAR train.

src/attrib/edges.c chooses again where each content starts and ends:
besides the tagger's span it scores other starts and ends (the sentence's
edges, commas, dashes, "that", "which", quotation marks, ...) by a linear
model over hashed features.  Its weights are learnt where the tagger errs
as it will on new text: each half of train (scripts/halves.py) is tagged
by a model of the other, and ws_edges_dump (tools/edges-dump.c) lists
every record's candidates with their features.  A candidate is right when
its content is a gold content exactly, as `whosaid eval` compares them
(fragments trimmed of whitespace, sorted, merged across whitespace).  The
model is a log-linear ranker over each record's candidates, fitted on the
records that have a right one by AdaGrad (rate 0.05, L2 0.001, 4 passes,
each in the order of a hash of the records' features); weights under
0.001 are left out.  Deterministic: the same
corpus and build give the same file.

It prints, for each half, how many records' contents are right before and
after choosing with weights fitted on the other half.

usage: scripts/train-edges.py BUILD_DIR POLNEAR_DIR > data/edges.tsv
       (environment as scripts/halves.py says)
       scripts/train-edges.py --dumps DUMP_A DUMP_B > edges.tsv
       (dumps made already: half A tagged by B's model, half B by A's)"""
import collections, math, os, subprocess, sys, tempfile, zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from halves import half_models, parser_file  # noqa: E402

HEADER = """# edges.tsv — the weights of the content-edge ranker (src/attrib/edges.c):
# each candidate content's score is the sum of its features' weights times
# their values.  Format: FEATURE_ID (hex) <TAB> weight.  Made by
# scripts/train-edges.py from PolNeAR train (each half tagged by a model of
# the other); do not edit by hand."""

RATE, L2, PASSES, MIN_WEIGHT, MIN_RECORDS, ORDERS = 0.05, 1e-3, 4, 1e-3, 6, 5


def norm(frags, text):
    out = []
    for a, b in sorted(frags):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append([a, b])
    merged = []
    for a, b in out:
        if merged and text[merged[-1][1]:a].strip() == "":
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return tuple(tuple(x) for x in merged)


def gold_contents(path, text):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 2 or not p[0].startswith("T") or " " not in p[1]:
                continue
            label, spans = p[1].split(" ", 1)
            if label == "Content":
                out.add(norm([tuple(map(int, s.split())) for s in spans.split(";")], text))
    return out


def records(lines):
    """[(candidate features, candidate right)] per record of a dump."""
    out, cur, key = [], None, None
    text = gold = None
    for line in lines:
        p = line.rstrip("\n").split("\t")
        if p[0] == "D":
            with open(p[2], encoding="utf-8") as f:
                text = f.read()
            gold = gold_contents(p[3], text)
            key = None
            continue
        if key != p[1]:
            key = p[1]
            cur = ([], [])
            out.append(cur)
        spans = [tuple(map(int, s.split("-"))) for s in p[3].split(",")]
        feats = []
        for x in p[4].split():
            i, _, v = x.partition(":")
            feats.append((int(i, 16), float(v) if v else 1.0))
        cur[0].append(feats)
        cur[1].append(norm(spans, text) in gold)
    return out


def fit(recs):
    """The average of ORDERS fits, each visiting the records in its own
    order: one fit's weights move with any record added or dropped (the
    order of the rest changes); their average moves less."""
    total = collections.defaultdict(float)
    for o in range(ORDERS):
        for k, v in fit_once(recs, o).items():
            total[k] += v / ORDERS
    return {k: v for k, v in total.items() if abs(v) >= MIN_WEIGHT}


def fit_once(recs, o):
    w = collections.defaultdict(float)
    g2 = collections.defaultdict(lambda: 1e-8)
    data = [r for r in recs if any(r[1])]
    seen = collections.Counter()
    for feats, _ in data:
        seen.update({k for fs in feats for k, _ in fs})
    data = [([[(k, v) for k, v in fs if seen[k] >= MIN_RECORDS] for fs in feats], right)
            for feats, right in data]
    # each pass visits the records in the order of a hash of their own
    # features (and the pass), not a shuffle: a record more or less moves
    # no other record, so a small change in the records makes a small
    # change in the weights
    keys = [repr(feats).encode() for feats, _ in data]
    for n in range(PASSES):
        salt = b"%d:%d:" % (o, n)
        for i in sorted(range(len(data)), key=lambda i: zlib.crc32(salt + keys[i])):
            feats, right = data[i]
            sc = [sum(w[k] * v for k, v in fs) for fs in feats]
            top = max(sc)
            ex = [math.exp(s - top) for s in sc]
            z = sum(ex)
            pr = [e / z for e in ex]
            pg = sum(p for p, g in zip(pr, right) if g)
            grad = collections.defaultdict(float)
            for fs, p, g in zip(feats, pr, right):
                coef = (p / pg if g else 0.0) - p  # d log P(right) / d score
                if coef:
                    for k, v in fs:
                        grad[k] += coef * v
            for k, gk in grad.items():
                gk -= L2 * w[k]
                g2[k] += gk * gk
                w[k] += RATE * gk / math.sqrt(g2[k])
    return w


def choose(w, feats):
    """The candidate edges.c keeps: the best score, the tagger's on a tie."""
    best, pick = None, 0
    for i, fs in enumerate(feats):
        s = sum(w.get(k, 0.0) * v for k, v in fs)
        if best is None or s > best:
            best, pick = s, i
    return pick


def report(w, recs):
    before = sum(r[1][0] for r in recs)
    after = sum(r[1][choose(w, r[0])] for r in recs)
    changed = sum(choose(w, r[0]) != 0 for r in recs)
    return f"{len(recs)} records, content right {before} -> {after} ({changed} changed)"


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--dumps":
        dumps = {}
        for h, path in (("A", sys.argv[2]), ("B", sys.argv[3])):
            with open(path, encoding="utf-8") as f:
                dumps[h] = records(f)
    elif len(sys.argv) == 3:
        build, corpus = sys.argv[1], sys.argv[2]
        dumps = {}
        with tempfile.TemporaryDirectory() as tmp:
            models = half_models(build, corpus, tmp, "train-edges")
            for h, other in (("A", "B"), ("B", "A")):
                out = subprocess.run([build + "/ws_edges_dump", "--model", models[other], "--parser",
                                      parser_file(), "--gold", f"{tmp}/{h}/attributions", "--text",
                                      f"{tmp}/{h}/text"],
                                     check=True, stdout=subprocess.PIPE, text=True).stdout
                dumps[h] = records(out.splitlines())
    else:
        sys.exit(__doc__)
    for h, other in (("A", "B"), ("B", "A")):
        print(f"half {h}, weights fitted on half {other}: {report(fit(dumps[other]), dumps[h])}",
              file=sys.stderr)
    w = fit(dumps["A"] + dumps["B"])
    print(HEADER)
    for k in sorted(w):
        print(f"{k:08x}\t{w[k]:.4g}")


main()
