package org.lagebild.store;

/** What {@link Store#put} did with one document. */
public enum Outcome {
    /** Stored as a new article. */
    INGESTED,
    /** The same id with the same content is already stored; nothing was written. */
    UNCHANGED,
    /** The same content is stored under another id; recorded in the duplicates table only. */
    DUPLICATE,
    /** Same URL (or same given id) with changed content: stored as the next version of that article. */
    NEW_VERSION
}
