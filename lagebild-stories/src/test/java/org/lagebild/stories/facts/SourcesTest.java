package org.lagebild.stories.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.lagebild.model.Source;

class SourcesTest {
    @Test
    void anUnlinkedSourceIsKeyedByWhatItIsShownAs() {
        Source president = new Source(null, "er", null, "der Präsident", "person");
        Source police = new Source(null, "er", null, "der Polizeisprecher", "person");
        assertNotEquals(Sources.key(president), Sources.key(police), "two described people, both written 'er'");
        assertEquals(Sources.key(new Source(null, "Der Präsident", null, null, "person")), Sources.key(president));
        assertEquals("lb:per:x", Sources.key(new Source(null, "er", "lb:per:x", "X", "person")));
    }
}
