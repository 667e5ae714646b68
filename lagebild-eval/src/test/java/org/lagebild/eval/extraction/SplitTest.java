package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitTest {

    @Test
    void everyPageIsInExactlyOnePartAndAboutAThirdIsTest() {
        int test = 0;
        int n = 3000;
        for (int i = 0; i < n; i++) {
            String id = "https://example.org/article/" + i;
            assertTrue(Split.ALL.contains(id));
            assertNotEquals(Split.DEV.contains(id), Split.TEST.contains(id), id);
            test += Split.TEST.contains(id) ? 1 : 0;
        }
        assertTrue(test > n / 4 && test < n * 5 / 12, "test pages: " + test);
    }

    @Test
    void theSplitIsFixed() {
        // pinned: changing the hash would silently turn test pages into tuning pages
        assertTrue(Split.TEST.contains("https://example.org/article/0") == Split.isTest("https://example.org/article/0"));
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("a".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(crc.getValue() % 3 == 0, Split.TEST.contains("a"));
        assertEquals(Split.DEV, Split.parse(" Dev "));
        assertThrows(IllegalArgumentException.class, () -> Split.parse("train"));
    }
}
