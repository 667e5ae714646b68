package org.lagebild.stories.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which figures of a story matter most: one ranking for the report's key-figures table and the summary's key figures,
 * so that the summary names the table's leading figures. A story of many articles states many figures (an English
 * shooting report: the victims, the officers at the scene, the shots fired, the reward, past years' counts), so they
 * are ranked: figures of the story's background ({@link #background}) that one article states after all others, then by
 * the headline and lead sentences, if several, that state the figure ({@link #openingSentences}), then by independent sources, a
 * figure of an event (killed, injured, deployed, captured …) before a plain count, by articles, then a figure the text
 * dates within the story's span before one dated only by its publication, and both before one dated earlier than the
 * story's first article; then time and id. A local report recalls earlier shootings in the town: those counts are
 * context, not the story's figures, and a reader expects the table and the summary to lead with the story's event.
 * Stateless and thread-safe.
 */
public final class KeyFigures {
    private KeyFigures() {
    }

    /** How many figures the report's key-figures table lists; the summary names figures of these only. */
    public static final int TABLE = 15;

    /** How long before the story's first article an event may have ended and still be the story's own. */
    public static final int OWN_DAYS = 7;

    /** How long before the story's first article an event must have ended to be its background. */
    public static final int BACKGROUND_DAYS = 31;

    /** The facts with a figure, best first by the ranking above. */
    public static List<Fact> ranked(List<Fact> facts) {
        List<Fact> withFigure = facts.stream().filter(Fact::hasFigure).toList();
        LocalDate first = firstStatedPublication(withFigure);
        return withFigure.stream().sorted(rank(first, totals(withFigure, first))).toList();
    }

    /** The unit kind of people (units.tsv): a total of the dead and the injured counts people ("1 himself" does not). */
    private static final String PERSONS = "persons";

    /** Total proposition to its parts (totals.tsv). */
    private static final Map<String, Set<String>> TOTALS = new HashMap<>();

    static {
        for (String[] r : Tsv.rows(KeyFigures.class, "totals.tsv")) {
            TOTALS.put(r[0], Set.of(r[1].split(",")));
        }
    }

    /**
     * The facts that state the total of other facts' figures (totals.tsv), in headlines and leads ({@link
     * #openingSentences}), counting people (units.tsv kind "persons"): of the story's own time, no smaller than
     * every figure of a part whose time nests with theirs, with at least one such part.
     */
    static Set<Fact> totals(List<Fact> facts, LocalDate first) {
        Set<Fact> out = new HashSet<>();
        for (Fact f : facts) {
            Set<String> parts = TOTALS.get(f.predicate());
            if (parts == null || f.conservative() == null || earlier(f, first) || openingSentences(f) == 0
                    || !PERSONS.equals(Propositions.get().unitKind(Propositions.get().singular(f.unit())))) {
                continue;
            }
            boolean any = false;
            boolean ok = true;
            for (Fact p : facts) {
                if (!parts.contains(p.predicate()) || p.conservative() == null || f.time() == null || p.time() == null
                        || !f.time().nests(p.time())) {
                    continue;
                }
                any = true;
                ok &= p.conservative() <= f.conservative();
            }
            if (any && ok) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The facts with a figure that matter most, at most {@code max}: the story's own figures in the order the fact set
     * gives them (chronological), then those of its past ({@link #earlier}).
     */
    public static List<Fact> table(List<Fact> facts, int max) {
        List<Fact> withFigure = facts.stream().filter(Fact::hasFigure).toList();
        LocalDate first = firstStatedPublication(withFigure);
        List<Fact> chosen = withFigure;
        if (withFigure.size() > max) {
            Set<Fact> top = new HashSet<>(withFigure.stream().sorted(rank(first, totals(withFigure, first))).limit(max).toList());
            chosen = withFigure.stream().filter(top::contains).toList();
        }
        List<Fact> ordered = new ArrayList<>(chosen.stream().filter(f -> !earlier(f, first)).toList());
        chosen.stream().filter(f -> earlier(f, first)).forEach(ordered::add);
        return ordered;
    }

    private static Comparator<Fact> rank(LocalDate first, Set<Fact> totals) {
        // a past event that one article recalls is background; one that several articles state is what the story is
        // about (the arrests, months later, for a shooting: "shot: 5 people (2016-11-12)" of ctpost.com and
        // doingitlocal.com)
        // then what the articles open with: a figure stated in headlines and leads is what the story is about ("1 dead,
        // 15 hurt in mass shooting …"), before one that many sources mention further down
        return Comparator.comparing((Fact f) -> background(f, first) && f.articles().size() < 2)
                .thenComparing((Fact f) -> !totals.contains(f)) // the people shot before the dead and injured among them
                .thenComparingInt((Fact f) -> -openingSentences(f))
                .thenComparingInt((Fact f) -> -f.independentSources())
                .thenComparing(f -> f.predicate().equals("count")).thenComparingInt(f -> -f.articles().size())
                .thenComparingInt(f -> ownTime(f, first))
                .thenComparing(f -> f.time() == null ? "" : f.time().value()).thenComparing(Fact::id);
    }

    /**
     * The sentences of article openings, headline or lead ({@link Evidence#opening}), that state the fact, when there
     * are at least two, else 0. A news text states its news in the headline and again in the lead ("16 shot, 1
     * fatally, at Cincinnati nightclub" / "Sixteen people were shot -- one fatally -- …"), so do several articles of
     * a story; a figure of one opening sentence is no sign of what the story is about ("8 girl killed" of one
     * headline's "8-year-old girl"), its sources decide.
     */
    public static int openingSentences(Fact f) {
        int n = (int) f.evidence().stream().filter(Evidence::opening).map(e -> e.articleId() + "#" + e.span().start())
                .distinct().count();
        return n >= 2 ? n : 0;
    }

    /**
     * True when the text dates the fact's event (not its publication) to a time that ended more than {@link #OWN_DAYS}
     * days before {@code firstPublication}: an earlier event the story recalls ("the most recent before Sunday's on Feb.
     * 28"); false when either is unknown.
     */
    public static boolean earlier(Fact f, LocalDate firstPublication) {
        return firstPublication != null && f.time() != null && !f.time().fromPublication() && f.time().end() != null
                && f.time().end().isBefore(firstPublication.minusDays(OWN_DAYS));
    }

    /** 0: the text dates the fact within the story's span; 1: dated by its publication only or not at all; 2: earlier. */
    public static int ownTime(Fact f, LocalDate firstPublication) {
        if (earlier(f, firstPublication)) {
            return 2;
        }
        return f.time() == null || f.time().fromPublication() ? 1 : 0;
    }

    /**
     * True when the fact's event time (stated in the text, not taken from the publication) ended more than
     * {@link #BACKGROUND_DAYS} days before {@code firstPublication}, the story's first stated publication day; false
     * when either is unknown.
     */
    public static boolean background(Fact f, LocalDate firstPublication) {
        return firstPublication != null && f.time() != null && !f.time().fromPublication() && f.time().end() != null
                && f.time().end().isBefore(firstPublication.minusDays(BACKGROUND_DAYS));
    }

    /** The earliest publication day stated (not inferred) by the evidence of these facts, or null. */
    public static LocalDate firstStatedPublication(List<Fact> facts) {
        LocalDate first = null;
        for (Fact f : facts) {
            for (Evidence e : f.evidence()) {
                if (e.published().isKnown() && !e.published().isInferred() && e.published().date() != null
                        && (first == null || e.published().date().isBefore(first))) {
                    first = e.published().date();
                }
            }
        }
        return first;
    }
}
