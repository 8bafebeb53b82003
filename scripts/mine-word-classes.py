#!/usr/bin/env python3
"""Write WordNet's broad sense classes of word forms, for `whosaid train --classes`.

A word's class is the lexicographer file (WordNet's "lexname": verb.communication,
verb.cognition, noun.act, ...) of its most frequent verb sense and of its most
frequent noun sense, and whether any of its verb senses is one of communication
or of cognition.  The tagger reads them as features (`whosaid train --classes`),
so a verb the annotations never saw ("propounded", a verb.communication) is
scored like the reporting verbs they did see.

Read from WordNet 3.0 as Debian ships it (package wordnet-base,
/usr/share/wordnet): index.verb, index.noun (senses in frequency order),
data.verb, data.noun (each synset's lexicographer file), verb.exc and noun.exc
(irregular forms).  Regular forms are made here: -s/-es/-ies, -ed/-d/-ied,
-ing, and a doubled final consonant ("planned") after a consonant-vowel-consonant
end; nouns get plurals.  Multi-word lemmas are left out.

Which forms are written: every form of every verb (these are what help with
unseen reporting verbs), and every other form that PolNeAR train's CoNLL-U
holds at least twice (the words the tagger's tag lexicon holds too), so the
file stays small.  Deterministic: the same WordNet and corpus give the same
bytes.  scripts/train-model.sh runs it into a temporary file at training
time: the classes reach the repository only inside data/model.bin
(WordNet's licence: data/wordnet.NOTICE).

usage: scripts/mine-word-classes.py [WORDNET_DIR] [POLNEAR_DIR] > FILE
       (defaults /usr/share/wordnet and ../shared/corpora/polnear)"""
import collections, glob, os, sys

HEADER = """# WordNet 3.0 sense classes of English word forms (licence:
# data/wordnet.NOTICE).  Made by scripts/mine-word-classes.py; do not
# edit by hand.  Format: FORM <TAB> VERB <TAB> NOUN <TAB> FLAGS, lower case.
# VERB and NOUN: WordNet's lexicographer file number (29-43 verb.*, 3-28
# noun.*; 0 none) of the form's most frequent verb and noun sense; FLAGS:
# 1 = some verb sense is verb.communication (32), 2 = some is
# verb.cognition (31)."""

COMMUNICATION, COGNITION = 32, 31


def lexfiles(wn, pos):
    out = {}
    with open(f"{wn}/data.{pos}", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            off, lex = line.split(" ", 2)[:2]
            out[off] = int(lex)
    return out


def index(wn, pos):
    lf = lexfiles(wn, pos)
    out = {}
    with open(f"{wn}/index.{pos}", encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            if "_" in p[0]:
                continue
            n = int(p[2])
            out[p[0]] = [lf[o] for o in p[-n:]]
    return out


def cvc(w):
    v = "aeiou"
    return len(w) > 2 and w[-1] not in v + "wxy" and w[-2] in v and w[-3] not in v


def plural(l):
    if l.endswith(("s", "x", "z", "ch", "sh")):
        return l + "es"
    if l.endswith("y") and len(l) > 1 and l[-2] not in "aeiou":
        return l[:-1] + "ies"
    return l + "s"


def verb_forms(l):
    f = {l, plural(l)}  # the third person's -s is the plural's
    cons_y = l.endswith("y") and len(l) > 1 and l[-2] not in "aeiou"
    if l.endswith("e"):
        f |= {l + "d", l[:-1] + "ing"}
    elif cons_y:
        f |= {l[:-1] + "ied", l + "ing"}
    else:
        f |= {l + "ed", l + "ing"}
        if cvc(l):
            f |= {l + l[-1] + "ed", l + l[-1] + "ing"}
    return f


def exceptions(wn, pos):
    with open(f"{wn}/{pos}.exc", encoding="latin-1") as f:
        for line in f:
            p = line.split()
            if len(p) >= 2:
                yield p[0], p[1]


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    corpus = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora/polnear"
    if not os.path.exists(f"{wn}/index.verb"):
        sys.exit(f"mine-word-classes: no WordNet at {wn} (apt-get install wordnet-base)")
    conllu = sorted(glob.glob(f"{corpus}/train/conllu/*.conllu"))
    if not conllu:
        sys.exit(f"mine-word-classes: no CoNLL-U at {corpus}/train/conllu")
    seen = collections.Counter()
    for path in conllu:
        with open(path, encoding="utf-8") as f:
            for line in f:
                c = line.split("\t")
                if len(c) > 2 and c[0].isdigit():
                    seen[c[1].lower()] += 1
    verbs, nouns = index(wn, "verb"), index(wn, "noun")
    vform, nform = collections.defaultdict(list), collections.defaultdict(list)
    for l in sorted(verbs):
        for f in verb_forms(l):
            vform[f].append(verbs[l])
    for form, l in exceptions(wn, "verb"):
        if l in verbs:
            vform[form].append(verbs[l])
    for l in sorted(nouns):
        nform[l].append(nouns[l])
        nform[plural(l)].append(nouns[l])
    for form, l in exceptions(wn, "noun"):
        if l in nouns:
            nform[form].append(nouns[l])
    print(HEADER)
    for w in sorted(set(vform) | set(nform)):
        if w not in vform and seen[w] < 2:
            continue
        vs, ns = vform.get(w, [[]]), nform.get(w, [[]])
        v = vs[0][0] if vs[0] else 0
        n = ns[0][0] if ns[0] else 0
        flags = any(COMMUNICATION in s for s in vs) + 2 * any(COGNITION in s for s in vs)
        print(f"{w}\t{v}\t{n}\t{flags}")


if __name__ == "__main__":
    main()
