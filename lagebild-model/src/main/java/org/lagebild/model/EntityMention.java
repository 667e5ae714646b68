package org.lagebild.model;

import java.util.Objects;

/**
 * A mention of an entity in the clean text. {@code entityId} is the knowledge-base id or a stable
 * id made from the normalised name for unknown entities; {@code name} is its canonical name.
 */
public record EntityMention(Span span, String text, EntityType type, String entityId, String name,
                            double confidence, Provenance provenance) {
    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provenance, "provenance");
    }
}
