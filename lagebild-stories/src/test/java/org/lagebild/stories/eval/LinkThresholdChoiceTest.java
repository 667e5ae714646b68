package org.lagebild.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkThresholdChoiceTest {
    @Test
    void takesTheStrictestThresholdNearTheBestNeighbourhood() {
        // neighbourhood means: 0.85, 0.8667, 0.9133, 0.9367, 0.93, 0.88
        double[] f1 = {0.80, 0.90, 0.90, 0.94, 0.97, 0.88};
        assertEquals(3, LinkThresholdChoice.strictestNearBest(f1, 0));
        assertEquals(4, LinkThresholdChoice.strictestNearBest(f1, 0.01));
        assertEquals(5, LinkThresholdChoice.strictestNearBest(f1, 0.1));
    }

    @Test
    void oneValueIsChosen() {
        assertEquals(0, LinkThresholdChoice.strictestNearBest(new double[] {0.5}, LinkThresholdChoice.TOLERANCE));
    }
}
