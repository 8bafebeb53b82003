#!/usr/bin/env python3
"""Quote-cluster precision and recall on the labelled pairs of
tests/data/cluster-pairs.tsv (quotations from PolNeAR).

usage: cluster_eval.py WHOSAID CORPUS_DIR [FLOOR]

Ingests every PolNeAR article (train and dev text) into a new store, finds
each labelled quotation by its document id and the start of its content
(or, where content edges have moved since, a content holding that text
or its quotation), and counts a pair as linked when both are members of one cluster.
Precision: of the linked pairs, the share labelled 'same'; recall: of the
pairs labelled 'same', the share linked.  A quotation the analysis no
longer finds counts as not linked, and is listed.  Fails below FLOOR
precision (percent) or when the corpus is missing."""
import os
import sqlite3
import subprocess
import sys
import tempfile


def main():
    ws, corpus = sys.argv[1], sys.argv[2]
    floor = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    dirs = [os.path.join(corpus, s, "text") for s in ("train", "dev")]
    for d in dirs:
        if not os.path.isdir(d):
            sys.exit(f"cluster_eval: {d} is missing (the PolNeAR corpus is needed)")
    here = os.path.dirname(os.path.abspath(__file__))
    pairs = []
    with open(os.path.join(here, "data", "cluster-pairs.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            label, da, ca, db, cb = line.rstrip("\n").split("\t")
            pairs.append((label, da, ca, db, cb))
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "polnear.db")
        subprocess.run([ws, "ingest", "--quiet", "--db", path] + dirs, check=True)
        db = sqlite3.connect(path)

        def cluster_of(doc_id, start):
            rows = db.execute(
                "SELECT m.cluster FROM attributions a JOIN documents d ON d.doc = a.doc "
                "LEFT JOIN cluster_members m ON m.attr = a.attr "
                "WHERE d.id = ? AND substr(a.content, 1, ?) = ?",
                (doc_id, len(start), start)).fetchall()
            if not rows:
                # a content whose edges moved since the pair was drawn: one
                # that holds the labelled text, or its quotation (from the
                # first quotation mark, 15 characters or more)
                keys = [start]
                q = min((start.find(m) for m in ('"', "\u201c", "''") if m in start), default=-1)
                if q > 0 and len(start) - q >= 15:
                    keys.append(start[q:])
                for key in keys:
                    rows = db.execute(
                        "SELECT m.cluster FROM attributions a JOIN documents d ON d.doc = a.doc "
                        "LEFT JOIN cluster_members m ON m.attr = a.attr "
                        "WHERE d.id = ? AND instr(a.content, ?) > 0", (doc_id, key)).fetchall()
                    if rows:
                        break
            if not rows:
                return None, False
            return rows[0][0], True

        linked = same = both = 0
        missing = []
        for label, da, ca, dbb, cb in pairs:
            xa, fa = cluster_of(da, ca)
            xb, fb = cluster_of(dbb, cb)
            for found, d, c in ((fa, da, ca), (fb, dbb, cb)):
                if not found:
                    missing.append(f"{d}: {c}")
            link = fa and fb and xa is not None and xa == xb
            linked += link
            same += label == "same"
            both += link and label == "same"
    p = 100.0 * both / linked if linked else 100.0
    r = 100.0 * both / same if same else 100.0
    for m in missing:
        print("not found:", m)
    print(f"{len(pairs)} labelled pairs ({same} same statement): {linked} linked, "
          f"{both} of them the same statement")
    print(f"cluster precision {p:.1f}%, recall {r:.1f}% (floor {floor:.1f}% precision)")
    if p < floor:
        sys.exit(1)


if __name__ == "__main__":
    main()
