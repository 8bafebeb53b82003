#!/usr/bin/env python3
"""How well `whosaid analyze --format conllu` agrees with reference
parses (PolNeAR's CoreNLP parses) on whosaid's own tokens.

`whosaid parse-eval` scores the parser on the reference's tokens; this
scores what users get: whosaid's tokenization, its sentences and the
parser's reading of them (src/parse/tree.h, WS_PWORDS_PTB).  Tokens are
matched by their code-point offsets (Offset=START-END in both files); a
token is scored when the reference has a token with the same offsets.
Tags are compared on every matched token; heads (UAS) and labels (LAS)
on matched tokens that are not punctuation in the reference and whose
reference head is matched too.

usage: scripts/parse-agreement.py WHOSAID TEXT_DIR CONLLU_DIR [MIN_TAGS MIN_UAS]
  (with the floors, exits 1 when tags or UAS fall under them: a ratchet)
  e.g. scripts/parse-agreement.py build/whosaid
       ../shared/corpora/polnear/dev/text ../shared/corpora/polnear/dev/conllu"""
import collections, os, re, subprocess, sys

OFFSET = re.compile(r"Offset=(\d+)-(\d+)")


def sentences(lines):
    """Yield (doc id or None, [columns...]) per sentence."""
    doc, cur = None, []
    for line in lines:
        if line.startswith("# newdoc id = "):
            doc = line.split("= ", 1)[1].strip()
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                yield doc, cur
            cur = []
            continue
        cur.append(line.rstrip("\n").split("\t"))
    if cur:
        yield doc, cur


def arcs(sent):
    """{(start, end): (tag, head offsets or None, label)} of one sentence."""
    spans = [tuple(int(x) for x in OFFSET.search(c[9]).groups()) for c in sent]
    out = {}
    for c, span in zip(sent, spans):
        h = int(c[6])
        out[span] = (c[4], spans[h - 1] if h > 0 else None, c[7])
    return out


def main():
    if len(sys.argv) not in (4, 6):
        sys.exit(__doc__)
    ws, text_dir, ref_dir = sys.argv[1:4]
    run = subprocess.run([ws, "analyze", "--format", "conllu", text_dir],
                         capture_output=True, text=True, check=True)
    pred = collections.defaultdict(dict)
    for doc, sent in sentences(run.stdout.splitlines(keepends=True)):
        pred[doc].update(arcs(sent))
    n = collections.Counter()
    for f in sorted(os.listdir(ref_dir)):
        if not f.endswith(".conllu"):
            continue
        P = pred.get(f[:-7])
        if P is None:
            sys.exit(f"parse-agreement: no analysis of {f[:-7]} in {text_dir}")
        with open(os.path.join(ref_dir, f), encoding="utf-8") as fh:
            for _, sent in sentences(fh):
                for span, (tag, head, label) in arcs(sent).items():
                    n["tokens"] += 1
                    if span not in P:
                        continue
                    n["matched"] += 1
                    n["tags"] += P[span][0] == tag
                    if label == "punct" or (head is not None and head not in P):
                        continue
                    n["arcs"] += 1
                    n["uas"] += P[span][1] == head
                    n["las"] += P[span][1] == head and P[span][2] == label
    if not n["arcs"]:
        sys.exit("parse-agreement: nothing to score")
    print(f"reference tokens {n['tokens']}, with whosaid's offsets {n['matched']} "
          f"({100 * n['matched'] / n['tokens']:.1f} %)")
    print(f"tags {100 * n['tags'] / n['matched']:.2f} %")
    print(f"UAS  {100 * n['uas'] / n['arcs']:.2f} %  LAS {100 * n['las'] / n['arcs']:.2f} %"
          f"  (without punctuation, {n['arcs']} arcs)")
    if len(sys.argv) == 6:
        tags, uas = 100 * n["tags"] / n["matched"], 100 * n["uas"] / n["arcs"]
        if tags < float(sys.argv[4]) or uas < float(sys.argv[5]):
            sys.exit(f"parse-agreement: under the floors (tags {sys.argv[4]}, UAS {sys.argv[5]})")


if __name__ == "__main__":
    main()
