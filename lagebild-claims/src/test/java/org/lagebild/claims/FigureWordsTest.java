package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every example of figure-words.tsv: the [figure]'s claim has the predicate its row expects; a time-clause row's figure
 * has no time (its sentence's time stands before the opener).
 */
class FigureWordsTest {

    @Test
    void everyExampleGivesItsPredicate() {
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (FigureWords.Example e : FigureWords.load().examples()) {
            run += FigureExamples.check(e.example(), e.expect(), c -> Objects.toString(c.predicate(), "-"), failures) ? 1 : 0;
            if (e.kind().equals("time-clause")) {
                // the time before the opener ("spoke Monday … after 17 were injured") is not the figure's
                FigureExamples.check(e.example(), "-", c -> c.time() == null ? "-" : "time " + c.time().text(), failures);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(run >= 26, "examples run: " + run);
    }
}
