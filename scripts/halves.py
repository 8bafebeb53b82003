"""The two halves of PolNeAR train and a tagger trained on each, shared by
scripts/train-confidence.py and scripts/train-edges.py, which learn how
whosaid's output behaves on text its tagger has not seen: train/ is split
into two halves (alternate articles in name order), a tagger is trained on
each (`whosaid train`, as scripts/train-model.sh does for the whole) and
run on the other.

Environment: WS_HALF_MODELS=DIR reuses DIR/mA.bin and DIR/mB.bin when
present and keeps the ones it trains there; WS_PARSER=FILE trains them
with that parser instead of data/parser.bin; WS_CLASSES=FILE gives them
these word classes, else scripts/mine-word-classes.py makes them from
/usr/share/wordnet."""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def start(cmd):
    return cmd, subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait(job, who):
    cmd, p = job
    err = p.communicate()[1]
    if p.returncode:
        sys.exit(f"{who}: {' '.join(cmd)} failed:\n{err}")


def halves(train, tmp):
    names = sorted(f[:-4] for f in os.listdir(train + "/text") if f.endswith(".txt"))
    anns = sorted(os.listdir(train + "/attributions"))
    for h in "AB":
        for sub in ("text", "attributions", "conllu"):
            os.makedirs(f"{tmp}/{h}/{sub}")
    for i, n in enumerate(names):
        h = "AB"[i % 2]
        os.symlink(f"{train}/text/{n}.txt", f"{tmp}/{h}/text/{n}.txt")
        c = f"{train}/conllu/{n}.conllu"
        if os.path.exists(c):
            os.symlink(c, f"{tmp}/{h}/conllu/{n}.conllu")
        for a in anns:
            if a == n + ".ann" or (a.startswith(n + "_") and a[len(n) + 1:-4].isalnum()):
                os.symlink(f"{train}/attributions/{a}", f"{tmp}/{h}/attributions/{a}")


def parser_file():
    return os.environ.get("WS_PARSER") or os.path.join(HERE, "..", "data", "parser.bin")


def half_models(build, corpus, tmp, who):
    """Split train/ into tmp/A and tmp/B; return {"A": model of half A,
    "B": model of half B} (each to be run on the other half)."""
    train = os.path.abspath(corpus + "/train")
    if not os.path.isdir(train + "/attributions"):
        sys.exit(f"{who}: no PolNeAR train at {train}")
    halves(train, tmp)
    reuse = os.environ.get("WS_HALF_MODELS")
    classes = os.environ.get("WS_CLASSES")
    if not classes:
        classes = f"{tmp}/word-classes.tsv"
        with open(classes, "w") as f:
            r = subprocess.run([sys.executable, os.path.join(HERE, "mine-word-classes.py"),
                                "/usr/share/wordnet", corpus], stdout=f)
        if r.returncode:
            sys.exit(f"{who}: mine-word-classes.py failed")
    models, jobs = {}, []
    for h in ("A", "B"):
        model = f"{reuse}/m{h}.bin" if reuse else f"{tmp}/m{h}.bin"
        if not (reuse and os.path.exists(model)):
            # the two halves train side by side (one core each)
            jobs.append(start([build + "/whosaid", "train", "--gold", f"{tmp}/{h}/attributions",
                               "--text", f"{tmp}/{h}/text", "--conllu", f"{tmp}/{h}/conllu",
                               "--parser", parser_file(), "--classes", classes, "--epochs", "80",
                               "--stack", "4", "--out", model]))
        models[h] = model
    for job in jobs:
        wait(job, who)
    return models
