-- whosaid corpus store, schema version 5 (PRAGMA user_version).
-- Created by `whosaid ingest`, which compiles this file in; migrations
-- from older versions are in src/store/store.c (version 1 -> 2: the doc
-- column of shingles and cluster_members, no attributions_speaker index,
-- quotes_fts indexes names; 2 -> 3: attributions.gender and .inferred,
-- the speaker identity tables; 3 -> 4: documents.doubtful, the profile
-- columns in the documents_outlet index, identity_outlets and
-- identity_quotes; 4 -> 5: attributions.confidence).
-- Every table is keyed so that re-ingesting adds nothing.  TEXT columns
-- hold valid UTF-8: each invalid byte of the input is stored as U+FFFD, so
-- code-point offsets into documents.text are those of the input.

-- One row per document.  `key` identifies it: a hash of its id and text,
-- so the same document ingested twice is the same row.  What belongs to
-- one document and is read with it is kept as JSON beside it: the
-- entities it names (with aliases), its loaded descriptors and scare
-- quotes (docs/json-schema.md gives their fields).
CREATE TABLE IF NOT EXISTS documents (
  doc INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  id TEXT, outlet TEXT, date TEXT, title TEXT, url TEXT,
  text TEXT NOT NULL,
  attributions INTEGER NOT NULL,   -- sourcing profile (ws_profile)
  named INTEGER NOT NULL, anonymous INTEGER NOT NULL, grp INTEGER NOT NULL,
  media INTEGER NOT NULL, no_source INTEGER NOT NULL, second_hand INTEGER NOT NULL,
  direct INTEGER NOT NULL, indirect INTEGER NOT NULL, mixed INTEGER NOT NULL,
  -- its cues of class doubt, hostile or emotive (since version 4; a
  -- store upgraded from an older version has it as its last column)
  doubtful INTEGER NOT NULL DEFAULT 0,
  entities TEXT NOT NULL,          -- JSON [{"name","type","role","aliases"}]
  loaded TEXT NOT NULL,            -- JSON [{"text","word","category","target","start","end"}]
  scare_quotes TEXT NOT NULL       -- JSON [{"text","target","start","end"}]
);
-- The sourcing profile of outlets (`query profile`, the outlets page)
-- reads this index only, never the rows with their text.
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet, date, attributions, named,
  anonymous, grp, second_hand, doubtful);

-- Attributions: offsets are code points into documents.text.  Rows are
-- only ever inserted with their new document, whose key is unique.
CREATE TABLE IF NOT EXISTS attributions (
  attr INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(doc),
  n INTEGER NOT NULL,              -- index in the document
  source TEXT, speaker TEXT, source_type TEXT, organization TEXT,
  entity INTEGER,                  -- index into documents.entities
  names TEXT,                      -- "|name|alias|...|" of the speaker's entity
  cue TEXT NOT NULL, cue_lemma TEXT, cue_class TEXT,
  content TEXT NOT NULL, kind TEXT,
  spans TEXT NOT NULL,             -- JSON: {"source":[[s,e]],"cue":...,"content":...}
  parent INTEGER,                  -- attr of the attribution relaying this one
  channel TEXT, recipient TEXT, second_hand INTEGER NOT NULL,
  gender TEXT,                     -- a person speaker's (since version 3)
  inferred INTEGER NOT NULL DEFAULT 0, -- a quotation with no cue (since 3)
  confidence REAL                  -- chance it is right, 0 to 1 (since 5;
                                   -- NULL for rows stored before)
);
-- No B-tree index on speaker: lookups by speaker also match aliases in
-- `names`, which quotes_fts indexes (below), and a random-order index
-- would cost every ingest batch a rewrite of its pages.

-- Full-text search over quote contents (with speaker and the speaker's
-- names, which also serve lookups by speaker) and articles.
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
  content, speaker, names, content='attributions', content_rowid='attr');
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, text, content='documents', content_rowid='doc');
-- merge index segments less eagerly: ingest writes in large batches
INSERT INTO quotes_fts(quotes_fts, rank) VALUES('automerge', 16);
INSERT INTO documents_fts(documents_fts, rank) VALUES('automerge', 16);

-- Quote linking (MemeTracker-style): the 64-bit hashes of each
-- quotation's 5-word shingles, little-endian, one blob per quotation;
-- clustering sorts all of them by hash in memory, one pass.
CREATE TABLE IF NOT EXISTS shingles (
  attr INTEGER PRIMARY KEY,        -- the quotation's attribution
  hashes BLOB NOT NULL,
  doc INTEGER                      -- its document (since version 2)
);
-- Clusters are numbered from 1 in the canonical order of their first
-- members (documents by key, quotations by place in the document), so the
-- same corpus gives the same numbers however it was ingested.
CREATE TABLE IF NOT EXISTS clusters (
  cluster INTEGER PRIMARY KEY,
  first_attr INTEGER NOT NULL, first_date TEXT,
  size INTEGER NOT NULL, outlets INTEGER NOT NULL, documents INTEGER NOT NULL,
  text TEXT NOT NULL               -- the earliest variant
);
CREATE TABLE IF NOT EXISTS cluster_members (
  attr INTEGER PRIMARY KEY, cluster INTEGER NOT NULL,
  doc INTEGER                      -- the attribution's document (since version 2)
);
CREATE INDEX IF NOT EXISTS cluster_members_cluster ON cluster_members(cluster);

-- Speaker identities across the corpus (since version 3), rebuilt from
-- the attributions after every ingest (src/store/identity.c): the
-- canonical speakers of the documents ("Barack Obama", "Obama",
-- "Barack H. Obama") that name one person or body.  Numbered in the
-- order of their names, so the same corpus gives the same numbers.
CREATE TABLE IF NOT EXISTS identities (
  identity INTEGER PRIMARY KEY,
  name TEXT NOT NULL,              -- its most quoted full name
  type TEXT,                       -- the commonest source type of its names
  gender TEXT,                     -- persons: female, male or unknown
  attributions INTEGER NOT NULL, documents INTEGER NOT NULL, outlets INTEGER NOT NULL
);
-- Every canonical speaker of the attributions and its identity.
CREATE TABLE IF NOT EXISTS speaker_names (
  name TEXT PRIMARY KEY,           -- attributions.speaker
  identity INTEGER NOT NULL REFERENCES identities(identity),
  attributions INTEGER NOT NULL,
  how TEXT NOT NULL                -- why it joined: self, name (same first and
                                   -- last name), surname, alias, override
);
CREATE INDEX IF NOT EXISTS speaker_names_identity ON speaker_names(identity);
-- Rebuilt with the identities (since version 4), so that a speaker's page
-- reads a few rows however often the speaker is quoted: its attributions
-- by outlet and cue class, and its attributions in date order.
CREATE TABLE IF NOT EXISTS identity_outlets (
  identity INTEGER NOT NULL, outlet TEXT,
  attributions INTEGER NOT NULL, quotes INTEGER NOT NULL,  -- quotes: kind not indirect
  neutral INTEGER NOT NULL, doubt INTEGER NOT NULL, factive INTEGER NOT NULL,
  hostile INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS identity_outlets_identity ON identity_outlets(identity);
CREATE TABLE IF NOT EXISTS identity_quotes (
  attr INTEGER PRIMARY KEY, identity INTEGER NOT NULL, date TEXT, outlet TEXT
);
CREATE INDEX IF NOT EXISTS identity_quotes_date ON identity_quotes(identity, date, outlet);
-- The user's corrections (`whosaid identity`): `name` joins the identity
-- of `target`, or stands alone when target is NULL.
CREATE TABLE IF NOT EXISTS speaker_overrides (
  name TEXT PRIMARY KEY,
  target TEXT
);
