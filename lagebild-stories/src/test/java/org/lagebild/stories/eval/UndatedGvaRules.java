package org.lagebild.stories.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.model.Document;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper (lagebild-stories README, "Session 12: an undated model that learns events"): the undated decision
 * on GVA DEV with its dates hidden ({@link StoryModelTraining#undatedDev}, reference day 2026-11-24 as
 * {@code lagebild eval stories --dates none}) and on ECB+ DEV topics, for the undated regression learned as
 * bundled (ECB+ only) and with GVA DEV's undated examples added, at several undated thresholds, with the bundled
 * merge rule, without the online merge step, without the consolidation pass, and without both: which part of the
 * undated path joins different incidents. DEV only. Features of the dated corpora from the cache
 * ({@link StoryEvaluationFeatures}); GVA DEV hidden annotated now with {@link StoryTestPipeline#full()}.
 * Run from the module directory: {@code java -Xmx3g -cp target/classes:target/test-classes:<test class path>
 * org.lagebild.stories.eval.UndatedGvaRules}.
 */
public final class UndatedGvaRules {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private UndatedGvaRules() {
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        ClusterConfig c = ClusterConfig.defaults();
        List<StoryEvaluation.Labelled> gva = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "gva"), "dev");
        List<StoryEvaluation.Labelled> ecb = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "ecbplus"), "dev");
        Function<StoryRawText, Document> annotator = raw -> StoryTestPipeline.full().apply(raw.toDocument(),
                new AnnotationContext(raw.date() != null ? raw.date() : TODAY));
        List<StoryEvaluation.Labelled> hidden = StoryModelTraining.undatedDev(StoryEvaluation.readGva(StoryEvaluationTest.GVA), annotator);
        StoryMerger.Rule bundled = StoryMerger.defaultRule();
        Map<String, StoryMerger.Rule> rules = new java.util.LinkedHashMap<>();
        rules.put("bundled", bundled);
        rules.put("no online merge", bundled.with(Map.of("threshold", 10.0)));
        rules.put("no consolidation", bundled.with(Map.of("linkThreshold", 10.0)));
        rules.put("neither", StoryMerger.Rule.never());
        for (boolean withGva : List.of(false, true)) {
            StoryModel fitted = StoryModelTraining.fit(gva, ecb, withGva ? hidden : List.of(), c, StoryModelTraining.L2,
                    StoryModelTraining.dropped(), QUIET);
            for (Map.Entry<String, StoryMerger.Rule> r : rules.entrySet()) {
                for (double u : new double[] {0.1, 0.2, 0.4, 0.6, 0.8, 0.9}) {
                    StoryModel m = fitted.withThresholds(0.5, u, 1.0);
                    StoryClusterScores g = StoryEvaluation.evaluate("gva", "dev", "incident", hidden, c, m, r.getValue(), false).scores();
                    double ecbMean = 0;
                    for (int seed = 0; seed < StoryModelTraining.ORDERS; seed++) {
                        ecbMean += StoryEvaluation.evaluate("ecbplus", "dev", "topic", StoryEvaluation.shuffled(ecb, seed), c, m,
                                r.getValue(), false).scores().pairF1() / StoryModelTraining.ORDERS;
                    }
                    System.out.printf(Locale.ROOT, "%-22s %-17s undated %.2f  GVA DEV hidden P %.4f R %.4f F1 %.4f B3 %.4f"
                                    + "  ECB+ DEV topic F1 (7 orders) %.4f%n", withGva ? "ECB+ and GVA hidden" : "ECB+ only (bundled)",
                            r.getKey(), u, g.pairPrecision(), g.pairRecall(), g.pairF1(), g.bcubedF1(), ecbMean);
                }
            }
        }
    }
}
