package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ListwiseRegressionTest {
    @Test
    void ranksTheGoldCandidateFirstAndSaysNewWhenNoneFits() {
        // groups of 3 candidates; the gold one (if any) has the highest first feature, the second is noise;
        // in a third of the groups no candidate is gold and all score low
        Random r = new Random(11);
        List<double[]> x = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int g = 0; g < 600; g++) {
            boolean none = g % 3 == 0;
            int gold = r.nextInt(3);
            for (int k = 0; k < 3; k++) {
                boolean isGold = !none && k == gold;
                x.add(new double[] {isGold ? 0.6 + 0.4 * r.nextDouble() : 0.5 * r.nextDouble(), r.nextDouble()});
                group.add(g);
                y.add(isGold);
            }
        }
        boolean[] labels = new boolean[y.size()];
        double[] w = new double[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
            w[i] = 1;
        }
        LogisticRegression.Fit fit = ListwiseRegression.fit(x, group.stream().mapToInt(Integer::intValue).toArray(), labels, w, 1.0);
        assertTrue(fit.weights()[0] > 5, "the telling feature weighs: " + fit.weights()[0]);
        assertTrue(Math.abs(fit.weights()[1]) < fit.weights()[0] / 5, "noise weighs little: " + fit.weights()[1]);
        double low = fit.bias() + fit.weights()[0] * 0.3 + fit.weights()[1] * 0.5;
        double high = fit.bias() + fit.weights()[0] * 0.8 + fit.weights()[1] * 0.5;
        assertTrue(low < 0 && high > 0, "a weak candidate loses to a new story, a strong one wins: " + low + " " + high);
        // deterministic
        LogisticRegression.Fit again = ListwiseRegression.fit(x, group.stream().mapToInt(Integer::intValue).toArray(), labels, w, 1.0);
        assertEquals(fit.bias(), again.bias(), 0.0);
    }
}
