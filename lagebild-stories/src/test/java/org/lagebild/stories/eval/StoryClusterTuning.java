package org.lagebild.stories.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper for tuning: clusters the cached DEV (or TEST) features with the bundled config,
 * changed by {@code -Dcfg.<name>=<value>} properties, and prints one line per corpus and gold.
 * Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.StoryClusterTuning dev}.
 */
public final class StoryClusterTuning {
    private StoryClusterTuning() {
    }

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "dev";
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        ClusterConfig c = withOverrides(ClusterConfig.defaults(), System.getProperties());
        List<StoryEvaluation.Labelled> gva = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "gva"), split);
        List<StoryEvaluation.Labelled> ecb = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "ecbplus"), split);
        for (StoryEvaluation.Result r : List.of(
                StoryEvaluation.evaluate("gva", split, "incident", gva, c, StoryModel.defaults(), mergeRule(System.getProperties()), false),
                StoryEvaluation.evaluate("ecbplus", split, "topic", ecb, c, StoryModel.defaults(), mergeRule(System.getProperties()), false),
                StoryEvaluation.evaluate("ecbplus", split, "subtopic", ecb, c, StoryModel.defaults(), mergeRule(System.getProperties()), true))) {
            StoryClusterScores s = r.scores();
            System.out.printf(Locale.ROOT, "%-8s %-5s %-9s n %5d gold %4d stories %4d  pair P %.4f R %.4f F1 %.4f  B3 F1 %.4f  %.0f/s%n",
                    r.corpus(), split, r.gold(), s.items(), s.goldClusters(), r.stories(), s.pairPrecision(), s.pairRecall(),
                    s.pairF1(), s.bcubedF1(), r.articlesPerSecond());
        }
    }

    /** The bundled merge rule with every {@code merge.<name>} property applied. */
    public static StoryMerger.Rule mergeRule(Map<Object, Object> props) {
        Map<String, Number> changes = new java.util.LinkedHashMap<>();
        for (String k : StoryMerger.defaultRule().asMap().keySet()) {
            Object v = props.get("merge." + k);
            if (v != null) {
                changes.put(k, Double.parseDouble(v.toString()));
            }
        }
        return StoryMerger.defaultRule().with(changes);
    }

    /** The config with every {@code cfg.<name>} property applied. */
    public static ClusterConfig withOverrides(ClusterConfig base, Map<Object, Object> props) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Number> e : base.asMap().entrySet()) {
            Object v = props.get("cfg." + e.getKey());
            sb.append(e.getKey()).append('\t').append(v != null ? v : e.getValue()).append('\n');
        }
        return ClusterConfig.parse(new BufferedReader(new StringReader(sb.toString())), "overrides");
    }
}
