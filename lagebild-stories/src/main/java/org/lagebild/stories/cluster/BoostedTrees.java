package org.lagebild.stories.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An ensemble of shallow regression trees over the {@link PairFeatures} of a pair, learned by
 * {@link TreeBoosting}: {@link #score} is the sum of the leaf values the vector reaches, added to a
 * regression's log-odds in {@link StoryModel.Weights#probability}. A split sends
 * {@code x[feature] <= threshold} to its left child, anything else to its right. {@link #NONE} (no
 * tree) scores 0. Nodes of all trees are kept in flat arrays (cheap to walk per candidate).
 * Immutable and thread-safe.
 */
public final class BoostedTrees {
    /** No tree: adds nothing. */
    public static final BoostedTrees NONE = new BoostedTrees(new int[] {0}, new int[0], new double[0], new int[0], new int[0], new double[0]);
    /** First node of each tree in the flat arrays, and the node count at the end. */
    private final int[] start;
    /** Feature index of a split node ({@link PairFeatures#NAMES} order), -1 for a leaf. */
    private final int[] feature;
    private final double[] threshold;
    /** Children, as node numbers within the tree. */
    private final int[] left;
    private final int[] right;
    /** A leaf's value (0 for a split node). */
    private final double[] value;

    /** The sum over the trees of each tree's largest leaf: no input scores more. */
    private final double maxScore;

    private BoostedTrees(int[] start, int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        this.start = start;
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.value = value;
        double max = 0;
        for (int t = 0; t + 1 < start.length; t++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int i = start[t]; i < start[t + 1]; i++) {
                if (feature[i] < 0) {
                    m = Math.max(m, value[i]);
                }
            }
            max += m;
        }
        this.maxScore = max;
    }

    /**
     * An upper bound of {@link #score}: the sum of each tree's largest leaf, plus a margin for the order of the
     * floating-point sums. A candidate whose bound cannot reach a decision need not walk the trees.
     */
    public double maxScore() {
        return maxScore + 1e-9;
    }

    /** One node of one tree, as the model file states it: {@code feature} -1 for a leaf. */
    public record Node(int tree, int node, int feature, double threshold, int left, int right, double value) {
    }

    /**
     * The ensemble of these nodes, given tree by tree and within a tree node by node from 0 (the
     * root); children must be later nodes of the same tree. Refuses anything else.
     */
    public static BoostedTrees of(List<Node> nodes) {
        int n = nodes.size();
        if (n == 0) {
            return NONE;
        }
        List<Integer> starts = new ArrayList<>();
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            Node k = nodes.get(i);
            if (k.node() == 0) {
                if (k.tree() != starts.size()) {
                    throw new IllegalArgumentException("trees out of order at " + k);
                }
                starts.add(i);
            } else if (starts.isEmpty() || k.tree() != starts.size() - 1 || k.node() != i - starts.get(starts.size() - 1)) {
                throw new IllegalArgumentException("nodes out of order at " + k);
            }
            boolean leaf = k.feature() < 0;
            if (k.feature() >= PairFeatures.NAMES.size() || !Double.isFinite(k.threshold()) || !Double.isFinite(k.value())
                    || (!leaf && (k.left() <= k.node() || k.right() <= k.node()))) {
                throw new IllegalArgumentException("bad node " + k);
            }
            feature[i] = leaf ? -1 : k.feature();
            threshold[i] = k.threshold();
            left[i] = k.left();
            right[i] = k.right();
            value[i] = leaf ? k.value() : 0;
        }
        starts.add(n);
        int[] start = starts.stream().mapToInt(Integer::intValue).toArray();
        for (int t = 0; t + 1 < start.length; t++) {
            for (int i = start[t]; i < start[t + 1]; i++) {
                if (feature[i] >= 0 && (start[t] + left[i] >= start[t + 1] || start[t] + right[i] >= start[t + 1])) {
                    throw new IllegalArgumentException("a child outside tree " + t + ": " + nodes.get(i));
                }
            }
        }
        return new BoostedTrees(start, feature, threshold, left, right, value);
    }

    /** The number of trees. */
    public int size() {
        return start.length - 1;
    }

    /** The nodes, tree by tree (the inverse of {@link #of}). */
    public List<Node> nodes() {
        List<Node> out = new ArrayList<>(feature.length);
        for (int t = 0; t < size(); t++) {
            for (int i = start[t]; i < start[t + 1]; i++) {
                out.add(new Node(t, i - start[t], feature[i], threshold[i], left[i], right[i], value[i]));
            }
        }
        return out;
    }

    /** The sum of the leaf values {@code x} reaches, one per tree. */
    public double score(double[] x) {
        double s = 0;
        for (int t = 0, trees = start.length - 1; t < trees; t++) {
            int base = start[t];
            int i = base;
            while (feature[i] >= 0) {
                i = base + (x[feature[i]] <= threshold[i] ? left[i] : right[i]);
            }
            s += value[i];
        }
        return s;
    }

    /**
     * The model-file lines of this ensemble for {@code regression} ("join", "wake"):
     * {@code <regression>.tree<TAB>tree<TAB>node<TAB>feature<TAB>threshold<TAB>left<TAB>right<TAB>value},
     * feature {@code -} and children -1 for a leaf; numbers in Java's shortest exact form (the file
     * gives back the same decisions).
     */
    String toTsv(String regression) {
        StringBuilder sb = new StringBuilder();
        for (Node k : nodes()) {
            boolean leaf = k.feature() < 0;
            sb.append(regression).append(".tree\t").append(k.tree()).append('\t').append(k.node()).append('\t')
                    .append(leaf ? "-" : PairFeatures.NAMES.get(k.feature())).append('\t')
                    .append(leaf ? "0" : Double.toString(k.threshold())).append('\t')
                    .append(leaf ? -1 : k.left()).append('\t').append(leaf ? -1 : k.right()).append('\t')
                    .append(leaf ? Double.toString(k.value()) : "0").append('\n');
        }
        return sb.toString();
    }

    /** Parses one line {@link #toTsv} wrote (its first field already checked), or fails naming {@code source}. */
    static Node parseLine(String[] f, String source) {
        if (f.length != 8) {
            throw new IllegalStateException(source + ": expected 8 fields in a tree line: " + String.join("\t", f));
        }
        String name = f[3].strip();
        int feature = name.equals("-") ? -1 : PairFeatures.NAMES.indexOf(name);
        if (feature < 0 && !name.equals("-")) {
            throw new IllegalStateException(source + ": unknown feature in a tree line: " + name);
        }
        return new Node(Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip()), feature, Double.parseDouble(f[4].strip()),
                Integer.parseInt(f[5].strip()), Integer.parseInt(f[6].strip()), Double.parseDouble(f[7].strip()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoostedTrees b && Arrays.equals(start, b.start) && Arrays.equals(feature, b.feature)
                && Arrays.equals(threshold, b.threshold) && Arrays.equals(left, b.left) && Arrays.equals(right, b.right)
                && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value) * 31 + Arrays.hashCode(threshold);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BoostedTrees[%d trees, %d nodes]", size(), feature.length);
    }
}
