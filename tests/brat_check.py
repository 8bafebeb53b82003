#!/usr/bin/env python3
"""A folder of whosaid's brat output opens in brat: annotation.conf
declares every type, attribute and value the .ann files use; attributes
and notes point at annotations that exist; each .ann has its .txt, whose
text each T line's spans cut out.  usage: brat_check.py DIR"""
import glob
import os
import re
import sys

d = sys.argv[1]
conf = open(os.path.join(d, "annotation.conf"), encoding="utf-8").read()
assert os.path.exists(os.path.join(d, "visual.conf"))
values = {m.group(1): set(m.group(2).split("|"))
          for m in re.finditer(r"^(\w+)\tArg:\w+, Value:(\S+)$", conf, re.M)}
binary = set(re.findall(r"^(\w+)\tArg:\w+$", conf, re.M))
anns = glob.glob(os.path.join(d, "*.ann"))
assert anns
for ann in anns:
    text = open(ann[:-4] + ".txt", encoding="utf-8", errors="surrogateescape").read()
    ids = set()
    for line in open(ann, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        kind = f[0][0]
        if kind in "TE":
            ids.add(f[0])
        if kind == "T":
            typ, spans = f[1].split(" ", 1)
            assert typ in ("Source", "Cue", "Content", "Attribution"), line
            cut = " ".join(text[int(a):int(b)] for a, b in (x.split() for x in spans.split(";")))
            assert re.sub(r"[\n\r\t\0]", " ", cut) == f[2], (line, cut)
        elif kind == "A":
            name, ref, *val = f[1].split()
            assert ref in ids, line
            if val:
                assert val[0] in values[name], line
            else:
                assert name in binary, line
        elif kind == "#":
            assert f[1].split()[1] in ids, line
        else:
            assert kind == "E", line
print("ok", len(anns), "files")
