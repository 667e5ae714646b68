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

    /** Bootstrap resamples of {@link #f1Interval}. */
    public static final int RESAMPLES = 1000;

    /**
     * A 95 % bootstrap interval of the micro-averaged F1 over pages: {@value #RESAMPLES} resamples of the pages with
     * replacement (fixed seed), the 2.5th and 97.5th percentile. It says how far the figure could move on another
     * sample of pages like these; {0, 0} without pages.
     */
    public static double[] f1Interval(java.util.List<SnippetCounts> pages) {
        int n = pages.size();
        if (n == 0) {
            return new double[] {0, 0};
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261125L);
        double[] f1s = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            long tp = 0;
            long wrong = 0;
            for (int i = 0; i < n; i++) {
                SnippetCounts c = pages.get(random.nextInt(n));
                tp += c.tp;
                wrong += c.fp + c.fn;
            }
            f1s[r] = 2 * tp + wrong == 0 ? 0.0 : 2.0 * tp / (2 * tp + wrong);
        }
        java.util.Arrays.sort(f1s);
        return new double[] {f1s[(int) Math.floor(0.025 * (RESAMPLES - 1))], f1s[(int) Math.ceil(0.975 * (RESAMPLES - 1))]};
    }
}
