package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.model.DateSource;
import org.lagebild.model.Document;
import org.lagebild.model.PublicationDate;
import org.lagebild.stories.eval.StoryRawText;
import org.lagebild.stories.eval.StoryTestPipeline;

/**
 * Session 12: the days clustering takes from a publication date ({@link StoryDays}), shared by the engine and
 * {@code lagebild eval stories}; the rules the evaluation compares.
 */
class StoryDaysTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Document annotated(String id, String title, String text) {
        StoryRawText raw = new StoryRawText(id, title, text, null, null, "de");
        return StoryTestPipeline.full().apply(raw.toDocument(), new AnnotationContext(TODAY));
    }

    /**
     * Two articles on different events whose only date evidence is one anchor event (the invasion of Ukraine)
     * get the same inferred best day from the resolver. The engine keeps it as their day (measured: clustering
     * them as undated is worse, README "Session 12"); the rules that would not are the ones the evaluation compares.
     */
    @Test
    void twoArticlesDatedOnlyByOneAnchorEventShareTheResolversGuess() {
        Document a = annotated("a", "Gaspreise belasten Bäckereien",
                "Seit dem Beginn des Ukraine-Kriegs sind die Preise für Gas stark gestiegen. Viele Bäckereien in Sachsen "
                        + "klagen über hohe Kosten und wollen die Preise für Brot erhöhen. Der Verband fordert Hilfe vom Land.");
        Document b = annotated("b", "Flüchtlinge finden Arbeit in der Pflege",
                "Nach der russischen Invasion in die Ukraine kamen viele Menschen nach Bayern. Einige von ihnen arbeiten "
                        + "inzwischen in Pflegeheimen, berichtet die Arbeitsagentur. Die Anerkennung der Abschlüsse dauert lange.");
        PublicationDate pa = a.article().published();
        PublicationDate pb = b.article().published();
        assertTrue(pa.isInferred() && pb.isInferred(), pa + " / " + pb);
        // the resolver's guess is the same day for both: the anchor event plus two weeks, in a wide window
        assertEquals(pa.date(), pb.date(), pa.explanation() + " / " + pb.explanation());
        assertTrue(pa.confidence() < 0.8 && pb.confidence() < 0.8, pa + " / " + pb);
        // it orders them and is the day clustering compares (what StoryIndexer passes)
        assertEquals(pa.date(), StoryDays.order(a));
        assertEquals(pa.date(), StoryDays.evidence(a));
        assertEquals(pb.date(), StoryDays.evidence(b));
        assertEquals(pa.date(), StoryFeatures.of(a, null).date());
        // the compared rules that cluster such an article as undated
        assertNull(StoryDays.evidence(pa, 200, 0));
        assertNull(StoryDays.evidence(pb, Long.MAX_VALUE, 0.8));
    }

    @Test
    void statedDatesAndConfidentWindowsAreEvidence() {
        LocalDate d = LocalDate.of(2024, 3, 5);
        for (DateSource s : new DateSource[] {DateSource.GIVEN, DateSource.METADATA, DateSource.TEXT}) {
            PublicationDate p = PublicationDate.stated(d, s, "test");
            assertEquals(d, StoryDays.evidence(p), s.name());
            assertEquals(d, StoryDays.order(p), s.name());
        }
        // a date line in the text (0.9) and a window of at most 62 days (0.8) are days
        assertEquals(d, StoryDays.evidence(new PublicationDate(d, d, d, DateSource.TEXT, "text:Erstellt am", 0.9, "")));
        assertEquals(d, StoryDays.evidence(new PublicationDate(d, d.minusDays(14), d.plusDays(40), DateSource.INFERRED,
                "content", 0.8, "")));
    }

    @Test
    void guessedDatesOrderAndTheComparedRulesDropThem() {
        LocalDate d = LocalDate.of(2022, 3, 10);
        PublicationDate wide = new PublicationDate(d, d.minusDays(14), d.plusDays(351), DateSource.INFERRED, "content", 0.4, "");
        PublicationDate top = new PublicationDate(d, d.minusDays(10), d.plusDays(1), DateSource.TEXT, "text:top-date", 0.7, "");
        for (PublicationDate p : new PublicationDate[] {wide, top}) {
            assertEquals(d, StoryDays.evidence(p), p.toString());
            assertEquals(d, StoryDays.order(p), p.toString());
            assertNull(StoryDays.evidence(p, Long.MAX_VALUE, 0.8), p.toString());
        }
        assertNull(StoryDays.evidence(PublicationDate.UNKNOWN));
        assertNull(StoryDays.order(PublicationDate.UNKNOWN));
        assertNull(StoryDays.order((PublicationDate) null));
        // a window without a best day orders by its earliest day
        assertEquals(d.minusDays(14), StoryDays.order(new PublicationDate(null, d.minusDays(14), d, DateSource.INFERRED, "content", 0.4, "")));
        assertEquals(d, StoryDays.evidence(wide, 400, 0));
        assertNull(StoryDays.evidence(wide, 200, 0));
        assertNull(StoryDays.evidence(wide, -1, 0));
        // the width rule is about inferred windows only: a date found in the text is kept by it
        assertEquals(d, StoryDays.evidence(top, -1, 0));
    }
}
