package org.lagebild.entities.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Strict chunk-level precision, recall and F1 as the GermEval 2014 / CoNLL script computes them: a
 * predicted chunk counts only if start, end and type all match; an I- label without a matching
 * predecessor starts a new chunk. Mutable accumulator; not thread-safe.
 */
public final class ChunkScore {
    private long gold;
    private long predicted;
    private long correct;
    private long tokens;
    private final java.util.Map<String, long[]> byType = new java.util.TreeMap<>();

    /** Adds one sentence. */
    public void add(List<String> goldLabels, List<String> predictedLabels) {
        Set<String> g = chunks(goldLabels);
        Set<String> p = chunks(predictedLabels);
        gold += g.size();
        predicted += p.size();
        tokens += goldLabels.size();
        for (String c : g) {
            byType.computeIfAbsent(type(c), k -> new long[3])[0]++;
        }
        for (String c : p) {
            long[] t = byType.computeIfAbsent(type(c), k -> new long[3]);
            t[1]++;
            if (g.contains(c)) {
                correct++;
                t[2]++;
            }
        }
    }

    static Set<String> chunks(List<String> labels) {
        Set<String> out = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.size(); i++) {
            String l = i < labels.size() ? labels.get(i) : "O";
            boolean inside = l.startsWith("I-") && type != null && l.substring(2).equals(type);
            if (!inside && type != null) {
                out.add(start + ":" + i + ":" + type);
                type = null;
            }
            if (l.startsWith("B-") || (l.startsWith("I-") && !inside)) {
                start = i;
                type = l.substring(2);
            }
        }
        return out;
    }

    private static String type(String chunk) {
        return chunk.substring(chunk.lastIndexOf(':') + 1);
    }

    /** One line per type: gold, predicted, correct and F1. */
    public String byTypeReport() {
        StringBuilder b = new StringBuilder();
        byType.forEach((t, v) -> {
            double p = v[1] == 0 ? 0 : (double) v[2] / v[1];
            double r = v[0] == 0 ? 0 : (double) v[2] / v[0];
            b.append(String.format(Locale.ROOT, "%-10s gold %5d  predicted %5d  correct %5d  f1 %.3f%n", t, v[0], v[1], v[2],
                    p + r == 0 ? 0 : 2 * p * r / (p + r)));
        });
        return b.toString();
    }

    /** One line: "TYPE f1, …" for every type with gold or predicted chunks. */
    public String byTypeSummary() {
        StringBuilder b = new StringBuilder();
        byType.forEach((t, v) -> {
            double p = v[1] == 0 ? 0 : (double) v[2] / v[1];
            double r = v[0] == 0 ? 0 : (double) v[2] / v[0];
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.3f (gold %d)", t,
                    p + r == 0 ? 0 : 2 * p * r / (p + r), v[0]));
        });
        return b.toString();
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public long tokens() {
        return tokens;
    }

    /** JSON with precision, recall, f1 and the given speed. */
    public String toJson(String task, double tokensPerSecond) {
        return String.format(Locale.ROOT, "{\"task\":\"%s\",\"gold\":%d,\"predicted\":%d,\"correct\":%d,\"precision\":%.4f,"
                + "\"recall\":%.4f,\"f1\":%.4f,\"tokens_per_s\":%.0f}", task, gold, predicted, correct, precision(), recall(),
                f1(), tokensPerSecond);
    }
}
