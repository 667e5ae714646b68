package org.lagebild.web;

/**
 * How the web server starts.
 *
 * @param host         interface to bind; {@code 127.0.0.1} by default, anything else logs a warning
 * @param port         TCP port, 0 for any free port (read it back with {@link WebServer#port()})
 * @param allowIngest  whether {@code POST /api/ingest} is enabled (it then needs the bearer token)
 * @param token        the bearer token for ingest; null to generate a random one
 * @param maxBodyBytes largest accepted request body; larger bodies get 413
 * @param cacheBytes   memory for finished responses, in bytes: a quarter for search results, the rest
 *                     for story pages, facts and timelines; 0 computes every response afresh
 */
public record WebOptions(String host, int port, boolean allowIngest, String token, long maxBodyBytes,
                         long cacheBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;
    /** System property that sets {@link #cacheBytes} of {@link #defaults}, in MiB. */
    public static final String CACHE_MB_PROPERTY = "lagebild.web.cacheMb";
    public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;

    public WebOptions {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maximum body size must be positive: " + maxBodyBytes);
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("cache size must not be negative: " + cacheBytes);
        }
    }

    /** The options before the response cache had a size: it gets {@link #DEFAULT_CACHE_BYTES}. */
    public WebOptions(String host, int port, boolean allowIngest, String token, long maxBodyBytes) {
        this(host, port, allowIngest, token, maxBodyBytes, DEFAULT_CACHE_BYTES);
    }

    /**
     * Loopback, the given port, ingest off, a generated token, 32 MiB bodies, a response cache of
     * 64 MiB or as many MiB as the system property {@value #CACHE_MB_PROPERTY} says (0 turns it off).
     */
    public static WebOptions defaults(int port) {
        String mb = System.getProperty(CACHE_MB_PROPERTY);
        long cache = DEFAULT_CACHE_BYTES;
        if (mb != null && !mb.isBlank()) {
            try {
                cache = Long.parseLong(mb.strip()) * 1024 * 1024;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(CACHE_MB_PROPERTY + " must be a number of MiB, not '" + mb + "'");
            }
        }
        return new WebOptions(DEFAULT_HOST, port, false, null, DEFAULT_MAX_BODY_BYTES, cache);
    }

    public WebOptions withAllowIngest(boolean allow) {
        return new WebOptions(host, port, allow, token, maxBodyBytes, cacheBytes);
    }

    public WebOptions withHost(String h) {
        return new WebOptions(h, port, allowIngest, token, maxBodyBytes, cacheBytes);
    }

    public WebOptions withToken(String t) {
        return new WebOptions(host, port, allowIngest, t, maxBodyBytes, cacheBytes);
    }

    public WebOptions withMaxBodyBytes(long max) {
        return new WebOptions(host, port, allowIngest, token, max, cacheBytes);
    }

    public WebOptions withCacheBytes(long bytes) {
        return new WebOptions(host, port, allowIngest, token, maxBodyBytes, bytes);
    }

    /** True for host names and addresses that stay on this machine. */
    public boolean loopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]")
                || host.startsWith("127.");
    }
}
