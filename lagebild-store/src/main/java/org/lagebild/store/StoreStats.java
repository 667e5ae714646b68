package org.lagebild.store;

import java.util.Map;

/**
 * Counts over the store. {@code articles} counts latest versions, {@code versions} all stored rows,
 * {@code indexed} the documents in the Lucene index; {@code byLanguage}/{@code bySource} and the
 * annotation counts cover latest versions (articles without a publisher count under ""); sizes are
 * bytes on disk (database with its WAL, index).
 */
public record StoreStats(long articles, long versions, long duplicates, long indexed, Map<String, Long> byLanguage,
                         Map<String, Long> bySource, long mentions, long quantities, long times, long dbBytes,
                         long indexBytes) {
    public StoreStats {
        byLanguage = Map.copyOf(byLanguage);
        bySource = Map.copyOf(bySource);
    }
}
