package org.lagebild.stories.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement of a predicted clustering with a gold one over the same items: pairwise precision,
 * recall and F1 (over all pairs of items: same predicted cluster vs same gold cluster) and B-cubed
 * precision, recall and F1 (per item, averaged).
 *
 * <p>{@code pairF1Low} and {@code pairF1High} bound the pairwise F1 with a 95 % bootstrap interval over the
 * gold clusters (incidents, topics): {@value #RESAMPLES} resamples of the gold clusters with replacement, a
 * fixed seed, each cluster carrying its correct and gold pairs and half of the wrong pairs it is part of. It
 * says how far the figure could move on another sample of events of the same kind.
 */
public record StoryClusterScores(int items, int goldClusters, int predictedClusters, long goldPairs,
                                 long predictedPairs, long correctPairs, double pairPrecision, double pairRecall,
                                 double pairF1, double bcubedPrecision, double bcubedRecall, double bcubedF1,
                                 double pairF1Low, double pairF1High) {

    /** Bootstrap resamples of the gold clusters for the pairwise F1 interval. */
    public static final int RESAMPLES = 1000;

    /** Scores {@code predicted} (item → cluster) against {@code gold} (item → cluster) on the given items. */
    public static StoryClusterScores of(List<String> items, Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Integer> g = new HashMap<>();
        Map<String, Integer> p = new HashMap<>();
        Map<String, Integer> cell = new HashMap<>();
        for (String it : items) {
            String gi = Objects.requireNonNull(gold.get(it), () -> "no gold cluster for " + it);
            String pi = Objects.requireNonNull(predicted.get(it), () -> "no predicted cluster for " + it);
            g.merge(gi, 1, Integer::sum);
            p.merge(pi, 1, Integer::sum);
            cell.merge(gi + "\u0000" + pi, 1, Integer::sum);
        }
        long gp = pairs(g);
        long pp = pairs(p);
        long cp = pairs(cell);
        double bp = 0;
        double br = 0;
        for (String it : items) {
            int both = cell.get(gold.get(it) + "\u0000" + predicted.get(it));
            bp += (double) both / p.get(predicted.get(it));
            br += (double) both / g.get(gold.get(it));
        }
        double[] interval = pairF1Interval(g, p, cell);
        int n = items.size();
        double pairP = pp == 0 ? 1.0 : (double) cp / pp;
        double pairR = gp == 0 ? 1.0 : (double) cp / gp;
        double bP = n == 0 ? 0 : bp / n;
        double bR = n == 0 ? 0 : br / n;
        return new StoryClusterScores(n, g.size(), p.size(), gp, pp, cp, pairP, pairR, f1(pairP, pairR), bP, bR, f1(bP, bR),
                interval[0], interval[1]);
    }

    /**
     * The 2.5th and 97.5th percentile of the pairwise F1 over resampled gold clusters. A cell's wrong pairs
     * (items of another gold cluster in its predicted cluster) are split half to each of the two gold clusters.
     */
    static double[] pairF1Interval(Map<String, Integer> gold, Map<String, Integer> predicted, Map<String, Integer> cell) {
        Map<String, Integer> index = new HashMap<>();
        for (String g : new java.util.TreeSet<>(gold.keySet())) {
            index.put(g, index.size());
        }
        int k = index.size();
        if (k == 0) {
            return new double[] {0, 0};
        }
        double[] goldPairs = new double[k];
        double[] correct = new double[k];
        double[] wrong = new double[k];
        gold.forEach((g, n) -> goldPairs[index.get(g)] = (double) n * (n - 1) / 2);
        cell.forEach((key, n) -> {
            int cut = key.indexOf('\u0000');
            int gi = index.get(key.substring(0, cut));
            correct[gi] += (double) n * (n - 1) / 2;
            wrong[gi] += 0.5 * n * (predicted.get(key.substring(cut + 1)) - n);
        });
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261125L);
        double[] f1s = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double gp = 0;
            double cp = 0;
            double wp = 0;
            for (int i = 0; i < k; i++) {
                int j = random.nextInt(k);
                gp += goldPairs[j];
                cp += correct[j];
                wp += wrong[j];
            }
            double precision = cp + wp == 0 ? 1.0 : cp / (cp + wp);
            double recall = gp == 0 ? 1.0 : cp / gp;
            f1s[r] = f1(precision, recall);
        }
        java.util.Arrays.sort(f1s);
        return new double[] {f1s[(int) Math.floor(0.025 * (RESAMPLES - 1))], f1s[(int) Math.ceil(0.975 * (RESAMPLES - 1))]};
    }

    private static long pairs(Map<String, Integer> sizes) {
        long s = 0;
        for (int k : sizes.values()) {
            s += (long) k * (k - 1) / 2;
        }
        return s;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
