package org.lagebild.stories.cluster;

import java.util.Objects;

/**
 * What a quantified claim states, reduced to what two articles must share to state the same
 * thing: the predicate ("kill", "send"), the unit lemma ("Soldat", "" when none) and the
 * quantity's bounds [{@code low}, {@code high}] (equal for an exact figure; ±{@link Double#MAX_VALUE} for an open
 * side such as "mehr als 10.000", so the key stays finite JSON). Plain data, safe to write as JSON.
 */
public record ClaimKey(String predicate, String unit, double low, double high) {
    public ClaimKey {
        Objects.requireNonNull(predicate, "predicate");
        unit = unit == null ? "" : unit;
        if (high < low) {
            throw new IllegalArgumentException("high " + high + " below low " + low);
        }
    }

    /** Same predicate, same unit (or one unknown) and overlapping bounds. */
    public boolean matches(ClaimKey other) {
        return predicate.equals(other.predicate)
                && (unit.isEmpty() || other.unit.isEmpty() || unit.equals(other.unit))
                && low <= other.high && other.low <= high;
    }
}
