package org.lagebild.model;

import java.util.Objects;

/**
 * A time expression normalised TIMEX3-style: {@code value} such as "2024-08-06", "2024-FA", "P5M",
 * "PAST_REF"; {@code mod} such as "END", "START", "MORE_THAN" (null when none); {@code anchor} is
 * what a relative value was resolved against ("DCT", or the value of an earlier expression).
 * {@code resolved} is false when the value could not be determined; then {@code value} is null.
 */
public record TimeExpression(Span span, String text, TimexType type, String value, String mod,
                             String anchor, boolean resolved, Provenance provenance) {
    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provenance, "provenance");
    }
}
