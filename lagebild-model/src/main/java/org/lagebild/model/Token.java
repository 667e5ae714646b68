package org.lagebild.model;

/** A token of the clean text with the index of its sentence. */
public record Token(Span span, int sentence) {
    public Token {
        java.util.Objects.requireNonNull(span, "span");
    }
}
