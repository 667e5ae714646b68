package org.lagebild.stories.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.lagebild.model.Document;
import org.lagebild.stories.cluster.Assignment;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryFeatures;

/**
 * "Same story" on the SemEval 2022 pairs, decided by the story clusterer: each pair is a stream of two
 * articles into a fresh clusterer, and the pair counts as one story when the second joins the first's
 * story. Gold: the annotators' overall rating ≤ 1.5. Only the languages the pipeline annotates (German
 * and English) are scored. Unlike the near-duplicate check, this is what the pairs were rated for:
 * separate write-ups of one event.
 */
public final class SameStoryEvaluation {
    private static final Set<String> LANGUAGES = Set.of("de", "en");

    private SameStoryEvaluation() {
    }

    /** Counts for one language pairing. */
    public record Counts(String langs, int pairs, int positives, int tp, int fp) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return positives == 0 ? 1.0 : (double) tp / positives;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** All pairings and the total. */
    public record Result(List<Counts> byLanguage, Counts total) {
        public String toJson() {
            StringBuilder b = new StringBuilder("{\"sameStory\":{");
            for (Counts c : byLanguage) {
                b.append('"').append(c.langs()).append("\":").append(json(c)).append(',');
            }
            b.append("\"all\":").append(json(total)).append("}}");
            return b.toString();
        }

        private static String json(Counts c) {
            return String.format(Locale.ROOT, "{\"pairs\":%d,\"positives\":%d,\"tp\":%d,\"fp\":%d,\"precision\":%.4f,"
                    + "\"recall\":%.4f,\"f1\":%.4f}", c.pairs(), c.positives(), c.tp(), c.fp(), c.precision(), c.recall(), c.f1());
        }
    }

    /** Annotates each text with {@code annotator} (raw text → document) and clusters each pair. */
    public static Result run(Path dir, Function<StoryRawText, Document> annotator, ClusterConfig config) throws IOException {
        Map<String, int[]> counts = new TreeMap<>();
        int[] all = new int[4];
        for (DuplicateEvaluation.PairText p : DuplicateEvaluation.pairTexts(dir)) {
            if (!LANGUAGES.contains(p.lang1()) || !LANGUAGES.contains(p.lang2())) {
                continue;
            }
            Document a = annotator.apply(raw(p.id() + "-1", p.text1(), p.lang1()));
            Document b = annotator.apply(raw(p.id() + "-2", p.text2(), p.lang2()));
            StoryClusterer c = new StoryClusterer(config);
            c.add(StoryFeatures.of(a, null));
            Assignment second = c.add(StoryFeatures.of(b, null));
            boolean predicted = !second.opened();
            int[] k = counts.computeIfAbsent(p.lang1() + "-" + p.lang2(), x -> new int[4]);
            for (int[] t : List.of(k, all)) {
                t[0]++;
                if (p.same()) {
                    t[1]++;
                }
                if (predicted && p.same()) {
                    t[2]++;
                } else if (predicted) {
                    t[3]++;
                }
            }
        }
        List<Counts> by = new ArrayList<>();
        counts.forEach((l, k) -> by.add(new Counts(l, k[0], k[1], k[2], k[3])));
        return new Result(by, new Counts("all", all[0], all[1], all[2], all[3]));
    }

    /** The first line is the title when it is short, as in the pairs' texts. */
    private static StoryRawText raw(String id, String text, String lang) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        String title = nl > 0 && nl < 200 ? t.substring(0, nl).strip() : "";
        String body = nl > 0 && nl < 200 ? t.substring(nl + 1).strip() : t;
        return new StoryRawText(id, title, body.isEmpty() ? t : body, null, null, lang);
    }
}
