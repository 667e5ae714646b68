package org.lagebild.annotate.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Pipeline;
import org.lagebild.annotate.Pipelines;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.Document;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.model.Token;

/** Offsets and structure hold for any input, including random and pathological text. */
class SentenceInvariantsTest {
    static final Pipeline BASIC = Pipelines.basic();
    static final AnnotationContext CTX = new AnnotationContext(LocalDate.of(2025, 1, 1));

    static Document run(Article a) {
        Document d = BASIC.apply(Document.of(a), CTX);
        check(d);
        return d;
    }

    /** Every invariant of the SENTENCES and TOKENS layers. */
    static void check(Document d) {
        String text = d.text();
        Span full = new Span(0, text.length());
        List<Span> blocks = SentenceSplitter.regions(d.article());
        int prevEnd = 0;
        for (int i = 0; i < d.sentences().size(); i++) {
            Sentence s = d.sentences().get(i);
            assertEquals(i, s.index());
            assertTrue(s.span().within(full), "sentence beyond text");
            assertFalse(s.span().isEmpty(), "empty sentence");
            assertTrue(s.span().start() >= prevEnd, "sentences overlap or go backwards at " + i);
            assertFalse(SentenceSplitter.isSpace(text.charAt(s.span().start())), "untrimmed start");
            assertFalse(SentenceSplitter.isSpace(text.charAt(s.span().end() - 1)), "untrimmed end");
            assertTrue(blocks.stream().anyMatch(b -> s.span().within(b)), "sentence crosses a block boundary: " + s);
            prevEnd = s.span().end();
        }
        int tokEnd = 0;
        for (Token t : d.tokens()) {
            Span ss = d.sentences().get(t.sentence()).span();
            assertTrue(t.span().within(ss), "token outside its sentence");
            assertFalse(t.span().isEmpty(), "empty token");
            assertTrue(t.span().start() >= tokEnd, "tokens overlap or go backwards");
            tokEnd = t.span().end();
        }
    }

    static Article plain(String text) {
        return TestArticles.of("t", text, List.of());
    }

    @Test
    void emptyAndBlankText() {
        assertTrue(run(plain("")).sentences().isEmpty());
        assertTrue(run(plain(" \n\t\u00A0 \n")).sentences().isEmpty());
        assertTrue(run(TestArticles.of("t", "   ", List.of(new Block(BlockType.PARAGRAPH, new Span(0, 3))))).sentences().isEmpty());
    }

    @Test
    void onlyPunctuation() {
        Document d = run(plain("... !!! ??? . . . (...) „“ -- …"));
        assertFalse(d.sentences().isEmpty());
    }

    @Test
    void emojiHangulCyrillic() {
        String text = "Das ist toll 😀👍🏽! Weiter geht's. 👨‍👩‍👧 Familie.\n서울에서 회의가 열렸다. 양국은 합의했다.\n"
                + "Президент встретился с профсоюзами. Это важно! e\u0301te\u0301 cafe\u0301.";
        Document d = run(plain(text));
        assertTrue(d.sentences().size() >= 5);
        for (Token t : d.tokens()) {
            String s = t.span().of(text);
            assertFalse(Character.isLowSurrogate(s.charAt(0)), "token starts inside a surrogate pair: " + s);
            assertFalse(Character.getType(s.charAt(0)) == Character.NON_SPACING_MARK, "token starts with a mark");
        }
    }

    @Test
    void sentencesNeverCrossBlocks() {
        Article a = TestArticles.ofBlocks("b",
                BlockType.TITLE, "Kremlchef schickt Tausende Nordkoreaner",
                BlockType.HIGHLIGHT, "Putin bekommt neue Soldaten",
                BlockType.CAPTION, "Kim Jong-un (rechts) mit Schoigu",
                BlockType.PARAGRAPH, "Nordkorea wird 1.000 Minenräumer entsenden. Die Ankündigung erfolgte am 6. August 2024.",
                BlockType.LIST_ITEM, "Erster Punkt ohne Satzzeichen",
                BlockType.LIST_ITEM, "zweiter Punkt klein geschrieben");
        Document d = run(a);
        List<String> s = new ArrayList<>();
        d.sentences().forEach(x -> s.add(x.span().of(a.text())));
        assertEquals(List.of("Kremlchef schickt Tausende Nordkoreaner", "Putin bekommt neue Soldaten",
                "Kim Jong-un (rechts) mit Schoigu", "Nordkorea wird 1.000 Minenräumer entsenden.",
                "Die Ankündigung erfolgte am 6. August 2024.", "Erster Punkt ohne Satzzeichen",
                "zweiter Punkt klein geschrieben"), s);
    }

    @Test
    void adjacentBlocksWithoutSpace() {
        String text = "TitelOhneAbstandSatz eins. Satz zwei.";
        Article a = TestArticles.of("t", text, List.of(new Block(BlockType.TITLE, new Span(0, 5)),
                new Block(BlockType.PARAGRAPH, new Span(5, text.length())),
                new Block(BlockType.PARAGRAPH, new Span(3, 9))));
        Document d = run(a);
        assertEquals("Titel", d.sentences().get(0).span().of(text));
    }

    @Test
    void textOutsideBlocksIsSplitByLine() {
        String text = "Kopfzeile\nDer Text. Noch ein Satz.\nFusszeile";
        Article a = TestArticles.of("t", text, List.of(new Block(BlockType.PARAGRAPH, new Span(10, 34))));
        Document d = run(a);
        assertEquals(4, d.sentences().size());
    }

    @Test
    void randomStrings() {
        Random r = new Random(42);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßÄÖÜ0123456789"
                + "      \n\n\t.....!!??,,;:\"\"''„“»«()[]…-–•/\u00A0\u200D\u0301😀서울Прив";
        for (int n = 0; n < 300; n++) {
            int len = r.nextInt(400);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<Block> blocks = new ArrayList<>();
            int pos = 0;
            while (pos < text.length() && r.nextInt(4) > 0) {
                int s = pos + r.nextInt(Math.max(1, text.length() - pos));
                int e = Math.min(text.length(), s + r.nextInt(120));
                blocks.add(new Block(BlockType.PARAGRAPH, new Span(s, e)));
                pos = e;
            }
            run(TestArticles.of("r" + n, text, blocks));
        }
    }

    @Test
    void megabyteWithoutPunctuationStaysLinear() {
        Random r = new Random(7);
        StringBuilder words = new StringBuilder(1 << 20);
        while (words.length() < 1_000_000) {
            words.append("wort").append(r.nextInt(1000)).append(' ');
        }
        Document d = run(plain(words.toString()));
        assertEquals(1, d.sentences().size());

        // no white space at all, and a run full of periods
        String glued = "a".repeat(500_000) + ".B".repeat(250_000);
        d = run(plain(glued));
        assertEquals(1, d.sentences().size());
        assertEquals(1, d.tokens().size());
    }

    @Test
    void manyShortSentences() {
        String text = "Ja. Nein. ".repeat(20_000);
        Document d = run(plain(text));
        // the German model does not break after the very first "Ja."
        assertTrue(d.sentences().size() >= 39_990, "sentences: " + d.sentences().size());
    }
}
