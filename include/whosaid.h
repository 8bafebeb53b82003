/* whosaid.h — the only public header of libwhosaid.
 *
 * whosaid reads news articles and finds attributions: who (source) said
 * (cue) what (content).  A document is made from UTF-8 bytes, analysed with
 * a model, then rendered (JSON Lines, brat) or scored against gold brat
 * annotations.  Everything a document holds lives in its own arena and is
 * released by one ws_doc_free().
 *
 * Conventions: functions are ws_*, macros WS_*.  Every *_free accepts NULL.
 * Errors are values: functions that can fail take a ws_error * (may be NULL)
 * and return a status or NULL; the library never prints and never aborts on
 * bad input.  Offsets in spans are Unicode code points into the document
 * text exactly as read; invalid UTF-8 bytes count as one code point each.
 */
#ifndef WHOSAID_H
#define WHOSAID_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WS_VERSION "0.4.0"
/* The library's version at run time (WS_VERSION of the build). */
const char *ws_version(void);
/* Version of the JSON output schema (docs/json-schema.md). */
#define WS_SCHEMA_VERSION 2

typedef enum ws_status {
  WS_OK = 0,
  WS_ERR_NOMEM = -1,   /* allocation failed */
  WS_ERR_IO = -2,      /* could not read or write a file */
  WS_ERR_PARSE = -3,   /* malformed input (JSON line, brat file, model) */
  WS_ERR_ARG = -4,     /* a bad argument */
  WS_ERR_MODEL = -5,   /* model file missing, truncated or of another version */
  WS_ERR_LIMIT = -6,   /* input over a limit (record size, query terms, time) */
  WS_ERR_BUSY = -7,    /* another process holds the store */
  WS_ERR_DB = -8       /* the database failed or is not a whosaid store */
} ws_status;

/* Where and why something failed.  `line` and `byte` are 1-based and
 * 0-based positions in the input that failed (0 line when unknown). */
typedef struct ws_error {
  ws_status code;
  char message[200];
  size_t line;
  size_t byte;
} ws_error;

/* Text for a status code; static storage, never NULL. */
const char *ws_status_str(ws_status code);

/* ---- Documents ---------------------------------------------------------- */

typedef struct ws_doc ws_doc;

/* Metadata of a document; any field may be NULL.  Strings are copied. */
typedef struct ws_meta {
  const char *id;
  const char *title;
  const char *date;   /* YYYY-MM-DD when known */
  const char *outlet;
  const char *url;
} ws_meta;

/* Make a document from `len` bytes of text (need not be NUL-terminated or
 * valid UTF-8).  When `parse_header` is non-zero a leading header
 * `date YYYY-MM-DD (Outlet)` sets date and outlet (unless `meta` gives
 * them) and is kept out of every sentence; offsets still count from the
 * first byte.  Returns NULL (and fills `err`) only when memory runs out.
 * Free with ws_doc_free(). */
ws_doc *ws_doc_new(const char *text, size_t len, const ws_meta *meta,
                   int parse_header, ws_error *err);

/* Make a document from one JSON Lines record: an object with optional
 * string fields id, title, text, date, outlet, url.  `line` is the 1-based
 * line number used in errors.  Returns NULL and fills `err` when the line
 * is not such an object.  Free with ws_doc_free(). */
ws_doc *ws_doc_from_json(const char *json, size_t len, size_t line,
                         ws_error *err);

void ws_doc_free(ws_doc *doc);

/* Records of a JSON Lines stream, one line each.  Blank lines are skipped,
 * a trailing CR is dropped, a UTF-8 byte order mark before the first line
 * is ignored.  A line longer than `max_record` bytes (0: the default of
 * WS_MAX_RECORD_DEFAULT) is never held in memory: it is skipped and
 * reported.  Free with ws_lines_free() (which does not close `f`). */
#define WS_MAX_RECORD_DEFAULT ((size_t)64 << 20)
typedef struct ws_lines ws_lines;
ws_lines *ws_lines_new(FILE *f, size_t max_record);
void ws_lines_free(ws_lines *r);
/* Next record: returns 1 and sets *rec and *len (valid until the next
 * call; not NUL-terminated); 0 at the end of the stream or after a read
 * error; -1 with `err` (its `line` set) for a record that was skipped
 * (WS_ERR_LIMIT: too long; WS_ERR_NOMEM) or a read error (WS_ERR_IO: the
 * stream ends there).  Keep calling until it returns 0. */
int ws_lines_next(ws_lines *r, const char **rec, size_t *len, ws_error *err);
/* Number of the line last returned or reported (1-based). */
size_t ws_lines_line(const ws_lines *r);

/* Metadata of the document: strings owned by the document, or NULL. */
const char *ws_doc_id(const ws_doc *doc);
const char *ws_doc_date(const ws_doc *doc);
const char *ws_doc_outlet(const ws_doc *doc);
const char *ws_doc_title(const ws_doc *doc);
/* The text exactly as read (owned by the document; NUL-terminated, but
 * may hold NULs: use *len). */
const char *ws_doc_text(const ws_doc *doc, size_t *len);
/* Set metadata fields (copied) that `meta` gives and the document lacks,
 * e.g. an outlet and date from a separate table.  Call before analysis. */
ws_status ws_doc_fill_meta(ws_doc *doc, const ws_meta *meta);
/* What the document set aside while it was read, or NULL: a date that is
 * no calendar date (YYYY-MM-DD, years 0001-9999; an ISO timestamp keeps
 * its date) is ignored and said here.  Owned by the document. */
const char *ws_doc_warning(const ws_doc *doc);
/* Set the id (copied) when the reader had none, e.g. from a file name. */
ws_status ws_doc_set_id(ws_doc *doc, const char *id);

/* ---- Inputs: records of files, and the documents they make ------------- */

/* Something a reader or a pipeline set aside and went on: `e->line` is
 * the line (0: none) and `e->message` says what. */
typedef void (*ws_report_fn)(void *ud, const ws_error *e);

/* Outlet and date by document name: a TSV table whose header names the
 * columns filename (or id), outlet (or publisher) and optionally date (or
 * publication_date); blank lines are skipped; the first row of a name
 * wins.  A row with too few columns is skipped and reported (`report` may
 * be NULL).  NULL with `err` (line set) when the header lacks a column or
 * memory runs out.  Free with ws_metadata_free(). */
typedef struct ws_metadata ws_metadata;
ws_metadata *ws_metadata_load(const char *tsv, size_t len, ws_report_fn report, void *ud,
                              ws_error *err);
void ws_metadata_free(ws_metadata *m);
/* The outlet or date of a name, or NULL; rows skipped while loading. */
const char *ws_metadata_outlet(const ws_metadata *m, const char *name);
const char *ws_metadata_date(const ws_metadata *m, const char *name);
size_t ws_metadata_skipped(const ws_metadata *m);

/* One input record: a whole text file, or one JSON Lines record. */
typedef struct ws_record {
  const char *data; /* the text, or the JSON object (not NUL-terminated) */
  size_t len;
  int jsonl;        /* 1: a JSON Lines record */
  const char *path; /* its file ("-": standard input) */
  size_t line;      /* a JSON record's line (1-based); 0 for a text */
} ws_record;

/* The document of a record, with one naming rule for every command and
 * binding: a JSON record's "id" field, else FILE:LINE (stdin:LINE); a
 * text's file name without directory and extension ("stdin" for standard
 * input).  A text's header sets date and outlet; `meta` (may be NULL)
 * fills what the record lacks.  NULL with `err` (line set for a JSON
 * record) when the record is malformed or memory runs out. */
ws_doc *ws_record_doc(const ws_record *rec, const ws_metadata *meta, ws_error *err);
/* The records of one input: `path` is a file or "-" (standard input);
 * `jsonl` 1 reads JSON Lines, 0 one text, -1 decides by the name (.jsonl)
 * and refuses standard input that plainly is JSON Lines.  A text or line
 * over `max_record` bytes (0: WS_MAX_RECORD_DEFAULT) is skipped and
 * reported.  NULL with `err` when the input cannot be opened. */
typedef struct ws_input ws_input;
ws_input *ws_input_open(const char *path, int jsonl, size_t max_record, ws_error *err);
/* 1: a record in *rec (valid until the next call); 0: the end; -1: a
 * record skipped, said in `err` (its line set): call again to go on. */
int ws_input_next(ws_input *in, ws_record *rec, ws_error *err);
void ws_input_close(ws_input *in);
/* The files of a directory whose names end with `ext` (e.g. ".conllu";
 * "" for all), in name order, as DIR/NAME paths (ws_dir_names: the names
 * alone); NULL with `err` when the directory cannot be read.  Free with
 * ws_paths_free(). */
char **ws_dir_files(const char *dir, const char *ext, size_t *n, ws_error *err);
char **ws_dir_names(const char *dir, const char *ext, size_t *n, ws_error *err);
void ws_paths_free(char **v, size_t n);

/* The input files of command-line arguments, in order: a file or "-"
 * stands for itself, a directory for its *.txt and *.jsonl files in name
 * order (`recursive`: its subdirectories' too; symbolic links to
 * directories are not followed).  `report` (may be NULL) hears what was
 * set aside: an entry that cannot be read or is no regular file, a
 * directory with no inputs (errors), and other files counted by extension
 * (code WS_OK: a note).  WS_OK, or WS_ERR_NOMEM.  Start from {0}; free
 * with ws_input_list_free(). */
typedef struct ws_input_list {
  char **v;
  size_t n, cap;
} ws_input_list;
ws_status ws_input_list_add(ws_input_list *l, const char *arg, int recursive, ws_report_fn report,
                            void *ud);
void ws_input_list_free(ws_input_list *l);

/* Where a record is, for messages: FILE (a text) or FILE:LINE, FILE as
 * given ("-" for standard input).  Writes at most `cap` bytes (NUL included); returns `buf`. */
char *ws_record_where(const ws_record *rec, char *buf, size_t cap);

/* ---- Models ------------------------------------------------------------- */

typedef struct ws_model ws_model;

/* The model built into the library (data/model.bin at build time).
 * Static storage: do not free it (ws_model_free ignores it). */
const ws_model *ws_model_default(void);

/* Load a model file written by ws_train_run().  Free with ws_model_free(). */
ws_model *ws_model_load(const char *path, ws_error *err);
void ws_model_free(ws_model *model);

/* ---- Analysis ----------------------------------------------------------- */

/* Tokenize, tag and link: fills the document's attributions.  May be
 * called once per document. */
ws_status ws_analyze(ws_doc *doc, const ws_model *model, ws_error *err);

/* Attributions whose confidence (ws_attribution.confidence) is under
 * this are not reported by default: on text the tagger has not seen,
 * fewer than one in four of them is right, and reporting them lowers F1
 * (docs/accuracy.md).  The threshold was chosen on the two halves of
 * PolNeAR train. */
#define WS_MIN_CONFIDENCE 0.25
/* Report only attributions with at least this confidence (0 keeps every
 * one; default WS_MIN_CONFIDENCE).  Call before ws_analyze(). */
void ws_doc_set_min_confidence(ws_doc *doc, double min);

/* A span [start, end) in code points. */
typedef struct ws_span {
  size_t start, end;
} ws_span;

/* One part (source, cue or content) of an attribution: one or more spans. */
typedef struct ws_part {
  const ws_span *spans;  /* code points, sorted */
  size_t nspans;
  const char *text;      /* the spans' text joined by a space, as read
                            (NUL-terminated, but may hold NULs: use len) */
  size_t len;            /* bytes of text */
  const ws_span *bytes;  /* the same spans as byte offsets into the text */
} ws_part;

/* Structs the library hands out (ws_attribution, ws_entity, ws_time,
 * ws_frame_item, ws_part) are owned by their document and reached by
 * pointer only: they grow at the end, so a caller built against an older
 * whosaid.h keeps working with a newer library of the same soname. */
typedef struct ws_attribution {
  int has_source;
  ws_part source, cue, content;
  const char *source_canonical; /* simple canonical form of the source */
  const char *source_type;      /* person, organization, ..., unknown */
  const char *cue_lemma;
  const char *cue_class;        /* neutral, doubt, factive, ... */
  const char *kind;             /* direct, indirect, mixed */
  int parent;                   /* index of the containing attribution, -1 */
  int source_entity;            /* index of the source's entity, -1 */
  const char *source_role;      /* "Homeland Security Secretary", or NULL */
  const char *source_org;       /* organisation a spokesperson or anonymous
                                   source speaks for, or NULL */
  const char *channel;          /* press release, post, interview, ... */
  const char *when;             /* ISO date the statement was made, if given */
  const char *recipient;        /* whom it was told to ("the Post"), or NULL */
  const char *recipient_type;   /* type of the recipient, or NULL */
  int second_hand;              /* relayed through another outlet */
  const char *source_gender;    /* a person speaker's: "female", "male" or
                                   "unknown"; NULL for other sources */
  int inferred;                 /* a quotation with no cue of its own,
                                   given to the speaker of the paragraph
                                   before (cue has no spans, cue_lemma
                                   and cue_class are NULL) */
  double confidence;            /* estimated chance, 0 to 1, that the
                                   attribution is right: its cue and
                                   content (and source, or the lack of
                                   one) each overlap an annotator's
                                   (data/confidence.tsv) */
} ws_attribution;

/* The string fields above as enums, for switch statements and tables. */
typedef enum ws_source_kind {
  WS_SOURCE_NONE = 0, /* no source named */
  WS_SOURCE_PERSON, WS_SOURCE_ORGANIZATION, WS_SOURCE_SPOKESPERSON, WS_SOURCE_ANONYMOUS,
  WS_SOURCE_GROUP, WS_SOURCE_MEDIA, WS_SOURCE_DOCUMENT, WS_SOURCE_SOCIAL, WS_SOURCE_AUTHOR,
  WS_SOURCE_UNKNOWN,
  WS_NSOURCE
} ws_source_kind;
typedef enum ws_content_kind {
  WS_CONTENT_DIRECT, WS_CONTENT_INDIRECT, WS_CONTENT_MIXED, WS_NCONTENT
} ws_content_kind;
/* cue classes, in the order of ws_cue_class_name(); WS_CUE_NONE for an
 * inferred attribution (no cue) */
typedef enum ws_cue_class {
  WS_CUE_NEUTRAL, WS_CUE_DOUBT, WS_CUE_FACTIVE, WS_CUE_CONCESSIVE, WS_CUE_ENDORSING,
  WS_CUE_HOSTILE, WS_CUE_EMOTIVE, WS_CUE_BELIEF, WS_CUE_INTENTION, WS_CUE_OTHER, WS_CUE_NONE
} ws_cue_class;
ws_source_kind ws_attribution_source_kind(const ws_attribution *a);
ws_content_kind ws_attribution_content_kind(const ws_attribution *a);
ws_cue_class ws_attribution_cue_class(const ws_attribution *a);
/* Names as in the JSON ("person", "direct"); "none" for WS_SOURCE_NONE
 * and WS_CUE_NONE; NULL out of range. */
const char *ws_source_kind_name(ws_source_kind k);
const char *ws_content_kind_name(ws_content_kind k);

size_t ws_doc_attribution_count(const ws_doc *doc);
/* Owned by the document; NULL when out of range. */
const ws_attribution *ws_doc_attribution(const ws_doc *doc, size_t i);

/* ---- Entities and times ------------------------------------------------ */

/* A person, organisation or outlet the document names, with its aliases
 * ("ICE" = "Immigration and Customs Enforcement") and mentions. */
typedef struct ws_entity {
  const char *name;              /* the fullest name the document gives */
  const char *type;              /* person, organization, media, unknown */
  const char *role;              /* a title met with the name, or NULL */
  const char *gender;            /* a person's: "female", "male", "unknown";
                                    NULL for organisations and the rest */
  const char *const *aliases;    /* other names, in order of appearance */
  size_t naliases;
  const ws_span *mentions;       /* code points */
  size_t nmentions;
} ws_entity;

size_t ws_doc_entity_count(const ws_doc *doc);
const ws_entity *ws_doc_entity(const ws_doc *doc, size_t i);

/* A time expression resolved against the document date: `value` is an
 * ISO date (2024-03-15), month (2024-03), year, or a range "START/END". */
typedef struct ws_time {
  ws_part part;
  const char *value;   /* NULL when it cannot be resolved */
} ws_time;

size_t ws_doc_time_count(const ws_doc *doc);
const ws_time *ws_doc_time(const ws_doc *doc, size_t i);

/* ---- Framing ------------------------------------------------------------ */

/* A framing signal: a loaded descriptor, a scare quote (a quoted fragment
 * of one to four words in the writer's voice), or a partial quote (such a
 * fragment inside what a source said). */
typedef struct ws_frame_item {
  ws_part part;          /* the phrase ("radical group", "'noteworthy'") */
  const char *trigger;   /* the loaded word itself (descriptors), or NULL */
  const char *category;  /* lexicon category, "scare" or "partial" */
  const char *target;    /* the entity it is applied to, or NULL */
  int attribution;       /* partial quotes: the attribution whose content
                            holds it (its speaker said the words), else -1 */
} ws_frame_item;

size_t ws_doc_loaded_count(const ws_doc *doc);
const ws_frame_item *ws_doc_loaded(const ws_doc *doc, size_t i);
size_t ws_doc_scare_count(const ws_doc *doc);
const ws_frame_item *ws_doc_scare(const ws_doc *doc, size_t i);
size_t ws_doc_partial_count(const ws_doc *doc);
const ws_frame_item *ws_doc_partial(const ws_doc *doc, size_t i);

/* Cue classes, in a fixed order (data/cue-verbs.tsv defines them). */
#define WS_NCLASS 10
/* Name of class k (0 <= k < WS_NCLASS); "other" is the last. */
const char *ws_cue_class_name(int k);
/* Index of a class name, WS_NCLASS - 1 ("other") when unknown. */
int ws_cue_class_index(const char *name);

/* How a document sources its claims. */
typedef struct ws_profile {
  size_t attributions;
  size_t named;          /* person, organization, spokesperson */
  size_t anonymous, group, media, document, social, no_source, other;
  size_t second_hand;    /* relayed through another outlet */
  size_t direct, indirect, mixed;
  size_t cue_class[WS_NCLASS];
} ws_profile;

/* Fill `p` from the document's attributions. */
void ws_doc_profile(const ws_doc *doc, ws_profile *p);

/* Profiles of outlets over many documents (`whosaid profile`): each
 * document counts under its outlet, else the outlet `meta` gives for its
 * id, else "(unknown)".  Free with ws_profiles_free(). */
typedef struct ws_profiles ws_profiles;
ws_profiles *ws_profiles_new(void);
void ws_profiles_free(ws_profiles *t);
ws_status ws_profiles_add(ws_profiles *t, const ws_doc *doc, const ws_metadata *meta);

/* ---- Rendering ---------------------------------------------------------- */

/* A growable byte buffer filled by renderers.  Free with ws_buf_free(). */
typedef struct ws_buf {
  char *data;
  size_t len, cap;
} ws_buf;
void ws_buf_free(ws_buf *buf);

/* Append the profiles, outlets in name order: one JSON object
 * {"outlets":[...]} and a newline when `json`, else a table for a
 * terminal (control characters of outlet names shown as '?'). */
ws_status ws_render_profiles(ws_profiles *t, int json, ws_buf *out);

/* Append one JSON object (no trailing newline) describing the document
 * and its attributions (docs/json-schema.md). */
ws_status ws_render_json(const ws_doc *doc, ws_buf *out);

/* Append brat standoff (.ann) lines for the document's attributions: T
 * lines (Source, Cue, Content, and the Attribution trigger), E lines,
 * A lines (CueClass, SourceType, Kind, Inferred) and an AnnotatorNotes
 * line with each source's canonical speaker. */
ws_status ws_render_brat(const ws_doc *doc, ws_buf *out);
/* Append the annotation.conf and visual.conf that declare what
 * ws_render_brat writes, so that brat opens a folder of its output. */
ws_status ws_render_brat_conf(ws_buf *annotation, ws_buf *visual);

/* One self-contained HTML page for the document (no script, no external
 * resource): the article with sources, cues and contents marked and
 * linked to the list of attributions, the sourcing profile and the
 * framing.  Every string of the document is escaped. */
ws_status ws_render_html(const ws_doc *doc, ws_buf *out);

/* Tab-separated values, one attribution a row (docs/tsv.md): the header
 * line, then each document's rows.  Tabs, newlines, CRs, NULs and
 * backslashes in text are written \t \n \r \0 \\. */
ws_status ws_render_tsv_header(ws_buf *out);
ws_status ws_render_tsv(const ws_doc *doc, ws_buf *out);

/* Every sentence of the document's body as a dependency tree in CoNLL-U
 * (Penn tags in XPOS, labels as in the parser's training parses, MISC
 * Offset=START-END in code points; LEMMA and UPOS are _).  Parses with the
 * built-in parser (docs/parser-format.md) whether or not the document was
 * analysed.  WS_ERR_MODEL when the built-in parser cannot be read. */
ws_status ws_render_conllu(const ws_doc *doc, ws_buf *out);

/* ---- Corpus store (SQLite) ---------------------------------------------- */

typedef struct ws_store ws_store;

/* Open or create a store (docs/schema.sql), migrating older schemas.
 * One process at a time writes a store: while another holds it, this
 * fails with WS_ERR_BUSY (see ws_store_open_ex to wait instead).  A file
 * that is some other SQLite database is refused (WS_ERR_DB).  Free with
 * ws_store_close().  Use one store from one thread at a time. */
ws_store *ws_store_open(const char *path, ws_error *err);

#define WS_STORE_READONLY 1 /* as ws_store_open_readonly */
#define WS_STORE_WAIT 2     /* wait while another process writes the store */
ws_store *ws_store_open_ex(const char *path, int flags, ws_error *err);
void ws_store_close(ws_store *st);

/* Ingest: documents analysed in worker threads and written by one
 * thread in transactions of `batch` documents, in the order analyses
 * finish (with one thread, the order given: document numbers are then
 * the same on every run); a document already stored is skipped.  Start, give records
 * (copied), finish: finish waits for the threads, rebuilds the speaker
 * identities and (when `cluster`) the quote clusters, and fills `stats`.
 * `report` (may be NULL) hears, from the writing thread, each record
 * that was not stored or was read with a warning (e->line set; the record
 * is named by `where`), and a failed write (where NULL), after which
 * nothing more is stored.  `progress` (may be NULL) is called from the
 * writing thread after each document. */
typedef struct ws_ingest_stats {
  size_t seen, added, skipped, failed; /* read; stored; stored before; not stored */
  size_t errors;                       /* records reported as errors, and failed writes */
  unsigned long long bytes;            /* bytes of the records read */
} ws_ingest_stats;
typedef struct ws_ingest_opts {
  const ws_model *model;      /* NULL: the built-in one */
  const ws_metadata *meta;    /* outlet and date by document name, or NULL */
  int threads;                /* analysis threads, 1-64 (0: one per CPU) */
  int batch;                  /* documents per transaction (0: 10000) */
  void (*report)(void *ud, const char *where, const ws_error *e, int warning);
  void (*progress)(void *ud, const ws_ingest_stats *stats);
  void *ud;
  double min_confidence;      /* store attributions at least this
                                 confident (ws_doc_set_min_confidence);
                                 0: WS_MIN_CONFIDENCE, below 0: all */
} ws_ingest_opts;
typedef struct ws_ingest ws_ingest;
ws_ingest *ws_ingest_start(ws_store *st, const ws_ingest_opts *opts, ws_error *err);
ws_status ws_ingest_add(ws_ingest *in, const ws_record *rec, ws_error *err);
/* Also frees `in`.  WS_OK, or the identities' or clusters' error. */
ws_status ws_ingest_finish(ws_ingest *in, int cluster, ws_ingest_stats *stats, ws_error *err);

/* Open a store for queries only: the file is opened read-only, never
 * created, migrated or written (a store of an older version is refused
 * with a message saying to run ingest).  Use with ws_store_query. */
ws_store *ws_store_open_readonly(const char *path, ws_error *err);

/* Time budget of one ws_store_query in milliseconds (0: none; a store
 * opened read-only starts with 30 s).  A query over it stops with
 * WS_ERR_LIMIT. */
void ws_store_set_timeout(ws_store *st, long ms);

/* Transactions: documents added between begin and commit become visible
 * together; a crash before commit leaves the store as it was. */
ws_status ws_store_begin(ws_store *st, ws_error *err);
ws_status ws_store_commit(ws_store *st, ws_error *err);
/* Undo the open transaction (after a failed add or commit). */
ws_status ws_store_rollback(ws_store *st, ws_error *err);

/* Add an analysed document with its attributions, entities, framing and
 * quote shingles (entities and framing as JSON on the document's row).  A document already stored (same id and text) adds
 * nothing; *added says which happened. */
ws_status ws_store_add(ws_store *st, ws_doc *doc, int *added, ws_error *err);

/* Compute, in the document's arena, what ws_store_add writes (key, JSON
 * columns, quote shingles), so that analysis threads do that work and the
 * one writing thread only writes.  Optional; thread-safe per document. */
ws_status ws_store_prepare(ws_doc *doc, ws_error *err);

/* Rebuild the quote clusters from the stored shingles: quotations that
 * share most of the shorter one's rare 5-word shingles, by compatible
 * speakers (identities: run ws_store_identities first). */
ws_status ws_store_cluster(ws_store *st, ws_error *err);

/* Rebuild the speaker identities (docs/schema.sql: identities,
 * speaker_names) from the stored attributions and the user's overrides:
 * one person or body across documents ("Barack Obama" = "Obama").  Run
 * after adding documents (whosaid ingest does). */
ws_status ws_store_identities(ws_store *st, ws_error *err);

/* Correct an identity: `name` (a stored speaker) joins the identity of
 * `target` (another stored speaker); with target NULL it stands alone;
 * with target "" the correction is removed.  Identities are rebuilt. */
ws_status ws_store_override(ws_store *st, const char *name, const char *target, ws_error *err);

/* Row counts: "documents", "attributions", "clusters", "cluster_members",
 * "shingles"; WS_ERR_ARG (negative) for an unknown table, WS_ERR_DB when
 * the database fails. */
long long ws_store_count(ws_store *st, const char *table);

/* Answer a question about the corpus, as a table or (flags
 * WS_QUERY_JSON) a JSON array of objects, appended to `out`.  Tables show control characters
 * of the stored text as escapes (\x1b), never raw.  Full-text queries
 * take at most WS_QUERY_MAX_TERMS terms (WS_ERR_LIMIT otherwise), and
 * an FTS5 syntax error is WS_ERR_ARG:
 *   "speaker"   quotes by a speaker identity (arg: any of its names, or a
 *               first or last name of one; nothing: no rows, and the
 *               table suggests close names)
 *   "aliases"   an identity's names and how each joined (arg: name)
 *   "identity"  an identity's attributions by outlet (arg: name)
 *   "suggest"   identities with names close to arg
 *   "show"      one attribution in full (arg: its key, the attr column)
 *   "document"  one document in full (arg: its key, the doc column)
 *   "search"    full-text search of quotes (arg: FTS5 query)
 *   "articles"  full-text search of article text (arg: FTS5 query)
 *   "clusters"  quote clusters by number of outlets (arg: minimum outlets)
 *   "cluster"   one cluster's history, oldest first (arg: cluster number)
 *   "speakers"  top speakers per outlet (arg: optional outlet)
 *   "profile"   per-outlet sourcing profile (arg unused)
 * `limit` caps the rows (0: 50).  "show" and "document" tables list one
 * column a line, values in full. */
#define WS_QUERY_MAX_TERMS 64
#define WS_QUERY_JSON 1 /* flags: a JSON array of objects, not a table */
#define WS_QUERY_WIDE 2 /* flags: table cells in full, columns as wide as
                           their longest cell */
ws_status ws_store_query(ws_store *st, const char *what, const char *arg, int limit,
                         int flags, ws_buf *out, ws_error *err);

/* The store as pages for a browser (whosaid serve).  For a URL path --
 * "/" (the corpus), "/doc/N" (an article, analysed again and marked),
 * "/speaker" (parameter name), "/outlets" (from, to: dates; topic: an
 * FTS5 search of article text), "/cluster/N" (a quote's history),
 * "/search" (q, FTS5), and each under "/api/" as JSON -- appends the page
 * to `out` and sets the HTTP status (200; 400 for a query that cannot be
 * read; 404; 500) and content type.  `param(ctx, key)` gives a request
 * parameter or NULL.  No script, no external resource; every string from
 * the store is escaped.  Fails only when memory runs out. */
ws_status ws_store_page(ws_store *st, const char *path,
                        const char *(*param)(void *ctx, const char *key), void *ctx, ws_buf *out,
                        int *status, const char **type, ws_error *err);

/* The same questions, answered one typed row at a time (for bindings):
 * the columns are those of ws_store_query's JSON.  ws_rows_next returns 1
 * for a row, 0 at the end, -1 with `err` set (time limit, FTS5 syntax,
 * database).  Values are valid until the next ws_rows_next.  Free with
 * ws_rows_free() before closing the store. */
typedef struct ws_rows ws_rows;
typedef enum ws_value_type {
  WS_VALUE_NULL, WS_VALUE_INT, WS_VALUE_REAL, WS_VALUE_TEXT
} ws_value_type;
ws_rows *ws_store_rows(ws_store *st, const char *what, const char *arg, int limit,
                       ws_error *err);
int ws_rows_next(ws_rows *rows, ws_error *err);
int ws_rows_columns(const ws_rows *rows);
const char *ws_rows_name(const ws_rows *rows, int col);
ws_value_type ws_rows_type(const ws_rows *rows, int col);
long long ws_rows_int(const ws_rows *rows, int col);
double ws_rows_real(const ws_rows *rows, int col);
const char *ws_rows_text(const ws_rows *rows, int col); /* NULL for NULL */
void ws_rows_free(ws_rows *rows);

/* ---- Parsing ------------------------------------------------------------ */

/* A part-of-speech tagger and labelled dependency parser (Penn tags,
 * CoreNLP's Universal Dependencies labels), trained from CoNLL-U by
 * ws_ptrainer_run (docs/parser-format.md).  The library has one built in
 * (data/parser.bin): ws_analyze parses the sentences that hold a strong
 * cue word with it, and ws_render_conllu every sentence.  Load another
 * only to score it (ws_parse_eval) or to train a tagger on its trees
 * (ws_trainer_set_parser). */
typedef struct ws_parser ws_parser;
ws_parser *ws_parser_load(const char *path, ws_error *err);
void ws_parser_free(ws_parser *p);

/* Counts of a parser's agreement with CoNLL-U parses (gold tokens). */
typedef struct ws_parse_score {
  size_t sentences, tokens, tags_ok, heads_ok, labelled_ok;
  size_t words, words_heads_ok, words_labelled_ok; /* leaving out punct */
} ws_parse_score;
/* Parse the sentences of a CoNLL-U text with its tokens and add the
 * agreement to *acc. */
ws_status ws_parse_eval(const ws_parser *p, const char *conllu, size_t len, ws_parse_score *acc,
                        ws_error *err);

typedef struct ws_ptrainer ws_ptrainer;
ws_ptrainer *ws_ptrainer_new(void);
void ws_ptrainer_free(ws_ptrainer *tr);
/* Tables of 2^bits rows for the tagger, parser and labeller (8..24 each;
 * default 17, 20, 17). */
ws_status ws_ptrainer_set_bits(ws_ptrainer *tr, unsigned tbits, unsigned pbits, unsigned lbits);
/* Add training sentences: CoNLL-U with FORM, XPOS, HEAD and DEPREL. */
ws_status ws_ptrainer_add(ws_ptrainer *tr, const char *conllu, size_t len, ws_error *err);
/* Train for `epochs` passes (deterministic) and append the model file. */
ws_status ws_ptrainer_run(ws_ptrainer *tr, int epochs, ws_buf *out,
                          void (*log)(void *ud, const char *line), void *ud, ws_error *err);

/* ---- Evaluation --------------------------------------------------------- */

typedef struct ws_eval ws_eval;

ws_eval *ws_eval_new(void);
void ws_eval_free(ws_eval *ev);

/* Score one document: `gold` and `pred` are brat .ann texts over `text`.
 * `name` is used in error messages. */
ws_status ws_eval_add(ws_eval *ev, const char *name, const char *text,
                      size_t text_len, const char *gold, size_t gold_len,
                      const char *pred, size_t pred_len, ws_error *err);

/* Append a human-readable table (json == 0) or a JSON object of the
 * figures so far. */
ws_status ws_eval_report(const ws_eval *ev, int json, ws_buf *out);

/* The F1 (0..100) for "source", "cue", "content" or "linked" under
 * "exact" or "overlap" matching; -1 for unknown names. */
double ws_eval_f1(const ws_eval *ev, const char *part, const char *match);

/* A corpus with gold annotations: each article NAME.txt of `text_dir`
 * with the alphabetically first gold file NAME.ann or NAME_ANNOTATOR.ann
 * of `gold_dir` (a later annotator of the same article is not used).
 * Paths are joined; NULL with `err` when a directory cannot be read.
 * Free with ws_gold_pairs_free(). */
typedef struct ws_gold_pair {
  char *name; /* the article's name */
  char *text; /* text_dir/NAME.txt */
  char *gold; /* its gold .ann file */
} ws_gold_pair;
ws_gold_pair *ws_gold_pairs(const char *gold_dir, const char *text_dir, size_t *n, ws_error *err);
void ws_gold_pairs_free(ws_gold_pair *v, size_t n);


/* ---- Training ----------------------------------------------------------- */

typedef struct ws_trainer ws_trainer;

ws_trainer *ws_trainer_new(void);
void ws_trainer_free(ws_trainer *tr);

/* Add a training document: its text and gold brat annotations. */
ws_status ws_trainer_add(ws_trainer *tr, const char *name, const char *text,
                         size_t text_len, const char *ann, size_t ann_len,
                         ws_error *err);

/* Size the feature table at 2^bits rows (10..24; default 18): larger
 * tables collide less, smaller ones fit the cache better. */
ws_status ws_trainer_set_bits(ws_trainer *tr, unsigned bits);

/* Add a second stage (stacking): `folds` first stages, each trained
 * without one fold of the documents, label that fold; the second stage
 * learns from those labels (features of stage one's labels, of the
 * nearest stage-one cue, of the stage-one content a token is in) and from
 * all the first stage's features.  At run time the model's first stage
 * labels the text and the second stage labels it again.  0 (default): one
 * stage; else 2..16.  Training costs folds + 2 runs. */
ws_status ws_trainer_set_stack(ws_trainer *tr, unsigned folds);

/* Train with a margin (loss-augmented decoding): while learning, every
 * label but a token's gold one scores the margin more (in units of one
 * update of one feature's weight), so a token counts as wrong until its
 * gold label wins by that much.  `one` for the first stage (and the
 * stacking folds' first stages), `two` for the second (ignored without
 * one); 0 (default): the plain perceptron; 0..100000 each.  The built-in
 * model uses 0 and 0 (docs/model-format.md, "A margin", says what 2000
 * did and why it is not used yet). */
ws_status ws_trainer_set_margin(ws_trainer *tr, unsigned one, unsigned two);

/* Seed the shuffles of the documents' order between passes (default
 * WS_TRAIN_SEED).  The same seed and data give the same bytes; another
 * seed gives a model as good within training's noise, which is how that
 * noise is measured (docs/model-format.md, "A margin"). */
#define WS_TRAIN_SEED 0x2545F4914F6CDD1DULL
void ws_trainer_set_seed(ws_trainer *tr, uint64_t seed);

/* Give the tagger features read off this parser's trees (NULL: none).  The
 * model written then parses with the library's built-in parser, so train
 * with that parser's file (data/parser.bin).  The parser must outlive the
 * trainer's run. */
void ws_trainer_set_parser(ws_trainer *tr, const ws_parser *p);

/* Add part-of-speech evidence: CoNLL-U text (FORM in column 2, Penn XPOS
 * in column 5).  Each word's most frequent tag (seen at least twice) goes
 * into the model's tag lexicon. */
ws_status ws_trainer_add_tags(ws_trainer *tr, const char *conllu, size_t len,
                              ws_error *err);

/* Add word classes: lines of FORM <TAB> VERB <TAB> NOUN <TAB> FLAGS, the
 * WordNet lexicographer files of a word form's most frequent verb and noun
 * senses (0 none) and flags (1: some verb sense is verb.communication, 2:
 * verb.cognition); '#' lines are comments.  scripts/mine-word-classes.py
 * writes them from WordNet.  The model keeps each form's classes in its
 * word table and the tagger reads them as features.  WS_ERR_PARSE (with the
 * line) for a malformed line. */
ws_status ws_trainer_add_classes(ws_trainer *tr, const char *tsv, size_t len, ws_error *err);

/* Train for `epochs` passes (averaged structured perceptron; deterministic)
 * and append the model file's bytes to `out`.  `log` (may be NULL) receives
 * one line per epoch for progress. */
ws_status ws_trainer_run(ws_trainer *tr, int epochs, ws_buf *out,
                         void (*log)(void *ud, const char *line), void *ud,
                         ws_error *err);

#ifdef __cplusplus
}
#endif
#endif
