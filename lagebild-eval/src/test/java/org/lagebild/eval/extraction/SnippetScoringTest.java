package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScoringTest {

    @Test
    void normaliseCollapsesAllWhiteSpaceIncludingUnicode() {
        assertEquals("a b c d", SnippetScoring.normalise(" \n a\t\tb\u00a0c\u2009\u200a d \r\n"));
        assertEquals("", SnippetScoring.normalise(" \n\t "));
        assertEquals("x y", SnippetScoring.normalise("x\u001fy"));
    }

    @Test
    void snippetWithDifferentWhiteSpaceIsFound() {
        String output = "Der Bundestag hat\nam Donnerstag\u00a0beschlossen,\n\ndass die Frist verlängert wird.";
        var m = SnippetScoring.score(output, List.of("hat am Donnerstag beschlossen, dass", "  Frist\tverlängert "),
                List.of("Impressum"));
        assertEquals(new SnippetCounts(2, 0, 0, 1), m.counts());
        assertEquals(List.of(), m.missed());
        assertEquals(List.of(), m.leaked());
    }

    @Test
    void missedAndLeakedSnippetsAreCountedAndListed() {
        String output = "Artikeltext hier. Impressum Datenschutz";
        var m = SnippetScoring.score(output, List.of("Artikeltext", "Fehlender Satz"), List.of("Impressum", "Twitter"));
        assertEquals(new SnippetCounts(1, 1, 1, 1), m.counts());
        assertEquals(List.of("Fehlender Satz"), m.missed());
        assertEquals(List.of("Impressum"), m.leaked());
    }

    @Test
    void matchingIsCaseSensitiveSubstringMatching() {
        var m = SnippetScoring.score("impressum und mehr", List.of("und me"), List.of("Impressum"));
        assertEquals(new SnippetCounts(1, 0, 0, 1), m.counts());
    }

    @Test
    void crashCountsAsEmptyOutput() {
        var m = SnippetScoring.score(null, List.of("a", "b"), List.of("c"));
        assertEquals(new SnippetCounts(0, 0, 2, 1), m.counts());
        assertEquals(List.of("a", "b"), m.missed());
        var empty = SnippetScoring.score("", List.of("a", "b"), List.of("c"));
        assertEquals(m.counts(), empty.counts());
    }

    @Test
    void microAveragedScores() {
        SnippetCounts total = new SnippetCounts(3, 1, 1, 3).plus(new SnippetCounts(1, 0, 3, 2));
        assertEquals(new SnippetCounts(4, 1, 4, 5), total);
        assertEquals(0.8, total.precision(), 1e-12);
        assertEquals(0.5, total.recall(), 1e-12);
        assertEquals(2 * 0.8 * 0.5 / 1.3, total.f1(), 1e-12);
        assertEquals(9.0 / 14, total.accuracy(), 1e-12);
        assertEquals(0.0, SnippetCounts.ZERO.precision());
        assertEquals(0.0, SnippetCounts.ZERO.f1());
    }
}
