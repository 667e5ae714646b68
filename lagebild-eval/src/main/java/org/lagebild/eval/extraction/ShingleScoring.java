package org.lagebild.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Scrapinghub article-extraction benchmark's scoring ({@code evaluate.py}): texts are split
 * into {@code \w+} tokens (Unicode letters, digits, underscore, case kept), turned into 4-token
 * shingles counted as a multiset (a text of fewer than 4 tokens gives one shorter shingle, an empty
 * text none), and TP/FP/FN are the multiset intersection and differences, normalised by their sum
 * so that every document weighs the same. Stateless and thread-safe.
 */
public final class ShingleScoring {

    /** Shingle length used by the benchmark. */
    public static final int SHINGLE = 4;

    /** Python's Unicode {@code \w}: str.isalnum() (letters, all numbers) or underscore; no marks. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private ShingleScoring() {
    }

    /**
     * One document's shingle counts, each divided by {@code tp + fp + fn} (all zero when both texts
     * have no tokens).
     */
    public record DocumentCounts(double tp, double fp, double fn) {

        /** The benchmark's per-document precision: 1 when FP = FN = 0, 0 when TP = FP = 0. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp == 0 && fp == 0 ? 0.0 : tp / (tp + fp);
        }

        /** The benchmark's per-document recall: 1 when FP = FN = 0, 0 when TP = FN = 0. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp == 0 && fn == 0 ? 0.0 : tp / (tp + fn);
        }

        /** Harmonic mean of this document's precision and recall (for ranking pages only). */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Corpus scores: precision is the mean over documents with TP + FP &gt; 0, recall the mean over
     * documents with TP + FN &gt; 0, F1 their harmonic mean, accuracy the share of exact token matches.
     */
    public record Scores(double precision, double recall, double f1, double accuracy, int documents) {
    }

    /** The {@code \w+} tokens of a text, in order. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The end offset (exclusive) of each {@code \w+} token of a text, in order, the tokens as {@link #tokens}. */
    public static int[] tokenEnds(String text) {
        if (text == null) {
            return new int[0];
        }
        List<Integer> ends = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            ends.add(m.end());
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The multiset of n-token shingles of a text (tokens joined by U+0000), with their counts. */
    public static Map<String, Integer> shingles(String text, int n) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - n + 1);
        for (int i = 0; i < last && i < tokens.size(); i++) {
            String key = String.join("\u0000", tokens.subList(i, Math.min(tokens.size(), i + n)));
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    /** Matches one predicted text against its gold text ({@code null} counts as empty). */
    public static DocumentCounts match(String gold, String predicted) {
        Map<String, Integer> g = shingles(gold, SHINGLE);
        Map<String, Integer> p = shingles(predicted, SHINGLE);
        Set<String> keys = new HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String k : keys) {
            int gc = g.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new DocumentCounts(tp / sum, fp / sum, fn / sum) : new DocumentCounts(0, 0, 0);
    }

    /** True when both texts have exactly the same token sequence (the benchmark's accuracy). */
    public static boolean exactMatch(String gold, String predicted) {
        return tokens(gold).equals(tokens(predicted));
    }

    /**
     * Aggregates per-document counts into corpus scores.
     *
     * @param exactMatches how many of the documents matched exactly (for accuracy)
     */
    public static Scores aggregate(List<DocumentCounts> docs, int exactMatches) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        for (DocumentCounts d : docs) {
            if (d.tp() + d.fp() > 0) {
                pSum += d.precision();
                pN++;
            }
            if (d.tp() + d.fn() > 0) {
                rSum += d.recall();
                rN++;
            }
        }
        double p = pN == 0 ? 0.0 : pSum / pN;
        double r = rN == 0 ? 0.0 : rSum / rN;
        double f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        double acc = docs.isEmpty() ? 0.0 : (double) exactMatches / docs.size();
        return new Scores(p, r, f1, acc, docs.size());
    }
}
