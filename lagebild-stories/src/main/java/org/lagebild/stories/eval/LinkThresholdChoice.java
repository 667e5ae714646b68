package org.lagebild.stories.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Chooses the consolidation's average-link threshold ({@code linkThreshold} of {@code story-merge.tsv},
 * {@link org.lagebild.stories.cluster.StoryClusterer#consolidate()}) on labelled undated articles:
 * ECB+ topic pairwise F1 is measured over {@link StoryModelTraining#ORDERS} orders for every value of
 * {@link #GRID}, averaged with its grid neighbours, and the <em>strictest</em> (highest) value whose
 * average lies within {@link #TOLERANCE} of the best is taken.
 *
 * <p>Why the strictest and not the best: the F1 surface is flat near its top, and where in that flat
 * stretch the best point falls depends on which topics of one kind happen to be in the labelled set.
 * Chosen on half of ECB+ DEV's topics, the best point was as low as 0.020 and merged topics of the
 * other half (held-out precision 0.917); the strictest value within 0.003 of the best carried better
 * ({@code UndatedCrossValidation}, lagebild-stories/README.md). Stateless.
 */
public final class LinkThresholdChoice {
    /** The thresholds tried. */
    public static final double[] GRID = {0.020, 0.025, 0.030, 0.032, 0.034, 0.036, 0.038, 0.040, 0.042, 0.044, 0.046, 0.048, 0.050, 0.055};
    /** How far below the best neighbourhood mean the chosen threshold's may lie. */
    public static final double TOLERANCE = 0.003;

    private LinkThresholdChoice() {
    }

    /** The rule with the chosen link threshold for {@code model} on {@code ecb} (undated articles, gold = topic); prints the sweep. */
    public static StoryMerger.Rule choose(StoryModel model, List<StoryEvaluation.Labelled> ecb, ClusterConfig config,
                                          StoryMerger.Rule rule, PrintStream out) {
        return choose(model, ecb, config, rule, TOLERANCE, out);
    }

    /** Like {@link #choose(StoryModel, List, ClusterConfig, StoryMerger.Rule, PrintStream)} with another tolerance (0: the best point, the strictest of ties). */
    public static StoryMerger.Rule choose(StoryModel model, List<StoryEvaluation.Labelled> ecb, ClusterConfig config,
                                          StoryMerger.Rule rule, double tolerance, PrintStream out) {
        double[] f1 = new double[GRID.length];
        for (int i = 0; i < GRID.length; i++) {
            StoryMerger.Rule r = withLink(rule, GRID[i]);
            for (int seed = 0; seed < StoryModelTraining.ORDERS; seed++) {
                f1[i] += StoryEvaluation.evaluate("ecbplus", "dev", "topic", StoryEvaluation.shuffled(ecb, seed), config, model, r, false)
                        .scores().pairF1() / StoryModelTraining.ORDERS;
            }
            out.printf(Locale.ROOT, "linkThreshold %.3f  ECB+ topic pairwise F1 %.4f (mean of %d orders)%n", GRID[i], f1[i],
                    StoryModelTraining.ORDERS);
        }
        double chosen = GRID[strictestNearBest(f1, tolerance)];
        out.printf(Locale.ROOT, "chosen linkThreshold %.3f%n", chosen);
        return withLink(rule, chosen);
    }

    /**
     * The highest index whose mean with its neighbours ({@code f1[i-1..i+1]} within bounds) is at
     * least the best such mean minus {@code tolerance}; {@code f1} must not be empty.
     */
    static int strictestNearBest(double[] f1, double tolerance) {
        double[] smooth = new double[f1.length];
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < f1.length; i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - 1); j <= Math.min(f1.length - 1, i + 1); j++) {
                sum += f1[j];
                n++;
            }
            smooth[i] = sum / n;
            best = Math.max(best, smooth[i]);
        }
        for (int i = f1.length - 1; i >= 0; i--) {
            if (smooth[i] >= best - tolerance) {
                return i;
            }
        }
        throw new IllegalArgumentException("no scores");
    }

    /** The rule with another link threshold. */
    public static StoryMerger.Rule withLink(StoryMerger.Rule r, double link) {
        return r.with(java.util.Map.of("linkThreshold", link));
    }
}
