package org.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Modality;
import org.lagebild.stories.facts.EventTime;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.timeline.TimelineEvent;

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

    @Test
    void theReportsChronologyKeepsStatusEventsWithoutFigureAndTheKeyFiguresEvents() {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            facts.add(fact("count" + i, "count", (double) i, 1));
        }
        facts.add(fact("killed", "killed", 1.0, 2));
        facts.add(fact("visit", "visit", null, 1));
        List<TimelineEvent> all = List.of(event("count9", TimelineEvent.Kind.FACT), event("killed", TimelineEvent.Kind.FACT),
                event("visit", TimelineEvent.Kind.FACT), event("count4", TimelineEvent.Kind.STATUS));
        List<TimelineEvent> shown = StoryReportModel.chronology(all, facts);
        // with 15 key figures every figure is shown, so is every entry
        assertEquals(all, shown);
        // fewer key figures than figures: count9 is not among them (ties go by id) and leaves the chronology
        List<Fact> many = new ArrayList<>(facts);
        for (int i = 10; i < 20; i++) {
            many.add(fact("count" + i, "count", (double) i, 1));
        }
        List<String> labels = StoryReportModel.chronology(all, many).stream().map(TimelineEvent::label).toList();
        assertEquals(List.of("killed", "visit", "count4"), labels);
    }

    private static TimelineEvent event(String fact, TimelineEvent.Kind kind) {
        return new TimelineEvent(EventTime.ofTimex("2017-03"), fact, kind, "p", List.of(fact), List.of(), null, null, null, null,
                Modality.ASSERTED);
    }

    private static List<String> ids(List<Fact> facts) {
        return facts.stream().map(Fact::id).toList();
    }

    /** A shooting report recalls the town's earlier shootings: their counts are context and yield to the story's own. */
    @Test
    void figuresOfTheStorysPastComeAfterItsOwn() {
        List<Fact> facts = new ArrayList<>();
        // two figures of 2015 and 2016 stated by the first article, one of them by two sources
        facts.add(dated("past2015", "killed", 2.0, 2, "2015-08-21", "2017-03-26"));
        facts.add(dated("past2016", "injured", 7.0, 1, "2016-07", "2017-03-26"));
        // the story's own figures, one source each, the day before publication and in the publication window
        facts.add(dated("killed", "killed", 1.0, 1, "2017-03-26", "2017-03-27"));
        facts.add(dated("injured", "injured", 15.0, 1, "2017-03", "2017-03-26"));
        facts.add(dated("week", "count", 3.0, 1, "2017-03-01", "2017-03-26"));
        assertEquals(List.of("killed", "injured", "week"), ids(StoryReportModel.keyFigures(facts, 3)));
        // with room for all, every figure stays, in the fact set's order, those dated before the story below its own
        // (the count of 2017-03-01, 25 days before the first article, too)
        assertEquals(List.of("killed", "injured", "past2015", "past2016", "week"), ids(StoryReportModel.keyFigures(facts, 15)));
        // without a stated publication day nothing is background
        List<Fact> undated = List.of(dated("past2015", "killed", 2.0, 2, "2015-08-21", null),
                dated("killed", "killed", 1.0, 1, "2017-03-26", null));
        assertEquals(List.of("past2015"), ids(StoryReportModel.keyFigures(undated, 1)));
    }

    private static Fact dated(String id, String predicate, Double figure, int sources, String time, String published) {
        org.lagebild.model.PublicationDate p = published == null ? org.lagebild.model.PublicationDate.UNKNOWN
                : org.lagebild.model.PublicationDate.stated(java.time.LocalDate.parse(published),
                        org.lagebild.model.DateSource.METADATA, "test");
        org.lagebild.stories.facts.Evidence e = new org.lagebild.stories.facts.Evidence("a-" + id, "c1",
                new org.lagebild.model.Span(0, 1), "s", List.of(), Modality.ASSERTED, List.of(), null,
                EventTime.ofTimex(time), null, p, "outlet", null, "outlet", null, null, false);
        return new Fact(id, id, predicate, null, null, null, null, EventTime.ofTimex(time), figure, figure, figure, null,
                List.of(e), sources, List.of(), List.of(), List.of());
    }

    /**
     * The GVA Cincinnati story (2017-03-26): "Sixteen people were shot" (one source, dated Sunday by the text) lost its
     * place to "shot: 6 people (2017-02)" (the Northside shooting a month before, recalled by CNN) and to figures dated
     * by their publication only ("2017-03" sorted before "2017-03-26").
     */
    @Test
    void theStorysOwnDatedFigureGoesBeforeAnEarlierOneAndOnesOfThePublicationWindow() {
        List<Fact> facts = new ArrayList<>();
        facts.add(dated("feb", "shoot", 6.0, 1, "2017-02", "2017-03-26"));
        facts.add(dated("sunday", "shoot", 16.0, 1, "2017-03-26", "2017-03-26"));
        facts.add(publicationWindow("window1", "injure", 7.0, "2017-03-26"));
        facts.add(publicationWindow("window2", "injure", 14.0, "2017-03-26"));
        assertEquals(List.of("sunday", "window1"), ids(StoryReportModel.keyFigures(facts, 2)));
        // with room for all, the earlier shooting goes below the story's own figures
        assertEquals(List.of("sunday", "window1", "window2", "feb"), ids(StoryReportModel.keyFigures(facts, 15)));
    }

    private static Fact publicationWindow(String id, String predicate, Double figure, String published) {
        Fact f = dated(id, predicate, figure, 1, "2017-03", published);
        EventTime t = EventTime.ofPublication(org.lagebild.model.PublicationDate.stated(java.time.LocalDate.parse(published),
                org.lagebild.model.DateSource.METADATA, "test"));
        return new Fact(id, id, predicate, null, null, null, null, t, figure, figure, figure, null, f.evidence(), 1,
                List.of(), List.of(), List.of());
    }

    /**
     * The summary names the table's leading figures. GVA "3 Teen Boys Shot, Wounded In Marquette Park" (2017-03-27):
     * "the 1600 block" read as the year 1600 gave "shot: 16 (1600)", a figure of one article the table ranks as
     * background and leaves out; the summary, ranked by articles and then time, named it first. Bridgeport (the arrests
     * in January 2017 for "a shooting incident on November 12, 2016 where five people were shot", two articles of two
     * outlets): a past event several articles state is the story's subject, not background; it leads both.
     */
    @Test
    void theSummaryNamesTheTablesLeadingFigures() {
        List<Fact> facts = new ArrayList<>();
        facts.add(figure("year1600", "shoot", "16", "1600", "2017-03-27", "a1"));
        for (int i = 0; i < 16; i++) {
            facts.add(figure("own" + i, "injure", Integer.toString(i + 1), "2017-03-27", "2017-03-27", "a2"));
        }
        List<Fact> table = StoryReportModel.keyFigures(facts, 15);
        String summary = org.lagebild.stories.facts.StorySummary.summarize(List.of(),
                new org.lagebild.stories.facts.FactSet(facts, List.of()), 3);
        assertEquals(false, table.contains(facts.get(0)));
        assertEquals(false, summary.contains("1600"), summary);
        // the summary's figures are the table's best ranked: its first is in the table
        assertEquals(true, summary.contains("Key figures: 1 injured"), summary);

        List<Fact> arrests = new ArrayList<>();
        arrests.add(figure("november", "shoot", "5", "2016-11-12", "2017-01-13", "ctpost", "doingitlocal"));
        for (int i = 0; i < 15; i++) {
            arrests.add(figure("january" + i, "capture", Integer.toString(i + 1), "2017-01-14", "2017-01-13", "a" + i));
        }
        assertEquals(true, StoryReportModel.keyFigures(arrests, 15).contains(arrests.get(0)));
        String s2 = org.lagebild.stories.facts.StorySummary.summarize(List.of(),
                new org.lagebild.stories.facts.FactSet(arrests, List.of()), 3);
        assertEquals(true, s2.contains("Key figures: 5 shot (asserted, 2016-11-12, 2 articles"), s2);
    }

    private static Fact figure(String id, String predicate, String figure, String time, String published, String... articles) {
        org.lagebild.model.PublicationDate p = org.lagebild.model.PublicationDate.stated(java.time.LocalDate.parse(published),
                org.lagebild.model.DateSource.METADATA, "test");
        List<org.lagebild.stories.facts.Evidence> ev = new ArrayList<>();
        for (String a : articles) {
            ev.add(new org.lagebild.stories.facts.Evidence(a, "c1", new org.lagebild.model.Span(0, 1), "s", List.of(),
                    Modality.ASSERTED, List.of(), null, EventTime.ofTimex(time), null, p, a, null, a, null, null, false));
        }
        double v = Double.parseDouble(figure);
        return new Fact(id, id, predicate, null, null, null, null, EventTime.ofTimex(time), v, v, v, figure, ev,
                articles.length, List.of(), List.of(), List.of());
    }

    /**
     * GVA Cincinnati (2017-03-26): wlwt.com's headline "16 shot, 1 fatally, at Cincinnati nightclub" and its lead
     * "Sixteen people were shot -- one fatally -- …" state what the story is about, yet one source ranked it below
     * every figure of more sources, down to "4 officers" of the parking lot. A figure the openings state twice (headline
     * and lead, or two articles' openings) goes first; one headline's figure alone does not ("8 girl killed" of "HPD:
     * 8-year-old girl …"), its sources decide.
     */
    @Test
    void aFigureOfHeadlinesAndLeadsGoesBeforeBetterSourcedOnesFurtherDown() {
        List<Fact> facts = new ArrayList<>();
        facts.add(opened("officers", "count", 4.0, 4, 0, 0));
        facts.add(opened("injured15", "injure", 15.0, 2, 0, 0));
        facts.add(opened("girl8", "kill", 8.0, 1, 1, 0));
        facts.add(opened("shot16", "shoot", 16.0, 1, 1, 1));
        assertEquals(List.of("shot16", "officers", "injured15", "girl8"),
                ids(org.lagebild.stories.facts.KeyFigures.ranked(facts)));
    }

    /**
     * The summary leaves out a figure of a predicate no larger than one it named: Cincinnati's "16 people injured"
     * (Reuters, wdtn.com, 2017-03-30) and "15 people injured" (fox19.com, CNN, the Sunday count) are two accounts of one
     * count, which the table shows; the summary's third figure is then "16 people shot". A larger one stays (GVA
     * s-79b3448844: "3 people killed" after "1 person killed").
     */
    @Test
    void theSummaryNamesOneFigureOfAPredicate() {
        List<Fact> facts = new ArrayList<>();
        facts.add(opened("killed", "kill", 1.0, 5, 4, 2));
        facts.add(opened("injured16", "injure", 16.0, 3, 3, 0));
        facts.add(opened("injured15", "injure", 15.0, 2, 2, 1));
        facts.add(opened("shot16", "shoot", 16.0, 1, 1, 1));
        String summary = org.lagebild.stories.facts.StorySummary.summarize(List.of(),
                new org.lagebild.stories.facts.FactSet(facts, List.of()), 3);
        assertEquals(true, summary.contains("Key figures: 1 kill ") && summary.contains("; 16 injured")
                && summary.contains("; 16 shot") && !summary.contains("15 injured"), summary);
        // a larger figure is a total or an update and stays; an equal one is a repeat
        List<Fact> killed = List.of(opened("one", "kill", 1.0, 2, 2, 0), opened("three", "kill", 3.0, 1, 0, 0),
                opened("again", "kill", 1.0, 1, 0, 0));
        String s2 = org.lagebild.stories.facts.StorySummary.summarize(List.of(),
                new org.lagebild.stories.facts.FactSet(killed, List.of()), 3);
        assertEquals(true, s2.contains("Key figures: 1 kill (") && s2.contains("; 3 kill (") && s2.indexOf("1 kill (")
                == s2.lastIndexOf("1 kill ("), s2);
    }

    /**
     * A fact of {@code sources} articles (one claim each, dated 2017-03-26), of which the first {@code headlines} state it
     * in their headline and the first {@code leads} again in their lead.
     */
    private static Fact opened(String id, String predicate, double figure, int sources, int headlines, int leads) {
        org.lagebild.model.PublicationDate p = org.lagebild.model.PublicationDate.stated(java.time.LocalDate.of(2017, 3, 26),
                org.lagebild.model.DateSource.METADATA, "test");
        List<org.lagebild.stories.facts.Evidence> ev = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            ev.add(new org.lagebild.stories.facts.Evidence("a" + i, "c1", new org.lagebild.model.Span(0, 10), "s", List.of(),
                    Modality.ASSERTED, List.of(), null, EventTime.ofTimex("2017-03-26"), null, p, "o" + i, null, "o" + i, null,
                    null, i < headlines));
            if (i < leads) {
                ev.add(new org.lagebild.stories.facts.Evidence("a" + i, "c2", new org.lagebild.model.Span(20, 30), "s",
                        List.of(), Modality.ASSERTED, List.of(), null, EventTime.ofTimex("2017-03-26"), null, p, "o" + i, null,
                        "o" + i, null, null, true));
            }
        }
        String shown = Integer.toString((int) figure);
        return new Fact(id, id, predicate, null, null, null, null, EventTime.ofTimex("2017-03-26"), figure, figure, figure,
                shown, ev, sources, List.of(), List.of(), List.of());
    }
}
