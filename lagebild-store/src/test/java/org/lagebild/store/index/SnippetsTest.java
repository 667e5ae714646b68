package org.lagebild.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    private static final Analyzer GERMAN = new GermanAnalyzer();
    private static final Snippets SNIPPETS = new Snippets(GERMAN, 60);

    private static Snippets.Terms terms(Query q) {
        return Snippets.terms(q, "all_").get("all_de");
    }

    private static Query term(String analysed) {
        return new TermQuery(new Term("all_de", analysed));
    }

    @Test
    void marksEveryInflectedFormInTheWindowAroundTheFirstMatch() {
        String text = "Der Soldat berichtet aus Kursk. Die Soldaten warten.";
        assertEquals("Der «Soldat» berichtet aus Kursk. Die «Soldaten» warten.",
                SNIPPETS.snippet("all_de", text, terms(term("soldat"))));
    }

    @Test
    void aLongTextIsCutAtWordsWithEllipses() {
        String text = "Erster Satz ohne Treffer, der lang genug ist, um weit vor dem Treffer zu enden, und noch "
                + "weiter geht. Dann berichtet der Kommandeur von der Lage an der Front, die sich seit Tagen nicht "
                + "verändert hat, und es folgt noch viel mehr Text.";
        String s = SNIPPETS.snippet("all_de", text, terms(term("kommandeur")));
        assertTrue(s.startsWith("… Dann berichtet der «Kommandeur»"), "starts at the sentence: " + s);
        assertTrue(s.endsWith(" …"), s);
        assertTrue(s.length() <= 60 + 6, s);
        assertTrue(!s.contains("Tag …") || s.contains("Tagen"), "cut at a word's end: " + s);
    }

    @Test
    void aWindowFarIntoTheTextStartsWithAnEllipsisAtAWord() {
        String text = "a".repeat(10) + " " + "bbbb ".repeat(40) + "cccc Kommandeur dddd";
        String s = SNIPPETS.snippet("all_de", text, terms(term("kommandeur")));
        assertTrue(s.startsWith("… bbbb"), s);
        assertTrue(s.contains("«Kommandeur»"), s);
    }

    @Test
    void prefixQueriesMarkByAutomatonAndNegatedWordsAreNotMarked() {
        Query q = new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term("all_de", "sold")), BooleanClause.Occur.MUST)
                .add(term("kursk"), BooleanClause.Occur.MUST_NOT)
                .build();
        Map<String, Snippets.Terms> all = Snippets.terms(q, "all_");
        assertEquals("Die «Soldaten» in Kursk.", SNIPPETS.snippet("all_de", "Die Soldaten in Kursk.", all.get("all_de")));
    }

    @Test
    void noMatchGivesNull() {
        assertNull(SNIPPETS.snippet("all_de", "Nichts davon passt.", terms(term("soldat"))));
        assertNull(SNIPPETS.snippet("all_de", "Nichts davon passt.", null));
    }
}
