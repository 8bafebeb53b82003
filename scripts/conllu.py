"""PolNeAR's silver CoNLL-U (CoreNLP): sentences of tokens and the
coreference chains of the `# coref` comment lines.  Shared by
tests/coref_eval.py, scripts/mine-names.py and scripts/train-coref.py."""
import re

def read_conllu(path):
    """(sentences, chains): a sentence is a list of (word, POS, start, end,
    NER) tokens, start/end being character offsets into the article (-1
    when the line gives none) and NER "O" when it gives none; a chain is a
    list of (sentence, first token, token after the last) mentions, all
    numbered from 1."""
    sents, toks, chains = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# coref"):
            ms = []
            for m in line.split()[3:]:
                s, rng, _ = m.split(":")
                a, b = rng.split("-")
                ms.append((int(s), int(a), int(b)))
            chains.append(ms)
        elif line.startswith("#"):
            continue
        elif not line:
            if toks:
                sents.append(toks)
                toks = []
        else:
            c = line.split("\t")
            off = re.search(r"Offset=(\d+)-(\d+)", c[9])
            ner = re.search(r"NER=([A-Z]+)", c[9])
            toks.append((c[1], c[4], int(off.group(1)) if off else -1,
                         int(off.group(2)) if off else -1, ner.group(1) if ner else "O"))
    if toks:
        sents.append(toks)
    return sents, chains
