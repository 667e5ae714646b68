package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-10-17|2024-10-17",
            "2024-10-17T23:30:00-04:00|2024-10-17",
            "20241017|2024-10-17",
            "17.10.2024|2024-10-17",
            "17. 10. 2024, 12:00 Uhr|2024-10-17",
            "17. Oktober 2024|2024-10-17",
            "17 OKTOBER 2024|2024-10-17",
            "1. März 2023|2023-03-01",
            "October 17, 2024|2024-10-17",
            "Oct. 17 2024|2024-10-17",
            "Thu, 17 Oct 2024 08:30:00 GMT|2024-10-17"})
    void parsesStatedDates(String text, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.parse(text));
    }

    /** Slash dates read in the order of the page's language (slash-dates.tsv); 'null': not read. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "02/10/2020|en-GB|2020-10-02",
            "02/10/2020|en-US|2020-02-10",
            "02/10/2020|en|null",
            "30/10/2020|en|2020-10-30",
            "10/30/2020|en|2020-10-30",
            "10/05/2022 05:22 pm|es|2022-05-10",
            "Stand 02/10/2020|de-AT|2020-10-02",
            "02/10/2020|null|null",
            "1/2/33/2020|de|null",
            "31/02/2020|de|null"})
    void readsSlashDatesInThePageLanguagesOrder(String text, String language, String expected) {
        LocalDate d = Dates.findSlash(text, language.equals("null") ? null : language);
        assertEquals(expected.equals("null") ? null : LocalDate.parse(expected), d);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"not a date", "31.02.2024", "2024-13-01", "17. Foo 2024", "''"})
    void rejectsNonDates(String text) {
        assertNull(Dates.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.org/news/2024/10/17/slug|2024-10-17",
            "https://example.org/2019/11/8/20948348/slug|2019-11-08",
            "http://www.example.cn/local/2020-02/19/c_1125597921.htm|2020-02-19",
            "https://example.de/Meldung/2022/20220124-foerderung.html|2022-01-24",
            "https://example.it/de/newsroom/23-01-2022-wierer-jubelt/17-378.html|2022-01-23"})
    void readsUrlPaths(String url, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.fromUrlPath(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"https://example.org/news/12345678901/slug", "https://example.org/?m=202111",
            "https://example.org/a/99-99-2022-x"})
    void ignoresOtherNumbersInUrls(String url) {
        assertNull(Dates.fromUrlPath(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veröffentlicht am 16.08.2019, 12:00 Uhr|2019-08-16",
            "Janic Cathomen, 01.12.2021|2021-12-01",
            "Posted on September 21, 2020 by Adi Tzlil|2020-09-21",
            "Handball Schweiz • 02.02.2022|2022-02-02",
            "Publicado el 6 de mayo de 2022|2022-05-06",
            "Mise en ligne 23 mai 2019|2019-05-23",
            "Freitag, 21. Januar 2022|2022-01-21",
            "dpa am 2022-01-25 um 10:00|2022-01-25",
            "Erstellt: 28.01.22 / 0 Kommentare|2022-01-28"})
    void findsDatesInsideShortTexts(String text, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Seite 2 von 2022 Seiten", "Am 32.13.2021", "Tel. 12.34.2022", "''"})
    void findsNoDateWhereThereIsNone(String text) {
        assertNull(Dates.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2021-11-04T23:00Z|https://www.example.de/a|en|2021-11-05",
            "2019-10-18T22:04:00Z|https://www.example.at/a|de|2019-10-19",
            "2021-11-04T23:00:00.000+0000|https://example.com/a|de|2021-11-05",
            "2021-11-04T23:00Z|https://example.com/a|en|2021-11-04",
            "2021-11-04T23:00Z|''|''|2021-11-04",
            "2024-10-17T23:30:00-04:00|https://www.example.com/a|en|2024-10-17",
            "2021-11-04|https://www.example.de/a|de|2021-11-04",
            "2021-11-04T23:00:00|https://www.example.de/a|de|2021-11-04"})
    void readsOffsetTimestampsInThePublishersZone(String text, String url, String language, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.parse(text, Dates.zone(url, language)));
    }

    @org.junit.jupiter.api.Test
    void textsWithoutDigitsAreNoDates() {
        org.junit.jupiter.api.Assertions.assertFalse(Dates.hasDigit("Veröffentlicht am Montag"));
        org.junit.jupiter.api.Assertions.assertTrue(Dates.hasDigit("am 17. Oktober"));
        org.junit.jupiter.api.Assertions.assertTrue(Dates.hasDigit("\u0661\u0667 Oktober")); // Arabic-Indic digits count
        assertEquals(null, Dates.parse("Montag, Oktober"));
        assertEquals(null, Dates.find("Stand: heute"));
        assertEquals(LocalDate.of(2024, 10, 17), Dates.find("Stand: 17. Oktober 2024"));
    }

    @Test
    void slashDateIsADateInEitherOrder() {
        assertTrue(Dates.hasSlashDate("5:45 AM PST 11/19/2019 by Patrick Shanley"));
        assertTrue(Dates.hasSlashDate("05/10/2018 - Publicado por: Clarissa Borba"));
        assertFalse(Dates.hasSlashDate("31/31/2019"));
        assertFalse(Dates.hasSlashDate("Seite 1/2"));
    }
}
