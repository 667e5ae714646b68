package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.claims.eval.SpkAttEvaluation;

/**
 * SpkAtt 2023 task 2 on ../shared/data/spkatt2023-de-news-quotes; skips when absent. Runs the first 150 documents
 * by default (keeps the suite fast); -Dspkatt.limit=100000 runs all of them. Last line: the JSON figures.
 */
class SpkAttEvaluationTest {
    @Test
    void spkatt() {
        Path dir = DataSets.data().resolve("spkatt2023-de-news-quotes");
        Assumptions.assumeTrue(Files.isDirectory(dir), dir + " is absent: skipping the SpkAtt evaluation");
        int limit = Integer.getInteger("spkatt.limit", 150);
        SpkAttEvaluation.Result r = SpkAttEvaluation.run(dir, limit);
        if (Boolean.getBoolean("errors")) {
            r.missed().forEach(m -> System.out.println("  missed " + m));
        }
        System.out.println(r.toJson());
        assertTrue(r.documents() > 0);
        // measured 0.564 on the first 150 documents, 0.572 on all 702 (train + trial)
        assertTrue(r.jointF1() >= (limit >= 700 ? 0.55 : 0.53), r.toJson());
    }
}
