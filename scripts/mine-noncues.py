#!/usr/bin/env python3
"""Mine data/non-cues.tsv from PolNeAR train: words that seldom open a cue.

For every word (letters and apostrophes, lower-cased) of the training
articles, count its uses and how many gold Cue spans it opens (the first
annotator's file of each article, as `whosaid train` reads them).  A word
used at least 10 times that opens a cue in under 3 % of its uses is
listed: an attribution whose cue opens with it, and whose content holds
no quotation, is dropped at analysis ("built", "won", "blocked").  The
thresholds were chosen on the two halves of train (each half's list
applied to the other half's predictions).  Deterministic.
usage: scripts/mine-noncues.py [CORPUS] > data/non-cues.tsv"""
import collections, glob, os, re, sys

corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/polnear"
MIN_USES, MAX_RATE = 10, 0.03
gold = sorted(glob.glob(corpus + "/train/attributions/*.ann"))
if not gold:
    sys.exit(f"mine-noncues: no PolNeAR train at {corpus}/train/attributions")
WORD = re.compile(r"[A-Za-z']+")
uses, cues = collections.Counter(), collections.Counter()
seen = set()
for path in gold:
    name = re.sub(r"_[^_]*\.ann$", "", os.path.basename(path))
    text_path = f"{corpus}/train/text/{name}.txt"
    if name in seen or not os.path.exists(text_path):
        continue
    seen.add(name)
    for w in WORD.findall(open(text_path, encoding="utf-8").read()):
        uses[w.lower()] += 1
    for line in open(path, encoding="utf-8"):
        m = re.match(r"T\d+\tCue [\d ;]+\t(\S+)", line)
        if m:
            first = WORD.findall(m.group(1))
            if first:
                cues[first[0].lower()] += 1
print("# non-cues.tsv — words that open a gold cue in under 3 % of their uses in")
print("# PolNeAR train (at least 10 uses); an attribution whose cue opens with one")
print("# and whose content holds no quotation is dropped (src/attrib/rules.c).")
print("# Made by scripts/mine-noncues.py; do not edit.  Format: WORD <TAB> cue uses <TAB> uses")
for w in sorted(uses):
    if uses[w] >= MIN_USES and cues[w] < MAX_RATE * uses[w]:
        print(f"{w}\t{cues[w]}\t{uses[w]}")
