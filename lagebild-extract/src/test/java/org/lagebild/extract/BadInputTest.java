package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.Block;

/** Hostile and broken inputs: extraction returns an article or throws {@link ExtractionException}, nothing else. */
class BadInputTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    static SourceRecord html(String content) {
        return new SourceRecord("test.html", "html", "text/html", content, null, null, null, null, null, null, null, null);
    }

    static SourceRecord text(String content) {
        return new SourceRecord("test.txt", "text", "text/plain", content, null, null, null, null, null, null, null, null);
    }

    private static final String PARAGRAPH = "<p>Der Stadtrat hat am Donnerstag mit großer Mehrheit den Bau eines neuen Radwegs beschlossen, der 2025 fertig sein soll.</p>";

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() throws Exception {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(depth)).append(PARAGRAPH).append("</div>".repeat(depth)).append("</body></html>");
        Article a = EXTRACTOR.extract(html(sb.toString()));
        assertTrue(a.text().contains("Radwegs"), a.text());
    }

    @Test
    void deeplyNestedInlineAndListsDoNotOverflow() {
        int depth = 100_000;
        String doc = "<body><p>" + "<span><b>".repeat(depth) + "Text tief unten." + "</b></span>".repeat(depth)
                + "</p>" + "<ul><li>".repeat(depth) + "x" + "</li></ul>".repeat(depth) + "</body>";
        assertOnlyExtractionException(html(doc));
    }

    @Test
    void allScriptsPageHasNoText() {
        String doc = "<html><head><script>var a=1;</script></head><body><script>alert(1)</script><style>p{}</style>"
                + "<noscript>Bitte JavaScript aktivieren</noscript></body></html>";
        ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(html(doc)));
        assertEquals("no text found", e.getMessage());
    }

    @Test
    void emptyBodyHasNoText() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> EXTRACTOR.extract(html("<html><head><title>Leer</title></head><body></body></html>")));
        assertEquals("no text found", e.getMessage());
    }

    @Test
    void framesetIsRejected() {
        String doc = "<html><frameset cols=\"50%,50%\"><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>";
        ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(html(doc)));
        assertTrue(e.getMessage().contains("frameset"), e.getMessage());
    }

    @Test
    void blankInputIsRejected() {
        assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(text("  \n\n ")));
        assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(html("   ")));
    }

    @Test
    void onlyBoilerplateLeavesNoText() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> EXTRACTOR.extract(text("Politik\n\nArtikel teilen:\n\nNewsletter\nNicht mehr anzeigen\n")));
        assertEquals("no text left after boilerplate removal", e.getMessage());
    }

    @Test
    void nulBytesAreDropped() throws Exception {
        Article h = EXTRACTOR.extract(html("<body><p>Der Rat\u0000 hat am Donnerstag getagt und den Haushalt beschlossen.</p>\u0000</body>"));
        assertFalse(h.text().contains("\u0000"));
        assertTrue(h.text().contains("Haushalt"));
        Article t = EXTRACTOR.extract(text("Der Rat\u0000 hat am Donnerstag getagt und den Haushalt beschlossen.\u0000\n"));
        assertFalse(t.text().contains("\u0000"));
    }

    @Test
    void brokenMarkupIsFine() throws Exception {
        Article a = EXTRACTOR.extract(html("<html><body><div><p>Erster Absatz über den Haushalt der Stadt Köln im Jahr 2024.<p>Zweiter Absatz"
                + " <b>ohne <i>Ende</b> und mit </div></span> kaputten Tags, aber lesbar.<table><tr><td>1<td>2</table"));
        assertTrue(a.text().contains("Erster Absatz"));
        assertTrue(a.text().contains("Zweiter Absatz"));
    }

    /** The 50 MB page: refused at once with a clear error (ingest caps documents at 20 MB as well). */
    @Test
    void aTagSoupThatBreaksTheParserIsReadAgainWithoutFormattingTags() throws Exception {
        // hundreds of thousands of unclosed tags: jsoup 1.24.1's tree builder throws IndexOutOfBoundsException
        String[] tags = {"table", "td", "tr", "li", "a", "ul", "p", "div", "span", "b", "i", "form", "select", "option",
                "th", "tbody", "font", "center", "h1", "td"};
        java.util.Random random = new java.util.Random(1);
        StringBuilder sb = new StringBuilder("<html><body>").append(PARAGRAPH);
        for (int i = 0; i < 300_000; i++) {
            sb.append('<').append(tags[random.nextInt(tags.length)]).append('>');
            if (random.nextInt(10) < 3) {
                sb.append("Wort").append(i).append(' ');
            }
        }
        String soup = sb.append("</body></html>").toString();
        assertThrows(IndexOutOfBoundsException.class, () -> org.jsoup.Jsoup.parse(soup), "the parser fails on this page");
        Article a = EXTRACTOR.extract(html(soup));
        assertTrue(a.text().contains("Radwegs"), "the text is kept");
        assertTrue(a.meta("extraction").orElse("").startsWith("read again without its formatting tags"), a.meta().toString());
        // an ordinary page is parsed once and says nothing of the kind
        assertFalse(EXTRACTOR.extract(html("<html><body><a href=x>Link</a>" + PARAGRAPH + "</body></html>")).meta("extraction")
                .isPresent());
    }

    @Test
    void fiftyMegabytePageIsRefusedQuickly() {
        String para = "<p>Der Stadtrat hat am Donnerstag mit großer Mehrheit den Bau eines neuen Radwegs beschlossen.</p>\n";
        String page = "<html><body><article>" + para.repeat(50 * 1024 * 1024 / para.length() + 1) + "</article></body></html>";
        long t0 = System.nanoTime();
        ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(html(page)));
        assertEquals("page too large: " + page.length() + " chars (limit " + ArticleExtractor.MAX_CHARS + ")", e.getMessage());
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "refused without parsing");
    }

    /** Just under the limit, a big page is extracted in full. */
    @Test
    void fiveMegabytePage() throws Exception {
        StringBuilder sb = new StringBuilder("<html><body><nav><a href=/>Start</a></nav><article>");
        int i = 0;
        while (sb.length() < 5_000_000) {
            sb.append("<p>Absatz ").append(i++).append(": Der Stadtrat hat am Donnerstag mit großer Mehrheit den Bau eines neuen Radwegs beschlossen.</p>\n");
            if (i % 50 == 0) {
                sb.append("<div class=\"ad-slot\">Anzeige</div><h2>Zwischentitel ").append(i).append("</h2>");
            }
        }
        sb.append("</article></body></html>");
        Article a = EXTRACTOR.extract(html(sb.toString()));
        assertTrue(a.blocks().size() > 40_000, "blocks: " + a.blocks().size());
        checkInvariants(a);
    }

    @Test
    void randomMutationsOfGoldenInputsOnlyThrowExtractionException() throws Exception {
        Random random = new Random(20241017L);
        List<Path> inputs = Golden.inputs();
        int runs = 0;
        for (int round = 0; round < 45; round++) {
            for (Path p : inputs) {
                String s = Files.readString(p, StandardCharsets.UTF_8);
                String mutated = mutate(s, random);
                SourceRecord rec = p.toString().endsWith(".html") || random.nextInt(4) == 0 ? html(mutated) : text(mutated);
                assertOnlyExtractionException(rec);
                runs++;
            }
        }
        assertTrue(runs >= 300, "runs: " + runs);
    }

    private static final String[] JUNK = {"<", ">", "</div>", "<div class=\"share\">", "<p>", "</p>", "<table><tr><td>",
            "<script>", "</script>", "<!--", "-->", "<frameset>", "\u0000", "\uFFFF", "\uD800", "&#0;", "&amp", "<li>", "\n",
            "\n\n", "Lesen Sie auch:", "- ", "• ", "Bild: ", "/news.de/dpa", "<h2>", "<![CDATA[", "<svg><math>", "\r"};

    static String mutate(String s, Random r) {
        StringBuilder sb = new StringBuilder(s);
        int ops = 1 + r.nextInt(8);
        for (int k = 0; k < ops; k++) {
            int len = sb.length();
            int a = len == 0 ? 0 : r.nextInt(len);
            int b = Math.min(len, a + r.nextInt(200));
            switch (r.nextInt(5)) {
                case 0 -> sb.delete(a, b);
                case 1 -> sb.insert(a, sb.substring(a, b));
                case 2 -> sb.insert(a, JUNK[r.nextInt(JUNK.length)]);
                case 3 -> sb.insert(a, (char) r.nextInt(0x3000));
                default -> sb.setLength(a);
            }
        }
        return sb.toString();
    }

    static void assertOnlyExtractionException(SourceRecord rec) {
        try {
            checkInvariants(EXTRACTOR.extract(rec));
        } catch (ExtractionException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n"),
                    "one-line reason expected: " + e.getMessage());
        }
    }

    static void checkInvariants(Article a) {
        int last = -1;
        List<String> problems = new ArrayList<>();
        for (Block b : a.blocks()) {
            if (b.span().start() < last) {
                problems.add("blocks out of order at " + b);
            }
            if (b.span().isEmpty() || a.text(b).isBlank()) {
                problems.add("empty block " + b);
            }
            last = b.span().end();
        }
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(a.id().matches("[A-Za-z0-9._-]{1,64}"), a.id());
    }
}
