#!/usr/bin/env python3
"""Mine name lists from the PolNeAR train CoNLL-U (CoreNLP silver).

data/first-names.tsv: a CoreNLP chain whose pronouns are all he/him/his/
himself (or all she/her/hers/herself) gives its proper-name mentions'
first names that gender; names seen at least twice with one gender in
>= 90 % of votes, and tagged PERSON by CoreNLP's NER in at least a third of
their uses as NNP (or a twentieth and twice, when no place's, title's or
acronym: "Rand"), are kept (some are surnames, "Trump": the code reads
them as a person's name by itself; not "Alabama", "Republican" or
"Governor", the first words of "Alabama Sen. Jeff Sessions").
data/given-names.tsv: the given-name lists of Debian's python3-fake-factory
(Faker, MIT; data/given-names.NOTICE) for English, French, Spanish,
Portuguese, Dutch and German: a name in one gender's lists only, and not
a place or a place's first word (data/places.tsv:
"Nova Scotia"), a title (data/titles.tsv),
or in PolNeAR train written so at least three times and tagged PERSON by
CoreNLP's NER in under half of them ("April", "Philippine"), more often
the last word of a name than the first ("Warren" in "Elizabeth Warren"),
or more often in lower case than capitalised inside a sentence ("Will",
"Hope").
data/name-types.tsv: capitalised words tagged NNP and their most frequent
NER class (PERSON, LOCATION, ORGANIZATION), kept when seen at least three
times with one class in >= 70 % of uses.
Deterministic.  usage: scripts/mine-names.py [CORPUS] [OUT_DIR]"""
import collections, glob, importlib, os, sys

from conllu import read_conllu  # scripts/conllu.py

# Debian's python3-fake-factory (module faker): Latin-script locales
LOCALES = ("en", "en_US", "en_GB", "en_NZ", "fr_FR", "fr_CH", "es_ES", "pt_BR", "nl_NL", "de_DE")


def faker_names():
    """{name: gender} for names in one gender's lists only."""
    sys.path.append("/usr/lib/python3/dist-packages")
    seen = collections.defaultdict(set)
    for loc in LOCALES:
        try:
            p = importlib.import_module("faker.providers.person." + loc).Provider
        except ImportError:
            sys.exit("mine-names: no Faker name lists (apt-get install python3-fake-factory)")
        for g, names in (("f", getattr(p, "first_names_female", ())),
                         ("m", getattr(p, "first_names_male", ()))):
            for n in names:
                if n.isalpha() and n[:1].isupper() and n[1:].islower() and len(n) >= 3:
                    seen[n].add(g)
    return {n: min(gs) for n, gs in seen.items() if len(gs) == 1}


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
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
places = [l.split("\t")[0] for l in open(os.path.join(here, "places.tsv"), encoding="utf-8")
          if not l.startswith("#")]
unfit = set(places) | {p.split()[0] for p in places}
unfit |= {l.strip().capitalize() for l in open(os.path.join(here, "titles.tsv"), encoding="utf-8")
          if not l.startswith("#")}
with open(out_dir + "/first-names.tsv", "w", encoding="utf-8") as f:
    f.write("# first-names.tsv — first names and the gender CoreNLP's pronouns give\n"
            "# them in PolNeAR train (scripts/mine-names.py; do not edit).\n"
            "# Format: NAME <TAB> m|f <TAB> votes\n")
    for name in sorted(votes):
        c = votes[name]
        g, n = c.most_common(1)[0]
        total = sum(c.values())
        # (a word CoreNLP's NER calls a person's in under a third of its uses,
        # or in under a twentieth, or once, when it is a place's or a title's
        # or in capitals, is a place's, a party's or an outlet's: "Alabama",
        # "Republican", "CNN"; "Rand" stays, a person's in 3 of 34)
        np, nu = ner[name]["PERSON"], sum(ner[name].values())
        named = 3 * np >= nu or (np >= 2 and 20 * np >= nu and name not in unfit and not name.isupper())
        if total >= 2 and n >= 0.9 * total and named:
            f.write(f"{name}\t{g}\t{total}\n")
uses, person, last, opener, lower, capital = (collections.Counter() for _ in range(6))
for path in files:
    sents, _ = read_conllu(path)
    for toks in sents:
        for i, (w, p, _, _, n) in enumerate(toks):
            if w.islower():
                lower[w] += 1
            elif i and w[:1].isupper():
                capital[w.lower()] += 1
            uses[w] += 1
            person[w] += n == "PERSON"
            if p != "NNP":
                continue
            prev = i and toks[i - 1][1] == "NNP"
            nxt = i + 1 < len(toks) and toks[i + 1][1] == "NNP"
            last[w] += prev and not nxt
            opener[w] += nxt and not prev
with open(out_dir + "/given-names.tsv", "w", encoding="utf-8") as f:
    f.write("# given-names.tsv — given names and their gender from the name lists of\n"
            "# Debian's python3-fake-factory (Faker, MIT: given-names.NOTICE), less\n"
            "# those PolNeAR train uses otherwise\n"
            "# (scripts/mine-names.py; do not edit).  Format: NAME <TAB> m|f\n")
    for name, g in sorted(faker_names().items()):
        if (name in unfit or (uses[name] >= 3 and 2 * person[name] < uses[name]) or
                last[name] > opener[name] or lower[name.lower()] > capital[name.lower()]):
            continue
        f.write(f"{name}\t{g}\n")
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
