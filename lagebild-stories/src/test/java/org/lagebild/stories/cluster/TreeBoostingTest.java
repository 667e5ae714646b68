package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TreeBoostingTest {
    private static final int D = PairFeatures.NAMES.size();
    private static final int TEXT = PairFeatures.NAMES.indexOf("text");
    private static final int CLOSE = PairFeatures.NAMES.indexOf("close");
    private static final int[] ALL = IntStream.range(0, D).toArray();

    /** y = 1 when text and close are both high (an interaction no single weight expresses), with 5 % label noise. */
    private static List<double[]> interaction(Random r, boolean[] y) {
        List<double[]> x = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            double[] row = new double[D];
            for (int j = 0; j < D; j++) {
                row[j] = r.nextDouble();
            }
            x.add(row);
            y[i] = (row[TEXT] > 0.5 && row[CLOSE] > 0.5) != (r.nextDouble() < 0.05);
        }
        return x;
    }

    private static double accuracy(List<double[]> x, boolean[] y, StoryModel.Weights w) {
        int right = 0;
        for (int i = 0; i < y.length; i++) {
            right += (w.probability(x.get(i)) >= 0.5) == y[i] ? 1 : 0;
        }
        return right / (double) y.length;
    }

    @Test
    void treesLearnAnInteractionTheRegressionCannot() {
        boolean[] y = new boolean[3000];
        List<double[]> x = interaction(new Random(3), y);
        boolean[] yTest = new boolean[2000];
        List<double[]> xTest = interaction(new Random(4), yTest);
        double[] w = new double[y.length];
        java.util.Arrays.fill(w, 1);
        LogisticRegression.Fit lr = LogisticRegression.fit(x, y, null, 1.0);
        StoryModel.Weights regression = StoryModel.Weights.of(lr.bias(), lr.weights());
        double[] base = x.stream().mapToDouble(regression::logOdds).toArray();
        TreeBoosting.Params p = new TreeBoosting.Params(50, 2, 0.3, 20, 1);
        StoryModel.Weights boosted = regression.withTrees(TreeBoosting.fit(x, y, w, base, ALL, p));
        assertEquals(50, boosted.trees().size());
        double before = accuracy(xTest, yTest, regression);
        double after = accuracy(xTest, yTest, boosted);
        assertTrue(after > 0.92 && after > before + 0.03, "held-out accuracy " + before + " -> " + after);
        // the same data give the same trees
        assertEquals(boosted.trees(), TreeBoosting.fit(x, y, w, base, ALL, p));
    }

    @Test
    void treesSplitOnlyOnTheGivenColumnsAndKeepTheLeafSize() {
        boolean[] y = new boolean[1000];
        List<double[]> x = interaction(new Random(5), y);
        double[] w = new double[y.length];
        java.util.Arrays.fill(w, 1);
        BoostedTrees t = TreeBoosting.fit(x, y, w, new double[y.length], new int[] {CLOSE}, new TreeBoosting.Params(10, 3, 0.1, 300, 1));
        for (BoostedTrees.Node k : t.nodes()) {
            assertTrue(k.feature() == -1 || k.feature() == CLOSE, "split on a column not given: " + k);
        }
        // with 1,000 examples and at least 300 a leaf, a tree has at most 3 leaves
        for (int tree = 0; tree < t.size(); tree++) {
            final int tr = tree;
            assertTrue(t.nodes().stream().filter(k -> k.tree() == tr && k.feature() < 0).count() <= 3);
        }
    }

    @Test
    void aModelWithTreesRoundTripsThroughItsFileExactly() throws IOException {
        boolean[] y = new boolean[800];
        List<double[]> x = interaction(new Random(6), y);
        double[] w = new double[y.length];
        java.util.Arrays.fill(w, 1);
        StoryModel.Weights plain = StoryModel.defaults().join().withTrees(BoostedTrees.NONE);
        double[] base = x.stream().mapToDouble(plain::logOdds).toArray();
        StoryModel.Weights join = plain.withTrees(TreeBoosting.fit(x, y, w, base, ALL, new TreeBoosting.Params(20, 3, 0.1, 10, 1)));
        StoryModel.Weights wake = StoryModel.defaults().wake().withTrees(BoostedTrees.NONE);
        StoryModel m = new StoryModel(join, StoryModel.defaults().undatedJoin(), wake, 0.4, 0.55, 0.4);
        String text = m.toTsv("test");
        assertTrue(text.contains("\njoin.tree\t0\t0\t"), text);
        StoryModel back = StoryModel.parse(new BufferedReader(new StringReader(text)), "round trip");
        assertEquals(join.trees(), back.join().trees());
        assertEquals(0, back.wake().trees().size());
        for (double[] row : x) {
            assertEquals(m.join().trees().score(row), back.join().trees().score(row), 0.0);
        }
        assertEquals(text, back.toTsv("test"));
        // a model without trees writes no tree section (the format of the plain model is unchanged)
        assertTrue(!new StoryModel(plain, StoryModel.defaults().undatedJoin(), wake, 0.4, 0.55, 0.4).toTsv("x").contains(".tree"));
        // a broken tree line fails loudly
        String broken = text.replaceFirst("\njoin\\.tree\t0\t0\t\\w+", "\njoin.tree\t0\t0\tnoSuchFeature");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StoryModel.parse(new BufferedReader(new StringReader(broken)), "broken"));
        assertTrue(e.getMessage().contains("noSuchFeature"), e.getMessage());
        int line = (int) text.substring(0, text.indexOf("\njoin.tree") + 1).chars().filter(ch -> ch == '\n').count() + 1;
        assertTrue(e.getMessage().startsWith("broken:" + line + ": "), e.getMessage());
        String notANumber = text.replaceFirst("\njoin\\.tree\t0\t0\t(\\w+)\t[^\t]+", "\njoin.tree\t0\t0\t$1\tx");
        e = assertThrows(IllegalStateException.class,
                () -> StoryModel.parse(new BufferedReader(new StringReader(notANumber)), "broken"));
        assertTrue(e.getMessage().startsWith("broken:" + line + ": not a number"), e.getMessage());
    }

    @Test
    void theTrainerBoostsOnlyTheNamedRegressions() {
        Map<String, String> gold = new HashMap<>();
        StoryModelTrainer t = new StoryModelTrainer(ClusterConfig.defaults(), Set.of("names"));
        List<StoryFeatures> stream = StoryClustererTest.background(150, 3, StoryClustererTest.D);
        stream.forEach(f -> gold.put(f.articleId(), f.articleId()));
        t.addStream(stream, gold, 1);
        StoryModel plain = t.fit(1.0, 0.5, 0.5, 0.9);
        StoryModel boosted = t.fit(1.0, new StoryModelTrainer.Learner(Set.of("join"), true,
                new TreeBoosting.Params(5, 2, 0.1, 5, 1)), 0.5, 0.5, 0.9);
        assertEquals(plain.undatedJoin(), boosted.undatedJoin());
        assertEquals(plain.wake(), boosted.wake());
        assertEquals(plain.join().weights(), boosted.join().weights());
        int names = PairFeatures.NAMES.indexOf("names");
        assertTrue(boosted.join().trees().nodes().stream().noneMatch(k -> k.feature() == names), "a left-out feature is not split on");
        assertThrows(IllegalArgumentException.class, () -> new StoryModelTrainer.Learner(Set.of("jion"), true,
                new TreeBoosting.Params(5, 2, 0.1, 5, 1)));
    }

    @Test
    void theBundledModelCarriesTheTreesTheTrainingGrows() {
        StoryModel m = StoryModel.defaults();
        int trees = org.lagebild.stories.eval.StoryModelTraining.LEARNER.params().trees();
        assertEquals(trees, m.join().trees().size());
        assertEquals(trees, m.wake().trees().size());
        assertEquals(0, m.undatedJoin().trees().size(), "the undated decision (ECB+) stays a plain regression");
        // the trees move the decision: some pair's probability differs from the regression's alone
        double[] x = new double[D];
        x[TEXT] = 0.3;
        x[CLOSE] = 0.9;
        assertTrue(m.join().trees().score(x) != 0.0);
    }
}
