package org.lagebild.claims;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;
import org.lagebild.model.Span;

/**
 * Who a source or speaker phrase that is no name refers to ({@link SourceReferents}): a pronoun ("er", "Seiner
 * Ansicht") the last person named as a source before it (in its sentence or the three before), else the nearest
 * person named before it in its sentence, else the first person of the two sentences before; "eigenen Angaben" the
 * first actor named before it in its sentence. One per document run; not thread-safe (it collects the persons
 * named as sources).
 */
final class SourceResolver {
    /** What a phrase refers to: its referent kind and, when resolved, the entity (both null when unresolved). */
    record Resolution(SourceReferents.Referent referent, String entityId, String name) {
        boolean resolved() {
            return entityId != null;
        }
    }

    private final Document d;
    private final String text;
    private final Speakers ents;
    private final Predicate<String> person;
    private final SourceReferents refs = SourceReferents.load();
    /** The persons named as sources, by offset: {entity id, name}. */
    private final TreeMap<Integer, String[]> named = new TreeMap<>();

    SourceResolver(Document d, Speakers ents, Predicate<String> person) {
        this.d = d;
        this.text = d.text();
        this.ents = ents;
        this.person = person;
    }

    /** Notes a linked source or speaker, for the pronouns after it. */
    void named(Span span, String entityId, String name) {
        if (span == null || entityId == null || !person.test(entityId)) {
            return;
        }
        named.put(span.start(), new String[] {entityId, name});
    }

    /** What an unlinked phrase at {@code span} refers to. */
    Resolution resolve(Span span, String phrase) {
        SourceReferents.Referent r = refs.of(phrase);
        String[] ref = switch (r) {
            case PRONOUN -> antecedent(span);
            case OWN -> ownActor(span);
            default -> null;
        };
        return new Resolution(r, ref == null ? null : ref[0], ref == null ? null : ref[1]);
    }

    private String[] antecedent(Span span) {
        int si = d.sentenceAt(span.start());
        if (si < 0) {
            return null;
        }
        // the speaker goes on: the last person named as a source before it, in its sentence or the three before
        Map.Entry<Integer, String[]> source = named.lowerEntry(span.start());
        if (source != null && d.sentenceAt(source.getKey()) >= si - 3) {
            return source.getValue();
        }
        EntityMention near = null;
        for (EntityMention m : ents.within(d.sentences().get(si).span().start(), span.start())) {
            if (m.type() == EntityType.PER && m.entityId() != null && m.span().end() <= span.start()) {
                near = m;
            }
        }
        if (near != null) {
            return new String[] {near.entityId(), near.name()};
        }
        for (int p = si - 1; p >= 0 && p >= si - 2; p--) {
            Span ps = d.sentences().get(p).span();
            for (EntityMention m : ents.within(ps.start(), ps.end())) {
                if (m.type() == EntityType.PER && m.entityId() != null) {
                    return new String[] {m.entityId(), m.name()};
                }
            }
        }
        return null;
    }

    private String[] ownActor(Span span) {
        int si = d.sentenceAt(span.start());
        if (si < 0) {
            return null;
        }
        for (EntityMention m : ents.within(d.sentences().get(si).span().start(), span.start())) {
            if (m.span().end() <= span.start() && Speakers.actor(m) && m.entityId() != null
                    && !Speakers.compoundModifier(text, m) && !Phrases.genitive(m)) {
                return new String[] {m.entityId(), m.name()};
            }
        }
        return null;
    }
}
