#!/usr/bin/env python3
"""Mine name lists from the PolNeAR train CoNLL-U (CoreNLP silver).

data/first-names.tsv: a CoreNLP chain whose pronouns are all he/him/his/
himself (or all she/her/hers/herself) gives its proper-name mentions'
first names that gender; names seen at least twice with one gender in
>= 90 % of votes are kept.
data/name-types.tsv: capitalised words tagged NNP and their most frequent
NER class (PERSON, LOCATION, ORGANIZATION), kept when seen at least three
times with one class in >= 70 % of uses.
Deterministic.  usage: scripts/mine-names.py [CORPUS] [OUT_DIR]"""
import collections, glob, sys

from conllu import read_conllu  # scripts/conllu.py

corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/polnear"
out_dir = sys.argv[2] if len(sys.argv) > 2 else "data"
ner = collections.defaultdict(collections.Counter)
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
TITLES = {"Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Sen.", "Rep.", "Gov.", "President", "Secretary"}
votes = collections.defaultdict(collections.Counter)
files = sorted(glob.glob(corpus + "/train/conllu/*.conllu"))
if not files:
    sys.exit(f"mine-first-names: no CoNLL-U files under {corpus}/train/conllu")
for path in files:
    sents, chains = read_conllu(path)
    for toks in sents:
        for w, p, _, _, n in toks:
            if p in ("NNP", "NNPS"):
                ner[w][n if n in ("PERSON", "LOCATION", "ORGANIZATION") else "O"] += 1
    for ch in chains:
        words = [[t[:2] for t in sents[s - 1][a - 1:b - 1]] for s, a, b in ch if s <= len(sents)]
        prons = {w.lower() for m in words if len(m) == 1 for w, p in m if p == "PRP" or p == "PRP$"}
        g = "m" if prons & MALE and not prons & FEMALE else "f" if prons & FEMALE and not prons & MALE else None
        if not g:
            continue
        for m in words:
            names = [w for w, p in m if p == "NNP" and w not in TITLES]
            if len(names) >= 2 and names[0][0].isupper() and names[0].isalpha():
                votes[names[0]][g] += 1
with open(out_dir + "/first-names.tsv", "w", encoding="utf-8") as f:
    f.write("# first-names.tsv — first names and the gender CoreNLP's pronouns give\n"
            "# them in PolNeAR train (scripts/mine-names.py; do not edit).\n"
            "# Format: NAME <TAB> m|f <TAB> votes\n")
    for name in sorted(votes):
        c = votes[name]
        g, n = c.most_common(1)[0]
        total = sum(c.values())
        if total >= 2 and n >= 0.9 * total:
            f.write(f"{name}\t{g}\t{total}\n")
with open(out_dir + "/name-types.tsv", "w", encoding="utf-8") as f:
    f.write("# name-types.tsv — capitalised words and the kind of name CoreNLP's NER\n"
            "# gives them in PolNeAR train (scripts/mine-names.py; do not edit).\n"
            "# Format: WORD <TAB> person|place|organization <TAB> uses\n")
    kinds = {"PERSON": "person", "LOCATION": "place", "ORGANIZATION": "organization"}
    for w in sorted(ner):
        c = ner[w]
        k, n = c.most_common(1)[0]
        total = sum(c.values())
        if k in kinds and total >= 3 and n >= 0.7 * total and w[:1].isupper():
            f.write(f"{w}\t{kinds[k]}\t{total}\n")
