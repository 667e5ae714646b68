package org.lagebild.stories.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Gradient boosting of shallow regression trees under the logistic loss (second-order steps as in
 * XGBoost: a leaf's value is {@code -shrinkage·G/(H+lambda)}, a split's gain
 * {@code G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ)}), starting from a given log-odds per example (a
 * logistic regression's, or the prior's). Trees are grown level by level to {@code depth}, every
 * split exact (between two distinct sorted values, at their midpoint) and keeping at least
 * {@code minLeaf} examples on each side. Ties go to the lower feature index, then the lower
 * threshold, so the result is deterministic. Stateless.
 */
public final class TreeBoosting {
    /**
     * How to boost: {@code trees} rounds of trees {@code depth} deep, each leaf's step times
     * {@code shrinkage}, leaves of at least {@code minLeaf} examples, {@code lambda} the L2 penalty
     * on leaf values.
     */
    public record Params(int trees, int depth, double shrinkage, int minLeaf, double lambda) {
        public Params {
            if (trees < 0 || depth < 1 || depth > 6 || !(shrinkage > 0 && shrinkage <= 1) || minLeaf < 1 || !(lambda >= 0)) {
                throw new IllegalArgumentException("bad boosting parameters: " + trees + ", " + depth + ", " + shrinkage + ", "
                        + minLeaf + ", " + lambda);
            }
        }
    }

    private TreeBoosting() {
    }

    /**
     * Boosts trees on {@code x} (rows of {@link PairFeatures#NAMES} features; only the columns in
     * {@code columns} are split on), labels {@code y}, example weights {@code w}, from the log-odds
     * {@code base} (one per example; not changed).
     */
    public static BoostedTrees fit(List<double[]> x, boolean[] y, double[] w, double[] base, int[] columns, Params p) {
        int n = x.size();
        if (y.length != n || w.length != n || base.length != n) {
            throw new IllegalArgumentException("need as many labels, weights and base log-odds as examples: " + n);
        }
        int[][] order = new int[columns.length][];
        double[][] sorted = new double[columns.length][n];
        for (int c = 0; c < columns.length; c++) {
            int j = columns[c];
            // sorted by value, ties by index: the scan is the same on every run
            order[c] = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> x.get(i)[j]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            for (int r = 0; r < n; r++) {
                sorted[c][r] = x.get(order[c][r])[j];
            }
        }
        double[] margin = base.clone();
        double[] g = new double[n];
        double[] h = new double[n];
        int[] nodeOf = new int[n];
        List<BoostedTrees.Node> nodes = new ArrayList<>();
        for (int t = 0; t < p.trees(); t++) {
            for (int i = 0; i < n; i++) {
                double q = LogisticRegression.sigmoid(margin[i]);
                g[i] = w[i] * (q - (y[i] ? 1 : 0));
                h[i] = w[i] * Math.max(q * (1 - q), 1e-12);
            }
            List<BoostedTrees.Node> tree = grow(x, g, h, nodeOf, order, sorted, columns, p, t);
            double[] leafValue = new double[tree.size()];
            for (BoostedTrees.Node k : tree) {
                leafValue[k.node()] = k.value();
            }
            for (int i = 0; i < n; i++) {
                margin[i] += leafValue[nodeOf[i]];
            }
            nodes.addAll(tree);
        }
        return BoostedTrees.of(nodes);
    }

    /** One tree on gradients {@code g} and hessians {@code h}; leaves {@code nodeOf} at each example's leaf. */
    private static List<BoostedTrees.Node> grow(List<double[]> x, double[] g, double[] h, int[] nodeOf, int[][] order,
                                                double[][] sorted, int[] columns, Params p, int tree) {
        int n = g.length;
        Arrays.fill(nodeOf, 0);
        // per node: sums of g and h, count; split chosen (feature, threshold, children)
        List<double[]> sums = new ArrayList<>();
        sums.add(new double[] {sum(g), sum(h), n});
        List<int[]> split = new ArrayList<>();
        List<Double> cut = new ArrayList<>();
        split.add(null);
        cut.add(0.0);
        int levelStart = 0;
        for (int level = 0; level < p.depth(); level++) {
            int levelEnd = sums.size();
            int width = levelEnd - levelStart;
            double[] bestGain = new double[width];
            int[] bestFeature = new int[width];
            double[] bestCut = new double[width];
            Arrays.fill(bestFeature, -1);
            double[] gl = new double[width];
            double[] hl = new double[width];
            int[] cl = new int[width];
            double[] last = new double[width];
            for (int c = 0; c < columns.length; c++) {
                int j = columns[c];
                Arrays.fill(gl, 0);
                Arrays.fill(hl, 0);
                Arrays.fill(cl, 0);
                int[] byValue = order[c];
                double[] values = sorted[c];
                for (int r = 0; r < n; r++) {
                    int i = byValue[r];
                    int k = nodeOf[i] - levelStart;
                    if (k < 0) {
                        continue; // a leaf of an earlier level
                    }
                    double v = values[r];
                    double[] s = sums.get(levelStart + k);
                    if (cl[k] >= p.minLeaf() && s[2] - cl[k] >= p.minLeaf() && v > last[k]) {
                        double gain = gl[k] * gl[k] / (hl[k] + p.lambda())
                                + (s[0] - gl[k]) * (s[0] - gl[k]) / (s[1] - hl[k] + p.lambda())
                                - s[0] * s[0] / (s[1] + p.lambda());
                        if (gain > bestGain[k] + 1e-12) {
                            bestGain[k] = gain;
                            bestFeature[k] = j;
                            bestCut[k] = last[k] + (v - last[k]) / 2;
                        }
                    }
                    gl[k] += g[i];
                    hl[k] += h[i];
                    cl[k]++;
                    last[k] = v;
                }
            }
            // children of this level's splits, in node order
            int[] child = new int[width];
            for (int k = 0; k < width; k++) {
                child[k] = -1;
                if (bestFeature[k] >= 0) {
                    child[k] = sums.size();
                    split.set(levelStart + k, new int[] {bestFeature[k], child[k] - (levelStart + k)});
                    cut.set(levelStart + k, bestCut[k]);
                    for (int side = 0; side < 2; side++) {
                        sums.add(new double[3]);
                        split.add(null);
                        cut.add(0.0);
                    }
                }
            }
            if (sums.size() == levelEnd) {
                break;
            }
            for (int i = 0; i < n; i++) {
                int k = nodeOf[i] - levelStart;
                if (k >= 0 && child[k] >= 0) {
                    int to = child[k] + (x.get(i)[bestFeature[k]] <= bestCut[k] ? 0 : 1);
                    nodeOf[i] = to;
                    double[] s = sums.get(to);
                    s[0] += g[i];
                    s[1] += h[i];
                    s[2]++;
                }
            }
            levelStart = levelEnd;
        }
        List<BoostedTrees.Node> out = new ArrayList<>(sums.size());
        for (int k = 0; k < sums.size(); k++) {
            int[] s = split.get(k);
            if (s == null) {
                double[] sum = sums.get(k);
                out.add(new BoostedTrees.Node(tree, k, -1, 0, -1, -1, -p.shrinkage() * sum[0] / (sum[1] + p.lambda())));
            } else {
                out.add(new BoostedTrees.Node(tree, k, s[0], cut.get(k), k + s[1], k + s[1] + 1, 0));
            }
        }
        return out;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
