#!/usr/bin/env python3
"""What chromium made of a whosaid page (its --dump-dom): no element or
attribute the article text tried to inject (script, iframe, img, svg,
textarea, event handlers, javascript: links), one list item per
attribution.  usage: html_dom_check.py PAGE.dom [ARTICLE.txt WHOSAID]"""
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

FORBIDDEN = {"script", "iframe", "img", "svg", "textarea", "object", "embed", "form", "input"}


class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items = 0
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        assert tag not in FORBIDDEN, f"<{tag}> in the DOM"
        for k, v in attrs:
            assert not k.startswith("on"), f"{k} on <{tag}>"
            if k == "href":
                assert re.fullmatch(r"#a\d+|/|/speaker\?name=[A-Za-z0-9%._-]*", v or ""), f"link {v!r}"
            if tag == "li" and k == "id":
                self.items += 1


text = open(sys.argv[1], encoding="utf-8").read()
# each hostile article tries to set this attribute on the page when run
assert "data-pwned" not in text.split("<body", 1)[0] and not re.search(r"<html[^>]*data-pwned", text), \
    "a hostile script ran"
dom = Dom()
dom.feed(text)
assert "article" in dom.tags and "aside" in dom.tags
if len(sys.argv) > 3:  # the attributions of the article, one item each
    doc = json.loads(subprocess.run([sys.argv[3], "analyze", sys.argv[2]], capture_output=True,
                                    check=True).stdout)
    assert dom.items == len(doc["attributions"]), (dom.items, len(doc["attributions"]))
