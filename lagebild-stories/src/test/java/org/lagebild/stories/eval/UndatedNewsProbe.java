package org.lagebild.stories.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lagebild.stories.cluster.Assignment;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper: what the undated consolidation does to real undated German news of many kinds
 * (the 10kGNAD test articles, no dates, category labels only). Stories that mix categories are
 * wrong; the sizes of the largest stories show chaining. Prints, with and without consolidation,
 * the stories, the pairwise precision against the categories and the largest story sizes.
 * Run from the module directory: {@code java -cp target/classes:target/test-classes:<test class
 * path> org.lagebild.stories.eval.UndatedNewsProbe ../../shared/data/10kgnad/test.csv}.
 */
public final class UndatedNewsProbe {
    private UndatedNewsProbe() {
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluation.GoldArticle> gold = new ArrayList<>();
        int n = 0;
        if (Files.isDirectory(Path.of(args[0]))) {
            // a folder of plain-text articles, title on the first line (SemEval 2023 layout): no categories
            try (var files = Files.list(Path.of(args[0]))) {
                for (Path f : files.sorted().toList()) {
                    String all = Files.readString(f, StandardCharsets.UTF_8).strip();
                    int nl = all.indexOf('\n');
                    String id = "s" + (n++);
                    gold.add(new StoryEvaluation.GoldArticle(new StoryRawText(id, nl > 0 ? all.substring(0, nl).strip() : all,
                            nl > 0 ? all.substring(nl + 1).strip() : all, null, null, "de"), "x", "x"));
                }
            }
        }
        for (org.lagebild.time.eval.TenKGnad.Article a : Files.isDirectory(Path.of(args[0]))
                ? List.<org.lagebild.time.eval.TenKGnad.Article>of() : org.lagebild.time.eval.TenKGnad.articles(Path.of(args[0]))) {
            String label = a.label();
            String text = a.text();
            int dot = text.indexOf(". ");
            String title = dot > 0 && dot < 200 ? text.substring(0, dot + 1) : text.substring(0, Math.min(80, text.length()));
            String id = "g" + (n++);
            gold.add(new StoryEvaluation.GoldArticle(new StoryRawText(id, title, text, null, null, "de"), label, label));
        }
        List<StoryEvaluation.Labelled> items = StoryEvaluation.annotate(gold, StoryTestPipeline.annotator());
        StoryMerger.Rule on = StoryMerger.defaultRule();
        StoryMerger.Rule off = new StoryMerger.Rule(on.threshold(), on.textWeight(), on.kindWeight(), on.entityWeight(), on.minArticles(), 10);
        for (StoryMerger.Rule rule : List.of(off, on)) {
            StoryClusterer c = new StoryClusterer(ClusterConfig.defaults(), StoryModel.defaults(), rule);
            Map<String, String> predicted = new HashMap<>();
            Map<String, String> goldOf = new HashMap<>();
            List<String> ids = new ArrayList<>();
            for (StoryEvaluation.Labelled l : items) {
                Assignment a = c.add(l.features());
                predicted.put(a.articleId(), a.storyId());
                for (String gone : a.merged()) {
                    predicted.replaceAll((article, story) -> story.equals(gone) ? a.storyId() : story);
                }
                ids.add(l.features().articleId());
                goldOf.put(l.features().articleId(), l.gold().cluster());
            }
            int merges = 0;
            for (StoryMerger.Merge m : c.consolidate()) {
                predicted.replaceAll((article, story) -> story.equals(m.merged()) ? m.into() : story);
                merges++;
            }
            StoryClusterScores s = StoryClusterScores.of(ids, goldOf, predicted);
            Map<String, Integer> sizes = new HashMap<>();
            predicted.values().forEach(v -> sizes.merge(v, 1, Integer::sum));
            List<Integer> top = sizes.values().stream().sorted((a, b) -> b - a).limit(8).toList();
            Map<String, Map<String, Integer>> mix = new TreeMap<>();
            System.out.printf(Locale.ROOT, "consolidation %s: %d articles, %d stories, %d consolidation merges, pairwise precision vs category %.4f, largest %s%n",
                    rule.consolidates() ? "on " : "off", ids.size(), s.predictedClusters(), merges, s.pairPrecision(), top);
        }
    }
}
