package org.lagebild.stories.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.lagebild.model.Document;
import org.lagebild.stories.cluster.Assignment;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryFeatures;

/**
 * Throughput and memory of {@link StoryClusterer} on a long stream: real annotated articles'
 * features replayed in a cycle, each copy with a new id and a new publication day
 * ({@code articlesPerDay} per day, so dates advance and idle stories retire). Only clustering is
 * timed; annotation happens once before. Peak heap is the sum of the heap pools' peak usage
 * during the run (includes garbage not yet collected, so it is an upper bound).
 */
public final class StoryClusteringBenchmark {
    /** Default stream length. */
    public static final int DEFAULT_ARTICLES = 1_000_000;
    /** Default articles per day: a cycle of the 3,161 GVA articles then spans ~32 days, past retirement. */
    public static final int DEFAULT_PER_DAY = 100;

    private StoryClusteringBenchmark() {
    }

    /** The figures of one run. */
    public record Result(int articles, int distinctArticles, double seconds, double articlesPerSecond,
                         long peakHeapBytes, long maxHeapBytes, int storiesOpened, int storiesRetired,
                         int maxActiveStories, double cpuSeconds) {
        /** CPU time of the clustering thread per article, in microseconds (steadier than wall time on a busy box). */
        public double cpuMicrosPerArticle() {
            return articles == 0 ? 0 : cpuSeconds * 1e6 / articles;
        }

        public String toJson() {
            return String.format(Locale.ROOT, "{\"articles\":%d,\"distinctArticles\":%d,\"seconds\":%.2f,\"articlesPerSecond\":%.1f,"
                            + "\"cpuSeconds\":%.2f,\"cpuMicrosPerArticle\":%.1f,"
                            + "\"peakHeapMB\":%.1f,\"maxHeapMB\":%.1f,\"storiesOpened\":%d,\"storiesRetired\":%d,\"maxActiveStories\":%d}",
                    articles, distinctArticles, seconds, articlesPerSecond, cpuSeconds, cpuMicrosPerArticle(), peakHeapBytes / 1048576.0, maxHeapBytes / 1048576.0,
                    storiesOpened, storiesRetired, maxActiveStories);
        }
    }

    /** Replays {@code base} (in its order, cycling) as {@code articles} articles through a fresh clusterer. */
    public static Result run(List<StoryFeatures> base, int articles, int articlesPerDay, ClusterConfig config) {
        if (base.isEmpty()) {
            throw new IllegalArgumentException("no articles to replay");
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        StoryClusterer c = new StoryClusterer(config);
        LocalDate start = LocalDate.of(2000, 1, 1);
        int opened = 0;
        int retired = 0;
        int maxActive = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            StoryFeatures f = base.get(i % base.size());
            Assignment a = c.add(f.withIdAndDate("b" + i, start.plusDays(i / articlesPerDay)));
            if (a.opened()) {
                opened++;
            }
            retired += a.retired().size();
            if ((i & 1023) == 0) {
                maxActive = Math.max(maxActive, c.activeCount());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Result(articles, base.size(), seconds, articles / seconds, peak, Runtime.getRuntime().maxMemory(),
                opened, retired, maxActive, cpuSeconds);
    }

    /** Annotates the GVA corpus once, then runs the benchmark on its features. */
    public static Result runOnGva(Path gvaDir, Function<StoryRawText, Document> annotator, int articles) throws IOException {
        List<StoryFeatures> base = StoryEvaluation.annotate(StoryEvaluation.readGva(gvaDir), annotator).stream()
                .map(StoryEvaluation.Labelled::features).toList();
        return run(base, articles, DEFAULT_PER_DAY, ClusterConfig.defaults());
    }
}
