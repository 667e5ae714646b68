package org.lagebild.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lagebild.model.Source;
import org.lagebild.stories.facts.Conflict;
import org.lagebild.stories.facts.EventTime;
import org.lagebild.stories.facts.Evidence;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.facts.FactSet;
import org.lagebild.stories.facts.SourceNote;
import org.lagebild.stories.facts.StatusStep;
import org.lagebild.stories.timeline.TimelineEvent;

/** The JSON maps of facts and timelines (docs/JSON.md), shared by the CLI, the report and the web API. */
public final class StoryViews {
    private StoryViews() {
    }

    /** One claim behind a fact or event: article, claim, sentence, span, who says so and how firmly. */
    public static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", e.articleId());
        m.put("claim", e.claimId());
        m.put("sentence", e.sentence());
        m.put("span", List.of(e.span().start(), e.span().end()));
        m.put("sources", chain(e.attribution()));
        m.put("source", e.sourceText());
        m.put("modality", label(e.modality()));
        m.put("cues", e.cues());
        m.put("publisher", e.publisher());
        m.put("published", e.published().date() == null ? null : e.published().date().toString());
        m.put("publishedWindow", e.published().earliest() == null ? null
                : List.of(String.valueOf(e.published().earliest()), String.valueOf(e.published().latest())));
        if (e.opening()) {
            m.put("opening", true); // the article's headline or lead
        }
        return m;
    }

    /** The attribution chain as names, publisher first, innermost source last. */
    public static List<String> chain(List<Source> attribution) {
        List<String> names = new ArrayList<>();
        for (Source s : attribution) {
            names.add(s.name() != null ? s.name() : s.text());
        }
        return names;
    }

    public static Map<String, Object> time(EventTime t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", t.value());
        m.put("granularity", t.fromPublication() ? "publication" : t.granularity().name().toLowerCase(Locale.ROOT));
        m.put("start", t.start().toString());
        m.put("end", t.end().toString());
        return m;
    }

    public static Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("label", f.label());
        m.put("predicate", f.predicate());
        m.put("subject", f.subject());
        m.put("location", f.location());
        m.put("unit", f.unit());
        m.put("time", f.time() == null ? null : f.time().value());
        m.put("when", time(f.time()));
        m.put("min", f.min());
        m.put("max", f.max());
        m.put("conservative", f.conservative());
        m.put("independentSources", f.independentSources());
        m.put("sourceNames", f.sources());
        m.put("currentStatus", label(f.currentStatus()));
        List<Map<String, Object>> status = new ArrayList<>();
        for (StatusStep s : f.status()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("modality", label(s.modality()));
            // the time as stated ("2017-03" for a month bucket), not its first day: "2017-03-01" read as a day no source named
            sm.put("date", s.from() == null ? null : s.from().value());
            sm.put("from", time(s.from()));
            sm.put("article", s.evidence().isEmpty() ? null : s.evidence().get(0).articleId());
            sm.put("evidence", s.evidence().stream().map(Evidence::ref).toList());
            status.add(sm);
        }
        m.put("status", status);
        m.put("conflicts", f.conflicts().stream().map(StoryViews::conflict).toList());
        m.put("evidence", f.evidence().stream().map(StoryViews::evidence).toList());
        return m;
    }

    public static Map<String, Object> conflict(Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        m.put("reason", c.reason());
        m.put("open", c.open());
        m.put("facts", c.facts());
        m.put("a", c.sideA().isEmpty() ? null : evidence(c.sideA().get(0)));
        m.put("b", c.sideB().isEmpty() ? null : evidence(c.sideB().get(0)));
        m.put("sideA", c.sideA().stream().map(Evidence::ref).toList());
        m.put("sideB", c.sideB().stream().map(Evidence::ref).toList());
        return m;
    }

    /** The facts of a story with its conflicts, source notes and summary. */
    public static Map<String, Object> facts(String storyId, FactSet set, List<SourceNote> notes, String summary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("story", storyId);
        m.put("summary", summary);
        m.put("facts", set.facts().stream().map(StoryViews::fact).toList());
        m.put("conflicts", set.conflicts().stream().map(StoryViews::conflict).toList());
        m.put("notes", notes.stream().map(StoryViews::note).toList());
        return m;
    }

    /** One chronology entry, in the shape of docs/JSON.md ("timeline"). */
    public static Map<String, Object> event(TimelineEvent e, int index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "ev-" + index);
        m.put("time", e.time().value());
        m.put("start", e.time().start().toString());
        m.put("end", e.time().end().toString());
        m.put("granularity", e.fromPublication() ? "publication" : e.granularity().name().toLowerCase(Locale.ROOT));
        m.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
        m.put("label", e.label());
        m.put("modality", label(e.modality()));
        Double value = e.min() != null && e.min().equals(e.max()) ? e.min() : null;
        m.put("value", value);
        m.put("min", e.min());
        m.put("max", e.max());
        m.put("conservative", e.conservative());
        m.put("unit", e.unit());
        m.put("factId", e.facts().isEmpty() ? null : e.facts().get(0));
        m.put("facts", e.facts());
        m.put("evidence", e.evidence().stream().map(StoryViews::evidence).toList());
        return m;
    }

    /** A story's chronology: events by event time, with granularity. */
    public static Map<String, Object> timeline(String storyId, List<TimelineEvent> events) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("story", storyId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            list.add(event(events.get(i), i + 1));
        }
        m.put("events", list);
        return m;
    }

    public static Map<String, Object> note(SourceNote n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", n.rule());
        m.put("severity", n.severity());
        m.put("text", n.message());
        m.put("factId", n.fact());
        m.put("evidence", n.evidence().stream().map(Evidence::ref).toList());
        return m;
    }

    static String label(org.lagebild.model.Modality m) {
        return m == null ? null : m.label();
    }
}
