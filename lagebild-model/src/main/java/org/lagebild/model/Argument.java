package org.lagebild.model;

import java.util.Objects;

/**
 * A participant of a claim or quote as written ({@code text} at {@code span}) and, when linked, the
 * entity it refers to ({@code entityId}, {@code name}; null when unlinked).
 */
public record Argument(Span span, String text, String entityId, String name) {
    public Argument {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
