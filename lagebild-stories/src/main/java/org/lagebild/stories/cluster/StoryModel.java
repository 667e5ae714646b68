package org.lagebild.stories.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learned decisions of {@link StoryClusterer}: three logistic regressions over the
 * {@link PairFeatures} of an (article, story) pair, each optionally with boosted trees added to its
 * log-odds ({@link BoostedTrees}; the bundled model has them on join and wake), for active stories ({@link #join()}), for active
 * stories when the article or the story has no day ({@link #undatedJoin()}: text must decide alone)
 * and for dormant stories ({@link #wake()}), each giving the probability that the article belongs
 * to the story. The article joins the most probable active story when that probability is at least
 * {@link #threshold()} ({@link #undatedThreshold()} for an article without a publication day);
 * failing that it wakes the most probable dormant story at or above {@link #wakeThreshold()}; else
 * it opens a new story.
 *
 * <p>The bundled model ({@link #defaults()}, {@code story-model.tsv} beside this class) was learned
 * on the DEV halves of GVA and ECB+ only ({@code StoryModelTraining}); the file says how to
 * rebuild it: {@code name<TAB>value} lines for thresholds, biases and weights, then one line per tree
 * node ({@link BoostedTrees}). Immutable and thread-safe.
 */
public record StoryModel(Weights join, Weights undatedJoin, Weights wake, double threshold, double undatedThreshold,
                         double wakeThreshold) {
    private static final String RESOURCE = "story-model.tsv";
    private static volatile StoryModel defaults;

    /**
     * One logistic regression, optionally with boosted trees added to its log-odds:
     * {@code p = sigmoid(bias + Σ weights[i]·x[i] + trees.score(x))}, weights in {@link #featureNames()}
     * order ({@link BoostedTrees#NONE}: the plain regression).
     */
    public record Weights(double bias, List<Double> weights, BoostedTrees trees) {
        public Weights {
            weights = List.copyOf(weights);
            java.util.Objects.requireNonNull(trees, "trees");
            if (weights.size() != PairFeatures.NAMES.size()) {
                throw new IllegalArgumentException(PairFeatures.NAMES.size() + " weights expected, got " + weights.size());
            }
        }

        /** A plain logistic regression. */
        public Weights(double bias, List<Double> weights) {
            this(bias, weights, BoostedTrees.NONE);
        }

        static Weights of(double bias, double[] w) {
            return new Weights(bias, java.util.Arrays.stream(w).boxed().toList());
        }

        /** The same regression with {@code more} trees (replacing any it had). */
        public Weights withTrees(BoostedTrees more) {
            return new Weights(bias, weights, more);
        }

        /** The log-odds before the sigmoid. */
        public double logOdds(double[] features) {
            return linear(features) + trees.score(features);
        }

        /** The regression's part of the log-odds, without the trees. */
        public double linear(double[] features) {
            double t = bias;
            for (int i = 0; i < features.length; i++) {
                t += weights.get(i) * features[i];
            }
            return t;
        }

        public double probability(double[] features) {
            return LogisticRegression.sigmoid(logOdds(features));
        }

        /** {@link #probability} from a {@link #linear} part already computed: the same number. */
        public double probability(double[] features, double linear) {
            return LogisticRegression.sigmoid(linear + trees.score(features));
        }

        /** The largest probability any trees could give on top of this {@link #linear} part. */
        public double maxProbability(double linear) {
            return LogisticRegression.sigmoid(linear + trees.maxScore());
        }
    }

    public StoryModel {
        if (!(threshold >= 0 && threshold <= 1 && undatedThreshold >= 0 && undatedThreshold <= 1
                && wakeThreshold >= 0 && wakeThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds are probabilities: " + threshold + ", " + undatedThreshold + ", " + wakeThreshold);
        }
    }

    /** The names of the pair features, in weight order. */
    public static List<String> featureNames() {
        return PairFeatures.NAMES;
    }

    /** The bundled model. */
    public static StoryModel defaults() {
        StoryModel m = defaults;
        if (m == null) {
            defaults = m = load();
        }
        return m;
    }

    /** A copy with other thresholds. */
    public StoryModel withThresholds(double joinAt, double undatedJoinAt, double wakeAt) {
        return new StoryModel(join, undatedJoin, wake, joinAt, undatedJoinAt, wakeAt);
    }

    /** The model as {@code name<TAB>value} lines after {@code comment} (each comment line gets "# "). */
    public String toTsv(String comment) {
        StringBuilder sb = new StringBuilder();
        for (String line : comment.split("\n", -1)) {
            sb.append("# ").append(line).append('\n');
        }
        sb.append("# Format: name<TAB>value; join.<feature>, undated.<feature> and wake.<feature> weigh a PairFeatures feature\n");
        sb.append("# in raw units (PairFeatures documents each).\n");
        sb.append("name\tvalue\n");
        sb.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        sb.append(String.format(Locale.ROOT, "undatedThreshold\t%.4f%n", undatedThreshold));
        sb.append(String.format(Locale.ROOT, "wakeThreshold\t%.4f%n", wakeThreshold));
        for (Map.Entry<String, Weights> e : Map.of("join", join, "undated", undatedJoin, "wake", wake).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            sb.append(String.format(Locale.ROOT, "%s.bias\t%.6f%n", e.getKey(), e.getValue().bias()));
            for (int i = 0; i < PairFeatures.NAMES.size(); i++) {
                sb.append(String.format(Locale.ROOT, "%s.%s\t%.6f%n", e.getKey(), PairFeatures.NAMES.get(i), e.getValue().weights().get(i)));
            }
        }
        if (join.trees().size() + undatedJoin.trees().size() + wake.trees().size() > 0) {
            sb.append("# Boosted trees (TreeBoosting), added to their regression's log-odds: one line per node; a split sends\n");
            sb.append("# feature <= threshold to node `left`, else to `right` (node numbers within the tree, 0 the root);\n");
            sb.append("# a leaf (feature -) adds its value.\n");
            sb.append("regression.tree\ttree\tnode\tfeature\tthreshold\tleft\tright\tvalue\n");
            sb.append(join.trees().toTsv("join")).append(undatedJoin.trees().toTsv("undated")).append(wake.trees().toTsv("wake"));
        }
        return sb.toString();
    }

    /** Reads {@code name<TAB>value} lines; every weight, the three biases and the three thresholds must be given once. */
    public static StoryModel parse(BufferedReader r, String source) throws IOException {
        StringBuilder plain = new StringBuilder();
        Map<String, List<BoostedTrees.Node>> trees = new java.util.HashMap<>();
        int no = 0;
        for (String line; (line = r.readLine()) != null; ) {
            no++;
            String first = line.split("\t", 2)[0];
            if (first.equals("regression.tree")) {
                continue;
            }
            if (first.endsWith(".tree")) {
                String regression = first.substring(0, first.length() - ".tree".length());
                if (!List.of("join", "undated", "wake").contains(regression)) {
                    throw new IllegalStateException(source + ":" + no + ": trees of an unknown regression: " + line);
                }
                BoostedTrees.Node node;
                try {
                    node = BoostedTrees.parseLine(line.split("\t"), source + ":" + no);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(source + ":" + no + ": not a number in a tree line: " + line, e);
                }
                trees.computeIfAbsent(regression, k -> new java.util.ArrayList<>()).add(node);
            } else {
                plain.append(line).append('\n');
            }
        }
        Map<String, Double> values = DataLines.nameValues(new BufferedReader(new java.io.StringReader(plain.toString())), source);
        StoryModel m = new StoryModel(weights(values, "join", source, trees), weights(values, "undated", source, trees),
                weights(values, "wake", source, trees),
                required(values, "threshold", source), required(values, "undatedThreshold", source),
                required(values, "wakeThreshold", source));
        if (!values.isEmpty()) {
            throw new IllegalStateException(source + ": unknown names " + values.keySet());
        }
        return m;
    }

    private static Weights weights(Map<String, Double> values, String prefix, String source,
                                   Map<String, List<BoostedTrees.Node>> trees) {
        double[] w = new double[PairFeatures.NAMES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = required(values, prefix + "." + PairFeatures.NAMES.get(i), source);
        }
        try {
            return Weights.of(required(values, prefix + ".bias", source), w)
                    .withTrees(BoostedTrees.of(trees.getOrDefault(prefix, List.of())));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": " + prefix + " trees: " + e.getMessage(), e);
        }
    }

    private static double required(Map<String, Double> values, String name, String source) {
        Double v = values.remove(name);
        if (v == null || !Double.isFinite(v)) {
            throw new IllegalStateException(source + ": missing or not finite: " + name);
        }
        return v;
    }

    private static StoryModel load() {
        try (InputStream in = StoryModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + StoryModel.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
