-- Lagebild store schema, version 2: derived tables for duplicates and stories. Applied on top of
-- version 1 (also to an existing version-1 store when it is opened). Everything here can be
-- rebuilt from the articles table ("lagebild restory"), like the Lucene index.

-- Near-duplicates: syndicated agency copies, trimmed or retitled versions of a stored article.
-- group_id is the id of the first stored article of the group; an article without a row is
-- a group of its own. Such a copy never counts as independent corroboration.
CREATE TABLE near_duplicates (
    article_id  TEXT NOT NULL PRIMARY KEY,
    group_id    TEXT NOT NULL,
    similarity  REAL NOT NULL,
    kind        TEXT NOT NULL
);

CREATE INDEX near_duplicates_group ON near_duplicates(group_id);

-- MinHash signatures of the most recent articles, so the duplicate window survives a restart.
-- Pruned to the window size; older articles are only found as exact duplicates.
CREATE TABLE signatures (
    article_id  TEXT    NOT NULL PRIMARY KEY,
    seq         INTEGER NOT NULL,
    sig         BLOB    NOT NULL
);

CREATE INDEX signatures_seq ON signatures(seq);

-- Stories: articles about the same events, grown online in publication order.
CREATE TABLE stories (
    id          TEXT    NOT NULL PRIMARY KEY,
    title       TEXT    NOT NULL,
    first_day   TEXT,
    last_day    TEXT,
    n_articles  INTEGER NOT NULL,
    n_sources   INTEGER NOT NULL,
    languages   TEXT    NOT NULL,
    sources     TEXT    NOT NULL,
    entities    TEXT    NOT NULL,
    active      INTEGER NOT NULL,
    updated_seq INTEGER NOT NULL
);

CREATE INDEX stories_listing ON stories(last_day DESC, n_articles DESC);

CREATE TABLE story_articles (
    article_id  TEXT    NOT NULL PRIMARY KEY,
    story_id    TEXT    NOT NULL,
    score       REAL    NOT NULL
);

CREATE INDEX story_articles_story ON story_articles(story_id);

-- Named pieces of derived state as JSON: the clusterer's active stories, the last article seq
-- processed into duplicates and stories (the catch-up mark, like the index's commit data).
CREATE TABLE derived_state (
    name        TEXT    NOT NULL PRIMARY KEY,
    json        TEXT    NOT NULL
);

INSERT INTO schema_version(version) VALUES (2);
