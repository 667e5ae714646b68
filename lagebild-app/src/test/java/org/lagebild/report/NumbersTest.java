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
}
