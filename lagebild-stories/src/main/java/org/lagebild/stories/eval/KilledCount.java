package org.lagebild.stories.eval;

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
 *   <li>Facts with different figures are different statements about the same event, often partial ("Jason, 18,
 *   died" beside "two people were killed"). The toll is the figure of the best supported fact: the one stated by
 *   the most articles, then in the most sentences, then the largest (a later, fuller toll covers the partial
 *   ones).</li>
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
        for (Fact f : facts) {
            if (!PREDICATE.equals(f.predicate())) {
                continue;
            }
            List<Evidence> credible = f.evidence().stream().filter(e -> !NOT_CREDIBLE.contains(e.modality())).toList();
            if (credible.isEmpty()) {
                continue;
            }
            if (f.conservative() != null && f.conservative() >= 1) {
                long articles = credible.stream().map(Evidence::articleId).distinct().count();
                figures.add(new Scored(f, (int) articles, credible.size(), f.conservative()));
            } else if (!f.hasFigure() && bare == null) {
                bare = f;
            }
        }
        if (!figures.isEmpty()) {
            figures.sort(Comparator.comparingInt(Scored::articles).thenComparingInt(Scored::statements)
                    .thenComparingDouble(Scored::figure).reversed());
            Scored best = figures.get(0);
            return new Estimate((int) Math.floor(best.figure()), best.fact(), "figure");
        }
        if (bare != null) {
            return new Estimate(1, bare, "no-figure");
        }
        return new Estimate(0, null, "none");
    }

    private record Scored(Fact fact, int articles, int statements, double figure) {
    }
}
