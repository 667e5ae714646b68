package org.lagebild.stories.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sparse vectors as maps; orders are total (weight descending, then key) so results never depend on hash order. */
final class Vectors {
    static final Comparator<Map.Entry<String, Double>> BY_WEIGHT =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private Vectors() {
    }

    /** The {@code k} heaviest entries in descending weight order. */
    static LinkedHashMap<String, Double> top(Map<String, Double> v, int k) {
        List<Map.Entry<String, Double>> es = new ArrayList<>(v.entrySet());
        es.sort(BY_WEIGHT);
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < es.size() && i < k; i++) {
            out.put(es.get(i).getKey(), es.get(i).getValue());
        }
        return out;
    }

    static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
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
