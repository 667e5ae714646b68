package org.lagebild.entities.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of string features by label, looked up with the first {@code len} chars of a char
 * buffer, so the tagger's hot loop scores a feature without building a String for it. Exact: a
 * feature is found only if its chars equal the buffer's (the hash only picks the slot). Only
 * non-zero weights are kept (a zero weight changes no score, at most the sign of a zero).
 *
 * <p>Layout, for the cache: open addressing with linear probing over one {@code long} array (hash
 * and record offset side by side), and each feature's record (its chars, then its label/weight
 * pairs) contiguous in one {@code int} array, so a lookup touches about two cache lines. Immutable
 * and thread-safe.
 */
final class WeightIndex {
    /** Per slot: the key's hash in the high 32 bits, record offset + 1 in the low 32 (0 = empty). */
    private final long[] slots;
    /** Records: key length L, the key's chars two per int, pair count n, then n (label, float bits) pairs. */
    private final int[] data;
    private final int mask;

    /** @param weights weight vectors by feature; every vector as long as the label list */
    WeightIndex(Map<String, float[]> weights) {
        int cap = Integer.highestOneBit(Math.max(4, weights.size() * 3) - 1) << 1;
        slots = new long[cap];
        mask = cap - 1;
        long size = 0;
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            size += 2 + (e.getKey().length() + 1) / 2;
            for (float v : e.getValue()) {
                size += v != 0f ? 2 : 0;
            }
        }
        if (size >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("model too large");
        }
        data = new int[(int) size];
        int o = 0;
        for (Map.Entry<String, float[]> e : byTemplateSize(weights)) {
            String key = e.getKey();
            int h = key.hashCode();
            int slot = spread(h) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = ((long) h << 32) | (o + 1);
            data[o++] = key.length();
            for (int i = 0; i < key.length(); i += 2) {
                data[o++] = key.charAt(i) | (i + 1 < key.length() ? key.charAt(i + 1) << 16 : 0);
            }
            int count = o++;
            float[] x = e.getValue();
            for (int k = 0; k < x.length; k++) {
                if (x[k] != 0f) {
                    data[o++] = k;
                    data[o++] = Float.floatToRawIntBits(x[k]);
                    data[count]++;
                }
            }
        }
    }

    /**
     * The entries ordered by the number of features of their template (the key up to its first '='),
     * fewest first: the features of small templates (bias, shape, cluster) occur at nearly every
     * token, and packed together their records stay in the cache.
     */
    private static List<Map.Entry<String, float[]>> byTemplateSize(Map<String, float[]> weights) {
        Map<String, Integer> count = new HashMap<>();
        for (String k : weights.keySet()) {
            count.merge(template(k), 1, Integer::sum);
        }
        Map<Map.Entry<String, float[]>, Integer> size = new HashMap<>();
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            size.put(e, count.get(template(e.getKey())));
        }
        List<Map.Entry<String, float[]>> out = new ArrayList<>(weights.entrySet());
        out.sort(Comparator.comparingInt((Map.Entry<String, float[]> e) -> size.get(e)).thenComparing(Map.Entry::getKey));
        return out;
    }

    private static String template(String key) {
        int eq = key.indexOf('=');
        return eq < 0 ? key : key.substring(0, eq);
    }

    /**
     * Adds the weights of the feature spelled by {@code buf[0, len)} to {@code row}, label by label;
     * nothing if the model has no such feature.
     */
    void addTo(char[] buf, int len, float[] row) {
        int o = find(buf, len);
        if (o >= 0) {
            addRecord(o, row);
        }
    }

    /** The record of the feature, for {@link #addRecord}, or -1 if the model has no such feature. */
    int find(String feature) {
        return find(feature.toCharArray(), feature.length());
    }

    /** Adds the weights of the record at offset {@code o} (from {@link #find}) to {@code row}, label by label. */
    void addRecord(int o, float[] row) {
        int p = o + 1 + (data[o] + 1) / 2;
        int end = p + 1 + 2 * data[p];
        for (p++; p < end; p += 2) {
            row[data[p]] += Float.intBitsToFloat(data[p + 1]);
        }
    }

    private int find(char[] buf, int len) {
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
                int o = (int) s - 1;
                if (data[o] == len && sameChars(o + 1, buf, len)) {
                    return o;
                }
            }
        }
    }

    /** True if the packed chars at {@code at} are {@code buf[0, len)} (compared two at a time). */
    private boolean sameChars(int at, char[] buf, int len) {
        int i = 0;
        for (; i + 1 < len; i += 2) {
            if (data[at++] != (buf[i] | buf[i + 1] << 16)) {
                return false;
            }
        }
        return i == len || data[at] == buf[i];
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
