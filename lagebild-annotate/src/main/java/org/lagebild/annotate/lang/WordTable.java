package org.lagebild.annotate.lang;

import java.util.Map;

/** A read-only hash table from words to weights, looked up by a char range without allocating. */
final class WordTable {
    private final char[][] keys;
    private final float[][] values;
    private final int mask;

    WordTable(Map<String, float[]> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        keys = new char[cap][];
        values = new float[cap][];
        mask = cap - 1;
        entries.forEach((w, v) -> {
            char[] k = w.toCharArray();
            int slot = hash(k, 0, k.length) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = v;
        });
    }

    private static int hash(char[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    /** The weights of the word {@code b[from, to)}, or null. */
    float[] get(char[] b, int from, int to) {
        int slot = hash(b, from, to) & mask;
        int len = to - from;
        while (true) {
            char[] k = keys[slot];
            if (k == null) {
                return null;
            }
            if (k.length == len && java.util.Arrays.equals(k, 0, len, b, from, to)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }
}
