package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.Document;

/** Every row of non-figures.tsv matches its example and no row its counter-example; then whole English articles. */
class NonFiguresTest {

    @Test
    void everyRowMatchesItsExampleAndNoRowItsCounterExample() {
        NonFigures nf = NonFigures.load();
        List<String> failures = new ArrayList<>();
        for (NonFigures.Row r : nf.rows()) {
            String got = nf.matchExample(r.language(), r.example());
            if (!r.id().equals(got)) {
                failures.add(r.id() + ": example \"" + r.example() + "\" => " + got);
            }
            if (!r.counter().isEmpty() && !r.counter().equals("-")) {
                String c = nf.matchExample(r.language(), r.counter());
                if (c != null) {
                    failures.add(r.id() + ": counter-example \"" + r.counter() + "\" => " + c);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertFalse(nf.rows().isEmpty());
    }

    @Test
    void germanNumbersAreNotReadByTheEnglishRows() {
        assertNull(NonFigures.load().matchExample("de", "Der Schütze wurde um [7] p.m. festgenommen."));
        assertEquals("en.time-of-day", NonFigures.load().matchExample("en", "The gunman was arrested at [7] p.m."));
    }

    @Test
    void germanFootnoteNumbersGiveNoFigure() {
        // session 17, SemEval 2023 German articles: footnote numbers of blog posts, glued to a word, bracket or quote
        NonFigures nf = NonFigures.load();
        String bracket = "Söldner und fanatische Bandera-Anhänger[2] mit modernsten Waffen aus den USA.";
        int at = bracket.indexOf("[2]") + 1;
        assertEquals("de.footnote-glued", nf.match("de", bracket, 0, bracket.length(), at, at + 1));
        List<Double> got = new ArrayList<>();
        Document d = Seeds.text("Die zur unabhängigen Konföderation der Arbeit (KTR)3 gehörende MPRA, die 38 Prozent der Belegschaft "
                + "vertreten hatte, stimmte nicht zu. Er wurde mit Beifall aufgenommen.“9 Die Antwort scheint den Herren gefallen "
                + "zu haben, denn 40 Vertreter kamen.", Seeds.full());
        for (Claim c : d.claims()) {
            if (c.kind() == ClaimKind.QUANTITY && c.quantity() != null && c.quantity().value() != null) {
                got.add(c.quantity().value());
            }
        }
        assertEquals(List.of(38.0, 40.0), got);
        assertNull(nf.matchExample("de", "Im Lager leben [12] Kinder."));
        assertNull(nf.matchExample("de", "„[9] Menschen starben“, sagte er."));
    }

    private static List<Double> figures(String text) {
        Document d = Seeds.text(text, Seeds.full());
        assertEquals("en", d.language(), "the test text must be read as English");
        List<Double> out = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c.kind() == ClaimKind.QUANTITY && c.quantity() != null && c.quantity().value() != null) {
                out.add(c.quantity().value());
            }
        }
        return out;
    }

    @Test
    void agesTimesAddressesAndPhoneNumbersGiveNoFigureInEnglishNews() {
        List<Double> got = figures("""
                Police arrested Walter Barfield, 23, of Cleveland on Tuesday at about 7 p.m. in the 1400 block of \
                Gherald Street. Officers said the man was taken into custody without incident at his home.

                Anyone with information is asked to call police at (216) 522-1400. The hearing is set for Feb. 18.""");
        for (double v : List.of(23.0, 7.0, 1400.0, 522.0, 216.0, 18.0)) {
            assertFalse(got.contains(v), () -> v + " read as a figure: " + got);
        }
    }

    @Test
    void moreThanOneIsNoFigureButMoreThanTwoIs() {
        assertTrue(figures("Cincinnati police believe there was more than one shooter at the Cameo nightclub on Sunday.").isEmpty());
        assertTrue(figures("Police said more than two people were shot at the Cameo nightclub on Sunday.").contains(2.0));
    }

    @Test
    void realFiguresBesideAgesStay() {
        List<Double> got = figures("""
                Police said 12 people were arrested after the fight on Tuesday night in the city center. \
                Two men, ages 19 and 21, were among those taken into custody, officers said.""");
        assertTrue(got.contains(12.0), () -> "12 arrested lost: " + got);
        assertFalse(got.contains(19.0) || got.contains(21.0), () -> "an age read as a figure: " + got);
    }

    /** Session 15: ranks and points of a German results list and an age in parentheses give no figure; the rest stay. */
    @Test
    void ranksPointsAndAgesGiveNoFigureInGermanNews() {
        Document d = Seeds.text("""
                Beim Rennen in Sanremo gab es für die Österreicher wenig zu holen. Patrick Konrad (AUT) Bora 2:43 \
                Minuten zurück – 127. Im Lager von Preševo sitzt auch Aysha (35, Name geändert) mit ihren drei \
                Töchtern. Dort warten rund 650 Flüchtlinge.""", Seeds.full());
        assertEquals("de", d.language(), "the test text must be read as German");
        List<Double> got = new ArrayList<>();
        for (Claim c : d.claims()) {
            if (c.kind() == ClaimKind.QUANTITY && c.quantity() != null && c.quantity().value() != null) {
                got.add(c.quantity().value());
            }
        }
        assertFalse(got.contains(127.0), got::toString);
        assertFalse(got.contains(35.0), got::toString);
        assertTrue(got.contains(3.0) && got.contains(650.0), got::toString);
    }
}
