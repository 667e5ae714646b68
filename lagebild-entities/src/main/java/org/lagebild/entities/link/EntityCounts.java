package org.lagebild.entities.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;

/**
 * Counts mentions per entity, for listings such as {@code lagebild entities --top N}. Derived forms
 * ("nordkoreanische") count for their entity but do not decide its type. Stateless and thread-safe.
 */
public final class EntityCounts {
    private EntityCounts() {
    }

    /**
     * One entity with its mention count.
     *
     * @param type     the most frequent non-derived type of its mentions (DERIV only if it has no other)
     * @param articles number of distinct article keys among its mentions (1 if counted without keys)
     */
    public record EntityCount(String entityId, String name, EntityType type, int mentions, int articles) {
    }

    /** Counts the mentions of one article, most mentioned first (ties by id). */
    public static List<EntityCount> count(Collection<EntityMention> mentions) {
        return count(Map.of("", mentions));
    }

    /** Counts mentions over several articles, keyed by article id; most mentioned first (ties by id). */
    public static List<EntityCount> count(Map<String, ? extends Collection<EntityMention>> byArticle) {
        Map<String, Acc> acc = new LinkedHashMap<>();
        byArticle.forEach((article, ms) -> {
            for (EntityMention m : ms) {
                if (m.entityId() == null) {
                    continue;
                }
                Acc a = acc.computeIfAbsent(m.entityId(), k -> new Acc(m.name()));
                a.mentions++;
                a.types.merge(m.type(), 1, Integer::sum);
                a.articles.add(article);
            }
        });
        List<EntityCount> out = new ArrayList<>();
        acc.forEach((id, a) -> {
            EntityType type = a.types.entrySet().stream()
                    .filter(e -> e.getKey() != EntityType.DERIV || a.types.size() == 1)
                    .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                    .map(Map.Entry::getKey).orElse(EntityType.MISC);
            out.add(new EntityCount(id, a.name, type, a.mentions, a.articles.size()));
        });
        out.sort(Comparator.comparingInt(EntityCount::mentions).reversed().thenComparing(EntityCount::entityId));
        return out;
    }

    private static final class Acc {
        final String name;
        int mentions;
        final Map<EntityType, Integer> types = new java.util.EnumMap<>(EntityType.class);
        final java.util.Set<String> articles = new java.util.HashSet<>();

        Acc(String name) {
            this.name = name;
        }
    }
}
