package org.lagebild.stories.eval;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper: order independence of undated clustering. Clusters the cached ECB+ split
 * ({@code dev} unless told) in its own order and in {@code -Dshuffles=3} seeded random orders
 * (seeds 1, 2, 3 …) and prints topic and sub-topic scores for each, then the mean and spread (max − min)
 * of topic pairwise F1 and the mean topic precision and recall. {@code -Dmodel=FILE} uses another model file, {@code -Dundated=P} another undated
 * threshold, {@code -Dmerge.<name>=V} another merge rule ({@code -Dmerge.threshold=10}: none). Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.StoryShuffleCheck dev}.
 */
public final class StoryShuffleCheck {
    private StoryShuffleCheck() {
    }

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "dev";
        int shuffles = Integer.getInteger("shuffles", 3);
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        ClusterConfig c = StoryClusterTuning.withOverrides(ClusterConfig.defaults(), System.getProperties());
        List<StoryEvaluation.Labelled> ecb = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "ecbplus"), split);
        StoryModel model = StoryModel.defaults();
        if (System.getProperty("model") != null) {
            try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(System.getProperty("model")))) {
                model = StoryModel.parse(r, System.getProperty("model"));
            }
        }
        StoryMerger.Rule rule = StoryClusterTuning.mergeRule(System.getProperties());
        if (System.getProperty("undated") != null) {
            model = model.withThresholds(model.threshold(), Double.parseDouble(System.getProperty("undated")), model.wakeThreshold());
        }
        double min = 1;
        double max = 0;
        double sum = 0;
        double sumP = 0;
        double sumR = 0;
        for (int seed = 0; seed <= shuffles; seed++) {
            List<StoryEvaluation.Labelled> order = StoryEvaluation.shuffled(ecb, seed);
            StoryEvaluation.Result topic = StoryEvaluation.evaluate("ecbplus", split, "topic", order, c, model, rule, false);
            StoryEvaluation.Result sub = StoryEvaluation.evaluate("ecbplus", split, "subtopic", order, c, model, rule, true);
            StoryClusterScores s = topic.scores();
            System.out.printf(Locale.ROOT, "%-5s order %-8s stories %3d  topic P %.4f R %.4f F1 %.4f B3 F1 %.4f  sub-topic F1 %.4f%n",
                    split, seed == 0 ? "hash" : "seed " + seed, topic.stories(), s.pairPrecision(), s.pairRecall(), s.pairF1(),
                    s.bcubedF1(), sub.scores().pairF1());
            min = Math.min(min, s.pairF1());
            max = Math.max(max, s.pairF1());
            sum += s.pairF1();
            sumP += s.pairPrecision();
            sumR += s.pairRecall();
        }
        System.out.printf(Locale.ROOT, "%s topic pairwise F1 over %d orders: mean %.4f, min %.4f, max %.4f, spread %.4f (mean P %.4f, R %.4f)%n",
                split, shuffles + 1, sum / (shuffles + 1), min, max, max - min, sumP / (shuffles + 1), sumR / (shuffles + 1));
    }
}
