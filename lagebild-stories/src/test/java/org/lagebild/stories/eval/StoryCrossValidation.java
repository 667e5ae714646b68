package org.lagebild.stories.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Test helper: how well does the learned dated decision carry over to incidents it was not learned
 * on, without looking at TEST? Splits GVA DEV into two halves by a hash of the incident id (salted:
 * {@code -Dcv.salts=N} splits, salts 0 to N-1, or from {@code -Dcv.firstSalt=F} on), learns on one half what {@link StoryModelTraining} learns on all of
 * DEV (the regressions, with ECB+ DEV beside it, then the join and wake thresholds on that half's
 * clustering), and scores the other half; both ways. Prints per fold the F1 on the half it learned
 * on and on the held-out half, then the mean held-out F1: the cross-validated DEV F1.
 * {@code -Dl2=X} sets the penalty (default {@link StoryModelTraining#L2}); {@code -Dcfg.*} as in
 * {@link StoryClusterTuning}; {@code -Dstories.drop=a,b} leaves pair features out of the regressions;
 * {@code -Dstories.boost=join,wake} and {@code -Dboost.*} add boosted trees ({@link StoryModelTraining.learner()}). Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<test class path> org.lagebild.stories.eval.StoryCrossValidation}.
 */
public final class StoryCrossValidation {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private StoryCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        List<StoryEvaluationFeatures.Cached> all = StoryEvaluationFeatures.all(StoryEvaluationTest.GVA, StoryEvaluationTest.ECB);
        ClusterConfig c = StoryClusterTuning.withOverrides(ClusterConfig.defaults(), System.getProperties());
        List<StoryEvaluation.Labelled> gva = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "gva"), "dev");
        List<StoryEvaluation.Labelled> ecb = StoryEvaluation.split(StoryEvaluationFeatures.corpus(all, "ecbplus"), "dev");
        double l2 = Double.parseDouble(System.getProperty("l2", Double.toString(StoryModelTraining.L2)));
        int salts = Integer.parseInt(System.getProperty("cv.salts", "1"));
        int firstSalt = Integer.parseInt(System.getProperty("cv.firstSalt", "0"));
        double heldOut = 0;
        double learned = 0;
        int folds = 0;
        for (int salt = firstSalt; salt < firstSalt + salts; salt++) {
            for (int half = 0; half < 2; half++) {
                List<StoryEvaluation.Labelled> train = half(gva, salt, half == 0);
                List<StoryEvaluation.Labelled> test = half(gva, salt, half != 0);
                StoryModel fitted = StoryModelTraining.fit(train, ecb, c, l2, QUIET);
                double[] dated = StoryModelTraining.chooseDated(fitted, train, c, QUIET);
                StoryModel m = fitted.withThresholds(dated[0], StoryModel.defaults().undatedThreshold(), dated[1]);
                StoryClusterScores in = StoryEvaluation.evaluate("gva", "dev", "incident", train, c, m, false).scores();
                StoryClusterScores out = StoryEvaluation.evaluate("gva", "dev", "incident", test, c, m, false).scores();
                System.out.printf(Locale.ROOT,
                        "salt %d learn on half %d (%d articles): join %.2f wake %.2f  learned half P %.4f R %.4f F1 %.4f"
                                + "  held-out half P %.4f R %.4f F1 %.4f%n",
                        salt, half, train.size(), dated[0], dated[1], in.pairPrecision(), in.pairRecall(), in.pairF1(),
                        out.pairPrecision(), out.pairRecall(), out.pairF1());
                heldOut += out.pairF1();
                learned += in.pairF1();
                folds++;
            }
        }
        System.out.printf(Locale.ROOT, "boosting %s%n", StoryModelTraining.learner());
        System.out.printf(Locale.ROOT, "dropped %s  l2 %.1f  mean F1 learned halves %.4f  held-out halves (cross-validated DEV F1) %.4f%n",
                StoryModelTraining.dropped(), l2, learned / folds, heldOut / folds);
    }

    /** The articles of GVA DEV whose incident falls in the first ({@code first}) or second half under {@code salt}. */
    static List<StoryEvaluation.Labelled> half(List<StoryEvaluation.Labelled> dev, int salt, boolean first) {
        return StoryModelTraining.half(dev, salt, first);
    }
}
