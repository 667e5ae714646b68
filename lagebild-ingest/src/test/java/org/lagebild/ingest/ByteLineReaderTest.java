package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.io.ByteLineReader;

class ByteLineReaderTest {

    private static List<String> lines(String text, long max) throws IOException {
        ByteLineReader r = new ByteLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
        List<String> out = new ArrayList<>();
        ByteLineReader.Line line;
        while ((line = r.next()) != null) {
            out.add(line.number() + "=" + (line.tooLong() ? "TOO LONG " + line.length() : new String(line.bytes(), StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void splitsOnLineFeedAndDropsCarriageReturn() throws IOException {
        assertEquals(List.of("1=a", "2=", "3=bö", "4=c"), lines("a\r\n\nbö\nc", 100));
        assertEquals(List.of("1=a"), lines("a\n", 100));
        assertEquals(List.of(), lines("", 100));
    }

    @Test
    void longLinesAreSkippedNotBuffered() throws IOException {
        assertEquals(List.of("1=abc", "2=TOO LONG 4", "3=xyz"), lines("abc\nabcd\nxyz", 3));
        assertEquals(List.of("1=abc"), lines("abc\r\n", 3), "a CR does not count against the limit");
    }

    @Test
    void linesAcrossBufferBoundaries() throws IOException {
        String big = "y".repeat(100_000);
        List<String> out = lines(big + "\nz", 200_000);
        assertEquals(2, out.size());
        assertTrue(out.get(0).endsWith("y") && out.get(0).length() == 100_002);
        ByteLineReader r = new ByteLineReader(new ByteArrayInputStream(new byte[0]), 10);
        assertNull(r.next());
    }
}
