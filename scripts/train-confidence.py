#!/usr/bin/env python3
"""Fit the confidence model (data/confidence.tsv) on PolNeAR train.

An attribution's confidence is a logistic function of features
src/attrib/confidence.c computes (the tagger's belief in its cue, content
and source tokens, whether the tagger or a rule made it, ...).  To learn
how those features behave on text the tagger has not seen, train/ is split
into two halves (alternate articles in name order); a tagger is trained on
each half (`whosaid train`, as scripts/train-model.sh does for the whole)
and run on the other.  ws_confidence_dump (tools/confidence-dump.c) lists
each attribution found there with its features and whether eval counts it
as a linked match (cue, content and source or its absence each overlap a
gold attribution's).  The weights are fitted by Newton's method with an L2
penalty of 1.  Deterministic: the same corpus and build give the same file.

It prints, for each half, the held-out log loss, calibration error and
AUC of weights fitted on the other half.

usage: scripts/train-confidence.py BUILD_DIR POLNEAR_DIR > data/confidence.tsv
       (environment as scripts/halves.py says: WS_HALF_MODELS=DIR reuses or
       keeps the half taggers, WS_PARSER, WS_CLASSES)"""
import json, math, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calibration import reliability  # noqa: E402
from halves import half_models, parser_file  # noqa: E402

HEADER = """# confidence.tsv — the logistic model of an attribution's confidence
# (src/attrib/confidence.c): sigmoid of the sum of feature x weight.
# Format: FEATURE <TAB> weight.  Made by scripts/train-confidence.py from PolNeAR train
# (each half tagged by a model of the other); do not edit by hand."""


def rows_of(dump):
    lines = dump.splitlines()
    names = json.loads(lines[0])["features"]
    return names, [(r["f"], r["y"]) for r in map(json.loads, lines[1:])]


def prob(w, x):
    z = sum(a * b for a, b in zip(w, x))
    return 1 / (1 + math.exp(-z)) if z > -700 else 0.0


def fit(rows, n, l2=1.0, rounds=100):
    w = [0.0] * n
    for _ in range(rounds):
        g = [l2 * wi for wi in w]
        H = [[l2 if i == j else 0.0 for j in range(n)] for i in range(n)]
        for x, y in rows:
            p = prob(w, x)
            for i in range(n):
                if x[i]:
                    g[i] += (p - y) * x[i]
                    for j in range(n):
                        if x[j]:
                            H[i][j] += p * (1 - p) * x[i] * x[j]
        M = [H[i] + [g[i]] for i in range(n)]  # solve H d = g
        for c in range(n):
            piv = max(range(c, n), key=lambda r: abs(M[r][c]))
            M[c], M[piv] = M[piv], M[c]
            for r in range(n):
                if r != c and M[r][c]:
                    f = M[r][c] / M[c][c]
                    M[r] = [a - f * b for a, b in zip(M[r], M[c])]
        d = [M[i][n] / M[i][i] for i in range(n)]
        w = [a - b for a, b in zip(w, d)]
        if max(abs(x) for x in d) < 1e-9:
            break
    return w


def report(w, rows):
    ps = [(prob(w, x), y) for x, y in rows]
    ll = -sum(math.log(max(1e-12, p if y else 1 - p)) for p, y in ps) / len(ps)
    ece = reliability(ps)[1]
    order = sorted(ps)
    pos = sum(y for _, y in ps)
    seen = auc = 0
    for p, y in order:
        if y:
            seen += 1
        else:
            auc += seen
    auc = 1 - auc / (pos * (len(ps) - pos)) if 0 < pos < len(ps) else 0
    return f"log loss {ll:.4f}, calibration error {ece:.4f}, AUC {auc:.4f}"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    build, corpus = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        models = half_models(build, corpus, tmp, "train-confidence")
        parser = parser_file()
        data = {}
        for h, other in (("A", "B"), ("B", "A")):
            model = models[other]
            # analysed with the parser the halves were trained with, which
            # need not be the one this build embeds (a parser just retrained)
            out = subprocess.run([build + "/ws_confidence_dump", "--model", model, "--parser", parser, "--gold",
                                  f"{tmp}/{h}/attributions", "--text", f"{tmp}/{h}/text"],
                                 check=True, stdout=subprocess.PIPE, text=True).stdout
            data[h] = rows_of(out)
    names = data["A"][0]
    for h, other in (("A", "B"), ("B", "A")):
        w = fit(data[other][1], len(names))
        print(f"half {h}, weights fitted on half {other}: {report(w, data[h][1])}",
              file=sys.stderr)
    w = fit(data["A"][1] + data["B"][1], len(names))
    print(HEADER)
    for name, wi in zip(names, w):
        print(f"{name}\t{wi:.4f}")


main()
