package org.lagebild.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.model.PublicationDate;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryDays;

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

    /**
     * {@code --dates inferred}: the annotator never sees the corpus day, the resolver infers one from the text as
     * ingest does, and clustering gets the days of {@link StoryDays} in their order (undated last, then by id hash).
     */
    @Test
    void hiddenDatesAreInferredFromTheTextAndUsedAsTheEngineUsesThem() {
        LocalDate truth = LocalDate.of(2024, 5, 1);
        StoryEvaluation.GoldArticle dated = new StoryEvaluation.GoldArticle(new StoryRawText("a", "Gaspreise belasten Bäckereien",
                "Seit dem Beginn des Ukraine-Kriegs sind die Preise für Gas stark gestiegen. Viele Bäckereien klagen über hohe Kosten.",
                null, truth, "de"), "x", "x");
        StoryEvaluation.GoldArticle plain = new StoryEvaluation.GoldArticle(new StoryRawText("b", "Ein Bäcker erzählt",
                "Der Bäcker steht um drei Uhr auf. Er backt Brot und Brötchen für das ganze Dorf.", null, truth, "de"), "y", "y");
        List<StoryEvaluation.Hidden> hidden = StoryEvaluation.annotateHidden(List.of(plain, dated), raw -> {
            assertNull(raw.date(), "the annotator must not see the corpus day");
            return StoryTestPipeline.full().apply(raw.toDocument(), new AnnotationContext(LocalDate.of(2026, 11, 24)));
        });
        PublicationDate inferred = hidden.get(1).published();
        assertTrue(inferred.isInferred(), inferred.toString());
        assertNotEquals(truth, inferred.date());
        assertFalse(hidden.get(0).published().isKnown(), hidden.get(0).published().toString());
        List<StoryEvaluation.Labelled> engine = StoryEvaluation.withDays(hidden, StoryDays::evidence);
        assertEquals(List.of("a", "b"), engine.stream().map(l -> l.features().articleId()).toList(), "dated first, undated last");
        assertEquals(StoryDays.evidence(inferred), engine.get(0).features().date());
        assertNull(engine.get(1).features().date());
        assertNull(StoryEvaluation.withDays(hidden, -1, 0).get(0).features().date());
        assertNull(StoryEvaluation.undated(hidden, true).get(0).features().date());
        assertEquals(StoryEvaluation.Dates.INFERRED, StoryEvaluation.Dates.parse("inferred"));
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
