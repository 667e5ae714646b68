package org.lagebild.ingest;

/** A problem that ends the reading of one input; becomes an {@link InputProblem} with the same reason. */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputException(String reason) {
        super(InputProblem.oneLine(reason));
    }

    /** The one-line reason. */
    public String reason() {
        return getMessage();
    }
}
