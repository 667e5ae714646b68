package org.lagebild.stories.eval;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper: learns the story model on the cached DEV features ({@link StoryEvaluationFeatures})
 * and prints the sweep and the model file; with argument {@code test} it also scores TEST (measure
 * it rarely: it is the honest figure). {@code -Dlagebild.modelOut=FILE} also writes the model file. Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.StoryModelTuning [test]}.
 */
public final class StoryModelTuning {
    private StoryModelTuning() {
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        ClusterConfig c = StoryClusterTuning.withOverrides(ClusterConfig.defaults(), System.getProperties());
        List<StoryEvaluation.Labelled> gva = StoryEvaluationFeatures.corpus(all, "gva");
        List<StoryEvaluation.Labelled> ecb = StoryEvaluationFeatures.corpus(all, "ecbplus");
        StoryModel m = StoryModelTraining.train(StoryEvaluation.split(gva, "dev"), StoryEvaluation.split(ecb, "dev"), c, System.out);
        System.out.print(m.toTsv(StoryModelTraining.header(m)));
        String out = System.getProperty("lagebild.modelOut");
        if (out != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(out), m.toTsv(StoryModelTraining.header(m)));
        }
        List<String> splits = args.length > 0 && args[0].equals("test") ? List.of("dev", "test") : List.of("dev");
        for (String split : splits) {
            for (StoryEvaluation.Result r : List.of(
                    StoryEvaluation.evaluate("gva", split, "incident", StoryEvaluation.split(gva, split), c, m, false),
                    StoryEvaluation.evaluate("ecbplus", split, "topic", StoryEvaluation.split(ecb, split), c, m, false),
                    StoryEvaluation.evaluate("ecbplus", split, "subtopic", StoryEvaluation.split(ecb, split), c, m, true))) {
                StoryClusterScores s = r.scores();
                System.out.printf(Locale.ROOT, "%-8s %-5s %-9s n %5d gold %4d stories %4d  pair P %.4f R %.4f F1 %.4f  B3 F1 %.4f  %.0f/s%n",
                        r.corpus(), split, r.gold(), s.items(), s.goldClusters(), r.stories(), s.pairPrecision(), s.pairRecall(),
                        s.pairF1(), s.bcubedF1(), r.articlesPerSecond());
            }
        }
    }
}
