package org.lagebild.stories.facts;

import java.util.List;
import java.util.Objects;

/**
 * Sources that disagree on one proposition: {@code kind} MODALITY (one side denies what the other states or
 * confirms) or VALUE (figures for the same proposition and time that cannot both be true). {@code facts} names
 * the fact ids involved (one for MODALITY, two for VALUE); {@code open} is false when a later confirmation by
 * the sources settled it (the status history ends in CONFIRMED after the last denial).
 */
public record Conflict(Kind kind, List<String> facts, String reason, List<Evidence> sideA, List<Evidence> sideB, boolean open) {
    /** What the sources disagree on. */
    public enum Kind { MODALITY, VALUE }

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        facts = List.copyOf(facts);
        sideA = List.copyOf(sideA);
        sideB = List.copyOf(sideB);
    }
}
