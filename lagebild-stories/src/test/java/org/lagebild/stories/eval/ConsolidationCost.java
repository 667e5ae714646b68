package org.lagebild.stories.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper: the CPU time of {@link StoryClusterer#consolidate()} against that of adding the
 * articles, on all cached ECB+ features (DEV and TEST: only times and counts are printed, no score),
 * five rounds (the first warms up). Run from the module directory: {@code java -cp
 * target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.ConsolidationCost}.
 */
public final class ConsolidationCost {
    private ConsolidationCost() {
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluation.Labelled> ecb = StoryEvaluationFeatures.corpus(
                StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB), "ecbplus");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            StoryClusterer c = new StoryClusterer(ClusterConfig.defaults(), StoryModel.defaults(), StoryMerger.defaultRule());
            long t0 = cpu.getCurrentThreadCpuTime();
            ecb.forEach(l -> c.add(l.features()));
            long t1 = cpu.getCurrentThreadCpuTime();
            int stories = c.activeCount();
            int merges = c.consolidate().size();
            long t2 = cpu.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "ECB+ %d articles, %d active stories: add %.1f ms CPU, consolidate %.2f ms CPU (%d merges)%n",
                    ecb.size(), stories, (t1 - t0) / 1e6, (t2 - t1) / 1e6, merges);
        }
    }
}
