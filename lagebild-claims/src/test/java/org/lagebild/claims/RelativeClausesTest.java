package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every example of relative-clauses.tsv: the [figure]'s claim has the modality its row expects. */
class RelativeClausesTest {

    @Test
    void everyExampleGivesItsModality() {
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (RelativeClauses.Example e : RelativeClauses.load().examples()) {
            run += FigureExamples.check(e.example(), e.expect(), c -> c.modality().label(), failures) ? 1 : 0;
            run += FigureExamples.check(e.counter(), e.counterExpect(), c -> c.modality().label(), failures) ? 1 : 0;
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(run > 30, "examples run: " + run);
    }

    @Test
    void theClauseEndsAtPunctuationOrTheMainClausesAuxiliary() {
        String s = "One of two men charged in the shootout that wounded 16 people and killed one has denied firing.";
        Words w = Words.of(s, 0, s.length());
        List<int[]> cs = RelativeClauses.load().find(w, "en", k -> w.lower[k].equals("denied"));
        assertEquals(1, cs.size());
        assertEquals("that wounded 16 people and killed one", s.substring(w.start[cs.get(0)[0]], w.end[cs.get(0)[1] - 1]));
        String t = "Police denied that 16 people were wounded.";
        Words v = Words.of(t, 0, t.length());
        assertTrue(RelativeClauses.load().find(v, "en", k -> v.lower[k].equals("denied")).isEmpty(), "a conjunction");
        String u = "Der Angriff, bei dem 20 Menschen starben, wurde bestritten.";
        Words x = Words.of(u, 0, u.length());
        List<int[]> ds = RelativeClauses.load().find(x, "de", k -> false);
        assertEquals("dem 20 Menschen starben", u.substring(x.start[ds.get(0)[0]], x.end[ds.get(0)[1] - 1]));
    }
}
