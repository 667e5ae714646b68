package org.lagebild.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.annotate.sentence.SentenceSplitter;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.model.Layer;

class PipelinesTest {

    @Test
    void splitterWithoutLanguageFailsNamingLanguage() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.builder().add(new SentenceSplitter()).build());
        assertTrue(e.getMessage().contains("LANGUAGE"), e.getMessage());
    }

    @Test
    void basicProvidesLanguageSentencesTokens() {
        Pipeline p = Pipelines.basic();
        assertTrue(p.provides().containsAll(Set.of(Layer.TEXT, Layer.LANGUAGE, Layer.SENTENCES, Layer.TOKENS)));
        String text = "Die Regierung hat am Mittwoch neue Maßnahmen beschlossen. Kritik kam von der Opposition.";
        Article a = new Article("x", "test", "text", null, null, text, List.of(), List.of(), List.of(), null, null, null, null);
        Document d = p.apply(Document.of(a), new AnnotationContext(LocalDate.of(2025, 1, 1)));
        assertEquals("de", d.language());
        assertEquals(2, d.sentences().size());
        assertEquals("Opposition", d.tokens().get(d.tokens().size() - 2).span().of(text));
        assertEquals(".", d.tokens().get(d.tokens().size() - 1).span().of(text));
        assertEquals(1, d.tokens().get(d.tokens().size() - 1).sentence());
    }

    @Test
    void englishUsesEnglishModels() {
        String text = "Mr. Smith met Dr. Jones in Washington. They didn't agree.";
        Article a = new Article("x", "test", "text", null, null, text, List.of(), List.of(), List.of(), null, null, null, null);
        Document d = Pipelines.basic().apply(Document.of(a), new AnnotationContext(LocalDate.of(2025, 1, 1)));
        assertEquals("en", d.language());
        assertEquals(2, d.sentences().size());
    }
}
