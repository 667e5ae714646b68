package org.lagebild.stories.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.DateSource;
import org.lagebild.model.PublicationDate;

class EventTimeTest {
    @Test
    void timexValuesWithGranularity() {
        assertEquals(Granularity.YEAR, EventTime.ofTimex("2024").granularity());
        assertEquals(Granularity.MONTH, EventTime.ofTimex("2024-06").granularity());
        assertEquals(Granularity.DAY, EventTime.ofTimex("2024-08-06").granularity());
        EventTime fall = EventTime.ofTimex("2024-FA");
        assertEquals(Granularity.SEASON, fall.granularity());
        assertEquals(LocalDate.of(2024, 9, 1), fall.start());
        assertEquals(LocalDate.of(2024, 11, 30), fall.end());
        assertTrue(fall.within(EventTime.ofTimex("2024")));
        assertEquals(Granularity.QUARTER, EventTime.ofTimex("2025-Q2").granularity());
        assertEquals(Granularity.DECADE, EventTime.ofTimex("199X").granularity());
        for (String v : new String[] {null, "PAST_REF", "FUTURE_REF", "P5M", "2024-13", "2024-02-30", "", "xx"}) {
            assertNull(EventTime.ofTimex(v), v);
        }
    }

    @Test
    void publicationWindowsStandIn() {
        EventTime day = EventTime.ofPublication(PublicationDate.stated(LocalDate.of(2024, 10, 15), DateSource.GIVEN, "t"));
        assertEquals("2024-10", day.value());
        assertTrue(day.fromPublication());
        EventTime wide = EventTime.ofPublication(new PublicationDate(LocalDate.of(2024, 8, 20), LocalDate.of(2024, 8, 6),
                LocalDate.of(2025, 8, 6), DateSource.INFERRED, "content", 0.4, ""));
        assertEquals(Granularity.WINDOW, wide.granularity());
        assertNull(EventTime.ofPublication(PublicationDate.UNKNOWN));
    }

    @Test
    void orderByLastPossibleDay() {
        List<EventTime> l = new ArrayList<>(List.of(EventTime.ofTimex("2024"), EventTime.ofTimex("2024-10"),
                EventTime.ofTimex("2024-08-06"), EventTime.ofTimex("2022"), EventTime.ofTimex("2025-04")));
        l.sort(EventTime.ORDER);
        assertEquals(List.of("2022", "2024-08-06", "2024-10", "2024", "2025-04"), l.stream().map(EventTime::value).toList());
    }
}
