package org.lagebild.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The clustering benchmark on replayed GVA features. Runs with {@code -Dlagebild.bench=N}
 * (articles, e.g. 1000000; give the JVM -Xmx2g through {@code -DargLine=-Xmx2g}); prints one JSON line.
 */
class StoryClusteringBenchmarkTest {
    @Test
    void benchmark() throws IOException {
        Integer n = Integer.getInteger("lagebild.bench");
        Assumptions.assumeTrue(n != null, "set -Dlagebild.bench=1000000 to run the story clustering benchmark");
        Assumptions.assumeTrue(Files.isDirectory(StoryEvaluationTest.GVA), "no GVA data at " + StoryEvaluationTest.GVA);
        StoryClusteringBenchmark.Result r = StoryClusteringBenchmark.runOnGva(StoryEvaluationTest.GVA, StoryTestPipeline.annotator(), n);
        System.out.println(r.toJson());
        assertEquals(n, r.articles());
        assertTrue(r.storiesRetired() > 0 || n < 20_000, "nothing retired: " + r.toJson());
    }
}
