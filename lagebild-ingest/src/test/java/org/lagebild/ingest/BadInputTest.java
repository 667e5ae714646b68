package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** One test per kind of bad input: each becomes one clear problem, nothing escapes, the batch goes on. */
class BadInputTest {

    private final InputReader reader = new InputReader(InputOptions.defaults());

    private CollectingSink readResource(String name) {
        CollectingSink sink = new CollectingSink();
        reader.read(List.of(TestFiles.resource(name).toString()), sink);
        return sink;
    }

    @Test
    void emptyFile() {
        CollectingSink sink = readResource("bad/empty.txt");
        assertEquals("empty file", sink.onlyProblem().reason());
        assertTrue(sink.onlyProblem().input().endsWith("bad/empty.txt"));
    }

    @Test
    void binaryFile() {
        assertEquals("binary file, not text", readResource("bad/binary.bin").onlyProblem().reason());
    }

    @Test
    void invalidUtf8() {
        CollectingSink sink = readResource("bad/invalid-utf8.txt");
        assertEquals("invalid UTF-8 at byte 30", sink.onlyProblem().reason());
        assertTrue(sink.records.isEmpty());
    }

    @Test
    void windows1252IsDecodedWithNotice() {
        CollectingSink sink = readResource("bad/windows-1252.txt");
        SourceRecord r = sink.only();
        assertEquals("windows-1252", r.charset());
        assertEquals("Die Straße war gesperrt. Öl lief aus, sagte die Polizei „vorläufig“.\n", r.content());
        assertEquals(1, sink.notices.size());
        assertTrue(sink.notices.get(0).endsWith("bad/windows-1252.txt: decoded as windows-1252 (not valid UTF-8)"));
    }

    @Test
    void htmlPageOverTheLimit(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.html");
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        byte[] start = "<!doctype html><html><body><p>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, chunk, 0, start.length);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 800; i++) {
                out.write(chunk);
                chunk[0] = 'x';
            }
        }
        assertEquals(52_428_800L, Files.size(big));
        CollectingSink sink = new CollectingSink();
        reader.read(List.of(big.toString()), sink);
        assertEquals(new InputProblem(big.toString(), "too large: 52428800 bytes > limit 20971520"), sink.onlyProblem());
    }

    @Test
    void truncatedGzip() {
        assertEquals("truncated gzip: Unexpected end of ZLIB input stream",
                readResource("bad/truncated.txt.gz").onlyProblem().reason());
    }

    @Test
    void truncatedWarcRecord(@TempDir Path dir) throws IOException {
        byte[] whole = WarcTest.sampleWarc(WarcCompression.GZIP);
        Path warc = dir.resolve("cut.warc.gz");
        Files.write(warc, Arrays.copyOf(whole, whole.length - 25));
        CollectingSink sink = new CollectingSink();
        reader.read(List.of(warc.toString()), sink);
        assertEquals(2, sink.records.size());
        InputProblem p = sink.onlyProblem();
        assertEquals(warc + "#6", p.input());
        assertEquals("truncated or malformed record: truncated gzip: Unexpected end of ZLIB input stream", p.reason());
    }

    @Test
    void malformedJsonLineDoesNotStopTheFile() {
        CollectingSink sink = readResource("bad/malformed.jsonl");
        assertEquals(List.of("ok1", "ok3"), sink.records.stream().map(SourceRecord::id).toList());
        assertEquals(3, sink.problems.size(), sink.problems.toString());
        InputProblem malformed = sink.problems.get(0);
        assertTrue(malformed.input().endsWith("bad/malformed.jsonl:2"), malformed.input());
        assertTrue(malformed.reason().startsWith("malformed JSON: Unexpected character ('}'"), malformed.reason());
        assertTrue(sink.problems.get(1).input().endsWith(":4"));
        assertEquals("no \"text\" or \"html\" field", sink.problems.get(1).reason());
        assertTrue(sink.problems.get(2).input().endsWith(":5"));
        assertEquals("not a JSON object", sink.problems.get(2).reason());
    }

    @Test
    void overlongJsonLine() {
        InputReader small = new InputReader(InputOptions.defaults().withMaxBytes(100));
        String lines = "{\"text\": \"" + "x".repeat(200) + "\"}\n{\"text\": \"kurz\"}\n";
        CollectingSink sink = new CollectingSink();
        small.read("long.jsonl", new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), sink);
        assertEquals(new InputProblem("long.jsonl:1", "line too long: 212 bytes > limit 100"), sink.onlyProblem());
        assertEquals("long.jsonl:2", sink.only().input());
    }

    @Test
    void rssWithDoctypeAndExternalEntity() {
        CollectingSink sink = readResource("bad/doctype.rss");
        assertEquals("DOCTYPE not allowed (XXE protection)", sink.onlyProblem().reason());
        assertTrue(sink.records.isEmpty());
    }

    @Test
    void billionLaughs() {
        assertEquals("DOCTYPE not allowed (XXE protection)", readResource("bad/billion-laughs.xml").onlyProblem().reason());
    }

    @Test
    void missingPath() {
        CollectingSink sink = new CollectingSink();
        reader.read(List.of("no/such/dir/file.txt", "../samples/000_4d7b7c7852ea0801.txt"), sink);
        assertEquals(new InputProblem("no/such/dir/file.txt", "no such file"), sink.onlyProblem());
        assertEquals(1, sink.records.size(), "the batch goes on");
    }

    @Test
    void globWithoutMatches() {
        CollectingSink sink = new CollectingSink();
        reader.read(List.of("src/test/resources/bad/*.nothing"), sink);
        assertEquals(new InputProblem("src/test/resources/bad/*.nothing", "no files match"), sink.onlyProblem());
    }

    @Test
    void directoryWithoutPermission(@TempDir Path dir) throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("a.txt"), "geheim");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: the permission change has no effect");
            CollectingSink sink = new CollectingSink();
            reader.read(List.of(locked.toString()), sink);
            assertEquals(new InputProblem(locked.toString(), "permission denied"), sink.onlyProblem());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
