package org.lagebild.stories.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One article's TF-IDF vectors as the clusterer scores them: unit-length term and entity vectors
 * (in the features' key order), the same entries sorted heaviest first, and the norm of the
 * name part of the term vector (the {@link TermExtractor#NAME_MARK} twins), and the headline's
 * terms with their IDF. Immutable once built.
 */
final class ArticleVectors {
    final Map<String, Double> terms;
    final Map<String, Double> entities;
    final Vectors.Weighted[] termOrder;
    final Vectors.Weighted[] entityOrder;
    final double nameNorm;
    /** The headline's terms with their IDF, in headline order. */
    final Map<String, Double> titleIdf;
    /** The term and entity vectors again, as probe tables for scoring many stories. */
    final Vectors.Lookup termLookup;
    final Vectors.Lookup entityLookup;
    /** The weight of the article's top {@link PairFeatures#RECAP_TERMS} terms (for {@code covered}). */
    final double topWeight;
    /** The same for its top entities. */
    final double topEntityWeight;
    /** Days (ISO) the article names at least {@link PairFeatures#PAST_DAYS} days before its publication day: the day of the incident a follow-up reports on. */
    final List<String> pastDays;
    /** Days (ISO) the article names other than its publication day (empty when undated). */
    final List<String> otherDays;
    /** Whether the headline reports a follow-up (an arrest, a plea, a funeral: {@link FollowUpCues}). */
    final boolean followUp;

    ArticleVectors(Map<String, Double> terms, Map<String, Double> entities, Map<String, Double> titleIdf) {
        this(terms, entities, titleIdf, null, java.util.Set.of(), false);
    }

    ArticleVectors(Map<String, Double> terms, Map<String, Double> entities, Map<String, Double> titleIdf,
                   java.time.LocalDate published, java.util.Set<String> eventDates, boolean followUp) {
        this.titleIdf = titleIdf;
        this.terms = terms;
        this.entities = entities;
        this.termOrder = Vectors.sorted(terms);
        this.entityOrder = Vectors.sorted(entities);
        this.nameNorm = Vectors.nameNorm(terms);
        this.termLookup = new Vectors.Lookup(terms, termOrder, PairFeatures.RECAP_TERMS);
        double top = 0;
        for (int i = 0; i < termOrder.length && i < PairFeatures.RECAP_TERMS; i++) {
            top += termOrder[i].weight;
        }
        this.topWeight = top;
        this.entityLookup = new Vectors.Lookup(entities, entityOrder, PairFeatures.RECAP_TERMS);
        double topEntities = 0;
        for (int i = 0; i < entityOrder.length && i < PairFeatures.RECAP_TERMS; i++) {
            topEntities += entityOrder[i].weight;
        }
        this.topEntityWeight = topEntities;
        List<String> past = new ArrayList<>(0);
        List<String> other = new ArrayList<>(0);
        if (published != null) {
            String day = published.toString();
            String cut = published.minusDays(PairFeatures.PAST_DAYS).toString();
            for (String d : eventDates) {
                if (d.length() == 10 && !d.equals(day)) {
                    other.add(d);
                    if (d.compareTo(cut) <= 0) {
                        past.add(d);
                    }
                }
            }
        }
        this.pastDays = past;
        this.otherDays = other;
        this.followUp = followUp;
    }
}
