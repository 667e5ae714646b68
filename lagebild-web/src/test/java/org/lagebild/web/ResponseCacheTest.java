package org.lagebild.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private static long entry(String key, int valueBytes) {
        return ResponseCache.ENTRY_OVERHEAD + 2L * key.length() + valueBytes;
    }

    @Test
    void aValueIsServedOnlyAtTheVersionItWasComputedFrom() {
        ResponseCache c = new ResponseCache(10_000);
        c.put("k", 1L, new byte[] {1, 2});
        assertArrayEquals(new byte[] {1, 2}, c.get("k", 1L));
        assertNull(c.get("k", 2L), "another version is a miss");
        assertNull(c.get("other", 1L));
        assertEquals(1, c.hits());
        assertEquals(2, c.misses());
    }

    @Test
    void theLeastRecentlyUsedGoOutWhenTheBytesWouldExceedTheBound() {
        ResponseCache c = new ResponseCache(3 * entry("a", 100));
        c.put("a", 0, new byte[100]);
        c.put("b", 0, new byte[100]);
        c.put("c", 0, new byte[100]);
        c.get("a", 0); // a is now more recent than b
        c.put("d", 0, new byte[100]);
        assertNull(c.get("b", 0));
        assertTrue(c.get("a", 0) != null && c.get("c", 0) != null && c.get("d", 0) != null);
        assertEquals(3 * entry("a", 100), c.bytes());
        c.put("a", 0, new byte[10]); // replacing counts the new size only
        assertEquals(2 * entry("a", 100) + entry("a", 10), c.bytes());
    }

    @Test
    void aValueLargerThanTheCacheIsNotKeptAndZeroKeepsNothing() {
        ResponseCache c = new ResponseCache(entry("k", 10));
        c.put("k", 0, new byte[11]);
        assertEquals(0, c.size());
        ResponseCache off = new ResponseCache(0);
        off.put("k", 0, new byte[1]);
        assertNull(off.get("k", 0));
        assertEquals(0, off.bytes());
        assertThrows(IllegalArgumentException.class, () -> new ResponseCache(-1));
    }

    @Test
    void keysTellTheirPartsApart() {
        assertNotEquals(WebServer.key("a", null), WebServer.key("a", "null"));
        assertNotEquals(WebServer.key("a,b", "c"), WebServer.key("a", "b,c"));
        assertEquals(WebServer.key("x", 1, null), WebServer.key("x", 1, null));
    }
}
