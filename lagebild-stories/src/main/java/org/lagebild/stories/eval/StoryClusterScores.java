package org.lagebild.stories.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement of a predicted clustering with a gold one over the same items: pairwise precision,
 * recall and F1 (over all pairs of items: same predicted cluster vs same gold cluster) and B-cubed
 * precision, recall and F1 (per item, averaged).
 */
public record StoryClusterScores(int items, int goldClusters, int predictedClusters, long goldPairs,
                                 long predictedPairs, long correctPairs, double pairPrecision, double pairRecall,
                                 double pairF1, double bcubedPrecision, double bcubedRecall, double bcubedF1) {

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
        int n = items.size();
        double pairP = pp == 0 ? 1.0 : (double) cp / pp;
        double pairR = gp == 0 ? 1.0 : (double) cp / gp;
        double bP = n == 0 ? 0 : bp / n;
        double bR = n == 0 ? 0 : br / n;
        return new StoryClusterScores(n, g.size(), p.size(), gp, pp, cp, pairP, pairR, f1(pairP, pairR), bP, bR, f1(bP, bR));
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
