package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Claim;
import org.lagebild.model.Document;

/** Every example of own-participles.tsv: the [figure]'s claim has the predicate its row expects. */
class OwnParticiplesTest {

    @Test
    void everyExampleGivesItsPredicate() {
        List<String> failures = new ArrayList<>();
        int run = 0;
        for (OwnParticiples.Example e : OwnParticiples.load().examples()) {
            run += FigureExamples.check(e.example(), e.expect(), c -> Objects.toString(c.predicate(), "-"), failures) ? 1 : 0;
            run += FigureExamples.check(e.counter(), e.counterExpect(), c -> Objects.toString(c.predicate(), "-"), failures) ? 1 : 0;
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(run >= 7, "examples run: " + run);
    }

    @Test
    void eachNumberTakesThePredicateOfItsOwnParticiple() {
        Document d = Seeds.text("Cincinnati nightclub shooting: One killed, 15 injured", Seeds.full());
        assertEquals(List.of("kill 1.0", "injure 15.0"), d.claims().stream().filter(c -> c.quantity() != null)
                .map(c -> c.predicate() + " " + c.quantity().value()).toList());
        Document e = Seeds.text("The overnight shooting at the club left one dead and 14 injured.", Seeds.full());
        assertEquals(List.of("die 1.0", "injure 14.0"), e.claims().stream().filter(c -> c.quantity() != null)
                .map(c -> c.predicate() + " " + c.quantity().value()).toList());
        Document f = Seeds.text("The shootout inside the club that wounded 16 people and killed one has denied it.", Seeds.full());
        assertEquals(List.of("injure 16.0", "kill 1.0"), f.claims().stream().filter(c -> c.quantity() != null)
                .map(c -> c.predicate() + " " + c.quantity().value()).sorted().toList());
    }

    @Test
    void theVictimsNounIsTheCountedWordNotTheirVerb() {
        Claim c = Seeds.text("Three people died in a shooting Thursday night at a Kansas City apartment complex.", Seeds.full())
                .claims().stream().filter(x -> x.quantity() != null).findFirst().orElseThrow();
        assertEquals("people", c.quantity().unit(), () -> c.toString());
        Claim d = Seeds.text("Three men were killed in a shooting Thursday night at a Kansas City apartment complex.", Seeds.full())
                .claims().stream().filter(x -> x.quantity() != null).findFirst().orElseThrow();
        assertEquals("men", d.quantity().unit(), () -> d.toString());
    }
}
