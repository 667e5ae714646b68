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
