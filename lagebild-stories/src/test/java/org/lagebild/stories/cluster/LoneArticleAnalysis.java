package org.lagebild.stories.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lagebild.stories.eval.StoryEvaluation;
import org.lagebild.stories.eval.StoryEvaluationFeatures;

/**
 * Test helper (issue 6): why GVA <em>DEV</em> articles (never TEST) open a story of their own
 * although their incident already has one (its <em>target</em>: the story holding most earlier
 * articles of the incident). Replays DEV with the bundled model ({@link StoryClusterer#addObserved})
 * and, for every such lone decision, says whether the look-up returned the target (active stories:
 * index keys; dormant ones: entities and names) and, if so, what the model gave it; if not, what the
 * article shares with the target at all:
 * <ul>
 *   <li>{@code key}: one of the article's look-up keys is one of the target's index keys (so it was
 *   looked up but cut by the candidate cap or a long posting);</li>
 *   <li>{@code rareTitle}: one of the article's {@link #RARE_TITLE} rarest headline terms is among the
 *   target's headline terms (a look-up by rare headline terms would find it); {@code title}: only a more
 *   common headline term is;</li>
 *   <li>{@code name}: a name (capitalised term) of the article is in the target's centroid;</li>
 *   <li>{@code entity}: a linked entity in common; {@code term}: any term in common.</li>
 * </ul>
 * The target and the document frequencies are read from the clusterer's {@link StoryClusterer#snapshot()}
 * after the article was added, so the article's look-up keys are ranked with one document more than at
 * its decision (close, not exact); a target that retired at this very article counts as dormant. The
 * pairs lost count the target's earlier
 * incident articles. Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.cluster.LoneArticleAnalysis}
 * ({@code -Dlagebild.examples=N} examples per cause).
 */
public final class LoneArticleAnalysis {
    private LoneArticleAnalysis() {
    }

    /** How many of the article's rarest headline terms count for {@code rareTitle}. */
    static final int RARE_TITLE = 3;

    /** One lone decision: the cause, pairs lost, the article's distinct terms, and a line to show. */
    record Lone(String cause, int lost, int articleTerms, String example) {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(System.getProperty("lagebild.data", "/work/shared/data"));
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(
                data.resolve("gva-incidents-casualty-counts-en"), data.resolve("ecbplus-event-clusters-en"));
        List<StoryEvaluation.Labelled> dev = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "gva"), "dev");
        List<Lone> lone = analyse(dev, ClusterConfig.defaults(), StoryModel.defaults());
        print(lone, Integer.getInteger("lagebild.examples", 6));
    }

    static List<Lone> analyse(List<StoryEvaluation.Labelled> items, ClusterConfig config, StoryModel model) {
        StoryClusterer c = new StoryClusterer(config, model);
        Map<String, Map<String, Integer>> storiesOfIncident = new HashMap<>();
        Map<String, String> titleOfStory = new HashMap<>();
        List<Lone> out = new ArrayList<>();
        List<StoryClusterer.Candidate> scored = new ArrayList<>();
        for (StoryEvaluation.Labelled l : items) {
            StoryFeatures f = l.features();
            String incident = l.gold().cluster();
            Map<String, Integer> earlier = storiesOfIncident.getOrDefault(incident, Map.of());
            String target = earlier.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
            scored.clear();
            Assignment a = c.addObserved(f, scored);
            if (target != null && a.opened()) {
                out.add(explain(c, f, target, earlier.get(target), scored, titleOfStory.get(target), model));
            }
            storiesOfIncident.computeIfAbsent(incident, k -> new HashMap<>()).merge(a.storyId(), 1, Integer::sum);
            titleOfStory.putIfAbsent(a.storyId(), f.date() + " " + f.title());
        }
        return out;
    }

    private static Lone explain(StoryClusterer c, StoryFeatures f, String target, int lost,
                                List<StoryClusterer.Candidate> scored, String targetTitle, StoryModel model) {
        String where = c.whereIs(target);
        StoryClusterer.Candidate t = scored.stream().filter(k -> k.storyId().equals(target)).findFirst().orElse(null);
        String example = f.date() + " " + f.title() + "\n      target: " + targetTitle;
        if (t != null) {
            long rank = scored.stream().filter(k -> k.dormant() == t.dormant() && k.probability() > t.probability()).count() + 1;
            double[] x = t.features();
            List<String> names = StoryModel.featureNames();
            String detail = String.format(Locale.ROOT, "p %.2f rank %d text %.2f names %.2f entity %.2f title %.2f gap %.0fd recap %.2f",
                    t.probability(), rank, x[names.indexOf("text")], x[names.indexOf("names")], x[names.indexOf("entity")],
                    x[names.indexOf("title")], Math.expm1(x[names.indexOf("logGap")]), x[names.indexOf("recap")]);
            String band = t.probability() >= 0.2 ? "p>=0.2" : t.probability() >= 0.05 ? "p0.05-0.2" : "p<0.05";
            return new Lone(where + "/found/" + band, lost, f.terms().size(), example + "\n      " + detail);
        }
        // the clusterer's state as plain data (its public snapshot): the target and the document frequencies
        ClustererState state = c.snapshot();
        HashedCounts termDf = HashedCounts.decode(state.dfBuckets(), state.documents(), state.termDf());
        HashedCounts entityDf = HashedCounts.decode(state.dfBuckets(), state.documents(), state.entityDf());
        List<String> queryTerms = top(f.terms(), termDf, config(c).queryTerms(), false);
        List<String> queryNames = top(f.terms(), termDf, config(c).dormantNames(), true);
        List<String> queryEntities = top(f.entities(), entityDf, config(c).queryTerms(), false);
        Set<String> headline = new HashSet<>();
        TermExtractor.instance().terms(StoryFeatures.headline(f.title()), f.language(), 1, (k, w) -> headline.add(k));
        Set<String> keys = new HashSet<>();
        Set<String> storyTerms;
        Set<String> storyEntities;
        Set<String> storyTitle;
        if (where.equals("active")) {
            ClustererState.StoryState s = state.stories().stream().filter(x -> x.id().equals(target)).findFirst().orElseThrow();
            // indexed under its top centroid terms and entities (vectors are in descending weight order)
            s.centroid().keySet().stream().limit(config(c).indexTerms()).forEach(keys::add);
            s.entityVector().keySet().stream().limit(config(c).indexTerms()).forEach(keys::add);
            storyTerms = s.centroid().keySet();
            storyEntities = s.entityVector().keySet();
            storyTitle = new HashSet<>(s.titleTerms());
        } else if (where.equals("dormant")) {
            DormantStory d = DormantStory.of(state.dormant().stream().filter(x -> x.id().equals(target)).findFirst().orElseThrow());
            d.entities().keySet().stream().limit(config(c).indexTerms()).forEach(keys::add);
            d.terms().keySet().stream().filter(Vectors::isName).limit(config(c).dormantNames()).forEach(keys::add);
            storyTerms = d.terms().keySet();
            storyEntities = d.entities().keySet();
            storyTitle = d.titleTerms();
        } else {
            return new Lone(where + "/gone", lost, f.terms().size(), example);
        }
        List<String> flags = new ArrayList<>();
        List<String> looked = new ArrayList<>(queryEntities);
        looked.addAll(where.equals("active") ? queryTerms : queryNames);
        if (looked.stream().anyMatch(keys::contains)) {
            flags.add("key");
        }
        List<String> sharedTitle = headline.stream().filter(storyTitle::contains).sorted().toList();
        if (!sharedTitle.isEmpty()) {
            // a look-up by the article's RARE_TITLE rarest headline terms would have found the target
            List<String> rarest = top(headline.stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> 1)), termDf, RARE_TITLE, false);
            flags.add(rarest.stream().anyMatch(storyTitle::contains) ? "rareTitle" : "title");
        }
        List<String> sharedNames = f.terms().keySet().stream().filter(k -> Vectors.isName(k) && storyTerms.contains(k)).sorted().toList();
        if (!sharedNames.isEmpty()) {
            flags.add("name");
        }
        if (f.entities().keySet().stream().anyMatch(storyEntities::contains)) {
            flags.add("entity");
        }
        long sharedTerms = f.terms().keySet().stream().filter(storyTerms::contains).count();
        if (flags.isEmpty() && sharedTerms > 0) {
            flags.add("term");
        }
        String cause = where + "/not-found/" + (flags.isEmpty() ? "nothing" : String.join("+", flags));
        return new Lone(cause, lost, f.terms().size(), example + "\n      shared headline " + sharedTitle
                + " names " + sharedNames + " terms " + sharedTerms + "; article terms " + f.terms().size()
                + " query " + (where.equals("active") ? queryTerms : queryNames));
    }

    private static ClusterConfig config(StoryClusterer c) {
        return c.config();
    }

    /** The top {@code n} keys by (1 + ln count)·idf, names only when asked (ties: key order). */
    private static List<String> top(Map<String, Integer> counts, HashedCounts df, int n, boolean namesOnly) {
        Map<String, Double> w = new LinkedHashMap<>();
        counts.forEach((k, v) -> {
            if (!namesOnly || Vectors.isName(k)) {
                w.put(k, (1.0 + Math.log(v)) * df.idf(k));
            }
        });
        return w.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(n).map(Map.Entry::getKey).toList();
    }

    static void print(List<Lone> lone, int examples) {
        Map<String, int[]> byCause = new TreeMap<>();
        for (Lone l : lone) {
            int[] x = byCause.computeIfAbsent(l.cause(), k -> new int[3]);
            x[0]++;
            x[1] += l.lost();
            x[2] += l.articleTerms() < 40 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%d lone decisions (article opened a story although its incident had one), %d pairs lost%n",
                lone.size(), lone.stream().mapToInt(Lone::lost).sum());
        System.out.printf(Locale.ROOT, "%-40s %9s %10s %12s%n", "cause", "decisions", "pairs lost", "< 40 terms");
        byCause.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-40s %9d %10d %12d%n", k, v[0], v[1], v[2]));
        Map<String, List<Lone>> grouped = new TreeMap<>();
        for (Lone l : lone) {
            grouped.computeIfAbsent(l.cause(), k -> new ArrayList<>()).add(l);
        }
        grouped.forEach((k, ls) -> {
            System.out.println(k + ":");
            ls.stream().sorted(Comparator.comparingInt(Lone::lost).reversed()).limit(examples)
                    .forEach(l -> System.out.println("    " + l.example()));
        });
    }
}
