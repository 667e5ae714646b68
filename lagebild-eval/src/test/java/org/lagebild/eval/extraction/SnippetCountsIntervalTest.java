package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetCountsIntervalTest {

    @Test
    void perfectPagesGiveAnIntervalOfOne() {
        List<SnippetCounts> pages = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pages.add(new SnippetCounts(3, 0, 0, 3));
        }
        assertArrayEquals(new double[] {1.0, 1.0}, SnippetCounts.f1Interval(pages), 1e-12);
    }

    @Test
    void theIntervalHoldsTheFigureNarrowsWithMorePagesAndIsRepeatable() {
        List<SnippetCounts> few = pages(40);
        List<SnippetCounts> many = pages(400);
        SnippetCounts total = few.stream().reduce(SnippetCounts.ZERO, SnippetCounts::plus);
        double[] a = SnippetCounts.f1Interval(few);
        double[] b = SnippetCounts.f1Interval(many);
        assertTrue(a[0] < total.f1() && total.f1() < a[1], () -> a[0] + " " + total.f1() + " " + a[1]);
        assertTrue(b[1] - b[0] < a[1] - a[0]);
        assertArrayEquals(a, SnippetCounts.f1Interval(few), 0.0);
        assertEquals(0.0, SnippetCounts.f1Interval(List.of())[1], 0.0);
    }

    /** Pages of three snippets, every fourth page leaking one and every fifth missing one. */
    private static List<SnippetCounts> pages(int n) {
        List<SnippetCounts> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SnippetCounts(i % 5 == 0 ? 2 : 3, i % 4 == 0 ? 1 : 0, i % 5 == 0 ? 1 : 0, 3));
        }
        return out;
    }
}
