package org.lagebild.ingest;

/**
 * Options of an {@link InputReader}. Immutable.
 *
 * @param maxBytes the largest document (file, JSONL line, feed file, WARC payload) in bytes; bigger ones
 *     become problems without being buffered beyond this limit
 * @param publishedOverride if not null, the {@code published} value of every record
 * @param ownDirectory if not null, a directory never read when a directory or glob is expanded: the data directory
 *     the records go to ({@code lagebild ingest .} where {@code ./lagebild-data} lies), said in a notice
 */
public record InputOptions(long maxBytes, String publishedOverride, java.nio.file.Path ownDirectory) {

    /** 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Largest allowed limit: documents are held in one array. */
    public static final long MAX_MAX_BYTES = Integer.MAX_VALUE - 16L;

    public InputOptions(long maxBytes, String publishedOverride) {
        this(maxBytes, publishedOverride, null);
    }

    public InputOptions {
        if (maxBytes <= 0 || maxBytes > MAX_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be in 1.." + MAX_MAX_BYTES + ": " + maxBytes);
        }
    }

    /** 20 MB per document, no published override. */
    public static InputOptions defaults() {
        return new InputOptions(DEFAULT_MAX_BYTES, null);
    }

    /** A copy with another size limit. */
    public InputOptions withMaxBytes(long limit) {
        return new InputOptions(limit, publishedOverride, ownDirectory);
    }

    /** A copy with another published override (null for none). */
    public InputOptions withPublishedOverride(String published) {
        return new InputOptions(maxBytes, published, ownDirectory);
    }

    /** A copy that never reads {@code dir} (null for none) when it expands a directory or glob. */
    public InputOptions withOwnDirectory(java.nio.file.Path dir) {
        return new InputOptions(maxBytes, publishedOverride, dir);
    }
}
