package org.lagebild.stories.facts;

import java.util.List;
import java.util.Optional;

/** The facts of one story (ordered by time, then label) and all their conflicts. */
public record FactSet(List<Fact> facts, List<Conflict> conflicts) {
    public FactSet {
        facts = List.copyOf(facts);
        conflicts = List.copyOf(conflicts);
    }

    /** The fact with this id, if any. */
    public Optional<Fact> byId(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
