package org.lagebild.stories.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.lagebild.model.Modality;
import org.lagebild.stories.facts.EventTime;
import org.lagebild.stories.facts.Evidence;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.facts.FactSet;
import org.lagebild.stories.facts.Propositions;
import org.lagebild.stories.facts.StatusStep;

/**
 * Builds the chronology of a story from its facts. A fact becomes an entry when it has an event time, or a
 * definite figure (placed at its publication window, marked so), or is an occurrence that proposition-kinds.tsv
 * lets stand undated (a visit); facts only asked about (QUESTION), statements about other propositions and facts
 * without agent, place and figure (an event noun pointing back to nothing the claims stage could resolve: "teilte
 * den Besuch mit") are left out. Each CONFIRMED or DENIED step of a status history whose time is known becomes an
 * entry of its own ("2025-04: confirmed"). Entries of one time are merged when they come from one sentence ("1,000
 * deminers and 5,000 soldiers") or state one qualitative proposition (one predicate, not two different agents).
 * Ordered by {@link EventTime#ORDER}: the last day the time can be, then the first. Stateless and thread-safe.
 */
public final class Chronology {
    private final Propositions props = Propositions.get();

    /** The chronology of a fact set. */
    public List<TimelineEvent> build(FactSet facts) {
        return build(facts == null ? List.of() : facts.facts());
    }

    /** The chronology of a list of facts (null entries are skipped). */
    public List<TimelineEvent> build(List<Fact> facts) {
        List<TimelineEvent> events = new ArrayList<>();
        Map<String, String> agents = new HashMap<>();
        for (Fact f : facts == null ? List.<Fact>of() : facts) {
            if (f == null) {
                continue;
            }
            if (f.subject() != null) {
                agents.put(f.id(), f.subject());
            }
            TimelineEvent e = factEvent(f);
            if (e != null) {
                events.add(e);
            }
            events.addAll(statusEvents(f));
        }
        events = merge(events, agents);
        events.sort(Comparator.comparing(TimelineEvent::time, EventTime.ORDER).thenComparing(TimelineEvent::label));
        return List.copyOf(events);
    }

    private TimelineEvent factEvent(Fact f) {
        if (f.time() == null || f.evidence().stream().allMatch(e -> e.modality() == Modality.QUESTION)
                || props.kind(f.predicate()) == Propositions.Kind.FRAME) {
            return null;
        }
        if (f.subject() == null && f.location() == null && !f.hasFigure()) {
            return null; // "visit [reported]": an event without agent, place or figure says nothing placeable
        }
        boolean dated = !f.time().fromPublication();
        boolean definite = f.hasFigure() && f.evidence().stream().anyMatch(Chronology::definite);
        if (!dated && !definite && !(props.undatedInChronology(f.predicate()) && !f.hasFigure())) {
            return null;
        }
        return new TimelineEvent(f.time(), phrase(f), TimelineEvent.Kind.FACT, f.predicate(), List.of(f.id()), f.evidence(), f.min(),
                f.max(), f.conservative(), f.unit(), f.currentStatus());
    }

    private static boolean definite(Evidence e) {
        return e.quantity() != null && (e.quantity().value() != null || e.quantity().max() != null)
                && e.modality() != Modality.QUESTION;
    }

    private List<TimelineEvent> statusEvents(Fact f) {
        List<TimelineEvent> out = new ArrayList<>();
        if (props.kind(f.predicate()) == Propositions.Kind.FRAME) {
            return out; // a denial of an unknown proposition says nothing placeable
        }
        for (StatusStep s : f.status()) {
            if ((s.modality() != Modality.CONFIRMED && s.modality() != Modality.DENIED) || s.from() == null) {
                continue;
            }
            // no place: a state's members span places and years ("im Donbass" planned in 2022, Kursk confirmed in
            // 2025), and the fact's place need not be the one confirmed or denied
            String what = props.label(f.predicate()) + (f.subject() == null ? "" : ": " + f.subject())
                    + (f.figure() == null ? "" : " " + f.figure() + (f.countedOrUnit() == null ? "" : " " + f.countedOrUnit()));
            out.add(new TimelineEvent(s.from(), s.modality().label() + " (" + what + ")", TimelineEvent.Kind.STATUS,
                    f.predicate(), List.of(f.id()), s.evidence(), null, null, null, null, s.modality()));
        }
        return out;
    }

    /** "Nordkorea: more than 10,000 Soldaten deployed → Russland [reported]". */
    private String phrase(Fact f) {
        StringBuilder b = new StringBuilder();
        if (f.subject() != null) {
            b.append(f.subject()).append(": ");
        }
        if (f.figure() != null) {
            b.append(f.figure());
            if (f.countedOrUnit() != null) {
                b.append(' ').append(f.countedOrUnit());
            }
            b.append(' ');
        }
        b.append(props.label(f.predicate()));
        if (f.location() != null) {
            b.append(" → ").append(f.location());
        }
        b.append(" [").append(f.currentStatus().label()).append(']');
        return b.toString();
    }

    private List<TimelineEvent> merge(List<TimelineEvent> events, Map<String, String> agents) {
        List<TimelineEvent> out = new ArrayList<>();
        boolean[] used = new boolean[events.size()];
        for (int i = 0; i < events.size(); i++) {
            if (used[i]) {
                continue;
            }
            TimelineEvent a = events.get(i);
            for (int j = i + 1; j < events.size(); j++) {
                TimelineEvent b = events.get(j);
                if (!used[j] && mergeable(a, b, agents)) {
                    a = merged(a, b);
                    used[j] = true;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static boolean mergeable(TimelineEvent a, TimelineEvent b, Map<String, String> agents) {
        if (a.kind() != b.kind() || !a.time().value().equals(b.time().value()) || a.modality() != b.modality()) {
            return false;
        }
        if (a.kind() == TimelineEvent.Kind.STATUS) {
            return a.predicate().equals(b.predicate());
        }
        Set<String> sentences = new HashSet<>();
        for (Evidence e : a.evidence()) {
            sentences.add(e.articleId() + "@" + e.span().start());
        }
        for (Evidence e : b.evidence()) {
            if (sentences.contains(e.articleId() + "@" + e.span().start())) {
                return true;
            }
        }
        boolean qualitative = a.min() == null && a.max() == null && b.min() == null && b.max() == null;
        return qualitative && a.predicate().equals(b.predicate()) && sameAgent(a, b, agents);
    }

    /** False when the entries name different agents: Medwedew's and Schoigu's visits of one month are two events. */
    private static boolean sameAgent(TimelineEvent a, TimelineEvent b, Map<String, String> agents) {
        Set<String> as = new HashSet<>();
        for (String f : a.facts()) {
            as.add(agents.get(f));
        }
        for (String f : b.facts()) {
            String x = agents.get(f);
            for (String y : as) {
                if (x != null && y != null && !x.equals(y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static TimelineEvent merged(TimelineEvent a, TimelineEvent b) {
        Set<String> facts = new LinkedHashSet<>(a.facts());
        facts.addAll(b.facts());
        List<Evidence> ev = new ArrayList<>(a.evidence());
        for (Evidence e : b.evidence()) {
            if (!ev.contains(e)) {
                ev.add(e);
            }
        }
        String label = a.label().equals(b.label()) || subsumes(a, b) ? a.label() : subsumes(b, a) ? b.label()
                : a.label() + "; " + b.label();
        Double min = min(a.min(), b.min());
        Double max = a.max() == null ? b.max() : b.max() == null ? a.max() : Double.valueOf(Math.max(a.max(), b.max()));
        boolean sameUnit = Objects.equals(a.unit(), b.unit());
        return new TimelineEvent(a.time(), label, a.kind(), a.predicate(), List.copyOf(facts), ev, sameUnit ? min : a.min(),
                sameUnit ? max : a.max(), sameUnit ? min(a.conservative(), b.conservative()) : a.conservative(),
                a.unit(), a.modality());
    }

    /** True if status entry b says less than a: "confirmed (deployed)" beside "confirmed (deployed: Nordkorea)". */
    private static boolean subsumes(TimelineEvent a, TimelineEvent b) {
        return a.kind() == TimelineEvent.Kind.STATUS && b.kind() == TimelineEvent.Kind.STATUS
                && b.label().endsWith(")") && a.label().startsWith(b.label().substring(0, b.label().length() - 1) + ":");
    }

    private static Double min(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Double.valueOf(Math.min(a, b));
    }
}
