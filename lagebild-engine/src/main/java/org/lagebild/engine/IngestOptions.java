package org.lagebild.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Options of one ingest run.
 *
 * @param stages     which annotation stages run after extraction
 * @param published  a publication date (ISO yyyy-MM-dd) that overrides every input's, or null
 * @param batchSize  articles committed together (one transaction)
 * @param threads    worker threads for extraction and annotation
 * @param today      the reference day for articles without a date of their own
 * @param fetch      when not null, feed items' linked pages are fetched with these options (and the feed
 *                   item's own text is kept when a fetch fails)
 * @param maxChars   the longest article text annotated, in chars; a longer one is refused with its size
 *                   (default {@link Lagebild#MAX_ARTICLE_CHARS})
 */
public record IngestOptions(StageSet stages, String published, int batchSize, int threads, LocalDate today,
                            org.lagebild.ingest.fetch.FetchOptions fetch, int maxChars) {
    public IngestOptions {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(today, "today");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("the longest article must be positive: " + maxChars);
        }
    }

    public static IngestOptions defaults(LocalDate today) {
        return new IngestOptions(StageSet.FULL, null, 500, Math.max(1, Runtime.getRuntime().availableProcessors()), today, null,
                Lagebild.MAX_ARTICLE_CHARS);
    }

    /**
     * Whether the run updates near-duplicates and stories after each stored batch: with the full
     * stage set, whose entities and claims the story clustering weighs.
     */
    public boolean stories() {
        return stages == StageSet.FULL;
    }

    public IngestOptions withStages(StageSet s) {
        return new IngestOptions(s, published, batchSize, threads, today, fetch, maxChars);
    }

    public IngestOptions withPublished(String p) {
        return new IngestOptions(stages, p, batchSize, threads, today, fetch, maxChars);
    }

    public IngestOptions withBatchSize(int b) {
        return new IngestOptions(stages, published, b, threads, today, fetch, maxChars);
    }

    /** Fetch the pages feed items link to (null: do not fetch). */
    public IngestOptions withFetch(org.lagebild.ingest.fetch.FetchOptions f) {
        return new IngestOptions(stages, published, batchSize, threads, today, f, maxChars);
    }

    /** Annotate articles of up to this many chars of text (a longer one is refused with its size). */
    public IngestOptions withMaxChars(int m) {
        return new IngestOptions(stages, published, batchSize, threads, today, fetch, m);
    }

    public IngestOptions withThreads(int t) {
        return new IngestOptions(stages, published, batchSize, t, today, fetch, maxChars);
    }
}
