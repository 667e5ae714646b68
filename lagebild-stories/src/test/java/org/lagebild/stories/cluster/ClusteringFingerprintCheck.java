package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.stories.eval.StoryClusteringBenchmark;
import org.lagebild.stories.eval.StoryEvaluationFeatures;

/**
 * Guard for speed work on the clusterer: replays the cached GVA and ECB+ features (see
 * {@link StoryEvaluationFeatures}) and a 30,000-article replayed GVA stream (new ids and days, so
 * stories retire, go dormant and wake) through fresh clusterers and writes every decision (article
 * id, story id, opened, score rounded to 1e-9) to {@code target/story-assignments.tsv}. Compare
 * the file before and after a change with {@code cmp}: a pure speed change must leave it byte-identical.
 * With {@code -Dlagebild.speed=N} it also times N replayed articles after 20,000 to warm up.
 */
class ClusteringFingerprintCheck {
    static final Path OUT = Path.of("target/story-assignments.tsv");

    @Test
    void writesEveryAssignment() throws IOException {
        Assumptions.assumeTrue(Files.exists(StoryEvaluationFeatures.CACHE),
                "no cached story features at " + StoryEvaluationFeatures.CACHE + " (run StoryEvaluationTest once)");
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(null, null);
        List<StoryFeatures> gva = features(all, "gva");
        List<StoryFeatures> ecb = features(all, "ecbplus");
        long lines = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(OUT, StandardCharsets.UTF_8))) {
            lines += stream(w, "gva", gva);
            lines += stream(w, "ecbplus", ecb);
            StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
            LocalDate start = LocalDate.of(2000, 1, 1);
            for (int i = 0; i < 30_000; i++) {
                Assignment a = c.add(gva.get(i % gva.size()).withIdAndDate("b" + i, start.plusDays(i / 100)));
                write(w, "replay", a);
                lines++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertTrue(lines > 30_000, "assignments written: " + lines);
        Integer n = Integer.getInteger("lagebild.speed");
        if (n != null) {
            StoryClusteringBenchmark.run(gva, 20_000, StoryClusteringBenchmark.DEFAULT_PER_DAY, ClusterConfig.defaults());
            System.out.println("speed " + StoryClusteringBenchmark.run(gva, n, StoryClusteringBenchmark.DEFAULT_PER_DAY,
                    ClusterConfig.defaults()).toJson());
        }
    }

    private static List<StoryFeatures> features(List<StoryEvaluationFeatures.Cached> all, String corpus) {
        return all.stream().filter(c -> c.corpus().equals(corpus)).map(StoryEvaluationFeatures.Cached::features).toList();
    }

    private static long stream(PrintWriter w, String name, List<StoryFeatures> fs) {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        for (StoryFeatures f : fs) {
            write(w, name, c.add(f));
        }
        return fs.size();
    }

    private static void write(PrintWriter w, String stream, Assignment a) {
        double s = a.score();
        String score = Double.isNaN(s) ? "NaN" : String.format(Locale.ROOT, "%.9f", s);
        w.println(stream + "\t" + a.articleId() + "\t" + a.storyId() + "\t" + a.opened() + "\t" + score + "\t" + a.retired().size());
    }
}
