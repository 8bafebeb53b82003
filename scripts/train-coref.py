#!/usr/bin/env python3
"""Learn the weights that rank the antecedents of he/she sources
(data/coref-weights.tsv) from PolNeAR train.

For every he/she source whosaid finds in train, ws_coref_dump
(tools/coref-dump.c) lists the candidate names whosaid weighs, with their
features.  Where CoreNLP has a chain over the pronoun with a PERSON name,
a candidate is right when it agrees with that chain (tests/coref_eval.py's
test: a shared capitalised word with one of the chain's proper names).
An averaged perceptron ranks the right candidate first; ROUNDS rounds
from zero weights, each on what the last round's weights resolve.
Deterministic.  Needs a build with ws_coref_dump (cmake's default target).
usage: scripts/train-coref.py BUILD_DIR POLNEAR_DIR [ROUNDS [EPOCHS]] > data/coref-weights.tsv"""
import glob, json, os, random, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from coref_eval import agrees, chain_names  # noqa: E402
from conllu import read_conllu  # noqa: E402

build, corpus = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
epochs = int(sys.argv[4]) if len(sys.argv) > 4 else 20
train = corpus + "/train"
if not os.path.isdir(train + "/conllu"):
    sys.exit(f"no PolNeAR train at {train}")
texts = sorted(glob.glob(train + "/text/*.txt"))
HEADER = """# coref-weights.tsv — weights of the features that rank the antecedents of
# a he/she source (src/speakers/entities.c, enum WS_CF_* in internal.h);
# the highest-scoring candidate name wins, the nearest on a tie.
# Format: FEATURE <TAB> weight.  Made by scripts/train-coref.py from
# PolNeAR train (CoreNLP chains as labels); do not edit by hand."""

def examples_with(weights_file):
    """(feature rows, labels, document) of every he/she source whosaid finds in train
    over which CoreNLP has a chain with a PERSON name"""
    out = subprocess.run([build + "/ws_coref_dump", "--weights", weights_file] + texts,
                         capture_output=True, text=True, check=True)
    dumps = {}
    for l in out.stdout.splitlines()[1:]:  # the first line names the features
        r = json.loads(l)
        dumps.setdefault(r["doc"], []).append(r)
    ex = []
    for t in texts:
        name = os.path.basename(t)[:-4]
        conll = f"{train}/conllu/{name}.conllu"
        if not os.path.exists(conll) or name not in dumps:
            continue
        sents, chs = read_conllu(conll)
        for r in dumps[name]:
            names, person_chain = chain_names(sents, chs, r["start"], r["end"])
            if not names or not person_chain:
                continue
            labels = [agrees(" ".join(c["names"]), names) for c in r["cands"]]
            if any(labels):
                ex.append(([c["f"] for c in r["cands"]], labels, name))
    return ex

def score(w, f):
    return sum(a * b for a, b in zip(w, f))

def best(w, rows):
    scores = [score(w, f) for f in rows]
    return scores.index(max(scores))  # the nearest on a tie

def perceptron(examples, n):
    w, total, step = [0.0] * n, [0.0] * n, 0
    steps = len(examples) * epochs
    rng = random.Random(1)
    order = list(range(len(examples)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            rows, labels = examples[i][:2]
            p = best(w, rows)
            if not labels[p]:
                g = max((k for k in range(len(rows)) if labels[k]), key=lambda k: score(w, rows[k]))
                for j in range(n):
                    d = rows[g][j] - rows[p][j]
                    w[j] += d
                    total[j] += d * (steps - step)  # averaged: each update counts for the steps left
            step += 1
    return [t / steps for t in total]

def cross_validated(examples, n, folds=5):
    docs = sorted({doc for _, _, doc in examples})
    fold = {doc: k % folds for k, doc in enumerate(docs)}
    right = 0
    for k in range(folds):
        w = perceptron([x for x in examples if fold[x[2]] != k], n)
        right += sum(labels[best(w, rows)] for rows, labels, doc in examples if fold[doc] == k)
    return 100 * right / len(examples)

# Which names a pronoun's earlier speakers resolved to shapes the features
# of later ones: start from zero weights (the nearest name) and retrain on
# what each round's weights resolve.
features = json.loads(subprocess.run([build + "/ws_coref_dump"], capture_output=True, text=True,
                                     check=True).stdout.splitlines()[0])["features"]
weights = [0.0] * len(features)
tmp = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False)
try:
    for rnd in range(rounds):
        with open(tmp.name, "w") as f:
            for name, x in zip(features, weights):
                f.write(f"{name}\t{x}\n")
        examples = examples_with(tmp.name)
        weights = perceptron(examples, len(features))
        right = sum(labels[best(weights, rows)] for rows, labels, _ in examples)
        print(f"round {rnd + 1}: {len(examples)} pronouns, right {100 * right / len(examples):.1f}% "
              f"in sample, {cross_validated(examples, len(features)):.1f}% held out (5 folds by "
              "document)", file=sys.stderr)
finally:
    os.unlink(tmp.name)
print(HEADER)
for name, x in zip(features, weights):
    print(f"{name}\t{x:.3f}")
