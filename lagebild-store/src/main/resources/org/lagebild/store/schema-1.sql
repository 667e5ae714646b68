-- Lagebild store schema, version 1. Statements are separated by a line ending in ";".
-- SQLite is the system of record; the Lucene index under DATA/index is derived from it.

CREATE TABLE schema_version (
    version INTEGER NOT NULL PRIMARY KEY
);

-- One row per stored article version. "doc" holds the rest of the Document as JSON (Jackson),
-- without the clean text, which lives in "text".
CREATE TABLE articles (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT    NOT NULL UNIQUE,
    content_hash    TEXT    NOT NULL UNIQUE,
    input           TEXT    NOT NULL,
    format          TEXT    NOT NULL,
    url             TEXT,
    title           TEXT    NOT NULL,
    language        TEXT,
    publisher       TEXT,
    published       TEXT,
    published_day   INTEGER,
    pub_earliest    TEXT,
    pub_latest      TEXT,
    date_source     TEXT    NOT NULL,
    date_origin     TEXT    NOT NULL,
    date_confidence REAL    NOT NULL,
    date_explanation TEXT   NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    supersedes      TEXT    REFERENCES articles(id),
    chain           TEXT    NOT NULL,
    latest          INTEGER NOT NULL DEFAULT 1,
    ingested_seq    INTEGER NOT NULL,
    chars           INTEGER NOT NULL,
    n_mentions      INTEGER NOT NULL,
    n_quantities    INTEGER NOT NULL,
    n_times         INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    doc             TEXT    NOT NULL
);

CREATE INDEX articles_url ON articles(url, latest, version);
CREATE INDEX articles_chain ON articles(chain, latest, version);
-- matches the ORDER BY of Store.articles: newest first, undated last, then latest ingested first
CREATE INDEX articles_listing ON articles(latest, (published_day IS NULL), published_day DESC, seq DESC);
CREATE INDEX articles_batch ON articles(ingested_seq);

CREATE TABLE mentions (
    article_id  TEXT    NOT NULL REFERENCES articles(id),
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    entity_id   TEXT,
    name        TEXT    NOT NULL,
    name_key    TEXT    NOT NULL,
    text        TEXT    NOT NULL
);

CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quantities (
    article_id  TEXT    NOT NULL REFERENCES articles(id),
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    value       REAL,
    min         REAL,
    max         REAL,
    approximate INTEGER NOT NULL,
    qualifier   TEXT,
    unit        TEXT,
    unit_lemma  TEXT,
    counts      TEXT
);

CREATE INDEX quantities_article ON quantities(article_id);
CREATE INDEX quantities_unit ON quantities(unit_lemma);

CREATE TABLE times (
    article_id  TEXT    NOT NULL REFERENCES articles(id),
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    value       TEXT,
    mod         TEXT
);

CREATE INDEX times_article ON times(article_id);
CREATE INDEX times_value ON times(value);

-- Inputs that were not stored because the same content is already stored under another id.
CREATE TABLE duplicates (
    input   TEXT NOT NULL,
    url     TEXT,
    id      TEXT NOT NULL,
    of_id   TEXT NOT NULL REFERENCES articles(id),
    UNIQUE (input, id, of_id)
);

CREATE INDEX duplicates_of ON duplicates(of_id);

INSERT INTO schema_version(version) VALUES (1);
