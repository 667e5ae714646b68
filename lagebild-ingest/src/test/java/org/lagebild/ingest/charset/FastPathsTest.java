package org.lagebild.ingest.charset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.InputException;

/**
 * The one-pass UTF-8 decoder and the word-at-a-time binary check agree with the byte-by-byte definitions
 * they replace, on random bytes biased towards the edge cases (stray continuation bytes, surrogates,
 * overlong forms, a U+FFFD written in the text, NUL and control bytes around the 8 KB and 64 KB limits).
 */
class FastPathsTest {

    private static final byte[] PIECES = {0x00, 0x01, 0x09, 0x0A, 0x1B, 0x1F, 0x20, 0x41, 0x7F, (byte) 0x80,
        (byte) 0xBF, (byte) 0xC0, (byte) 0xC2, (byte) 0xC3, (byte) 0xB6, (byte) 0xE0, (byte) 0xE2, (byte) 0xED,
        (byte) 0xA0, (byte) 0xEF, (byte) 0xBD, (byte) 0xF0, (byte) 0x90, (byte) 0xF4, (byte) 0x8F, (byte) 0xF5};

    @Test
    void utf8TextAgreesWithTheByteScan() {
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = randomBytes(random, random.nextInt(40));
            CharsetDetector.Utf8Scan scan = CharsetDetector.Utf8Scan.of(b);
            CharsetDetector.Utf8Text text = CharsetDetector.Utf8Text.of(b);
            assertEquals(scan.valid(), text.valid(), () -> hex(b));
            if (scan.valid()) {
                assertEquals(scan.multiByte() > 0, text.multiByte(), () -> hex(b));
                assertEquals(new String(b, StandardCharsets.UTF_8), text.text());
            } else {
                assertNull(text.text());
                assertEquals(scan, text.scan());
            }
        }
    }

    @Test
    void decodesEveryCodePointLikeTheJdk() {
        Random random = new Random(11);
        int[][] ranges = {{0x20, 0x7F}, {0x80, 0x7FF}, {0x800, 0xD7FF}, {0xE000, 0xFFFF}, {0x10000, 0x10FFFF}};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int k = 0; k < len; k++) {
                int[] r = ranges[random.nextInt(ranges.length)];
                sb.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
            }
            String expected = sb.toString();
            byte[] b = expected.getBytes(StandardCharsets.UTF_8);
            CharsetDetector.Utf8Text text = CharsetDetector.Utf8Text.of(b);
            assertTrue(text.valid());
            assertEquals(expected, text.text());
            assertEquals(b.length > expected.length() || expected.codePoints().anyMatch(c -> c >= 0x80), text.multiByte());
        }
    }

    @Test
    void replacementCharacterWrittenInThePageIsValidUtf8() throws InputException {
        String page = "<p>Größe \uFFFD unbekannt</p>";
        Decoded d = CharsetDetector.decode(page.getBytes(StandardCharsets.UTF_8), null, true);
        assertEquals(page, d.text());
        assertEquals("UTF-8", d.charset());
        assertNull(d.notice());
    }

    @Test
    void binaryCheckAgreesWithTheByteByByteRule() {
        Random random = new Random(7);
        int[] sizes = {0, 7, 8, 9, 8 * 1024 - 3, 8 * 1024 + 5, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 13, 100_003};
        for (int size : sizes) {
            for (int round = 0; round < 30; round++) {
                byte[] b = new byte[size];
                for (int i = 0; i < size; i++) {
                    b[i] = (byte) ('a' + random.nextInt(26));
                }
                int specials = random.nextInt(size / 15 + 2);
                for (int k = 0; k < specials && size > 0; k++) {
                    b[random.nextInt(size)] = PIECES[random.nextInt(6)];
                }
                boolean expected = binaryByteByByte(b);
                boolean actual;
                try {
                    CharsetDetector.decode(b, "UTF-8", false);
                    actual = false;
                } catch (InputException e) {
                    actual = e.getMessage().contains("binary");
                }
                assertEquals(expected, actual, "size " + size + " round " + round);
            }
        }
        byte[] lateNul = "x".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        lateNul[9_000] = 0;
        assertTrue(decodes(lateNul), "a stray NUL after 8 KB is kept");
        byte[] earlyNul = lateNul.clone();
        earlyNul[100] = 0;
        assertThrows(InputException.class, () -> CharsetDetector.decode(earlyNul, null, true));
    }

    /** The rule as documented: a NUL in the first 8 KB, NULs over 1%, or controls over 5% of the first 64 KB. */
    private static boolean binaryByteByByte(byte[] b) {
        int window = Math.min(b.length, 64 * 1024);
        int controls = 0;
        long nuls = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                if (i < 8 * 1024) {
                    return true;
                }
                nuls++;
            }
            if (i < window && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        return window > 0 && controls * 20L > window || nuls * 100 > b.length;
    }

    private static boolean decodes(byte[] b) {
        try {
            CharsetDetector.decode(b, null, true);
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : PIECES[random.nextInt(PIECES.length)];
        }
        if (n > 3 && random.nextInt(10) == 0) {
            int at = random.nextInt(n - 2);
            b[at] = (byte) 0xEF;
            b[at + 1] = (byte) 0xBF;
            b[at + 2] = (byte) 0xBD;
        }
        return b;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format(java.util.Locale.ROOT, "%02x ", x & 0xFF));
        }
        return sb.toString();
    }
}
