package org.lagebild.stories.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures by banding: the signature is cut into
 * {@code bands} bands of {@code rows} values; two signatures become candidates when at least one
 * band is identical. With 32 bands x 4 rows a pair with Jaccard 0.5 is found with probability
 * 0.87, one with 0.7 with probability > 0.999. Incremental ({@link #add} at any time) and bounded:
 * once {@code capacity} signatures are held, the oldest is evicted first. Thread-safe (all
 * methods synchronise on the index).
 */
public final class LshIndex {
    private final int bands;
    private final int rows;
    private final int capacity;
    private final List<Map<Long, List<String>>> buckets;
    private final Map<String, long[]> signatures = new HashMap<>();
    private final ArrayDeque<String> order = new ArrayDeque<>();

    /** 32 bands x 4 rows, at most 1,000,000 signatures. */
    public LshIndex() {
        this(32, 4, 1_000_000);
    }

    public LshIndex(int bands, int rows, int capacity) {
        if (bands < 1 || rows < 1 || capacity < 1) {
            throw new IllegalArgumentException("bands, rows and capacity must be >= 1");
        }
        this.bands = bands;
        this.rows = rows;
        this.capacity = capacity;
        this.buckets = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /** Adds (or replaces) the signature for {@code id}; evicts the oldest entry when full. */
    public synchronized void add(String id, long[] signature) {
        check(signature);
        if (signatures.containsKey(id)) {
            remove(id);
        }
        while (signatures.size() >= capacity) {
            remove(order.peekFirst());
        }
        long[] copy = signature.clone();
        signatures.put(id, copy);
        order.addLast(id);
        for (int b = 0; b < bands; b++) {
            buckets.get(b).computeIfAbsent(bandKey(copy, b), k -> new ArrayList<>(1)).add(id);
        }
    }

    /** Removes {@code id}; a no-op if it is not held. */
    public synchronized void remove(String id) {
        long[] sig = signatures.remove(id);
        if (sig == null) {
            return;
        }
        order.remove(id);
        for (int b = 0; b < bands; b++) {
            Map<Long, List<String>> m = buckets.get(b);
            long key = bandKey(sig, b);
            List<String> ids = m.get(key);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    m.remove(key);
                }
            }
        }
    }

    /** Ids sharing at least one band with {@code signature}, in insertion order of first hit. */
    public synchronized Set<String> candidates(long[] signature) {
        check(signature);
        Set<String> out = new LinkedHashSet<>();
        if (MinHasher.isEmpty(signature)) {
            return out;
        }
        for (int b = 0; b < bands; b++) {
            List<String> ids = buckets.get(b).get(bandKey(signature, b));
            if (ids != null) {
                out.addAll(ids);
            }
        }
        return out;
    }

    /** The stored signature of {@code id}, if it is still held. */
    public synchronized Optional<long[]> signature(String id) {
        long[] s = signatures.get(id);
        return s == null ? Optional.empty() : Optional.of(s.clone());
    }

    public synchronized int size() {
        return signatures.size();
    }

    /** The most signatures held at once. */
    public int capacity() {
        return capacity;
    }

    public int signatureLength() {
        return bands * rows;
    }

    private void check(long[] signature) {
        if (signature.length != bands * rows) {
            throw new IllegalArgumentException(
                    "signature length " + signature.length + " != bands*rows " + bands * rows);
        }
    }

    private long bandKey(long[] sig, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = band * rows; r < (band + 1) * rows; r++) {
            h = Shingles.mix(h ^ sig[r]);
        }
        return h;
    }
}
