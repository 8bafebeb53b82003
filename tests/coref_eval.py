#!/usr/bin/env python3
"""Pronoun sources against CoreNLP coreference (PolNeAR dev).

For each gold Source that is a pronoun (he, she, they, it, his, her, its,
their, him, them), take the CoreNLP chain (silver CoNLL-U `# coref` lines)
holding a mention over it.  Where that chain has a proper-name mention
(a token tagged NNP/NNPS), whosaid's canonical speaker for the same
source agrees when it shares a capitalised word with one of the chain's
proper-name mentions ("Donald Trump" ~ "Trump"), or with one of the
aliases whosaid gives that speaker ("GOP" for the Republican Party).  Prints agreement over
the sources whosaid found (its source span overlaps the gold one) and
over all such gold sources (a missed source counts as disagreement).

CoreNLP's chains are silver: where a pronoun is listed in
tests/coref-adjudicated.tsv (read by hand), its referent there replaces the
chain for a second figure, and the chain's own agreement with the referent
gives the ceiling a resolver that is always right could reach against the
chains.
With MIN_PERCENT the run fails below it (agreement with the chains over
the sources found); with ADJ_MIN_PERCENT too, it also fails when the
second figure (the hand-read referents in place of the chains) is below
that.  A resolver that gets right a pronoun the chain gets wrong loses on
the first figure and gains on the second, so both are floors.
usage: coref_eval.py WHOSAID POLNEAR_DIR [MIN_PERCENT [ADJ_MIN_PERCENT]]"""
import glob, json, os, re, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from conllu import read_conllu  # noqa: E402

PRON = {"he", "she", "they", "it", "his", "her", "its", "their", "him", "them"}
PERSONAL = {"he", "she", "his", "her", "him"}
# honorifics and titles are tagged NNP but name no one by themselves
TITLES = {"Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "President", "Secretary", "Mr", "Mrs", "Ms"}

def gold_sources(path):
    out = []
    for line in open(path, encoding="utf-8"):
        m = re.match(r"T\d+\tSource ([\d ;]+)\t(.*)", line.rstrip("\n"))
        if not m:
            continue
        spans = [tuple(map(int, p.split())) for p in m.group(1).split(";")]
        out.append((spans[0][0], spans[-1][1], m.group(2)))
    return out

def chain_names(sents, chs, s, e):
    """The proper-name word sets of the CoreNLP chain holding a mention over
    the characters [s, e), and whether one of them is a PERSON name."""
    names, person_chain = [], False
    for ch in chs:
        hit = any(si <= len(sents) and b == a + 1 and s <= sents[si - 1][a - 1][2] < e
                  for si, a, b in ch)
        if not hit:
            continue
        for si, a, b in ch:
            toks = sents[si - 1][a - 1:b - 1]
            nnp = {w for w, p, _, _, _ in toks if p in ("NNP", "NNPS") and w not in TITLES}
            if nnp:
                names.append(nnp)
                person_chain |= any(n == "PERSON" for w, p, _, _, n in toks if w in nnp)
    return names, person_chain

def agrees(ours, names):
    """whosaid's name(s) for a speaker share a capitalised word with a chain
    name (a final period aside: "U.S" is "U.S.")"""
    words = {w.rstrip(".") for w in re.findall(r"[A-Z][\w'.-]*", ours)}
    return any(words & {w.rstrip(".") for w in n} for n in names)

def pronoun(text):
    return re.sub(r"[\u2019'].*", "", text.strip().lower())

def adjudicated():
    """(name, start) -> referent words (empty: an unnamed referent)"""
    out = {}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "coref-adjudicated.tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        out[(f[0], int(f[1]))] = set() if f[3] == "-" else set(f[3].split())
    return out

def main():
    ws, corpus = sys.argv[1], sys.argv[2]
    floor = float(sys.argv[3]) if len(sys.argv) > 3 else None
    adj_floor = float(sys.argv[4]) if len(sys.argv) > 4 else None
    dev = corpus + "/" + (os.environ.get("WS_SPLIT") or "dev")
    if not os.path.isdir(dev + "/conllu"):
        sys.exit(f"FAIL: no PolNeAR dev at {dev}; is ../shared there?")
    found = agree = total = 0
    found_sane = agree_sane = total_sane = 0
    judged = adjudicated() if not os.environ.get("WS_SPLIT") else {}
    agree_adj = chain_right = njudged = 0
    docs = []
    texts = sorted(glob.glob(dev + "/text/*.txt"))
    out = subprocess.run([ws, "analyze"] + texts, capture_output=True, text=True, check=True)
    pred = {json.loads(l)["id"]: json.loads(l) for l in out.stdout.splitlines()}
    for t in texts:
        name = os.path.basename(t)[:-4]
        anns = sorted(glob.glob(f"{dev}/attributions/{name}_*.ann"))
        conll = f"{dev}/conllu/{name}.conllu"
        if not anns or not os.path.exists(conll):
            continue
        sents, chs = read_conllu(conll)
        doc = pred[name]
        for s, e, text in gold_sources(anns[0]):
            if pronoun(text) not in PRON:
                continue
            names, person_chain = chain_names(sents, chs, s, e)
            if not names:
                continue
            total += 1
            pron = pronoun(text)
            # he/she linked by CoreNLP to no PERSON name is a CoreNLP error
            sane = person_chain or pron not in PERSONAL
            total_sane += sane
            ours = None
            for a in doc["attributions"]:
                src = a["source"]
                if src and any(x < e and s < y for x, y in src["spans"]):
                    ours = src["canonical"]
                    # the speaker's other names count too ("GOP" for the Republican Party)
                    ent = src.get("entity")
                    if ent is not None and 0 <= ent < len(doc["entities"]):
                        ours = " ".join([ours or ""] + doc["entities"][ent]["aliases"])
                    break
            if ours is None:
                continue
            found += 1
            found_sane += sane
            ref = judged.get((name, s))
            if ref is not None:
                njudged += 1
                agree_adj += bool(ref) and agrees(ours, [ref])
                chain_right += bool(ref) and agrees(" ".join(ref), names)
            else:
                agree_adj += agrees(ours, names)
                chain_right += 1
            if agrees(ours, names):
                agree += 1
                agree_sane += sane
            elif os.environ.get("WS_SHOW"):
                # WS_SHOW=1 lists each disagreement (name, pronoun, whosaid, chain)
                print(f"{name}\t{s}\t{text}\t{ours}\t{sorted(set().union(*names))}")
    pf = 100.0 * agree / found if found else 0
    pt = 100.0 * agree / total if total else 0
    ps = 100.0 * agree_sane / found_sane if found_sane else 0
    print(f"pronoun sources with a named CoreNLP chain: {total}; found by whosaid: {found}")
    print(f"agreement: {pf:.1f}% of those found, {pt:.1f}% of all")
    print(f"excluding he/she chains with no PERSON name (CoreNLP errors): {agree_sane} of {found_sane} found = {ps:.1f}%")
    if judged:
        print(f"with the referents of {njudged} pronouns read by hand (tests/coref-adjudicated.tsv) "
              f"in place of the chain: {agree_adj} of {found} found = {100.0 * agree_adj / found:.1f}%")
        print(f"the chains' own agreement with those referents caps any resolver at "
              f"{chain_right} of {found} = {100.0 * chain_right / found:.1f}% against the chains")
    checks = []
    if floor is not None:
        checks.append(("against the chains", pf, floor))
    if adj_floor is not None:
        if not judged:
            sys.exit("FAIL: no hand-read referents (tests/coref-adjudicated.tsv) for the second floor")
        checks.append(("with the hand-read referents", 100.0 * agree_adj / found if found else 0, adj_floor))
    if checks:
        good = 0
        for what, got, low in checks:
            ok = round(got, 1) >= low
            good += ok
            print(f"{'ok' if ok else 'FAIL'}: {what} {got:.1f}% (floor {low})")
        print(f"{good} passed, {len(checks) - good} failed")
        sys.exit(0 if good == len(checks) else 1)

if __name__ == "__main__":
    main()
