package org.lagebild.ingest;

/**
 * Receives what an {@link InputReader} finds, in input order, on the reading thread. Records arrive one
 * at a time, so a sink that does not keep them lets arbitrarily large inputs stream through.
 */
public interface RecordSink {

    /** One decoded document. */
    void record(SourceRecord record);

    /** A bad input or record; reading goes on with the next one. */
    void problem(InputProblem problem);

    /** A record deliberately not ingested (WARC revisit, request, non-HTML): counted, not an error. */
    default void skipped(String input, String reason) {
    }

    /** Something worth knowing that is not an error, e.g. {@code "decoded as windows-1252 (not valid UTF-8)"}. */
    default void notice(String input, String message) {
    }
}
