package org.lagebild.ingest;

import java.util.Locale;

/** The input formats, named as in {@link SourceRecord#format()}. */
public enum InputFormat {
    /** Plain text, one article per file. */
    TEXT,
    /** One HTML page per file. */
    HTML,
    /** JSON Lines: one JSON object per line. */
    JSONL,
    /** An RSS (0.9x, 1.0, 2.0) or Atom feed. */
    RSS,
    /** A WARC (or ARC-style WARC) archive. */
    WARC;

    /** The lower-case name used in {@link SourceRecord#format()} and in {@code input-formats.tsv}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format with this {@link #id()}. */
    public static InputFormat fromId(String id) {
        for (InputFormat f : values()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input format: " + id);
    }
}
