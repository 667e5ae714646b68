package org.lagebild.model;

import java.util.Objects;

/**
 * One link of an attribution chain. {@code span} is null for sources that are not in the text
 * (the publisher). {@code role} is one of "publisher", "agency", "outlet", "official", "service",
 * "expert", "anonymous", "media", "other", or "unresolved": a pronoun or phrase ("er", "Seiner Ansicht")
 * whose person was not found, which views show as what the text says, never as a name.
 */
public record Source(Span span, String text, String entityId, String name, String role) {
    public Source {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
    }
}
