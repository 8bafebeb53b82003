#!/usr/bin/env python3
"""--format tsv against the JSON of the same inputs: a header, one row per
attribution of the same width, fields unescaped equal to the JSON's.
usage: tsv_check.py OUT.tsv OUT.jsonl"""
import json
import sys

rows = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert rows[-1] == ""
header, rows = rows[0].split("\t"), [r.split("\t") for r in rows[1:-1]]
assert header[:7] == ["doc", "outlet", "date", "attribution", "speaker", "source_type", "gender"]
assert all(len(r) == len(header) for r in rows), "rows of another width"
docs = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
attrs = [(d, a) for d in docs for a in d["attributions"]]
assert len(attrs) == len(rows), (len(attrs), len(rows))


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\":
            out.append({"t": "\t", "n": "\n", "r": "\r", "0": "\0", "\\": "\\"}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


col = {name: k for k, name in enumerate(header)}
for (d, a), r in zip(attrs, rows):
    assert r[col["doc"]] == d["id"]
    assert unescape(r[col["content"]]) == a["content"]["text"]
    src = a["source"] or {}
    assert (r[col["speaker"]] or None) == src.get("canonical")
    assert int(r[col["content_start"]]) == a["content"]["spans"][0][0]
print("ok", len(rows), "rows")
