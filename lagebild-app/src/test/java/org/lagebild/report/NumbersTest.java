package org.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void countsAgreeInNumber() {
        assertEquals("1 outlet", Numbers.count(1, "outlet", "outlets"));
        assertEquals("6 articles", Numbers.count(6, "article", "articles"));
        assertEquals("0 sources", Numbers.count(0, "source", "sources"));
    }

    @Test
    void rangesAndFigures() {
        assertEquals("10,000", Numbers.range(10_000.0, 10_000.0));
        assertEquals("?–3,000", Numbers.range(null, 3_000.0));
        assertEquals("", Numbers.range(null, null));
    }

    @Test
    void aFigureIsStatedAsTheSourcesStateItWhenTheyGiveOne() {
        assertEquals("more than 10,000", Numbers.stated(10_000.0, 10_000.0, "more than 10,000"));
        assertEquals("Tausende (at least 2,000)", Numbers.stated(2_000.0, 2_000.0, "Tausende (at least 2,000)"));
        // different figures of several sources: their range
        assertEquals("3,000–5,000", Numbers.stated(3_000.0, 5_000.0, "3,000"));
        assertEquals("10,000", Numbers.stated(10_000.0, 10_000.0, null));
    }
}
