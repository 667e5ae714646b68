-- Lagebild store schema, version 3: indexes for the story listing and its entity filter.

-- matches the ORDER BY of DerivedTables.stories: most recent first, undated last, larger first
DROP INDEX stories_listing;
CREATE INDEX stories_listing ON stories((last_day IS NULL), last_day DESC, n_articles DESC, id);

-- the stories filter by entity name (entity ids have their index since version 1)
CREATE INDEX mentions_name ON mentions(name_key);

INSERT INTO schema_version(version) VALUES (3);
