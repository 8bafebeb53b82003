#!/usr/bin/env python3
"""Golden outputs made readable: each JSON Lines record of `whosaid
analyze` from stdin, written with one attribution (or entity, time,
framing item) a line, first as a readable summary line
    # source -> cue -> content | speaker, type, class, kind
then the item's full JSON, so a diff shows what changed and nothing is
left out.  Other output (messages) passes through unchanged."""
import json
import sys


def short(s, n=60):
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def dump(x):
    return json.dumps(x, ensure_ascii=False, sort_keys=False, separators=(",", ":"))


for line in sys.stdin:
    line = line.rstrip("\n")
    try:
        d = json.loads(line)
    except ValueError:
        print(line)
        continue
    if not isinstance(d, dict) or "attributions" not in d:
        print(line)
        continue
    head = {k: v for k, v in d.items() if k not in ("attributions", "entities", "times", "framing")}
    print("document " + dump(head))
    for a in d["attributions"]:
        src = a.get("source") or {}
        cue = a.get("cue") or {}
        con = a.get("content") or {}
        print("# %s -> %s -> %s | %s, %s, %s, %s%s" % (
            short(src.get("text"), 40) or "-", short(cue.get("text"), 30) or "-",
            short(con.get("text")), src.get("canonical") or "-", src.get("type") or "-",
            cue.get("class") or "-", con.get("kind") or "-", ", inferred" if a.get("inferred") else ""))
        print("attribution " + dump(a))
    for key in ("entities", "times"):
        for x in d.get(key) or []:
            print(key[:-1] + " " + dump(x))
    fr = d.get("framing")
    if isinstance(fr, dict):
        for k, v in fr.items():
            if isinstance(v, list):
                for x in v:
                    print("framing." + k + " " + dump(x))
            else:
                print("framing." + k + " " + dump(v))
    elif fr is not None:
        print("framing " + dump(fr))
