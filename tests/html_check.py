#!/usr/bin/env python3
"""A page of `whosaid analyze --format html` is safe and whole: only the
elements and attributes the renderer writes (no script, no event handler,
no link but #aN to an attribution on the page), a policy that allows no
script, the article text exactly the document's text (bad bytes and
control characters as U+FFFD), one list item per attribution.
usage: html_check.py PAGE.html ARTICLE.txt WHOSAID"""
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

ALLOWED = {
    "html": {"lang"}, "head": set(), "meta": {"charset", "http-equiv", "content", "name"},
    "title": set(), "style": set(), "body": set(), "header": set(), "h1": set(), "h2": set(),
    "p": {"class"}, "span": {"class", "title"}, "a": {"class", "href"}, "article": set(),
    "aside": set(), "ol": {"start"}, "ul": set(), "li": {"id", "class"}, "b": set(),
    "table": set(), "tr": set(), "th": set(), "td": set(),
}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.article, self.ids, self.hrefs, self.csp = [], [], set(), [], None

    def handle_starttag(self, tag, attrs):
        assert tag in ALLOWED, f"element <{tag}>"
        for k, v in attrs:
            assert k in ALLOWED[tag], f"attribute {k} on <{tag}>"
            assert not k.startswith("on")
            if k == "href":
                assert re.fullmatch(r"#a\d+", v), f"link {v!r}"
                self.hrefs.append(v[1:])
            if k == "id":
                assert re.fullmatch(r"a\d+", v), f"id {v!r}"
                self.ids.add(v)
            if k == "http-equiv":
                self.csp = dict(attrs).get("content")
        if tag != "meta":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        if "article" in self.stack:
            self.article.append(data)


def norm(s):
    s = re.sub(r"[\udc80-\udcff\x00-\x08\x0b-\x1f\x7f\x80-\x9f]", "\ufffd", s)
    return re.sub("\ufffd+", "\ufffd", s)


def main():
    page_path, text_path, ws = sys.argv[1:4]
    page = Page()
    page.feed(open(page_path, encoding="utf-8").read())
    page.close()
    assert not page.stack, f"unclosed {page.stack}"
    assert page.csp and "script-src 'none'" in page.csp and "default-src 'none'" in page.csp
    doc = json.loads(subprocess.run([ws, "analyze", text_path], capture_output=True,
                                    check=True).stdout)
    raw = open(text_path, "rb").read().decode("utf-8", "surrogateescape")
    want = norm(raw[doc["body_start"]:])
    got = norm("".join(page.article))
    assert got == want, "article text differs"
    assert page.ids == {f"a{i}" for i in range(len(doc["attributions"]))}
    assert set(page.hrefs) <= page.ids
    print(f"ok: {page_path}: {len(page.ids)} attributions, {len(page.hrefs)} links")


if __name__ == "__main__":
    main()
