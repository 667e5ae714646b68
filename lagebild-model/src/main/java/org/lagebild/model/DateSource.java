package org.lagebild.model;

/** How an article's publication date was obtained. */
public enum DateSource {
    /** Given by the user or the input record (JSONL field, --published). */
    GIVEN,
    /** Page metadata: JSON-LD, meta tags, feed item, WARC record date. */
    METADATA,
    /** A date line in the text ("Erstellt am 17.10.2024"). */
    TEXT,
    /** Inferred from the content (latest date mentioned, tense); a window, not a fact. */
    INFERRED,
    /** Nothing known. */
    UNKNOWN
}
