package org.lagebild.model;

import java.util.List;
import java.util.Objects;

/**
 * One proposition of a sentence: who ({@code subject}) did what ({@code predicate}, from the event
 * ontology; {@code verb} as written) to what ({@code object}), how many ({@code quantity}), where
 * ({@code location}) and when ({@code time}: the event's time, not the publication's), who says so
 * ({@code attribution}: publisher first, original source last) and how firmly ({@code modality},
 * decided by {@code cues}). Parts the text does not give are null, never guessed.
 *
 * @param id       stable within the article ("c3": the claim's index)
 * @param sentence index of the sentence it comes from
 */
public record Claim(String id, ClaimKind kind, Span span, int sentence, String predicate, String verb,
                    Argument subject, Argument object, Quantity quantity, Argument location, TimeExpression time,
                    List<Source> attribution, Modality modality, List<String> cues, Quote quote, Provenance provenance) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(provenance, "provenance");
        attribution = attribution == null ? List.of() : List.copyOf(attribution);
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
