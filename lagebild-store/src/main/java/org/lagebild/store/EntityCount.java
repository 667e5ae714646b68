package org.lagebild.store;

/**
 * How often an entity is mentioned: {@code mentions} in total, in how many {@code articles}.
 * {@code entityId} is null for mentions without an id (they are grouped by normalised name).
 */
public record EntityCount(String entityId, String name, String type, long mentions, long articles) {
}
