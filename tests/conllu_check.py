#!/usr/bin/env python3
"""Check `whosaid analyze --format conllu` output: ten columns a token,
ids 1..n in each sentence, heads within the sentence, one root, an XPOS
tag and a label everywhere, and Offset=START-END spans that cut the
document text (given as the second argument) into the token forms.
usage: tests/conllu_check.py OUTPUT.conllu ARTICLE.txt"""
import sys

out, article = sys.argv[1], sys.argv[2]
text = open(article, encoding="utf-8").read()
problems, sents, toks = [], 0, 0


def sentence(rows):
    global sents, toks
    sents += 1
    toks += len(rows)
    roots = 0
    for k, r in enumerate(rows):
        if len(r) != 10:
            problems.append("not 10 columns: %r" % (r,))
            continue
        if int(r[0]) != k + 1:
            problems.append("id %s at position %d" % (r[0], k + 1))
        head = int(r[6])
        if not 0 <= head <= len(rows) or head == k + 1:
            problems.append("bad head %d in a sentence of %d" % (head, len(rows)))
        roots += head == 0
        if r[4] in ("", "_") or r[7] in ("", "_"):
            problems.append("no tag or label: %r" % (r,))
        a, b = (int(x) for x in r[9].split("=", 1)[1].split("-"))
        if text[a:b] != r[1]:
            problems.append("offset %d-%d is %r, form %r" % (a, b, text[a:b], r[1]))
    if roots != 1:
        problems.append("%d roots in sentence %d" % (roots, sents))


rows = []
for line in open(out, encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("#"):
        continue
    if not line:
        if rows:
            sentence(rows)
        rows = []
        continue
    rows.append(line.split("\t"))
if rows:
    sentence(rows)
if not sents:
    problems.append("no sentences")
for p in problems[:10]:
    print("FAIL:", p)
print("%d sentences, %d tokens, %d problems" % (sents, toks, len(problems)))
sys.exit(1 if problems else 0)
