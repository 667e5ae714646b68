package org.lagebild.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebOptionsTest {
    @Test
    void defaultsToLoopbackWithIngestOff() {
        WebOptions o = WebOptions.defaults(0);
        assertEquals("127.0.0.1", o.host());
        assertFalse(o.allowIngest());
        assertNull(o.token());
        assertTrue(o.loopback());
        assertEquals("127.0.0.1", new WebOptions(null, 0, false, null, 1).host());
    }

    @Test
    void recognisesNonLoopbackHosts() {
        assertFalse(WebOptions.defaults(0).withHost("0.0.0.0").loopback());
        assertFalse(WebOptions.defaults(0).withHost("192.168.1.2").loopback());
        assertTrue(WebOptions.defaults(0).withHost("localhost").loopback());
        assertTrue(WebOptions.defaults(0).withHost("::1").loopback());
    }

    @Test
    void refusesBadValues() {
        assertThrows(IllegalArgumentException.class, () -> new WebOptions("127.0.0.1", -1, false, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new WebOptions("127.0.0.1", 70000, false, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new WebOptions("127.0.0.1", 0, false, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new WebOptions("127.0.0.1", 0, false, " ", 1));
    }
}
