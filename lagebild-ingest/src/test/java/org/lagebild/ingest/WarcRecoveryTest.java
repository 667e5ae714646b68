package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * One broken record in the middle of a WARC (docs/BAD-INPUT.md) is reported by its number and the
 * records after it are still read: a bad header, a Content-Length too short or too long, a cut block.
 */
class WarcRecoveryTest {

    private final InputReader reader = new InputReader(InputOptions.defaults());

    private static String html(String title) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>Der Bundestag"
                + " hat am Montag in Berlin ein Gesetz beschlossen, sagte ein Sprecher der Regierung.</p></article></body></html>";
    }

    /** A response record; {@code length} overrides the true Content-Length when not negative. */
    private static byte[] record(String version, String uri, String title, long length) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html(title))
                .getBytes(StandardCharsets.UTF_8);
        String header = version + "\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2024-10-14T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
                + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + (length >= 0 ? length : http.length) + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.UTF_8), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] good(int i) {
        return record("WARC/1.0", "https://example.org/" + i, "Bericht " + i, -1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzipEach(byte[]... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(one)) {
                gz.write(r);
            }
            out.writeBytes(one.toByteArray());
        }
        return out.toByteArray();
    }

    private CollectingSink read(String name, byte[] bytes) {
        CollectingSink sink = new CollectingSink();
        reader.read(name, new ByteArrayInputStream(bytes), sink);
        return sink;
    }

    private static void assertFirstAndThirdKept(CollectingSink sink, String name, String reason) {
        assertEquals(List.of(name + "#1", name + "#3"), sink.records.stream().map(SourceRecord::input).toList(),
                sink.problems.toString());
        assertEquals(1, sink.problems.size(), sink.problems.toString());
        assertEquals(name + "#2", sink.problems.get(0).input());
        assertTrue(sink.problems.get(0).reason().contains(reason), sink.problems.get(0).reason());
        assertTrue(sink.records.get(1).content().contains("Bericht 3"));
    }

    @Test
    void aBadHeaderInTheMiddle() throws IOException {
        byte[] bad = record("WARX/garbage", "https://example.org/2", "Bericht 2", -1);
        assertFirstAndThirdKept(read("a.warc", concat(good(1), bad, good(3))), "a.warc", "not a WARC header: 'WARX/garbage'");
        assertFirstAndThirdKept(read("a.warc.gz", gzipEach(good(1), bad, good(3))), "a.warc.gz", "not a WARC header");
    }

    @Test
    void aContentLengthTooShortYieldsNoCutArticle() throws IOException {
        byte[] bad = record("WARC/1.0", "https://example.org/2", "Bericht 2", 50);
        assertFirstAndThirdKept(read("b.warc", concat(good(1), bad, good(3))), "b.warc",
                "does not end where its Content-Length (50) says");
        assertFirstAndThirdKept(read("b.warc.gz", gzipEach(good(1), bad, good(3))), "b.warc.gz", "Content-Length (50)");
    }

    @Test
    void aContentLengthTooLong() {
        byte[] bad = record("WARC/1.1", "https://example.org/2", "Bericht 2", 999_999);
        assertFirstAndThirdKept(read("c.warc", concat(good(1), bad, good(3))), "c.warc",
                "Content-Length 999999 runs past the end of the file");
    }

    @Test
    void aContentLengthThatIsNoNumber() {
        byte[] bad = new String(record("WARC/1.0", "https://example.org/2", "Bericht 2", 0), StandardCharsets.UTF_8)
                .replace("Content-Length: 0", "Content-Length: viel").getBytes(StandardCharsets.UTF_8);
        assertFirstAndThirdKept(read("d.warc", concat(good(1), bad, good(3))), "d.warc", "no valid Content-Length");
    }

    @Test
    void aCutLastRecordKeepsTheOthers() {
        byte[] whole = concat(good(1), good(2), good(3));
        CollectingSink sink = read("e.warc", Arrays.copyOf(whole, whole.length - 150));
        assertEquals(List.of("e.warc#1", "e.warc#2"), sink.records.stream().map(SourceRecord::input).toList());
        assertEquals("e.warc#3", sink.onlyProblem().input());
        assertTrue(sink.onlyProblem().reason().startsWith("truncated record: Content-Length "), sink.onlyProblem().reason());
    }

    @Test
    void garbageBetweenRecordsIsOneProblem() {
        byte[] junk = "\u0000\u0001 this is not WARC at all \r\nnor is this\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        CollectingSink sink = read("f.warc", concat(good(1), junk, good(3)));
        assertFirstAndThirdKept(sink, "f.warc", "not a WARC header");
    }

    /** A response with a PNG payload of {@code size} bytes, its Content-Length short by {@code shortBy}. */
    private static byte[] image(int i, int size, int shortBy) {
        byte[] http = concat("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                new byte[size]);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/img" + i
                + "\r\nWARC-Date: 2024-10-14T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + i
                + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length - shortBy) + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.US_ASCII), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void recordsBiggerThanTheLimitAreStreamedAndCheckedAfterwards() {
        InputReader small = new InputReader(new InputOptions(2_000, null));
        CollectingSink sink = new CollectingSink();
        small.read("g.warc", new ByteArrayInputStream(concat(good(1), image(2, 5_000, 0), good(3))), sink);
        assertEquals(List.of("g.warc#1", "g.warc#3"), sink.records.stream().map(SourceRecord::input).toList());
        assertEquals(List.of(), sink.problems);
        assertTrue(sink.skipped.get(0).contains("not HTML: image/png"), sink.skipped.toString());

        CollectingSink cut = new CollectingSink();
        small.read("h.warc", new ByteArrayInputStream(concat(good(1), image(2, 5_000, 700), good(3))), cut);
        assertEquals(List.of("h.warc#1", "h.warc#3"), cut.records.stream().map(SourceRecord::input).toList());
        assertEquals("h.warc#2", cut.onlyProblem().input());
        assertTrue(cut.onlyProblem().reason().contains("does not end where its Content-Length says"), cut.onlyProblem().reason());
    }
}
