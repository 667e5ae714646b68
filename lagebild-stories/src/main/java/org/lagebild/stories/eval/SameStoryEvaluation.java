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
import org.lagebild.stories.cluster.CrossLanguageJoin;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryFeatures;

/**
 * "Same story" on the SemEval 2022 pairs, decided by the story clusterer: each pair is a stream of two
 * articles into a fresh clusterer, and the pair counts as one story when the second joins the first's
 * story. Gold: the annotators' overall rating ≤ 1.5. Only the languages the pipeline annotates (German
 * and English) are scored. Unlike the near-duplicate check, this is what the pairs were rated for:
 * separate write-ups of one event. Pairs of two languages are also counted in two halves by a hash of
 * the pair id ({@link Result#halves()}): few of them are positive, and the halves show the spread. With
 * {@code -DsameStory.verbose=true} every cross-language pair is printed to standard error with the
 * language-independent evidence (entities, claims, days, shared people, entity cosine).
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

    /**
     * All pairings and the total; {@code halves}: each pairing of two languages again, split in two by
     * a hash of the pair id ("de-en/0", "de-en/1"), so that the spread of a small sample shows.
     */
    public record Result(List<Counts> byLanguage, Counts total, List<Counts> halves) {
        public String toJson() {
            StringBuilder b = new StringBuilder("{\"sameStory\":{");
            for (Counts c : byLanguage) {
                b.append('"').append(c.langs()).append("\":").append(json(c)).append(',');
            }
            b.append("\"all\":").append(json(total));
            for (Counts c : halves) {
                b.append(",\"").append(c.langs()).append("\":").append(json(c));
            }
            b.append("}}");
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
        Map<String, int[]> halves = new TreeMap<>();
        int[] all = new int[4];
        for (DuplicateEvaluation.PairText p : DuplicateEvaluation.pairTexts(dir)) {
            if (!LANGUAGES.contains(p.lang1()) || !LANGUAGES.contains(p.lang2())) {
                continue;
            }
            Document a = annotator.apply(raw(p.id() + "-1", p.text1(), p.lang1()));
            Document b = annotator.apply(raw(p.id() + "-2", p.text2(), p.lang2()));
            StoryClusterer c = new StoryClusterer(config);
            StoryFeatures fa = StoryFeatures.of(a, null);
            StoryFeatures fb = StoryFeatures.of(b, null);
            c.add(fa);
            List<StoryClusterer.Candidate> weighed = new ArrayList<>();
            Assignment second = VERBOSE ? c.addObserved(fb, weighed) : c.add(fb);
            boolean predicted = !second.opened();
            if (VERBOSE && !p.lang1().equals(p.lang2())) {
                System.err.println(describe(p, fa, fb, second) + String.format(Locale.ROOT, "%n  half %d actors %d entity %s claims %s days %s",
                        half(p.id()), CrossLanguageJoin.defaults().sharedActors(fb.entities(), fa.entities()),
                        weighed.stream().map(w -> String.format(Locale.ROOT, "%.3f", w.features()[2])).toList(),
                        weighed.stream().map(w -> String.format(Locale.ROOT, "%.3f", w.features()[4])).toList(),
                        weighed.stream().map(w -> String.format(Locale.ROOT, "%.3f", w.features()[5])).toList()));
            }
            String langs = p.lang1() + "-" + p.lang2();
            int[] k = counts.computeIfAbsent(langs, x -> new int[4]);
            List<int[]> into = new ArrayList<>(List.of(k, all));
            if (!p.lang1().equals(p.lang2())) {
                into.add(halves.computeIfAbsent(langs + "/" + half(p.id()), x -> new int[4]));
            }
            for (int[] t : into) {
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
        List<Counts> split = new ArrayList<>();
        halves.forEach((l, k) -> split.add(new Counts(l, k[0], k[1], k[2], k[3])));
        return new Result(by, new Counts("all", all[0], all[1], all[2], all[3]), split);
    }

    /** 0 or 1 by a hash of the pair id (FNV-1a of its UTF-8 bytes): fixed across runs and JVMs. */
    static int half(String id) {
        int h = 0x811c9dc5;
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x01000193;
        }
        return (h >>> 16 ^ h) & 1;
    }

    private static final boolean VERBOSE = Boolean.getBoolean("sameStory.verbose");

    /** One cross-language pair for error analysis: gold, decision, and the language-independent evidence of both texts. */
    private static String describe(DuplicateEvaluation.PairText p, StoryFeatures a, StoryFeatures b, Assignment second) {
        Set<String> shared = new java.util.TreeSet<>(a.entities().keySet());
        shared.retainAll(b.entities().keySet());
        return String.format(Locale.ROOT, "%s %s-%s overall %.2f gold %s joined %s p %.3f dates %s %s%n  shared %s%n  A %s %s %s%n    %s%n  B %s %s %s%n    %s",
                p.id(), p.lang1(), p.lang2(), p.overall(), p.same(), !second.opened(), second.score(), a.date(), b.date(), shared,
                a.entities(), a.claims(), a.eventDates(), a.title(),
                b.entities(), b.claims(), b.eventDates(), b.title());
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
