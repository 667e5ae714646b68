package org.lagebild.ingest.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.lagebild.ingest.InputException;

/** Reads streams into memory without ever buffering more than a limit plus one byte. Stateless. */
public final class BoundedReads {

    private BoundedReads() {
    }

    /**
     * Reads the rest of {@code in}. If it holds more than {@code limit} bytes, counts the rest without
     * keeping it and throws {@code "too large: N bytes > limit L"}.
     */
    public static byte[] readAll(InputStream in, long limit) throws IOException, InputException {
        int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8L);
        byte[] buf = new byte[Math.min(cap, 64 * 1024)];
        int len = 0;
        while (true) {
            if (len == buf.length) {
                if (buf.length >= cap) {
                    break;
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, cap));
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
        }
        if (len > limit) {
            long total = len + drain(in);
            throw new InputException("too large: " + total + " bytes > limit " + limit);
        }
        return len == buf.length ? buf : Arrays.copyOf(buf, len);
    }

    /** Reads and discards the rest of {@code in}; returns the number of bytes. */
    public static long drain(InputStream in) throws IOException {
        byte[] skip = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(skip)) >= 0) {
            total += n;
        }
        return total;
    }

    /**
     * Returns up to {@code n} bytes from the start of a stream that supports mark/reset, and resets it.
     * A read error after some bytes ends the peek early (the error recurs when the stream is read again);
     * a read error before any byte is thrown.
     */
    public static byte[] peek(InputStream in, int n) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("stream must support mark/reset");
        }
        in.mark(n + 1);
        byte[] buf = new byte[n];
        int len = 0;
        try {
            while (len < n) {
                int r = in.read(buf, len, n - len);
                if (r < 0) {
                    break;
                }
                len += r;
            }
        } catch (IOException e) {
            if (len == 0) {
                throw e;
            }
        } finally {
            in.reset();
        }
        return Arrays.copyOf(buf, len);
    }
}
