package org.lagebild.stories.eval;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.lagebild.stories.cluster.Assignment;
import org.lagebild.stories.cluster.ClaimKey;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryFeatures;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper: where GVA <em>DEV</em> (never TEST) loses its gold pairs, incident by incident. Clusters DEV
 * with the bundled model ({@link StoryClusterer#addObserved}), then per incident counts its gold pairs and
 * the pairs lost (two of its articles in different stories), sorted by pairs lost. For the incidents losing
 * most it prints the stories the incident falls into (size, first and last day, headlines) and what each
 * smaller part shares with the largest one: capitalised names ({@code ^} terms, with their DEV document
 * frequency), headline words, named event days, quantified claims, linked entities; and for each article of
 * a smaller part the decision it got and where the largest part's story was at that moment (active,
 * dormant, not yet open) with the probability the model gave it ({@code -} when the look-up did not return
 * it). It also counts all gold pairs, kept and lost, by the shape of the split and by what the two articles share
 * (day gap, text length, rare names, rare headline words, named days, people). With {@code -Dcv.salt=S} each half
 * of DEV is clustered by the model learned on the other half ({@link StoryCrossValidation#half}, the learner of
 * {@code StoryModelTraining}): incidents the model never saw. {@code -Dfeatures=true} prints the pair features of the
 * largest part's story for each smaller part's article. Run from the module directory ({@code -Dtop=N}, default 15):
 * {@code java -Xmx3g -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.IncidentSplitTable}.
 */
public final class IncidentSplitTable {
    private IncidentSplitTable() {
    }

    /** One article's decision, with the probability the model gave the story that ends up largest. */
    record Decision(StoryEvaluation.Labelled item, Assignment assignment, Map<String, Double> probabilities,
                    Map<String, String> where, Map<String, double[]> features) {
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        ClusterConfig config = StoryClusterTuning.withOverrides(ClusterConfig.defaults(), System.getProperties());
        List<StoryEvaluation.Labelled> dev = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "gva"), "dev");
        Map<String, Map<String, List<Decision>>> byIncident = new LinkedHashMap<>();
        String salt = System.getProperty("cv.salt");
        if (salt == null) {
            byIncident.putAll(decide(dev, config, StoryModel.defaults()));
            System.out.println("bundled model, learned on all of DEV (in-sample)");
        } else {
            List<StoryEvaluation.Labelled> ecb = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "ecbplus"), "dev");
            java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
            for (int half = 0; half < 2; half++) {
                List<StoryEvaluation.Labelled> train = StoryCrossValidation.half(dev, Integer.parseInt(salt), half == 0);
                List<StoryEvaluation.Labelled> test = StoryCrossValidation.half(dev, Integer.parseInt(salt), half != 0);
                StoryModel fitted = StoryModelTraining.fit(train, ecb, config, StoryModelTraining.L2, quiet);
                double[] dated = StoryModelTraining.chooseDated(fitted, train, config, quiet);
                byIncident.putAll(decide(test, config,
                        fitted.withThresholds(dated[0], StoryModel.defaults().undatedThreshold(), dated[1])));
            }
            System.out.println("held-out halves of salt " + salt + ": each incident scored by the model learned on the other half");
        }
        Map<String, Integer> nameDf = new HashMap<>();
        Map<String, Integer> headDf = new HashMap<>();
        for (StoryEvaluation.Labelled l : dev) {
            for (String t : l.features().terms().keySet()) {
                if (t.startsWith("^")) {
                    nameDf.merge(t, 1, Integer::sum);
                }
            }
            headlineWords(l.features()).forEach(w -> headDf.merge(w, 1, Integer::sum));
        }
        long gold = 0;
        long lost = 0;
        List<String> incidents = new ArrayList<>(byIncident.keySet());
        for (String g : incidents) {
            gold += pairs(byIncident.get(g).values().stream().mapToInt(List::size).sum());
            lost += lost(byIncident.get(g));
        }
        incidents.sort(Comparator.comparingLong((String g) -> lost(byIncident.get(g))).reversed().thenComparing(g -> g));
        int top = Integer.getInteger("top", 15);
        System.out.printf(Locale.ROOT, "GVA DEV: %d incidents, gold pairs %d, lost %d (recall %.4f)%n", incidents.size(), gold,
                lost, 1 - (double) lost / gold);
        shapes(byIncident, nameDf, headDf);
        long cum = 0;
        System.out.println("rank incident   articles  pairs  lost  cum.lost  parts (sizes)");
        for (int i = 0; i < incidents.size() && lost(byIncident.get(incidents.get(i))) > 1; i++) {
            Map<String, List<Decision>> parts = byIncident.get(incidents.get(i));
            int n = parts.values().stream().mapToInt(List::size).sum();
            cum += lost(parts);
            System.out.printf(Locale.ROOT, "%4d %-10s %8d %6d %5d %9d  %s%n", i + 1, incidents.get(i), n, pairs(n), lost(parts), cum,
                    parts.values().stream().map(List::size).sorted(Comparator.reverseOrder()).toList());
        }
        for (String g : incidents.subList(0, Math.min(top, incidents.size()))) {
            describe(g, byIncident.get(g), nameDf, headDf);
        }
    }

    /** Clusters the items in order and keeps each article's decision, by incident and story. */
    static Map<String, Map<String, List<Decision>>> decide(List<StoryEvaluation.Labelled> items, ClusterConfig config,
                                                           StoryModel model) {
        StoryClusterer c = new StoryClusterer(config, model);
        Map<String, Map<String, List<Decision>>> byIncident = new LinkedHashMap<>();
        List<StoryClusterer.Candidate> scored = new ArrayList<>();
        for (StoryEvaluation.Labelled l : items) {
            scored.clear();
            Map<String, String> where = new HashMap<>();
            for (String s : byIncident.getOrDefault(l.gold().cluster(), Map.of()).keySet()) {
                where.put(s, c.whereIs(s));
            }
            Assignment a = c.addObserved(l.features(), scored);
            Map<String, Double> p = new HashMap<>();
            Map<String, double[]> x = new HashMap<>();
            scored.forEach(k -> p.put(k.storyId(), k.probability()));
            scored.forEach(k -> x.put(k.storyId(), k.features()));
            byIncident.computeIfAbsent(l.gold().cluster(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(new Decision(l, a, p, where, x));
        }
        return byIncident;
    }

    /** Pairs lost by the shape of the split: sizes of the parts, largest first. */
    private static void shapes(Map<String, Map<String, List<Decision>>> byIncident, Map<String, Integer> nameDf,
                               Map<String, Integer> headDf) {
        Map<String, long[]> evidence = new java.util.TreeMap<>();
        Map<String, long[]> byShape = new java.util.TreeMap<>();
        for (Map<String, List<Decision>> parts : byIncident.values()) {
            long l = lost(parts);
            if (l == 0) {
                continue;
            }
            List<Integer> sizes = parts.values().stream().map(List::size).sorted(Comparator.reverseOrder()).toList();
            String shape = sizes.size() > 2 ? "3+ parts" : sizes.get(1) == 1 ? (sizes.get(0) == 1 ? "[1, 1]" : "[k>1, 1]")
                    : "[a>1, b>1]";
            long[] x = byShape.computeIfAbsent(shape, k -> new long[2]);
            x[0]++;
            x[1] += l;
        }
        System.out.println("shape of the split   incidents  pairs lost");
        byShape.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-20s %9d %11d%n", k, v[0], v[1]));
        long[][] byPeople = new long[2][3];
        for (Map<String, List<Decision>> parts : byIncident.values()) {
            List<List<Decision>> ps = new ArrayList<>(parts.values());
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i; j < ps.size(); j++) {
                    for (int x = 0; x < ps.get(i).size(); x++) {
                        for (int y = i == j ? x + 1 : 0; y < ps.get(j).size(); y++) {
                            Set<String> shared = people(ps.get(i).get(x).item().features());
                            shared.retainAll(people(ps.get(j).get(y).item().features()));
                            byPeople[i == j ? 0 : 1][Math.min(2, shared.size())]++;
                            StoryFeatures a = ps.get(i).get(x).item().features();
                            StoryFeatures b = ps.get(j).get(y).item().features();
                            for (String k : evidence(a, b, nameDf, headDf)) {
                                evidence.computeIfAbsent(k, z -> new long[2])[i == j ? 0 : 1]++;
                            }
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "gold pairs sharing 0 / 1 / 2+ people (lb:per:, lb:auto:per: ids): kept %s, lost %s%n",
                java.util.Arrays.toString(byPeople[0]), java.util.Arrays.toString(byPeople[1]));
        System.out.println("gold pairs by what they share     kept   lost");
        evidence.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-30s %6d %6d%n", k, v[0], v[1]));
    }

    /** Coarse evidence classes of one pair of articles, each counted on its own. */
    private static List<String> evidence(StoryFeatures a, StoryFeatures b, Map<String, Integer> nameDf, Map<String, Integer> headDf) {
        List<String> out = new ArrayList<>();
        long gap = a.date() == null || b.date() == null ? -1 : Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.date(), b.date()));
        out.add("gap " + (gap < 0 ? "undated" : gap <= 2 ? "0-2d" : gap <= 15 ? "3-15d" : gap <= 60 ? "16-60d" : ">60d"));
        out.add(Math.min(a.terms().size(), b.terms().size()) < 40 ? "text: one has < 40 terms" : "text: both >= 40 terms");
        Set<String> names = Views.names(a);
        names.retainAll(Views.names(b));
        long rareNames = names.stream().filter(n -> nameDf.getOrDefault(n, 0) <= 10).count();
        out.add("rare names (df<=10): " + Math.min(rareNames, 3) + (rareNames >= 3 ? "+" : ""));
        Set<String> head = headlineWords(a);
        head.retainAll(headlineWords(b));
        out.add("rare headline word (df<=10): " + (head.stream().anyMatch(w -> headDf.getOrDefault(w, 0) <= 10) ? "yes" : "no"));
        Set<String> days = new TreeSet<>(a.eventDates());
        days.retainAll(b.eventDates());
        out.add("shared named day: " + (days.isEmpty() ? "no" : "yes"));
        return out;
    }

    private static Set<String> people(StoryFeatures f) {
        Set<String> out = new TreeSet<>();
        f.entities().keySet().stream().filter(e -> e.startsWith("lb:per:") || e.startsWith("lb:auto:per:")).forEach(out::add);
        return out;
    }

    private static void describe(String incident, Map<String, List<Decision>> parts, Map<String, Integer> nameDf,
                                 Map<String, Integer> headDf) {
        List<Map.Entry<String, List<Decision>>> sorted = new ArrayList<>(parts.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, List<Decision>> e) -> e.getValue().size()).reversed()
                .thenComparing(e -> e.getValue().get(0).item().features().date(), Comparator.nullsLast(Comparator.naturalOrder())));
        String main = sorted.get(0).getKey();
        List<Decision> mainPart = sorted.get(0).getValue();
        System.out.printf(Locale.ROOT, "%n== incident %s: %d stories, lost %d%n", incident, parts.size(), lost(parts));
        for (Map.Entry<String, List<Decision>> e : sorted) {
            List<Decision> part = e.getValue();
            System.out.printf(Locale.ROOT, "  story %s n=%d days %s .. %s%s%n", e.getKey(), part.size(), firstDay(part), lastDay(part),
                    e.getKey().equals(main) ? " (largest)" : "");
            for (Decision d : part) {
                StoryFeatures f = d.item().features();
                String at = d.where().containsKey(main) ? d.where().get(main) : "not open";
                Double p = d.probabilities().get(main);
                System.out.printf(Locale.ROOT, "    %s %-7s p=%.2f | largest %-8s p=%s | %d terms | %s%n", f.date(),
                        d.assignment().opened() ? "opened" : "joined", d.assignment().score(), at,
                        p == null ? "-" : String.format(Locale.ROOT, "%.2f", p), f.terms().size(), cut(StoryFeatures.headline(f.title())));
                if (p != null && !e.getKey().equals(main) && Boolean.getBoolean("features")) {
                    double[] x = d.features().get(main);
                    StringBuilder b = new StringBuilder("      features:");
                    for (int i = 0; i < x.length; i++) {
                        if (x[i] != 0) {
                            b.append(String.format(Locale.ROOT, " %s=%.2f", StoryModel.featureNames().get(i), x[i]));
                        }
                    }
                    System.out.println(b);
                }
            }
            if (!e.getKey().equals(main)) {
                System.out.println("    shares with the largest: names " + shared(part, mainPart, Views::names, nameDf, 8));
                System.out.println("      headline words " + shared(part, mainPart, IncidentSplitTable::headlineWords, headDf, 8));
                System.out.println("      event days " + shared(part, mainPart, f -> f.eventDates(), null, 6)
                        + "; claims " + shared(part, mainPart, Views::claims, null, 4)
                        + "; entities " + shared(part, mainPart, f -> f.entities().keySet(), null, 6));
            }
        }
    }

    /** What the two parts both have, rarest first when a document frequency is given. */
    private static String shared(List<Decision> a, List<Decision> b, Function<StoryFeatures, Set<String>> of,
                                 Map<String, Integer> df, int limit) {
        Set<String> x = new TreeSet<>();
        a.forEach(d -> x.addAll(of.apply(d.item().features())));
        Set<String> y = new TreeSet<>();
        b.forEach(d -> y.addAll(of.apply(d.item().features())));
        x.retainAll(y);
        List<String> out = new ArrayList<>(x);
        if (df != null) {
            out.sort(Comparator.comparingInt((String s) -> df.getOrDefault(s, 0)).thenComparing(s -> s));
            return out.stream().limit(limit).map(s -> s + "(" + df.getOrDefault(s, 0) + ")").toList() + (out.size() > limit ? "+" + (out.size() - limit) : "");
        }
        return out.stream().limit(limit).toList() + (out.size() > limit ? "+" + (out.size() - limit) : "");
    }

    static Set<String> headlineWords(StoryFeatures f) {
        Set<String> out = new TreeSet<>();
        for (String w : StoryFeatures.headline(f.title()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                out.add(w);
            }
        }
        return out;
    }

    private static LocalDate firstDay(List<Decision> part) {
        return part.stream().map(d -> d.item().features().date()).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
    }

    private static LocalDate lastDay(List<Decision> part) {
        return part.stream().map(d -> d.item().features().date()).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    }

    private static String cut(String s) {
        return s.length() <= 90 ? s : s.substring(0, 90);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static long lost(Map<String, List<Decision>> parts) {
        long n = 0;
        long within = 0;
        for (List<Decision> p : parts.values()) {
            n += p.size();
            within += pairs(p.size());
        }
        return pairs(n) - within;
    }

    /** Feature views for {@link #shared}. */
    private static final class Views {
        static Set<String> names(StoryFeatures f) {
            Set<String> out = new TreeSet<>();
            f.terms().keySet().stream().filter(t -> t.startsWith("^")).forEach(out::add);
            return out;
        }

        static Set<String> claims(StoryFeatures f) {
            Set<String> out = new TreeSet<>();
            for (ClaimKey k : f.claims()) {
                out.add(k.toString());
            }
            return out;
        }
    }
}
