package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lagebild.model.Document;

class DocumentCodecTest {
    final DocumentCodec codec = new DocumentCodec();

    @Test
    void jsonLeavesOutTheTextAndWritesSpansCompactly() {
        Document doc = StoreTest.fullDoc();
        String json = codec.encode(doc);
        assertFalse(json.contains("Minen räumen"), "the text lives in its own column");
        assertTrue(json.contains("\"tokens\":[[[0,9],0]"), json);
        assertTrue(json.contains("\"sentences\":[[0,[0,"), json);
        assertFalse(json.contains("null"), json);
        assertEquals(doc, codec.decode(json, doc.text()));
    }
}
