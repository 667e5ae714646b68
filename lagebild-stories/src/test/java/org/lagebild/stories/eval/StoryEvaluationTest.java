package org.lagebild.stories.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.stories.cluster.ClusterConfig;

/**
 * The story clustering evaluation on the real corpora. Slow (annotates ~4,000 articles), so it runs
 * only with {@code -Dlagebild.eval=true}; with {@code -Dlagebild.tune=true} it instead learns the
 * story model on the DEV splits (never TEST) and prints the sweep and the model file
 * ({@link StoryModelTraining}).
 */
class StoryEvaluationTest {
    static final Path DATA = Path.of(System.getProperty("lagebild.data", "/work/shared/data"));
    static final Path GVA = DATA.resolve("gva-incidents-casualty-counts-en");
    static final Path ECB = DATA.resolve("ecbplus-event-clusters-en");

    @Test
    void readsBothLayouts() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GVA) && Files.isDirectory(ECB), "no evaluation data under " + DATA);
        List<StoryEvaluation.GoldArticle> gva = StoryEvaluation.readGva(GVA);
        List<StoryEvaluation.GoldArticle> ecb = StoryEvaluation.readEcbPlus(ECB);
        assertTrue(gva.size() > 3000, "GVA articles: " + gva.size());
        assertTrue(ecb.size() > 900, "ECB+ documents: " + ecb.size());
        for (int i = 1; i < gva.size(); i++) {
            assertTrue(!gva.get(i).raw().date().isBefore(gva.get(i - 1).raw().date()), "GVA not in publication order at " + i);
        }
        assertTrue(ecb.stream().allMatch(g -> !g.raw().text().isBlank() && !g.raw().title().isBlank()), "empty ECB+ text");
        long dev = gva.stream().filter(g -> StoryEvaluation.isDev(g.cluster())).count();
        assertTrue(dev > gva.size() / 3 && dev < gva.size() * 2 / 3, "GVA dev share " + dev);
    }

    @Test
    void evaluation() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("lagebild.eval") || Boolean.getBoolean("lagebild.tune"),
                "set -Dlagebild.eval=true to run the story clustering evaluation");
        Assumptions.assumeTrue(Files.isDirectory(GVA) && Files.isDirectory(ECB), "no evaluation data under " + DATA);
        if (Boolean.getBoolean("lagebild.tune")) {
            tune();
            return;
        }
        StoryEvaluation.Report r = StoryEvaluation.run(GVA, ECB, StoryTestPipeline.annotator(), ClusterConfig.defaults(), System.out);
        // floors a little under the TEST figures measured with the bundled model and merge rule (GVA incident
        // pairwise F1 0.8559, ECB+ topic 0.8617 with the consolidation); the issue-6 goals (0.90, 0.95) are NOT met on TEST
        assertTrue(r.result("gva", "test", "incident").scores().pairF1() >= 0.79, r.toJson());
        assertTrue(r.result("ecbplus", "test", "topic").scores().pairF1() >= 0.83, r.toJson());
    }

    /** Learns the story model on DEV only and prints the threshold sweep and the model file. */
    private static void tune() throws IOException {
        StoryModelTraining.train(GVA, ECB, StoryTestPipeline.annotator(), System.out);
    }
}
