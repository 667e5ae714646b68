package org.lagebild.model;

/** A sentence of the clean text; {@code index} counts from 0 in text order. */
public record Sentence(int index, Span span) {
    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index);
        }
        java.util.Objects.requireNonNull(span, "span");
    }
}
