package org.lagebild.time.pubdate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.model.DateSource;
import org.lagebild.model.Document;
import org.lagebild.model.PublicationDate;
import org.lagebild.time.TestDocs;
import org.lagebild.time.internal.SimpleSentences;
import org.lagebild.time.internal.Tsv;

class PublicationDateResolverTest {
    static final PublicationDateResolver RESOLVER = new PublicationDateResolver();
    static final AnnotationContext CTX = new AnnotationContext(LocalDate.of(2026, 1, 1));

    /** The true publication days of the seeds, known from their content. */
    static final List<LocalDate> SEED_TRUTH = List.of(LocalDate.of(2025, 6, 17), LocalDate.of(2024, 10, 15),
            LocalDate.of(2025, 4, 28), LocalDate.of(2022, 8, 5), LocalDate.of(2025, 10, 10));

    @Test
    void seedWindowsHoldTheTrueDates() {
        List<Path> seeds = TestDocs.seeds();
        assertEquals(5, seeds.size());
        for (int i = 0; i < seeds.size(); i++) {
            Document d = RESOLVER.apply(TestDocs.doc(TestDocs.read(seeds.get(i)), "de"), CTX);
            PublicationDate p = d.article().published();
            LocalDate truth = SEED_TRUTH.get(i);
            assertEquals(DateSource.INFERRED, p.source());
            assertTrue(!truth.isBefore(p.earliest()) && !truth.isAfter(p.latest()), seeds.get(i) + ": " + p);
            assertEquals(p.date(), d.referenceTime());
            assertFalse(p.explanation().isEmpty());
        }
    }

    @Test
    void knownDateIsKept() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        Document d = RESOLVER.apply(TestDocs.doc("Im Juni 2020 geschah etwas.", "de", day), CTX);
        assertEquals(day, d.referenceTime());
        assertEquals(DateSource.GIVEN, d.article().published().source());
    }

    @Test
    void datelineInText() {
        Document d = RESOLVER.apply(TestDocs.doc("Erstellt am 17.10.2024\nKim schickt Soldaten.", "de"), CTX);
        assertEquals(LocalDate.of(2024, 10, 17), d.referenceTime());
        assertEquals(DateSource.TEXT, d.article().published().source());
    }

    @Test
    void dateOnItsOwnLineNearTheTop() {
        Document d = RESOLVER.apply(TestDocs.doc("Kim schickt Soldaten\nMontag, 28.01.2020\nDie Lage an der Front bleibt angespannt.", "de"), CTX);
        assertEquals(LocalDate.of(2020, 1, 28), d.referenceTime());
        assertEquals(DateSource.TEXT, d.article().published().source());
    }

    @Test
    void nothingFallsBackToToday() {
        Document d = RESOLVER.apply(TestDocs.doc("Kim schickt Soldaten.", "de"), CTX);
        assertEquals(CTX.today(), d.referenceTime());
        assertFalse(d.article().published().isKnown());
        Document bad = RESOLVER.apply(TestDocs.doc("Am 31. Februar 99999 und im Jahr 0 und " + "9".repeat(500), "de"), CTX);
        assertEquals(CTX.today(), bad.referenceTime());
    }

    @Test
    void latestAbsoluteDateIsALowerBound() {
        String text = "Die Lage an der Front bleibt angespannt, berichten Beobachter, und die Armee meldet neue Kämpfe in mehreren Regionen. "
                + "Am 6. August 2024 griff die Ukraine an. Im Juni 2024 wurde ein Vertrag unterzeichnet.";
        Document d = RESOLVER.apply(TestDocs.doc(text, "de"), CTX);
        PublicationDate p = d.article().published();
        assertEquals(LocalDate.of(2024, 8, 6), p.earliest());
        assertTrue(p.isInferred());
    }

    @Test
    void targetYearsWidenButDoNotRaiseTheLowerBound() {
        String text = "Der Verband meldete am 13. Januar 2022 neue Zahlen. Bis 2030 will die Stadt klimaneutral sein. "
                + "Im Jahr 2031 soll das Netz fertig sein.";
        PublicationDate p = RESOLVER.resolve(text, org.lagebild.time.internal.SimpleSentences.split(text), "de");
        assertEquals(LocalDate.of(2022, 1, 13), p.earliest(), p.explanation());
        assertTrue(!p.latest().isBefore(LocalDate.of(2023, 1, 13)), p.explanation());
    }

    @Test
    void englishContractTermsAreTargetsNotEvidence() {
        // "guaranteed to make through 2017" (an ECB+ blog post of December 2008, dated 2017 before) names an
        // end, not a year that has passed
        String text = "Teixeira is believed to be seeking more than the $21 million. Rodriguez is guaranteed to make "
                + "$27.5 million through 2017 with the Yankees.";
        PublicationDate p = RESOLVER.resolve(text, org.lagebild.time.internal.SimpleSentences.split(text), "en");
        assertTrue(!p.isKnown() || p.earliest().getYear() < 2017, p.explanation());
        String past = "The Red Sox made an offer on December 16, 2008. Rodriguez is guaranteed to make $27.5 million "
                + "till 2017.";
        PublicationDate q = RESOLVER.resolve(past, org.lagebild.time.internal.SimpleSentences.split(past), "en");
        assertEquals(2008, q.earliest().getYear(), q.explanation());
        assertTrue(q.latest().getYear() < 2017, q.explanation());
    }

    @Test
    void topDateAllowsForALaterUpdate() {
        String text = "Neue Regeln für Friseure\nMontag, 21. Januar 2022\nDie Regeln gelten ab sofort für alle Betriebe im Land.";
        PublicationDate p = RESOLVER.resolve(text, org.lagebild.time.internal.SimpleSentences.split(text), "de");
        assertEquals(LocalDate.of(2022, 1, 21), p.date());
        assertEquals(LocalDate.of(2022, 1, 11), p.earliest());
    }

    @Test
    void expressionsResolvedAgainstTheReferenceSayNothingAboutTheYear() {
        // "Jahresbeginn", "im August", "am Montag" take their year from the reference: no evidence of publication
        String text = "Seit Jahresbeginn wurden mehr Fälle gemeldet. Im August stieg die Zahl, am Montag sank sie wieder. "
                + "Mitte August 2021 hatte die Behörde gewarnt.";
        PublicationDate p = RESOLVER.resolve(text, org.lagebild.time.internal.SimpleSentences.split(text), "de");
        assertTrue(p.isKnown(), p.explanation());
        assertEquals(2021, p.earliest().getYear(), p.explanation());
        assertTrue(p.latest().getYear() < 2030, p.explanation());
        String none = "Seit Jahresbeginn wurden mehr Fälle gemeldet. Im August stieg die Zahl.";
        PublicationDate q = RESOLVER.resolve(none, org.lagebild.time.internal.SimpleSentences.split(none), "de");
        assertFalse(q.isKnown(), q.explanation());
    }

    @Test
    void aBareYearLeavesTheNextYearOpen() {
        // annual figures are written early in the following year
        String text = "Im Jahr 2013 stieg der Umsatz des Konzerns um fünf Prozent, teilte das Unternehmen mit.";
        PublicationDate p = RESOLVER.resolve(text, org.lagebild.time.internal.SimpleSentences.split(text), "de");
        assertEquals(LocalDate.of(2013, 1, 1), p.earliest(), p.explanation());
        assertEquals(LocalDate.of(2015, 1, 1), p.latest(), p.explanation());
        String day = "Der Konzern ist gewachsen, wie aus den Zahlen hervorgeht, die das Unternehmen vorlegte und die Analysten lobten. "
                + "Am 13. Mai 2013 stieg der Umsatz des Konzerns um fünf Prozent, teilte das Unternehmen mit.";
        PublicationDate q = RESOLVER.resolve(day, org.lagebild.time.internal.SimpleSentences.split(day), "de");
        assertEquals(LocalDate.of(2014, 5, 13), q.latest(), q.explanation());
    }

    @Test
    void aYearInTheNameOfAProgrammeIsATarget() {
        String text = "Teil der Strategie 2020 ist es, die Bank einfacher und effizienter zu machen.";
        PublicationDate p = RESOLVER.resolve(text, org.lagebild.time.internal.SimpleSentences.split(text), "de");
        assertFalse(p.isKnown(), p.explanation());
    }

    @Test
    void anEventNameDatedEarlierIsAnotherEvent() {
        String text = "Die Qassam-Brigaden wollen diesen Sommer 25.000 Palästinenser ausbilden. "
                + "Nach dem Terrorangriff der Hamas im Sommer 2014 starben mehr als 2.200 Palästinenser.";
        PublicationDate p = RESOLVER.resolve(text, org.lagebild.time.internal.SimpleSentences.split(text), "de");
        assertTrue(p.isKnown(), p.explanation());
        assertTrue(p.earliest().getYear() < 2020, p.explanation());
        String now = "Nach dem Terrorangriff der Hamas wurden mehr als 200 Geiseln verschleppt.";
        PublicationDate q = RESOLVER.resolve(now, org.lagebild.time.internal.SimpleSentences.split(now), "de");
        assertEquals(LocalDate.of(2023, 10, 7), q.earliest(), q.explanation());
    }

    @Test
    void historyAloneDoesNotDateAText() {
        String text = "Die Magna Carta wurde 1215 besiegelt und gilt bis heute als Grundstein der Freiheitsrechte.";
        Document d = RESOLVER.apply(TestDocs.doc(text, "de"), new AnnotationContext(LocalDate.of(2026, 11, 24)));
        assertFalse(d.article().published().isKnown(), d.article().published().explanation());
        Document old = RESOLVER.apply(TestDocs.doc(text, "de"), new AnnotationContext(LocalDate.of(1220, 3, 1)));
        assertTrue(old.article().published().isKnown(), "read in 1220, a text naming 1215 is recent");
        String recent = "Im Sommer 2014 starben mehr als 2.200 Menschen im Krieg.";
        Document r = RESOLVER.apply(TestDocs.doc(recent, "de"), new AnnotationContext(LocalDate.of(2026, 11, 24)));
        assertEquals(2014, r.article().published().earliest().getYear(), r.article().published().explanation());
    }

    @Test
    void noTextIsPublishedAfterTheDayItIsRead() {
        // only targets and plans: no evidence of the publication day once they lie after the reference day
        Document targets = RESOLVER.apply(TestDocs.doc("Die Stadt will 2050 klimaneutral sein. Das Netz soll 2034 fertig werden.", "de"),
                new AnnotationContext(LocalDate.of(2026, 11, 24)));
        assertFalse(targets.article().published().isKnown(), targets.article().published().explanation());
        assertEquals(LocalDate.of(2026, 11, 24), targets.referenceTime());
        String text = "Die Lage an der Front bleibt angespannt, berichten Beobachter, und die Armee meldet neue Kämpfe in mehreren Regionen. "
                + "Am 6. August 2026 griff die Armee an.";
        Document d = RESOLVER.apply(TestDocs.doc(text, "de"), new AnnotationContext(LocalDate.of(2026, 9, 1)));
        PublicationDate open = d.article().published();
        assertEquals(LocalDate.of(2026, 8, 6), open.earliest(), open.explanation());
        assertEquals(LocalDate.of(2026, 9, 1), open.latest(), open.explanation());
    }

    /**
     * Runs the example column of future-cues.tsv: a FUTURE row's date is not counted, only named as the
     * future event the text was written before (with that cue); the other rows' dates count (an EVENT
     * row's past date counts, its event's year does not).
     */
    @TestFactory
    Stream<DynamicTest> futureCueExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Tsv.Row r : Tsv.load(PublicationDateResolver.class, "future-cues.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest(r.toString(), () -> {
                String text = r.get("example");
                PublicationDate p = RESOLVER.infer(text, SimpleSentences.split(text), r.get("lang"));
                assertTrue(p.isKnown(), text);
                if (r.has("counted")) {
                    assertTrue(p.explanation().contains("mentions " + r.get("counted") + " ("), text + " -> " + p.explanation());
                    if (r.get("class").equals("EVENT")) {
                        // the event's year is no lower bound, only named as a scheduled event
                        assertTrue(p.explanation().contains("scheduled event "), text + " -> " + p.explanation());
                        assertEquals(1, p.explanation().split("mentions ").length - 1, text + " -> " + p.explanation());
                    }
                } else {
                    assertEquals("FUTURE", r.get("class"));
                    assertFalse(p.explanation().contains("mentions "), text + " -> " + p.explanation());
                    assertTrue(p.explanation().contains("only future or scheduled events") && p.explanation().contains("('" + r.get("word") + "')"),
                            text + " -> " + p.explanation());
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void aFutureDateDoesNotDateTheTextAfterIt() {
        // a bond article of November 2015 (10kGNAD): the coupon and the maturity of 2025 lie ahead
        String text = "Die Anleihe bietet einen fixen Zinssatz. Die Anleihe kann noch bis 17.11.15 gezeichnet werden. "
                + "Der Anleger erhält am 20.11.16 die erste Tilgung. "
                + "Demgemäß werden Anleger am 20.11.2025 aus dem verbleibenden Kapitaleinsatz einen Zinskupon erhalten.";
        PublicationDate p = RESOLVER.resolve(text, SimpleSentences.split(text), "de", LocalDate.of(2026, 11, 24));
        assertEquals(LocalDate.of(2016, 11, 6), p.earliest(), p.explanation());
        assertTrue(p.explanation().contains("by future 20.11.2025 ('werden')"), p.explanation());
        // a past-tense sentence still dates the text
        String past = "Der Gemeinderat hat am 20.11.2025 beschlossen, die Steuer zu senken.";
        PublicationDate q = RESOLVER.infer(past, SimpleSentences.split(past), "de");
        assertEquals(LocalDate.of(2025, 11, 20), q.earliest(), q.explanation());
        // the plan's year, not the decision's day, is in the future clause
        String both = "Der Gemeinderat hat am 20.11.2015 beschlossen, dass die Steuer 2025 sinken wird.";
        PublicationDate r = RESOLVER.infer(both, SimpleSentences.split(both), "de");
        assertEquals(LocalDate.of(2015, 11, 20), r.earliest(), r.explanation());
        assertTrue(r.latest().getYear() <= 2018, r.explanation());
    }

    @Test
    void aTextWithOnlyFutureDatesIsWrittenBeforeTheNearest() {
        String text = "Wenn der Bezirk 2017 aufgelöst wird, sollen die Autohalter neue Kennzeichen erhalten.";
        PublicationDate p = RESOLVER.resolve(text, SimpleSentences.split(text), "de");
        assertEquals(LocalDate.of(2016, 1, 1), p.earliest(), p.explanation());
        assertEquals(LocalDate.of(2018, 1, 1), p.latest(), p.explanation());
    }

    @Test
    void aDateInAFutureTenseSentenceIsAnEventAhead() {
        // the clause of "Mai 2027" has no cue, but the sentence is in the future tense ("plant")
        String text = "Am 3. März 2025 stellte die Stadt den Plan vor. Im Mai 2027 beginnt der Bau, und die Stadt plant die Eröffnung.";
        PublicationDate p = RESOLVER.infer(text, SimpleSentences.split(text), "de");
        assertEquals(LocalDate.of(2025, 3, 3), p.earliest(), p.explanation());
        assertEquals(LocalDate.of(2027, 6, 1), p.latest(), p.explanation());
        assertTrue(p.explanation().contains("future Mai 2027 (future-tense sentence)"), p.explanation());
        String only = "Im Mai 2027 beginnt der Bau, und die Stadt plant die Eröffnung.";
        PublicationDate q = RESOLVER.infer(only, SimpleSentences.split(only), "de");
        assertEquals(LocalDate.of(2026, 5, 1), q.earliest(), q.explanation());
        assertEquals(LocalDate.of(2027, 6, 1), q.latest(), q.explanation());
    }
}
