package org.lagebild.stories.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Modality;
import org.lagebild.stories.facts.EventTime;
import org.lagebild.stories.facts.FactBuilder;
import org.lagebild.stories.facts.FactSet;
import org.lagebild.stories.facts.SeedDocuments;
import org.lagebild.stories.facts.SeedKnowledge;

/**
 * The acceptance chronology of issue 6 on the five seeds, annotated by the real stages, with their publication
 * days given (as {@code ingest --published} sets them): every expected entry is found, within the expected
 * time, in this order; extra entries must be dated or carry a figure.
 */
class SeedChronologyTest {

    private record Expected(String time, String what, Predicate<TimelineEvent> test) {
    }

    private static boolean fig(TimelineEvent e, double conservative, String unitPrefix) {
        return e.conservative() != null && e.conservative() == conservative && e.unit() != null && e.unit().startsWith(unitPrefix);
    }

    private static final List<Expected> EXPECTED = List.of(
            new Expected("2022", "100,000 proposed", e -> e.predicate().equals("deploy") && fig(e, 100_000, "Nordkorea-Soldat")
                    && e.modality() == Modality.PROPOSED),
            new Expected("2024-06", "the treaty", e -> e.predicate().equals("sign")),
            new Expected("2024-08-06", "the Kursk incursion", e -> e.predicate().equals("capture") && e.label().contains("Kursk")),
            new Expected("2024-10", "a battalion of up to 3,000 reported", e -> e.predicate().equals("deploy")
                    && e.max() != null && e.max() == 3000 && e.modality() == Modality.ALLEGED),
            new Expected("2024", "more than 10,000 sent, in three articles from two kinds of intelligence source",
                    e -> e.predicate().equals("deploy") && e.conservative() != null && e.conservative() == 10_000
                            && e.articles().size() == 3 && e.label().contains("more than 10,000")),
            new Expected("2025-04", "official confirmation", e -> e.kind() == TimelineEvent.Kind.STATUS
                    && e.modality() == Modality.CONFIRMED && e.predicate().equals("deploy")),
            new Expected("2025-06", "1,000 deminers and 5,000 soldiers announced", e -> e.predicate().equals("deploy")
                    && e.modality() == Modality.ANNOUNCED && e.label().contains("1,000 Minenräumer") && e.label().contains("5,000 Soldat")),
            new Expected("2025-09", "about 2,000 killed (estimate)", e -> e.predicate().equals("killed")
                    && e.modality() == Modality.ESTIMATED && e.label().contains("about 2,000")),
            new Expected("2025-10", "Medvedev in Pyongyang", e -> e.predicate().equals("visit") && e.label().contains("Medwedew")));

    static List<TimelineEvent> chronology(boolean givenDates) {
        var docs = givenDates ? SeedDocuments.withPublicationDates() : SeedDocuments.all();
        FactSet facts = new FactBuilder(SeedKnowledge.get()).build(docs, Map.of());
        return new Chronology().build(facts);
    }

    @Test
    void theIssuesChronologyInOrder() {
        List<TimelineEvent> events = chronology(true);
        String dump = String.join("\n", events.stream().map(e -> e.time().value() + "  " + e.label()).toList());
        int last = -1;
        for (Expected x : EXPECTED) {
            EventTime expected = EventTime.ofTimex(x.time);
            int at = -1;
            for (int i = 0; i < events.size(); i++) {
                if (x.test.test(events.get(i)) && events.get(i).time().within(expected)) {
                    at = i;
                    break;
                }
            }
            assertTrue(at >= 0, x.time + " " + x.what + " missing from\n" + dump);
            assertTrue(at > last, x.time + " " + x.what + " out of order in\n" + dump);
            last = at;
        }
    }

    @Test
    void orderedByEventTimeAndEveryEntryIsDatedOrCarriesAFigure() {
        List<TimelineEvent> events = chronology(true);
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort((a, b) -> EventTime.ORDER.compare(a.time(), b.time()));
        assertEquals(sorted.stream().map(e -> e.time().value()).toList(), events.stream().map(e -> e.time().value()).toList());
        for (TimelineEvent e : events) {
            assertFalse(e.evidence().isEmpty(), e.label());
            assertTrue(!e.fromPublication() || e.min() != null || e.kind() == TimelineEvent.Kind.STATUS || e.predicate().equals("visit"),
                    "undated and without figure: " + e.label());
            assertTrue(e.modality() != Modality.QUESTION, e.label());
        }
        assertTrue(events.size() <= 20, "readable: " + events.size() + " entries");
    }

    @Test
    void withInferredPublicationWindowsTheDatedEntriesStayAndUndatedOnesAreMarked() {
        List<TimelineEvent> events = chronology(false);
        String dump = String.join("\n", events.stream().map(e -> e.time().value() + "  " + e.label()).toList());
        for (Expected x : EXPECTED) {
            if (x.time.equals("2024-06") || x.time.equals("2024-08-06") || x.time.equals("2024") || x.time.equals("2025-09")) {
                assertTrue(events.stream().anyMatch(e -> x.test.test(e) && e.time().within(EventTime.ofTimex(x.time))
                        && !e.fromPublication()), x.time + " " + x.what + " in\n" + dump);
            }
        }
        TimelineEvent battalion = events.stream().filter(EXPECTED.get(3).test).findFirst().orElseThrow(() -> new AssertionError(dump));
        assertTrue(battalion.fromPublication(), "no event time in the text: the publication window stands in");
    }

    @Test
    void schoigusStayInPyongyangIsHisVisitAndNoEntryLacksAgentPlaceAndFigure() {
        FactSet facts = new FactBuilder(SeedKnowledge.get()).build(SeedDocuments.withPublicationDates(), Map.of());
        List<TimelineEvent> events = new Chronology().build(facts);
        String dump = String.join("\n", events.stream().map(e -> e.time().value() + "  " + e.label()).toList());
        assertTrue(events.stream().anyMatch(e -> e.predicate().equals("visit") && e.label().startsWith("Sergei Schoigu: visit → ")
                && e.time().within(EventTime.ofTimex("2025-06"))), dump);
        for (TimelineEvent e : events) {
            if (e.kind() != TimelineEvent.Kind.FACT) {
                continue;
            }
            for (String id : e.facts()) {
                var f = facts.facts().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                assertTrue(f.subject() != null || f.location() != null || f.hasFigure(), "says nothing: " + e.label() + "\n" + dump);
            }
        }
    }
}
