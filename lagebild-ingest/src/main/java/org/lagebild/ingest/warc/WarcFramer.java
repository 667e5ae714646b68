package org.lagebild.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Cuts a (decompressed) WARC stream into records by their headers' {@code Content-Length}, before any
 * record is parsed, so that one broken record does not take the rest of the file with it: a record whose
 * header is not a WARC header, whose {@code Content-Length} is missing or does not end where the next record
 * (or the file) begins, or that the file cuts short, becomes a {@link Frame} with a problem, and reading
 * goes on at the next line that starts a WARC record ({@code WARC/1.0} or {@code WARC/1.1}). Blocks up to
 * {@code bufferLimit} bytes are checked before they are handed out (so a wrong length never yields a cut
 * article); bigger ones are streamed and checked afterwards. Not thread-safe: one framer per stream.
 */
final class WarcFramer {

    private static final int MAX_HEADER = 1 << 20;
    private static final byte[][] STARTS = {"WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII),
            "WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), "WARC/1.0\n".getBytes(StandardCharsets.US_ASCII),
            "WARC/1.1\n".getBytes(StandardCharsets.US_ASCII)};

    /**
     * One record: either {@code record} (header and block, for jwarc) or {@code problem} (why the bytes
     * at this place are not a record). {@code streamed} says the block is read from the file while the
     * caller parses it, so its end is only checked by {@link #finish}.
     */
    record Frame(InputStream record, String problem, boolean streamed) {
    }

    private final Unread in;
    private final long bufferLimit;
    private long pendingBlock = -1;

    WarcFramer(InputStream in, long bufferLimit) {
        this.in = new Unread(in);
        this.bufferLimit = bufferLimit;
    }

    /** The next record or problem, or null at the end of the stream. IOExceptions of the stream itself pass. */
    Frame next() throws IOException {
        skipBlankLines();
        byte[] header = readHeader();
        if (header == null) {
            return null;
        }
        String text = new String(header, StandardCharsets.ISO_8859_1);
        if (!startsRecord(header, 0)) {
            in.unread(afterFirstLine(header));
            resync();
            return new Frame(null, "malformed record: not a WARC header: " + firstLine(text), false);
        }
        long length = contentLength(text);
        if (length < 0) {
            in.unread(afterFirstLine(header));
            resync();
            return new Frame(null, "malformed record: no valid Content-Length in the WARC header", false);
        }
        if (length > bufferLimit) {
            pendingBlock = length;
            return new Frame(new SequenceInputStream(new ByteArrayInputStream(header), new Bounded(in, length)), null, true);
        }
        byte[] block = in.readUpTo((int) length);
        if (block.length < length) {
            in.unread(block);
            boolean more = resync();
            return new Frame(null, (more ? "malformed record: Content-Length " + length + " runs past the end of the file ("
                    : "truncated record: Content-Length " + length + " but the file ends after ") + block.length + " bytes"
                    + (more ? ")" : ""), false);
        }
        byte[] end = in.readUpTo(4);
        if (!endsRecord(end)) {
            in.unread(end);
            in.unread(block);
            resync();
            return new Frame(null, "malformed record: it does not end where its Content-Length (" + length + ") says", false);
        }
        return new Frame(new SequenceInputStream(new ByteArrayInputStream(header), new ByteArrayInputStream(block)), null, false);
    }

    /**
     * After a streamed frame was parsed: reads what the parser left of its block and checks the record
     * end; returns a problem (and moves on to the next record) or null.
     */
    String finish() throws IOException {
        if (pendingBlock < 0) {
            return null;
        }
        pendingBlock = -1;
        byte[] end = in.readUpTo(4);
        if (endsRecord(end)) {
            return null;
        }
        in.unread(end);
        resync();
        return "malformed record: it does not end where its Content-Length says";
    }

    /** Consumes the rest of a streamed block (the parser may stop early). */
    void drain(InputStream frame) throws IOException {
        if (frame != null) {
            frame.transferTo(OutputStreamNull.INSTANCE);
        }
    }

    /**
     * Whether the bytes after a block end the record: the standard's CRLF CRLF, or (leniently) at least
     * one line break, or the end of the file. Bytes after the line breaks are given back.
     */
    private boolean endsRecord(byte[] end) {
        int k = 0;
        while (k < end.length && (end[k] == '\r' || end[k] == '\n')) {
            k++;
        }
        if (k == end.length || k >= 2) {
            in.unread(Arrays.copyOfRange(end, k, end.length));
            return true;
        }
        return false;
    }

    private void skipBlankLines() throws IOException {
        int c;
        while ((c = in.read()) == '\r' || c == '\n') {
            // blank lines between records
        }
        if (c >= 0) {
            in.unread(new byte[]{(byte) c});
        }
    }

    /** The header up to and including its blank line, or null at the end of the stream. */
    private byte[] readHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        int c;
        int last = -1;
        int beforeLast = -1;
        while ((c = in.read()) >= 0) {
            out.write(c);
            if (c == '\n' && (last == '\n' || last == '\r' && beforeLast == '\n')) {
                return out.toByteArray();
            }
            if (out.size() >= MAX_HEADER) {
                break;
            }
            beforeLast = last;
            last = c;
        }
        return out.size() == 0 ? null : out.toByteArray();
    }

    /** Skips to the next line that starts a WARC record; false when the stream ends first. */
    private boolean resync() throws IOException {
        boolean lineStart = true;
        int c;
        while ((c = in.read()) >= 0) {
            if (lineStart && c == 'W') {
                byte[] ahead = in.readUpTo(STARTS[1].length - 1);
                byte[] candidate = new byte[ahead.length + 1];
                candidate[0] = 'W';
                System.arraycopy(ahead, 0, candidate, 1, ahead.length);
                in.unread(candidate);
                if (startsRecord(candidate, 0)) {
                    return true;
                }
                in.read();
            }
            lineStart = c == '\n';
        }
        return false;
    }

    private static boolean startsRecord(byte[] b, int from) {
        for (byte[] s : STARTS) {
            if (b.length - from >= s.length && Arrays.equals(b, from, from + s.length, s, 0, s.length)) {
                return true;
            }
        }
        return false;
    }

    private static long contentLength(String header) {
        for (String line : header.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                try {
                    long n = Long.parseLong(line.substring(colon + 1).trim());
                    return n < 0 ? -1 : n;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** A broken header may run into the next record: the search for it starts after the first line. */
    private static byte[] afterFirstLine(byte[] header) {
        for (int i = 0; i < header.length; i++) {
            if (header[i] == '\n') {
                return Arrays.copyOfRange(header, i + 1, header.length);
            }
        }
        return new byte[0];
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        String line = (nl < 0 ? text : text.substring(0, nl)).strip();
        StringBuilder out = new StringBuilder();
        for (char ch : line.toCharArray()) {
            out.append(ch < 0x20 || ch > 0x7E ? '?' : ch);
            if (out.length() >= 60) {
                out.append('…');
                break;
            }
        }
        return "'" + out + "'";
    }

    /** A buffered stream that can take bytes back in front of its position. */
    private static final class Unread {
        private static final int BUFFER = 64 * 1024;
        private final InputStream in;
        private byte[] buf = new byte[BUFFER];
        private int pos;
        private int limit;

        Unread(InputStream in) {
            this.in = in;
        }

        int read() throws IOException {
            if (pos == limit && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xFF;
        }

        int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos == limit) {
                if (len >= BUFFER) {
                    return in.read(b, off, len);
                }
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, limit - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        private boolean fill() throws IOException {
            if (buf.length != BUFFER) {
                buf = new byte[BUFFER]; // a big give-back is used up: back to the usual size
            }
            int n = in.read(buf, 0, BUFFER);
            pos = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        /** Up to {@code n} bytes, fewer only at the end of the stream. */
        byte[] readUpTo(int n) throws IOException {
            byte[] b = new byte[n];
            int got = 0;
            while (got < n) {
                int r = read(b, got, n - got);
                if (r < 0) {
                    break;
                }
                got += r;
            }
            return got == n ? b : Arrays.copyOf(b, got);
        }

        /** Puts {@code b} back in front of what is left to read. */
        void unread(byte[] b) {
            if (b.length == 0) {
                return;
            }
            if (pos >= b.length) {
                pos -= b.length;
                System.arraycopy(b, 0, buf, pos, b.length);
                return;
            }
            byte[] joined = new byte[b.length + limit - pos];
            System.arraycopy(b, 0, joined, 0, b.length);
            System.arraycopy(buf, pos, joined, b.length, limit - pos);
            buf = joined;
            pos = 0;
            limit = joined.length;
        }
    }

    /** At most {@code remaining} bytes of the framer's stream: one streamed block. */
    private static final class Bounded extends InputStream {
        private final Unread in;
        private long remaining;

        Bounded(Unread in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int c = in.read();
            if (c >= 0) {
                remaining--;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }

    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
