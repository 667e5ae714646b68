package org.lagebild.stories.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lagebild.model.Modality;
import org.lagebild.model.Source;

/**
 * Source notes for the figures of a story: a figure that rests on a single anonymous source, on tabloid
 * reporting, on a single source, or on no named source. Rules and wording in source-notes.tsv, outlet kinds in
 * outlet-kinds.tsv (and the KB description via {@link EntityKnowledge}). Only facts with a figure get notes;
 * single-source and unattributed notes are skipped when a stronger note already covers the fact.
 * Immutable and thread-safe.
 */
public final class SourceNotes {
    private record Rule(String severity, String message) {
    }

    private record OutletKind(String key, String kind) {
    }

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final List<OutletKind> kinds = new ArrayList<>();
    private final EntityKnowledge kb;

    public SourceNotes() {
        this(EntityKnowledge.NONE);
    }

    public SourceNotes(EntityKnowledge kb) {
        this.kb = kb == null ? EntityKnowledge.NONE : kb;
        for (String[] r : Tsv.rows(SourceNotes.class, "source-notes.tsv")) {
            rules.put(r[0], new Rule(r[1], r[2]));
        }
        for (String[] r : Tsv.rows(SourceNotes.class, "outlet-kinds.tsv")) {
            kinds.add(new OutletKind(r[0].toLowerCase(Locale.ROOT), r[1]));
        }
    }

    /** The notes for a story's facts, in fact order. */
    public List<SourceNote> notes(FactSet facts) {
        List<SourceNote> out = new ArrayList<>();
        if (facts == null) {
            return out;
        }
        for (Fact f : facts.facts()) {
            if (!f.hasFigure()) {
                continue;
            }
            List<Evidence> credible = f.evidence().stream()
                    .filter(e -> e.modality() != Modality.DENIED && e.modality() != Modality.QUESTION).toList();
            if (credible.isEmpty()) {
                continue;
            }
            boolean strong = false;
            if (f.independentSources() == 1 && credible.stream().anyMatch(e -> "anonymous".equals(e.sourceRole())
                    && f.sources().contains(e.sourceText()))) {
                strong |= add(out, "single-anonymous", f, credible.stream().filter(e -> "anonymous".equals(e.sourceRole())).toList(),
                        f.sources().get(0), null);
            }
            Set<String> tabloids = new LinkedHashSet<>();
            boolean allViaTabloid = true;
            Map<String, Boolean> articleViaTabloid = new LinkedHashMap<>();
            for (Evidence e : credible) {
                boolean via = false;
                for (Source s : e.attribution()) {
                    if ("tabloid".equals(kindOf(s.entityId(), s.name() != null ? s.name() : s.text()))) {
                        tabloids.add(s.name() != null ? s.name() : s.text());
                        via = true;
                    }
                }
                if (e.attribution().isEmpty() && "tabloid".equals(kindOf(null, e.publisher()))) {
                    tabloids.add(e.publisher());
                    via = true;
                }
                articleViaTabloid.merge(e.articleId(), via, Boolean::logicalOr);
            }
            for (boolean v : articleViaTabloid.values()) {
                allViaTabloid &= v;
            }
            if (allViaTabloid && !tabloids.isEmpty()) {
                strong |= add(out, "tabloid", f, credible, null, String.join(", ", tabloids));
            }
            if (strong) {
                continue;
            }
            boolean unattributed = credible.stream().allMatch(e -> "publisher".equals(e.sourceRole()) || "agency".equals(e.sourceRole()));
            if (unattributed) {
                add(out, "unattributed", f, credible, String.join(", ", f.sources()), null);
            } else if (f.independentSources() == 1) {
                add(out, "single-source", f, credible, f.sources().get(0), null);
            }
        }
        return out;
    }

    private boolean add(List<SourceNote> out, String id, Fact f, List<Evidence> ev, String source, String outlet) {
        Rule r = rules.get(id);
        if (r == null) {
            return false;
        }
        String figure = f.label();
        int paren = figure.lastIndexOf(" (");
        if (paren > 0) {
            figure = figure.substring(0, paren);
        }
        String msg = r.message.replace("{figure}", figure).replace("{source}", source == null ? "" : source)
                .replace("{outlet}", outlet == null ? "" : outlet);
        out.add(new SourceNote(id, r.severity, f.id(), msg, ev));
        return true;
    }

    /** The kind of an outlet ("tabloid", "agency") by entity id, KB description or name; null when unknown. */
    public String kindOf(String entityId, String name) {
        String desc = entityId == null ? null : kb.description(entityId);
        String d = desc == null ? "" : desc.toLowerCase(Locale.ROOT);
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).replace("\"", "").replace("„", "").replace("“", "").strip();
        for (OutletKind k : kinds) {
            if (entityId != null && k.key.equals(entityId.toLowerCase(Locale.ROOT))) {
                return k.kind;
            }
            if (k.key.startsWith("desc:") && !d.isEmpty() && d.contains(k.key.substring(5))) {
                return k.kind;
            }
            if (k.key.startsWith("name:") && !n.isEmpty() && (n.equals(k.key.substring(5)) || n.endsWith(" " + k.key.substring(5)))) {
                return k.kind;
            }
        }
        return null;
    }
}
