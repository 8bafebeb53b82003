#!/usr/bin/env python3
"""Quotations found: of the gold PolNeAR dev attributions whose content holds
a quotation mark, how many a predicted content covers (more than 0.3 of the
gold content's characters, the Gender Gap Tracker's rule).  A floor, like
the other corpus checks.

usage: quote_recall.py WHOSAID POLNEAR_DIR [FLOOR_PERCENT]"""
import glob
import os
import re
import subprocess
import sys
import tempfile


def contents(ann):
    out = []
    for line in open(ann, encoding="utf-8"):
        if not line.startswith("T"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 2:
            continue
        kind, rest = parts[1].split(" ", 1)
        if kind == "Content":
            out.append([tuple(map(int, x.split())) for x in rest.split(";")])
    return out


def main():
    ws, corpus = sys.argv[1], sys.argv[2]
    floor = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    gold_dir, text_dir = corpus + "/dev/attributions", corpus + "/dev/text"
    if not os.path.isdir(gold_dir):
        print(f"quote_recall.py: no PolNeAR dev at {corpus}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    with tempfile.TemporaryDirectory() as pred:
        subprocess.run([ws, "analyze", "--format", "brat", "--out", pred, text_dir], check=True)
        found = total = 0
        seen = set()
        for g in sorted(glob.glob(gold_dir + "/*.ann")):
            base = re.sub(r"_[0-9a-f]{4}$", "", os.path.basename(g)[:-4])
            if base in seen:  # one annotator's file per article, as eval does
                continue
            seen.add(base)
            text = open(f"{text_dir}/{base}.txt", encoding="utf-8").read()
            p = f"{pred}/{base}.ann"
            predicted = [set(i for s, e in sp for i in range(s, e)) for sp in contents(p)] if os.path.exists(p) else []
            for sp in contents(g):
                body = "".join(text[s:e] for s, e in sp)
                if not any(q in body for q in '"\u201c\u201d'):
                    continue
                chars = set(i for s, e in sp for i in range(s, e))
                total += 1
                found += any(len(chars & c) > 0.3 * len(chars) for c in predicted)
    pct = 100.0 * found / total if total else 0.0
    ok = pct >= floor
    print(f"{found} of {total} quoted gold contents found: {pct:.1f}% (floor {floor})")
    print(f"{int(ok)} passed, {int(not ok)} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
