package org.lagebild.engine;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.Document;
import org.lagebild.model.Modality;
import org.lagebild.store.DerivedTables.StoryEntity;
import org.lagebild.store.DerivedTables.StoryRow;
import org.lagebild.stories.facts.Conflict;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.facts.FactSet;
import org.lagebild.stories.facts.StatusStep;
import org.lagebild.stories.timeline.TimelineEvent;

/**
 * A plain summary of a story, put together from what was found and nothing else: how many articles
 * from which outlets over which time, the main actors, the span of the chronology, the largest
 * figure with its status, the facts whose status changed, and open contradictions. Deterministic.
 */
final class StorySummary {
    private StorySummary() {
    }

    static String of(StoryRow row, List<Document> docs, FactSet facts, List<TimelineEvent> chronology) {
        StringBuilder b = new StringBuilder();
        b.append(docs.size()).append(docs.size() == 1 ? " article" : " articles");
        if (!row.sources().isEmpty()) {
            b.append(" from ").append(join(row.sources()));
        }
        if (row.firstDay() != null) {
            b.append(", published ").append(row.firstDay().getYear() == row.lastDay().getYear()
                    ? Integer.toString(row.firstDay().getYear())
                    : row.firstDay().getYear() + "–" + row.lastDay().getYear());
        }
        b.append('.');
        List<String> actors = new ArrayList<>();
        for (StoryEntity e : row.entities()) {
            if (actors.size() < 5) {
                actors.add(e.name());
            }
        }
        if (!actors.isEmpty()) {
            b.append(" Main actors: ").append(join(actors)).append('.');
        }
        List<TimelineEvent> dated = chronology.stream().filter(e -> !e.fromPublication()).toList();
        if (!dated.isEmpty()) {
            b.append(" The chronology runs from ").append(dated.get(0).time().value()).append(" (")
                    .append(dated.get(0).label()).append(") to ").append(dated.get(dated.size() - 1).time().value())
                    .append(" (").append(dated.get(dated.size() - 1).label()).append(").");
        }
        Fact largest = null;
        for (Fact f : facts.facts()) {
            if (f.conservative() != null && (largest == null || f.conservative() > largest.conservative())
                    && f.currentStatus() != Modality.DENIED) {
                largest = f;
            }
        }
        if (largest != null) {
            b.append(" Largest figure: ").append(largest.label()).append(", ")
                    .append(largest.currentStatus().label()).append(", ").append(largest.independentSources())
                    .append(largest.independentSources() == 1 ? " independent source." : " independent sources.");
        }
        for (Fact f : facts.facts()) {
            if (f.status().size() > 1 && f.currentStatus() == Modality.CONFIRMED) {
                List<String> steps = new ArrayList<>();
                for (StatusStep s : f.status()) {
                    steps.add(s.modality().label() + (s.from() == null ? "" : " " + s.from().value()));
                }
                b.append(" Status of \"").append(f.label()).append("\": ").append(String.join(" → ", steps)).append('.');
                break;
            }
        }
        long open = facts.conflicts().stream().filter(Conflict::open).count();
        if (open > 0) {
            b.append(' ').append(open).append(open == 1 ? " open contradiction." : " open contradictions.");
        }
        return b.toString();
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
