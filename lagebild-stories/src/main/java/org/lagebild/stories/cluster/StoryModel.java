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
 * {@link PairFeatures} of an (article, story) pair, for active stories ({@link #join()}), for active
 * stories when the article or the story has no day ({@link #undatedJoin()}: text must decide alone)
 * and for dormant stories ({@link #wake()}), each giving the probability that the article belongs
 * to the story. The article joins the most probable active story when that probability is at least
 * {@link #threshold()} ({@link #undatedThreshold()} for an article without a publication day);
 * failing that it wakes the most probable dormant story at or above {@link #wakeThreshold()}; else
 * it opens a new story.
 *
 * <p>The bundled model ({@link #defaults()}, {@code story-model.tsv} beside this class) was learned
 * on the DEV halves of GVA and ECB+ only ({@code StoryModelTraining}); the file says how to
 * rebuild it. Immutable and thread-safe.
 */
public record StoryModel(Weights join, Weights undatedJoin, Weights wake, double threshold, double undatedThreshold,
                         double wakeThreshold) {
    private static final String RESOURCE = "story-model.tsv";
    private static volatile StoryModel defaults;

    /** One logistic regression: {@code p = sigmoid(bias + Σ weights[i]·x[i])}, weights in {@link #featureNames()} order. */
    public record Weights(double bias, List<Double> weights) {
        public Weights {
            weights = List.copyOf(weights);
            if (weights.size() != PairFeatures.NAMES.size()) {
                throw new IllegalArgumentException(PairFeatures.NAMES.size() + " weights expected, got " + weights.size());
            }
        }

        static Weights of(double bias, double[] w) {
            return new Weights(bias, java.util.Arrays.stream(w).boxed().toList());
        }

        public double probability(double[] features) {
            double t = bias;
            for (int i = 0; i < features.length; i++) {
                t += weights.get(i) * features[i];
            }
            return LogisticRegression.sigmoid(t);
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
        return sb.toString();
    }

    /** Reads {@code name<TAB>value} lines; every weight, the three biases and the three thresholds must be given once. */
    public static StoryModel parse(BufferedReader r, String source) throws IOException {
        Map<String, Double> values = DataLines.nameValues(r, source);
        StoryModel m = new StoryModel(weights(values, "join", source), weights(values, "undated", source),
                weights(values, "wake", source),
                required(values, "threshold", source), required(values, "undatedThreshold", source),
                required(values, "wakeThreshold", source));
        if (!values.isEmpty()) {
            throw new IllegalStateException(source + ": unknown names " + values.keySet());
        }
        return m;
    }

    private static Weights weights(Map<String, Double> values, String prefix, String source) {
        double[] w = new double[PairFeatures.NAMES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = required(values, prefix + "." + PairFeatures.NAMES.get(i), source);
        }
        return Weights.of(required(values, prefix + ".bias", source), w);
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
