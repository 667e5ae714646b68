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
import org.junit.jupiter.api.Test;

class StoryModelTest {
    @Test
    void logisticRegressionRecoversAKnownRule() {
        // y = 1 when 3·x0 − 2·x1 + noise > 0.5: the fitted weights keep signs and ratio
        Random r = new Random(7);
        List<double[]> x = new ArrayList<>();
        boolean[] y = new boolean[2000];
        for (int i = 0; i < y.length; i++) {
            double a = r.nextDouble();
            double b = r.nextDouble();
            x.add(new double[] {a, b, r.nextDouble()});
            y[i] = 3 * a - 2 * b + 0.3 * r.nextGaussian() > 0.5;
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, null, 1.0);
        double[] w = fit.weights();
        assertTrue(w[0] > 5 && w[1] < -3, java.util.Arrays.toString(w));
        assertEquals(-2.0 / 3, w[1] / w[0], 0.1, "ratio of the weights");
        assertTrue(Math.abs(w[2]) < Math.abs(w[1]) / 5, "the noise feature weighs little: " + w[2]);
        assertTrue(fit.logLoss() < 0.3, "log loss " + fit.logLoss());
    }

    @Test
    void bundledModelParsesAndRoundTrips() throws IOException {
        StoryModel m = StoryModel.defaults();
        assertTrue(m.threshold() > 0 && m.threshold() < 1 && m.wakeThreshold() > 0);
        StoryModel back = StoryModel.parse(new BufferedReader(new StringReader(m.toTsv("test"))), "round trip");
        assertEquals(m.threshold(), back.threshold(), 1e-4);
        for (int i = 0; i < StoryModel.featureNames().size(); i++) {
            assertEquals(m.join().weights().get(i), back.join().weights().get(i), 1e-6);
            assertEquals(m.wake().weights().get(i), back.wake().weights().get(i), 1e-6);
        }
        // more shared text says "same story" more strongly, all else equal
        double[] low = new double[StoryModel.featureNames().size()];
        double[] high = low.clone();
        high[StoryModel.featureNames().indexOf("text")] = 0.8;
        assertTrue(m.join().probability(high) > m.join().probability(low));
    }

    @Test
    void aModelFileWithAMissingWeightFailsLoudly() {
        String text = StoryModel.defaults().toTsv("x").replaceAll("(?m)^join\\.names\\t.*\\n", "");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StoryModel.parse(new BufferedReader(new StringReader(text)), "broken"));
        assertTrue(e.getMessage().contains("join.names"), e.getMessage());
    }

    @Test
    void trainerLearnsFromGoldReplayAndTheModelClustersLikeTheGold() {
        Map<String, String> gold = new HashMap<>();
        List<StoryFeatures> stream = twoStories(gold);
        StoryModelTrainer t = new StoryModelTrainer(ClusterConfig.defaults());
        t.addStream(stream, gold, 1);
        assertTrue(t.positives() >= 25, "positives " + t.positives());
        assertTrue(t.examples() > t.positives(), "negatives too");
        StoryModel m = t.fit(1.0, 0.5, 0.5, 0.9);
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults(), m);
        Map<String, String> story = new HashMap<>();
        for (StoryFeatures f : stream) {
            story.put(f.articleId(), c.add(f).storyId());
        }
        assertEquals(story.get("quake0"), story.get("quake28"));
        assertEquals(story.get("vote1"), story.get("vote29"));
        assertTrue(!story.get("quake0").equals(story.get("vote1")));
    }

    @Test
    void leftOutFeaturesGetWeightZeroAndNothingLeftOutIsTheUsualFit() throws IOException {
        Map<String, String> gold = new HashMap<>();
        List<StoryFeatures> stream = twoStories(gold);
        StoryModelTrainer usual = new StoryModelTrainer(ClusterConfig.defaults());
        StoryModelTrainer none = new StoryModelTrainer(ClusterConfig.defaults(), Set.of());
        StoryModelTrainer dropping = new StoryModelTrainer(ClusterConfig.defaults(), Set.of("text", "entity"));
        for (StoryModelTrainer t : List.of(usual, none, dropping)) {
            t.addStream(stream, gold, 1);
        }
        StoryModel u = usual.fit(1.0, 0.5, 0.5, 0.9);
        assertEquals(u, none.fit(1.0, 0.5, 0.5, 0.9));
        assertTrue(u.join().weights().get(PairFeatures.NAMES.indexOf("text")) != 0, "text weighs in the usual fit");
        StoryModel d = dropping.fit(1.0, 0.5, 0.5, 0.9);
        for (StoryModel.Weights w : List.of(d.join(), d.undatedJoin(), d.wake())) {
            assertEquals(0.0, w.weights().get(PairFeatures.NAMES.indexOf("text")));
            assertEquals(0.0, w.weights().get(PairFeatures.NAMES.indexOf("entity")));
        }
        assertTrue(!d.join().equals(u.join()), "the other weights are refitted without them");
        // the model file stays loadable
        StoryModel back = StoryModel.parse(new BufferedReader(new StringReader(d.toTsv("test"))), "test");
        assertEquals(0.0, back.join().weights().get(PairFeatures.NAMES.indexOf("text")));
        assertEquals(Set.of("entity", "names"), StoryModelTrainer.featureList(" entity, names,"));
        assertEquals(Set.of(), StoryModelTrainer.featureList(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StoryModelTrainer(ClusterConfig.defaults(), Set.of("entitty")));
        assertTrue(e.getMessage().contains("entitty"), e.getMessage());
    }

    @Test
    void anUndatedStreamTeachesTheUndatedRegressionOnlyAndRefusesDatedArticles() {
        Map<String, String> gold = new HashMap<>();
        List<StoryFeatures> stream = twoStories(gold);
        List<StoryFeatures> undated = new ArrayList<>();
        for (StoryFeatures f : stream) {
            undated.add(f.withIdAndDate(f.articleId(), null));
        }
        StoryModelTrainer dated = new StoryModelTrainer(ClusterConfig.defaults());
        StoryModelTrainer both = new StoryModelTrainer(ClusterConfig.defaults());
        dated.addStream(stream, gold, 1);
        both.addStream(stream, gold, 1);
        int kept = both.addUndatedStream(undated, gold, 0.5);
        assertTrue(kept > 0, "undated examples kept");
        assertEquals(dated.examples() + kept, both.examples());
        StoryModel a = dated.fit(1.0, 0.5, 0.5, 0.9);
        StoryModel b = both.fit(1.0, 0.5, 0.5, 0.9);
        // the join and wake regressions see exactly the examples they saw without the undated stream
        assertEquals(a.join(), b.join());
        assertEquals(a.wake(), b.wake());
        assertTrue(!a.undatedJoin().equals(b.undatedJoin()), "the undated regression learns from it");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> both.addUndatedStream(stream, gold, 1));
        assertTrue(e.getMessage().contains("has a day"), e.getMessage());
    }

    @Test
    void theBundledModelGivesTheLeftOutFeaturesWeightZero() {
        // story-model-left-out.tsv and story-model.tsv must agree: retrain the model after changing the list
        StoryModel m = StoryModel.defaults();
        for (String name : StoryModelTrainer.defaultLeftOut()) {
            int i = PairFeatures.NAMES.indexOf(name);
            for (StoryModel.Weights w : List.of(m.join(), m.undatedJoin(), m.wake())) {
                assertEquals(0.0, w.weights().get(i), name + " is left out but weighs in story-model.tsv");
            }
        }
    }

    /** Two interleaved stories in background noise; fills {@code gold} (article id to gold story). */
    private static List<StoryFeatures> twoStories(Map<String, String> gold) {
        List<StoryFeatures> stream = new ArrayList<>(StoryClustererTest.background(150, 3, StoryClustererTest.D));
        stream.forEach(f -> gold.put(f.articleId(), f.articleId()));
        Random r = new Random(5);
        for (int i = 0; i < 30; i++) {
            String story = i % 2 == 0 ? "quake" : "vote";
            String words = story.equals("quake") ? "earthquake tokyo magnitude tsunami coast aftershock"
                    : "election parliament vote coalition chancellor ballot";
            StoryFeatures f = StoryClustererTest.f(story + i, "en", StoryClustererTest.D.plusDays(i / 4),
                    words + " bg" + r.nextInt(5000) + " bg" + r.nextInt(5000), story.equals("quake") ? "Q17" : "Q183");
            stream.add(f);
            gold.put(f.articleId(), story);
        }
        return stream;
    }
}
