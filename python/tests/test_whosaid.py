"""Tests of the Python binding, against the library named by
WHOSAID_LIBRARY (and, for Store, the whosaid tool named by WHOSAID_BIN).
usage: WHOSAID_LIBRARY=build/libwhosaid.so WHOSAID_BIN=build/whosaid \
       python3 -m unittest discover -s python/tests"""
import json
import os
import subprocess
import sys
import tempfile
import threading
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import whosaid  # noqa: E402

ARTICLE = ("Harbor board delays dredging vote\n\n"
           "\"We are not saying no. We are saying not yet,\" board chair Helen Ostrander "
           "told reporters on Tuesday.\n\n"
           "Tom Reyes, a fisherman, said the delay would cost him his season.\n\n"
           "\u201cMy boat sat on the mud twice this spring,\u201d Reyes said.\n")


class Analyze(unittest.TestCase):
    def test_version(self):
        self.assertEqual(whosaid.version(), whosaid.__version__)

    def test_fields_are_the_json_names(self):
        doc = whosaid.analyze(ARTICLE, date="2026-05-12", outlet="Lakeside Ledger", id="harbor")
        self.assertEqual((doc.id, doc.outlet, doc.date), ("harbor", "Lakeside Ledger", "2026-05-12"))
        self.assertGreaterEqual(len(doc.attributions), 3)
        speakers = {a.source.canonical for a in doc.attributions if a.source}
        self.assertIn("Helen Ostrander", speakers)
        self.assertIn("Tom Reyes", speakers)
        for a in doc.attributions:
            self.assertIn(a.content.kind, ("direct", "indirect", "mixed"))
            if a.cue:
                self.assertIsInstance(a.cue.lemma, str)
        self.assertIsInstance(doc.entities, list)
        self.assertIn("profile", doc.framing)

    def test_spans_slice_the_python_string(self):
        # code-point offsets: a curly quote and an accented name before
        text = "\u201cOui,\u201d dit Zo\u00e9. " + ARTICLE
        doc = whosaid.analyze(text)
        self.assertTrue(doc.attributions)
        for a in doc.attributions:
            for part in (a.source, a.cue, a.content):
                if part:
                    got = " ".join(text[s:e] for s, e in part.spans)
                    self.assertEqual(got, part.text)

    def test_same_as_the_command_line(self):
        ws = os.environ.get("WHOSAID_BIN")
        if not ws:
            self.skipTest("WHOSAID_BIN not set")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "a.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(ARTICLE)
            cli = json.loads(subprocess.run([ws, "analyze", path], capture_output=True,
                                            check=True).stdout)
        doc = whosaid.analyze(ARTICLE, id="a", header=True)
        self.assertEqual(doc.to_dict(), cli)
        self.assertEqual(doc.text, ARTICLE)

    def test_many_in_threads_equals_one_by_one(self):
        texts = [ARTICLE.replace("Tuesday", day) for day in
                 ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")] * 4
        one = [whosaid.analyze(t).to_dict() for t in texts]
        many = [d.to_dict() for d in whosaid.analyze_many(texts, threads=4)]
        self.assertEqual(one, many)
        dicts = whosaid.analyze_many([{"text": t, "outlet": "X", "id": str(i)}
                                      for i, t in enumerate(texts[:3])], threads=2)
        self.assertEqual([d.id for d in dicts], ["0", "1", "2"])

    def test_to_records(self):
        docs = whosaid.analyze_many([{"text": ARTICLE, "id": "a", "outlet": "O"},
                                     {"text": ARTICLE, "id": "b"}], threads=2)
        rows = whosaid.to_records(docs)
        n = len(docs[0].attributions)
        self.assertEqual(len(rows), 2 * n)
        self.assertEqual({r["doc"] for r in rows}, {"a", "b"})
        r = next(r for r in rows if r["speaker"] == "Tom Reyes")
        self.assertEqual(ARTICLE[r["content_start"]:r["content_end"]].split()[0],
                         r["content"].split()[0])
        for key in ("speaker", "source_type", "gender", "cue_lemma", "cue_class", "kind",
                    "content", "inferred", "confidence"):
            self.assertIn(key, r)
        self.assertTrue(all(0 < r["confidence"] <= 1 for r in rows))

    def test_min_confidence(self):
        text = "The mayor seemed unconcerned about the deficit during the meeting.\n\n" + ARTICLE
        every = whosaid.analyze(text, min_confidence=0).attributions
        default = whosaid.analyze(text).attributions
        # a floor above the default leaves some attribution out, whatever the model
        high = whosaid.analyze(text, min_confidence=0.8).attributions
        self.assertLess(len(high), len(every))
        self.assertLessEqual(len(default), len(every))
        self.assertTrue(all(a["confidence"] >= 0.25 or a["content"]["kind"] != "indirect"
                            for a in default))
        self.assertTrue(all(a["confidence"] >= 0.8 or a["content"]["kind"] != "indirect"
                            for a in high))
        with self.assertRaises(ValueError):
            whosaid.analyze(text, min_confidence=2)

    def test_bad_input_is_no_crash(self):
        doc = whosaid.analyze(b"\xff\xfe caf\xc3 \x00 said \"x\"")
        self.assertIsInstance(doc.attributions, list)
        self.assertEqual(whosaid.analyze("").attributions, [])


class StoreQueries(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        ws = os.environ.get("WHOSAID_BIN")
        if not ws:
            raise unittest.SkipTest("WHOSAID_BIN not set")
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.tmp.name, "c.db")
        src = os.path.join(cls.tmp.name, "c.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for i, outlet in enumerate(("Harbor Times", "Valley Post")):
                f.write(json.dumps({"id": f"d{i}", "outlet": outlet, "date": f"2026-05-1{i}",
                                    "text": ARTICLE}) + "\n")
        subprocess.run([ws, "ingest", "--quiet", "--db", cls.db, src], check=True)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_queries_return_rows(self):
        with whosaid.Store(self.db) as st:
            rows = st.speaker("Reyes")
            self.assertTrue(rows)
            self.assertTrue(all(r["speaker"] == "Tom Reyes" for r in rows))
            self.assertEqual({r["outlet"] for r in rows}, {"Harbor Times", "Valley Post"})
            self.assertTrue(st.aliases("Tom Reyes"))
            self.assertEqual({r["outlet"] for r in st.profile()}, {"Harbor Times", "Valley Post"})
            self.assertTrue(st.search("mud"))
            self.assertEqual(st.speaker("Nobody Atall"), [])

    def test_errors_are_exceptions(self):
        with self.assertRaises(whosaid.Error):
            whosaid.Store(os.path.join(self.tmp.name, "missing.db"))
        with whosaid.Store(self.db) as st:
            with self.assertRaises(whosaid.Error) as e:
                st.search('"unbalanced')
            self.assertIn("FTS5", str(e.exception))
            with self.assertRaises(whosaid.Error):
                st.query("no-such-question")

    def test_store_from_threads(self):
        # one store per thread (the library's rule)
        out = []

        def run():
            with whosaid.Store(self.db) as st:
                out.append(len(st.speaker("Ostrander")))
        ts = [threading.Thread(target=run) for _ in range(4)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        self.assertEqual(len(set(out)), 1)
        self.assertGreater(out[0], 0)


if __name__ == "__main__":
    unittest.main()
