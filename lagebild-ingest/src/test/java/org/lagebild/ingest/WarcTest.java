package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

class WarcTest {

    private static final Instant CRAWLED = Instant.parse("2024-06-03T07:00:00Z");
    private final InputReader reader = new InputReader(InputOptions.defaults());

    /** Six records: request, cp1252 HTML, PNG, revisit, UTF-8 HTML with meta charset, 404 HTML. */
    static byte[] sampleWarc(WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            URI a = URI.create("https://news.example.org/a");
            writer.write(new WarcRequest.Builder(a).date(CRAWLED)
                    .body(new HttpRequest.Builder("GET", "/a").addHeader("Host", "news.example.org").build()).build());
            byte[] cp1252 = "<html><body><p>Die Straße ist wegen Öl gesperrt.</p></body></html>"
                    .getBytes(Charset.forName("windows-1252"));
            writer.write(response(a, 200, "text/html; charset=windows-1252", cp1252));
            writer.write(response(URI.create("https://news.example.org/logo.png"), 200, "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
            writer.write(new WarcRevisit.Builder(a, URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).date(CRAWLED)
                    .refersTo(URI.create("urn:uuid:00000000-0000-0000-0000-000000000001"), a, CRAWLED).build());
            byte[] utf8 = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><p>Köln: Brücke gesperrt.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            writer.write(response(URI.create("https://news.example.org/b"), 200, "text/html", utf8));
            writer.write(response(URI.create("https://news.example.org/gone"), 404, "text/html; charset=utf-8",
                    "<p>Nicht gefunden</p>".getBytes(StandardCharsets.UTF_8)));
        }
        return out.toByteArray();
    }

    private static WarcResponse response(URI uri, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(uri).date(CRAWLED).body(http).build();
    }

    private CollectingSink read(String name, byte[] bytes) {
        CollectingSink sink = new CollectingSink();
        reader.read(name, new ByteArrayInputStream(bytes), sink);
        return sink;
    }

    private static void assertSampleRecords(String name, CollectingSink sink) {
        assertEquals(List.of(), sink.problems);
        assertEquals(2, sink.records.size());
        SourceRecord first = sink.records.get(0);
        assertEquals(name + "#2", first.input());
        assertEquals("warc", first.format());
        assertEquals("text/html", first.contentType());
        assertEquals("https://news.example.org/a", first.url());
        assertEquals("2024-06-03T07:00:00Z", first.crawlDate());
        assertEquals("windows-1252", first.charset());
        assertTrue(first.content().contains("Die Straße ist wegen Öl gesperrt."), first.content());
        assertTrue(first.id().startsWith("urn:uuid:"));
        SourceRecord second = sink.records.get(1);
        assertEquals(name + "#5", second.input());
        assertEquals("UTF-8", second.charset());
        assertTrue(second.content().contains("Köln: Brücke gesperrt."));
        assertEquals(4, sink.skipped.size(), sink.skipped.toString());
        assertTrue(sink.skipped.get(0).startsWith(name + "#1: request"));
        assertTrue(sink.skipped.get(1).contains("not HTML: image/png"), sink.skipped.toString());
        assertTrue(sink.skipped.get(2).startsWith(name + "#4: revisit"));
        assertTrue(sink.skipped.get(3).contains("HTTP status 404"));
    }

    @Test
    void plainWarc() throws IOException {
        assertSampleRecords("crawl.warc", read("crawl.warc", sampleWarc(WarcCompression.NONE)));
    }

    @Test
    void gzippedWarc() throws IOException {
        assertSampleRecords("crawl.warc.gz", read("crawl.warc.gz", sampleWarc(WarcCompression.GZIP)));
    }

    @Test
    void warcIsSniffedWithoutExtension() throws IOException {
        assertSampleRecords("-", read("-", sampleWarc(WarcCompression.GZIP)));
    }

    @Test
    void truncatedGzippedWarcKeepsEarlierRecords() throws IOException {
        byte[] whole = sampleWarc(WarcCompression.GZIP);
        CollectingSink sink = read("crawl.warc.gz", Arrays.copyOf(whole, whole.length - 40));
        assertEquals(2, sink.records.size(), "records before the truncated one are kept");
        InputProblem p = sink.onlyProblem();
        assertEquals("crawl.warc.gz#6", p.input());
        assertTrue(p.reason().startsWith("truncated"), p.reason());
    }

    @Test
    void truncatedPlainWarcNamesTheRecord() throws IOException {
        byte[] whole = sampleWarc(WarcCompression.NONE);
        CollectingSink sink = read("crawl.warc", Arrays.copyOf(whole, whole.length - 30));
        assertEquals(2, sink.records.size());
        InputProblem p = sink.onlyProblem();
        assertEquals("crawl.warc#6", p.input());
        assertTrue(p.reason().startsWith("truncated"), p.reason());
    }

    @Test
    void crawlerTruncationIsANotice() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), "<p>Anfang des Artikels".getBytes(StandardCharsets.UTF_8))
                    .build();
            writer.write(new WarcResponse.Builder(URI.create("https://news.example.org/long")).date(CRAWLED)
                    .truncated(org.netpreserve.jwarc.WarcTruncationReason.LENGTH).body(http).build());
        }
        CollectingSink sink = read("t.warc", out.toByteArray());
        assertEquals("<p>Anfang des Artikels", sink.only().content());
        assertEquals(List.of("t.warc#1: payload truncated by the crawler (WARC-Truncated: length)"), sink.notices);
    }

    @Test
    void sinkExceptionEscapesTheWarcReader() throws IOException {
        byte[] warc = sampleWarc(WarcCompression.GZIP);
        RuntimeException stop = new RuntimeException("stop");
        RecordSink throwing = new RecordSink() {
            @Override
            public void record(SourceRecord record) {
                throw stop;
            }

            @Override
            public void problem(InputProblem problem) {
                throw new AssertionError(problem.toString());
            }
        };
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> reader.read("a.warc.gz", new ByteArrayInputStream(warc), throwing));
        org.junit.jupiter.api.Assertions.assertSame(stop, e);
    }
}
