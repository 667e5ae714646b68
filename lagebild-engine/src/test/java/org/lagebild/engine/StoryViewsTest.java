package org.lagebild.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Modality;
import org.lagebild.model.Source;
import org.lagebild.model.Span;
import org.lagebild.stories.facts.Evidence;

class StoryViewsTest {

    @Test
    void evidenceShowsTheFactsCleanedSourceNameBesideTheChainAsWritten() {
        List<Source> chain = List.of(new Source(null, "derstandard.at", null, null, "publisher"),
                new Source(new Span(0, 13), "Dem Mediziner", null, null, "other"));
        Evidence e = new Evidence("a1", "c1", new Span(0, 40), "Dem Mediziner zufolge starben 20 Menschen.", chain,
                Modality.REPORTED, List.of("zufolge"), null, null, null, null, "derstandard.at", null,
                "text:mediziner", "Mediziner", "other");
        Map<String, Object> m = StoryViews.evidence(e);
        assertEquals(List.of("derstandard.at", "Dem Mediziner"), m.get("sources"));
        assertEquals("Mediziner", m.get("source"));
    }
}
