package org.lagebild.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one web page over http or https with {@link java.net.http.HttpClient}: connect and response timeouts,
 * a size cap (a longer body is an error), a polite delay between requests to the same host, and redirects
 * followed by hand (at most {@link FetchOptions#maxRedirects()}) so that every hop's scheme and resolved
 * addresses are checked. Unless {@link FetchOptions#allowPrivate()}, a host with any loopback, private,
 * link-local or otherwise non-public address ({@link AddressPolicy}) is refused before connecting. No proxy
 * is used. Thread-safe; {@link #close()} stops the timer thread that enforces the response deadline.
 *
 * <p>Known limit: the client resolves the host again when it connects, so a DNS answer that changes between
 * the check and the connection (DNS rebinding) is not caught; run fetches where private networks are not
 * reachable when that matters.
 */
public final class PageFetcher implements AutoCloseable {

    private static final int READ_CHUNK = 16 * 1024;

    private final FetchOptions options;
    private final HttpClient client;
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    public PageFetcher(FetchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "page-fetch-deadline");
            t.setDaemon(true);
            return t;
        });
    }

    /** The options this fetcher was built with. */
    public FetchOptions options() {
        return options;
    }

    /**
     * Fetches {@code uri}, following redirects.
     *
     * @throws FetchException naming the URL (of the failing hop) and why: scheme, refused address, unknown host,
     *     timeout, HTTP status, too large, too many redirects, I/O error
     */
    public FetchResult fetch(URI uri) throws FetchException {
        if (uri == null) {
            throw new NullPointerException("uri");
        }
        URI current = uri;
        List<URI> hops = new ArrayList<>();
        while (true) {
            check(current);
            politeDelay(current.getHost().toLowerCase(Locale.ROOT));
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(current).GET().timeout(options.readTimeout())
                        .header("User-Agent", options.userAgent())
                        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
                        .build();
            } catch (IllegalArgumentException e) {
                throw new FetchException(current, "invalid URL: " + e.getMessage());
            }
            long deadline = System.nanoTime() + options.readTimeout().toNanos();
            HttpResponse<InputStream> response = send(current, request);
            int status = response.statusCode();
            if (isRedirect(status)) {
                closeQuietly(response.body());
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null || location.isBlank()) {
                    throw new FetchException(current, "HTTP " + status + " redirect without Location");
                }
                if (hops.size() >= options.maxRedirects()) {
                    throw new FetchException(current, "too many redirects (more than " + options.maxRedirects() + ")");
                }
                URI next;
                try {
                    next = current.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(current, "invalid redirect Location: " + location.strip());
                }
                hops.add(current);
                current = next;
                continue;
            }
            if (status < 200 || status > 299) {
                closeQuietly(response.body());
                throw new FetchException(current, "HTTP " + status);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > options.maxBytes()) {
                closeQuietly(response.body());
                throw new FetchException(current, "larger than " + options.maxBytes() + " bytes (Content-Length " + declared + ")");
            }
            byte[] body = readBounded(current, response.body(), deadline);
            return new FetchResult(uri, current, hops, status, response.headers().firstValue("Content-Type").orElse(null),
                    body, Instant.now());
        }
    }

    private void check(URI u) throws FetchException {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(u, "only http and https are fetched, not '" + scheme + "'");
        }
        String host = u.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException(u, "no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(u, "unknown host " + host);
        } catch (SecurityException e) {
            throw new FetchException(u, "host lookup not permitted: " + e.getMessage());
        }
        if (!options.allowPrivate()) {
            for (InetAddress a : addresses) {
                String why = AddressPolicy.nonPublic(a);
                if (why != null) {
                    throw new FetchException(u, "refused: " + host + " resolves to a " + why + " (" + a.getHostAddress()
                            + "); allow private addresses to fetch it");
                }
            }
        }
    }

    /** Waits until this host's next slot: requests to one host start at least {@code perHostDelay} apart. */
    private void politeDelay(String host) throws FetchException {
        long delay = options.perHostDelay().toNanos();
        if (delay == 0) {
            return;
        }
        long now = System.nanoTime();
        long[] mine = new long[1];
        nextSlot.compute(host, (h, next) -> {
            mine[0] = next == null || next - now < 0 ? now : next;
            return mine[0] + delay;
        });
        long wait = mine[0] - now;
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(URI.create("http://" + host + "/"), "interrupted while waiting for the host");
            }
        }
    }

    private HttpResponse<InputStream> send(URI u, HttpRequest request) throws FetchException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException(u, "timed out: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new FetchException(u, "I/O error: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(u, "interrupted", e);
        } catch (IllegalArgumentException | SecurityException e) {
            throw new FetchException(u, "cannot fetch: " + e.getMessage(), e);
        }
    }

    /** Reads the body up to the size cap; a stalled body is cut off at the response deadline. */
    private byte[] readBounded(URI u, InputStream in, long deadline) throws FetchException {
        AtomicBoolean expired = new AtomicBoolean();
        long left = Math.max(1, deadline - System.nanoTime());
        ScheduledFuture<?> guard = timer.schedule(() -> {
            expired.set(true);
            closeQuietly(in);
        }, left, TimeUnit.NANOSECONDS);
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[READ_CHUNK];
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
                if (out.size() > options.maxBytes()) {
                    throw new FetchException(u, "larger than " + options.maxBytes() + " bytes");
                }
            }
            if (expired.get()) {
                throw new FetchException(u, "timed out reading the body after " + options.readTimeout().toMillis() + " ms");
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (expired.get()) {
                throw new FetchException(u, "timed out reading the body after " + options.readTimeout().toMillis() + " ms", e);
            }
            throw new FetchException(u, "I/O error reading the body: " + e, e);
        } finally {
            guard.cancel(false);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the body is abandoned either way
        }
    }

    /** Stops the deadline timer; fetches in flight finish without their body deadline. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
