package org.lagebild.engine;

/** Progress callbacks of an ingest run; called from the ingesting thread. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() { };

    /** After each committed batch, with the number of records handled so far. */
    default void progress(long records, long failed) {
    }
}
