package org.lagebild.extract;

/**
 * Extraction could not produce an article from a record. The message is a one-line reason
 * ("no text left after boilerplate removal", "document too deeply nested").
 */
public final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String reason) {
        super(reason);
    }

    public ExtractionException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
