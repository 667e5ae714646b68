package org.lagebild.stories.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Learns a {@link StoryModel} from labelled streams, as Miranda et al. (EMNLP 2018) learn theirs:
 * each stream is replayed in publication order through a {@link StoryClusterer} that follows the
 * gold assignments ({@link StoryClusterer#addGuided}); every story the clusterer weighs for an
 * article (active and dormant candidates) gives one example, positive when it is the article's gold
 * story. A logistic regression over these examples is the model (optionally with boosted trees
 * added to its log-odds: {@link Learner}); its thresholds are set apart (on
 * real clustering runs, see {@code StoryModelTraining}). Features can be left out of the
 * regressions ({@link #StoryModelTrainer(ClusterConfig, Set)}): a left-out feature is not a column
 * of the fit and gets weight 0, so prediction ignores it too. Deterministic. Not thread-safe
 * (collects into one list).
 */
public final class StoryModelTrainer {
    private static final String LEFT_OUT = "story-model-left-out.tsv";
    private final ClusterConfig config;
    /** Examples from dated active candidates (index 0), dormant ones (1) and undated active ones (2). */
    private final List<List<double[]>> features = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private final List<List<Boolean>> labels = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    private final List<List<Double>> weights = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    /** Which {@link PairFeatures#NAMES} columns the regressions fit (all but the left-out ones). */
    private final int[] kept;
    private int positives;

    public StoryModelTrainer(ClusterConfig config) {
        this(config, Set.of());
    }

    /**
     * A trainer whose regressions leave out the named {@link PairFeatures} features (weight 0 in
     * every regression). Unknown names are refused.
     */
    public StoryModelTrainer(ClusterConfig config, Set<String> leftOut) {
        this.config = Objects.requireNonNull(config, "config");
        Set<String> unknown = new TreeSet<>(leftOut);
        unknown.removeAll(PairFeatures.NAMES);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown pair features " + unknown + "; known: " + PairFeatures.NAMES);
        }
        this.kept = IntStream.range(0, PairFeatures.NAMES.size())
                .filter(i -> !leftOut.contains(PairFeatures.NAMES.get(i))).toArray();
    }

    /**
     * The pair features the bundled model leaves out ({@code story-model-left-out.tsv} beside this
     * class: {@code feature<TAB>why} lines). A missing file or an unknown name is a hard error.
     */
    public static Set<String> defaultLeftOut() {
        Set<String> out = new TreeSet<>();
        try (InputStream in = StoryModelTrainer.class.getResourceAsStream(LEFT_OUT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LEFT_OUT + " beside " + StoryModelTrainer.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("feature\t")) {
                    continue;
                }
                String name = line.split("\t", 2)[0].strip();
                if (!PairFeatures.NAMES.contains(name) || !out.add(name)) {
                    throw new IllegalStateException(LEFT_OUT + ": unknown or repeated pair feature: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Parses a comma-separated list of feature names ("entity,names"; blank: none), the form of
     * {@code -Dstories.drop}.
     */
    public static Set<String> featureList(String commaSeparated) {
        Set<String> out = new TreeSet<>();
        if (commaSeparated != null) {
            for (String s : commaSeparated.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    /**
     * Replays one stream (articles in publication order, {@code goldOf} maps article id to gold
     * cluster) and keeps its examples, each counted with {@code weight}.
     */
    public void addStream(List<StoryFeatures> stream, Map<String, String> goldOf, double weight) {
        // guided: the clusterer decides nothing, so no learned model is needed (nor the bundled one, which may be stale)
        StoryModel.Weights never = StoryModel.Weights.of(-50, new double[PairFeatures.NAMES.size()]);
        StoryClusterer c = new StoryClusterer(config, new StoryModel(never, never, never, 1, 1, 1));
        Map<String, String> storyOfGold = new HashMap<>();
        List<StoryClusterer.Candidate> scored = new ArrayList<>();
        for (StoryFeatures f : stream) {
            String gold = Objects.requireNonNull(goldOf.get(f.articleId()), () -> "no gold cluster for " + f.articleId());
            scored.clear();
            Assignment a = c.addGuided(f, storyOfGold.get(gold), scored);
            storyOfGold.put(gold, a.storyId());
            for (StoryClusterer.Candidate k : scored) {
                boolean positive = k.storyId().equals(a.storyId()) && !a.opened();
                int kind = k.dormant() ? 1 : PairFeatures.undated(k.features()) ? 2 : 0;
                features.get(kind).add(k.features());
                labels.get(kind).add(positive);
                weights.get(kind).add(weight);
                positives += positive ? 1 : 0;
            }
        }
    }

    /**
     * Replays one stream of undated articles (no publication day, e.g. GVA with its dates hidden) like
     * {@link #addStream} and keeps only its undated active-candidate examples, which share {@code totalWeight}
     * equally (the stream weighs as much as the caller says, however many examples it gives): the examples of
     * the join (dated) and wake (dormant) regressions are left exactly as the other streams made them. Returns
     * the number of examples kept. An article with a day is refused.
     */
    public int addUndatedStream(List<StoryFeatures> stream, Map<String, String> goldOf, double totalWeight) {
        for (StoryFeatures f : stream) {
            if (f.date() != null) {
                throw new IllegalArgumentException("addUndatedStream: article " + f.articleId() + " has a day");
            }
        }
        StoryModelTrainer one = new StoryModelTrainer(config);
        one.addStream(stream, goldOf, 1);
        int kept = one.features.get(2).size();
        features.get(2).addAll(one.features.get(2));
        labels.get(2).addAll(one.labels.get(2));
        for (double w : one.weights.get(2)) {
            weights.get(2).add(w * totalWeight / Math.max(1, kept));
        }
        for (boolean b : one.labels.get(2)) {
            positives += b ? 1 : 0;
        }
        return kept;
    }

    public int examples() {
        return features.get(0).size() + features.get(1).size() + features.get(2).size();
    }

    public int positives() {
        return positives;
    }

    /**
     * How the regressions are learned beyond the plain logistic regressions: boosted trees added to some of
     * them ({@code regressions}: {@code join}, {@code undated}, {@code wake}), grown on the log-odds of
     * the fitted regression ({@code fromRegression}) or, instead of the regression, from the examples'
     * prior log-odds alone (all weights 0). Trees split only on the features the regressions keep.
     */
    public record Learner(Set<String> regressions, boolean fromRegression, TreeBoosting.Params params) {
        /** Plain logistic regressions, no trees. */
        public static final Learner PLAIN = new Learner(Set.of(), true, new TreeBoosting.Params(0, 1, 1, 1, 0));

        public Learner {
            regressions = Set.copyOf(regressions);
            Set<String> unknown = new TreeSet<>(regressions);
            unknown.removeAll(List.of("join", "undated", "wake"));
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown regressions " + unknown + "; known: join, undated, wake");
            }
            Objects.requireNonNull(params, "params");
        }

        boolean boosts(String regression) {
            return regressions.contains(regression) && params.trees() > 0;
        }
    }

    /** The regressions over all examples so far (dated, dormant and undated candidates apart), with the given thresholds. */
    public StoryModel fit(double l2, double threshold, double undatedThreshold, double wakeThreshold) {
        return fit(l2, Learner.PLAIN, threshold, undatedThreshold, wakeThreshold);
    }

    /** Like {@link #fit(double, double, double, double)}, learned as {@code learner} says. */
    public StoryModel fit(double l2, Learner learner, double threshold, double undatedThreshold, double wakeThreshold) {
        return new StoryModel(boost(0, fit(0, l2), learner, "join"), boost(2, fit(2, l2), learner, "undated"),
                boost(1, fit(1, l2), learner, "wake"), threshold, undatedThreshold, wakeThreshold);
    }

    private StoryModel.Weights boost(int kind, StoryModel.Weights regression, Learner boosting, String name) {
        List<double[]> x = features.get(kind);
        if (!boosting.boosts(name) || x.isEmpty()) {
            return regression;
        }
        boolean[] y = new boolean[x.size()];
        double[] w = new double[y.length];
        double positive = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(kind).get(i);
            w[i] = weights.get(kind).get(i);
            positive += y[i] ? w[i] : 0;
            total += w[i];
        }
        StoryModel.Weights start = regression;
        if (!boosting.fromRegression()) {
            double prior = Math.min(Math.max(positive / total, 1e-6), 1 - 1e-6);
            start = StoryModel.Weights.of(Math.log(prior / (1 - prior)), new double[PairFeatures.NAMES.size()]);
        }
        double[] base = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            base[i] = start.logOdds(x.get(i));
        }
        return start.withTrees(TreeBoosting.fit(x, y, w, base, kept, boosting.params()));
    }

    private StoryModel.Weights fit(int kind, double l2) {
        if (features.get(kind).isEmpty()) {
            // no example: a model that never says yes
            return StoryModel.Weights.of(-50, new double[PairFeatures.NAMES.size()]);
        }
        boolean[] y = new boolean[labels.get(kind).size()];
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels.get(kind).get(i);
            w[i] = weights.get(kind).get(i);
        }
        int all = PairFeatures.NAMES.size();
        if (kept.length == all) {
            LogisticRegression.Fit fit = LogisticRegression.fit(features.get(kind), y, w, l2);
            return StoryModel.Weights.of(fit.bias(), fit.weights());
        }
        List<double[]> x = new ArrayList<>(y.length);
        for (double[] row : features.get(kind)) {
            double[] r = new double[kept.length];
            for (int j = 0; j < kept.length; j++) {
                r[j] = row[kept[j]];
            }
            x.add(r);
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, w, l2);
        double[] weightsAll = new double[all];
        for (int j = 0; j < kept.length; j++) {
            weightsAll[kept[j]] = fit.weights()[j];
        }
        return StoryModel.Weights.of(fit.bias(), weightsAll);
    }
}
