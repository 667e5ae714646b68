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

    /**
     * {@code top(a + b, k)} without sorting the sum: {@code a} is already in descending order (a
     * centroid) and {@code bOrder} holds {@code b}'s entries in that order, so only the shared
     * entries need sorting, then three sorted runs merge. The same result as
     * {@link #top}{@code (sum, k)}; falls back to it when {@code a} turns out not to be sorted.
     */
    static LinkedHashMap<String, Double> topOfSum(Map<String, Double> a, Map<String, Double> b, Weighted[] bOrder, int k) {
        Weighted[] onlyA = new Weighted[a.size()];
        Weighted[] shared = new Weighted[Math.min(a.size(), b.size())];
        int na = 0;
        int ns = 0;
        Weighted previous = null;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Weighted w = new Weighted(e.getKey(), e.getValue());
            if (previous != null && previous.compareTo(w) > 0) {
                return top(plainSum(a, b), k);
            }
            previous = w;
            Double other = b.get(e.getKey());
            if (other == null) {
                onlyA[na++] = w;
            } else {
                shared[ns++] = new Weighted(e.getKey(), e.getValue() + other);
            }
        }
        Arrays.sort(shared, 0, ns);
        int n = Math.min(k, na + ns + bOrder.length - ns);
        LinkedHashMap<String, Double> out = new LinkedHashMap<>(Math.max(4, n * 2));
        int i = 0;
        int j = 0;
        int s = 0;
        while (out.size() < n) {
            while (j < bOrder.length && a.containsKey(bOrder[j].key)) {
                j++;
            }
            Weighted best = i < na ? onlyA[i] : null;
            int from = 0;
            if (j < bOrder.length && (best == null || bOrder[j].compareTo(best) < 0)) {
                best = bOrder[j];
                from = 1;
            }
            if (s < ns && (best == null || shared[s].compareTo(best) < 0)) {
                best = shared[s];
                from = 2;
            }
            if (best == null) {
                break;
            }
            out.put(best.key, best.weight);
            if (from == 0) {
                i++;
            } else if (from == 1) {
                j++;
            } else {
                s++;
            }
        }
        return out;
    }

    /** {@code a + b} (a new map; neither is changed). */
    static Map<String, Double> sum(Map<String, Double> a, Map<String, Double> b) {
        return plainSum(a, b);
    }

    private static Map<String, Double> plainSum(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> out = new java.util.HashMap<>(Math.max(16, (a.size() + b.size()) * 2));
        out.putAll(a);
        b.forEach((key, v) -> out.merge(key, v, Double::sum));
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

    /**
     * A vector frozen as parallel arrays in its map's iteration order, so a scan sums in exactly
     * the order a scan of the map would (the same floating-point result), without boxing or entry
     * objects. Immutable.
     */
    static final class Packed {
        static final Packed EMPTY = new Packed(Map.of());
        final String[] keys;
        final int[] hashes;
        final double[] weights;
        final boolean[] names;

        Packed(Map<String, Double> v) {
            int n = v.size();
            keys = new String[n];
            hashes = new int[n];
            weights = new double[n];
            names = new boolean[n];
            int i = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                keys[i] = e.getKey();
                hashes[i] = e.getKey().hashCode();
                weights[i] = e.getValue();
                names[i] = isName(e.getKey());
                i++;
            }
        }
    }

    /**
     * An article's vector as an open-addressing table for probing many story vectors against it
     * (one per article, built once). Its entries are fixed once built; it caches the IDF of a key
     * the first time {@link #scan} asks for it (for as long as the document frequencies do not
     * change), so it is not thread-safe.
     */
    static final class Lookup {
        private final String[] keys;
        private final int[] hashes;
        private final double[] weights;
        private final int mask;
        /** IDFs of the keys by slot (NaN: not looked up yet), from {@code idfFrom} at {@code idfVersion}. */
        private double[] idfs;
        private HashedCounts idfFrom;
        private long idfVersion;

        /** Weights of the keys among the vector's top ones (see {@link #Lookup(Map, Weighted[], int)}), else 0. */
        private final double[] topWeights;

        Lookup(Map<String, Double> v) {
            this(v, new Weighted[0], 0);
        }

        /** The table of {@code v}, with the first {@code top} keys of {@code order} (its keys by falling weight) marked. */
        Lookup(Map<String, Double> v, Weighted[] order, int top) {
            int cap = Integer.highestOneBit(Math.max(4, v.size() * 3)) << 1;
            keys = new String[cap];
            hashes = new int[cap];
            weights = new double[cap];
            topWeights = new double[cap];
            mask = cap - 1;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                int i = spread(e.getKey().hashCode()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = e.getKey();
                hashes[i] = e.getKey().hashCode();
                weights[i] = e.getValue();
            }
            for (int j = 0; j < order.length && j < top; j++) {
                int i = slot(order[j].key, order[j].key.hashCode());
                if (i >= 0) {
                    topWeights[i] = weights[i];
                }
            }
        }

        /** {@code df.idf} of the key in slot {@code at}: the same number, computed once per slot while df stays unchanged. */
        private double idf(int at, HashedCounts df) {
            if (idfs == null || df != idfFrom || df.version() != idfVersion) {
                if (idfs == null) {
                    idfs = new double[keys.length];
                }
                Arrays.fill(idfs, Double.NaN);
                idfFrom = df;
                idfVersion = df.version();
            }
            double v = idfs[at];
            if (v != v) {
                v = df.idf(keys[at]);
                idfs[at] = v;
            }
            return v;
        }

        /** The table slot of the key (whose hash code is given), or -1 when absent. */
        private int slot(String key, int hash) {
            int i = spread(hash) & mask;
            String k;
            while ((k = keys[i]) != null) {
                if (k == key || (hashes[i] == hash && k.equals(key))) {
                    return i;
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        /** The weight of the key (whose hash code is given), or NaN when absent. */
        double get(String key, int hash) {
            int i = spread(hash) & mask;
            String k;
            while ((k = keys[i]) != null) {
                if (k == key || (hashes[i] == hash && k.equals(key))) {
                    return weights[i];
                }
                i = (i + 1) & mask;
            }
            return Double.NaN;
        }

        private static int spread(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /**
     * Dot products of {@code ordered} with {@code lookup} over all entries (out[0]) and name
     * entries (out[1]), summed in {@code ordered}'s order, and the highest and second highest
     * {@code df} IDF of a shared name (out[2], out[3]) and of any shared key (out[4]); the IDFs
     * only when {@code df} is not null. With {@code ordered} by falling weight: the weight of its first
     * {@link PairFeatures#RECAP_TERMS} entries that {@code lookup} holds (out[5]) and of all of them
     * (out[6]), and the lookup's top-key weight that {@code ordered} holds (out[7]). {@code out}
     * has at least 8 places.
     */
    static void scan(Packed ordered, Lookup lookup, HashedCounts df, double[] out) {
        double recapAll = 0;
        double recapFound = 0;
        double covered = 0;
        double all = 0;
        double names = 0;
        double first = 0;
        double second = 0;
        double any = 0;
        String[] keys = ordered.keys;
        int[] hashes = ordered.hashes;
        double[] weights = ordered.weights;
        boolean[] isName = ordered.names;
        for (int i = 0; i < keys.length; i++) {
            int at = lookup.slot(keys[i], hashes[i]);
            if (i < PairFeatures.RECAP_TERMS) {
                recapAll += weights[i];
            }
            if (at >= 0) {
                double w = lookup.weights[at];
                double p = weights[i] * w;
                all += p;
                covered += lookup.topWeights[at];
                if (i < PairFeatures.RECAP_TERMS) {
                    recapFound += weights[i];
                }
                if (isName[i]) {
                    names += p;
                }
                if (df != null) {
                    // the key is the lookup's own (equal strings): its IDF is cached there
                    double idf = lookup.idf(at, df);
                    any = Math.max(any, idf);
                    if (isName[i]) {
                        if (idf > first) {
                            second = first;
                            first = idf;
                        } else if (idf > second) {
                            second = idf;
                        }
                    }
                }
            }
        }
        out[0] = all;
        out[1] = names;
        out[2] = first;
        out[3] = second;
        out[4] = any;
        out[5] = recapFound;
        out[6] = recapAll;
        out[7] = covered;
    }

    /** Dot product of {@code ordered} with {@code lookup}, summed in {@code ordered}'s order. */
    static double dot(Packed ordered, Lookup lookup) {
        double s = 0;
        String[] keys = ordered.keys;
        int[] hashes = ordered.hashes;
        double[] weights = ordered.weights;
        for (int i = 0; i < keys.length; i++) {
            double w = lookup.get(keys[i], hashes[i]);
            if (w == w) {
                s += weights[i] * w;
            }
        }
        return s;
    }
}
