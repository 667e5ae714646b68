package org.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineSvgTest {

    private static TimelineSvg.Point p(String start, String end, Double v, Double min, Double max, String modality,
                                       String label) {
        return new TimelineSvg.Point(LocalDate.parse(start), LocalDate.parse(end), v, min, max, modality, label, "#ev-1");
    }

    @Test
    void drawsOneMarkerPerFigureWithShapeByModalityAndEscapedTitles() {
        String svg = TimelineSvg.render(List.of(
                p("2022-01-01", "2022-12-31", 100_000.0, null, null, "proposed", "100,000 proposed"),
                p("2024-10-01", "2024-10-31", null, null, 3_000.0, "alleged", "up to 3,000 <script>alert(1)</script>"),
                p("2025-04-28", "2025-04-28", null, 10_000.0, null, "confirmed", "more than 10,000"),
                p("2025-09-01", "2025-09-30", 2_000.0, 2_000.0, null, "denied", "about 2,000")));
        assertEquals(4, svg.split("class=\"pt\"", -1).length - 1);
        assertTrue(svg.contains("<rect"), "proposed: a square");
        assertTrue(svg.contains("<circle"), "confirmed: a circle");
        assertFalse(svg.contains("<script>"), "labels are escaped");
        assertTrue(svg.contains("&lt;script&gt;"));
        assertTrue(svg.contains(">2022<") || svg.contains(">2022-"), "a year tick on the time axis");
        assertTrue(svg.contains(">100,000<") || svg.contains(">100.000<"), "a decade tick on the value axis");
    }

    @Test
    void saysSoWhenThereIsNothingToDraw() {
        assertTrue(TimelineSvg.render(List.of()).contains("No figure"));
        assertTrue(TimelineSvg.render(List.of(p("2024-01-01", "2024-01-01", null, null, null, "asserted", "x")))
                .contains("No figure"));
    }
}
