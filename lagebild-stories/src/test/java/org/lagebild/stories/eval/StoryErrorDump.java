package org.lagebild.stories.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lagebild.stories.cluster.Assignment;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper: clusters one cached corpus split ({@code ecbplus dev} by default) and prints, per
 * gold cluster, the predicted stories it was cut into (size and sub-clusters) and their first
 * headlines. While clustering it prints every join into a story with none of the article's gold
 * cluster yet, every merge, and at the end the merges of {@link StoryClusterer#consolidate()} ({@code -Dseed=N} shuffles the order, {@code -Dundated=P},
 * {@code -Dcfg.<name>} and {@code -Dmerge.<name>} change the clusterer). For reading errors, not scoring.
 */
public final class StoryErrorDump {
    private StoryErrorDump() {
    }

    public static void main(String[] args) throws IOException {
        String corpus = args.length > 0 ? args[0] : "ecbplus";
        String split = args.length > 1 ? args[1] : "dev";
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        List<StoryEvaluation.Labelled> items = new ArrayList<>(StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, corpus), split));
        if (Integer.getInteger("seed", 0) > 0) {
            items = StoryEvaluation.shuffled(items, Integer.getInteger("seed"));
        }
        StoryModel model = StoryModel.defaults();
        if (System.getProperty("undated") != null) {
            model = model.withThresholds(model.threshold(), Double.parseDouble(System.getProperty("undated")), model.wakeThreshold());
        }
        StoryClusterer c = new StoryClusterer(StoryClusterTuning.withOverrides(
                ClusterConfig.defaults(), System.getProperties()), model,
                StoryClusterTuning.mergeRule(System.getProperties()));
        Map<String, String> story = new TreeMap<>();
        Map<String, Map<String, Integer>> votes = new TreeMap<>();
        for (StoryEvaluation.Labelled l : items) {
            Assignment a = c.add(l.features());
            Map<String, Integer> before = votes.computeIfAbsent(a.storyId(), k -> new TreeMap<>());
            if (!a.opened() && !before.containsKey(l.gold().cluster())) {
                System.out.printf(java.util.Locale.ROOT, "wrong join p=%.3f %s (%s) \"%s\" -> %s %s%n", a.score(), a.articleId(),
                        l.gold().subcluster(), l.features().title(), a.storyId(), before);
            }
            before.merge(l.gold().cluster(), 1, Integer::sum);
            story.put(a.articleId(), a.storyId());
            for (String m : a.merged()) {
                System.out.println("merge " + m + " " + votes.get(m) + " into " + a.storyId() + " " + votes.get(a.storyId()));
                votes.remove(m).forEach((g, n) -> votes.get(a.storyId()).merge(g, n, Integer::sum));
                story.replaceAll((k, v) -> v.equals(m) ? a.storyId() : v);
            }
        }
        for (org.lagebild.stories.cluster.StoryMerger.Merge m : c.consolidate()) {
            System.out.printf(java.util.Locale.ROOT, "consolidate %s %s into %s %s (average link %.4f)%n", m.merged(), votes.get(m.merged()),
                    m.into(), votes.get(m.into()), m.averageLink());
            votes.remove(m.merged()).forEach((g, n) -> votes.get(m.into()).merge(g, n, Integer::sum));
            story.replaceAll((k, v) -> v.equals(m.merged()) ? m.into() : v);
        }
        Map<String, Map<String, List<StoryEvaluation.Labelled>>> byGold = new TreeMap<>();
        Map<String, Map<String, Integer>> byStory = new TreeMap<>();
        for (StoryEvaluation.Labelled l : items) {
            String s = story.get(l.features().articleId());
            byGold.computeIfAbsent(l.gold().cluster(), k -> new TreeMap<>()).computeIfAbsent(s, k -> new ArrayList<>()).add(l);
            byStory.computeIfAbsent(s, k -> new TreeMap<>()).merge(l.gold().cluster(), 1, Integer::sum);
        }
        for (var g : byGold.entrySet()) {
            if (g.getValue().size() == 1 && byStory.get(g.getValue().keySet().iterator().next()).size() == 1) {
                continue;
            }
            System.out.println("== gold " + g.getKey() + ": " + g.getValue().size() + " stories");
            for (var s : g.getValue().entrySet()) {
                Map<String, Integer> subs = new TreeMap<>();
                s.getValue().forEach(l -> subs.merge(l.gold().subcluster(), 1, Integer::sum));
                System.out.println("  " + s.getKey() + " n=" + s.getValue().size() + " " + subs + " all gold " + byStory.get(s.getKey()));
                for (int i = 0; i < s.getValue().size() && i < 3; i++) {
                    String t = s.getValue().get(i).features().title();
                    System.out.println("      " + t.substring(0, Math.min(110, t.length())));
                }
            }
        }
    }
}
