package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A large JSONL stream goes through line by line: records reach the sink one at a time, and the sink
 * keeps none. The stream is generated, never held in memory.
 */
class StreamingTest {

    /** An endless-looking JSONL stream of {@code lines} lines, produced on demand. */
    static InputStream generatedJsonLines(int lines) {
        return new InputStream() {
            private int line;
            private byte[] current = new byte[0];
            private int pos;

            @Override
            public int read() {
                if (pos == current.length) {
                    if (line == lines) {
                        return -1;
                    }
                    line++;
                    current = ("{\"id\": \"" + line + "\", \"text\": \"Zeile " + line + ": Die Straße ist gesperrt. "
                            + "x".repeat(200) + "\"}\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                return current[pos++] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };
    }

    @Test
    void manyLinesStreamThrough() {
        int lines = 50_000;
        long[] seen = {0, 0};
        RecordSink counting = new RecordSink() {
            @Override
            public void record(SourceRecord record) {
                seen[0]++;
                seen[1] = Long.parseLong(record.id());
            }

            @Override
            public void problem(InputProblem problem) {
                throw new AssertionError(problem.toString());
            }
        };
        new InputReader(InputOptions.defaults()).read("big.jsonl", generatedJsonLines(lines), counting);
        assertEquals(lines, seen[0]);
        assertEquals(lines, seen[1], "records arrive in line order");
    }
}
