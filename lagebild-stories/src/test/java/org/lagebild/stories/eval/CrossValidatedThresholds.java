package org.lagebild.stories.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper, GVA <em>DEV</em> only: are the dated join and wake thresholds better chosen on
 * held-out incidents than on the incidents the regressions were learned on? For each of
 * {@code -Dcv.salts=N} (4) splits of GVA DEV into halves by incident ({@link StoryCrossValidation#half}),
 * both ways, it learns the regressions on one half ({@link StoryModelTraining#fit}) and computes the
 * threshold grid ({@link StoryModelTraining#datedGrid}) on that half (<em>in-sample</em>) and on the
 * other (<em>held-out</em>). Then, per split (leave one split out):
 * <ul>
 *   <li>{@code in-sample}: the thresholds {@link StoryModelTraining#bestOfGrid} picks from the fold's own
 *   in-sample grid (what the training does now), scored on the fold's held-out half;</li>
 *   <li>{@code cross-validated}: the thresholds picked from the mean held-out grid of the <em>other</em>
 *   splits' folds, scored on this split's held-out halves.</li>
 * </ul>
 * The held-out F1 of both, averaged over folds, is the comparison; the thresholds picked from the mean
 * held-out grid of all folds are what a model learned on all of DEV would use. Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.CrossValidatedThresholds}.
 */
public final class CrossValidatedThresholds {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private CrossValidatedThresholds() {
    }

    /** One fold's grids. */
    record Fold(int salt, int half, double[][] inSample, double[][] heldOut) {
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        ClusterConfig c = StoryClusterTuning.withOverrides(ClusterConfig.defaults(), System.getProperties());
        List<StoryEvaluation.Labelled> gva = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "gva"), "dev");
        List<StoryEvaluation.Labelled> ecb = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "ecbplus"), "dev");
        int salts = Integer.getInteger("cv.salts", 4);
        List<Fold> folds = new ArrayList<>();
        for (int salt = 0; salt < salts; salt++) {
            for (int half = 0; half < 2; half++) {
                List<StoryEvaluation.Labelled> train = StoryCrossValidation.half(gva, salt, half == 0);
                List<StoryEvaluation.Labelled> test = StoryCrossValidation.half(gva, salt, half != 0);
                StoryModel fitted = StoryModelTraining.fit(train, ecb, c, StoryModelTraining.L2, QUIET);
                folds.add(new Fold(salt, half, StoryModelTraining.datedGrid(fitted, train, c, QUIET),
                        StoryModelTraining.datedGrid(fitted, test, c, QUIET)));
                System.out.printf(Locale.ROOT, "salt %d half %d done%n", salt, half);
            }
        }
        double[] joins = StoryModelTraining.joinGrid();
        double[] wakes = StoryModelTraining.wakeGrid();
        double inSample = 0;
        double crossValidated = 0;
        for (Fold f : folds) {
            double[] own = StoryModelTraining.bestOfGrid(f.inSample());
            double[] other = StoryModelTraining.bestOfGrid(mean(folds.stream().filter(g -> g.salt() != f.salt()).map(Fold::heldOut).toList()));
            double ownF1 = at(f.heldOut(), joins, wakes, own);
            double otherF1 = at(f.heldOut(), joins, wakes, other);
            inSample += ownF1 / folds.size();
            crossValidated += otherF1 / folds.size();
            System.out.printf(Locale.ROOT, "salt %d half %d  in-sample choice join %.2f wake %.2f held-out F1 %.4f   "
                            + "cross-validated choice join %.2f wake %.2f held-out F1 %.4f%n",
                    f.salt(), f.half(), own[0], own[1], ownF1, other[0], other[1], otherF1);
        }
        double[][] meanHeldOut = mean(folds.stream().map(Fold::heldOut).toList());
        double[][] meanInSample = mean(folds.stream().map(Fold::inSample).toList());
        double[] chosen = StoryModelTraining.bestOfGrid(meanHeldOut);
        System.out.printf(Locale.ROOT, "mean held-out F1: thresholds chosen in-sample %.4f, cross-validated %.4f (%d folds)%n",
                inSample, crossValidated, folds.size());
        System.out.printf(Locale.ROOT, "from the mean held-out grid of all folds: join %.2f wake %.2f (neighbourhood mean %.4f)%n",
                chosen[0], chosen[1], chosen[2]);
        StoryModel bundled = StoryModel.defaults();
        for (double[] t : List.of(new double[] {bundled.threshold(), bundled.wakeThreshold()}, chosen)) {
            StoryModel m = bundled.withThresholds(t[0], bundled.undatedThreshold(), t[1]);
            StoryClusterScores g = StoryEvaluation.evaluate("gva", "dev", "incident", gva, c, m, false).scores();
            StoryClusterScores e = StoryEvaluation.evaluate("ecbplus", "dev", "topic", ecb, c, m, false).scores();
            System.out.printf(Locale.ROOT, "bundled model (learned on all of DEV) at join %.2f wake %.2f: GVA DEV P %.4f R %.4f F1 %.4f, ECB+ DEV topic F1 %.4f%n",
                    t[0], t[1], g.pairPrecision(), g.pairRecall(), g.pairF1(), e.pairF1());
        }
        System.out.println("mean grids, held-out / in-sample (rows join, columns wake " + java.util.Arrays.toString(wakes) + "):");
        for (int i = 0; i < joins.length; i++) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %.2f", joins[i]));
            for (int j = 0; j < wakes.length; j++) {
                sb.append(Double.isNaN(meanHeldOut[i][j]) ? "       -      " : String.format(Locale.ROOT, " %.4f/%.4f", meanHeldOut[i][j], meanInSample[i][j]));
            }
            System.out.println(sb);
        }
    }

    static double[][] mean(List<double[][]> grids) {
        double[][] m = new double[grids.get(0).length][grids.get(0)[0].length];
        for (double[][] g : grids) {
            for (int i = 0; i < m.length; i++) {
                for (int j = 0; j < m[i].length; j++) {
                    m[i][j] += g[i][j] / grids.size();
                }
            }
        }
        return m;
    }

    static double at(double[][] grid, double[] joins, double[] wakes, double[] thresholds) {
        for (int i = 0; i < joins.length; i++) {
            for (int j = 0; j < wakes.length; j++) {
                if (joins[i] == thresholds[0] && wakes[j] == thresholds[1]) {
                    return grid[i][j];
                }
            }
        }
        throw new IllegalArgumentException("not on the grid: " + java.util.Arrays.toString(thresholds));
    }
}
