package org.lagebild.eval.extraction;

/**
 * Confusion counts of the trafilatura snippet benchmark: {@code tp} "with" snippets found,
 * {@code fn} "with" snippets missing, {@code fp} "without" snippets found, {@code tn} "without"
 * snippets absent. Scores are 0.0 when their denominator is empty, as in the benchmark. Immutable.
 */
public record SnippetCounts(int tp, int fp, int fn, int tn) {

    /** No snippets. */
    public static final SnippetCounts ZERO = new SnippetCounts(0, 0, 0, 0);

    public SnippetCounts {
        if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
            throw new IllegalArgumentException("negative count: " + tp + "/" + fp + "/" + fn + "/" + tn);
        }
    }

    /** The element-wise sum (micro-aggregation). */
    public SnippetCounts plus(SnippetCounts o) {
        return new SnippetCounts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    public int total() {
        return tp + fp + fn + tn;
    }

    /** TP / (TP + FP). */
    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    /** TP / (TP + FN). */
    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    /** (TP + TN) / all snippets. */
    public double accuracy() {
        return total() == 0 ? 0.0 : (double) (tp + tn) / total();
    }

    /** 2TP / (2TP + FP + FN), the harmonic mean of precision and recall. */
    public double f1() {
        int d = 2 * tp + fp + fn;
        return d == 0 ? 0.0 : 2.0 * tp / d;
    }
}
