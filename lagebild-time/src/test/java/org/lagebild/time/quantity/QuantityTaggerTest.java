package org.lagebild.time.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.model.Document;
import org.lagebild.model.Quantity;
import org.lagebild.time.TestDocs;

class QuantityTaggerTest {
    static final QuantityTagger TAGGER = new QuantityTagger();
    static final AnnotationContext CTX = new AnnotationContext(LocalDate.of(2025, 1, 1));
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

    static List<Quantity> tag(String text, String lang) {
        Document d = TAGGER.apply(TestDocs.doc(text, lang), CTX);
        for (Quantity q : d.quantities()) {
            assertEquals(q.text(), q.span().of(text), "span text");
        }
        return d.quantities();
    }

    static Quantity one(String text, String lang) {
        List<Quantity> qs = tag(text, lang);
        assertEquals(1, qs.size(), () -> "in '" + text + "': " + qs);
        return qs.get(0);
    }

    @Test
    void seedSentences() {
        Quantity q = one("Kim Jong Un soll dafür ein bis zu 3.000 Mann starkes Bataillon an die Front schicken.", "de");
        assertEquals("bis zu 3.000", q.text());
        assertEquals(3000.0, q.max());
        assertNull(q.min());
        assertEquals("Mann", q.unit());
        assertEquals("Bataillon", q.counts());

        q = one("Südkoreanischen Schätzungen zufolge sollen rund 2000 nordkoreanische Soldaten getötet worden sein.", "de");
        assertEquals(2000.0, q.value());
        assertTrue(q.approximate());
        assertEquals("Soldat", q.unitLemma());
        assertEquals("nordkoreanische Soldaten", q.counts());

        q = one("Nordkorea hatte mehr als 10.000 Soldaten nach Russland entsandt.", "de");
        assertEquals(10000.0, q.min());
        assertTrue(q.minExclusive());

        q = one("Auch sollen mittlerweile in vierstelliger Höhe weitere Truppen entsandt worden sein.", "de");
        assertEquals(1000.0, q.min());
        assertEquals(9999.0, q.max());
        assertNull(q.value());

        q = one("Kim schickt Putin Tausende neue Soldaten.", "de");
        assertEquals(2000.0, q.min());
        assertTrue(q.approximate());
        assertEquals("Soldaten", q.unit());

        List<Quantity> qs = tag("Nordkorea wird 1.000 Minenräumer und 5.000 Soldaten in die russische Region Kursk entsenden.", "de");
        assertEquals(2, qs.size());
        assertEquals(1000.0, qs.get(0).value());
        assertEquals("Minenräumer", qs.get(0).unit());
        assertEquals(5000.0, qs.get(1).value());
    }

    @Test
    void notCounts() {
        for (String s : List.of("Die Ukraine hat am 6. August 2024 in Kursk angegriffen.",
                "Medwedew besuchte Nordkorea zum Anlass des 80. Gründungstags.",
                "Dort wurde die Interkontinentalrakete Hwasong-20 vorgeführt.",
                "00:00 Diese Audioversion wurde künstlich generiert.",
                "Er kam zum dritten Mal.",
                "Seit 2022 führt Russland Krieg.",
                "Im Jahr 2022 wurden die Beziehungen enger.",
                "Der erste Besuch seit 24 Jahren.",
                "Er war mehr als 30 Jahren im Amt.",
                "Seit über fünf Monaten tobt der Krieg.",
                "Rufen Sie +49 30 1234567 an.",
                "Siehe § 5 Abs. 2 des Gesetzes.",
                "Das Treffen war am 06.08.2024 um 14:30 Uhr.")) {
            assertEquals(List.of(), tag(s, "de"), s);
        }
    }

    @Test
    void germanAndEnglishFormats() {
        assertEquals(1_500_000.0, one("Es flohen 1,5 Millionen Menschen.", "de").value());
        assertEquals(10_000.0, one("More than 10,000 soldiers were sent.", "en").min());
        assertEquals(2_500_000.0, one("About 2.5 million people fled.", "en").value());
        assertEquals(1_000_000.0, one("Das kostet eine Million Euro.", "de").value());
        assertEquals(20.0, one("Es kamen zwanzig Gäste.", "de").value());
        assertEquals(3500.0, one("Es kamen dreitausendfünfhundert Gäste.", "de").value());
        assertEquals(12.0, one("A dozen soldiers died.", "en").value());
        Quantity pct = one("Die Zustimmung stieg auf 30 Prozent.", "de");
        assertEquals("Prozent", pct.unitLemma());
        Quantity money = one("Der Schaden beträgt 5 Millionen Euro.", "de");
        assertEquals(5_000_000.0, money.value());
        assertEquals("Euro", money.unit());
        Quantity km = one("Die Front ist 1.000 km lang.", "de");
        assertEquals("Kilometer", km.unitLemma());
        Quantity range = one("Zwischen 10 und 20 Soldaten starben.", "de");
        assertEquals(10.0, range.min());
        assertEquals(20.0, range.max());
        assertEquals("Soldat", range.unitLemma());
        Quantity third = one("Ein Drittel der Soldaten starb.", "de");
        assertEquals(1.0 / 3, third.value(), 1e-9);
    }

    @Test
    void signsScalesAtSentenceEndSlashUnitsAndSharedUnits() {
        assertEquals(-0.25, one("DAX/Frankfurt -0,25 Prozent.", "de").value());
        assertEquals(-2.34, one("Die Titel schlossen minus 2,34 Prozent tiefer.", "de").value());
        Quantity cold = one("Sie werden auf etwa -273,15 Grad gekühlt.", "de");
        assertEquals(-273.15, cold.value());
        assertTrue(cold.approximate(), "the qualifier stands before the sign");
        assertEquals(List.of(), tag("Das Spiel endete 3 - 2 und 10-20 Zuschauer kamen.", "de").stream()
                .filter(q -> q.value() != null && q.value() < 0).toList(), "range dashes are not signs");
        assertEquals(18_000_000.0, one("Im zweiten Wahlgang braucht sie etwa 18 Millionen.", "de").value());
        Quantity range = one("Ihr Potenzial betrug rund sechs bis sieben Millionen.", "de");
        assertEquals(6_000_000.0, range.min());
        assertEquals(7_000_000.0, range.max());
        Quantity speed = one("Er fuhr mit 160 km/h durch den Ort.", "de");
        assertEquals("km/h", speed.unit());
        assertEquals("Kilometer pro Stunde", speed.unitLemma());
        Quantity over = one("Die Aktie verlor über ein Prozent.", "de");
        assertEquals(1.0, over.value());
        assertTrue(over.minExclusive());
        assertEquals("Prozent", over.unitLemma());
        List<Quantity> shared = tag("Die Partei fiel von 25 auf 18 Prozent.", "de");
        assertEquals(2, shared.size(), shared::toString);
        assertEquals("Prozent", shared.get(0).unitLemma(), "25 shares the unit of 18 Prozent");
        assertEquals(List.of(), tag("Er kam mit ein paar Freunden.", "de"), "an article alone is no number");
    }

    @Test
    void impossibleDatesAndExtremeYearsAreNotCounts() {
        for (String s : List.of("Am 31. Februar geschah nichts.", "Im Jahr 0 geschah nichts.", "Im Jahr 99999 geschah nichts.",
                "Am 31. Februar 99999 geschah nichts.")) {
            assertEquals(List.of(), tag(s, "de"), s);
        }
    }

    @Test
    void nestedExpressionsGiveOneQuantityEach() {
        for (String s : List.of("Zwischen bis zu 3.000 und mehr als 5.000 Soldaten kamen.",
                "Es kamen (rund (etwa 3.000)) Soldaten und bis zu zwischen 10 und 20 Panzer.",
                "Ein bis zu 3.000 Mann starkes, bis zu 5.000 Mann großes Bataillon.")) {
            List<Quantity> qs = tag(s, "de");
            assertFalse(qs.isEmpty(), s);
            for (int k = 1; k < qs.size(); k++) {
                assertTrue(qs.get(k).span().start() >= qs.get(k - 1).span().end(), () -> "overlap in " + s + ": " + qs);
            }
        }
    }

    @Test
    void oneVeryLongSentence() {
        String sentence = "und es kamen bis zu 3.000 Soldaten ".repeat(20_000); // 700,000 chars, no full stop
        List<Quantity> qs = TAGGER.tag(sentence, "de");
        assertEquals(20_000, qs.size());
    }

    @Test
    void badInputNeverThrowsAndStaysUnresolved() {
        assertTrue(tag("Das ist 10^400 mal mehr.", "de").stream().allMatch(q -> q.value() == null || q.value() < 1e300));
        String big = "9".repeat(500);
        List<Quantity> qs = tag("Es kamen " + big + " Soldaten.", "de");
        assertEquals(1, qs.size());
        assertNull(qs.get(0).value(), "beyond double range is unresolved");
        tag("bis zu bis zu mehr als rund 3.000.000.000,5,5,5 - - – zwischen und 1.2.3.4.5", "de");
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("Es kamen bis zu 3.000 Soldaten und Tausende Menschen, ");
        }
        List<Quantity> many = tag(sb.toString(), "de");
        assertFalse(many.isEmpty());
    }
}
