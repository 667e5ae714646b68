package org.lagebild.stories.eval;

import java.io.IOException;
import java.util.List;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryFeatures;

/**
 * Test helper: the speed part of {@code ClusteringFingerprintCheck} without Maven, so two builds
 * (class directories with different models) can be timed one after the other under the same load:
 * replays the cached GVA features ({@link StoryEvaluationFeatures}), 20,000 articles to warm up,
 * then {@code N} (argument; default 200,000) with the bundled model, and prints the benchmark's JSON
 * (with {@code cpuMicrosPerArticle}, the clustering thread's CPU time). Run from the module directory:
 * {@code java -Xmx2g -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.StoryClusteringSpeed 200000}.
 */
public final class StoryClusteringSpeed {
    private StoryClusteringSpeed() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<StoryFeatures> gva = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB).stream()
                .filter(c -> c.corpus().equals("gva")).map(StoryEvaluationFeatures.Cached::features).toList();
        StoryClusteringBenchmark.run(gva, 20_000, StoryClusteringBenchmark.DEFAULT_PER_DAY, ClusterConfig.defaults());
        System.out.println("speed " + StoryClusteringBenchmark.run(gva, n, StoryClusteringBenchmark.DEFAULT_PER_DAY,
                ClusterConfig.defaults()).toJson());
    }
}
