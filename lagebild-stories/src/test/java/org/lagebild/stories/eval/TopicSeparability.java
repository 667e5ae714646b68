package org.lagebild.stories.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lagebild.stories.cluster.PlaceConflict;
import org.lagebild.stories.cluster.StoryFeatures;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.stories.cluster.TermExtractor;

/**
 * Test helper for issue 6's ECB+ topic recall: can any story-to-story similarity tell the two
 * events of one ECB+ topic (its sub-topics, e.g. two different earthquakes) from the events of
 * other topics of the same kind? It treats each gold sub-topic of a split as one perfectly formed
 * story, so no clustering error or article order plays a part, and prints per similarity measure:
 * how many sub-topics have their sibling (the other sub-topic of their topic) as nearest story,
 * how many siblings are mutual nearest neighbours, how many sibling pairs are more similar than
 * every pair of different topics (the only ones a threshold joins without a false pair), and the
 * topic pairwise P / R / F1 of joining exactly those: the ceiling of any threshold on that measure.
 * Measures: centroid cosine (sum of unit TF-IDF article vectors, as the merge step), the same
 * without names, support (IDF times the share of members holding a term), headline support, average
 * link (mean article-to-article cosine), and centroid + ½ headline. IDF is taken over the split.
 * {@code -Dverbose=true} lists, per measure, the sibling pairs and the cross-topic pairs near them.
 * Run from the module directory: {@code java -cp target/classes:target/test-classes:<test class path>
 * org.lagebild.stories.eval.TopicSeparability dev}.
 */
public final class TopicSeparability {
    private static final String[] MEASURES = {"centroid", "centroid without names", "support", "headline support",
        "average link", "centroid + 0.5 headline", "link / cohesion"};

    private TopicSeparability() {
    }

    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "dev";
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        List<StoryEvaluation.Labelled> items = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "ecbplus"), split);
        Map<String, List<StoryEvaluation.Labelled>> groups = new TreeMap<>();
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> headDf = new HashMap<>();
        Map<String, Set<String>> heads = new HashMap<>();
        for (StoryEvaluation.Labelled l : items) {
            groups.computeIfAbsent(l.gold().subcluster(), k -> new ArrayList<>()).add(l);
            l.features().terms().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            Set<String> h = new HashSet<>();
            TermExtractor.instance().terms(StoryFeatures.headline(l.features().title()), l.features().language(), 1, (t, w) -> h.add(t));
            h.forEach(t -> headDf.merge(t, 1, Integer::sum));
            heads.put(l.features().articleId(), h);
        }
        int n = items.size();
        List<String> subs = new ArrayList<>(groups.keySet());
        List<Map<String, Double>> units = new ArrayList<>();
        List<Map<String, Double>[]> vectors = new ArrayList<>();
        Map<String, List<Map<String, Double>>> members = new HashMap<>();
        for (String g : subs) {
            @SuppressWarnings("unchecked")
            Map<String, Double>[] v = new Map[] {new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>()};
            List<StoryEvaluation.Labelled> ms = groups.get(g);
            for (StoryEvaluation.Labelled l : ms) {
                Map<String, Double> u = unit(l.features().terms(), df, n);
                members.computeIfAbsent(g, k -> new ArrayList<>()).add(u);
                u.forEach((t, x) -> {
                    v[0].merge(t, x, Double::sum);
                    if (!t.startsWith(TermExtractor.NAME_MARK)) {
                        v[1].merge(t, x, Double::sum);
                    }
                });
                for (String t : l.features().terms().keySet()) {
                    v[2].merge(t, Math.log((double) n / df.get(t)) / ms.size(), Double::sum);
                }
                for (String t : heads.get(l.features().articleId())) {
                    v[3].merge(t, Math.log((double) n / headDf.get(t)) / ms.size(), Double::sum);
                }
            }
            vectors.add(v);
        }
        int k = subs.size();
        // cohesion: the mean cosine of two different articles of one story (1 for a story of one article)
        double[] cohesion = new double[k];
        for (int a = 0; a < k; a++) {
            List<Map<String, Double>> ms = members.get(subs.get(a));
            double sum = 0;
            int pairs = 0;
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    sum += cosine(ms.get(i), ms.get(j));
                    pairs++;
                }
            }
            cohesion[a] = pairs == 0 ? 1 : sum / pairs;
        }
        double[][][] sim = new double[MEASURES.length][k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double[] s = new double[MEASURES.length];
                for (int m = 0; m < 4; m++) {
                    s[m] = cosine(vectors.get(a)[m], vectors.get(b)[m]);
                }
                double sum = 0;
                for (Map<String, Double> x : members.get(subs.get(a))) {
                    for (Map<String, Double> y : members.get(subs.get(b))) {
                        sum += cosine(x, y);
                    }
                }
                s[4] = sum / (members.get(subs.get(a)).size() * members.get(subs.get(b)).size());
                s[5] = s[0] + 0.5 * s[3];
                s[6] = s[4] / Math.sqrt(cohesion[a] * cohesion[b]);
                for (int m = 0; m < MEASURES.length; m++) {
                    sim[m][a][b] = s[m];
                    sim[m][b][a] = s[m];
                }
            }
        }
        System.out.printf(Locale.ROOT, "ECB+ %s: %d articles, %d sub-topics as stories%n", split, n, k);
        for (int m = 0; m < MEASURES.length; m++) {
            report(MEASURES[m], sim[m], subs, groups, new boolean[k][k]);
        }
        placeGuard(sim[4], subs, groups);
        namesGuard(sim[4], subs, groups);
    }

    /**
     * A participant guard, for comparison (not in the clusterer): the names ({@link TermExtractor#NAME_MARK}
     * twins) found in at least half of a story's articles are its central names; two stories whose central
     * names are disjoint are kept apart. The same counts as {@link #placeGuard}.
     */
    private static void namesGuard(double[][] link, List<String> subs, Map<String, List<StoryEvaluation.Labelled>> groups) {
        double near = Double.parseDouble(System.getProperty("place.link", "0.03"));
        int k = subs.size();
        List<Set<String>> central = new ArrayList<>();
        for (String g : subs) {
            Map<String, Integer> docs = new HashMap<>();
            groups.get(g).forEach(l -> l.features().terms().keySet().stream()
                    .filter(t -> t.startsWith(TermExtractor.NAME_MARK)).forEach(t -> docs.merge(t, 1, Integer::sum)));
            Set<String> c = new HashSet<>();
            docs.forEach((t, n) -> {
                if (2 * n >= groups.get(g).size()) {
                    c.add(t);
                }
            });
            central.add(c);
        }
        boolean[][] forbidden = new boolean[k][k];
        int siblings = 0;
        int siblingsApart = 0;
        int crossNear = 0;
        int crossNearApart = 0;
        List<String> apartSiblings = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                boolean apart = !central.get(a).isEmpty() && !central.get(b).isEmpty()
                        && java.util.Collections.disjoint(central.get(a), central.get(b));
                forbidden[a][b] = apart;
                forbidden[b][a] = apart;
                if (topic(subs.get(a)).equals(topic(subs.get(b)))) {
                    siblings++;
                    siblingsApart += apart ? 1 : 0;
                    if (apart) {
                        apartSiblings.add(topic(subs.get(a)));
                    }
                } else if (link[a][b] >= near) {
                    crossNear++;
                    crossNearApart += apart ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "names guard (central names disjoint): sibling pairs kept apart %d of %d (topics %s); "
                        + "cross-topic pairs with average link >= %.3f kept apart %d of %d%n",
                siblingsApart, siblings, apartSiblings, near, crossNearApart, crossNear);
        report("average link + names", link, subs, groups, forbidden);
    }

    /**
     * The place guard ({@link PlaceConflict}: the bundled rule's {@code place*} values, changed by
     * {@code -Dmerge.place<Name>=V}; when the bundled rule has it off, share 0.5) on the same
     * perfectly formed stories: which sibling pairs it would keep apart (wrongly, for the topic
     * gold), which cross-topic pairs among those whose average link reaches {@code -Dplace.link}
     * (0.03: where the consolidation's threshold lies) it keeps apart, and the average link's
     * ceiling with the pairs it forbids left out.
     */
    private static void placeGuard(double[][] link, List<String> subs, Map<String, List<StoryEvaluation.Labelled>> groups) {
        StoryMerger.Rule rule = StoryMerger.defaultRule();
        if (!rule.guardsPlaces()) {
            rule = rule.with(Map.of("placeShare", 0.5));
        }
        rule = rule.with(StoryClusterTuning.mergeRule(System.getProperties()).asMap().entrySet().stream()
                .filter(e -> e.getKey().startsWith("place") && System.getProperty("merge." + e.getKey()) != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        PlaceConflict.Guard guard = rule.placeGuard();
        double near = Double.parseDouble(System.getProperty("place.link", "0.03"));
        int k = subs.size();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (String g : subs) {
            Map<String, Integer> c = new HashMap<>();
            groups.get(g).forEach(l -> l.features().entities().forEach((e, x) -> c.merge(e, x, Integer::sum)));
            counts.add(c);
        }
        boolean[][] forbidden = new boolean[k][k];
        int siblings = 0;
        int siblingsApart = 0;
        int crossNear = 0;
        int crossNearApart = 0;
        int withPlace = 0;
        List<String> rows = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            int sizeA = groups.get(subs.get(a)).size();
            withPlace += PlaceConflict.settingOf(counts.get(a), sizeA, guard) != null ? 1 : 0;
            for (int b = a + 1; b < k; b++) {
                boolean apart = PlaceConflict.conflict(counts.get(a), sizeA, counts.get(b), groups.get(subs.get(b)).size(), guard);
                forbidden[a][b] = apart;
                forbidden[b][a] = apart;
                boolean same = topic(subs.get(a)).equals(topic(subs.get(b)));
                if (same) {
                    siblings++;
                    siblingsApart += apart ? 1 : 0;
                } else if (link[a][b] >= near) {
                    crossNear++;
                    crossNearApart += apart ? 1 : 0;
                }
                if (apart && (same || link[a][b] >= near)) {
                    rows.add(String.format(Locale.ROOT, "%.3f %s %s - %s apart (set in %s / %s)", link[a][b],
                            same ? "sibling" : "cross  ", subs.get(a), subs.get(b), PlaceConflict.settingOf(counts.get(a), sizeA, guard),
                            PlaceConflict.settingOf(counts.get(b), groups.get(subs.get(b)).size(), guard)));
                }
            }
        }
        System.out.printf(Locale.ROOT, "place guard (%s; %d of %d stories set in a country): "
                        + "sibling pairs kept apart %d of %d; cross-topic pairs with average link >= %.3f kept apart %d of %d%n",
                guard, withPlace, k, siblingsApart, siblings, near, crossNearApart, crossNear);
        rows.sort(java.util.Comparator.reverseOrder());
        rows.forEach(r -> System.out.println("    " + r));
        report("average link + guard", link, subs, groups, forbidden);
    }

    private static void report(String measure, double[][] sim, List<String> subs, Map<String, List<StoryEvaluation.Labelled>> groups,
                               boolean[][] forbidden) {
        int k = subs.size();
        int[] nearest = new int[k];
        for (int a = 0; a < k; a++) {
            nearest[a] = -1;
            for (int b = 0; b < k; b++) {
                if (b != a && (nearest[a] < 0 || sim[a][b] > sim[a][nearest[a]])) {
                    nearest[a] = b;
                }
            }
        }
        int withSibling = 0;
        int siblingNearest = 0;
        int mutual = 0;
        double maxCross = 0;
        Map<String, Double> siblings = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (b == a) {
                    continue;
                }
                boolean same = topic(subs.get(a)).equals(topic(subs.get(b)));
                if (same) {
                    withSibling++;
                    siblingNearest += nearest[a] == b ? 1 : 0;
                    mutual += nearest[a] == b && nearest[b] == a ? 1 : 0;
                    if (a < b) {
                        // a sibling pair the guard keeps apart can never be joined
                        siblings.put(topic(subs.get(a)), forbidden[a][b] ? Double.NEGATIVE_INFINITY : sim[a][b]);
                    }
                } else if (!forbidden[a][b]) {
                    maxCross = Math.max(maxCross, sim[a][b]);
                }
                if (a < b) {
                    rows.add(String.format(Locale.ROOT, "%.3f %s %s - %s", sim[a][b], same ? "sibling" : "cross  ", subs.get(a), subs.get(b)));
                }
            }
        }
        double cut = maxCross;
        Set<String> joined = new HashSet<>();
        siblings.forEach((t, s) -> {
            if (s > cut) {
                joined.add(t);
            }
        });
        // the partition that joins exactly the separable siblings: every false pair is absent
        long gold = 0;
        long found = 0;
        Map<String, Integer> topicSize = new TreeMap<>();
        groups.forEach((g, ms) -> topicSize.merge(topic(g), ms.size(), Integer::sum));
        for (Map.Entry<String, Integer> t : topicSize.entrySet()) {
            gold += pairs(t.getValue());
            if (joined.contains(t.getKey()) || !siblings.containsKey(t.getKey())) {
                found += pairs(t.getValue());
            } else {
                for (Map.Entry<String, List<StoryEvaluation.Labelled>> g : groups.entrySet()) {
                    if (topic(g.getKey()).equals(t.getKey())) {
                        found += pairs(g.getValue().size());
                    }
                }
            }
        }
        double recall = (double) found / gold;
        System.out.printf(Locale.ROOT, "%-24s sibling nearest %2d of %2d, mutual %2d; siblings above every cross-topic pair %2d of %2d "
                        + "(highest cross-topic %.3f); joining them: topic pairwise P 1.0000 R %.4f F1 %.4f%n",
                measure, siblingNearest, withSibling, mutual, joined.size(), siblings.size(), maxCross, recall, 2 * recall / (1 + recall));
        if (Boolean.getBoolean("verbose")) {
            double lowestSibling = siblings.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
            rows.sort(java.util.Comparator.reverseOrder());
            rows.stream().filter(r -> r.contains("sibling") || Double.parseDouble(r.substring(0, 5)) >= lowestSibling)
                    .forEach(r -> System.out.println("    " + r));
        }
    }

    private static long pairs(long size) {
        return size * (size - 1) / 2;
    }

    private static String topic(String subtopic) {
        int cut = subtopic.indexOf('_');
        return cut < 0 ? subtopic : subtopic.substring(0, cut);
    }

    private static Map<String, Double> unit(Map<String, Integer> tf, Map<String, Integer> df, int n) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double x = (1 + Math.log(e.getValue())) * Math.log((double) n / df.get(e.getKey()));
            v.put(e.getKey(), x);
            norm += x * x;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            v.replaceAll((t, x) -> x / len);
        }
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            na += e.getValue() * e.getValue();
            Double o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        for (double x : b.values()) {
            nb += x * x;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
