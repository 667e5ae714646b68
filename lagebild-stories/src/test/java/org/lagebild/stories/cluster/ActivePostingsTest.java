package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivePostingsTest {
    private static Set<String> ids(ActivePostings.Posting p) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < p.size; i++) {
            out.add(p.stories[i].id);
        }
        return out;
    }

    @Test
    void addsRemovesAndForgetsEmptyKeys() {
        ActivePostings index = new ActivePostings();
        List<ActiveStory> stories = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            stories.add(new ActiveStory("s-" + i));
            index.add("police", stories.get(i));
        }
        index.add("kursk", stories.get(3));
        index.remove("police", stories.get(0));
        index.remove("police", stories.get(7));
        index.remove("police", stories.get(7));
        index.remove("nowhere", stories.get(1));
        assertEquals(Set.of("s-1", "s-2", "s-3", "s-4", "s-5", "s-6", "s-8", "s-9"), ids(index.get("police")));
        assertEquals(8, index.get("police").size);
        index.remove("kursk", stories.get(3));
        assertNull(index.get("kursk"), "a key without stories is dropped");
    }
}
