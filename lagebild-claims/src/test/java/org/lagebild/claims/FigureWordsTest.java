package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Every example of figure-words.tsv: the [figure]'s claim has the predicate its row expects; a time-clause row's figure
 * has no time (its sentence's time stands before the opener); a date-clause row's figure has the time right before it.
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
            if (e.kind().equals("date-clause")) {
                // the time written right before the opener ("on November 12, 2016 where five people were shot")
                FigureExamples.check(e.example(), "before " + e.word(), c -> c.time() == null ? "-"
                        : e.example().contains(c.time().text() + " " + e.word()) ? "before " + e.word() : "time " + c.time().text(), failures);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(run >= 26, "examples run: " + run);
    }
}
