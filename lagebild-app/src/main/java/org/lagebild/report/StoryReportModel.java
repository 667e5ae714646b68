package org.lagebild.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lagebild.model.Document;
import org.lagebild.store.DerivedTables.StoryRow;
import org.lagebild.stories.facts.Conflict;
import org.lagebild.stories.facts.Evidence;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.facts.FactSet;
import org.lagebild.stories.facts.KeyFigures;

/**
 * What the situation report of one story shows: its summary, key figures, timeline chart points,
 * chronology, actors, source notes and open contradictions, each pointing to its evidence (article
 * and quoted sentence). Built once; {@link StoryHtmlReport} and {@link StoryMarkdownReport} only format it.
 */
public record StoryReportModel(LocalDate generated, StoryRow story, String summary, List<Document> documents,
                               FactSet facts, List<Event> chronology, List<Note> notes) {

    /** One entry of the chronology: when (a TIMEX-like value and its granularity), what, how firmly, on what evidence. */
    public record Event(String time, String granularity, LocalDate start, LocalDate end, String label, String modality,
                        Double value, Double min, Double max, String unit, List<Evidence> evidence) {
        public Event {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(label, "label");
            evidence = List.copyOf(evidence);
        }
    }

    /** A remark on the sources of a fact, for example a figure resting on one anonymous source. */
    public record Note(String kind, String text, String factId, List<Evidence> evidence) {
        public Note {
            Objects.requireNonNull(text, "text");
            evidence = List.copyOf(evidence);
        }
    }

    public StoryReportModel {
        Objects.requireNonNull(story, "story");
        documents = List.copyOf(documents);
        chronology = List.copyOf(chronology);
        notes = List.copyOf(notes);
    }

    /** The report of a story as the engine pictures it. */
    public static StoryReportModel of(org.lagebild.engine.Lagebild.StoryPicture p, LocalDate generated) {
        List<Event> events = new ArrayList<>();
        for (org.lagebild.stories.timeline.TimelineEvent e : chronology(p.chronology(), p.facts() == null ? List.of() : p.facts().facts())) {
            events.add(new Event(e.time().value(), e.fromPublication() ? "publication window"
                    : e.granularity().name().toLowerCase(java.util.Locale.ROOT), e.time().start(), e.time().end(),
                    e.label(), e.modality().label(), e.min() != null && e.min().equals(e.max()) ? e.min() : null,
                    e.min(), e.max(), e.unit(), e.evidence()));
        }
        List<Note> notes = new ArrayList<>();
        for (org.lagebild.stories.facts.SourceNote n : p.notes()) {
            notes.add(new Note(n.rule(), n.message(), n.fact(), n.evidence()));
        }
        return new StoryReportModel(generated, p.story(), p.summary(), p.documents(), p.facts(), events, notes);
    }

    /** At most this many facts are key figures; the rest are listed by {@code lagebild facts STORY}. */
    public static final int KEY_FIGURES = org.lagebild.stories.facts.KeyFigures.TABLE;

    /** The facts that state a figure, at most {@link #KEY_FIGURES} of them: the key-figures table and the chart. */
    public List<Fact> keyFigures() {
        return keyFigures(facts.facts(), KEY_FIGURES);
    }

    /** How many facts with a figure the key figures leave out. */
    public int otherFigures() {
        return (int) facts.facts().stream().filter(Fact::hasFigure).count() - keyFigures().size();
    }

    /** The source notes on the key figures (and those on no fact in particular). */
    public List<Note> keyNotes() {
        return onKeyFigures(notes, Note::factId, facts.facts());
    }

    /**
     * Of some notes, those on a key figure of {@code facts} ({@link #keyFigures(List, int)}) or on no fact in
     * particular ({@code factOf} gives null): the source notes a report and the demo show.
     */
    public static <T> List<T> onKeyFigures(List<T> notes, java.util.function.Function<T, String> factOf, List<Fact> facts) {
        java.util.Set<String> shown = new java.util.HashSet<>();
        keyFigures(facts, KEY_FIGURES).forEach(f -> shown.add(f.id()));
        return notes.stream().filter(n -> factOf.apply(n) == null || shown.contains(factOf.apply(n))).toList();
    }

    /**
     * The facts with a figure that matter most, at most {@code max}: the story's own figures in the order the fact set
     * gives them, then those of its past; ranked by {@link KeyFigures}, the ranking the summary's key figures share.
     */
    public static List<Fact> keyFigures(List<Fact> facts, int max) {
        return KeyFigures.table(facts, max);
    }

    /**
     * The entries of a story's chronology that a report shows: changes of status, events without a figure (a visit, a
     * treaty) and the events of the key figures ({@link #keyFigures(List, int)}). The figures left out of the key
     * figures (plain counts of one source in a long story) are left out here too; {@code lagebild timeline STORY}
     * lists every entry.
     */
    public static List<org.lagebild.stories.timeline.TimelineEvent> chronology(
            List<org.lagebild.stories.timeline.TimelineEvent> all, List<Fact> facts) {
        List<Fact> key = keyFigures(facts, KEY_FIGURES);
        if (key.size() == facts.stream().filter(Fact::hasFigure).count()) {
            return all;
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        key.forEach(f -> shown.add(f.id()));
        java.util.Set<String> withFigure = new java.util.HashSet<>();
        facts.stream().filter(Fact::hasFigure).forEach(f -> withFigure.add(f.id()));
        return all.stream().filter(e -> e.kind() == org.lagebild.stories.timeline.TimelineEvent.Kind.STATUS
                || e.facts().stream().noneMatch(withFigure::contains) || e.facts().stream().anyMatch(shown::contains)).toList();
    }

    /** Contradictions the sources have not settled. */
    public List<Conflict> openConflicts() {
        return facts.conflicts().stream().filter(Conflict::open).toList();
    }

    /** Every piece of evidence the report cites, once, in first-cited order. */
    public List<Evidence> allEvidence() {
        Map<String, Evidence> out = new LinkedHashMap<>();
        for (Fact f : facts.facts()) {
            f.evidence().forEach(e -> out.putIfAbsent(e.ref(), e));
        }
        for (Event e : chronology) {
            e.evidence().forEach(x -> out.putIfAbsent(x.ref(), x));
        }
        for (Note n : notes) {
            n.evidence().forEach(x -> out.putIfAbsent(x.ref(), x));
        }
        for (Conflict c : facts.conflicts()) {
            c.sideA().forEach(x -> out.putIfAbsent(x.ref(), x));
            c.sideB().forEach(x -> out.putIfAbsent(x.ref(), x));
        }
        return new ArrayList<>(out.values());
    }

    /** The document of an article id, or null. */
    public Document document(String articleId) {
        for (Document d : documents) {
            if (d.article().id().equals(articleId)) {
                return d;
            }
        }
        return null;
    }

    /** The in-page anchor of a piece of evidence. */
    public static String anchor(Evidence e) {
        return "ev-" + safe(e.articleId()) + "-" + safe(e.claimId());
    }

    /** The in-page anchor of an article. */
    public static String articleAnchor(String articleId) {
        return "a-" + safe(articleId);
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
