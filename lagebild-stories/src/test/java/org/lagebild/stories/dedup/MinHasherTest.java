package org.lagebild.stories.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHasherTest {
    private final MinHasher hasher = new MinHasher();

    @Test
    void signaturesAreDeterministicAcrossInstances() {
        String t = "Die Bundesregierung hat am Mittwoch neue Hilfen für die Ukraine beschlossen.";
        long[] a = hasher.signature(t);
        long[] b = new MinHasher().signature(t);
        assertEquals(128, a.length);
        assertArrayEquals(a, b);
        // pinned value: a change of hashing invalidates stored signatures and must be deliberate
        assertEquals(1220766945386496825L, a[0]);
        assertEquals(1188487530235146313L, a[127]);
        assertArrayEquals(a, hasher.signature("  DIE Bundesregierung hat am Mittwoch neue Hilfen\nfür die Ukraine beschlossen!"));
    }

    @Test
    void jaccardEstimateWithinTolerance() {
        Random r = new Random(42);
        List<String> vocab = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            vocab.add("w" + Integer.toString(i, 36) + "x");
        }
        for (int trial = 0; trial < 20; trial++) {
            List<String> a = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                a.add(vocab.get(r.nextInt(vocab.size())));
            }
            List<String> b = new ArrayList<>(a);
            int changes = r.nextInt(60);
            for (int c = 0; c < changes; c++) {
                b.set(r.nextInt(b.size()), vocab.get(r.nextInt(vocab.size())));
            }
            double exact = jaccard(shingles(a), shingles(b));
            double est = MinHasher.similarity(hasher.signature(String.join(" ", a)),
                    hasher.signature(String.join(" ", b)));
            // standard error of a 128-hash estimate is <= 0.045; allow ~3.5 sigma
            assertEquals(exact, est, 0.16, "trial " + trial + " changes " + changes);
        }
    }

    @Test
    void emptyTextsAreSimilarToNothing() {
        long[] e = hasher.signature("");
        assertTrue(MinHasher.isEmpty(e));
        assertTrue(MinHasher.isEmpty(hasher.signature("  ... !!! ")));
        assertTrue(MinHasher.isEmpty(hasher.signature(null)));
        assertEquals(0.0, MinHasher.similarity(e, e));
        long[] s = hasher.signature("ein Wort");
        assertEquals(1.0, MinHasher.similarity(s, s));
    }

    private static Set<String> shingles(List<String> w) {
        Set<String> s = new HashSet<>();
        for (int i = 0; i + 5 <= w.size(); i++) {
            s.add(String.join(" ", w.subList(i, i + 5)));
        }
        return s;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> i = new HashSet<>(a);
        i.retainAll(b);
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return (double) i.size() / u.size();
    }
}
