package org.lagebild.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetokenizerTest {

    static String sentence(String tokens) {
        return Detokenizer.sentence(List.of(tokens.split(" ")));
    }

    @Test
    void punctuationSticksToTheWordBefore() {
        assertEquals("Er kam, sah und siegte; dann ging er: Ende! Wirklich?",
                sentence("Er kam , sah und siegte ; dann ging er : Ende ! Wirklich ?"));
        assertEquals("Rund 1,3 Millionen Euro.", sentence("Rund 1,3 Millionen Euro ."));
    }

    @Test
    void bracketsEnclose() {
        assertEquals("Gruppe A (Wien) und […] Ende", sentence("Gruppe A ( Wien ) und [ … ] Ende"));
        assertEquals("Russland (2:4): Slowakei", sentence("Russland ( 2:4 ): Slowakei"));
    }

    @Test
    void germanQuotesOpenAndClose() {
        assertEquals("Er sagte „Nein“ (2005).", sentence("Er sagte „ Nein “ ( 2005 ) ."));
        assertEquals("von Klaus Brendler, „‚Ostmoderne‘ – Industriebauten“.",
                sentence("von Klaus Brendler , „ ‚ Ostmoderne ‘ – Industriebauten “ ."));
        assertEquals("die »Linksammlung« hier", sentence("die » Linksammlung « hier"));
    }

    @Test
    void symmetricQuotesAlternate() {
        assertEquals("laut ''Westfalen-Blatt'' die Polizei", sentence("laut '' Westfalen-Blatt '' die Polizei"));
        assertEquals("er rief \"Halt\" und \"Stopp\".", sentence("er rief \" Halt \" und \" Stopp \" ."));
        // an English opening quote with no German one open opens; ” closes
        assertEquals("the “chair” here", sentence("the “ chair ” here"));
    }

    @Test
    void quotesRunAcrossSentencesWhichAreJoinedByOneSpace() {
        String text = Detokenizer.text(List.of(
                List.of("„", "Erster", "Satz", "."),
                List.of("Zweiter", "Satz", ".", "“"),
                List.of("Ende", ".")));
        assertEquals("„Erster Satz. Zweiter Satz.“ Ende.", text);
    }

    @Test
    void aLoneApostropheIsAWord() {
        assertEquals("Singin ' in the Rain", sentence("Singin ' in the Rain"));
        assertEquals("", Detokenizer.text(List.of()));
    }
}
