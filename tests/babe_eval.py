#!/usr/bin/env python3
"""BABE SG2 word-level evaluation of loaded-word flagging.

Each of the 3,674 sentences is analysed as one document; the words whose
loaded descriptors whosaid reports (framing.loaded[].word, lower-cased)
are compared, per sentence, with the expert `biased_words`.  Micro P/R/F1
over all sentences.  Needs ../shared/corpora/babe; fails loudly without.
usage: babe_eval.py WHOSAID BABE_CSV [MIN_F1]"""
import ast, csv, json, subprocess, sys

# gold words sometimes keep a quotation mark or comma from the sentence
# ("identity\"", "\"gender"): compare words without surrounding punctuation
PUNCT = "\"'\u201c\u201d\u2018\u2019.,;:!?()[]"

ws, path = sys.argv[1], sys.argv[2]
floor = float(sys.argv[3]) if len(sys.argv) > 3 else None
try:
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig"), delimiter=";"))
except OSError as e:
    sys.exit(f"FAIL: cannot read BABE ({e}); is ../shared there?")
lines = "".join(json.dumps({"id": str(i), "text": r["text"]}) + "\n" for i, r in enumerate(rows))
out = subprocess.run([ws, "analyze", "--input", "jsonl", "-"], input=lines, capture_output=True,
                     text=True, check=True)
pred = {}
for line in out.stdout.splitlines():
    d = json.loads(line)
    pred[d["id"]] = {x["word"].lower() for x in d["framing"]["loaded"]}
tp = fp = fn = 0
for i, r in enumerate(rows):
    gold = {w.lower().strip(PUNCT) for w in ast.literal_eval(r["biased_words"])} - {""}
    p = pred.get(str(i), set())
    tp += len(p & gold)
    fp += len(p - gold)
    fn += len(gold - p)
P = tp / (tp + fp) if tp + fp else 0
R = tp / (tp + fn) if tp + fn else 0
F = 2 * P * R / (P + R) if P + R else 0
print(f"BABE SG2 ({len(rows)} sentences): precision {P:.3f} recall {R:.3f} F1 {F:.3f}")
if floor is not None:
    ok = F >= floor
    print(f"{'ok' if ok else 'FAIL'}: F1 {F:.3f} (floor {floor})")
    print(f"{int(ok)} passed, {int(not ok)} failed")
    sys.exit(0 if ok else 1)
