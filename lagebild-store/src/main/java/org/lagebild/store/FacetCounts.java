package org.lagebild.store;

import java.util.Map;

/**
 * How many of a search's hits have each language and each source, counted over every hit.
 *
 * @param total     hits of the search
 * @param languages hits per indexed language (lower-case primary subtag, "und" when unknown)
 * @param sources   hits per source, keyed by the publisher stripped and in lower case (as the
 *                  {@code source} filter matches); hits without a publisher are not counted here,
 *                  so they are {@code total} minus the sum
 */
public record FacetCounts(long total, Map<String, Long> languages, Map<String, Long> sources) {
    public FacetCounts {
        languages = Map.copyOf(languages);
        sources = Map.copyOf(sources);
    }
}
