package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class VisibleDateTest {

    /** Every row of date-hints.tsv: its example must match, its counter-example must not. */
    @Test
    void dataFileExamples() {
        VisibleDate v = VisibleDate.get();
        for (List<String> r : v.rows()) {
            if (r.get(1).equals("class")) {
                assertTrue(v.dateClass(r.get(3)), r.get(0) + " must match " + r.get(3));
                assertFalse(v.dateClass(r.get(4)), r.get(0) + " must not match " + r.get(4));
            } else if (r.get(1).equals("dateline")) {
                assertNotNull(v.dateline(r.get(3)), r.get(0) + " must find a dateline in " + r.get(3));
                assertNull(v.dateline(r.get(4)), r.get(0) + " must not find a dateline in " + r.get(4));
            } else {
                assertNotNull(v.labelled(r.get(3)), r.get(0) + " must find a date in " + r.get(3));
                assertNull(v.labelled(r.get(4)), r.get(0) + " must not find a date in " + r.get(4));
            }
        }
    }

    @Test
    void dateBesideTheHeadlineWins() {
        String html = "<body><div class=sidebar><span class=date>01.01.2020</span></div>"
                + "<h1>Titel</h1><p class=meta-line><span class=entry-date>13. Januar 2014</span></p>"
                + "<p>Text vom 5. Mai 2013.</p></body>";
        VisibleDate.Found f = VisibleDate.get().find(Jsoup.parse(html).body());
        assertEquals(LocalDate.of(2014, 1, 13), f.date());
        assertEquals("text:date-class", f.origin());
    }

    @Test
    void labelWithDateInNextElement() {
        String html = "<body><h1>T</h1><p><b>Aktualisiert am </b>17.01.2021.</p></body>";
        VisibleDate.Found f = VisibleDate.get().find(Jsoup.parse(html).body());
        assertEquals(LocalDate.of(2021, 1, 17), f.date());
        assertEquals("text:label", f.origin());
    }

    @Test
    void dateLineUnderTheHeadline() {
        String html = "<body><h1>Cup-Vorschau</h1><p class=c-page-header__subtitle>Handball Schweiz • 02.02.2022</p>"
                + "<p>Am 5. Mai 2013 begann alles.</p></body>";
        VisibleDate.Found f = VisibleDate.get().find(Jsoup.parse(html).body());
        assertEquals(LocalDate.of(2022, 2, 2), f.date());
        assertEquals("text:near-title", f.origin());
    }

    @Test
    void dateLineAboveTheHeadline() {
        String html = "<body><p>Kopfzeile</p><p class=category>24. April 2020 | <a href=x>Pressemitteilungen</a></p>"
                + "<h1>Titelseite</h1><p>Text ohne Datum.</p></body>";
        VisibleDate.Found f = VisibleDate.get().find(Jsoup.parse(html).body());
        assertEquals(LocalDate.of(2020, 4, 24), f.date());
        assertEquals("text:above-title", f.origin());
    }

    @Test
    void dateFarAboveTheHeadlineIsNotItsDate() {
        String html = "<body><p>24. April 2020</p><p>a</p><p>b</p><p>c</p><p>d</p><h1>Titel</h1><p>Text.</p></body>";
        assertNull(VisibleDate.get().find(Jsoup.parse(html).body()));
    }

    @Test
    void teaserDatesInLinkedListItemsDoNotCount() {
        String html = "<body><div class=meta><time datetime=\"2022-12-12 12:22\">12.12.2022</time></div><h1>T</h1>"
                + "<p>Text.</p><ul><li><time datetime=\"2022-08-10 11:05\">10.08.2022</time><a href=x>Andere</a></li></ul></body>";
        VisibleDate.Found f = VisibleDate.get().find(Jsoup.parse(html).body());
        assertEquals(LocalDate.of(2022, 12, 12), f.date());
    }

    @Test
    void labelInItsOwnBlock() {
        String html = "<body><h1>T</h1><p>Ein langer Satz ohne Datum, der nur Text enthält und sonst nichts weiter sagt, "
                + "wirklich nichts.</p><ul><li><p class=title>Mise en ligne</p><p class=content>23 mai 2019</p></li></ul></body>";
        VisibleDate.Found f = VisibleDate.get().find(Jsoup.parse(html).body());
        assertEquals(LocalDate.of(2019, 5, 23), f.date());
    }

    @Test
    void noDateNoResult() {
        assertNull(VisibleDate.get().find(Jsoup.parse("<body><h1>T</h1><p>Kein Datum hier.</p></body>").body()));
    }
}
