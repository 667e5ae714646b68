package org.lagebild.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Modality;
import org.lagebild.model.Source;
import org.lagebild.model.Span;
import org.lagebild.model.PublicationDate;
import org.lagebild.stories.facts.Evidence;
import org.lagebild.stories.facts.EventTime;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.facts.StatusStep;

class StoryViewsTest {

    @Test
    void evidenceShowsTheFactsCleanedSourceNameBesideTheChainAsWritten() {
        List<Source> chain = List.of(new Source(null, "derstandard.at", null, null, "publisher"),
                new Source(new Span(0, 13), "Dem Mediziner", null, null, "other"));
        Evidence e = new Evidence("a1", "c1", new Span(0, 40), "Dem Mediziner zufolge starben 20 Menschen.", chain,
                Modality.REPORTED, List.of("zufolge"), null, null, null, null, "derstandard.at", null,
                "text:mediziner", "Mediziner", "other", false);
        Map<String, Object> m = StoryViews.evidence(e);
        assertEquals(List.of("derstandard.at", "Dem Mediziner"), m.get("sources"));
        assertEquals("Mediziner", m.get("source"));
    }

    @Test
    void aStatusStepStatedInAMonthBucketShowsTheMonthNotItsFirstDay() {
        // an article of 2017-03-26: its claims are bucketed by month; "2017-03-01" would name a day no source said
        EventTime march = EventTime.ofPublication(
                PublicationDate.stated(java.time.LocalDate.of(2017, 3, 26), org.lagebild.model.DateSource.GIVEN, "input"));
        Evidence e = new Evidence("a1", "c1", new Span(0, 20), "One person was killed.", List.of(), Modality.ASSERTED,
                List.of(), null, null, march, null, "wlwt.com", null, "outlet:wlwt.com", "wlwt.com", "publisher", false);
        Fact f = new Fact("f1", "killed: 1 person", "killed", null, null, "person", null, march, 1.0, 1.0, 1.0, "1",
                List.of(e), 1, List.of("wlwt.com"), List.of(new StatusStep(Modality.ASSERTED, march, List.of(e))), List.of());
        Map<?, ?> step = (Map<?, ?>) ((List<?>) StoryViews.fact(f).get("status")).get(0);
        assertEquals("2017-03", step.get("date"));
    }
}
