#!/usr/bin/env python3
"""The pages of a running `whosaid serve`, as a client sees them: status,
headers, what each page holds, its /api/ twin, and the errors.
usage: serve_check.py BASE_URL STORE.db WHOSAID"""
import json
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request

base, db, ws = sys.argv[1], sys.argv[2], sys.argv[3]
fails = 0


def get(path, method="GET"):
    req = urllib.request.Request(base + path, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8", "replace")


def check(ok, what):
    global fails
    if not ok:
        fails += 1
        print("FAIL:", what, file=sys.stderr)


con = sqlite3.connect(db)
doc = con.execute("SELECT min(doc) FROM documents").fetchone()[0]
status, headers, body = get("/")
check(status == 200 and "Most quoted speakers" in body and "/doc/%d" % doc in body, "home")
check("script-src" not in headers.get("Content-Security-Policy", "") and
      "default-src 'none'" in headers.get("Content-Security-Policy", ""), "CSP header")
check(headers.get("X-Content-Type-Options") == "nosniff", "nosniff")
check("<script" not in body.lower() and "&lt;script&gt;" in body, "hostile outlet escaped")
status, _, body = get("/doc/%d" % doc)
check(status == 200 and "<article>" in body and "<li id=\"a0\"" in body, "article page")
status, headers, body = get("/api/doc/%d" % doc)
check(status == 200 and headers.get("Content-Type") == "application/json" and
      json.loads(body)["attributions"], "article API")
status, _, body = get("/speaker?name=Hillary%20Clinton")
check(status == 200 and "How outlets introduce this speaker" in body and "<svg" in body, "speaker")
status, _, body = get("/api/speaker?name=Hillary%20Clinton")
rows = json.loads(body)
check(status == 200 and rows and all(r["speaker"] == "Hillary Clinton" for r in rows),
      "speaker API")
cli = json.loads(subprocess.run([ws, "query", "--db", db, "--json", "--limit", "1000", "speaker",
                                 "Hillary Clinton"], capture_output=True, check=True).stdout)
check(rows == cli, "speaker API = query speaker")
status, _, body = get("/speaker?name=Hillary%20Clinton")
check(("%d attributions</p>" % len(cli)) in body, "speaker page count = query speaker")
status, _, body = get("/doc/%d" % doc)
check("href=\"/speaker?name=" in body, "article links its speakers")
status, _, body = get("/outlets")
check(status == 200 and body.count("<svg") >= 7 and "breitbart" in body, "outlets")
status, _, body = get("/api/outlets")
check(status == 200 and {"breitbart", "nyt"} <= {r["outlet"] for r in json.loads(body)},
      "outlets API")
# the outlets page gives the figures of `query profile`
cli = json.loads(subprocess.run([ws, "query", "--db", db, "--json", "profile"], capture_output=True,
                                check=True).stdout)
status, _, body = get("/api/outlets")
check(status == 200 and json.loads(body) == cli, "outlets API = query profile")
status, _, body = get("/api/outlets?from=2016-06-01&to=2016-12-31")
rows = json.loads(body)
n = con.execute("SELECT count(*) FROM documents WHERE date BETWEEN '2016-06-01' AND '2016-12-31'").fetchone()[0]
check(status == 200 and sum(r["documents"] for r in rows) == n and n < sum(r["documents"] for r in cli),
      "outlets by date range")
status, _, body = get("/outlets?topic=Sanders&from=2016-01-01")
check(status == 200 and "value=\"Sanders\"" in body and "<svg" in body, "outlets by topic")
status, _, body = get("/outlets?topic=%22unbalanced")
check(status == 400 and "could not be read" in body, "outlets: bad topic is a 400")
cl = con.execute("SELECT cluster FROM clusters ORDER BY size DESC LIMIT 1").fetchone()
if cl:
    status, _, body = get("/cluster/%d" % cl[0])
    check(status == 200 and body.count("<b>first</b>") == 1 and "Quote history" in body, "history")
status, _, _ = get("/cluster/99999999")
check(status == 404, "no such cluster")
status, _, body = get("/search?q=Clinton")
check(status == 200 and "Clinton" in body, "search")
status, _, body = get("/search?q=%22unbalanced")
check(status == 400 and "could not be read" in body and "fts5" not in body.lower(),
      "FTS5 syntax error is a friendly 400")
status, _, body = get("/api/search?q=%22unbalanced")
check(status == 400 and json.loads(body)["status"] == 400, "API error as JSON")
for path in ("/nothing", "/doc/99999999", "/doc/abc", "/cluster/0", "/speaker"):
    status, _, body = get(path)
    check(status == 404 and "no such page" in body, "404 for " + path)
status, headers, _ = get("/", "POST")
check(status == 405 and "GET" in headers.get("Allow", ""), "POST refused")
status, _, body = get("/", "HEAD")
check(status == 200 and body == "", "HEAD")
status, _, _ = get("/search?q=" + "a" * 5000)
check(status == 414, "long query refused")
status, _, _ = get("/search?q=" + "%3Cscript%3E" * 10)
check(status in (200, 400), "markup in a query")
print(f"{'ok' if not fails else 'FAIL'}: serve pages, {fails} failed")
sys.exit(1 if fails else 0)
