package org.lagebild.stories.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.lagebild.model.Modality;
import org.lagebild.stories.facts.Evidence;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.facts.FactSet;

/**
 * The number of people a story says were killed, derived from its "killed" facts (killing and dying, see
 * propositions.tsv). The rule:
 *
 * <ol>
 *   <li>Only credible statements count: evidence that is denied, questioned or explicitly not confirmed is left
 *   out (as {@link org.lagebild.stories.facts.FactBuilder} does for the conservative figure).</li>
 *   <li>A fact with a figure states a death toll: its most conservative figure (the lowest credible one, ACLED's
 *   rule). Several articles repeating one toll are one fact, so repeated deaths are never summed.</li>
 *   <li>A fact whose stated event time ended more than a month before the story's first article is about an
 *   earlier event ("Journi Johnson was killed in December", in a January article) and does not count.</li>
 *   <li>Facts with different figures are different statements about the same event, often partial ("Jason, 18,
 *   died" beside "two people were killed"), or figures of other events (a city's year so far). The toll is the
 *   figure of the best supported fact: the one stated by the most articles, then the one stated earliest in its
 *   article (headline and lead give the toll; background comes later), then in the most sentences, then the
 *   largest.</li>
 *   <li>A killing stated without any number ("the victims were killed") counts as one death when no fact gives
 *   a figure: somebody died, and one is the conservative reading.</li>
 *   <li>No credible killed fact: nobody was killed.</li>
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class KilledCount {
    /** The proposition of killing and dying in propositions.tsv. */
    public static final String PREDICATE = "killed";
    /** How long before the first article an event may have happened and still be the story's. */
    static final int BACKGROUND_DAYS = 31;
    private static final Set<Modality> NOT_CREDIBLE = Set.of(Modality.DENIED, Modality.QUESTION, Modality.NOT_CONFIRMED);

    private KilledCount() {
    }

    /**
     * The toll of a story and what it rests on.
     *
     * @param killed  the number of dead (0 when no credible killed fact exists)
     * @param basis   the fact the number comes from, or null
     * @param rule    which step of the rule decided: "figure", "no-figure" or "none"
     */
    public record Estimate(int killed, Fact basis, String rule) {
    }

    /** The toll the facts of one story give. */
    public static Estimate of(FactSet facts) {
        return of(facts.facts());
    }

    /** The toll these facts give (facts of other predicates are ignored). */
    public static Estimate of(List<Fact> facts) {
        List<Scored> figures = new ArrayList<>();
        Fact bare = null;
        LocalDate first = null;
        for (Fact f : facts) {
            for (Evidence e : f.evidence()) {
                LocalDate d = e.published().date() != null ? e.published().date() : e.published().earliest();
                first = d == null || first != null && !d.isBefore(first) ? first : d;
            }
        }
        for (Fact f : facts) {
            if (!PREDICATE.equals(f.predicate()) || background(f, first)) {
                continue;
            }
            List<Evidence> credible = f.evidence().stream().filter(e -> !NOT_CREDIBLE.contains(e.modality())).toList();
            if (credible.isEmpty()) {
                continue;
            }
            if (f.conservative() != null && f.conservative() >= 1) {
                long articles = credible.stream().map(Evidence::articleId).distinct().count();
                int position = credible.stream().mapToInt(e -> e.span().start()).min().orElse(Integer.MAX_VALUE);
                figures.add(new Scored(f, (int) articles, position, credible.size(), f.conservative()));
            } else if (!f.hasFigure() && bare == null) {
                bare = f;
            }
        }
        if (!figures.isEmpty()) {
            figures.sort(Comparator.comparingInt((Scored x) -> -x.articles()).thenComparingInt(Scored::position)
                    .thenComparingInt(x -> -x.statements()).thenComparingDouble(x -> -x.figure()));
            Scored best = figures.get(0);
            return new Estimate((int) Math.floor(best.figure()), best.fact(), "figure");
        }
        if (bare != null) {
            return new Estimate(1, bare, "no-figure");
        }
        return new Estimate(0, null, "none");
    }

    /** A fact whose stated event time ended more than a month before the first article: an earlier event. */
    static boolean background(Fact f, LocalDate first) {
        return first != null && f.time() != null && !f.time().fromPublication() && f.time().end() != null
                && f.time().end().isBefore(first.minusDays(BACKGROUND_DAYS));
    }

    private record Scored(Fact fact, int articles, int position, int statements, double figure) {
    }
}
