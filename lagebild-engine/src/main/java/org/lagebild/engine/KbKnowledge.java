package org.lagebild.engine;

import org.lagebild.entities.kb.Entity;
import org.lagebild.entities.kb.KnowledgeBase;
import org.lagebild.stories.facts.EntityKnowledge;

/** The entities knowledge base as the facts builder's {@link EntityKnowledge}: an entity's country and role. */
final class KbKnowledge implements EntityKnowledge {
    private final KnowledgeBase kb;

    KbKnowledge(KnowledgeBase kb) {
        this.kb = kb;
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
