package org.lagebild.entities.ner;

import java.util.Arrays;
import java.util.List;

/**
 * Positions of strings in a fixed list, looked up with the first {@code len} chars of a char buffer,
 * so the tagger's hot loop finds a feature's weights without building a String per feature. Exact:
 * a key is found only if its chars equal the buffer's (the hash only picks the slot). Open
 * addressing with linear probing over one {@code long} array (hash and position side by side), so a
 * missing key usually costs one memory access. Immutable and thread-safe.
 */
final class CharKeyIndex {
    /** Per slot: the key's hash in the high 32 bits, position + 1 in the low 32 (0 = empty). */
    private final long[] slots;
    private final char[][] keys;
    private final int mask;

    /** @param keys distinct strings; a key's position in this list is what {@link #indexOf} returns */
    CharKeyIndex(List<String> keys) {
        int cap = Integer.highestOneBit(Math.max(4, keys.size() * 3) - 1) << 1;
        this.slots = new long[cap];
        this.keys = new char[keys.size()][];
        this.mask = cap - 1;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            int h = key.hashCode();
            int slot = spread(h) & mask;
            while (slots[slot] != 0) {
                if (Arrays.equals(this.keys[(int) slots[slot] - 1], key.toCharArray())) {
                    throw new IllegalArgumentException("duplicate key: " + key);
                }
                slot = (slot + 1) & mask;
            }
            this.keys[i] = key.toCharArray();
            slots[slot] = ((long) h << 32) | (i + 1);
        }
    }

    int size() {
        return keys.length;
    }

    /** The position of the key spelled by {@code buf[0, len)}, or -1. */
    int indexOf(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i]; // as String.hashCode
        }
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            long s = slots[slot];
            if (s == 0) {
                return -1;
            }
            if ((int) (s >>> 32) == h) {
                char[] k = keys[(int) s - 1];
                if (Arrays.equals(k, 0, k.length, buf, 0, len)) {
                    return (int) s - 1;
                }
            }
        }
    }

    /** The position of the key, or -1. */
    int indexOf(String key) {
        int h = key.hashCode();
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            long s = slots[slot];
            if (s == 0) {
                return -1;
            }
            if ((int) (s >>> 32) == h && same(keys[(int) s - 1], key)) {
                return (int) s - 1;
            }
        }
    }

    private static boolean same(char[] k, String s) {
        if (k.length != s.length()) {
            return false;
        }
        for (int i = 0; i < k.length; i++) {
            if (k[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
