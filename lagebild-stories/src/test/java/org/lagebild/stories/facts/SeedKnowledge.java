package org.lagebild.stories.facts;

import org.lagebild.entities.kb.Entity;
import org.lagebild.entities.kb.KnowledgeBase;

/** Test helper: the entities knowledge base of lagebild-entities as {@link EntityKnowledge}, as the coordinator wires it. */
public final class SeedKnowledge implements EntityKnowledge {
    private static SeedKnowledge instance;
    private final KnowledgeBase kb = KnowledgeBase.load();

    public static synchronized SeedKnowledge get() {
        if (instance == null) {
            instance = new SeedKnowledge();
        }
        return instance;
    }

    @Override
    public String countryOf(String entityId) {
        return entityId == null ? null : kb.byId(entityId).map(Entity::country).orElse(null);
    }

    @Override
    public String description(String entityId) {
        return entityId == null ? null : kb.byId(entityId).map(Entity::role).orElse(null);
    }
}
