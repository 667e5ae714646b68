package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.charset.CharsetDetector;
import org.lagebild.ingest.charset.Decoded;

class CharsetDetectorTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String GERMAN = "Größere Straßen: Öl „läuft“ – 5 €";

    @Test
    void utf8() throws InputException {
        Decoded d = CharsetDetector.decode(GERMAN.getBytes(StandardCharsets.UTF_8), null, false);
        assertEquals(GERMAN, d.text());
        assertEquals("UTF-8", d.charset());
        assertNull(d.notice());
    }

    @Test
    void byteOrderMarks() throws InputException {
        byte[] utf8 = ("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_8);
        assertEquals(GERMAN, CharsetDetector.decode(utf8, null, false).text());
        byte[] le = ("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_16LE);
        Decoded d = CharsetDetector.decode(le, null, false);
        assertEquals(GERMAN, d.text());
        assertEquals("UTF-16LE", d.charset());
        byte[] be = ("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(GERMAN, CharsetDetector.decode(be, null, false).text());
    }

    @Test
    void windows1252Guess() throws InputException {
        Decoded d = CharsetDetector.decode(GERMAN.getBytes(CP1252), null, false);
        assertEquals(GERMAN, d.text());
        assertEquals("windows-1252", d.charset());
        assertEquals("decoded as windows-1252 (not valid UTF-8)", d.notice());
    }

    @Test
    void metaCharsetInHtml() throws InputException {
        String html = "<html><head><meta charset=\"iso-8859-1\"><title>" + GERMAN + "</title></head></html>";
        Decoded d = CharsetDetector.decode(html.getBytes(CP1252), null, true);
        assertEquals(html, d.text());
        assertEquals("windows-1252", d.charset(), "ISO-8859-1 decodes as windows-1252, as browsers do");
        assertNull(d.notice());
    }

    @Test
    void httpEquivInHtml() throws InputException {
        String html = "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-15\"></head>"
                + "<body>Größe 5 €</body></html>";
        Decoded d = CharsetDetector.decode(html.getBytes(Charset.forName("ISO-8859-15")), null, true);
        assertEquals(html, d.text());
        assertEquals("ISO-8859-15", d.charset());
    }

    @Test
    void declaredLatin1ButValidUtf8IsNotMojibake() throws InputException {
        String html = "<meta charset=\"iso-8859-1\"><p>Öl für Köln</p>";
        Decoded d = CharsetDetector.decode(html.getBytes(StandardCharsets.UTF_8), null, true);
        assertEquals(html, d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.notice().contains("declares iso-8859-1"), d.notice());
    }

    @Test
    void declaredUtf8ButWindows1252Bytes() throws InputException {
        Decoded d = CharsetDetector.decode(GERMAN.getBytes(CP1252), "utf-8", true);
        assertEquals(GERMAN, d.text());
        assertEquals("windows-1252", d.charset());
    }

    @Test
    void transportHeaderWinsOverMeta() throws InputException {
        String html = "<meta charset=\"utf-8\"><p>Größe 5 €</p>";
        Decoded d = CharsetDetector.decode(html.getBytes(Charset.forName("ISO-8859-15")), "ISO-8859-15", true);
        assertEquals(html, d.text());
    }

    @Test
    void unknownDeclarationFallsBackToHeuristic() throws InputException {
        String html = "<meta charset=\"x-nonsense-42\"><p>" + GERMAN + "</p>";
        assertEquals(html, CharsetDetector.decode(html.getBytes(StandardCharsets.UTF_8), null, true).text());
    }

    @Test
    void brokenUtf8() {
        byte[] bytes = "Größe und Öl".getBytes(StandardCharsets.UTF_8);
        bytes[5] = 'x'; // the lead byte of 'ß' at 4 loses its continuation
        InputException e = assertThrows(InputException.class, () -> CharsetDetector.decode(bytes, null, false));
        assertEquals("invalid UTF-8 at byte 4", e.reason());
    }

    @Test
    void controlCharactersAreBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }
        InputException e = assertThrows(InputException.class, () -> CharsetDetector.decode(bytes, null, false));
        assertEquals("binary file, not text", e.reason());
    }

    @Test
    void c1BytesThatWindows1252LeavesUndefinedAreNotGuessed() {
        byte[] bytes = {'a', (byte) 0x81, 'b', (byte) 0x8D, 'c'};
        InputException e = assertThrows(InputException.class, () -> CharsetDetector.decode(bytes, null, false));
        assertTrue(e.reason().startsWith("invalid UTF-8 at byte 1"), e.reason());
    }

    @Test
    void mixedUtf8WithAFewWindows1252Bytes() throws InputException {
        String utf8Part = "Größere Straßen: Öl läuft. ".repeat(10);
        byte[] a = utf8Part.getBytes(StandardCharsets.UTF_8);
        byte[] b = "Mitgefühl".getBytes(CP1252);
        byte[] bytes = new byte[a.length + b.length];
        System.arraycopy(a, 0, bytes, 0, a.length);
        System.arraycopy(b, 0, bytes, a.length, b.length);
        Decoded d = CharsetDetector.decode(bytes, "utf-8", true);
        assertEquals(utf8Part + "Mitgefühl", d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals("mixed encoding: 1 bytes that are not UTF-8 decoded as windows-1252 or U+FFFD (first at byte " + (a.length + 6) + ")",
                d.notice());
    }

    @Test
    void cutUtf8SequenceIsNotReadAsWindows1252() throws InputException {
        byte[] a = ("Größere Straßen: Öl läuft. ".repeat(10) + "papieros").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(a, a.length + 4);
        bytes[a.length] = (byte) 0xC3;
        bytes[a.length + 1] = '.';
        bytes[a.length + 2] = '.';
        bytes[a.length + 3] = '.';
        Decoded d = CharsetDetector.decode(bytes, null, false);
        assertTrue(d.text().endsWith("papieros\uFFFD..."), d.text());
        assertTrue(d.notice().endsWith("(first at byte " + a.length + ")"), d.notice());
    }

    @Test
    void strayNulFarIntoAPageIsKept() throws InputException {
        byte[] bytes = ("<p>" + "Text ".repeat(3000) + "\u0000</p>").getBytes(StandardCharsets.UTF_8);
        assertTrue(CharsetDetector.decode(bytes, null, true).text().endsWith("\u0000</p>"));
    }
}
