package org.lagebild.store;

import java.time.LocalDate;

/**
 * A search over the latest article versions.
 *
 * @param text     Lucene query syntax over title and text (default operator AND); null or blank matches all
 * @param language ISO 639-1 code to restrict to, or null
 * @param source   publisher, exact but case-insensitive, or null
 * @param from     first publication day (inclusive), or null; any date filter excludes undated articles
 * @param to       last publication day (inclusive), or null
 * @param entity   an entity id or name (normalised like {@link org.lagebild.model.ArticleIds#normalise}), or null
 * @param limit    maximum hits to return (at least 1)
 * @param offset   hits to skip, for paging
 */
public record SearchQuery(String text, String language, String source, LocalDate from, LocalDate to,
                          String entity, int limit, int offset) {
    public SearchQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends before it starts: " + from + ".." + to);
        }
    }

    /** A plain text query without filters for the first {@code limit} hits. */
    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, null, null, null, null, null, limit, 0);
    }
}
