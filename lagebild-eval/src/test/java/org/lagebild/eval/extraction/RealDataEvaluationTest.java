package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lagebild.extract.ArticleExtractor;

/**
 * Runs both evaluations on the real corpora in /work/shared/data (or -Dlagebild.data=DIR) when
 * present, on a subset so the suite stays fast; skipped with a message otherwise. Asserts sane
 * ranges, not the figure, since the extractor is still changing.
 */
class RealDataEvaluationTest {

    private static final Path DATA = Path.of(System.getProperty("lagebild.data", "/work/shared/data"));
    private static final Path TRAFILATURA = DATA.resolve("trafilatura-eval");
    private static final Path SCRAPINGHUB = DATA.resolve("scrapinghub-article-extraction");
    private static ArticleExtractor extractor;

    @BeforeAll
    static void loadExtractor() {
        extractor = new ArticleExtractor();
    }

    private static void assumeData(Path dir, String file) {
        assumeTrue(Files.isRegularFile(dir.resolve(file)),
                () -> "evaluation data not present, skipping: " + dir.resolve(file) + " (see /work/shared/data/SOURCES.md)");
    }

    private static void assertScore(double v) {
        assertTrue(v > 0 && v <= 1, "score out of range: " + v);
    }

    @Test
    void trafilaturaSubsetScoresAreSane() throws Exception {
        assumeData(TRAFILATURA, "evaldata.json");
        TrafilaturaResult r = TrafilaturaEvaluation.run(TRAFILATURA,
                TrafilaturaEvaluation.Options.defaults().withLimit(100).withWorst(5), extractor);
        assertEquals(100, r.pages());
        assertScore(r.f1());
        assertScore(r.precision());
        assertScore(r.recall());
        assertTrue(r.datePages() > 0 && r.dateAccuracy() >= 0 && r.dateAccuracy() <= 1);
        assertTrue(r.counts().tp() + r.counts().fn() >= 100, "every page has at least one 'with' snippet");
        assertEquals(5, r.worst().size());
        assertTrue(r.pagesPerSecond() > 0);
        JsonNode json = Json.MAPPER.readTree(r.toJson());
        for (String key : new String[] {"precision", "recall", "f1", "pages", "pages_per_s", "date_accuracy", "date_pages"}) {
            assertTrue(json.has(key), key);
        }
    }

    @Test
    void trafilaturaLanguageFilter() throws Exception {
        assumeData(TRAFILATURA, "manifest.tsv");
        TrafilaturaResult r = TrafilaturaEvaluation.run(TRAFILATURA,
                TrafilaturaEvaluation.Options.defaults().withLanguage("en").withLimit(15), extractor);
        assertEquals(15, r.pages());
        assertEquals(1, r.languages().size());
        assertEquals("en", r.languages().get(0).language());
    }

    @Test
    void scrapinghubSubsetScoresAreSane() throws Exception {
        assumeData(SCRAPINGHUB, "ground-truth.json");
        ScrapinghubResult r = ScrapinghubEvaluation.run(SCRAPINGHUB,
                ScrapinghubEvaluation.Options.defaults().withLimit(60).withWorst(3), extractor);
        assertEquals(60, r.pages());
        assertScore(r.f1());
        assertScore(r.precision());
        assertScore(r.recall());
        assertEquals(3, r.worst().size());
        JsonNode json = Json.MAPPER.readTree(r.toJson());
        for (String key : new String[] {"precision", "recall", "f1", "pages", "pages_per_s"}) {
            assertTrue(json.has(key), key);
        }
    }

    /** The scorer reproduces the benchmark README's published figures for its stored reference outputs. */
    @Test
    void scrapinghubReferenceOutputsReproducePublishedScores() throws Exception {
        assumeData(SCRAPINGHUB, "reference-outputs/trafilatura.json");
        Map<String, String> gold = ScrapinghubEvaluation.readBodies(SCRAPINGHUB.resolve("ground-truth.json"));
        // name, F1, precision, recall, accuracy as published (README.rst)
        Object[][] published = {
            {"trafilatura", 0.958, 0.938, 0.978, 0.293},
            {"go_readability", 0.934, 0.900, 0.971, 0.188},
            {"boilerpipe", 0.860, 0.850, 0.870, 0.006},
            {"html-text", 0.665, 0.500, 0.994, 0.000},
        };
        for (Object[] p : published) {
            String name = (String) p[0];
            ShingleScoring.Scores s = ScrapinghubEvaluation.score(gold,
                    ScrapinghubEvaluation.readBodies(SCRAPINGHUB.resolve("reference-outputs/" + name + ".json")));
            assertEquals(181, s.documents(), name);
            assertEquals((double) p[1], s.f1(), 0.0006, name + " f1");
            assertEquals((double) p[2], s.precision(), 0.0006, name + " precision");
            assertEquals((double) p[3], s.recall(), 0.0006, name + " recall");
            assertEquals((double) p[4], s.accuracy(), 0.0006, name + " accuracy");
        }
    }

    @Test
    void mainPrintsJsonAsLastLine() throws Exception {
        assumeData(TRAFILATURA, "evaldata.json");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        int code = ExtractionEvalMain.run(new String[] {"--trafilatura", TRAFILATURA.toString(), "--limit", "10",
            "--worst", "2"}, out, out);
        assertEquals(0, code);
        String[] lines = buf.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode json = Json.MAPPER.readTree(lines[lines.length - 1]);
        assertEquals(10, json.get("pages").asInt());
        assertTrue(lines.length > 4);
    }
}
