package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceNamesTest {
    @Test
    void namesAndPhrasesThatNameNoOne() {
        assertTrue(SourceNames.names("Bortnikow"));
        assertTrue(SourceNames.names("der ukrainische Geheimdienst"));
        assertFalse(SourceNames.names("er"));
        assertFalse(SourceNames.names("Seiner Ansicht"));
        assertFalse(SourceNames.names("Man"));
        assertFalse(SourceNames.names(null));
    }
}
