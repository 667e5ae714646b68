package org.lagebild.time.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.model.Document;
import org.lagebild.model.TimeExpression;
import org.lagebild.model.TimexType;
import org.lagebild.time.TestDocs;

class TimeTaggerTest {
    static final TimeTagger NEWS = new TimeTagger();
    static Locale saved;

    @BeforeAll
    static void turkish() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    static List<TimeExpression> tag(String text, LocalDate ref) {
        Document d = NEWS.apply(TestDocs.doc(text, "de", ref), new AnnotationContext(ref));
        for (TimeExpression t : d.times()) {
            assertEquals(t.text(), t.span().of(text));
            assertEquals(t.resolved(), t.value() != null);
        }
        return d.times();
    }

    static TimeExpression find(List<TimeExpression> ts, String text) {
        Optional<TimeExpression> t = ts.stream().filter(x -> x.text().equalsIgnoreCase(text) || text.toLowerCase(Locale.ROOT).endsWith(" " + x.text().toLowerCase(Locale.ROOT))).findFirst();
        assertTrue(t.isPresent(), () -> "no '" + text + "' in " + ts);
        return t.get();
    }

    @Test
    void seedExpressions() {
        LocalDate june = LocalDate.of(2025, 6, 20);
        List<TimeExpression> ts = tag("Das hatte Kim bereits Ende April bestätigt. Im vergangenen Jahr kamen Tausende.", june);
        assertEquals("2025-04", find(ts, "Ende April").value());
        assertEquals("END", find(ts, "Ende April").mod());
        assertEquals("2024", find(ts, "Im vergangenen Jahr").value());

        ts = tag("Die Ukraine hat am 6. August 2024 angegriffen. Putin und Kim haben erst im Juni 2024 unterzeichnet.", june);
        assertEquals("2024-08-06", find(ts, "6. August 2024").value());
        assertEquals("2024-06", find(ts, "Juni 2024").value());

        LocalDate april = LocalDate.of(2025, 4, 29);
        ts = tag("Die Entsendung erfolgte vor einigen Monaten. Im Herbst hatte der Geheimdienst geschätzt, dass es mehr seien. "
                + "Damals bestritt man alles. Am Tag zuvor bestätigte der Kreml. Im Jahr 2022 wurden die Beziehungen enger. "
                + "Es war der erste Besuch seit 24 Jahren.", april);
        assertEquals("PAST_REF", find(ts, "vor einigen Monaten").value());
        assertEquals("2024-FA", find(ts, "Herbst").value());
        assertEquals("PAST_REF", find(ts, "Damals").value());
        TimeExpression dayBefore = find(ts, "Am Tag zuvor");
        assertFalse(dayBefore.resolved(), "no day mentioned before: unresolved");
        assertNull(dayBefore.value());
        assertEquals("2022", find(ts, "Jahr 2022").value());
        assertEquals("P24Y", find(ts, "seit 24 Jahren").value());

        ts = tag("Seit über fünf Monaten tobt der Krieg.", LocalDate.of(2022, 8, 1));
        TimeExpression d = find(ts, "Seit über fünf Monaten");
        assertEquals(TimexType.DURATION, d.type());
        assertEquals("P5M", d.value());
        assertEquals("MORE_THAN", d.mod());

        ts = tag("Der seit 2022 geführte Krieg. Schätzungen von Anfang September zufolge sind 2000 tot. "
                + "Selenskyj sagte in dieser Woche etwas.", LocalDate.of(2025, 10, 11));
        assertEquals("2022", find(ts, "2022").value());
        assertEquals("2025-09", find(ts, "Anfang September").value());
        assertEquals("START", find(ts, "Anfang September").mod());
        assertEquals("2025-W41", find(ts, "in dieser Woche").value());
    }

    @Test
    void tenseChoosesTheYear() {
        assertEquals("2024-06", find(tag("Im Juni traf Putin Kim.", LocalDate.of(2025, 1, 15)), "Juni").value());
        assertEquals("2025-06", find(tag("Im Juni wird Putin Kim treffen.", LocalDate.of(2025, 1, 15)), "Juni").value());
        assertEquals("2025-04", find(tag("Ende April wurde es bestätigt.", LocalDate.of(2025, 6, 15)), "Ende April").value());
    }

    @Test
    void aWordInTeOrTenBetweenADeterminerAndItsNounIsAnAdjectiveNotAPreterite() {
        // a payment schedule in the present tense: "konkreten", "geplanten" and "vereinbarten" are adjectives
        assertEquals(0, NEWS.tense("Im konkreten Fall erhält der Anleger im November 1.250 Euro.", "de"));
        assertEquals(0, NEWS.tense("Nach der geplanten Reform zahlt am vereinbarten Termin niemand.", "de"));
        // the weak preterite still marks the past, also after a relative pronoun
        assertEquals(1, NEWS.tense("Die Soldaten, die kämpften, erhalten im November Geld.", "de"));
        assertEquals(1, NEWS.tense("Die Behörden meldeten im November neue Zahlen.", "de"));
        assertEquals("2024-11", find(tag("Im November meldeten die Behörden neue Zahlen.", LocalDate.of(2025, 1, 15)), "Im November").value());
    }

    @Test
    void dayBeforeAnchoredToTheDateJustMentioned() {
        List<TimeExpression> ts = tag("Am 6. August 2024 griff die Ukraine an. Am Tag zuvor sprach Selenskyj.", LocalDate.of(2024, 10, 1));
        TimeExpression t = find(ts, "Am Tag zuvor");
        assertEquals("2024-08-05", t.value());
        assertEquals("2024-08-06", t.anchor());
    }

    @Test
    void badInput() {
        LocalDate ref = LocalDate.of(2025, 6, 15);
        TimeExpression feb = find(tag("Am 31. Februar 2024 geschah nichts.", ref), "31. Februar 2024");
        assertFalse(feb.resolved());
        assertNull(feb.value());
        tag("Im Jahr 0 und im Jahr 99999 und 10^400 und " + "9".repeat(500) + ".", ref).forEach(t -> {
            if (t.value() != null) {
                assertFalse(t.value().contains("99999"), t.toString());
            }
        });
        for (String year : List.of("Im Jahr 0 geschah nichts.", "Im Jahr 0000 geschah nichts.", "Am 1. Mai 0 geschah nichts.",
                "Im Jahr 99999 geschah nichts.", "Am 31. Februar 99999 geschah nichts.")) {
            tag(year, ref).forEach(t -> assertTrue(t.value() == null || !t.value().startsWith("0000") && !t.value().contains("9999"),
                    () -> year + " -> " + t));
        }
        List<TimeExpression> nested = tag("Ende Anfang Mitte Ende April Mai 2024 2025 am Tag zuvor am Tag zuvor vor vor vor Monaten seit seit über", ref);
        for (int k = 1; k < nested.size(); k++) {
            assertTrue(nested.get(k).span().start() >= nested.get(k - 1).span().end(), "nested expressions do not overlap: " + nested);
        }
        String oneSentence = "und seit über fünf Monaten im Juni 2024 ".repeat(20_000); // 800,000 chars, one sentence
        List<TimeExpression> longOnes = NEWS.tag(oneSentence, List.of(), "de", ref);
        assertEquals(40_000, longOnes.size());
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("am 6. August 2024 und Ende April und seit über fünf Monaten, ");
        }
        List<TimeExpression> many = tag(sb.toString(), ref);
        assertTrue(many.size() > 10_000);
    }

    static String valueOf(List<TimeExpression> ts, int from, String text) {
        return ts.stream().filter(t -> t.text().equals(text) && t.span().start() >= from).findFirst().map(TimeExpression::value).orElse("none");
    }

    @Test
    void yearHeadingsFrameTheirChapterInNarratives() {
        String text = "1862\n\nPolitik\n\nLincoln sprach am 2. Juli. Die Erklärung galt ab dem 15. Juli 1863 für alle.\n"
                + "Im Dezember kam der Winter.\n\nSeekrieg\n\nIm Mai fiel New Orleans.\n\n1863\n\nPolitik\n\nIm Mai kam es zur Schlacht.\n";
        TimeTagger narrative = new TimeTagger(TimeTagger.Mode.NARRATIVE);
        List<TimeExpression> ts = narrative.tag(text, org.lagebild.time.internal.SimpleSentences.split(text), "de", LocalDate.of(2011, 2, 16));
        assertEquals("1862-07-02", valueOf(ts, 0, "2. Juli"));
        assertEquals("1862-12", valueOf(ts, 0, "Dezember"), "a new paragraph returns to the chapter's year after an aside");
        assertEquals("1862-05", valueOf(ts, 0, "Mai"), "a sub-section returns to the chapter's year");
        assertEquals("1863-05", valueOf(ts, text.indexOf("1863\n"), "Mai"));
    }
    /**
     * A past-tense English weekday that names the day right after the publication day is that next day (the page was
     * updated after its recorded date: cincinnati.com, dated Sunday 2017-03-26); any other stays the last such day
     * before, and German keeps the last such day.
     */
    @Test
    void englishWeekdayOfTheDayAfterPublicationIsThatDay() {
        LocalDate sunday = LocalDate.of(2017, 3, 26);
        String en = "Police Chief Eliot Isaac spoke Monday morning at City Hall after 17 were injured and one killed.";
        assertEquals("2017-03-27", valueOf(NEWS.tag(en, TestDocs.split(en), "en", sunday), 0, "Monday"));
        String two = "The boy who was shot Tuesday was injured by his brother.";
        assertEquals("2017-03-21", valueOf(NEWS.tag(two, TestDocs.split(two), "en", sunday), 0, "Tuesday"));
        String present = "Esteban Santiago is accused of fatally shooting five travelers Monday.";
        assertEquals("2017-03-20", valueOf(NEWS.tag(present, TestDocs.split(present), "en", sunday), 0, "Monday"),
                "no past-tense cue: the last Monday");
        String future = "The suspect will appear in court Monday.";
        assertEquals("2017-03-27", valueOf(NEWS.tag(future, TestDocs.split(future), "en", sunday), 0, "Monday"));
        String dated = "Kenyond Brown was shot and killed Saturday, Jan. 21 in the 2500 block of Hyde Park Boulevard.";
        List<TimeExpression> ts = NEWS.tag(dated, TestDocs.split(dated), "en", LocalDate.of(2017, 1, 27));
        assertEquals("2017-01-21", valueOf(ts, 0, "Saturday"), "a date as written after the weekday: no next day");
        assertEquals("2017-01-21", valueOf(ts, 0, "Jan. 21"));
        String de = "Am Montag war die Agentur für Arbeit betroffen.";
        assertEquals("2017-03-20", valueOf(NEWS.tag(de, TestDocs.split(de), "de", sunday), 0, "Montag"));
    }

    @Test
    void englishNextDayWeekdayYieldsToAWrittenDateOfThatWeekday() {
        // session 16: the Bridgeport Sweet 16 page (ctpost.com, dated Friday 2017-01-13) with photo captions of November:
        // "on Saturday night" was read as 2017-01-14, the day after publication; the page writes the party's date
        String text = "The Circolo Sportivo Italian American Club at 2500 Park Avenue in Bridgeport, Conn. where five people "
                + "were shot during an altercation on Saturday night.\nBRIDGEPORT — Two juveniles have been arrested in "
                + "connection with a shooting at a Sweet 16 birthday party that left six people injured.\nThe invitation-only "
                + "party at the Circolo Sportivo on Park Avenue was being held on Nov. 12 in honor of a girl's 16th birthday.";
        List<TimeExpression> ts = NEWS.tag(text, TestDocs.split(text), "en", LocalDate.of(2017, 1, 13));
        assertEquals("2016-11-12", valueOf(ts, 0, "Saturday"));
        String cincinnati = "Police Chief Eliot Isaac spoke Monday morning at City Hall after 17 were injured and one killed. "
                + "The most recent was Feb. 28, when six people were shot at an apartment building.";
        assertEquals("2017-03-27", valueOf(NEWS.tag(cincinnati, TestDocs.split(cincinnati), "en", LocalDate.of(2017, 3, 26)), 0,
                "Monday"), "no written date of a Monday (Feb. 28 is a Tuesday): the next day stands");
    }

    @Test
    void englishPastOfAVerbWithoutPassiveIsATenseCue() {
        // session 16: "count: 2 people (2017-03-20)" in a page dated Sunday 2017-03-26 and updated on Monday: an "-ed"
        // form is no cue (it may be a passive, "is scheduled"), but verbs that have no passive ("remained", "died")
        // are past (tense.tsv)
        LocalDate sunday = LocalDate.of(2017, 3, 26);
        String en = "On Monday morning, two people remained in critical condition at the University of Cincinnati Medical Center.";
        assertEquals("2017-03-27", valueOf(NEWS.tag(en, TestDocs.split(en), "en", sunday), 0, "Monday"));
        String died = "The 16-year-old girl, whose name has not been released, died after being taken off life support on Friday.";
        assertEquals("2017-03-31", valueOf(NEWS.tag(died, TestDocs.split(died), "en", LocalDate.of(2017, 3, 30)), 0, "Friday"));
        String scheduled = "Derrick Stafford's trial is scheduled to begin Monday in Marksville.";
        assertEquals("2017-03-20", valueOf(NEWS.tag(scheduled, TestDocs.split(scheduled), "en", sunday), 0, "Monday"),
                "'scheduled' stays no cue");
    }

    @Test
    void aStreetBlockNumberIsNoYear() {
        // session 17: "two boys, 15 and 16, were each shot in the leg in the 1600 block of North Austin" gave the story
        // summary "16 shot (1600)"; 17 claims of the 646 GVA pages took such a block number for their year
        String en = "On the Northwest Side, two boys were each shot in the leg in the 1600 block of North Austin Avenue.";
        List<TimeExpression> ts = NEWS.tag(en, TestDocs.split(en), "en", LocalDate.of(2017, 3, 26));
        assertTrue(ts.stream().noneMatch(t -> t.text().equals("1600")), ts.toString());
        String year = "The house was built in 1800 and burned down in 1900.";
        assertEquals(2, NEWS.tag(year, TestDocs.split(year), "en", LocalDate.of(2017, 3, 26)).size());
    }
}
