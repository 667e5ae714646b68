package org.lagebild.store;

/**
 * An input that was not stored because its content is already stored as article {@code of}: the
 * same text under another id, typically a syndicated copy at another {@code url}.
 */
public record Duplicate(String input, String url, String id, String of) {
}
