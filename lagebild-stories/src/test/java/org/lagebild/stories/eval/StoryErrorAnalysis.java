package org.lagebild.stories.eval;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lagebild.stories.cluster.Assignment;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryFeatures;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper: error analysis of story clustering on GVA <em>DEV</em> (never TEST). Replays DEV with
 * the bundled model ({@link StoryClusterer#addObserved}) and judges every decision against the
 * story that holds most earlier articles of the article's gold incident (its <em>target</em>):
 * <ul>
 *   <li>{@code split/…}: the article opened a story although its incident had one; the sub-cause
 *   says where the target was (active or dormant) and whether the look-up found it
 *   ({@code not-found}) or it was scored too low ({@code low}) or beaten by another story
 *   ({@code beaten});</li>
 *   <li>{@code merge}: the article's incident was new but it joined another incident's story;</li>
 *   <li>{@code wrong-join/…}: the incident had a story, the article joined another one.</li>
 * </ul>
 * Cost is in gold pairs: pairs lost (the target's earlier incident articles) plus false pairs made
 * (articles of other incidents in the story joined). Prints a table by cause and by day gap
 * (article day to the target's last day), the mean features of wrong against right joins, and the
 * costliest examples. Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.StoryErrorAnalysis}.
 */
public final class StoryErrorAnalysis {
    private StoryErrorAnalysis() {
    }

    /** One wrong decision. */
    record Error(String cause, String gap, int lost, int made, String article, String target, String joined, String detail) {
        int cost() {
            return lost + made;
        }
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        ClusterConfig config = StoryClusterTuning.withOverrides(ClusterConfig.defaults(), System.getProperties());
        List<StoryEvaluation.Labelled> dev = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "gva"), "dev");
        List<Error> errors = analyse(dev, config, StoryModel.defaults());
        print(errors, dev.size());
    }

    static List<Error> analyse(List<StoryEvaluation.Labelled> items, ClusterConfig config, StoryModel model) {
        StoryClusterer c = new StoryClusterer(config, model);
        Map<String, Map<String, Integer>> incidentsOfStory = new HashMap<>();
        Map<String, LocalDate> lastDayOfStory = new HashMap<>();
        Map<String, String> titleOfStory = new HashMap<>();
        Map<String, Map<String, Integer>> storiesOfIncident = new HashMap<>();
        List<Error> errors = new ArrayList<>();
        double[][] sums = new double[3][StoryModel.featureNames().size()];
        int[] counts = new int[3];
        List<StoryClusterer.Candidate> scored = new ArrayList<>();
        for (StoryEvaluation.Labelled l : items) {
            StoryFeatures f = l.features();
            String incident = l.gold().cluster();
            Map<String, Integer> earlier = storiesOfIncident.getOrDefault(incident, Map.of());
            String target = earlier.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
            String where = target == null ? null : c.whereIs(target);
            scored.clear();
            Assignment a = c.addObserved(f, scored);
            String gap = target == null ? "-" : gapBucket(lastDayOfStory.get(target), f.date());
            int lost = target == null ? 0 : earlier.get(target);
            Map<String, Integer> joinedIncidents = incidentsOfStory.getOrDefault(a.storyId(), Map.of());
            int made = a.opened() ? 0 : joinedIncidents.values().stream().mapToInt(Integer::intValue).sum()
                    - joinedIncidents.getOrDefault(incident, 0);
            StoryClusterer.Candidate joinedCandidate = scored.stream()
                    .filter(k -> k.storyId().equals(a.storyId())).findFirst().orElse(null);
            if (!a.opened() && joinedCandidate != null) {
                int k = a.storyId().equals(target) ? 0 : 1;
                counts[k]++;
                for (int i = 0; i < sums[k].length; i++) {
                    sums[k][i] += joinedCandidate.features()[i];
                }
            }
            String article = f.date() + " " + f.title();
            if (target == null && !a.opened()) {
                errors.add(new Error("merge", "-", 0, made, article, null, titleOfStory.get(a.storyId()),
                        String.format(Locale.ROOT, "p %.2f", a.score())));
            } else if (target != null && !a.storyId().equals(target)) {
                StoryClusterer.Candidate t = scored.stream().filter(k -> k.storyId().equals(target)).findFirst().orElse(null);
                String how;
                String detail;
                if (t == null) {
                    how = "not-found";
                    detail = "";
                } else {
                    long rank = scored.stream().filter(k -> k.dormant() == t.dormant() && k.probability() > t.probability()).count() + 1;
                    how = a.opened() ? "low" : "beaten";
                    if (a.opened()) {
                        counts[2]++;
                        for (int i = 0; i < sums[2].length; i++) {
                            sums[2][i] += t.features()[i];
                        }
                    }
                    detail = String.format(Locale.ROOT, "rank %d p %.2f", rank, t.probability());
                }
                String cause = (a.opened() ? "split/" : "wrong-join/") + where + "/" + how;
                errors.add(new Error(cause, gap, lost, made, article, titleOfStory.get(target),
                        a.opened() ? null : titleOfStory.get(a.storyId()), detail));
            }
            incidentsOfStory.computeIfAbsent(a.storyId(), k -> new HashMap<>()).merge(incident, 1, Integer::sum);
            storiesOfIncident.computeIfAbsent(incident, k -> new HashMap<>()).merge(a.storyId(), 1, Integer::sum);
            if (f.date() != null) {
                lastDayOfStory.merge(a.storyId(), f.date(), (x, y) -> x.isAfter(y) ? x : y);
            }
            titleOfStory.putIfAbsent(a.storyId(), f.date() + " " + f.title());
        }
        List<String> worst = new ArrayList<>(storiesOfIncident.keySet());
        worst.sort(Comparator.comparingLong((String g) -> missedPairs(storiesOfIncident.get(g))).reversed().thenComparing(g -> g));
        long missed = 0;
        long gold = 0;
        for (String g : storiesOfIncident.keySet()) {
            missed += missedPairs(storiesOfIncident.get(g));
            long n = storiesOfIncident.get(g).values().stream().mapToLong(Integer::longValue).sum();
            gold += n * (n - 1) / 2;
        }
        System.out.printf(Locale.ROOT, "gold pairs %d, missed %d; incidents missing most pairs (story sizes):%n", gold, missed);
        for (String g : worst.subList(0, Math.min(15, worst.size()))) {
            System.out.printf(Locale.ROOT, "  %-10s missed %4d  %s%n", g, missedPairs(storiesOfIncident.get(g)),
                    storiesOfIncident.get(g).values().stream().sorted(Comparator.reverseOrder()).toList());
        }
        System.out.println("mean features of joins (right | wrong) | the target of splits scored too low:");
        for (int i = 0; i < sums[0].length; i++) {
            System.out.printf(Locale.ROOT, "  %-12s %7.3f | %7.3f | %7.3f%n", StoryModel.featureNames().get(i),
                    sums[0][i] / Math.max(1, counts[0]), sums[1][i] / Math.max(1, counts[1]), sums[2][i] / Math.max(1, counts[2]));
        }
        return errors;
    }

    private static long missedPairs(Map<String, Integer> stories) {
        long n = 0;
        long within = 0;
        for (int k : stories.values()) {
            n += k;
            within += (long) k * (k - 1) / 2;
        }
        return n * (n - 1) / 2 - within;
    }

    private static String gapBucket(LocalDate last, LocalDate day) {
        if (last == null || day == null) {
            return "undated";
        }
        long d = Math.abs(ChronoUnit.DAYS.between(last, day));
        return d <= 2 ? "0-2d" : d <= 14 ? "3-14d" : d <= 60 ? "15-60d" : ">60d";
    }

    static void print(List<Error> errors, int articles) {
        Map<String, int[]> byCause = new TreeMap<>();
        Map<String, int[]> byGap = new TreeMap<>();
        for (Error e : errors) {
            int[] x = byCause.computeIfAbsent(e.cause(), k -> new int[3]);
            x[0]++;
            x[1] += e.lost();
            x[2] += e.made();
            int[] g = byGap.computeIfAbsent(e.cause().split("/")[0] + " " + e.gap(), k -> new int[3]);
            g[0]++;
            g[1] += e.lost();
            g[2] += e.made();
        }
        System.out.printf(Locale.ROOT, "%d articles, %d wrong decisions%n", articles, errors.size());
        System.out.printf(Locale.ROOT, "%-32s %9s %10s %10s%n", "cause", "decisions", "pairs lost", "pairs made");
        byCause.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-32s %9d %10d %10d%n", k, v[0], v[1], v[2]));
        System.out.printf(Locale.ROOT, "%-32s %9s %10s %10s%n", "cause and day gap", "decisions", "pairs lost", "pairs made");
        byGap.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-32s %9d %10d %10d%n", k, v[0], v[1], v[2]));
        int show = Integer.getInteger("lagebild.examples", 40);
        System.out.println("costliest wrong decisions:");
        errors.stream().sorted(Comparator.comparingInt(Error::cost).reversed()).limit(show).forEach(e ->
                System.out.printf(Locale.ROOT, "%-28s %-6s lost %3d made %3d %s%n    article: %s%n    target:  %s%n    joined:  %s%n",
                        e.cause(), e.gap(), e.lost(), e.made(), e.detail(), e.article(), e.target(), e.joined()));
    }
}
