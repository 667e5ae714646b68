package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Random and mangled bytes under every name: the reader must return, never throw, and report each input
 * as records, problems or skips.
 */
class RandomInputTest {

    private static final List<String> NAMES = List.of("-", "a.txt", "a.html", "a.jsonl", "a.rss", "a.atom",
            "a.xml", "a.warc", "a.warc.gz", "a.txt.gz", "unknown.bin");

    private final InputReader reader = new InputReader(InputOptions.defaults().withMaxBytes(1 << 20));

    private static void assertReported(String what, CollectingSink sink) {
        assertTrue(!sink.records.isEmpty() || !sink.problems.isEmpty() || !sink.skipped.isEmpty()
                || !sink.notices.isEmpty(), what + " produced nothing");
        for (InputProblem p : sink.problems) {
            assertTrue(!p.reason().isBlank() && !p.reason().contains("\n"), p.toString());
        }
    }

    @Test
    void randomBytes() {
        Random random = new Random(20240603L);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(2000) + 1];
            random.nextBytes(bytes);
            if (round % 3 == 0) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (bytes[i] & 0x7F | 0x20); // mostly printable
                }
            }
            String name = NAMES.get(round % NAMES.size());
            CollectingSink sink = new CollectingSink();
            reader.read(name, new ByteArrayInputStream(bytes), sink);
            assertReported(name + " round " + round, sink);
        }
    }

    @Test
    void mangledValidInputs() throws IOException {
        List<byte[]> seeds = List.of(
                readAll("good/feed.rss"), readAll("good/feed.atom"), readAll("good/articles.jsonl"),
                readAll("good/page.html"), readAll("good/articles.jsonl.gz"),
                WarcTest.sampleWarc(WarcCompression.NONE), WarcTest.sampleWarc(WarcCompression.GZIP));
        Random random = new Random(42L);
        int n = 0;
        for (byte[] seed : seeds) {
            for (int round = 0; round < 40; round++) {
                byte[] bytes = seed.clone();
                int flips = 1 + random.nextInt(8);
                for (int f = 0; f < flips; f++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                if (random.nextBoolean()) {
                    bytes = java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length));
                }
                CollectingSink sink = new CollectingSink();
                reader.read("-", new ByteArrayInputStream(bytes), sink);
                assertReported("seed " + n + " round " + round, sink);
            }
            n++;
        }
    }

    @Test
    void readerThatThrowsMidway() {
        InputStream failing = new InputStream() {
            private int left = 5000;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("disk on fire");
                }
                return 'a';
            }
        };
        CollectingSink sink = new CollectingSink();
        reader.read("x.txt", failing, sink);
        assertEquals(new InputProblem("x.txt", "I/O error: disk on fire"), sink.onlyProblem());
    }

    private static byte[] readAll(String resource) throws IOException {
        try (InputStream in = TestFiles.stream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void textWithOnlyWhiteSpace() {
        CollectingSink sink = new CollectingSink();
        reader.read("blank.txt", new ByteArrayInputStream(" \n\t\n".getBytes(StandardCharsets.UTF_8)), sink);
        assertEquals("empty file (only white space)", sink.onlyProblem().reason());
    }

    @Test
    void sinkExceptionsPassThroughUnchanged() {
        IllegalStateException stop = new IllegalStateException("stop the batch");
        RecordSink throwing = new RecordSink() {
            @Override
            public void record(SourceRecord record) {
                throw stop;
            }

            @Override
            public void problem(InputProblem problem) {
            }
        };
        for (String name : List.of("a.txt", "a.jsonl", "a.rss")) {
            java.io.InputStream in = name.equals("a.rss") ? TestFiles.stream("good/feed.rss")
                    : new ByteArrayInputStream("{\"text\": \"x\"}".getBytes(StandardCharsets.UTF_8));
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> reader.read(name, in, throwing));
            org.junit.jupiter.api.Assertions.assertSame(stop, e);
        }
    }
}
