package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DormantIndexTest {
    private static DormantStory story(String id) {
        return new DormantStory(id, "", null, new LinkedHashMap<>(), 0, 0, new LinkedHashMap<>(), 0, List.of(), List.of(),
                null, null, 1, List.of(), Set.of(), Vectors.Packed.EMPTY, Vectors.Packed.EMPTY, Set.of(), Set.of());
    }

    @Test
    void countsHitsAndKeepsTheStrongestThenTheSmallerIds() {
        DormantIndex index = new DormantIndex(500);
        index.add(story("s-c"), List.of("kim", "korea", "korea"));
        index.add(story("s-a"), List.of("kim"));
        index.add(story("s-b"), List.of("kim", "seoul"));
        index.startLookUp();
        index.count("kim");
        index.count("korea");
        index.count("seoul");
        index.count("nowhere");
        // s-c: kim and korea, 2 hits (its repeated key counts once); s-b: kim and seoul, 2; s-a: kim, 1
        assertEquals(List.of("s-b", "s-c"), ids(index.top(2)));
        assertEquals(List.of("s-b", "s-c", "s-a"), ids(index.top(40)));
        index.remove("s-b");
        index.startLookUp();
        index.count("seoul");
        assertTrue(index.foundNone(), "a removed story is found by none of its keys");
        index.count("kim");
        assertEquals(List.of("s-a", "s-c"), ids(index.top(40)));
    }

    @Test
    void aKeySharedByTooManyStoriesFindsNone() {
        DormantIndex index = new DormantIndex(2);
        for (String id : List.of("s-1", "s-2", "s-3")) {
            index.add(story(id), List.of("usa", id));
        }
        index.startLookUp();
        index.count("usa");
        assertTrue(index.foundNone());
        index.remove("s-3");
        index.count("usa");
        assertEquals(List.of("s-1", "s-2"), ids(index.top(5)));
    }

    /** Random additions, removals and look-ups against a plain map of key sets: the same stories, in the same order. */
    @Test
    void agreesWithAPlainCountOverRandomChanges() {
        Random random = new Random(7);
        DormantIndex index = new DormantIndex(30);
        Map<String, Set<String>> keysOf = new LinkedHashMap<>();
        int next = 0;
        for (int step = 0; step < 20_000; step++) {
            int op = random.nextInt(10);
            if (op < 4 || keysOf.isEmpty()) {
                String id = "s-" + random.nextInt(next + 1);
                next++;
                List<String> keys = new ArrayList<>();
                for (int i = random.nextInt(6); i >= 0; i--) {
                    keys.add("k" + random.nextInt(60));
                }
                index.add(story(id), keys);
                keysOf.put(id, new LinkedHashSet<>(keys));
            } else if (op < 7) {
                List<String> ids = new ArrayList<>(keysOf.keySet());
                String id = ids.get(random.nextInt(ids.size()));
                index.remove(id);
                keysOf.remove(id);
            } else {
                List<String> query = new ArrayList<>();
                for (int i = random.nextInt(8); i >= 0; i--) {
                    query.add("k" + random.nextInt(60));
                }
                int k = 1 + random.nextInt(12);
                index.startLookUp();
                query.forEach(index::count);
                List<String> expected = plainTop(keysOf, query, k, 30);
                assertEquals(expected.isEmpty(), index.foundNone());
                assertEquals(expected, ids(index.top(k)), "step " + step);
            }
        }
    }

    /** The number an id is first compared by never orders two ids against {@link String#compareTo}. */
    @Test
    void idKeysOrderAsTheIds() {
        Random random = new Random(11);
        String alphabet = "s-b0129az\u00e9\u00ff\u0100\u0101\u4e2d";
        for (int i = 0; i < 100_000; i++) {
            String x = randomId(random, alphabet);
            String y = randomId(random, alphabet);
            int byKey = Long.compareUnsigned(DormantIndex.idKey(x), DormantIndex.idKey(y));
            int byString = Integer.signum(x.compareTo(y));
            assertTrue(byKey == 0 || byKey == byString, x + " " + y);
        }
    }

    private static String randomId(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(11); n > 0; n--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static List<String> plainTop(Map<String, Set<String>> keysOf, List<String> query, int k, int maxPosting) {
        Map<String, Integer> postingSize = new HashMap<>();
        keysOf.values().forEach(ks -> ks.forEach(key -> postingSize.merge(key, 1, Integer::sum)));
        Map<String, Integer> hits = new HashMap<>();
        for (String q : query) {
            if (postingSize.getOrDefault(q, 0) > maxPosting) {
                continue;
            }
            keysOf.forEach((id, ks) -> {
                if (ks.contains(q)) {
                    hits.merge(id, 1, Integer::sum);
                }
            });
        }
        return hits.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(k).map(Map.Entry::getKey).toList();
    }

    private static List<String> ids(List<DormantStory> ds) {
        return ds.stream().map(DormantStory::id).toList();
    }
}
