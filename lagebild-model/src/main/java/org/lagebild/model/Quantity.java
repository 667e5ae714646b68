package org.lagebild.model;

import java.util.Objects;

/**
 * A stated amount with the bounds the text gives. {@code value} is the number as written (null if
 * unresolvable, e.g. beyond double range), {@code min}/{@code max} the bounds (null when the text
 * gives none), {@code qualifier} the word that set them ("bis zu", "mehr als", "rund"),
 * {@code unit}/{@code unitLemma} what is counted or measured ("Soldaten"/"Soldat", "Mann", "%"),
 * and {@code counts} the noun phrase it quantifies ("nordkoreanische Soldaten") or null.
 */
public record Quantity(Span span, String text, Double value, Double min, Double max,
                       boolean minExclusive, boolean maxExclusive, boolean approximate, String qualifier,
                       String unit, String unitLemma, String counts, Provenance provenance) {
    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
        if (min != null && max != null && max < min) {
            throw new IllegalArgumentException("max " + max + " below min " + min);
        }
    }
}
