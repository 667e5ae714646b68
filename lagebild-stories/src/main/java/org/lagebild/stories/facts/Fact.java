package org.lagebild.stories.facts;

import java.util.List;
import java.util.Objects;
import org.lagebild.model.Modality;

/**
 * One proposition stated by one or more claims of a story.
 *
 * @param id            stable, content-derived ("f" + 12 hex digits of a hash of predicate, subject, location,
 *                      unit, time and the conservative figure)
 * @param label         a short row label: predicate, subject, figure, unit, time
 * @param predicate     the proposition's predicate (see propositions.tsv)
 * @param subject       the agent (entity name, else normalised text), or null
 * @param location      the place, or null
 * @param unit          the unit lemma counted, or null
 * @param counted       the counted group as shown after the figure, in the nominative and keeping its origin
 *                      ("nordkoreanische Soldaten", "Minenräumer"); the unit lemma when no text gives more, or null
 * @param time          the event time (the widest event time of its claims), else the publication window of the
 *                      first claim ({@code fromPublication}); null when not even that is known
 * @param min           the lowest figure any source states (a value or a bound), null without figures
 * @param max           the highest figure any source states, null without figures
 * @param conservative  the most conservative figure, by the ACLED rule (see {@link FactBuilder}), or null
 * @param figure        how the sources state it ("more than 10,000", "up to 3,000", "about 2,000"), or null
 * @param evidence      the claims, in the order stated (publication order, then text order)
 * @param independentSources distinct innermost sources, syndicated copies collapsed
 * @param sources       display names of those sources, in first-stated order
 * @param status        the status history, steps collapsed
 * @param conflicts     conflicts this fact is part of
 */
public record Fact(String id, String label, String predicate, String subject, String location, String unit, String counted, EventTime time,
                   Double min, Double max, Double conservative, String figure, List<Evidence> evidence, int independentSources,
                   List<String> sources, List<StatusStep> status, List<Conflict> conflicts) {
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(predicate, "predicate");
        evidence = List.copyOf(evidence);
        sources = List.copyOf(sources);
        status = List.copyOf(status);
        conflicts = List.copyOf(conflicts);
    }

    /** The modality of the last status step (ASSERTED when there is none). */
    public Modality currentStatus() {
        return status.isEmpty() ? Modality.ASSERTED : status.get(status.size() - 1).modality();
    }

    /** True when some source states a figure. */
    public boolean hasFigure() {
        return min != null || max != null;
    }

    /** What the figure counts as shown: {@link #counted()}, else the unit lemma, else null. */
    public String countedOrUnit() {
        return counted != null ? counted : unit;
    }

    /** The distinct article ids of its evidence. */
    public List<String> articles() {
        return evidence.stream().map(Evidence::articleId).distinct().toList();
    }

    Fact withConflicts(List<Conflict> c) {
        return new Fact(id, label, predicate, subject, location, unit, counted, time, min, max, conservative, figure, evidence,
                independentSources, sources, status, c);
    }
}
