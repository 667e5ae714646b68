package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.claims.eval.ClaimEvaluation;

/** Scores the whole gold file; skips when ../shared/data is absent. The last line printed is the JSON figures. */
class ClaimEvaluationTest {
    @Test
    void goldArticles() {
        Assumptions.assumeTrue(DataSets.present(), "../shared/data (10kgnad, semeval2023t3-de-news) is absent: skipping");
        List<ClaimEvaluation.Gold> gold = ClaimEvaluation.gold();
        for (String split : new String[] {"dev", "test"}) {
            ClaimEvaluation.Result r = ClaimEvaluation.run(gold, k -> DataSets.annotate(k, Seeds.full()), split);
            if (Boolean.getBoolean("errors")) {
                r.errors().forEach(e -> System.out.println("  " + split + " " + e));
            }
            System.out.println(r.toJson().replace("{\"eval\":\"claims\"", "{\"eval\":\"claims\",\"split\":\"" + split + "\""));
            assertTrue(r.articles() >= 10, r.toJson());
            // floors a little below the measured figures (dev 0.98/0.96/0.92/0.90, test 1.0/1.0/1.0/0.97 for
            // recall/precision/innermost source/modality): a drop below them is a regression
            assertTrue(r.recall() >= 0.95 && r.precision() >= 0.9, r.toJson());
            assertTrue(r.sourceAccuracy() >= 0.85 && r.modalityAccuracy() >= 0.85, r.toJson());
        }
    }
}
