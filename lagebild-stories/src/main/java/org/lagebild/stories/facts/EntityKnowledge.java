package org.lagebild.stories.facts;

/**
 * What the facts stage may learn about an entity id from a knowledge base it does not depend on (the
 * coordinator passes lagebild-entities' KB). Implementations must be thread-safe; both methods return null
 * when they do not know.
 */
public interface EntityKnowledge {

    /** The country (an entity id such as "lb:gpe:ru") a place, organisation or person belongs to. */
    String countryOf(String entityId);

    /** A short description or role ("britische Boulevardzeitung", "Nachrichtenagentur"). */
    String description(String entityId);

    /** Knows nothing: places are compatible only when equal, outlets have no kind from a KB. */
    EntityKnowledge NONE = new EntityKnowledge() {
        @Override
        public String countryOf(String entityId) {
            return null;
        }

        @Override
        public String description(String entityId) {
            return null;
        }
    };
}
