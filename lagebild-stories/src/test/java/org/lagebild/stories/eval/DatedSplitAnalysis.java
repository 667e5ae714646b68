package org.lagebild.stories.eval;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.lagebild.stories.cluster.Assignment;
import org.lagebild.stories.cluster.ClaimKey;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryFeatures;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper, GVA <em>DEV</em> only: where the missed gold pairs of the final clustering come from,
 * and what tells two stories of one incident (a <em>split</em>) from two stories of different incidents
 * close in time. Clusters DEV as {@link StoryEvaluation#evaluate} does (bundled model and merge rule),
 * then
 * <ul>
 *   <li>splits the missed pairs of each incident by the stories they fall between: both stories hold
 *   at least 2 of the incident's articles ({@code story-story}), or one holds a single one
 *   ({@code astray}); and whether the two stories were ever active at once (first day to last day +
 *   the retirement window);</li>
 *   <li>for every pair of predicted stories of at least {@code -DminSize=N} (2) articles each whose day
 *   ranges are at most {@code -Dgap=N} (7) days apart and that share a term, prints evidence (gap, average link and
 *   centroid cosine of the members' TF-IDF vectors over DEV, rarest shared name, shared claims,
 *   shared named days, headline cosine) for pairs of one majority incident against pairs of
 *   different ones, what merging at a threshold of each would give, and what a story-story logistic
 *   regression over all of it, fitted on these very pairs (an upper bound), would gain and cost;</li>
 *   <li>bridges: how often an article that joined a story gave another active story a high probability
 *   too, and whether the two stories were of one incident.</li>
 * </ul>
 * Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.DatedSplitAnalysis}.
 */
public final class DatedSplitAnalysis {
    private DatedSplitAnalysis() {
    }

    /** A predicted story at the end of the stream. */
    static final class Pred {
        final String id;
        final List<StoryFeatures> members = new ArrayList<>();
        final Map<String, Integer> incidents = new HashMap<>();
        LocalDate first;
        LocalDate last;
        Map<String, Double> centroid = new HashMap<>();
        Map<String, Double> headline = new HashMap<>();

        Pred(String id) {
            this.id = id;
        }

        String majority() {
            return incidents.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
        }
    }

    /** Evidence for one pair of stories. */
    record PairEvidence(Pred a, Pred b, boolean same, long gap, double avgLink, double centroidCos, double rareName,
                        int sharedNames, int sharedClaims, int sharedDays, boolean dayConflict, double headlineCos,
                        int gain, int loss) {
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        ClusterConfig config = StoryClusterTuning.withOverrides(ClusterConfig.defaults(), System.getProperties());
        List<StoryEvaluation.Labelled> dev = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "gva"), "dev");
        int maxGap = Integer.getInteger("gap", 7);

        StoryClusterer c = new StoryClusterer(config, StoryModel.defaults(), StoryMerger.defaultRule());
        Map<String, String> predicted = new HashMap<>();
        Map<String, StoryEvaluation.Labelled> byId = new HashMap<>();
        for (StoryEvaluation.Labelled l : dev) {
            Assignment a = c.add(l.features());
            byId.put(l.features().articleId(), l);
            predicted.put(a.articleId(), a.storyId());
            for (String gone : a.merged()) {
                predicted.replaceAll((article, story) -> story.equals(gone) ? a.storyId() : story);
            }
        }
        for (StoryMerger.Merge m : c.consolidate()) {
            predicted.replaceAll((article, story) -> story.equals(m.merged()) ? m.into() : story);
        }

        // document frequencies over DEV, for TF-IDF member vectors
        Map<String, Integer> df = new HashMap<>();
        for (StoryEvaluation.Labelled l : dev) {
            l.features().terms().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = dev.size();
        Map<String, Pred> stories = new TreeMap<>();
        Map<String, Map<String, Double>> vectors = new HashMap<>();
        for (StoryEvaluation.Labelled l : dev) {
            StoryFeatures f = l.features();
            Pred p = stories.computeIfAbsent(predicted.get(f.articleId()), Pred::new);
            p.members.add(f);
            p.incidents.merge(l.gold().cluster(), 1, Integer::sum);
            if (f.date() != null) {
                p.first = p.first == null || f.date().isBefore(p.first) ? f.date() : p.first;
                p.last = p.last == null || f.date().isAfter(p.last) ? f.date() : p.last;
            }
            Map<String, Double> v = tfidf(f.terms(), df, n);
            vectors.put(f.articleId(), v);
            v.forEach((k, w) -> p.centroid.merge(k, w, Double::sum));
            tfidf(headlineTerms(f), df, n).forEach((k, w) -> p.headline.merge(k, w, Double::sum));
        }

        // 1. missed pairs by kind
        Map<String, Map<String, Integer>> storiesOfIncident = new HashMap<>();
        for (StoryEvaluation.Labelled l : dev) {
            storiesOfIncident.computeIfAbsent(l.gold().cluster(), k -> new HashMap<>())
                    .merge(predicted.get(l.features().articleId()), 1, Integer::sum);
        }
        long goldPairs = 0;
        long storyStory = 0;
        long storyStoryCoActive = 0;
        long astray = 0;
        long storyStoryPure = 0;
        int splitIncidents = 0;
        Map<String, Long> astrayKinds = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : storiesOfIncident.entrySet()) {
            List<Map.Entry<String, Integer>> parts = new ArrayList<>(e.getValue().entrySet());
            int total = parts.stream().mapToInt(Map.Entry::getValue).sum();
            goldPairs += (long) total * (total - 1) / 2;
            if (parts.size() > 1) {
                splitIncidents++;
            }
            for (int i = 0; i < parts.size(); i++) {
                for (int j = i + 1; j < parts.size(); j++) {
                    int ni = parts.get(i).getValue();
                    int nj = parts.get(j).getValue();
                    long pairs = (long) ni * nj;
                    if (ni >= 2 && nj >= 2) {
                        storyStory += pairs;
                        Pred a = stories.get(parts.get(i).getKey());
                        Pred b = stories.get(parts.get(j).getKey());
                        if (gap(a, b) <= config.retireAfterDays()) {
                            storyStoryCoActive += pairs;
                        }
                        if (a.majority().equals(e.getKey()) && b.majority().equals(e.getKey())) {
                            storyStoryPure += pairs;
                        }
                    } else {
                        astray += pairs;
                        // the lone article's story: a story of its own, or another incident's
                        String lone = ni == 1 ? parts.get(i).getKey() : parts.get(j).getKey();
                        String other = ni == 1 ? parts.get(j).getKey() : parts.get(i).getKey();
                        Pred l = stories.get(lone);
                        String kind = (l.members.size() == 1 ? "alone" : l.majority().equals(e.getKey()) ? "mixed-own" : "in-other")
                                + (gap(l, stories.get(other)) <= config.retireAfterDays() ? ", co-active" : ", apart")
                                + (Math.min(ni, nj) == 1 && Math.max(ni, nj) == 1 ? ", 1-1" : ", 1-n");
                        astrayKinds.merge(kind, pairs, Long::sum);
                    }
                }
            }
        }
        long missed = storyStory + astray;
        System.out.printf(Locale.ROOT, "GVA DEV: %d articles, %d stories, gold pairs %d, missed %d (recall %.4f), incidents split %d%n",
                n, stories.size(), goldPairs, missed, 1 - missed / (double) goldPairs, splitIncidents);
        System.out.printf(Locale.ROOT, "  story-story (both stories hold >= 2 of the incident's articles): %d pairs (%.1f %%), "
                        + "of them the two stories active at once (gap <= %d days) %d, both stories' majority incident %d%n",
                storyStory, 100.0 * storyStory / missed, config.retireAfterDays(), storyStoryCoActive, storyStoryPure);
        System.out.printf(Locale.ROOT, "  astray (a story holds one of them): %d pairs (%.1f %%)%n", astray, 100.0 * astray / missed);
        astrayKinds.forEach((k, v) -> System.out.printf(Locale.ROOT, "    %-30s %d%n", k, v));

        // 2. evidence for pairs of stories close in time
        List<Pred> big = stories.values().stream().filter(p -> p.members.size() >= Integer.getInteger("minSize", 2) && p.first != null).toList();
        List<PairEvidence> pairs = new ArrayList<>();
        for (int i = 0; i < big.size(); i++) {
            for (int j = i + 1; j < big.size(); j++) {
                Pred a = big.get(i);
                Pred b = big.get(j);
                long g = gap(a, b);
                if (g > maxGap) {
                    continue;
                }
                double link = averageLink(a, b, vectors);
                if (link <= 0) {
                    continue;
                }
                pairs.add(evidence(a, b, g, link, df, n));
            }
        }
        long same = pairs.stream().filter(PairEvidence::same).count();
        System.out.printf(Locale.ROOT, "%nstory pairs (>= %d articles each, <= %d days apart, sharing a term): %d, same majority incident %d%n",
                Integer.getInteger("minSize", 2), maxGap, pairs.size(), same);
        printQuantiles("gap days", pairs, PairEvidence::gap);
        printQuantiles("average link", pairs, PairEvidence::avgLink);
        printQuantiles("centroid cosine", pairs, PairEvidence::centroidCos);
        printQuantiles("rarest shared name", pairs, PairEvidence::rareName);
        printQuantiles("shared names", pairs, PairEvidence::sharedNames);
        printQuantiles("shared claims", pairs, PairEvidence::sharedClaims);
        printQuantiles("shared named days", pairs, PairEvidence::sharedDays);
        printQuantiles("day conflict", pairs, p -> p.dayConflict() ? 1 : 0);
        printQuantiles("headline cosine", pairs, PairEvidence::headlineCos);
        sweep("average link", pairs, PairEvidence::avgLink, goldPairs, missed);
        sweep("centroid cosine", pairs, PairEvidence::centroidCos, goldPairs, missed);
        sweep("rarest shared name", pairs, PairEvidence::rareName, goldPairs, missed);
        sweep("headline cosine", pairs, PairEvidence::headlineCos, goldPairs, missed);
        learned(pairs);
        bridges(dev, config);
        if (Boolean.getBoolean("verbose")) {
            pairs.stream().sorted((x, y) -> Double.compare(y.avgLink(), x.avgLink())).limit(80).forEach(p ->
                    System.out.printf(Locale.ROOT, "%s link %.3f cos %.3f name %.2f (%d) claims %d days %d conflict %s head %.2f gap %d  %s [%d] | %s [%d]%n",
                            p.same() ? "SAME" : "diff", p.avgLink(), p.centroidCos(), p.rareName(), p.sharedNames(), p.sharedClaims(),
                            p.sharedDays(), p.dayConflict(), p.headlineCos(), p.gap(), p.a().members.get(0).title(),
                            p.a().members.size(), p.b().members.get(0).title(), p.b().members.size()));
        }
    }

    /**
     * Bridges: an article that joined a dated active story S, and whose model probability for another
     * active story T was also high. Would merging T into S (both stories' majority incident the same)
     * be right? Tallied by T's probability and size.
     */
    static void bridges(List<StoryEvaluation.Labelled> dev, ClusterConfig config) {
        StoryClusterer c = new StoryClusterer(config, StoryModel.defaults(), StoryMerger.defaultRule());
        Map<String, Map<String, Integer>> incidentsOfStory = new HashMap<>();
        List<StoryClusterer.Candidate> scored = new ArrayList<>();
        double[] cuts = {0.1, 0.2, 0.3, 0.4};
        int[][] right = new int[cuts.length][2];
        int[][] wrong = new int[cuts.length][2];
        for (StoryEvaluation.Labelled l : dev) {
            scored.clear();
            Assignment a = c.addObserved(l.features(), scored);
            if (!a.opened() && l.features().date() != null) {
                String s = majority(incidentsOfStory.get(a.storyId()));
                for (StoryClusterer.Candidate k : scored) {
                    if (k.dormant() || k.storyId().equals(a.storyId()) || !incidentsOfStory.containsKey(k.storyId())) {
                        continue;
                    }
                    Map<String, Integer> t = incidentsOfStory.get(k.storyId());
                    int size = t.values().stream().mapToInt(Integer::intValue).sum() > 1 ? 1 : 0;
                    boolean same = majority(t).equals(s);
                    for (int i = 0; i < cuts.length; i++) {
                        if (k.probability() >= cuts[i]) {
                            (same ? right : wrong)[i][size]++;
                        }
                    }
                }
            }
            incidentsOfStory.computeIfAbsent(a.storyId(), k -> new HashMap<>()).merge(l.gold().cluster(), 1, Integer::sum);
            for (String gone : a.merged()) {
                incidentsOfStory.remove(gone);
            }
        }
        System.out.println("\nbridges: an article joined story S and gave another active story T probability >= p (T of one article / more):");
        for (int i = 0; i < cuts.length; i++) {
            System.out.printf(Locale.ROOT, "  p >= %.1f: same incident as S %d / %d, another incident %d / %d%n",
                    cuts[i], right[i][0], right[i][1], wrong[i][0], wrong[i][1]);
        }
    }

    /**
     * The best a story-story regression over this evidence could do: fitted on the pairs themselves
     * (in-sample, so an upper bound), the pairs ranked by its probability, gold pairs gained and false
     * pairs made by merging the top k.
     */
    static void learned(List<PairEvidence> pairs) {
        List<double[]> x = new ArrayList<>();
        boolean[] y = new boolean[pairs.size()];
        double[] w = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            PairEvidence p = pairs.get(i);
            x.add(new double[] {Math.log1p(p.gap()), p.avgLink(), p.centroidCos(), p.rareName(), Math.log1p(p.sharedNames()),
                    Math.min(p.sharedClaims(), 3), Math.min(p.sharedDays(), 3), p.dayConflict() ? 1 : 0, p.headlineCos()});
            y[i] = p.same();
            w[i] = 1;
        }
        org.lagebild.stories.cluster.LogisticRegression.Fit fit = org.lagebild.stories.cluster.LogisticRegression.fit(x, y, w, 1.0);
        Integer[] order = new Integer[pairs.size()];
        double[] prob = new double[pairs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            double z = fit.bias();
            for (int j = 0; j < fit.weights().length; j++) {
                z += fit.weights()[j] * x.get(i)[j];
            }
            prob[i] = 1 / (1 + Math.exp(-z));
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(prob[b], prob[a]));
        System.out.printf(Locale.ROOT, "%n  story-story regression fitted on these pairs (in-sample upper bound), weights %s%n",
                java.util.Arrays.toString(java.util.Arrays.stream(fit.weights()).map(v -> Math.round(v * 100) / 100.0).toArray()));
        int same = 0;
        int gain = 0;
        int loss = 0;
        for (int k = 0; k < order.length && k < 160; k++) {
            PairEvidence p = pairs.get(order[k]);
            same += p.same() ? 1 : 0;
            gain += p.gain();
            loss += p.loss();
            if (k + 1 == 5 || k + 1 == 10 || k + 1 == 20 || k + 1 == 40 || k + 1 == 80 || k + 1 == 160) {
                System.out.printf(Locale.ROOT, "    top %3d (p >= %.3f): same %d, +%d gold pairs, +%d false pairs%n", k + 1, prob[order[k]], same, gain, loss);
            }
        }
    }

    static String majority(Map<String, Integer> incidents) {
        return incidents == null ? "" : incidents.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("");
    }

    static long gap(Pred a, Pred b) {
        if (a.first == null || b.first == null) {
            return Long.MAX_VALUE;
        }
        if (!a.first.isAfter(b.last) && !b.first.isAfter(a.last)) {
            return 0;
        }
        return a.last.isBefore(b.first) ? ChronoUnit.DAYS.between(a.last, b.first) : ChronoUnit.DAYS.between(b.last, a.first);
    }

    static Map<String, Double> tfidf(Map<String, Integer> counts, Map<String, Integer> df, int n) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * Math.log((n + 1.0) / (df.getOrDefault(e.getKey(), 0) + 1.0));
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double s = Math.sqrt(norm);
        if (s > 0) {
            v.replaceAll((k, w) -> w / s);
        }
        return v;
    }

    static Map<String, Integer> headlineTerms(StoryFeatures f) {
        Map<String, Integer> out = new HashMap<>();
        String h = StoryFeatures.headline(f.title()).toLowerCase(Locale.ROOT);
        f.terms().forEach((t, k) -> {
            String plain = t.startsWith("^") ? t.substring(1) : t;
            if (k >= StoryFeatures.TITLE_WEIGHT && h.contains(plain)) {
                out.put(t, 1);
            }
        });
        return out;
    }

    static double averageLink(Pred a, Pred b, Map<String, Map<String, Double>> vectors) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.centroid.entrySet()) {
            Double o = b.centroid.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        return dot / ((double) a.members.size() * b.members.size());
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
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
        for (double w : b.values()) {
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    static PairEvidence evidence(Pred a, Pred b, long gap, double link, Map<String, Integer> df, int n) {
        Set<String> namesA = new HashSet<>();
        a.members.forEach(f -> f.terms().keySet().stream().filter(t -> t.startsWith("^")).forEach(namesA::add));
        double rare = 0;
        int shared = 0;
        Set<String> seen = new HashSet<>();
        double maxIdf = Math.log(n + 1.0);
        for (StoryFeatures f : b.members) {
            for (String t : f.terms().keySet()) {
                if (t.startsWith("^") && namesA.contains(t) && seen.add(t)) {
                    shared++;
                    rare = Math.max(rare, Math.log((n + 1.0) / (df.getOrDefault(t, 0) + 1.0)) / maxIdf);
                }
            }
        }
        List<ClaimKey> claimsA = new ArrayList<>();
        a.members.forEach(f -> claimsA.addAll(f.claims()));
        int claims = 0;
        for (StoryFeatures f : b.members) {
            for (ClaimKey k : f.claims()) {
                if (claimsA.stream().anyMatch(x -> x.matches(k) && x.low() == k.low() && x.high() == k.high())) {
                    claims++;
                }
            }
        }
        Set<String> daysA = namedDays(a);
        Set<String> daysB = namedDays(b);
        Set<String> both = new HashSet<>(daysA);
        both.retainAll(daysB);
        boolean conflict = !daysA.isEmpty() && !daysB.isEmpty() && both.isEmpty();
        int gain = 0;
        int loss = 0;
        for (Map.Entry<String, Integer> e : a.incidents.entrySet()) {
            for (Map.Entry<String, Integer> o : b.incidents.entrySet()) {
                if (e.getKey().equals(o.getKey())) {
                    gain += e.getValue() * o.getValue();
                } else {
                    loss += e.getValue() * o.getValue();
                }
            }
        }
        return new PairEvidence(a, b, a.majority().equals(b.majority()), gap, link, cosine(a.centroid, b.centroid), rare, shared,
                claims, both.size(), conflict, cosine(a.headline, b.headline), gain, loss);
    }

    /** Days (not months) the members name, other than their own publication days. */
    static Set<String> namedDays(Pred p) {
        Set<String> out = new HashSet<>();
        for (StoryFeatures f : p.members) {
            for (String d : f.eventDates()) {
                if (d.length() == 10 && (f.date() == null || !d.equals(f.date().toString()))) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    static void printQuantiles(String name, List<PairEvidence> pairs, ToDoubleFunction<PairEvidence> f) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-20s", name));
        for (boolean same : new boolean[] {true, false}) {
            double[] xs = pairs.stream().filter(p -> p.same() == same).mapToDouble(f).sorted().toArray();
            sb.append(same ? " same:" : "   different:");
            for (double q : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
                sb.append(String.format(Locale.ROOT, " %.3f", xs.length == 0 ? Double.NaN : xs[(int) Math.min(xs.length - 1, q * xs.length)]));
            }
            sb.append(String.format(Locale.ROOT, " (mean %.3f)", java.util.Arrays.stream(xs).average().orElse(Double.NaN)));
        }
        System.out.println(sb);
    }

    /** What merging every pair at or above a threshold would change (pairs counted once, no transitive merges). */
    static void sweep(String name, List<PairEvidence> pairs, ToDoubleFunction<PairEvidence> f, long goldPairs, long missed) {
        System.out.printf(Locale.ROOT, "%n  merge by %s >= t: pairs same/different, gold pairs gained, false pairs made%n", name);
        double[] ts = pairs.stream().mapToDouble(f).sorted().toArray();
        for (double q : new double[] {0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995}) {
            double t = ts[(int) Math.min(ts.length - 1, q * ts.length)];
            int s = 0;
            int d = 0;
            int gain = 0;
            int loss = 0;
            for (PairEvidence p : pairs) {
                if (f.applyAsDouble(p) >= t) {
                    if (p.same()) {
                        s++;
                    } else {
                        d++;
                    }
                    gain += p.gain();
                    loss += p.loss();
                }
            }
            System.out.printf(Locale.ROOT, "    t %.3f: %d / %d, +%d gold pairs, +%d false pairs%n", t, s, d, gain, loss);
        }
    }
}
