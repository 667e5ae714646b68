package org.lagebild.ingest.fetch;

import java.time.Duration;

/**
 * How {@link PageFetcher} fetches. Immutable.
 *
 * @param connectTimeout longest wait for a TCP/TLS connection
 * @param readTimeout longest wait for the whole response (headers and body) of one hop
 * @param maxBytes largest body accepted; a longer one is an error, not truncated
 * @param perHostDelay least time between the starts of two requests to the same host
 * @param maxRedirects redirects followed at most (0..5)
 * @param allowPrivate whether loopback, private, link-local and other non-public addresses may be fetched
 * @param userAgent the User-Agent header sent
 */
public record FetchOptions(Duration connectTimeout, Duration readTimeout, long maxBytes, Duration perHostDelay,
                           int maxRedirects, boolean allowPrivate, String userAgent) {

    /** The limit: at most five redirects. */
    public static final int MAX_REDIRECTS = 5;

    public FetchOptions {
        if (connectTimeout == null || readTimeout == null || perHostDelay == null || userAgent == null) {
            throw new NullPointerException("timeouts, delay and user agent must not be null");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (perHostDelay.isNegative()) {
            throw new IllegalArgumentException("perHostDelay must not be negative");
        }
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16L) {
            throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 16L) + ": " + maxBytes);
        }
        if (maxRedirects < 0 || maxRedirects > MAX_REDIRECTS) {
            throw new IllegalArgumentException("maxRedirects must be in 0.." + MAX_REDIRECTS + ": " + maxRedirects);
        }
    }

    /** 10 s connect, 30 s per response, 10 MB, 1 s between requests to one host, 5 redirects, public addresses only. */
    public static FetchOptions defaults() {
        return new FetchOptions(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, Duration.ofSeconds(1),
                MAX_REDIRECTS, false, "Lagebild/0.1 (article fetcher)");
    }

    public FetchOptions withAllowPrivate(boolean allow) {
        return new FetchOptions(connectTimeout, readTimeout, maxBytes, perHostDelay, maxRedirects, allow, userAgent);
    }

    public FetchOptions withPerHostDelay(Duration delay) {
        return new FetchOptions(connectTimeout, readTimeout, maxBytes, delay, maxRedirects, allowPrivate, userAgent);
    }

    public FetchOptions withMaxBytes(long limit) {
        return new FetchOptions(connectTimeout, readTimeout, limit, perHostDelay, maxRedirects, allowPrivate, userAgent);
    }

    public FetchOptions withTimeouts(Duration connect, Duration read) {
        return new FetchOptions(connect, read, maxBytes, perHostDelay, maxRedirects, allowPrivate, userAgent);
    }

    public FetchOptions withMaxRedirects(int n) {
        return new FetchOptions(connectTimeout, readTimeout, maxBytes, perHostDelay, n, allowPrivate, userAgent);
    }
}
