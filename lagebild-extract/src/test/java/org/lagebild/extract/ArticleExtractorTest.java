package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.MetaField;
import org.lagebild.model.ArticleIds;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.DateSource;
import org.lagebild.model.RemovedText;

class ArticleExtractorTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final String BODY = "Der Stadtrat hat am Donnerstag den neuen Haushalt beschlossen. Die Opposition stimmte dagegen.";

    private static SourceRecord text(String content, String title, String published, String id, String language) {
        return new SourceRecord("in.txt", "text", "text/plain", content, null, title, published, null, language, id, null, null);
    }

    private static List<String> texts(Article a, BlockType type) {
        return a.blocks().stream().filter(b -> b.type() == type).map(a::text).toList();
    }

    @Test
    void recordIdIsSanitisedAndTruncated() throws Exception {
        assertEquals("abc_def_g.h-1", EXTRACTOR.extract(text(BODY, null, null, "abc/def g.h-1", null)).id());
        assertEquals(64, EXTRACTOR.extract(text(BODY, null, null, "x".repeat(100), null)).id().length());
    }

    @Test
    void withoutRecordIdTheIdIsContentDerived() throws Exception {
        Article a = EXTRACTOR.extract(text("Haushalt beschlossen\n\n" + BODY, null, null, null, null));
        assertEquals(ArticleIds.of(a.title(), a.text()), a.id());
        assertEquals("Haushalt beschlossen", a.title());
    }

    @Test
    void recordTitleBecomesTheFirstBlockWhenTheTextHasNone() throws Exception {
        Article a = EXTRACTOR.extract(text(BODY, "Haushalt beschlossen", null, null, "de"));
        assertEquals(BlockType.TITLE, a.blocks().get(0).type());
        assertEquals("Haushalt beschlossen", a.text(a.blocks().get(0)));
        assertEquals("de", a.language());
        assertEquals("Haushalt beschlossen", a.meta("title").orElseThrow());
    }

    @Test
    void recordDateIsGiven() throws Exception {
        Article a = EXTRACTOR.extract(text(BODY, null, "2024-10-17T22:30:00-04:00", null, null));
        assertEquals(LocalDate.of(2024, 10, 17), a.published().date());
        assertEquals(DateSource.GIVEN, a.published().source());
        assertEquals("record:published", a.published().origin());
    }

    @Test
    void datelineInTheTextGivesBylineAndTextDate() throws Exception {
        Article a = EXTRACTOR.extract(text("Haushalt beschlossen\n\nErstellt von Max Muster - 17.10.2024, 12:00 Uhr\n\n" + BODY,
                null, null, null, null));
        assertEquals(List.of("Erstellt von Max Muster - 17.10.2024, 12:00 Uhr"), texts(a, BlockType.BYLINE));
        assertEquals(DateSource.TEXT, a.published().source());
        assertEquals(LocalDate.of(2024, 10, 17), a.published().date());
        assertEquals("Max Muster", a.meta("author").orElseThrow());
    }

    @Test
    void aTextRecordsUrlDatesItUnlessTheRecordStatesADate() throws Exception {
        String url = "https://www.example.org/politik/2024/10/17/haushalt-beschlossen";
        SourceRecord r = new SourceRecord("in.jsonl", "text", "text/plain", BODY, url, null, null, null, "de", null, null, null);
        Article a = EXTRACTOR.extract(r);
        assertEquals(LocalDate.of(2024, 10, 17), a.published().date());
        assertEquals("url-path", a.published().origin());
        SourceRecord given = new SourceRecord("in.jsonl", "text", "text/plain", BODY, url, null, "2024-10-18", null, "de",
                null, null, null);
        assertEquals("record:published", EXTRACTOR.extract(given).published().origin());
        SourceRecord monthOnly = new SourceRecord("in.jsonl", "text", "text/plain", BODY,
                "http://blog.example.org/2008/12/offer.html", null, null, null, "en", null, null, null);
        assertFalse(EXTRACTOR.extract(monthOnly).published().isKnown());
    }

    @Test
    void withoutASiteNameTheOutletIsTheSiteTheArticleCameFrom() throws Exception {
        SourceRecord r = new SourceRecord("in.jsonl", "text", "text/plain", BODY,
                "https://www.example.org/politik/2024/10/17/haushalt-beschlossen", null, null, null, "de", null, null, null);
        Article a = EXTRACTOR.extract(r);
        assertEquals("example.org", a.publisher());
        assertTrue(a.meta().contains(new MetaField("publisher", "example.org", "url-host")), a.meta().toString());
        // a named source wins; an archived copy names the original's site
        SourceRecord named = new SourceRecord("in.jsonl", "text", "text/plain", BODY, r.url(), null, null, "Beispiel-Zeitung",
                "de", null, null, null);
        assertEquals("Beispiel-Zeitung", EXTRACTOR.extract(named).publisher());
        assertEquals("wkrn.com", ArticleAssembler.host("http://web.archive.org/web/20141108120159/http://www.wkrn.com:80/story/24568412/x"));
        assertEquals("n-tv.de", ArticleAssembler.host("https://m.n-tv.de/politik/x.html"));
        assertEquals("blog.example.org", ArticleAssembler.host("http://blog.example.org/2008/12/offer.html"));
        assertEquals(null, ArticleAssembler.host("http://192.168.1.10/artikel.html"));
        assertEquals(null, ArticleAssembler.host("http://localhost:8080/a"));
        assertEquals(null, ArticleAssembler.host("artikel/a.html"));
        assertEquals(null, EXTRACTOR.extract(text(BODY, null, null, null, null)).publisher(), "no address: no outlet made up");
    }

    @Test
    void noDateIsUnknown() throws Exception {
        assertFalse(EXTRACTOR.extract(text(BODY, null, null, null, null)).published().isKnown());
    }

    @Test
    void gluedSentencesAreRepairedButAbbreviationsAndDomainsAreNot() throws Exception {
        Article a = EXTRACTOR.extract(text("Die Truppen sollen eingesetzt werden sollen.Dies verkündete Schoigu, z.B. laut news.de und ntv.de gestern.",
                null, null, null, null));
        assertEquals("Die Truppen sollen eingesetzt werden sollen. Dies verkündete Schoigu, z.B. laut news.de und ntv.de gestern.", a.text());
    }

    @Test
    void blocksAreTheTextJoinedByBlankLines() throws Exception {
        for (Path p : Golden.inputs()) {
            Article a = EXTRACTOR.extract(Golden.record(p));
            List<String> parts = new ArrayList<>();
            for (Block b : a.blocks()) {
                parts.add(a.text(b));
            }
            assertEquals(a.text(), String.join("\n\n", parts), p.toString());
        }
    }

    @Test
    void removedPositionsPointIntoThePlainTextInput() throws Exception {
        for (Path p : Golden.inputs()) {
            if (!p.toString().endsWith(".txt")) {
                continue;
            }
            String input = Files.readString(p);
            for (RemovedText r : EXTRACTOR.extract(Golden.record(p)).removed()) {
                assertTrue(r.position() >= 0 && input.startsWith(r.text(), r.position()),
                        p.getFileName() + ": " + r + " found at " + input.indexOf(r.text()));
            }
        }
    }

    /** Every non-space char of a plain-text input ends up in the clean text or in a removed item. */
    @Test
    void nothingIsLostFromPlainTextInputs() throws Exception {
        for (Path p : Golden.inputs()) {
            if (!p.toString().endsWith(".txt")) {
                continue;
            }
            StringBuilder in = new StringBuilder();
            for (String line : Files.readAllLines(p)) {
                in.append(line.substring(Lines.bulletLength(line)));
            }
            Article a = EXTRACTOR.extract(Golden.record(p));
            StringBuilder out = new StringBuilder(a.text());
            a.removed().forEach(r -> out.append(r.text()));
            assertEquals(sortedNonSpace(in), sortedNonSpace(out), p.getFileName().toString());
        }
    }

    private static String sortedNonSpace(CharSequence s) {
        return s.chars().filter(c -> !Lines.isSpace((char) c)).sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void removedPositionsPointIntoTheHtmlInput() throws Exception {
        String html = "<html><body><nav>Start Politik</nav><article><p>" + BODY + "</p><p>Advertisement</p></article></body></html>";
        Article a = EXTRACTOR.extract(BadInputTest.html(html));
        assertEquals(2, a.removed().size(), a.removed().toString());
        assertEquals(html.indexOf("<nav>"), a.removed().get(0).position());
        assertEquals(html.indexOf("<p>Advertisement"), a.removed().get(1).position());
    }

    @Test
    void englishBoilerplateIsRemoved() throws Exception {
        String in = "Floods hit the valley\n\nBy Jane Doe\n\nHeavy rain flooded the valley on Monday. Hundreds were evacuated.\n\n"
                + "Read more:\n- Levees under pressure\n- Why rivers flood\n\nAdvertisement\n\nThe water fell on Tuesday.\n\n"
                + "Sign up for our newsletter for the latest updates.\nFollow us on Twitter for more.\n© 2024 Example News. All rights reserved.\n";
        Article a = EXTRACTOR.extract(new SourceRecord("en.txt", "text", "text/plain", in, null, null, null, null, "en", null, null, null));
        assertEquals(List.of("Floods hit the valley"), texts(a, BlockType.TITLE));
        assertEquals(List.of("By Jane Doe"), texts(a, BlockType.BYLINE));
        assertEquals(List.of("Heavy rain flooded the valley on Monday. Hundreds were evacuated."), texts(a, BlockType.LEAD));
        assertEquals(List.of("The water fell on Tuesday."), texts(a, BlockType.PARAGRAPH));
        assertEquals(List.of("teaser list", "teaser list", "teaser list", "advertisement", "newsletter consent",
                "social-media promo", "copyright notice"), a.removed().stream().map(RemovedText::reason).toList());
        assertEquals("Jane Doe", a.meta("author").orElseThrow());
    }

    @Test
    void continuationLinesOfAWrappedParagraphStayOneBlock() throws Exception {
        Article a = EXTRACTOR.extract(text("Titel der Meldung\n\nDer Stadtrat hat am Donnerstag nach langer Debatte den\n"
                + "neuen Haushalt beschlossen, die Opposition stimmte dagegen.\n", null, null, null, null));
        assertEquals(List.of("Der Stadtrat hat am Donnerstag nach langer Debatte den\nneuen Haushalt beschlossen, die Opposition stimmte dagegen."),
                texts(a, BlockType.LEAD));
    }

    @Test
    void htmlLanguageAndTitleFromThePage() throws Exception {
        Article a = EXTRACTOR.extract(BadInputTest.html("<html lang=\"de-DE\"><head><title>Haushalt beschlossen | Stadtblatt</title>"
                + "<meta property=\"article:published_time\" content=\"2024-10-17T06:00:00Z\"></head><body><p>" + BODY + "</p></body></html>"));
        assertEquals("de-DE", a.language());
        assertEquals("Haushalt beschlossen", a.title());
        assertEquals(DateSource.METADATA, a.published().source());
        assertEquals("meta:article:published_time", a.published().origin());
        assertNull(a.byline());
    }

    @Test
    void htmlDateFromUrlPathWhenNothingElse() throws Exception {
        SourceRecord rec = new SourceRecord("x", "html", "text/html", "<p>" + BODY + "</p>",
                "https://example.org/news/2023/03/09/haushalt", null, null, null, null, null, null, null);
        Article a = EXTRACTOR.extract(rec);
        assertEquals(LocalDate.of(2023, 3, 9), a.published().date());
        assertEquals("url-path", a.published().origin());
    }

    @Test
    void extractorIsThreadSafe() throws Exception {
        List<Path> inputs = Golden.inputs();
        List<String> expected = new ArrayList<>();
        for (Path p : inputs) {
            expected.add(Golden.render(EXTRACTOR.extract(Golden.record(p))).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Path p : inputs) {
                    futures.add(pool.submit(() -> Golden.render(EXTRACTOR.extract(Golden.record(p))).toString()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % inputs.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
