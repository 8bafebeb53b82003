"""whosaid: who said what in news articles, from Python.

A binding over libwhosaid (the C library) with ctypes from the standard
library: no compiled extension.  The library is found by the environment
variable WHOSAID_LIBRARY (a path to libwhosaid.so), else where the system
finds libraries (ctypes.util.find_library, libwhosaid.so.0).

    import whosaid
    doc = whosaid.analyze(text, date="2024-03-15", outlet="Harbor Times")
    for a in doc.attributions:
        print(a.source.canonical if a.source else None, a.cue.lemma if a.cue else None,
              a.content.text)
    rows = whosaid.to_records(whosaid.analyze_many(texts, threads=4))
    # pandas.DataFrame(rows)
    with whosaid.Store("corpus.db") as st:
        st.speaker("Mike Pence")

Documents, attributions, entities, times and framing are plain Python
objects with the names of the JSON output (docs/json-schema.md); spans are
[start, end) code points, so text[start:end] is the span in Python.
Threads: one model serves many documents at once; analyze_many runs the C
analysis in native threads (ctypes releases the GIL during the call)."""
import ctypes
import ctypes.util
import json
import os
from concurrent.futures import ThreadPoolExecutor

__all__ = ["analyze", "analyze_many", "to_records", "Store", "Document", "Record", "Error",
           "version"]
__version__ = "0.4.0"


class Error(Exception):
    """A failure the library reported: .code (negative ws_status), .message."""

    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code
        self.message = message


class _Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("message", ctypes.c_char * 200),
                ("line", ctypes.c_size_t), ("byte", ctypes.c_size_t)]


class _Meta(ctypes.Structure):
    _fields_ = [("id", ctypes.c_char_p), ("title", ctypes.c_char_p), ("date", ctypes.c_char_p),
                ("outlet", ctypes.c_char_p), ("url", ctypes.c_char_p)]


class _Buf(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("len", ctypes.c_size_t), ("cap", ctypes.c_size_t)]


_lib = None


def _load():
    global _lib
    if _lib is not None:
        return _lib
    names = []
    if os.environ.get("WHOSAID_LIBRARY"):
        names.append(os.environ["WHOSAID_LIBRARY"])
    found = ctypes.util.find_library("whosaid")
    if found:
        names.append(found)
    names.append("libwhosaid.so.0")
    last = None
    for name in names:
        try:
            lib = ctypes.CDLL(name)
            break
        except OSError as e:
            last = e
    else:
        raise Error(f"libwhosaid not found ({last}); install it (cmake --install) or set "
                    "WHOSAID_LIBRARY to the path of libwhosaid.so")
    P, S, I = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int
    E, B = ctypes.POINTER(_Error), ctypes.POINTER(_Buf)
    sigs = {
        "ws_version": (ctypes.c_char_p, []),
        "ws_doc_new": (P, [ctypes.c_char_p, S, ctypes.POINTER(_Meta), I, E]),
        "ws_doc_free": (None, [P]),
        "ws_model_default": (P, []),
        "ws_analyze": (I, [P, P, E]),
        "ws_doc_set_min_confidence": (None, [P, ctypes.c_double]),
        "ws_render_json": (I, [P, B]),
        "ws_buf_free": (None, [B]),
        "ws_store_open_readonly": (P, [ctypes.c_char_p, E]),
        "ws_store_close": (None, [P]),
        "ws_store_query": (I, [P, ctypes.c_char_p, ctypes.c_char_p, I, I, B, E]),
    }
    for name, (res, args) in sigs.items():
        f = getattr(lib, name)
        f.restype = res
        f.argtypes = args
    _lib = lib
    return lib


def version():
    """The version of the loaded libwhosaid."""
    return _load().ws_version().decode()


def _fail(err):
    raise Error(err.message.decode("utf-8", "replace"), err.code)


def _take(lib, buf):
    try:
        return ctypes.string_at(buf.data, buf.len).decode("utf-8") if buf.len else ""
    finally:
        lib.ws_buf_free(ctypes.byref(buf))


class Record:
    """A JSON object as a Python object: fields as attributes (a.source.canonical)
    and as items (a["source"]); lists and objects inside are converted too."""

    __slots__ = ("_d",)

    def __init__(self, d):
        object.__setattr__(self, "_d", d)

    def _data(self):
        return self._d

    @staticmethod
    def wrap(v):
        if isinstance(v, dict):
            return Record(v)
        if isinstance(v, list):
            return [Record.wrap(x) for x in v]
        return v

    def __getattr__(self, name):
        try:
            return Record.wrap(self._data()[name])
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name):
        return Record.wrap(self._data()[name])

    def __contains__(self, name):
        return name in self._data()

    def __iter__(self):
        return iter(self._data())

    def keys(self):
        return self._data().keys()

    def to_dict(self):
        """The JSON object as plain dicts and lists."""
        return self._data()

    def __eq__(self, other):
        return isinstance(other, Record) and self._data() == other._data()

    def __repr__(self):
        return f"{type(self).__name__}({self._data()!r})"


class Document(Record):
    """An analysed document: a Record of the JSON output, plus .text.  The
    JSON the library wrote is read into Python objects when a field is
    first used (in the thread that uses it), so that analyze_many spends
    its threads on the analysis."""

    __slots__ = ("_json", "text")

    def __init__(self, js, text):
        Record.__init__(self, None)
        object.__setattr__(self, "_json", js)
        object.__setattr__(self, "text", text)

    def _data(self):
        d = self._d
        if d is None:
            d = json.loads(self._json)
            object.__setattr__(self, "_d", d)
            object.__setattr__(self, "_json", None)
        return d


def _b(s):
    return None if s is None else str(s).encode("utf-8")


def analyze(text, date=None, outlet=None, id=None, title=None, url=None, header=False,
            min_confidence=None):
    """Analyse one article (str or UTF-8 bytes) and return its document: a
    Document: the fields of the JSON output as attributes (attributions,
    entities, times, framing, ...) and .text, the text analysed.  header=True reads
    a leading 'date YYYY-MM-DD (Outlet)' line as whosaid analyze does.
    min_confidence: report only attributions at least this confident (0 to
    1; default the library's, 0.25; 0 keeps every one; quotations are
    always kept), as whosaid analyze --min-confidence."""
    lib = _load()
    raw = text if isinstance(text, bytes) else str(text).encode("utf-8")
    meta = _Meta(_b(id), _b(title), _b(date), _b(outlet), _b(url))
    err = _Error()
    doc = lib.ws_doc_new(raw, len(raw), ctypes.byref(meta), 1 if header else 0, ctypes.byref(err))
    if not doc:
        _fail(err)
    try:
        if min_confidence is not None:
            if not 0 <= float(min_confidence) <= 1:
                raise ValueError("min_confidence must be from 0 to 1")
            lib.ws_doc_set_min_confidence(doc, float(min_confidence))
        if lib.ws_analyze(doc, lib.ws_model_default(), ctypes.byref(err)) != 0:
            _fail(err)
        buf = _Buf()
        rc = lib.ws_render_json(doc, ctypes.byref(buf))
        try:  # bytes: json.loads decodes them when the document is first read
            out = ctypes.string_at(buf.data, buf.len) if buf.len else b"{}"
        finally:
            lib.ws_buf_free(ctypes.byref(buf))
        if rc != 0:
            raise Error("rendering the document failed", rc)
    finally:
        lib.ws_doc_free(doc)
    return Document(out, raw.decode("utf-8", "replace"))


def _one(item):
    if isinstance(item, dict):
        return analyze(**item)
    return analyze(item)


def analyze_many(items, threads=None):
    """Analyse many articles in native threads; returns their documents in
    order.  Each item is a text or a dict of analyze()'s arguments
    (text, date, outlet, id, ...).  threads: how many (default: CPUs)."""
    items = list(items)
    n = threads or os.cpu_count() or 1
    if n <= 1 or len(items) <= 1:
        return [_one(x) for x in items]
    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(_one, items))


def _span(part):
    if not part or not part.get("spans"):
        return None, None
    return part["spans"][0][0], part["spans"][-1][1]


def to_records(docs):
    """One flat dict per attribution of a document or documents, for
    pandas.DataFrame(...): document id, outlet and date; speaker, source
    text, type, gender, role, organisation; cue text, lemma and class;
    content text and kind; inferred, parent, channel, second_hand,
    confidence; and the first and last code point of each part."""
    if isinstance(docs, Record):
        docs = [docs]
    rows = []
    for doc in docs:
        d = doc.to_dict() if isinstance(doc, Record) else doc
        for a in d["attributions"]:
            src, cue, con = a.get("source") or {}, a.get("cue") or {}, a.get("content") or {}
            s0, s1 = _span(src)
            c0, c1 = _span(cue)
            t0, t1 = _span(con)
            rows.append({
                "doc": d.get("id"), "outlet": d.get("outlet"), "date": d.get("date"),
                "attribution": a["id"], "speaker": src.get("canonical"),
                "source": src.get("text"), "source_type": src.get("type"),
                "gender": src.get("gender"), "role": src.get("role"),
                "organization": src.get("organization"), "cue": cue.get("text"),
                "cue_lemma": cue.get("lemma"), "cue_class": cue.get("class"),
                "content": con.get("text"), "kind": con.get("kind"),
                "inferred": a.get("inferred", False), "parent": a.get("parent"),
                "channel": a.get("channel"), "second_hand": a.get("second_hand"),
                "confidence": a.get("confidence"),
                "source_start": s0, "source_end": s1, "cue_start": c0, "cue_end": c1,
                "content_start": t0, "content_end": t1,
            })
    return rows


class Store:
    """A corpus store made by 'whosaid ingest', opened read-only.  Each
    query of 'whosaid query' is a method returning a list of dicts (one per
    row, the columns of the query):

        speaker(name), aliases(name), identity(name), suggest(name),
        search(fts_query), articles(fts_query), clusters(min_outlets=2),
        cluster(number), speakers(outlet=None), profile()

    limit caps the rows (default 50)."""

    def __init__(self, path):
        self._lib = _load()
        err = _Error()
        self._st = self._lib.ws_store_open_readonly(os.fsencode(path), ctypes.byref(err))
        if not self._st:
            _fail(err)

    def close(self):
        if self._st:
            self._lib.ws_store_close(self._st)
            self._st = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def query(self, what, arg=None, limit=50):
        """Any query by name (as 'whosaid query WHAT ARG')."""
        if not self._st:
            raise Error("the store is closed")
        buf, err = _Buf(), _Error()
        rc = self._lib.ws_store_query(self._st, what.encode(), _b(arg), int(limit), 1,
                                      ctypes.byref(buf), ctypes.byref(err))
        out = _take(self._lib, buf)
        if rc != 0:
            _fail(err)
        return json.loads(out)

    def speaker(self, name, limit=50):
        return self.query("speaker", name, limit)

    def aliases(self, name, limit=50):
        return self.query("aliases", name, limit)

    def identity(self, name, limit=50):
        return self.query("identity", name, limit)

    def suggest(self, name, limit=50):
        return self.query("suggest", name, limit)

    def search(self, q, limit=50):
        return self.query("search", q, limit)

    def articles(self, q, limit=50):
        return self.query("articles", q, limit)

    def clusters(self, min_outlets=2, limit=50):
        return self.query("clusters", str(min_outlets), limit)

    def cluster(self, number, limit=50):
        return self.query("cluster", str(number), limit)

    def speakers(self, outlet=None, limit=50):
        return self.query("speakers", outlet, limit)

    def profile(self, limit=50):
        return self.query("profile", None, limit)
