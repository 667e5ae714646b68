package org.lagebild.web;

/**
 * How the web server starts.
 *
 * @param host         interface to bind; {@code 127.0.0.1} by default, anything else logs a warning
 * @param port         TCP port, 0 for any free port (read it back with {@link WebServer#port()})
 * @param allowIngest  whether {@code POST /api/ingest} is enabled (it then needs the bearer token)
 * @param token        the bearer token for ingest; null to generate a random one
 * @param maxBodyBytes largest accepted request body; larger bodies get 413
 */
public record WebOptions(String host, int port, boolean allowIngest, String token, long maxBodyBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;

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
    }

    /** Loopback, the given port, ingest off, a generated token, 32 MiB bodies. */
    public static WebOptions defaults(int port) {
        return new WebOptions(DEFAULT_HOST, port, false, null, DEFAULT_MAX_BODY_BYTES);
    }

    public WebOptions withAllowIngest(boolean allow) {
        return new WebOptions(host, port, allow, token, maxBodyBytes);
    }

    public WebOptions withHost(String h) {
        return new WebOptions(h, port, allowIngest, token, maxBodyBytes);
    }

    public WebOptions withToken(String t) {
        return new WebOptions(host, port, allowIngest, t, maxBodyBytes);
    }

    public WebOptions withMaxBodyBytes(long max) {
        return new WebOptions(host, port, allowIngest, token, max);
    }

    /** True for host names and addresses that stay on this machine. */
    public boolean loopback() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.equals("[::1]")
                || host.startsWith("127.");
    }
}
