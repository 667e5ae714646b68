package org.lagebild.ingest.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A fetched page. Immutable apart from the body array, which callers must not change.
 *
 * @param requested the URI asked for
 * @param uri the URI the body came from, after redirects
 * @param redirects every hop before {@code uri}, in order (empty without redirects)
 * @param status the final HTTP status (2xx)
 * @param contentType the Content-Type header, or null
 * @param body the raw body bytes, at most {@link FetchOptions#maxBytes()}
 * @param fetchedAt when the final response arrived
 */
public record FetchResult(URI requested, URI uri, List<URI> redirects, int status, String contentType, byte[] body,
                          Instant fetchedAt) {
    public FetchResult {
        redirects = List.copyOf(redirects);
    }

    /** The charset named by the Content-Type header ("text/html; charset=ISO-8859-1"), or null. */
    public String charset() {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String c = p.substring(8).strip();
                return c.replace("\"", "").replace("'", "").isEmpty() ? null : c.replace("\"", "").replace("'", "");
            }
        }
        return null;
    }
}
