package org.lagebild.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DuplicateEvaluationTest {
    private static final Path DIR = Path.of("/work/shared/data/semeval2022t8-news-similarity-sample");

    @Test
    void semEvalPairsAndSyndicatedCopies() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(DIR.resolve("testing_set.csv")),
                "SemEval 2022 Task 8 sample not found at " + DIR + "; evaluation skipped");
        DuplicateEvaluation.Result r = DuplicateEvaluation.run(DIR);
        System.out.print(r.sweepTable());
        System.out.println(r.toJson());
        DuplicateEvaluation.Counts de = r.byLanguage().get(0);
        assertEquals("de-de", de.langs());
        assertEquals(161, de.pairs());
        assertEquals(34, de.positives());
        // figures pinned in README.md; a change must be deliberate
        assertTrue(de.fp() <= 1, "de-de false duplicates: " + de.fp());
        assertTrue(r.syndicationDe().precision() >= 0.98, "syndication precision " + r.syndicationDe().precision());
        assertTrue(r.syndicationDe().recall() >= 0.98, "syndication recall " + r.syndicationDe().recall());
    }
}
