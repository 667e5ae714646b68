package org.lagebild.annotate.lang;

/** A fixed open-addressing map from non-negative long keys to ints, built once, read-only after. */
final class LongIntMap {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIntMap(long[] ks, int[] vs) {
        int cap = Integer.highestOneBit(Math.max(4, ks.length * 3)) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
        java.util.Arrays.fill(keys, -1L);
        for (int i = 0; i < ks.length; i++) {
            int slot = slot(ks[i]);
            while (keys[slot] != -1L && keys[slot] != ks[i]) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = ks[i];
            values[slot] = vs[i];
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** The value for {@code key}, or -1. */
    int get(long key) {
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == -1L) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }
}
