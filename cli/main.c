/* main.c — the whosaid command line, a thin layer over whosaid.h:
 * argument parsing, file and directory walking, output streams. */
#include "serve.h"
#include <whosaid.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char *prog = "whosaid";

static const char usage_main[] =
    "usage: whosaid COMMAND [options]\n"
    "\n"
    "Find attributions (who said what) in news articles.\n"
    "\n"
    "commands:\n"
    "  analyze   find attributions in articles; JSON Lines or brat output\n"
    "  eval      score predictions against gold brat annotations\n"
    "  train     train the tagger model from brat-annotated articles\n"
    "  train-parser  train the dependency parser from CoNLL-U parses\n"
    "  parse-eval    score the dependency parser against CoNLL-U parses\n"
    "  profile   per-outlet table of sourcing and cue classes over many articles\n"
    "  ingest    analyse articles into an SQLite corpus store (parallel)\n"
    "  query     ask the corpus store: speakers, search, quote clusters, profiles\n"
    "  identity  correct the store's speaker identities (join, split)\n"
    "  serve     the store as pages in a browser (articles, speakers, outlets)\n"
    "\n"
    "  help CMD  a command's options (also 'whosaid CMD --help')\n"
    "  version   print the version (also --version)\n"
    "\n"
    "Options take their value as '--opt value' or '--opt=value'.\n"
    "\n"
    "exit status:\n"
    "  0  done\n"
    "  1  an input, the store or an output file failed (reported as FILE:LINE;\n"
    "     the other inputs were still processed)\n"
    "  2  usage: an unknown command or option, a missing or malformed value\n"
    "  3  out of memory, or standard output could not be written\n";

static const char usage_analyze[] =
    "usage: whosaid analyze [options] FILE...\n"
    "\n"
    "Analyse each FILE ('-' for standard input; a directory stands for its\n"
    "*.txt and *.jsonl files, in name order) and write one JSON object\n"
    "per document to standard output (JSON Lines; docs/json-schema.md).\n"
    "A plain-text file is one document; a leading 'date YYYY-MM-DD (Outlet)'\n"
    "header sets its date and outlet.  Spans are [start, end) code points\n"
    "into the text exactly as read, header included.\n"
    "\n"
    "options:\n"
    "  --input FORMAT   text (default; .jsonl files are read as jsonl) or jsonl:\n"
    "                   one JSON object per line with string fields id,\n"
    "                   title, text, date, outlet, url (all optional; a record\n"
    "                   without an id is named FILE:LINE, or stdin:LINE)\n"
    "  --format FORMAT  json (default), tsv (one attribution a row after a\n"
    "                   header line; docs/tsv.md), brat, html (with --out:\n"
    "                   DIR/NAME.html, one self-contained page per document),\n"
    "                   or conllu (every sentence's dependency tree: Penn tag,\n"
    "                   head, label, Offset=START-END; no attributions)\n"
    "  --out DIR        with --format brat: write DIR/NAME.ann and NAME.txt,\n"
    "                   NAME being the file name without .txt, or the\n"
    "                   record's id, and DIR/annotation.conf and visual.conf:\n"
    "                   brat or INCEpTION opens DIR as it is\n"
    "  --model FILE     use this model instead of the built-in one\n"
    "  --min-confidence P  report only attributions whose confidence is at\n"
    "                   least P, from 0 (every one) to 1 (default 0.25:\n"
    "                   under it fewer than one in four is right)\n"
    "  --max-record SIZE  longest JSON line or text file, e.g. 512K, 64M\n"
    "                   (default 64M); a longer one is reported and skipped\n"
    "  -r, --recursive  a directory stands for the files of its subdirectories\n"
    "                   too (symbolic links to directories are not followed)\n"
    "  -h, --help       show this help\n"
    "\n"
    "A file that cannot be read or a malformed record is reported on\n"
    "standard error as FILE:LINE: message; the other inputs are still\n"
    "processed and the exit status is 1.\n";

static const char usage_eval[] =
    "usage: whosaid eval --gold DIR --text DIR [--pred DIR] [--json]\n"
    "\n"
    "Score attributions against gold brat annotations (PolNeAR layout).\n"
    "Each gold DIR/NAME[_ANNOTATOR].ann is paired with text DIR/NAME.txt;\n"
    "where an article has several gold files the alphabetically first is\n"
    "used.  Without --pred the articles are analysed now; with it,\n"
    "predictions are read from DIR/NAME.ann (a missing file counts as no\n"
    "predictions).  Prints precision, recall and F1 for Source, Cue,\n"
    "Content and linked attributions under exact-span and overlap matching.\n"
    "\n"
    "options:\n"
    "  --gold DIR    gold .ann files\n"
    "  --text DIR    article .txt files\n"
    "  --pred DIR    predicted .ann files (default: analyse the texts)\n"
    "  --model FILE  model for the analysis (default: built-in)\n"
    "  --min-confidence P\n"
    "                analyse keeping only attributions whose confidence is\n"
    "                at least P (default 0.25, as 'analyze'; 0: every one);\n"
    "                files read with --pred are scored as they are\n"
    "  --json        print the figures as one JSON object\n"
    "  -h, --help    show this help\n";

static const char usage_train[] =
    "usage: whosaid train --gold DIR --text DIR --out FILE [--conllu DIR]\n"
    "                     [--parser FILE] [--classes FILE] [--epochs N] [--bits B]\n"
    "                     [--stack K] [--margin M[,M2]] [--seed S]\n"
    "\n"
    "Train the attribution tagger (averaged structured perceptron) on\n"
    "brat-annotated articles laid out as for 'eval' and write a model file\n"
    "(docs/model-format.md).  Training is deterministic.\n"
    "\n"
    "options:\n"
    "  --gold DIR    gold .ann files\n"
    "  --text DIR    article .txt files\n"
    "  --out FILE    where to write the model\n"
    "  --conllu DIR  CoNLL-U parses (*.conllu) whose Penn tags build the\n"
    "                model's tag lexicon (recommended)\n"
    "  --parser FILE give the tagger features of this parser's trees; the\n"
    "                model then parses as it analyses, with the built-in\n"
    "                parser (data/parser.bin), so train with that file\n"
    "  --classes FILE\n"
    "                WordNet's classes of word forms, read as tagger features\n"
    "                (scripts/mine-word-classes.py makes them; recommended)\n"
    "  --epochs N    passes over the data (default 10)\n"
    "  --bits B      feature table of 2^B rows, 10..24 (default 18)\n"
    "  --stack K     add a second stage that reads the first stage's labels\n"
    "                (stacking): K first stages, each trained without one\n"
    "                K-th of the articles, label that K-th for the second\n"
    "                stage to learn from; K+2 trainings in all.  0 (the\n"
    "                default): one stage.  The built-in model uses 4\n"
    "  --margin M[,M2]\n"
    "                learn with a margin: while training, every label but\n"
    "                a token's gold one scores M more (one feature's update\n"
    "                is 1), so the gold label must win by M; with M2, M is\n"
    "                stage one's and M2 stage two's (--stack); 0..100000,\n"
    "                default 0, as for the built-in model\n"
    "  --seed S      shuffle the articles' order between passes from seed\n"
    "                S (0..4294967295; default the built-in model's): another\n"
    "                seed trains a model as good within training's noise,\n"
    "                which is how that noise is measured\n"
    "  -h, --help    show this help\n";

/* ---- small helpers ---- */

typedef struct strlist {
  char **v;
  size_t n, cap;
} strlist;

static void die_oom(void) {
  fprintf(stderr, "%s: out of memory\n", prog);
  exit(3);
}

static void die_write(void) {
  fprintf(stderr, "%s: write error on standard output\n", prog);
  exit(3);
}

/* a rendered buffer to standard output (none at all for no bytes: fwrite
 * takes no null pointer, even for nothing) */
static void put_buf(const ws_buf *b) {
  if (b->len && fwrite(b->data, 1, b->len, stdout) != b->len) die_write();
}

static void sl_push(strlist *l, const char *s) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->v = realloc(l->v, l->cap * sizeof *l->v);
    if (!l->v) die_oom();
  }
  l->v[l->n] = strdup(s);
  if (!l->v[l->n]) die_oom();
  l->n++;
}

static void sl_free(strlist *l) {
  for (size_t i = 0; i < l->n; i++) free(l->v[i]);
  free(l->v);
}

/* in byte order (an empty list has no array to give qsort) */
/* longest record (--max-record): a JSON line, or a whole text file */
static size_t max_record = WS_MAX_RECORD_DEFAULT;

/* A whole file into `out` (at most --max-record bytes, through the
 * library's reader); 0, or -1 with read_error() saying why. */
static char read_msg[sizeof ((ws_error *)0)->message];
static const char *read_error(void) { return read_msg; }

static int read_all(const char *path, ws_buf *out) {
  ws_error err = {0};
  ws_record rec;
  ws_input *in = ws_input_open(path, 0, max_record, &err);
  int ok = in && ws_input_next(in, &rec, &err) == 1;
  if (ok) {
    char *p = realloc(out->data, rec.len + 1);
    if (!p) die_oom();
    memcpy(p, rec.data, rec.len);
    p[rec.len] = 0;
    out->data = p;
    out->len = rec.len;
    out->cap = rec.len + 1;
  } else {
    snprintf(read_msg, sizeof read_msg, "%s", err.message);
  }
  ws_input_close(in);
  return ok ? 0 : -1;
}

static int write_file(const char *path, const char *data, size_t len) {
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  size_t k = len ? fwrite(data, 1, len, f) : 0;
  if (fclose(f) || k != len) return -1;
  return 0;
}

/* Names safe to use as file names: keep [A-Za-z0-9._-], map the rest. */
static char *safe_name(const char *id) {
  size_t n = strlen(id);
  char *s = malloc(n + 1);
  if (!s) die_oom();
  for (size_t i = 0; i < n; i++) {
    char c = id[i];
    int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
             (c >= '0' && c <= '9') || c == '-' || c == '_' || (c == '.' && i > 0);
    s[i] = ok ? c : '_';
  }
  s[n] = 0;
  return s;
}

/* A set of names (open addressing), so that brat files are never
 * overwritten: "a/b" and "a_b" both make "a_b". */
typedef struct nameset {
  char **v;
  size_t n, cap;
} nameset;

static size_t name_hash(const char *s) {
  size_t h = 1469598103934665603u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
  return h;
}

/* 1 if `s` was there; else adds a copy and returns 0 */
static int nameset_add(nameset *t, const char *s) {
  if (2 * (t->n + 1) > t->cap) {
    size_t cap = t->cap ? 2 * t->cap : 1024;
    char **v = calloc(cap, sizeof *v);
    if (!v) die_oom();
    for (size_t i = 0; i < t->cap; i++)
      if (t->v[i]) {
        size_t h = name_hash(t->v[i]) & (cap - 1);
        while (v[h]) h = (h + 1) & (cap - 1);
        v[h] = t->v[i];
      }
    free(t->v);
    t->v = v;
    t->cap = cap;
  }
  size_t h = name_hash(s) & (t->cap - 1);
  for (; t->v[h]; h = (h + 1) & (t->cap - 1))
    if (!strcmp(t->v[h], s)) return 1;
  if (!(t->v[h] = strdup(s))) die_oom();
  t->n++;
  return 0;
}

static void nameset_free(nameset *t) {
  for (size_t i = 0; i < t->cap; i++) free(t->v[i]);
  free(t->v);
}

/* A file name for `name` not used before in this run: NAME, else NAME-2,
 * NAME-3...; an empty name is "doc".  Caller frees. */
static char *unique_name(nameset *t, const char *name) {
  const char *base = *name ? name : "doc";
  size_t n = strlen(base) + 24;
  char *u = malloc(n);
  if (!u) die_oom();
  snprintf(u, n, "%s", base);
  for (unsigned long k = 2; nameset_add(t, u); k++) snprintf(u, n, "%s-%lu", base, k);
  return u;
}

/* ---- analyze ---- */

/* per-outlet totals for `profile` */
typedef struct analyze_opts {
  int jsonl;      /* -1 auto */
  int brat, tsv, html, conllu;
  const char *out;
  nameset *names; /* brat files written so far */
  const ws_model *model;
  ws_profiles *prof;   /* `profile`: aggregate instead of printing */
  const ws_metadata *meta;
  double min_conf;     /* --min-confidence */
} analyze_opts;

/* annotation.conf and visual.conf in a brat output folder; 1 on failure */
static int write_brat_conf(const char *dir) {
  ws_buf a = {0}, v = {0};
  if (ws_render_brat_conf(&a, &v) != WS_OK) die_oom();
  int rc = 0;
  const char *names[2] = {"annotation.conf", "visual.conf"};
  ws_buf *bufs[2] = {&a, &v};
  for (int k = 0; k < 2; k++) {
    size_t pn = strlen(dir) + strlen(names[k]) + 2;
    char *path = malloc(pn);
    if (!path) die_oom();
    snprintf(path, pn, "%s/%s", dir, names[k]);
    if (write_file(path, bufs[k]->data, bufs[k]->len)) {
      fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
      rc = 1;
    }
    free(path);
  }
  ws_buf_free(&a);
  ws_buf_free(&v);
  return rc;
}

static int emit(ws_doc *doc, const analyze_opts *o, const char *name,
                int write_txt, const char *src) {
  ws_error err = {0};
  if (ws_doc_warning(doc)) fprintf(stderr, "%s: %s: warning: %s\n", prog, src, ws_doc_warning(doc));
  /* conllu: trees only, no analysis */
  ws_doc_set_min_confidence(doc, o->min_conf);
  if (!o->conllu && ws_analyze(doc, o->model, &err) != WS_OK) {
    fprintf(stderr, "%s: %s: %s\n", prog, src, err.message);
    return 1;
  }
  ws_buf b = {0};
  int rc = 0;
  if (o->prof) {
    if (ws_profiles_add(o->prof, doc, o->meta) != WS_OK) die_oom();
  } else if (!o->brat && !o->html) {
    ws_status st = o->conllu ? ws_render_conllu(doc, &b)
                   : o->tsv  ? ws_render_tsv(doc, &b)
                             : ws_render_json(doc, &b);
    if (st == WS_ERR_NOMEM) die_oom();
    if (st != WS_OK) { /* only conllu: the built-in parser is unreadable */
      fprintf(stderr, "%s: %s: the built-in parser cannot be read\n", prog, src);
      ws_buf_free(&b);
      return 1;
    }
    int newline = !o->tsv && !o->conllu; /* JSON Lines end each record */
    put_buf(&b); /* (a document with no rows renders nothing) */
    if (newline && fputc('\n', stdout) == EOF) die_write();
  } else {
    if ((o->html ? ws_render_html(doc, &b) : ws_render_brat(doc, &b)) != WS_OK) die_oom();
    const char *ext = o->html ? ".html" : ".ann";
    char *uname = unique_name(o->names, name);
    if (strcmp(uname, name))
      fprintf(stderr, "%s: %s: written as %s%s (the name '%s' was taken or empty)\n", prog, src,
              uname, ext, name);
    name = uname;
    size_t pn = strlen(o->out) + strlen(name) + 8;
    char *path = malloc(pn);
    if (!path) die_oom();
    snprintf(path, pn, "%s/%s%s", o->out, name, ext);
    if (write_file(path, b.data ? b.data : "", b.len)) {
      fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
      rc = 1;
    }
    if (write_txt && o->brat) {
      size_t len;
      const char *text = ws_doc_text(doc, &len);
      snprintf(path, pn, "%s/%s.txt", o->out, name);
      if (write_file(path, text, len)) {
        fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
        rc = 1;
      }
    }
    free(path);
    free(uname);
  }
  ws_buf_free(&b);
  return rc;
}

typedef int (*record_fn)(void *ctx, const ws_record *rec);

/* Every record of every input to `fn`.  What cannot be read (a missing
 * file, a record over --max-record, a read error) is reported as
 * FILE:LINE and the rest still goes to `fn`.  Returns 1 when anything
 * was reported. */
static int each_record(const strlist *files, int jsonl, record_fn fn, void *ctx) {
  int rc = 0;
  for (size_t i = 0; i < files->n; i++) {
    const char *path = files->v[i];
    ws_error err = {0};
    ws_input *in = ws_input_open(path, jsonl, max_record, &err);
    if (!in) {
      if (err.code == WS_ERR_NOMEM) die_oom();
      fprintf(stderr, "%s: %s:1: %s\n", prog, path, err.message);
      rc = 1;
      continue;
    }
    ws_record rec;
    int k;
    while ((k = ws_input_next(in, &rec, &err)) != 0) {
      if (k < 0) {
        fprintf(stderr, "%s: %s:%zu: %s\n", prog, path, err.line ? err.line : 1, err.message);
        rc = 1;
      } else {
        rc |= fn(ctx, &rec);
      }
    }
    ws_input_close(in);
  }
  return rc;
}

static int analyze_record(void *ctx, const ws_record *rec) {
  const analyze_opts *o = ctx;
  ws_error err = {0};
  ws_doc *doc = ws_record_doc(rec, o->meta, &err);
  if (!doc) {
    if (err.code == WS_ERR_NOMEM) die_oom();
    fprintf(stderr, "%s: %s:%zu: %s\n", prog, rec->path, err.line ? err.line : 1, err.message);
    return 1;
  }
  /* a text's name is its file's; a JSON record's id is made safe */
  char *name = rec->jsonl ? safe_name(ws_doc_id(doc)) : strdup(ws_doc_id(doc));
  if (!name) die_oom();
  char where[4200];
  /* brat needs the text beside the .ann: jsonl texts are written out */
  int rc = emit(doc, o, name, 1, ws_record_where(rec, where, sizeof where));
  free(name);
  ws_doc_free(doc);
  return rc;
}

static int need_arg(int i, int argc, char **argv) {
  if (i + 1 >= argc) {
    fprintf(stderr, "%s: option %s needs a value\n", prog, argv[i]);
    return 0;
  }
  return 1;
}

/* An option `cmd` does not know: said, exit status 2. */
static int unknown_option(const char *cmd, const char *a) {
  fprintf(stderr, "%s: unknown option '%s' (see 'whosaid %s --help')\n", prog, a, cmd);
  return 2;
}

/* No document to read: when the inputs were only empty directories
 * (rc != 0) that was said already, else say what is needed (status 2). */
static int no_inputs(int rc, const char *need, const char *usage) {
  if (rc) return rc;
  fprintf(stderr, "%s: %s\n%s", prog, need, usage);
  return 2;
}

/* A whole number from lo to hi for option `opt`; -1 (with a message)
 * otherwise. */
static long int_option(const char *opt, const char *v, long lo, long hi) {
  char *end;
  long n = strtol(v, &end, 10);
  if (!*v || *end || n < lo || n > hi) {
    fprintf(stderr, "%s: %s must be a number from %ld to %ld\n", prog, opt, lo, hi);
    return -1;
  }
  return n;
}

/* --min-confidence P: a number from 0 to 1; -1 (with a message)
 * otherwise. */
static double prob_option(const char *opt, const char *v) {
  char *end;
  errno = 0;
  double p = strtod(v, &end);
  if (!*v || *end || errno || !(p >= 0 && p <= 1)) {
    fprintf(stderr, "%s: %s must be a number from 0 to 1\n", prog, opt);
    return -1;
  }
  return p;
}

/* --max-record SIZE: bytes, with an optional K, M or G (binary units);
 * 0 (with a message) when malformed. */
static size_t size_option(const char *opt, const char *v) {
  char *end;
  errno = 0;
  unsigned long long n = strtoull(v, &end, 10);
  unsigned shift = 0;
  if (*end == 'K' || *end == 'k') shift = 10, end++;
  else if (*end == 'M' || *end == 'm') shift = 20, end++;
  else if (*end == 'G' || *end == 'g') shift = 30, end++;
  if (!*v || *v == '-' || *end || errno || n == 0 || n > (SIZE_MAX >> 31) >> shift) {
    fprintf(stderr, "%s: %s must be a size such as 1000000, 512K, 64M or 1G\n", prog, opt);
    return 0;
  }
  return (size_t)(n << shift);
}

/* --input FORMAT: 1 jsonl, 0 text; -1 (with a message) otherwise */
static int input_format(const char *v) {
  if (strcmp(v, "jsonl") == 0) return 1;
  if (strcmp(v, "text") == 0) return 0;
  fprintf(stderr, "%s: --input must be text or jsonl, not '%s'\n", prog, v);
  return -1;
}

static const ws_model *get_model(const char *path, ws_model **owned) {
  *owned = NULL;
  if (!path) {
    const ws_model *m = ws_model_default();
    if (!m) fprintf(stderr, "%s: this build has no model; train one with 'whosaid train' and pass --model\n", prog);
    return m;
  }
  ws_error err = {0};
  *owned = ws_model_load(path, &err);
  if (!*owned) fprintf(stderr, "%s: %s: %s\n", prog, path, err.message);
  return *owned;
}

static void expand_inputs(const char *a, strlist *files, int *rc);
static void scan_recursive(int *argc, char **argv);

static int cmd_analyze(int argc, char **argv) {
  scan_recursive(&argc, argv);
  nameset names = {0};
  analyze_opts o = {.jsonl = -1, .names = &names, .min_conf = WS_MIN_CONFIDENCE};
  const char *model_path = NULL;
  strlist files = {0};
  int only_files = 0, rc = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
      expand_inputs(a, &files, &rc);
    } else if (strcmp(a, "--") == 0) {
      only_files = 1;
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage_analyze, stdout);
      sl_free(&files);
      return 0;
    } else if (strcmp(a, "--input") == 0) {
      if (!need_arg(i, argc, argv)) return 2;
      if ((o.jsonl = input_format(argv[++i])) < 0) return 2;
    } else if (strcmp(a, "--format") == 0) {
      if (!need_arg(i, argc, argv)) return 2;
      const char *v = argv[++i];
      o.brat = strcmp(v, "brat") == 0;
      o.tsv = strcmp(v, "tsv") == 0;
      o.html = strcmp(v, "html") == 0;
      o.conllu = strcmp(v, "conllu") == 0;
      if (!o.brat && !o.tsv && !o.html && !o.conllu && strcmp(v, "json") != 0) {
        fprintf(stderr, "%s: --format must be json, tsv, brat, html or conllu, not '%s'\n", prog, v);
        return 2;
      }
    } else if (strcmp(a, "--out") == 0) {
      if (!need_arg(i, argc, argv)) return 2;
      o.out = argv[++i];
    } else if (strcmp(a, "--model") == 0) {
      if (!need_arg(i, argc, argv)) return 2;
      model_path = argv[++i];
    } else if (strcmp(a, "--max-record") == 0) {
      if (!need_arg(i, argc, argv)) return 2;
      if (!(max_record = size_option(a, argv[++i]))) return 2;
    } else if (strcmp(a, "--min-confidence") == 0) {
      if (!need_arg(i, argc, argv)) return 2;
      if ((o.min_conf = prob_option(a, argv[++i])) < 0) return 2;
    } else {
      return unknown_option("analyze", a);
    }
  }
  if (!files.n) return no_inputs(rc, "analyze needs FILE... or - for standard input", usage_analyze);
  if ((o.brat || o.html) && !o.out) {
    fprintf(stderr, "%s: --format %s needs --out DIR\n", prog, o.brat ? "brat" : "html");
    sl_free(&files);
    return 2;
  }
  if (o.out) {
    struct stat st;
    if (stat(o.out, &st) != 0 && mkdir(o.out, 0777) != 0) {
      fprintf(stderr, "%s: cannot create %s: %s\n", prog, o.out, strerror(errno));
      sl_free(&files);
      return 1;
    }
  }
  ws_model *owned;
  o.model = get_model(model_path, &owned);
  if (!o.model) {
    sl_free(&files);
    return 1;
  }
  if (o.brat && write_brat_conf(o.out)) rc = 1;
  if (o.tsv) {
    ws_buf h = {0};
    if (ws_render_tsv_header(&h) != WS_OK) die_oom();
    put_buf(&h);
    ws_buf_free(&h);
  }
  rc |= each_record(&files, o.jsonl, analyze_record, &o);
  ws_model_free(owned);
  sl_free(&files);
  nameset_free(&names);
  if (fflush(stdout) == EOF) die_write();
  return rc;
}

/* ---- gold directories (eval, train) ---- */

static char *join(const char *dir, const char *name, const char *ext) {
  size_t n = strlen(dir) + strlen(name) + strlen(ext) + 2;
  char *p = malloc(n);
  if (!p) die_oom();
  snprintf(p, n, "%s/%s%s", dir, name, ext);
  return p;
}

static int parse_dirs(int argc, char **argv, const char *usage, const char **gold,
                      const char **text, const char **pred, const char **model,
                      const char **out, const char **conllu, const char **parser,
                      const char **classes, int *json, int *epochs, int *bits,
                      int *stack, int margin[2], long *seed, double *min_conf) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char **slot = NULL;
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(usage, stdout);
      return 0;
    }
    if (strcmp(a, "--gold") == 0) slot = gold;
    else if (strcmp(a, "--text") == 0) slot = text;
    else if (strcmp(a, "--pred") == 0 && pred) slot = pred;
    else if (strcmp(a, "--model") == 0 && model) slot = model;
    else if (strcmp(a, "--out") == 0 && out) slot = out;
    else if (strcmp(a, "--conllu") == 0 && conllu) slot = conllu;
    else if (strcmp(a, "--parser") == 0 && parser) slot = parser;
    else if (strcmp(a, "--classes") == 0 && classes) slot = classes;
    else if (strcmp(a, "--json") == 0 && json) {
      *json = 1;
      continue;
    } else if (strcmp(a, "--epochs") == 0 && epochs) {
      if (!need_arg(i, argc, argv)) return 2;
      long v = int_option(a, argv[++i], 1, 1000);
      if (v < 0) return 2;
      *epochs = (int)v;
      continue;
    } else if (strcmp(a, "--min-confidence") == 0 && min_conf) {
      if (!need_arg(i, argc, argv)) return 2;
      if ((*min_conf = prob_option(a, argv[++i])) < 0) return 2;
      continue;
    } else if (strcmp(a, "--bits") == 0 && bits) {
      if (!need_arg(i, argc, argv)) return 2;
      long v = int_option(a, argv[++i], 10, 24);
      if (v < 0) return 2;
      *bits = (int)v;
      continue;
    } else if (strcmp(a, "--seed") == 0 && seed) {
      if (!need_arg(i, argc, argv)) return 2;
      if ((*seed = int_option(a, argv[++i], 0, 4294967295L)) < 0) return 2;
      continue;
    } else if (strcmp(a, "--margin") == 0 && margin) {
      if (!need_arg(i, argc, argv)) return 2;
      /* M, or M,M2: stage one's and stage two's */
      char one[16], two[16] = "";
      const char *v = argv[++i], *comma = strchr(v, ',');
      size_t n1 = comma ? (size_t)(comma - v) : strlen(v);
      if (n1 >= sizeof one || (comma && strlen(comma + 1) >= sizeof two)) {
        fprintf(stderr, "%s: --margin must be M or M,M2, each a number from 0 to 100000\n", prog);
        return 2;
      }
      memcpy(one, v, n1);
      one[n1] = 0;
      if (comma) strcpy(two, comma + 1);
      long m1 = int_option(a, one, 0, 100000), m2 = comma ? int_option(a, two, 0, 100000) : m1;
      if (m1 < 0 || m2 < 0) return 2;
      margin[0] = (int)m1;
      margin[1] = (int)m2;
      continue;
    } else if (strcmp(a, "--stack") == 0 && stack) {
      if (!need_arg(i, argc, argv)) return 2;
      long v = int_option(a, argv[++i], 0, 16);
      if (v < 0) return 2;
      if (v == 1) {
        fprintf(stderr, "%s: --stack: 0 (no second stage) or 2 to 16 folds\n", prog);
        return 2;
      }
      *stack = (int)v;
      continue;
    } else {
      fprintf(stderr, "%s: unknown option '%s'\n%s", prog, a, usage);
      return 2;
    }
    if (!need_arg(i, argc, argv)) return 2;
    *slot = argv[++i];
  }
  if (!*gold || !*text || (out && !*out)) {
    fprintf(stderr, "%s: missing a required option\n%s", prog, usage);
    return 2;
  }
  return -1;
}

static int cmd_eval(int argc, char **argv) {
  const char *gold = NULL, *text = NULL, *pred = NULL, *model_path = NULL;
  int json = 0;
  double min_conf = WS_MIN_CONFIDENCE;
  int r = parse_dirs(argc, argv, usage_eval, &gold, &text, &pred, &model_path, NULL,
                     NULL, NULL, NULL, &json, NULL, NULL, NULL, NULL, NULL, &min_conf);
  if (r >= 0) return r;
  size_t np;
  ws_error perr = {0};
  ws_gold_pair *pairs = ws_gold_pairs(gold, text, &np, &perr);
  if (!pairs || !np) {
    if (pairs) fprintf(stderr, "%s: no .ann files in %s\n", prog, gold);
    else fprintf(stderr, "%s: %s\n", prog, perr.message);
    ws_gold_pairs_free(pairs, np);
    return 1;
  }
  ws_model *owned = NULL;
  const ws_model *model = NULL;
  if (!pred) {
    model = get_model(model_path, &owned);
    if (!model) {
      ws_gold_pairs_free(pairs, np);
      return 1;
    }
  }
  ws_eval *ev = ws_eval_new();
  if (!ev) die_oom();
  ws_buf tb = {0}, gb = {0}, pb = {0};
  int rc = 0;
  for (size_t i = 0; i < np; i++) {
    const char *tp = pairs[i].text;
    ws_error err = {0};
    if (read_all(tp, &tb)) {
      fprintf(stderr, "%s: %s: %s\n", prog, tp, read_error());
      rc = 1;
    } else if (read_all(pairs[i].gold, &gb)) {
      fprintf(stderr, "%s: %s: %s\n", prog, pairs[i].gold, read_error());
      rc = 1;
    } else {
      pb.len = 0;
      if (pred) {
        char *pp = join(pred, pairs[i].name, ".ann");
        if (read_all(pp, &pb)) {
          fprintf(stderr, "%s: %s: %s (scored as no predictions)\n", prog, pp, read_error());
          pb.len = 0;
        }
        free(pp);
      } else {
        ws_doc *doc = ws_doc_new(tb.data, tb.len, NULL, 1, &err);
        if (doc) ws_doc_set_min_confidence(doc, min_conf);
        if (!doc || ws_analyze(doc, model, &err) != WS_OK ||
            ws_render_brat(doc, &pb) != WS_OK) {
          fprintf(stderr, "%s: %s: %s\n", prog, tp, err.message);
          rc = 1;
        }
        ws_doc_free(doc);
      }
      if (ws_eval_add(ev, pairs[i].name, tb.data, tb.len, gb.data, gb.len,
                      pb.data ? pb.data : "", pb.len, &err) != WS_OK) {
        fprintf(stderr, "%s: %s:%zu: %s\n", prog, pairs[i].gold, err.line, err.message);
        rc = 1;
      }
    }
  }
  ws_buf out = {0};
  if (ws_eval_report(ev, json, &out) != WS_OK) die_oom();
  put_buf(&out);
  ws_buf_free(&out);
  ws_buf_free(&tb);
  ws_buf_free(&gb);
  ws_buf_free(&pb);
  ws_eval_free(ev);
  ws_model_free(owned);
  ws_gold_pairs_free(pairs, np);
  return rc;
}

static void log_line(void *ud, const char *line) {
  (void)ud;
  fprintf(stderr, "%s\n", line);
}

/* Each DIR's *.conllu file in name order to `fn` (its text); messages say
 * which file failed.  Returns 0, or 1 when any could not be read or used. */
typedef ws_status (*conllu_fn)(void *ctx, const char *text, size_t len, ws_error *err);
static int each_conllu(const char *dir, conllu_fn fn, void *ctx) {
  size_t n;
  ws_error derr = {0};
  char **files = ws_dir_files(dir, ".conllu", &n, &derr);
  if (!files) {
    fprintf(stderr, "%s: %s\n", prog, derr.message);
    return 1;
  }
  if (!n) fprintf(stderr, "%s: %s: no *.conllu files\n", prog, dir);
  int rc = !n;
  ws_buf tb = {0};
  for (size_t i = 0; i < n; i++) {
    const char *fp = files[i];
    ws_error err = {0};
    if (read_all(fp, &tb)) {
      fprintf(stderr, "%s: %s: %s\n", prog, fp, read_error());
      rc = 1;
    } else if (fn(ctx, tb.data, tb.len, &err) != WS_OK) {
      fprintf(stderr, "%s: %s:%zu: %s\n", prog, fp, err.line, err.message);
      rc = 1;
    }
  }
  ws_buf_free(&tb);
  ws_paths_free(files, n);
  return rc;
}

static ws_status add_tags(void *ctx, const char *text, size_t len, ws_error *err) {
  return ws_trainer_add_tags(ctx, text, len, err);
}

static int cmd_train(int argc, char **argv) {
  const char *gold = NULL, *text = NULL, *out = NULL, *conllu = NULL, *parser_path = NULL;
  const char *classes = NULL;
  int epochs = 10, bits = 18;
  int stack = 0, margin[2] = {0, 0};
  long seed = -1;
  int r = parse_dirs(argc, argv, usage_train, &gold, &text, NULL, NULL, &out, &conllu,
                     &parser_path, &classes, NULL, &epochs, &bits, &stack, margin, &seed, NULL);
  if (r >= 0) return r;
  size_t np;
  ws_error gerr = {0};
  ws_gold_pair *pairs = ws_gold_pairs(gold, text, &np, &gerr);
  if (!pairs) {
    fprintf(stderr, "%s: %s\n", prog, gerr.message);
    return 1;
  }
  ws_trainer *tr = ws_trainer_new();
  if (!tr) die_oom();
  ws_trainer_set_bits(tr, (unsigned)bits);
  ws_trainer_set_stack(tr, (unsigned)stack);
  ws_trainer_set_margin(tr, (unsigned)margin[0], (unsigned)margin[1]);
  if (seed >= 0) ws_trainer_set_seed(tr, (uint64_t)seed);
  ws_parser *parser = NULL;
  if (parser_path) {
    ws_error perr = {0};
    parser = ws_parser_load(parser_path, &perr);
    if (!parser) {
      fprintf(stderr, "%s: %s: %s\n", prog, parser_path, perr.message);
      ws_trainer_free(tr);
      ws_gold_pairs_free(pairs, np);
      return 1;
    }
    ws_trainer_set_parser(tr, parser);
  }
  ws_buf tb = {0}, gb = {0};
  int rc = 0;
  if (conllu) rc |= each_conllu(conllu, add_tags, tr);
  int stop = 0; /* a model without its classes would be another model */
  if (classes) {
    ws_error cerr = {0};
    if (read_all(classes, &tb)) {
      fprintf(stderr, "%s: %s: %s\n", prog, classes, read_error());
      stop = 1;
    } else if (ws_trainer_add_classes(tr, tb.data, tb.len, &cerr) != WS_OK) {
      fprintf(stderr, "%s: %s:%zu: %s\n", prog, classes, cerr.line, cerr.message);
      stop = 1;
    }
  }
  for (size_t i = 0; i < np && !stop; i++) {
    const char *tp = pairs[i].text;
    ws_error err = {0};
    if (read_all(tp, &tb) || read_all(pairs[i].gold, &gb)) {
      fprintf(stderr, "%s: %s: %s\n", prog, tp, read_error());
      rc = 1;
    } else if (ws_trainer_add(tr, pairs[i].name, tb.data, tb.len, gb.data, gb.len,
                              &err) != WS_OK) {
      fprintf(stderr, "%s: %s:%zu: %s\n", prog, pairs[i].gold, err.line, err.message);
      rc = 1;
    }
  }
  ws_buf model = {0};
  ws_error err = {0};
  if (!stop) fprintf(stderr, "training on %zu documents, %d epochs\n", np, epochs);
  if (stop) {
    rc = 1; /* nothing trained, nothing written */
  } else if (ws_trainer_run(tr, epochs, &model, log_line, NULL, &err) != WS_OK) {
    fprintf(stderr, "%s: %s\n", prog, err.message);
    rc = 1;
  } else if (write_file(out, model.data, model.len)) {
    fprintf(stderr, "%s: %s: %s\n", prog, out, strerror(errno));
    rc = 1;
  } else {
    fprintf(stderr, "wrote %s (%zu bytes)\n", out, model.len);
  }
  ws_buf_free(&model);
  ws_buf_free(&tb);
  ws_buf_free(&gb);
  ws_trainer_free(tr);
  ws_parser_free(parser);
  ws_gold_pairs_free(pairs, np);
  return rc;
}

static const char usage_profile[] =
    "usage: whosaid profile [options] FILE|DIR...\n"
    "\n"
    "Analyse many documents and print, per outlet, how they source their\n"
    "claims: documents, attributions, the share of attributions with each\n"
    "cue class (doubt, hostile, emotive, factive, concessive, ...), and the\n"
    "shares of anonymous, vague-group, named and second-hand sourcing.\n"
    "A DIR stands for its *.txt and *.jsonl files.  The outlet comes from a\n"
    "document's header or JSONL field, else from --metadata.\n"
    "\n"
    "options:\n"
    "  --input FORMAT   text or jsonl, as for analyze\n"
    "  --metadata TSV   a table with a header row naming columns 'filename'\n"
    "                   (or 'id') and 'outlet' (or 'publisher'): the outlet\n"
    "                   of each document by name (file name without .txt)\n"
    "  --json           one JSON object instead of the table\n"
    "  --model FILE     use this model instead of the built-in one\n"
    "  --min-confidence P  report only attributions whose confidence is at\n"
    "                   least P, from 0 (every one) to 1 (default 0.25:\n"
    "                   under it fewer than one in four is right)\n"
    "  --max-record SIZE  longest JSON line or text file, e.g. 512K, 64M\n"
    "                   (default 64M); a longer one is reported and skipped\n"
    "  -r, --recursive  a directory stands for the files of its subdirectories\n"
    "                   too (symbolic links to directories are not followed)\n"
    "  -h, --help       show this help\n";

/* expand directories into their *.txt and *.jsonl files, in name order */
/* -r: directories are walked recursively (scan_recursive sets it) */
static int recursive;

/* Take -r / --recursive out of a command's arguments (up to "--"). */
static void scan_recursive(int *argc, char **argv) {
  int k = 1;
  for (int i = 1; i < *argc; i++) {
    if (!strcmp(argv[i], "--")) {
      while (i < *argc) argv[k++] = argv[i++];
      break;
    }
    if (!strcmp(argv[i], "-r") || !strcmp(argv[i], "--recursive")) recursive = 1;
    else argv[k++] = argv[i];
  }
  *argc = k;
}

static void report_input(void *rc, const ws_error *e) {
  fprintf(stderr, "%s: %s\n", prog, e->message);
  if (e->code != WS_OK) *(int *)rc = 1;
}

/* the input files an argument stands for (ws_input_list_add) */
static void expand_inputs(const char *a, strlist *files, int *rc) {
  ws_input_list l = {0};
  if (ws_input_list_add(&l, a, recursive, report_input, rc) != WS_OK) die_oom();
  for (size_t k = 0; k < l.n; k++) sl_push(files, l.v[k]);
  ws_input_list_free(&l);
}

/* --metadata: the table, its skipped rows reported as TSV:LINE; NULL
 * (said) when it cannot be used */
static void report_meta_row(void *path, const ws_error *e) {
  fprintf(stderr, "%s: %s:%zu: %s\n", prog, (const char *)path, e->line, e->message);
}

static ws_metadata *load_metadata(const char *path) {
  ws_error err = {0};
  ws_record rec;
  ws_input *in = ws_input_open(path, 0, max_record, &err);
  ws_metadata *m = NULL;
  if (in && ws_input_next(in, &rec, &err) == 1)
    m = ws_metadata_load(rec.data, rec.len, report_meta_row, (void *)path, &err);
  ws_input_close(in);
  if (!m && err.code == WS_ERR_NOMEM) die_oom();
  if (!m) fprintf(stderr, "%s: %s:%zu: %s\n", prog, path, err.line ? err.line : 1, err.message);
  return m;
}

static int cmd_profile(int argc, char **argv) {
  scan_recursive(&argc, argv);
  analyze_opts o = {.jsonl = -1, .min_conf = WS_MIN_CONFIDENCE};
  const char *model_path = NULL, *meta = NULL;
  int json = 0, rc = 0;
  strlist files = {0};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || strcmp(a, "-") == 0) {
      expand_inputs(a, &files, &rc);
    } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage_profile, stdout);
      sl_free(&files);
      return 0;
    } else if (!strcmp(a, "--json")) {
      json = 1;
    } else if (!strcmp(a, "--input") || !strcmp(a, "--metadata") || !strcmp(a, "--model") ||
               !strcmp(a, "--max-record") || !strcmp(a, "--min-confidence")) {
      if (!need_arg(i, argc, argv)) return 2;
      const char *v = argv[++i];
      if (!strcmp(a, "--max-record")) {
        if (!(max_record = size_option(a, v))) return 2;
      } else if (!strcmp(a, "--min-confidence")) {
        if ((o.min_conf = prob_option(a, v)) < 0) return 2;
      } else if (!strcmp(a, "--metadata")) meta = v;
      else if (!strcmp(a, "--model")) model_path = v;
      else if ((o.jsonl = input_format(v)) < 0)
        return 2;
    } else {
      return unknown_option("profile", a);
    }
  }
  if (!files.n) return no_inputs(rc, "profile needs FILE or DIR arguments", usage_profile);
  ws_metadata *mt = meta ? load_metadata(meta) : NULL;
  if (meta && (!mt || ws_metadata_skipped(mt))) rc = 1;
  ws_model *owned;
  o.model = get_model(model_path, &owned);
  o.meta = mt;
  if (!o.model || !(o.prof = ws_profiles_new())) {
    sl_free(&files);
    ws_metadata_free(mt);
    return 1;
  }
  rc |= each_record(&files, o.jsonl, analyze_record, &o);
  ws_buf out = {0};
  if (ws_render_profiles(o.prof, json, &out) != WS_OK) die_oom();
  put_buf(&out);
  ws_buf_free(&out);
  ws_profiles_free(o.prof);
  ws_model_free(owned);
  sl_free(&files);
  ws_metadata_free(mt);
  return rc;
}

/* ---- the dependency parser: train and score ---- */

static const char usage_train_parser[] =
    "usage: whosaid train-parser --conllu DIR --out FILE [--epochs N] [--bits T,P,L]\n"
    "\n"
    "Train the part-of-speech tagger, dependency parser and arc labeller\n"
    "(averaged perceptrons; arc-hybrid transitions with a dynamic oracle)\n"
    "from DIR's *.conllu files (FORM, XPOS, HEAD, DEPREL) and write the\n"
    "model file (docs/parser-format.md).  Deterministic: same data, same\n"
    "bytes.\n"
    "\n"
    "options:\n"
    "  --conllu DIR  training parses\n"
    "  --out FILE    where to write the model\n"
    "  --epochs N    passes over the data (default 12)\n"
    "  --bits T,P,L  tables of 2^T, 2^P, 2^L rows for the tagger, parser and\n"
    "                labeller, 8..24 each (default 17,20,17)\n"
    "  -h, --help    show this help\n";

static const char usage_parse_eval[] =
    "usage: whosaid parse-eval --conllu DIR --parser FILE [--json]\n"
    "\n"
    "Tag and parse the sentences of DIR's *.conllu files (with their tokens)\n"
    "and print agreement with the parses there: tagging accuracy,\n"
    "unlabelled and labelled attachment (UAS, LAS), with and without\n"
    "punctuation.\n"
    "\n"
    "options:\n"
    "  --conllu DIR    reference parses\n"
    "  --parser FILE   a parser model made by train-parser\n"
    "  --json          one JSON object\n"
    "  -h, --help      show this help\n";

static ws_status add_parses(void *ctx, const char *text, size_t len, ws_error *err) {
  return ws_ptrainer_add(ctx, text, len, err);
}

static int cmd_train_parser(int argc, char **argv) {
  const char *dir = NULL, *out = NULL;
  int epochs = 12;
  unsigned bits[3] = {17, 20, 17};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage_train_parser, stdout);
      return 0;
    } else if (!strcmp(a, "--conllu") || !strcmp(a, "--out") || !strcmp(a, "--epochs") ||
               !strcmp(a, "--bits")) {
      if (!need_arg(i, argc, argv)) return 2;
      const char *v = argv[++i];
      if (!strcmp(a, "--bits")) {
        char extra;
        if (sscanf(v, "%u,%u,%u%c", &bits[0], &bits[1], &bits[2], &extra) != 3) {
          fprintf(stderr, "%s: --bits takes three numbers, such as 17,20,17\n", prog);
          return 2;
        }
      } else if (!strcmp(a, "--conllu")) dir = v;
      else if (!strcmp(a, "--out")) out = v;
      else if ((epochs = (int)int_option(a, v, 1, 1000)) < 0) return 2;
    } else {
      return unknown_option("train-parser", a);
    }
  }
  if (!dir || !out)
    return no_inputs(0, "train-parser needs --conllu DIR and --out FILE", usage_train_parser);
  ws_ptrainer *tr = ws_ptrainer_new();
  if (!tr) die_oom();
  if (ws_ptrainer_set_bits(tr, bits[0], bits[1], bits[2]) != WS_OK) {
    fprintf(stderr, "%s: --bits: each must be from 8 to 24\n", prog);
    ws_ptrainer_free(tr);
    return 2;
  }
  int rc = each_conllu(dir, add_parses, tr);
  ws_buf b = {0};
  ws_error err = {0};
  if (!rc && ws_ptrainer_run(tr, epochs, &b, log_line, NULL, &err) != WS_OK) {
    fprintf(stderr, "%s: %s\n", prog, err.message);
    rc = 1;
  }
  if (!rc && write_file(out, b.data, b.len)) {
    fprintf(stderr, "%s: %s: %s\n", prog, out, strerror(errno));
    rc = 1;
  }
  ws_buf_free(&b);
  ws_ptrainer_free(tr);
  return rc;
}

typedef struct eval_ctx {
  const ws_parser *p;
  ws_parse_score acc;
} eval_ctx;

static ws_status eval_parses(void *ctx, const char *text, size_t len, ws_error *err) {
  eval_ctx *e = ctx;
  return ws_parse_eval(e->p, text, len, &e->acc, err);
}

static double pct(size_t a, size_t n) { return n ? 100.0 * (double)a / (double)n : 0.0; }

static int cmd_parse_eval(int argc, char **argv) {
  const char *dir = NULL, *model = NULL;
  int json = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage_parse_eval, stdout);
      return 0;
    } else if (!strcmp(a, "--json")) {
      json = 1;
    } else if (!strcmp(a, "--conllu") || !strcmp(a, "--parser")) {
      if (!need_arg(i, argc, argv)) return 2;
      if (!strcmp(a, "--conllu")) dir = argv[++i];
      else model = argv[++i];
    } else {
      return unknown_option("parse-eval", a);
    }
  }
  if (!dir) return no_inputs(0, "parse-eval needs --conllu DIR", usage_parse_eval);
  ws_error err = {0};
  if (!model) return no_inputs(0, "parse-eval needs --parser FILE (made by train-parser)", usage_parse_eval);
  ws_parser *owned = ws_parser_load(model, &err);
  eval_ctx e = {owned, {0}};
  if (!e.p) {
    fprintf(stderr, "%s: %s\n", prog, err.message);
    return 1;
  }
  int rc = each_conllu(dir, eval_parses, &e);
  const ws_parse_score *a = &e.acc;
  double tag = pct(a->tags_ok, a->tokens), uas = pct(a->heads_ok, a->tokens),
         las = pct(a->labelled_ok, a->tokens), uasw = pct(a->words_heads_ok, a->words),
         lasw = pct(a->words_labelled_ok, a->words);
  if (json)
    printf("{\"sentences\":%zu,\"tokens\":%zu,\"tags\":%.2f,\"uas\":%.2f,\"las\":%.2f,"
           "\"uas_no_punct\":%.2f,\"las_no_punct\":%.2f}\n",
           a->sentences, a->tokens, tag, uas, las, uasw, lasw);
  else
    printf("%zu sentences, %zu tokens\ntags %.2f%%\nUAS  %.2f%%  (without punctuation %.2f%%)\n"
           "LAS  %.2f%%  (without punctuation %.2f%%)\n",
           a->sentences, a->tokens, tag, uas, uasw, las, lasw);
  ws_parser_free(owned);
  return rc;
}

/* ---- ingest: readers -> analysis workers -> one SQLite writer ---- */

static const char usage_ingest[] =
    "usage: whosaid ingest --db FILE.db [options] INPUT...\n"
    "\n"
    "Analyse documents and store them, with their attributions, entities,\n"
    "framing and quote shingles, in an SQLite database (docs/schema.sql),\n"
    "then rebuild the quote clusters.  INPUT is a text file, a .jsonl file,\n"
    "a directory (its *.txt and *.jsonl files) or - for standard input.\n"
    "Analysis runs in worker threads; one thread writes, in transactions of\n"
    "--batch documents.  A document already stored (same id and text) is\n"
    "skipped, so ingesting again adds nothing, and an ingest killed midway\n"
    "keeps every committed batch: run it again to finish.  A malformed\n"
    "document is reported as FILE:LINE: message and skipped.\n"
    "\n"
    "options:\n"
    "  --db FILE        the database (created if missing)\n"
    "  --input FORMAT   text or jsonl, as for analyze\n"
    "  --jobs N         analysis threads (default: one per CPU)\n"
    "  --batch N        documents per transaction (default 10000)\n"
    "  --metadata TSV   outlet and date by document name, as for profile (columns\n"
    "                   filename|id, outlet|publisher, date|publication_date)\n"
    "  --no-cluster     do not rebuild quote clusters at the end (speaker\n"
    "                   identities are always rebuilt: 'whosaid identity')\n"
    "  --model FILE     use this model instead of the built-in one\n"
    "  --min-confidence P  report only attributions whose confidence is at\n"
    "                   least P, from 0 (every one) to 1 (default 0.25:\n"
    "                   under it fewer than one in four is right)\n"
    "  --max-record SIZE  longest JSON line or text file, e.g. 512K, 64M\n"
    "                   (default 64M); a longer one is reported and skipped\n"
    "  --quiet          no progress line, no summary\n"
    "  -r, --recursive  a directory stands for the files of its subdirectories\n"
    "                   too (symbolic links to directories are not followed)\n"
    "  -h, --help       show this help\n";

static const char usage_query[] =
    "usage: whosaid query --db FILE.db [--json] [--limit N] QUESTION [ARG]\n"
    "\n"
    "questions:\n"
    "  speaker NAME    quotes by a speaker identity (any of its names, or a\n"
    "                  first or last name of one), by date; when nothing\n"
    "                  matches, speakers with close names are suggested\n"
    "  aliases NAME    the names an identity joined, and why (name, surname,\n"
    "                  alias, override)\n"
    "  identity NAME   an identity's type, gender and attributions by outlet\n"
    "  suggest NAME    identities whose names contain or are close to NAME\n"
    "  search TEXT     full-text search of quotes (FTS5 syntax)\n"
    "  articles TEXT   full-text search of article text\n"
    "  clusters [N]    quotes repeated across documents, spanning >= N outlets\n"
    "                  (default 2), most outlets first\n"
    "  cluster ID      one cluster's history: every appearance, oldest first\n"
    "  show ATTR       one attribution in full (ATTR: the attr column of a\n"
    "                  table), with its document, identity and cluster\n"
    "  document DOC    one document in full, text included (DOC: the doc column)\n"
    "  speakers [OUTLET]  the five most attributed speaker identities per outlet\n"
    "  profile         per-outlet sourcing: named, anonymous, vague-group and\n"
    "                  second-hand shares, doubt/hostile/emotive cue rate\n"
    "\n"
    "options:\n"
    "  --db FILE     the database made by 'whosaid ingest'\n"
    "  --json        a JSON array of objects instead of a table\n"
    "  --limit N     at most N rows (default 50)\n"
    "  --wide        table cells in full (columns as wide as their longest\n"
    "                cell) instead of cut to fit a terminal with ~\n"
    "  --timeout S   stop a query after S seconds (default 30; 0: no limit)\n"
    "  -h, --help    show this help\n";

static const char usage_identity[] =
    "usage: whosaid identity --db FILE.db NAME [--join TARGET | --split | --reset]\n"
    "\n"
    "Correct the speaker identities of a store.  ingest merges the canonical\n"
    "speakers of its documents into identities across the corpus (Barack\n"
    "Obama = Obama; 'query aliases NAME' shows them).  A wrong merge is\n"
    "undone here, and kept: the corrections live in the store's\n"
    "speaker_overrides table and every later ingest applies them.\n"
    "NAME is a speaker as stored (a 'named' value of 'query aliases').\n"
    "\n"
    "options:\n"
    "  --db FILE       the store made by 'whosaid ingest'\n"
    "  --join TARGET   NAME belongs to the identity of the speaker TARGET\n"
    "  --split         NAME is an identity of its own: nothing joins it\n"
    "  --reset         remove the correction for NAME\n"
    "  -h, --help      show this help\n";

typedef struct ingest_ui {
  int tty, quiet;
  double t0, last;
  unsigned long long bytes_total;
} ingest_ui;

static double now_s(void) {
  struct timespec ts;
  timespec_get(&ts, TIME_UTC);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void progress_line(ingest_ui *u, const ws_ingest_stats *c, int last) {
  double t = now_s() - u->t0;
  double rate = t > 0 ? (double)c->seen / t : 0;
  char eta[32] = "";
  if (u->bytes_total && c->bytes && !last) {
    double left = t * (double)(u->bytes_total - c->bytes) / (double)c->bytes;
    snprintf(eta, sizeof eta, ", ETA %.0fs", left);
  }
  fprintf(stderr, "\r%zu documents (%zu stored, %zu stored before, %zu not stored), %.0f docs/s%s   %s",
          c->seen, c->added, c->skipped, c->failed, rate, eta, last ? "\n" : "");
}

static void ingest_progress(void *ud, const ws_ingest_stats *st) {
  ingest_ui *u = ud;
  if (!u->tty || u->quiet || now_s() - u->last <= 0.2) return;
  progress_line(u, st, 0);
  u->last = now_s();
}

static void ingest_report(void *ud, const char *where, const ws_error *e, int warning) {
  ingest_ui *u = ud;
  const char *nl = u->tty && !u->quiet ? "\n" : "";
  if (!where) fprintf(stderr, "%s%s: %s\n", nl, prog, e->message);
  else if (warning) fprintf(stderr, "%s%s: %s: warning: %s\n", nl, prog, where, e->message);
  else fprintf(stderr, "%s%s: %s: %s\n", nl, prog, where, e->message);
}

static int ingest_record(void *ctx, const ws_record *rec) {
  ws_error err = {0};
  if (ws_ingest_add(ctx, rec, &err) != WS_OK) die_oom();
  return 0;
}

static int cmd_ingest(int argc, char **argv) {
  scan_recursive(&argc, argv);
  const char *db = NULL, *model_path = NULL, *meta = NULL;
  int jsonl = -1, jobs = 0, batch = 10000, quiet = 0, cluster = 1, rc = 0;
  double min_conf = WS_MIN_CONFIDENCE;
  strlist files = {0};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || !strcmp(a, "-")) {
      expand_inputs(a, &files, &rc);
    } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage_ingest, stdout);
      sl_free(&files);
      return 0;
    } else if (!strcmp(a, "--quiet")) {
      quiet = 1;
    } else if (!strcmp(a, "--no-cluster")) {
      cluster = 0;
    } else if (!strcmp(a, "--db") || !strcmp(a, "--model") || !strcmp(a, "--input") ||
               !strcmp(a, "--jobs") || !strcmp(a, "--batch") || !strcmp(a, "--metadata") ||
               !strcmp(a, "--max-record") || !strcmp(a, "--min-confidence")) {
      if (!need_arg(i, argc, argv)) return 2;
      const char *v = argv[++i];
      if (!strcmp(a, "--max-record")) {
        if (!(max_record = size_option(a, v))) return 2;
      } else if (!strcmp(a, "--min-confidence")) {
        if ((min_conf = prob_option(a, v)) < 0) return 2;
      } else if (!strcmp(a, "--db")) db = v;
      else if (!strcmp(a, "--metadata")) meta = v;
      else if (!strcmp(a, "--model")) model_path = v;
      else if (!strcmp(a, "--input")) {
        if ((jsonl = input_format(v)) < 0) return 2;
      } else {
        long n = int_option(a, v, 1, 1000000);
        if (n < 0) return 2;
        if (!strcmp(a, "--jobs")) jobs = (int)n;
        else batch = (int)n;
      }
    } else {
      return unknown_option("ingest", a);
    }
  }
  if (!db || !files.n) {
    sl_free(&files);
    return no_inputs(db ? rc : 0, "ingest needs --db FILE and at least one INPUT", usage_ingest);
  }
  ws_metadata *mt = meta ? load_metadata(meta) : NULL;
  if (meta && !mt) {
    sl_free(&files);
    return 1;
  }
  rc |= meta && ws_metadata_skipped(mt);
  ws_model *owned;
  const ws_model *model = get_model(model_path, &owned);
  ws_error err = {0};
  ws_store *store = model ? ws_store_open(db, &err) : NULL;
  if (model && !store && err.code == WS_ERR_BUSY) {
    fprintf(stderr, "%s: %s; waiting for it to finish\n", prog, err.message);
    store = ws_store_open_ex(db, WS_STORE_WAIT, &err);
  }
  if (model && !store) fprintf(stderr, "%s: %s\n", prog, err.message);
  ingest_ui ui = {.tty = isatty(2), .quiet = quiet, .t0 = now_s()};
  for (size_t i = 0; i < files.n; i++) {
    struct stat st;
    if (strcmp(files.v[i], "-") && stat(files.v[i], &st) == 0)
      ui.bytes_total += (unsigned long long)st.st_size;
  }
  ws_ingest_opts io = {.model = model, .meta = mt, .threads = jobs, .batch = batch,
                       .min_confidence = min_conf > 0 ? min_conf : -1,
                       .report = ingest_report, .progress = ingest_progress, .ud = &ui};
  ws_ingest *in = store ? ws_ingest_start(store, &io, &err) : NULL;
  if (store && !in) fprintf(stderr, "%s: %s\n", prog, err.message);
  if (!in) {
    ws_store_close(store);
    ws_model_free(owned);
    ws_metadata_free(mt);
    sl_free(&files);
    return 1;
  }
  rc |= each_record(&files, jsonl, ingest_record, in);
  ws_ingest_stats st;
  if (ws_ingest_finish(in, cluster, &st, &err) != WS_OK) {
    if (ui.tty && !quiet) progress_line(&ui, &st, 1);
    fprintf(stderr, "%s: %s\n", prog, err.message);
    rc = 1;
  } else if (ui.tty && !quiet) {
    progress_line(&ui, &st, 1);
  }
  rc |= st.errors > 0;
  double t = now_s() - ui.t0;
  if (!quiet)
    fprintf(stderr,
            "read %zu documents in %.1fs (%.0f docs/s): %zu stored, %zu stored before, %zu not "
            "stored; the store holds %lld documents, %lld attributions, %lld quote clusters\n",
            st.seen, t, t > 0 ? (double)st.seen / t : 0, st.added, st.skipped, st.failed,
            ws_store_count(store, "documents"), ws_store_count(store, "attributions"),
            ws_store_count(store, "clusters"));
  ws_store_close(store);
  ws_model_free(owned);
  sl_free(&files);
  ws_metadata_free(mt);
  return rc;
}

/* An existing store, read-only or for writing; NULL (said) when it is
 * missing or cannot be opened. */
static ws_store *open_db(const char *db, int readonly) {
  struct stat st;
  if (stat(db, &st) != 0) {
    fprintf(stderr, "%s: %s: %s\n", prog, db, strerror(errno));
    return NULL;
  }
  ws_error err = {0};
  ws_store *s = readonly ? ws_store_open_readonly(db, &err) : ws_store_open(db, &err);
  if (!s) fprintf(stderr, "%s: %s\n", prog, err.message);
  return s;
}

static int cmd_query(int argc, char **argv) {
  const char *db = NULL, *what = NULL, *arg = NULL;
  int json = 0, wide = 0, limit = 50;
  long timeout = 30;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage_query, stdout);
      return 0;
    } else if (!strcmp(a, "--wide")) {
      wide = 1;
    } else if (!strcmp(a, "--json")) {
      json = 1;
    } else if (!strcmp(a, "--db") || !strcmp(a, "--limit") || !strcmp(a, "--timeout")) {
      if (!need_arg(i, argc, argv)) return 2;
      if (!strcmp(a, "--db")) {
        db = argv[++i];
      } else if (!strcmp(a, "--timeout")) {
        long n = int_option(a, argv[++i], 0, 86400);
        if (n < 0) return 2;
        timeout = n;
      } else {
        long n = int_option(a, argv[++i], 1, 10000000);
        if (n < 0) return 2;
        limit = (int)n;
      }
    } else if (a[0] == '-' && a[1] && !(a[1] >= '0' && a[1] <= '9')) {
      /* "-3" is an argument (a wrong one), not an option */
      return unknown_option("query", a);
    } else if (!what) {
      what = a;
    } else if (!arg) {
      arg = a;
    } else {
      fprintf(stderr, "%s: too many arguments\n%s", prog, usage_query);
      return 2;
    }
  }
  if (!db || !what) {
    fprintf(stderr, "%s: query needs --db FILE and a QUESTION\n%s", prog, usage_query);
    return 2;
  }
  int needs_arg = !strcmp(what, "speaker") || !strcmp(what, "search") ||
                  !strcmp(what, "articles") || !strcmp(what, "cluster") ||
                  !strcmp(what, "aliases") || !strcmp(what, "identity") ||
                  !strcmp(what, "suggest") || !strcmp(what, "show") || !strcmp(what, "document");
  if (needs_arg && !arg) {
    fprintf(stderr, "%s: query %s needs an argument\n", prog, what);
    return 2;
  }
  ws_store *s = open_db(db, 1);
  if (!s) return 1;
  ws_error err = {0};
  ws_store_set_timeout(s, timeout * 1000);
  ws_buf out = {0};
  int rc = 0;
  if (ws_store_query(s, what, arg, limit, (json ? WS_QUERY_JSON : 0) | (wide ? WS_QUERY_WIDE : 0),
                     &out, &err) != WS_OK) {
    fprintf(stderr, "%s: %s\n", prog, err.message);
    rc = err.code == WS_ERR_ARG ? 2 : 1;
  } else {
    put_buf(&out);
  }
  ws_buf_free(&out);
  ws_store_close(s);
  return rc;
}

static int cmd_identity(int argc, char **argv) {
  const char *db = NULL, *name = NULL, *target = NULL;
  int action = 0; /* 'j' join, 's' split, 'r' reset */
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage_identity, stdout);
      return 0;
    } else if (!strcmp(a, "--db") || !strcmp(a, "--join")) {
      if (!need_arg(i, argc, argv)) return 2;
      if (!strcmp(a, "--db")) {
        db = argv[++i];
      } else {
        target = argv[++i];
        if (action && action != 'j') goto one_action;
        action = 'j';
      }
    } else if (!strcmp(a, "--split") || !strcmp(a, "--reset")) {
      if (action) goto one_action;
      action = a[2];
    } else if (a[0] == '-' && a[1]) {
      return unknown_option("identity", a);
    } else if (!name) {
      name = a;
    } else {
      fprintf(stderr, "%s: too many arguments\n%s", prog, usage_identity);
      return 2;
    }
  }
  if (!db || !name || !action) {
    fprintf(stderr, "%s: identity needs --db FILE, a NAME and one of --join, --split, --reset\n%s",
            prog, usage_identity);
    return 2;
  }
  if (action == 'j' && !*target) {
    fprintf(stderr, "%s: --join needs a speaker name\n", prog);
    return 2;
  }
  ws_store *s = open_db(db, 0);
  if (!s) return 1;
  ws_error err = {0};
  int rc = 0;
  if (ws_store_override(s, name, action == 'j' ? target : action == 'r' ? "" : NULL, &err) !=
      WS_OK) {
    fprintf(stderr, "%s: %s\n", prog, err.message);
    rc = err.code == WS_ERR_ARG ? 2 : 1;
  }
  ws_store_close(s);
  return rc;
one_action:
  fprintf(stderr, "%s: identity takes one of --join, --split, --reset\n", prog);
  return 2;
}

typedef int (*command_fn)(int argc, char **argv);
static const struct {
  const char *name;
  command_fn fn;
} commands[] = {
    {"analyze", cmd_analyze}, {"eval", cmd_eval}, {"train", cmd_train},
    {"train-parser", cmd_train_parser}, {"parse-eval", cmd_parse_eval},
    {"profile", cmd_profile}, {"ingest", cmd_ingest}, {"query", cmd_query},
    {"identity", cmd_identity}, {"serve", cmd_serve},
};

static command_fn find_command(const char *name) {
  for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
    if (!strcmp(commands[k].name, name)) return commands[k].fn;
  return NULL;
}

/* "--opt=value" is "--opt value" (up to a lone "--", after which every
 * argument is an input).  Returns a new argv whose option names were
 * copied into *owned (free both with free_args), or NULL. */
static char **split_options(int *argc, char **argv, char ***owned) {
  char **v = calloc((size_t)*argc * 2 + 1, sizeof *v);
  char **o = calloc((size_t)*argc + 1, sizeof *o);
  if (!v || !o) {
    free(v);
    free(o);
    return NULL;
  }
  int n = 0, no = 0, only_inputs = 0;
  for (int i = 0; i < *argc; i++) {
    char *a = argv[i], *eq = a[0] == '-' && a[1] == '-' && a[2] ? strchr(a, '=') : NULL;
    if (!strcmp(a, "--")) only_inputs = 1;
    if (!only_inputs && eq && i > 0) {
      char *opt = strndup(a, (size_t)(eq - a));
      if (!opt) die_oom();
      o[no++] = opt;
      v[n++] = opt;
      v[n++] = eq + 1;
    } else {
      v[n++] = a;
    }
  }
  *argc = n;
  *owned = o;
  return v;
}

static void free_args(char **v, char **owned) {
  for (size_t i = 0; owned && owned[i]; i++) free(owned[i]);
  free(owned);
  free(v);
}

static int dispatch(int argc, char **argv) {
  const char *cmd = argv[1];
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
    /* "whosaid help CMD" is "whosaid CMD --help" */
    command_fn fn = strcmp(cmd, "help") == 0 && argc > 2 ? find_command(argv[2]) : NULL;
    if (fn) return fn(2, (char *[]){argv[2], "--help", NULL});
    if (strcmp(cmd, "help") == 0 && argc > 2) {
      fprintf(stderr, "%s: unknown command '%s'\n%s", prog, argv[2], usage_main);
      return 2;
    }
    fputs(usage_main, stdout);
    return 0;
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
    printf("whosaid %s (JSON schema %d)\n", WS_VERSION, WS_SCHEMA_VERSION);
    return 0;
  }
  command_fn fn = find_command(cmd);
  if (fn) return fn(argc - 1, argv + 1);
  fprintf(stderr, "%s: unknown command '%s'\n%s", prog, cmd, usage_main);
  return 2;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage_main, stderr);
    return 2;
  }
  char **owned = NULL, **args = split_options(&argc, argv, &owned);
  if (!args) die_oom();
  int rc = dispatch(argc, args);
  free_args(args, owned);
  /* what any command wrote reached its destination */
  if (fflush(stdout) == EOF || ferror(stdout)) die_write();
  return rc;
}
