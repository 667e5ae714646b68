package org.lagebild.ingest.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a trailing {@code \r} is dropped) without decoding,
 * holding at most one line of at most {@code maxLineBytes} in memory; longer lines are skipped and
 * reported as {@link Line#tooLong()}. Not thread-safe: one reader per stream.
 */
public final class ByteLineReader {

    /** One line: its 1-based number, and its bytes (null when the line was longer than the limit). */
    public record Line(long number, byte[] bytes, long length) {
        /** True when the line exceeded the limit and its bytes were dropped. */
        public boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int chunkPos;
    private int chunkLen;
    private long lineNumber;
    private boolean eof;

    public ByteLineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of the line most recently returned (0 before the first). */
    public long lineNumber() {
        return lineNumber;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (eof && chunkPos >= chunkLen) {
            return null;
        }
        byte[] line = new byte[256];
        int len = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (chunkPos >= chunkLen) {
                if (!fill()) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = chunkPos;
            int nl = -1;
            for (int i = start; i < chunkLen; i++) {
                if (chunk[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? chunkLen : nl;
            int n = end - start;
            total += n;
            if (line != null) {
                if (total > maxLineBytes + 1) {
                    line = null;
                } else {
                    if (len + n > line.length) {
                        line = Arrays.copyOf(line, Math.max(len + n, (int) Math.min(line.length * 2L, maxLineBytes + 2)));
                    }
                    System.arraycopy(chunk, start, line, len, n);
                    len += n;
                }
            }
            chunkPos = nl < 0 ? chunkLen : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        lineNumber++;
        if (line != null && len > 0 && line[len - 1] == '\r') {
            len--;
            total--;
        }
        if (line == null || total > maxLineBytes) {
            return new Line(lineNumber, null, total);
        }
        return new Line(lineNumber, Arrays.copyOf(line, len), total);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(chunk);
        if (n < 0) {
            eof = true;
            chunkPos = 0;
            chunkLen = 0;
            return false;
        }
        chunkPos = 0;
        chunkLen = n;
        return true;
    }
}
