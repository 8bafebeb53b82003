#!/usr/bin/env python3
"""Draw the pairs of tests/data/cluster-pairs.tsv from a whosaid store.

usage: sample-cluster-pairs.py STORE.db [2] > pairs.tsv

Pairs of quotations in different documents that share 5-word shingles
which 2 to 50 quotations have (the rare ones clustering looks at).  Set 1:
70 of those sharing two or more, 50 of those sharing one, drawn with seed
7.  Set 2 (argument 2): 40 pairs of one quote cluster of the store, 30
sharing two or more shingles but in no cluster together, seed 11.
Rows come out with the label '?', the two documents' ids and the first 60
code points of each content, then for the labeller the number of shared
shingles, each quotation's shingles, both speakers and 300 code points of
each content (cut these before keeping the file)."""
import collections
import random
import sqlite3
import struct
import sys


def main():
    db = sqlite3.connect(sys.argv[1])
    shingles = {}
    for attr, blob in db.execute("SELECT attr, hashes FROM shingles"):
        shingles[attr] = set(struct.unpack("<%dQ" % (len(blob) // 8), blob))
    holders = collections.defaultdict(list)
    for attr, hashes in shingles.items():
        for h in hashes:
            holders[h].append(attr)
    shared = collections.Counter()
    for attrs in holders.values():
        if 2 <= len(attrs) <= 50:
            attrs = sorted(set(attrs))
            for i, a in enumerate(attrs):
                for b in attrs[i + 1:]:
                    shared[(a, b)] += 1
    info = {}
    for attr, doc_id, speaker, content, doc in db.execute(
            "SELECT a.attr, d.id, a.speaker, a.content, a.doc FROM attributions a "
            "JOIN documents d USING (doc)"):
        info[attr] = (doc_id, speaker, content, doc)
    pairs = [(p, c) for p, c in sorted(shared.items()) if info[p[0]][3] != info[p[1]][3]]
    if len(sys.argv) > 2 and sys.argv[2] == "2":
        members = collections.defaultdict(list)
        for attr, cluster in db.execute("SELECT attr, cluster FROM cluster_members"):
            members[cluster].append(attr)
        linked = []
        for attrs in members.values():
            attrs = sorted(attrs)
            for i, a in enumerate(attrs):
                linked += [(a, b) for b in attrs[i + 1:] if info[a][3] != info[b][3]]
        together = set(linked)
        apart = [p for p in pairs if p[1] >= 2 and p[0] not in together]
        random.seed(11)
        sample = [((a, b), shared.get((a, b), 0))
                  for a, b in random.sample(sorted(linked), min(40, len(linked)))]
        sample += random.sample(apart, min(30, len(apart)))
    else:
        random.seed(7)
        two = [p for p in pairs if p[1] >= 2]
        one = [p for p in pairs if p[1] == 1]
        sample = random.sample(two, min(70, len(two))) + random.sample(one, min(50, len(one)))

    def flat(s, n):
        return s[:n].replace("\t", " ").replace("\n", " ")

    for (a, b), c in sample:
        A, B = info[a], info[b]
        print("\t".join(["?", A[0], flat(A[2], 60), B[0], flat(B[2], 60), str(c),
                         str(len(shingles[a])), str(len(shingles[b])), A[1] or "-", B[1] or "-",
                         flat(A[2], 300), flat(B[2], 300)]))


if __name__ == "__main__":
    main()
