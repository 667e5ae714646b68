package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScoringTest {

    private static final double EPS = 1e-12;

    @Test
    void tokensAreUnicodeWordRuns() {
        assertEquals(List.of("Über", "3", "000", "Soldaten", "don", "t", "snake_case", "İstanbul"),
                ShingleScoring.tokens("Über 3.000 Soldaten — don't snake_case; İstanbul!"));
        assertEquals(List.of(), ShingleScoring.tokens(""));
        assertEquals(List.of(), ShingleScoring.tokens(null));
    }

    @Test
    void shinglesAreAMultiset() {
        Map<String, Integer> s = ShingleScoring.shingles("a b c d a b c d", 4);
        assertEquals(5, s.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(2, s.get("a\u0000b\u0000c\u0000d"));
        assertEquals(4, s.size());
    }

    @Test
    void shortTextGivesOneShorterShingleAndEmptyTextNone() {
        assertEquals(Map.of("a\u0000b", 1), ShingleScoring.shingles("a b", 4));
        assertEquals(Map.of(), ShingleScoring.shingles(" ... ", 4));
    }

    @Test
    void repeatedShinglesCountOnlyAsOftenAsInGold() {
        // gold has "a b c d" once; prediction twice: one TP, one FP (5 pred shingles, 1 gold).
        ShingleScoring.DocumentCounts c = ShingleScoring.match("a b c d", "a b c d a b c d");
        // pred shingles: abcd x2, bcda, cdab, dabc -> tp 1, fp 4, fn 0, normalised by 5
        assertEquals(0.2, c.tp(), EPS);
        assertEquals(0.8, c.fp(), EPS);
        assertEquals(0.0, c.fn(), EPS);
        assertEquals(0.2, c.precision(), EPS);
        assertEquals(1.0, c.recall(), EPS);
    }

    @Test
    void partialOverlap() {
        // gold 6 tokens -> 3 shingles; prediction drops the last token -> 2 shingles, both in gold
        ShingleScoring.DocumentCounts c = ShingleScoring.match("one two three four five six", "one two three four five");
        assertEquals(2.0 / 3, c.tp(), EPS);
        assertEquals(0.0, c.fp(), EPS);
        assertEquals(1.0 / 3, c.fn(), EPS);
        assertEquals(1.0, c.precision(), EPS);
        assertEquals(2.0 / 3, c.recall(), EPS);
    }

    @Test
    void perDocumentEdgeCasesFollowTheBenchmark() {
        ShingleScoring.DocumentCounts bothEmpty = ShingleScoring.match("", "");
        assertEquals(1.0, bothEmpty.precision());
        assertEquals(1.0, bothEmpty.recall());
        ShingleScoring.DocumentCounts nothingPredicted = ShingleScoring.match("a b c d e", "");
        assertEquals(0.0, nothingPredicted.precision());
        assertEquals(0.0, nothingPredicted.recall());
    }

    @Test
    void aggregateSkipsDocumentsWithoutPredictionOrGold() {
        ShingleScoring.DocumentCounts perfect = ShingleScoring.match("a b c d e", "a b c d e");
        ShingleScoring.DocumentCounts empty = ShingleScoring.match("a b c d e", "");   // tp+fp = 0: no precision
        ShingleScoring.DocumentCounts noGold = ShingleScoring.match("", "x y z w");   // tp+fn = 0: no recall
        ShingleScoring.Scores s = ShingleScoring.aggregate(List.of(perfect, empty, noGold), 1);
        assertEquals((1.0 + 0.0) / 2, s.precision(), EPS);
        assertEquals((1.0 + 0.0) / 2, s.recall(), EPS);
        assertEquals(0.5, s.f1(), EPS);
        assertEquals(1.0 / 3, s.accuracy(), EPS);
        assertEquals(3, s.documents());
    }

    @Test
    void f1IsHarmonicMeanOfTheMeans() {
        ShingleScoring.DocumentCounts a = ShingleScoring.match("one two three four five six", "one two three four five");
        ShingleScoring.DocumentCounts b = ShingleScoring.match("a b c d", "a b c d a b c d");
        ShingleScoring.Scores s = ShingleScoring.aggregate(List.of(a, b), 0);
        double p = (1.0 + 0.2) / 2;
        double r = (2.0 / 3 + 1.0) / 2;
        assertEquals(p, s.precision(), EPS);
        assertEquals(r, s.recall(), EPS);
        assertEquals(2 * p * r / (p + r), s.f1(), EPS);
    }

    @Test
    void exactMatchComparesTokenSequences() {
        assertTrue(ShingleScoring.exactMatch("Hello, world!\n\nBye.", "Hello world Bye"));
        assertFalse(ShingleScoring.exactMatch("Hello world", "hello world"));
        assertTrue(ShingleScoring.exactMatch("", "  "));
    }
}
