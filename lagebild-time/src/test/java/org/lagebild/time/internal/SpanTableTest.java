package org.lagebild.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanTableTest {
    @Test
    void looksUpRangesAsIfCutOut() {
        SpanTable<String> t = SpanTable.of(Map.of("vor", "A", "Jahren", "B", "größte", "C"));
        String text = "Vor zwei Jahren war es die größte.";
        assertNull(t.get(text, 0, 3), "case matters for get");
        assertEquals("A", t.getLowerCase(text, 0, 3));
        assertEquals("B", t.get(text, 9, 15));
        assertEquals("C", t.getLowerCase(text, 27, 33));
        assertNull(t.get(text, 9, 14), "a prefix is another key");
        assertSame(SpanTable.NOT_LATIN1, t.getLowerCase("İst", 0, 3), "beyond Latin-1 the caller lower-cases itself");
    }

    @Test
    void agreesWithAHashMapAndStopsGrowingAtItsBound() {
        SpanTable<Integer> t = new SpanTable<>(500);
        java.util.HashMap<String, Integer> reference = new java.util.HashMap<>();
        Random r = new Random(3);
        for (int i = 0; i < 2000; i++) {
            String w = Integer.toString(r.nextInt(5000), 36);
            t.put(w, i);
            if (reference.containsKey(w) || reference.size() < 500) {
                reference.put(w, i);
            }
        }
        assertEquals(500, t.size());
        for (int i = 0; i < 5000; i++) {
            String w = Integer.toString(i, 36);
            String text = "<" + w.toUpperCase(Locale.ROOT) + ">" + w + ".";
            assertEquals(reference.get(w), t.get(text, w.length() + 2, 2 * w.length() + 2), w);
            assertEquals(reference.get(w), t.getLowerCase(text, 1, w.length() + 1), w);
        }
    }
}
