package org.lagebild.stories.eval;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.lagebild.stories.cluster.TermExtractor;

/**
 * Test-scope tool: how much an incident detail ({@code IncidentDetails}) tells on the cached GVA features
 * ({@link StoryEvaluationFeatures}, DEV and TEST): the keys per kind, then over all pairs of dated articles published at
 * most 15 days apart, the share of pairs of one incident and of different incidents that share a key of each kind,
 * a capitalised-name twin ({@link TermExtractor#NAME_MARK}) or a linked entity. Run from the module directory:
 * {@code java -Xmx3g -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.IncidentDetailsShare}.
 */
public final class IncidentDetailsShare {
    private static final int DAYS = 15;

    private IncidentDetailsShare() {
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluationFeatures.Cached> gva = new ArrayList<>();
        for (StoryEvaluationFeatures.Cached c : StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB)) {
            if (c.corpus().equals("gva")) {
                gva.add(c);
            }
        }
        Map<String, Integer> keys = new TreeMap<>();
        int with = 0;
        long all = 0;
        for (StoryEvaluationFeatures.Cached c : gva) {
            with += c.details().isEmpty() ? 0 : 1;
            all += c.details().size();
            for (String k : c.details()) {
                keys.merge(kind(k), 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%d GVA articles, %d name a detail, %.2f keys each; keys by kind %s%n", gva.size(), with,
                (double) all / gva.size(), keys);

        List<StoryEvaluationFeatures.Cached> dated = new ArrayList<>(gva.stream().filter(c -> c.date() != null).toList());
        dated.sort(Comparator.comparing(StoryEvaluationFeatures.Cached::date).thenComparing(StoryEvaluationFeatures.Cached::id));
        Map<String, Function<StoryEvaluationFeatures.Cached, Set<String>>> measures = new java.util.LinkedHashMap<>();
        for (String kind : List.of("age", "named-age", "block", "address", "street", "time", "when")) {
            measures.put(kind, c -> c.details().stream().filter(k -> kind(k).equals(kind)).collect(java.util.stream.Collectors.toSet()));
        }
        measures.put("name twin", c -> c.terms().keySet().stream().filter(t -> t.startsWith(TermExtractor.NAME_MARK))
                .collect(java.util.stream.Collectors.toSet()));
        measures.put("entity", c -> c.entities().keySet());
        List<List<Set<String>>> sets = new ArrayList<>();
        for (StoryEvaluationFeatures.Cached c : dated) {
            List<Set<String>> s = new ArrayList<>();
            for (Function<StoryEvaluationFeatures.Cached, Set<String>> m : measures.values()) {
                s.add(m.apply(c));
            }
            sets.add(s);
        }
        long same = 0;
        long different = 0;
        long[] sameShared = new long[measures.size()];
        long[] differentShared = new long[measures.size()];
        for (int i = 0; i < dated.size(); i++) {
            LocalDate di = LocalDate.parse(dated.get(i).date());
            for (int j = i + 1; j < dated.size(); j++) {
                if (ChronoUnit.DAYS.between(di, LocalDate.parse(dated.get(j).date())) > DAYS) {
                    break;
                }
                boolean one = dated.get(i).cluster().equals(dated.get(j).cluster());
                if (one) {
                    same++;
                } else {
                    different++;
                }
                for (int m = 0; m < measures.size(); m++) {
                    if (shares(sets.get(i).get(m), sets.get(j).get(m))) {
                        if (one) {
                            sameShared[m]++;
                        } else {
                            differentShared[m]++;
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "pairs at most %d days apart: %d of one incident, %d of different ones%n", DAYS, same, different);
        int m = 0;
        for (String name : measures.keySet()) {
            double s = (double) sameShared[m] / same;
            double d = (double) differentShared[m] / different;
            System.out.printf(Locale.ROOT, "%-10s shared by one incident's pairs %.3f, by different incidents' %.5f, ratio %s%n", name, s, d,
                    d == 0 ? "-" : String.format(Locale.ROOT, "%.0f", s / d));
            m++;
        }
    }

    private static String kind(String key) {
        return key.substring(0, key.indexOf(':'));
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String k : small) {
            if (large.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
