package org.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.stories.facts.Fact;

class KeyFiguresTest {

    private static Fact fact(String id, String predicate, Double figure, int sources) {
        return new Fact(id, id, predicate, null, null, null, null, null, figure, figure, figure, null, List.of(), sources,
                List.of(), List.of(), List.of());
    }

    @Test
    void aFewFiguresAreAllShownInTheirOrder() {
        List<Fact> facts = List.of(fact("a", "count", 1.0, 1), fact("b", "killed", 2.0, 1), fact("c", "visit", null, 3));
        assertEquals(List.of("a", "b"), KeyFiguresTest.ids(StoryReportModel.keyFigures(facts, 15)));
    }

    @Test
    void manyFiguresAreCutToTheBestSourcedEventsFirstKeepingTheirOrder() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            facts.add(fact("count" + i, "count", (double) i, 1));
        }
        facts.add(fact("killed", "killed", 1.0, 1));
        facts.add(fact("injured", "injured", 15.0, 3));
        facts.add(fact("officers", "count", 4.0, 4));
        List<String> top = ids(StoryReportModel.keyFigures(facts, 4));
        // four sources, three, then an event before plain counts of one source; in the fact set's order
        assertEquals(List.of("count0", "killed", "injured", "officers"), top);
    }

    private static List<String> ids(List<Fact> facts) {
        return facts.stream().map(Fact::id).toList();
    }
}
