package org.lagebild.store;

/** A store could not be opened, read or written; the message names the data dir or file and the reason. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
