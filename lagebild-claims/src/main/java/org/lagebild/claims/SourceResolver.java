package org.lagebild.claims;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Span;

/**
 * Who a source or speaker phrase that is no name refers to ({@link SourceReferents}). A pronoun ("er", "sie",
 * "Seiner Ansicht", "ihren Worten") takes an antecedent that agrees with it in gender and number (column agrees of
 * {@code source-referents.tsv}; for "sie" the number of its verb, {@link VerbNumber}): the last source named before
 * it (in its sentence or the three before) that agrees, else the nearest person, description or organisation
 * ({@link Antecedents}) before it in its sentence that agrees, else the first one that agrees of the two sentences
 * before. A described antecedent is the person it names or who holds its title in the article ("Präsident Obama …
 * der Präsident"), else the description itself ("der Präsident"): then the resolution has a name and no entity.
 * "eigenen Angaben" takes the first actor named before it in its sentence. One per document run; not thread-safe (it
 * collects the sources).
 */
final class SourceResolver {
    /**
     * What a phrase refers to: its referent kind and, when resolved, the entity and its name; a description no one
     * was found for has a name ("der Präsident") and no entity; both null when unresolved.
     */
    record Resolution(SourceReferents.Referent referent, String entityId, String name) {
        /** Whether the phrase refers to an entity. */
        boolean resolved() {
            return entityId != null;
        }

        /** Whether a reader can be shown whom the phrase refers to: an entity, or a description. */
        boolean named() {
            return name != null;
        }
    }

    /** Words that open a description of someone other than the one named before ("another neighbor"). */
    private static final Set<String> OTHER = WordClasses.of("other-opener");

    /** How a described source written in lower case starts: an article or an adjective ("britischer Forscher"). */
    private static final java.util.regex.Pattern DESCRIPTION_START = java.util.regex.Pattern.compile(
            "(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines|einen|the|a|an|\\p{Ll}+(?:e|en|er|es|em))\\s");

    private final Document d;
    private final String text;
    private final Speakers ents;
    private final Predicate<String> person;
    private final SourceReferents refs = SourceReferents.load();
    private Antecedents antecedents;
    /** The persons named as sources before, by offset. */
    private final TreeMap<Integer, Antecedents.Candidate> named = new TreeMap<>();
    /** The sources described before ("die Forscher", "Finanzminister Giannis Varoufakis"), by offset. */
    private final TreeMap<Integer, Antecedents.Candidate> described = new TreeMap<>();

    SourceResolver(Document d, Speakers ents, Predicate<String> person) {
        this.d = d;
        this.text = d.text();
        this.ents = ents;
        this.person = person;
    }

    private Antecedents antecedents() {
        if (antecedents == null) {
            antecedents = new Antecedents(text, ents, "en".equals(d.language()));
        }
        return antecedents;
    }

    /**
     * Notes a source or speaker, for the pronouns after it: a linked person, or an unlinked phrase that names or
     * describes someone with a noun of {@code antecedent-nouns.tsv} ("Finanzminister Giannis Varoufakis", "die
     * Forscher").
     */
    void named(Span span, String entityId, String name) {
        named(span, null, entityId, name);
    }

    /** As {@link #named(Span, String, String)}, with the phrase as written ({@code text}) for an unlinked source. */
    void named(Span span, String text, String entityId, String name) {
        if (span == null) {
            return;
        }
        if (entityId != null) {
            if (person.test(entityId)) {
                named.put(span.start(), new Antecedents.Candidate(span.start(), span.end(), entityId, name,
                        antecedents().gender(entityId), false, true));
            }
            return;
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || !SourceNames.names(t) || Character.isLowerCase(t.charAt(0)) && !DESCRIPTION_START.matcher(t).lookingAt()) {
            return; // "als Vorsitzender des Rates": no source of its own
        }
        AntecedentNouns.Reading r = AntecedentNouns.load().read(t, "en".equals(d.language()));
        if (r == null) {
            return;
        }
        Antecedents.Candidate holder = r.person() && !r.plural() ? antecedents().namedAt(span.start(), span.end()) : null;
        described.put(span.start(), holder != null ? holder
                : new Antecedents.Candidate(span.start(), span.end(), null, t, r.gender(), r.plural(), r.person()));
    }

    /**
     * What an unlinked phrase at {@code span} refers to. A description ("Der Präsident") is the person the article
     * names as holding its title before it ("Präsident Wladimir Putin"), else stays a name of its own (no entity).
     */
    Resolution resolve(Span span, String phrase) {
        SourceReferents.Referent r = refs.of(phrase);
        Antecedents.Candidate c = switch (r) {
            case PRONOUN, AMBIGUOUS -> antecedent(span, agreement(span, phrase));
            case NAME -> holder(span, phrase);
            default -> null;
        };
        if (c != null) {
            return new Resolution(r, c.entityId(), c.name());
        }
        String[] own = r == SourceReferents.Referent.OWN ? ownActor(span) : null;
        return new Resolution(r, own == null ? null : own[0], own == null ? null : own[1]);
    }

    /** The person a described singular person at {@code span} is, by a title the article gave them before; or null. */
    private Antecedents.Candidate holder(Span span, String phrase) {
        String first = phrase.strip().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (OTHER.contains(first)) {
            return null; // "another neighbor" is not the neighbor named before
        }
        AntecedentNouns.Reading r = AntecedentNouns.load().read(phrase, "en".equals(d.language()));
        if (r == null || !r.person() || r.plural()) {
            return null;
        }
        Antecedents.Candidate c = antecedents().namedAt(span.start(), span.start() + 1);
        return c != null && c.start() == span.start() && c.end() <= span.end() ? c : null;
    }

    /** What the antecedent of the pronoun phrase must be, or null when nothing is safe ("sie" without a verb's number). */
    private String agreement(Span span, String phrase) {
        String a = refs.agreement(phrase);
        if (!"sie".equals(a)) {
            return a;
        }
        return switch (VerbNumber.load().of(text, span.start(), span.end())) {
            case SG -> "sie-sg";
            case PL -> "sie-pl";
            case NONE -> null;
        };
    }

    private Antecedents.Candidate antecedent(Span span, String agrees) {
        int si = d.sentenceAt(span.start());
        if (si < 0 || agrees == null) {
            return null;
        }
        // the speaker goes on: the last person named as a source before it that agrees, in its sentence or the three
        // before; else the last source described so
        for (TreeMap<Integer, Antecedents.Candidate> sources : List.of(named, described)) {
            NavigableMap<Integer, Antecedents.Candidate> before = sources.headMap(span.start(), false).descendingMap();
            for (Map.Entry<Integer, Antecedents.Candidate> e : before.entrySet()) {
                if (d.sentenceAt(e.getKey()) < si - 3) {
                    break;
                }
                if (e.getValue().agrees(agrees)) {
                    return e.getValue();
                }
            }
        }
        Antecedents.Candidate near = null;
        for (Antecedents.Candidate c : antecedents().within(d.sentences().get(si).span().start(), span.start())) {
            if (c.end() <= span.start() && c.agrees(agrees)) {
                near = c;
            }
        }
        if (near != null) {
            return near;
        }
        for (int p = si - 1; p >= 0 && p >= si - 2; p--) {
            Span ps = d.sentences().get(p).span();
            for (Antecedents.Candidate c : antecedents().within(ps.start(), ps.end())) {
                if (c.agrees(agrees)) {
                    return c;
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
