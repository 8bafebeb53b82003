#!/usr/bin/env python3
"""Mine data/passive-cues.tsv from PolNeAR train: cues in the passive.

A gold cue that opens with a form of "be" (after "has", "will", "could"
and the like; an adverb may follow) and then a past participle ("was
criticized", "is widely expected", "has been asked about") is a report
in the passive.  PolNeAR gives such a cue no source: the one who
criticized or expects is not named, and the subject ("Mr. Trump was
criticized for ...") is part of the content, as with "appears" and
"seems".  A few such words are states of mind that keep their subject as
source ("voters are worried about", "are divided over").  For every
participle, count the gold cues it makes this way and how many of them
have a source before the cue.  A participle seen at least MIN_USES times
with a source before it in at most MAX_RATE of them is listed; at
analysis, a record whose cue is that participle in the passive gives its
source (the subject before the cue) to its content (src/attrib/rules.c).
The thresholds were chosen on the two halves of train (each half's list
applied to the other half's predictions).  Deterministic.
usage: scripts/mine-passives.py [CORPUS [SPLIT]] > data/passive-cues.tsv"""
import collections, glob, os, re, sys

corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/polnear"
split = sys.argv[2] if len(sys.argv) > 2 else "train"
MIN_USES, MAX_RATE = 1, 0.5
gold = sorted(glob.glob(f"{corpus}/{split}/attributions/*.ann"))
if not gold:
    sys.exit(f"mine-passives: no PolNeAR {split} at {corpus}/{split}/attributions")
AUX = {"has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
       "must", "shall", "'s", "’s", "not", "n't", "never"}
BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s", "'re", "’re"}
WORD = re.compile(r"[A-Za-z]+(?:[’'][a-z]+)?|[’']s")


def participle(cue):
    """The participle of a cue in the passive, or None."""
    words = [w.lower() for w in WORD.findall(cue)]
    i, be = 0, False
    while i < len(words) and (words[i] in AUX or words[i] in BE):
        be |= words[i] in BE
        i += 1
    if not be or i == 0 or i >= len(words):
        return None
    if words[i].endswith("ly") and i + 1 < len(words):
        i += 1
    w = words[i]
    return w if re.fullmatch(r"[a-z]+(ed|en|wn|ne|ld|ght|id|lt|ade|ung|nt|ot)", w) else None


def spans(field):
    return [tuple(map(int, p.split())) for p in field.split(";")]


total, sourced = collections.Counter(), collections.Counter()
seen = set()
for path in gold:
    name = re.sub(r"_[^_]*\.ann$", "", os.path.basename(path))
    if name in seen:
        continue
    seen.add(name)
    t, ev = {}, []
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0].startswith("T") and len(f) > 2:
            typ, _, rest = f[1].partition(" ")
            t[f[0]] = (typ, spans(rest), f[2])
        elif f[0].startswith("E") and len(f) > 1:
            ev.append(dict(kv.split(":", 1) for kv in f[1].split()))
    for e in ev:
        if "Cue" not in e or e["Cue"] not in t:
            continue
        _, cs, ctext = t[e["Cue"]]
        w = participle(ctext)
        if not w:
            continue
        total[w] += 1
        src = t.get(e.get("Source", ""))
        if src and src[1][-1][1] <= cs[0][0]:
            sourced[w] += 1
print("# passive-cues.tsv — past participles that make cues in the passive in")
print("# PolNeAR train ('was criticized', 'is widely expected') with a source before")
print(f"# the cue in at most {MAX_RATE:.0%} of at least {MIN_USES} uses; such a cue's subject is part")
print("# of its content, not its source (src/attrib/rules.c).")
print("# Made by scripts/mine-passives.py; do not edit.  Format: WORD <TAB> with a source <TAB> uses")
for w in sorted(total):
    if total[w] >= MIN_USES and sourced[w] <= MAX_RATE * total[w]:
        print(f"{w}\t{sourced[w]}\t{total[w]}")
