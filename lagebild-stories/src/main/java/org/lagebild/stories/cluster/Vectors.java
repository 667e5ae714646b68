package org.lagebild.stories.cluster;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sparse vectors as maps; orders are total (weight descending, then key) so results never depend on hash order. */
final class Vectors {
    private Vectors() {
    }

    /** The {@code k} heaviest entries in descending weight order. */
    static LinkedHashMap<String, Double> top(Map<String, Double> v, int k) {
        Weighted[] es = sorted(v);
        int n = Math.min(k, es.length);
        LinkedHashMap<String, Double> out = new LinkedHashMap<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            out.put(es[i].key, es[i].weight);
        }
        return out;
    }

    /** The entries in descending weight order, ties by key (primitive comparisons: this is the hot path). */
    static Weighted[] sorted(Map<String, Double> v) {
        Weighted[] es = new Weighted[v.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            es[i++] = new Weighted(e.getKey(), e.getValue());
        }
        Arrays.sort(es);
        return es;
    }

    /** One entry of a vector, ordered by weight descending, then key. */
    static final class Weighted implements Comparable<Weighted> {
        final String key;
        final double weight;

        Weighted(String key, double weight) {
            this.key = key;
            this.weight = weight;
        }

        @Override
        public int compareTo(Weighted o) {
            int c = Double.compare(o.weight, weight);
            return c != 0 ? c : key.compareTo(o.key);
        }
    }

    static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** Norm of the name entries (keys starting with {@link TermExtractor#NAME_MARK}). */
    static double nameNorm(Map<String, Double> v) {
        double s = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            if (isName(e.getKey())) {
                s += e.getValue() * e.getValue();
            }
        }
        return Math.sqrt(s);
    }

    static boolean isName(String key) {
        return !key.isEmpty() && key.charAt(0) == '^';
    }

    /**
     * Cosine of {@code ordered} and {@code lookup} over all entries (index 0) and over their name
     * entries only (index 1), in one pass over {@code ordered}.
     */
    static void cosines(Map<String, Double> ordered, double orderedNorm, double orderedNameNorm,
                        Map<String, Double> lookup, double lookupNorm, double lookupNameNorm, double[] out) {
        double all = 0;
        double names = 0;
        for (Map.Entry<String, Double> e : ordered.entrySet()) {
            Double w = lookup.get(e.getKey());
            if (w != null) {
                double p = e.getValue() * w;
                all += p;
                if (isName(e.getKey())) {
                    names += p;
                }
            }
        }
        out[0] = orderedNorm == 0 || lookupNorm == 0 ? 0 : all / (orderedNorm * lookupNorm);
        out[1] = orderedNameNorm == 0 || lookupNameNorm == 0 ? 0 : names / (orderedNameNorm * lookupNameNorm);
    }

    /** Dot product, iterating {@code ordered} (whose order fixes the floating-point sum). */
    static double dot(Map<String, Double> ordered, Map<String, Double> lookup) {
        double s = 0;
        for (Map.Entry<String, Double> e : ordered.entrySet()) {
            Double w = lookup.get(e.getKey());
            if (w != null) {
                s += e.getValue() * w;
            }
        }
        return s;
    }

    static double cosine(Map<String, Double> ordered, double orderedNorm, Map<String, Double> lookup, double lookupNorm) {
        if (orderedNorm == 0 || lookupNorm == 0) {
            return 0;
        }
        return dot(ordered, lookup) / (orderedNorm * lookupNorm);
    }
}
