package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShortIdsTest {
    @Test
    void contentIdsAreCutGivenIdsAreNot() {
        assertEquals("7be335273c", ShortIds.of("7be335273c10331b", 10));
        assertEquals("article2266", ShortIds.of("article2266", 10), "cut, it would be the id of article226");
        assertEquals("gnad-17", ShortIds.of("gnad-17", 10));
    }
}
