package org.lagebild.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClusterScoresTest {

    @Test
    void pairwiseAndBcubedOnASmallExample() {
        // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
        List<String> items = List.of("a", "b", "c", "d", "e");
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
        Map<String, String> predicted = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");
        StoryClusterScores s = StoryClusterScores.of(items, gold, predicted);
        assertEquals(4, s.goldPairs());
        assertEquals(4, s.predictedPairs());
        assertEquals(2, s.correctPairs());
        assertEquals(0.5, s.pairF1(), 1e-9);
    }

    @Test
    void aPerfectClusteringHasAnIntervalOfOne() {
        Scored s = scored(200, 0);
        assertEquals(1.0, s.scores.pairF1(), 1e-9);
        assertEquals(1.0, s.scores.pairF1Low(), 1e-9);
        assertEquals(1.0, s.scores.pairF1High(), 1e-9);
    }

    @Test
    void theIntervalHoldsTheFigureAndNarrowsWithMoreClusters() {
        Scored few = scored(40, 7);
        Scored many = scored(800, 7);
        for (Scored s : List.of(few, many)) {
            assertTrue(s.scores.pairF1Low() < s.scores.pairF1() && s.scores.pairF1() < s.scores.pairF1High(),
                    () -> s.scores.toString());
        }
        assertTrue(many.scores.pairF1High() - many.scores.pairF1Low() < few.scores.pairF1High() - few.scores.pairF1Low());
        // fixed seed: the same input gives the same interval
        assertEquals(few.scores, scored(40, 7).scores);
    }

    private record Scored(StoryClusterScores scores) {
    }

    /** Clusters of 1 to 4 items; every {@code splitEvery}-th cluster of two or more is cut in two, and
     * every {@code splitEvery}-th + 1 is merged with the next one. */
    private static Scored scored(int clusters, int splitEvery) {
        List<String> items = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        Map<String, String> predicted = new HashMap<>();
        for (int c = 0; c < clusters; c++) {
            int size = 1 + c % 4;
            for (int i = 0; i < size; i++) {
                String id = c + "-" + i;
                items.add(id);
                gold.put(id, "g" + c);
                String p = "p" + c;
                if (splitEvery > 0 && c % splitEvery == 0 && i > 0) {
                    p = "p" + c + "b";
                } else if (splitEvery > 0 && c % splitEvery == 1) {
                    p = "p" + (c + 1);
                }
                predicted.put(id, p);
            }
        }
        return new Scored(StoryClusterScores.of(items, gold, predicted));
    }
}
