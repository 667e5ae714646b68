package org.lagebild.stories.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.stories.cluster.ClusterConfig;

/**
 * The story clustering evaluation on the real corpora. Slow (annotates ~4,000 articles), so it runs
 * only with {@code -Dlagebild.eval=true}; with {@code -Dlagebild.tune=true} it also searches the
 * weights and threshold on the DEV splits (never TEST) and prints the best settings.
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
        // floors a little under the TEST figures measured with the bundled config (GVA incident pairwise F1
        // 0.6981, ECB+ topic 0.8605); the issue-6 goals (0.90, 0.95) are NOT met yet
        assertTrue(r.result("gva", "test", "incident").scores().pairF1() >= 0.67, r.toJson());
        assertTrue(r.result("ecbplus", "test", "topic").scores().pairF1() >= 0.83, r.toJson());
    }

    /** Grid search on DEV only. */
    private static void tune() throws IOException {
        long t0 = System.nanoTime();
        List<StoryEvaluation.Labelled> gva = StoryEvaluation.split(
                StoryEvaluation.annotate(StoryEvaluation.readGva(GVA), StoryTestPipeline.annotator()), "dev");
        List<StoryEvaluation.Labelled> ecb = StoryEvaluation.split(
                StoryEvaluation.annotate(StoryEvaluation.readEcbPlus(ECB), StoryTestPipeline.annotator()), "dev");
        System.out.printf(Locale.ROOT, "annotated DEV in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        ClusterConfig base = ClusterConfig.defaults();
        record Row(double score, String line) {
        }
        List<Row> rows = new ArrayList<>();
        for (double entity : new double[] {0.25, 0.5, 1.0}) {
            for (double claim : new double[] {0.0, 0.1}) {
                for (double event : new double[] {0.0, 0.2}) {
                    for (double time : new double[] {0.0, 0.2, 0.4}) {
                        for (double scale : new double[] {7}) {
                            for (double thr = 0.2; thr <= 1.0001; thr += 0.05) {
                                ClusterConfig c = base.with(java.util.Map.of("textWeight", 1.0, "entityWeight", entity, "claimWeight", claim,
                                        "eventDateWeight", event, "timeWeight", time, "timeScaleDays", scale, "threshold", thr));
                                StoryEvaluation.Result g = StoryEvaluation.evaluate("gva", "dev", "incident", gva, c, false);
                                StoryEvaluation.Result e = StoryEvaluation.evaluate("ecbplus", "dev", "topic", ecb, c, false);
                                StoryEvaluation.Result es = StoryEvaluation.evaluate("ecbplus", "dev", "subtopic", ecb, c, true);
                                double gf = g.scores().pairF1();
                                double ef = e.scores().pairF1();
                                rows.add(new Row(Math.min(gf, ef), String.format(Locale.ROOT,
                                        "entity %.2f claim %.2f event %.2f time %.2f scale %2.0f thr %.2f | gva F1 %.4f (P %.3f R %.3f) ecb topic F1 %.4f (P %.3f R %.3f) subtopic F1 %.4f",
                                        entity, claim, event, time, scale, thr, gf, g.scores().pairPrecision(), g.scores().pairRecall(),
                                        ef, e.scores().pairPrecision(), e.scores().pairRecall(), es.scores().pairF1())));
                            }
                        }
                    }
                }
            }
        }
        rows.sort((a, b) -> Double.compare(b.score, a.score));
        System.out.println("best DEV settings (by the lower of GVA and ECB+ topic pairwise F1):");
        rows.stream().limit(25).forEach(r -> System.out.println(r.line));
    }
}
