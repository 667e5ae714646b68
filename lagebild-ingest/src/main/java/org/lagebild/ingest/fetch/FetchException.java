package org.lagebild.ingest.fetch;

import java.net.URI;

/** A page that could not be fetched: the message names the URL and the reason ("https://x/a: too many redirects (6)"). */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient URI uri;
    private final String reason;

    public FetchException(URI uri, String reason) {
        super(uri + ": " + reason);
        this.uri = uri;
        this.reason = reason;
    }

    public FetchException(URI uri, String reason, Throwable cause) {
        super(uri + ": " + reason, cause);
        this.uri = uri;
        this.reason = reason;
    }

    /** The URL that failed (the hop that failed, after redirects). */
    public URI uri() {
        return uri;
    }

    /** Why, without the URL. */
    public String reason() {
        return reason;
    }
}
