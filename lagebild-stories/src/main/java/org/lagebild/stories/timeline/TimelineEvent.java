package org.lagebild.stories.timeline;

import java.util.List;
import java.util.Objects;
import org.lagebild.model.Modality;
import org.lagebild.stories.facts.EventTime;
import org.lagebild.stories.facts.Evidence;
import org.lagebild.stories.facts.Granularity;

/**
 * One entry of a chronology: when ({@code time}, with its granularity; {@code time.fromPublication()} when the
 * text gave no event time and the publication window stands in), what ({@code label}), the facts and claims
 * behind it, the figure if any ({@code min}/{@code max}/{@code conservative} and {@code unit}), and how firmly
 * it is stated ({@code modality}: the fact's status as last stated, or the status step it marks).
 *
 * @param kind      FACT for a fact placed at its time, STATUS for a change of a fact's status (confirmed, denied)
 * @param predicate the facts' proposition predicate ("deploy", "visit")
 */
public record TimelineEvent(EventTime time, String label, Kind kind, String predicate, List<String> facts, List<Evidence> evidence,
                            Double min, Double max, Double conservative, String unit, Modality modality) {
    /** What an entry marks. */
    public enum Kind { FACT, STATUS }

    public TimelineEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(modality, "modality");
        facts = List.copyOf(facts);
        evidence = List.copyOf(evidence);
    }

    public Granularity granularity() {
        return time.granularity();
    }

    /** True when the publication window stands in for an event time the text did not give. */
    public boolean fromPublication() {
        return time.fromPublication();
    }

    /** The distinct article ids behind the entry. */
    public List<String> articles() {
        return evidence.stream().map(Evidence::articleId).distinct().toList();
    }
}
