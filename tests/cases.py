#!/usr/bin/env python3
"""Run the attribution cases of tests/cases/*.txt (format in the files'
headers) through `whosaid analyze` and report each expectation.
usage: tests/cases.py WHOSAID CASES_DIR"""
import glob, json, os, subprocess, sys, tempfile

ws, cases_dir = sys.argv[1], sys.argv[2]
passed = failed = still_open = 0


def run(text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([ws, "analyze", path], capture_output=True, text=True, check=True)
    finally:
        os.unlink(path)
    return json.loads(out.stdout)["attributions"]


def check(name, text, wants, nots):
    attrs = run(text)
    got = [((a["source"] or {}).get("text", "-"), (a["cue"] or {}).get("text", "-"),
            a["content"]["text"]) for a in attrs]
    for src, cue, con in wants:
        if con.endswith(" $"):  # the whole content, fragments joined by a space
            ok = any(g[0] == src and g[1] == cue and g[2] == con[:-2] for g in got)
        else:
            ok = any(g[0] == src and g[1] == cue and g[2].startswith(con) for g in got)
        report(ok, name, "%s | %s | %s" % (src, cue, con), got)
    for cue in nots:
        report(not any(g[1] == cue for g in got), name, "no cue '%s'" % cue, got)


def report(ok, name, what, got):
    """A case named '... [open]' is a known failure: reported, not failed;
    when it passes, say so (promote it)."""
    global passed, failed, still_open
    is_open = name.endswith("[open]")
    if ok:
        passed += 1
        if is_open:
            print("NOW PASSES (remove [open]): %s: %s" % (name, what))
        return
    shown = " / ".join("%s | %s | %.40s" % g for g in got) or "nothing"
    if is_open:
        still_open += 1
        print("open: %s: want %s; got %s" % (name, what, shown))
    else:
        failed += 1
        print("FAIL: %s: want %s; got %s" % (name, what, shown))


files = sorted(glob.glob(os.path.join(cases_dir, "*.txt")))
if not files:
    sys.exit("FAIL: no cases in %s" % cases_dir)
for path in files:
    name, lines, wants, nots = None, [], [], []
    for line in open(path, encoding="utf-8").read().split("\n") + ["### end"]:
        if line.startswith("### "):
            if name:
                check(name, "\n".join(lines).strip() + "\n", wants, nots)
            name, lines, wants, nots = line[4:], [], [], []
        elif line.startswith(">>> "):
            wants.append(tuple(p.strip() for p in line[4:].split(" | ", 2)))
        elif line.startswith("!!! "):
            nots.append(line[4:].strip())
        elif name and not line.startswith("#"):
            lines.append(line)
print("%d passed, %d failed (%d known failures open)" % (passed, failed, still_open))
sys.exit(1 if failed else 0)
