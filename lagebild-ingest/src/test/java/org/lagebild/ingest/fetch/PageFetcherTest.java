package org.lagebild.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lagebild.ingest.InputProblem;
import org.lagebild.ingest.RecordSink;
import org.lagebild.ingest.SourceRecord;

/** {@link PageFetcher} against a local {@link HttpServer} on 127.0.0.1 (allowed only with allowPrivate). */
class PageFetcherTest {

    private static final String PAGE = "<html><head><title>Ö</title></head><body><p>Größere Märkte</p></body></html>";

    private HttpServer server;
    private String base;
    private final AtomicInteger requests = new AtomicInteger();
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            String path = ex.getRequestURI().getPath();
            switch (path) {
                case "/page" -> send(ex, 200, "text/html; charset=ISO-8859-1", PAGE.getBytes(StandardCharsets.ISO_8859_1));
                case "/hop1" -> redirect(ex, "/hop2");
                case "/hop2" -> redirect(ex, base + "/page");
                case "/to-file" -> redirect(ex, "file:///etc/passwd");
                case "/big" -> send(ex, 200, "text/html", new byte[4096]);
                case "/big-chunked" -> {
                    ex.getResponseHeaders().add("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to check first
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(new byte[4096]);
                    }
                }
                case "/slow" -> {
                    sleep(3000);
                    send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
                }
                case "/json" -> send(ex, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
                default -> {
                    if (path.startsWith("/loop")) {
                        int n = Integer.parseInt(path.substring(5));
                        redirect(ex, "/loop" + (n + 1));
                    } else {
                        send(ex, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        fetcher = new PageFetcher(local());
    }

    @AfterEach
    void stop() {
        server.stop(0);
        fetcher.close();
    }

    private static FetchOptions local() {
        return FetchOptions.defaults().withAllowPrivate(true).withPerHostDelay(Duration.ZERO)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void fetchesAPageWithItsDeclaredCharset() throws Exception {
        FetchResult r = fetcher.fetch(URI.create(base + "/page"));
        assertEquals(200, r.status());
        assertEquals("ISO-8859-1", r.charset());
        assertArrayEquals(PAGE.getBytes(StandardCharsets.ISO_8859_1), r.body());
        assertTrue(r.redirects().isEmpty());
    }

    @Test
    void followsRedirectsAndRecordsEveryHop() throws Exception {
        FetchResult r = fetcher.fetch(URI.create(base + "/hop1"));
        assertEquals(URI.create(base + "/page"), r.uri());
        assertEquals(List.of(URI.create(base + "/hop1"), URI.create(base + "/hop2")), r.redirects());
    }

    @Test
    void stopsAfterFiveRedirects() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(base + "/loop0")));
        assertEquals("too many redirects (more than 5)", e.reason());
        assertEquals(URI.create(base + "/loop5"), e.uri());
        assertEquals(6, requests.get(), "the start and five redirects were requested, no more");
    }

    @Test
    void everyHopIsChecked() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(base + "/to-file")));
        assertEquals(URI.create("file:///etc/passwd"), e.uri());
        assertTrue(e.reason().startsWith("only http and https"), e.reason());
    }

    @Test
    void loopbackIsRefusedWithoutAllowPrivateAndNothingIsSent() {
        try (PageFetcher strict = new PageFetcher(local().withAllowPrivate(false))) {
            FetchException e = assertThrows(FetchException.class, () -> strict.fetch(URI.create(base + "/page")));
            assertTrue(e.getMessage().startsWith(base + "/page: refused: 127.0.0.1 resolves to a loopback address"),
                    e.getMessage());
            assertEquals(0, requests.get());
        }
    }

    @Test
    void onlyHttpAndHttps() {
        for (String u : new String[] {"ftp://example.org/a", "file:///etc/passwd", "gopher://x/"}) {
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(u)));
            assertTrue(e.reason().startsWith("only http and https"), e.reason());
        }
    }

    @Test
    void bodiesAboveTheCapAreErrors() {
        try (PageFetcher small = new PageFetcher(local().withMaxBytes(1024))) {
            FetchException declared = assertThrows(FetchException.class, () -> small.fetch(URI.create(base + "/big")));
            assertTrue(declared.reason().startsWith("larger than 1024 bytes"), declared.reason());
            FetchException streamed = assertThrows(FetchException.class, () -> small.fetch(URI.create(base + "/big-chunked")));
            assertEquals("larger than 1024 bytes", streamed.reason());
        }
    }

    @Test
    void httpErrorsNameTheStatus() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(base + "/missing")));
        assertEquals("HTTP 404", e.reason());
    }

    @Test
    void slowServersTimeOut() {
        try (PageFetcher quick = new PageFetcher(local().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)))) {
            long t0 = System.nanoTime();
            FetchException e = assertThrows(FetchException.class, () -> quick.fetch(URI.create(base + "/slow")));
            assertTrue(e.reason().startsWith("timed out"), e.reason());
            assertTrue(System.nanoTime() - t0 < 2_500_000_000L, "gave up before the server answered");
        }
    }

    @Test
    void requestsToOneHostAreSpacedByTheDelay() throws Exception {
        try (PageFetcher polite = new PageFetcher(local().withPerHostDelay(Duration.ofMillis(300)))) {
            long t0 = System.nanoTime();
            polite.fetch(URI.create(base + "/page"));
            polite.fetch(URI.create(base + "/page"));
            polite.fetch(URI.create(base + "/page"));
            assertTrue(System.nanoTime() - t0 >= 600_000_000L, "three requests need at least two delays");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.10", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "0.1.2.3", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1",
            "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void nonPublicAddresses(String literal) throws Exception {
        assertTrue(AddressPolicy.nonPublic(InetAddress.getByName(literal)) != null, literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"})
    void publicAddresses(String literal) throws Exception {
        assertNull(AddressPolicy.nonPublic(InetAddress.getByName(literal)), literal);
    }

    @Test
    void feedItemsAreReplacedByTheirPagesAndFailuresKeepTheItem() {
        List<SourceRecord> records = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        RecordSink collect = new RecordSink() {
            @Override
            public void record(SourceRecord record) {
                records.add(record);
            }

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem);
            }
        };
        FetchingSink sink = new FetchingSink(collect, fetcher);
        sink.record(item("feed.xml#1", base + "/hop1"));
        sink.record(item("feed.xml#2", base + "/missing"));
        sink.record(item("feed.xml#3", base + "/json"));
        sink.record(new SourceRecord("a.html", "html", SourceRecord.TEXT_HTML, "<p>x</p>", base + "/page",
                null, null, null, null, null, null, null));
        assertEquals(4, records.size());
        SourceRecord page = records.get(0);
        assertEquals(SourceRecord.TEXT_HTML, page.contentType());
        assertTrue(page.content().contains("Größere Märkte"), page.content());
        assertEquals(base + "/page", page.url());
        assertEquals("Titel 1", page.title());
        assertEquals("2024-10-17T08:00:00Z", page.published());
        assertTrue(page.crawlDate() != null);
        assertEquals("Kurztext", records.get(1).content(), "a failed fetch keeps the feed item");
        assertEquals("Kurztext", records.get(2).content());
        assertEquals("<p>x</p>", records.get(3).content(), "records that are not feed items pass unchanged");
        assertEquals(2, problems.size());
        assertEquals("fetch " + base + "/missing: HTTP 404; the feed item's text is used", problems.get(0).reason());
        assertTrue(problems.get(1).reason().contains("not HTML: application/json"), problems.get(1).reason());
        assertEquals(1 + 2 + 1 + 1, requests.get(), "no request for the record that is not a feed item");
    }

    private static SourceRecord item(String input, String link) {
        return new SourceRecord(input, "rss", SourceRecord.TEXT_PLAIN, "Kurztext", link, "Titel " + input.charAt(input.length() - 1),
                "2024-10-17T08:00:00Z", "Feed", "de", "guid", "UTF-8", null);
    }
}
