#!/usr/bin/env python3
"""Seed-article bar: analyse ../shared/examples/seed-article.txt and check
each attribution listed in seed-expected.md (read from that file, not
copied here): an attribution must have the listed source span and a
content holding the listed words ("..." marks elided text; quotes are
compared without regard to curly or straight).  Passes when all 11 of
the 11 rows are found.  usage: seed_check.py WHOSAID EXAMPLES_DIR"""
import json, re, subprocess, sys

ws, ex = sys.argv[1], sys.argv[2]
try:
    rows_md = open(ex + "/seed-expected.md", encoding="utf-8").read()
except OSError as e:
    sys.exit(f"FAIL: cannot read the seed expectations ({e}); is ../shared there?")

def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s)

def pieces(s):
    out = []
    for p in norm(s).split("..."):
        p = p.strip().strip('"').strip()
        if p:
            out.append(p)
    return out

rows = {}
for line in rows_md.splitlines():
    cols = [c.strip() for c in line.split("|")]
    if len(cols) < 8 or not cols[1].isdigit():
        continue
    rows[int(cols[1])] = (cols[2].split("\u2192")[0].strip(), cols[5])

out = subprocess.run([ws, "analyze", ex + "/seed-article.txt"], capture_output=True, text=True, check=True)
doc = json.loads(out.stdout)
found = 0
for n, (src, content) in sorted(rows.items()):
    m = re.match(r"the whole of #(\d+)", content)
    want = pieces(rows[int(m.group(1))][1]) if m else pieces(content)
    ok = False
    for a in doc["attributions"]:
        if not a["source"] or norm(a["source"]["text"]) != norm(src):
            continue
        text, pos = norm(a["content"]["text"]), 0
        good = True
        for p in want:
            k = text.find(p, pos)
            if k < 0:
                good = False
                break
            pos = k + len(p)
        ok = ok or good
    found += ok
    print(f"row {n:2}: {'found' if ok else 'MISSING'}  {src} / {content[:60]}")
print(f"{found} of {len(rows)} seed attributions found (bar: 11)")
if len(rows) != 11:
    sys.exit("FAIL: expected 11 rows in seed-expected.md")
print(f"{1 if found >= 11 else 0} passed, {0 if found >= 11 else 1} failed")
sys.exit(0 if found >= 11 else 1)
