package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"not a date", "31.02.2024", "2024-13-01", "17. Foo 2024", "''"})
    void rejectsNonDates(String text) {
        assertNull(Dates.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.org/news/2024/10/17/slug|2024-10-17",
            "https://example.org/2019/11/8/20948348/slug|2019-11-08"})
    void readsUrlPaths(String url, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.fromUrlPath(url));
    }
}
