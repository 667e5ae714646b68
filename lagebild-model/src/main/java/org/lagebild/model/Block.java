package org.lagebild.model;

import java.util.Objects;

/** A typed block of the clean text, by its span in {@link Article#text()}. */
public record Block(BlockType type, Span span) {
    public Block {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }
}
