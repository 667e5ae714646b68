package org.lagebild.entities.kb;

/** A knowledge-base file that cannot be read or has a malformed line; the message names file and line. */
public final class KnowledgeBaseException extends RuntimeException {
    private final String file;
    private final int line;

    public KnowledgeBaseException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public KnowledgeBaseException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
        this.line = 0;
    }

    /** The file (resource name or path) with the problem. */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }
}
