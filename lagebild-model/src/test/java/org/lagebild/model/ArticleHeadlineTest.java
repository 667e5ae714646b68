package org.lagebild.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleHeadlineTest {
    @Test
    void theTitleWhenThereIsOneElseTheFirstSentenceCut() {
        assertEquals("Titel", Article.headline("Titel", "Text."));
        assertEquals("Das geht aus aktuellen Berichten hervor.",
                Article.headline("", "Das geht aus aktuellen Berichten hervor. Kim Jong Un soll dafür ein Bataillon schicken."));
        String longSentence = "Nordkoreanische Soldaten könnten Russland womöglich bald noch intensiver im Kampf gegen die Ukraine "
                + "unterstützen, so heißt es.";
        String h = Article.headline(null, longSentence);
        assertEquals(100, h.length());
        assertEquals('…', h.charAt(99));
        assertEquals("Erste Zeile ohne Punkt", Article.headline(" ", "Erste Zeile ohne Punkt\nZweite Zeile."));
        assertEquals("", Article.headline(null, "  "));
        assertEquals("Kurz", Article.headline(null, "Kurz"));
    }
}
