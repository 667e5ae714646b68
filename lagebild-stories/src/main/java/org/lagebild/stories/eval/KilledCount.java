package org.lagebild.stories.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lagebild.model.Modality;
import org.lagebild.model.Quantity;
import org.lagebild.stories.facts.Evidence;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.facts.FactSet;
import org.lagebild.stories.facts.KeyFigures;

/**
 * The number of people a story says were killed, derived from its "killed" facts (killing and dying, see
 * propositions.tsv). The rule:
 *
 * <ol>
 *   <li>Only credible statements count: evidence that is denied, questioned or explicitly not confirmed is left
 *   out (as {@link org.lagebild.stories.facts.FactBuilder} does for the conservative figure).</li>
 *   <li>A fact whose stated event time ended more than a month before the story's first article is about an
 *   earlier event ("Journi Johnson was killed in December", in a January article) and does not count.</li>
 *   <li>A sentence states a toll: the sum of its killed figures ("Father kills two children, then fatally shoots
 *   self" is three; one claim per victim phrase, so nothing is counted twice within a sentence).</li>
 *   <li>Articles repeat the toll; they do not add to it. Sentences stating the same toll support one candidate;
 *   the toll is the candidate stated by the most articles, then the one stated earliest in its article (headline
 *   and lead give the toll; background such as a city's year so far comes later), then the largest. A larger
 *   toll stated by at least two articles replaces it: single deaths are often repeated one by one ("Jason, 18,
 *   died"; "Elliseo, 16, also died") where the total is stated less often. (A larger toll stated only in one
 *   headline or lead was tried as well and lost on DEV: such figures are as often other events.)</li>
 *   <li>A lower bound read from an expression raises it ("murder-suicide": at least two dead). A written figure
 *   with a lower bound ("at least 47 people have been killed this year") is a toll like any other, by its
 *   bound.</li>
 *   <li>A killing stated without any number ("the victims were killed") counts as one death when nothing gives
 *   a figure: somebody died, and one is the conservative reading.</li>
 *   <li>No credible killed fact: nobody was killed.</li>
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class KilledCount {
    /** The proposition of killing and dying in propositions.tsv. */
    public static final String PREDICATE = "killed";
    /**
     * Stages whose quantities are figures as written ("at least 47 people"): a running tally as often as a toll, so
     * their lower bounds compete as tolls. A lower bound read from an expression ("murder-suicide", by the claims
     * stage) is a floor.
     */
    static final Set<String> FIGURE_STAGES = Set.of("quantities");
    private static final Set<Modality> NOT_CREDIBLE = Set.of(Modality.DENIED, Modality.QUESTION, Modality.NOT_CONFIRMED);

    private KilledCount() {
    }

    /**
     * The toll of a story and what it rests on.
     *
     * @param killed   the number of dead (0 when no credible killed fact exists)
     * @param evidence the statements the number comes from (empty for 0)
     * @param rule     which step decided: "toll", "lower-bound", "no-figure" or "none"
     */
    public record Estimate(int killed, List<Evidence> evidence, String rule) {
        public Estimate {
            evidence = List.copyOf(evidence);
        }
    }

    /** The toll the facts of one story give. */
    public static Estimate of(FactSet facts) {
        return of(facts.facts());
    }

    /** The toll these facts give (facts of other predicates are ignored). */
    public static Estimate of(List<Fact> facts) {
        LocalDate first = firstPublished(facts);
        Map<String, List<Evidence>> sentences = new LinkedHashMap<>();
        List<Evidence> bare = new ArrayList<>();
        double floor = 0;
        List<Evidence> floorEvidence = List.of();
        for (Fact f : facts) {
            if (!PREDICATE.equals(f.predicate()) || background(f, first)) {
                continue;
            }
            for (Evidence e : f.evidence()) {
                if (NOT_CREDIBLE.contains(e.modality())) {
                    continue;
                }
                Quantity q = e.quantity();
                if (q == null) {
                    bare.add(e);
                } else if (q.min() != null && q.max() == null && !FIGURE_STAGES.contains(q.provenance().stage())) {
                    if (q.min() > floor) {
                        floor = q.min();
                        floorEvidence = List.of(e);
                    }
                } else if (low(q) != null && low(q) >= 1) {
                    sentences.computeIfAbsent(e.articleId() + "#" + e.span().start(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        Map<Double, Candidate> candidates = new HashMap<>();
        for (List<Evidence> s : sentences.values()) {
            double total = 0;
            for (Evidence e : s) {
                total += low(e.quantity());
            }
            Candidate c = candidates.computeIfAbsent(total, Candidate::new);
            c.articles.add(s.get(0).articleId());
            c.position = Math.min(c.position, s.get(0).span().start());
            c.evidence.addAll(s);
        }
        Candidate best = candidates.values().stream()
                .min(Comparator.comparingInt((Candidate c) -> -c.articles.size()).thenComparingInt(c -> c.position)
                        .thenComparingDouble(c -> -c.total))
                .orElse(null);
        for (Candidate c : candidates.values()) {
            // a larger toll that two articles state covers the partial statements
            if (best != null && c.total > best.total && c.articles.size() >= 2) {
                best = c;
            }
        }
        int toll = best == null ? 0 : (int) Math.floor(best.total);
        if (floor > toll) {
            return new Estimate((int) Math.floor(floor), floorEvidence, "lower-bound");
        }
        if (best != null) {
            return new Estimate(toll, best.evidence, "toll");
        }
        if (!bare.isEmpty()) {
            return new Estimate(1, List.of(bare.get(0)), "no-figure");
        }
        return new Estimate(0, List.of(), "none");
    }

    /** The figure a quantity states for a toll: its lower bound when it has one ("at least 3"), else its value. */
    private static Double low(Quantity q) {
        return q.min() != null ? q.min() : q.value();
    }

    /** A fact whose stated event time ended more than a month before the first article: an earlier event. */
    static boolean background(Fact f, LocalDate first) {
        return KeyFigures.background(f, first); // the key figures' rule, KeyFigures.BACKGROUND_DAYS (31)
    }

    private static LocalDate firstPublished(List<Fact> facts) {
        LocalDate first = null;
        for (Fact f : facts) {
            for (Evidence e : f.evidence()) {
                LocalDate d = e.published().date() != null ? e.published().date() : e.published().earliest();
                if (d != null && (first == null || d.isBefore(first))) {
                    first = d;
                }
            }
        }
        return first;
    }

    /** Sentences stating one toll. */
    private static final class Candidate {
        final double total;
        final Set<String> articles = new LinkedHashSet<>();
        final List<Evidence> evidence = new ArrayList<>();
        int position = Integer.MAX_VALUE;

        Candidate(double total) {
            this.total = total;
        }
    }
}
