package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {
    private static ArticleVectors article(Map<String, Double> terms) {
        return new ArticleVectors(terms, Map.of(), Map.of());
    }

    private static LinkedHashMap<String, Double> story(Object... termWeight) {
        LinkedHashMap<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < termWeight.length; i += 2) {
            m.put((String) termWeight[i], (Double) termWeight[i + 1]);
        }
        return m;
    }

    @Test
    void recapIsTheShareOfTheStorysTopWeightTheArticleRepeats() {
        // a plea three months on: it names the town and the bar, not the first report's words
        ArticleVectors plea = article(Map.of("hamilton", 0.6, "plead", 0.7, "guilty", 0.4, "bar", 0.2));
        Map<String, Double> story = story("hamilton", 0.5, "bar", 0.3, "calls", 0.2);
        assertEquals(0.8, PairFeatures.recap(plea, story), 1e-9);
        assertEquals(0.0, PairFeatures.recap(article(Map.of("tulsa", 1.0)), story), 1e-9);
        assertEquals(0.0, PairFeatures.recap(plea, Map.of()), 1e-9);
    }

    @Test
    void recapLooksAtTheStorysTopTermsOnly() {
        LinkedHashMap<String, Double> story = new LinkedHashMap<>();
        for (int i = 0; i < PairFeatures.RECAP_TERMS; i++) {
            story.put("top" + i, 1.0);
        }
        story.put("tail", 5.0); // past the top terms: not looked at, whatever its weight
        assertEquals(0.0, PairFeatures.recap(article(Map.of("tail", 1.0)), story), 1e-9);
        assertEquals(1.0 / PairFeatures.RECAP_TERMS, PairFeatures.recap(article(Map.of("top3", 1.0)), story), 1e-9);
    }

    @Test
    void coveredIsTheShareOfTheArticlesTopWeightTheStoryHolds() {
        ArticleVectors other = article(Map.of("salinas", 0.6, "victim", 0.2, "dies", 0.2));
        Map<String, Double> story = story("salina", 0.6, "victim", 0.3, "dies", 0.1);
        assertEquals(0.4, PairFeatures.covered(other, story), 1e-9);
        assertEquals(1.0, PairFeatures.covered(article(Map.of("victim", 0.5)), story), 1e-9);
        assertEquals(0.0, PairFeatures.covered(article(Map.of()), story), 1e-9);
    }

    @Test
    void theScanOverTheStoryGivesTheSameRecapAndCovered() {
        java.util.Random r = new java.util.Random(11);
        for (int round = 0; round < 200; round++) {
            Map<String, Double> terms = new java.util.HashMap<>();
            Map<String, Double> story = new java.util.HashMap<>();
            for (int i = 0; i < 60; i++) {
                if (r.nextInt(3) == 0) {
                    terms.put("t" + r.nextInt(80), r.nextDouble());
                }
                if (r.nextInt(2) == 0) {
                    story.put("t" + r.nextInt(80), r.nextDouble());
                }
            }
            ArticleVectors a = article(terms);
            LinkedHashMap<String, Double> byWeight = Vectors.top(story, Integer.MAX_VALUE);
            double[] out = new double[8];
            Vectors.scan(new Vectors.Packed(byWeight), a.termLookup, null, out);
            assertEquals(PairFeatures.recap(a, byWeight), out[6] == 0 ? 0 : out[5] / out[6], 1e-9);
            assertEquals(PairFeatures.covered(a, byWeight), a.topWeight == 0 ? 0 : out[7] / a.topWeight, 1e-9);
        }
    }
}
