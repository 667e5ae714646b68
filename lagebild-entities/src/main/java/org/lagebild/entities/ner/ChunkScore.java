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

    /** Adds one sentence. */
    public void add(List<String> goldLabels, List<String> predictedLabels) {
        Set<String> g = chunks(goldLabels);
        Set<String> p = chunks(predictedLabels);
        gold += g.size();
        predicted += p.size();
        tokens += goldLabels.size();
        for (String c : p) {
            if (g.contains(c)) {
                correct++;
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
