-- diembao knowledge base, schema version 1 (SQLite).
--
-- Every fact points at the article that states it (`aid`) and, where the record gives them, at
-- the words that state it (`start`, `end`: offsets into the article's text, see diembao.text).
-- `resolutions` keeps, for every entity and every article that attests it, the rule that
-- linked that article's mention to that entity: the evidence of every merge. An entity with no
-- row left in `resolutions` is removed.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per article: the raw input it came from and the record extracted from it (JSON, the
-- `diembao extract` shape), both as zlib-compressed UTF-8 (see diembao/kb/codec.py).
CREATE TABLE articles (
    aid        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    input_hash TEXT NOT NULL,
    kind       TEXT NOT NULL,
    origin     TEXT NOT NULL,
    name       TEXT NOT NULL,
    raw        BLOB NOT NULL,
    record     BLOB NOT NULL,
    published  TEXT,
    day        TEXT,            -- the local (UTC+7) date of `published`, YYYY-MM-DD
    outlet     TEXT,
    title      TEXT NOT NULL,
    url        TEXT,
    place_id   INTEGER          -- the article's province (its most-named one, else its outlet's)
);
CREATE INDEX articles_hash ON articles (input_hash);
CREATE INDEX articles_day ON articles (day);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_place ON articles (place_id);

-- The last content read from each input (a file, or a line of a JSONL file, by absolute path), so
-- a rerun skips what it has read before even when the input's article has since been replaced
-- by another input of the same id (a corpus that holds two versions of one article).
CREATE TABLE inputs (
    origin     TEXT PRIMARY KEY,
    input_hash TEXT NOT NULL
) WITHOUT ROWID;

-- Inputs that could not be read, parsed or extracted; one row per input (keyed by its hash, or
-- by where it failed when there was no input to hash).
CREATE TABLE errors (
    eid        INTEGER PRIMARY KEY,
    input_key  TEXT NOT NULL UNIQUE,
    origin     TEXT NOT NULL,
    article_id TEXT,
    stage      TEXT NOT NULL,   -- read | parse | extract
    message    TEXT NOT NULL
);

CREATE TABLE places (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    loose_key     TEXT NOT NULL,  -- the folded name without marks, for lookups typed without them
    kind          TEXT,
    era           TEXT,         -- for provinces: pre2025 | post2025 | both | historic
    province_2025 TEXT          -- for provinces: the province of Resolution 202/2025/QH15 that holds it
);
CREATE INDEX places_loose ON places (loose_key);

CREATE TABLE organizations (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    loose_key TEXT NOT NULL,
    name      TEXT NOT NULL,
    parent_id INTEGER REFERENCES organizations (id),
    place_id  INTEGER REFERENCES places (id)
);
CREATE INDEX organizations_loose ON organizations (loose_key);
CREATE INDEX organizations_parent ON organizations (parent_id);

CREATE TABLE org_names (
    org_id INTEGER NOT NULL REFERENCES organizations (id),
    name   TEXT NOT NULL,
    aid    INTEGER NOT NULL REFERENCES articles (aid),
    PRIMARY KEY (org_id, name, aid)
) WITHOUT ROWID;
CREATE INDEX org_names_aid ON org_names (aid);

-- A person: one or more name mentions across articles judged to be the same official.
-- `key` is unique and readable: the folded name, then what set this person apart when it was
-- first seen (a province or a body), then `#N` when that is still not enough.
CREATE TABLE persons (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    loose_key   TEXT NOT NULL,
    province_id INTEGER REFERENCES places (id),
    scope       TEXT            -- the province or body that sets this person apart, as shown
);
CREATE INDEX persons_name ON persons (name_key);
CREATE INDEX persons_loose ON persons (loose_key);

CREATE TABLE person_names (
    person_id INTEGER NOT NULL REFERENCES persons (id),
    name      TEXT NOT NULL,
    aid       INTEGER NOT NULL REFERENCES articles (aid),
    PRIMARY KEY (person_id, name, aid)
) WITHOUT ROWID;
CREATE INDEX person_names_aid ON person_names (aid);

-- An office a person holds: a title in a body, dated by the articles that attest it.
CREATE TABLE offices (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,  -- person id | folded title | body id
    person_id   INTEGER NOT NULL REFERENCES persons (id),
    title       TEXT NOT NULL,
    org_id      INTEGER REFERENCES organizations (id),
    first_seen  TEXT,
    last_seen   TEXT,
    n_articles  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX offices_person ON offices (person_id);
CREATE INDEX offices_org ON offices (org_id);

CREATE TABLE office_evidence (
    office_id INTEGER NOT NULL REFERENCES offices (id),
    aid       INTEGER NOT NULL REFERENCES articles (aid),
    day       TEXT,
    start     INTEGER,
    "end"     INTEGER,
    text      TEXT,
    PRIMARY KEY (office_id, aid)
) WITHOUT ROWID;
CREATE INDEX office_evidence_aid ON office_evidence (aid);

CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    symbol_key TEXT,
    type_key   TEXT NOT NULL,   -- the folded type, with `number` for lookups such as `Nghị quyết 22`
    type       TEXT NOT NULL,
    number     TEXT,
    symbol     TEXT,
    year       TEXT,
    date       TEXT,
    issuer     TEXT,
    name       TEXT,
    subject    TEXT
);
CREATE INDEX documents_symbol ON documents (symbol_key);
CREATE INDEX documents_number ON documents (number, type_key);

-- One citation per document per article, at its first mention (all mentions are in `mentions`).
CREATE TABLE citations (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    aid         INTEGER NOT NULL REFERENCES articles (aid),
    as_written  TEXT NOT NULL,
    start       INTEGER,
    "end"       INTEGER,
    n_mentions  INTEGER NOT NULL,
    PRIMARY KEY (document_id, aid)
) WITHOUT ROWID;
CREATE INDEX citations_aid ON citations (aid);

-- A meeting or ceremony. Reports of one meeting in several articles are one event when they
-- agree on its type, day and organizer; otherwise each article's event is its own.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    key          TEXT NOT NULL UNIQUE,
    type         TEXT NOT NULL,
    name         TEXT NOT NULL,
    date         TEXT,
    part_of_day  TEXT,
    organizer_id INTEGER REFERENCES organizations (id),
    place_id     INTEGER REFERENCES places (id)
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_organizer ON events (organizer_id);
CREATE INDEX events_place ON events (place_id);

CREATE TABLE event_sources (
    event_id INTEGER NOT NULL REFERENCES events (id),
    aid      INTEGER NOT NULL REFERENCES articles (aid),
    name     TEXT NOT NULL,
    start    INTEGER,
    "end"    INTEGER,
    text     TEXT,
    PRIMARY KEY (event_id, aid)
) WITHOUT ROWID;
CREATE INDEX event_sources_aid ON event_sources (aid);

CREATE TABLE event_chairs (
    event_id  INTEGER NOT NULL REFERENCES events (id),
    person_id INTEGER NOT NULL REFERENCES persons (id),
    aid       INTEGER NOT NULL REFERENCES articles (aid),
    PRIMARY KEY (event_id, person_id, aid)
) WITHOUT ROWID;
CREATE INDEX event_chairs_person ON event_chairs (person_id);
CREATE INDEX event_chairs_aid ON event_chairs (aid);

CREATE TABLE event_documents (
    event_id    INTEGER NOT NULL REFERENCES events (id),
    document_id INTEGER NOT NULL REFERENCES documents (id),
    aid         INTEGER NOT NULL REFERENCES articles (aid),
    PRIMARY KEY (event_id, document_id, aid)
) WITHOUT ROWID;
CREATE INDEX event_documents_document ON event_documents (document_id);
CREATE INDEX event_documents_aid ON event_documents (aid);

-- Every mention of every entity: kind is person | organization | place | document | event.
CREATE TABLE mentions (
    aid       INTEGER NOT NULL REFERENCES articles (aid),
    kind      TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (aid, kind, entity_id, start)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions (kind, entity_id);

-- Why each article's mention was linked to each entity (rule: new | key | shared-body |
-- same-province | national | article-place | only-candidate | unplaced | parent-of | outlet ...),
-- with what the rule looked at (JSON).
CREATE TABLE resolutions (
    kind      TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    aid       INTEGER NOT NULL REFERENCES articles (aid),
    name      TEXT NOT NULL,
    rule      TEXT NOT NULL,
    detail    TEXT,
    PRIMARY KEY (kind, entity_id, aid)
) WITHOUT ROWID;
CREATE INDEX resolutions_aid ON resolutions (aid);

-- Runs of ingest and reindex, for `stats` (not part of the knowledge itself).
CREATE TABLE runs (
    id       INTEGER PRIMARY KEY,
    command  TEXT NOT NULL,
    started  TEXT NOT NULL,
    finished TEXT,
    added    INTEGER NOT NULL DEFAULT 0,
    replaced INTEGER NOT NULL DEFAULT 0,
    skipped  INTEGER NOT NULL DEFAULT 0,
    failed   INTEGER NOT NULL DEFAULT 0
);

-- The full-text index: exact (folded) and loose (unmarked) forms of each part, see
-- diembao/kb/analysis.py, and the article's facets (entities, outlet, day: diembao/kb/facets.py).
-- Contentless: the text itself lives in `articles.record`.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title_x, lead_x, body_x, captions_x,
    title_l, lead_l, body_l, captions_l,
    facts,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0'
);
