package org.lagebild.stories.cluster;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What the clusterer remembers of a retired story so that a later article can bring it back: its
 * heaviest terms and entities (normalised, descending), a few claims, the first days and months its articles name, its time span, title, article
 * count and the first article ids. Compact by construction (the bounds are in {@link ClusterConfig}),
 * immutable apart from the maps, which nobody changes after construction. {@code termsPacked} and
 * {@code entitiesPacked} are the same two vectors frozen for scoring.
 */
record DormantStory(String id, String title, String titleArticleId, LinkedHashMap<String, Double> terms,
                    double termNorm, double nameNorm, LinkedHashMap<String, Double> entities, double entityNorm,
                    List<String> topEntities, List<ClaimKey> claims, LocalDate firstDate, LocalDate lastDate,
                    int articleCount, List<String> articleIds, java.util.Set<String> titleTerms,
                    Vectors.Packed termsPacked, Vectors.Packed entitiesPacked, java.util.Set<String> eventDates) {

    static DormantStory of(ActiveStory s, int keep, int claims, int ids) {
        LinkedHashMap<String, Double> t = Vectors.top(s.centroid, keep);
        LinkedHashMap<String, Double> e = Vectors.top(s.entityVector, keep);
        List<ClaimKey> cs = s.claims.subList(Math.max(0, s.claims.size() - claims), s.claims.size());
        return new DormantStory(s.id, s.title, s.titleArticleId, t, Vectors.norm(t), Vectors.nameNorm(t), e, Vectors.norm(e),
                s.topEntities(), List.copyOf(cs), s.firstDate, s.lastDate, s.articleCount,
                List.copyOf(s.articleIds.subList(0, Math.min(ids, s.articleIds.size()))),
                java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(s.titleTerms)),
                new Vectors.Packed(t), new Vectors.Packed(e),
                firstDays(s.eventDates, DAYS));
    }

    /** The days and months a dormant story keeps: its articles' first ones (a follow-up points back to the incident's day). */
    static final int DAYS = 20;

    private static java.util.Set<String> firstDays(java.util.Collection<String> days, int max) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String d : days) {
            if (out.size() == max) {
                break;
            }
            out.add(d);
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    ClustererState.DormantState state() {
        return new ClustererState.DormantState(id, title, titleArticleId, new LinkedHashMap<>(terms),
                new LinkedHashMap<>(entities), topEntities, claims, str(firstDate), str(lastDate), articleCount, articleIds,
                List.copyOf(titleTerms), List.copyOf(eventDates));
    }

    static DormantStory of(ClustererState.DormantState d) {
        LinkedHashMap<String, Double> t = Vectors.top(d.terms(), Integer.MAX_VALUE);
        LinkedHashMap<String, Double> e = Vectors.top(d.entities(), Integer.MAX_VALUE);
        return new DormantStory(d.id(), d.title(), d.titleArticleId(), t, Vectors.norm(t), Vectors.nameNorm(t), e, Vectors.norm(e),
                List.copyOf(d.topEntities()), List.copyOf(d.claims()), ActiveStory.day(d.firstDate()),
                ActiveStory.day(d.lastDate()), d.articleCount(), List.copyOf(d.articleIds()),
                java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(d.titleTerms())),
                new Vectors.Packed(t), new Vectors.Packed(e),
                java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(d.eventDates())));
    }

    /** Back to an active story (its members start again from the new article). */
    ActiveStory wake() {
        ActiveStory a = new ActiveStory(id);
        a.title = title;
        a.titleArticleId = titleArticleId;
        a.titleVector = new LinkedHashMap<>(terms);
        a.setCentroid(new LinkedHashMap<>(terms));
        a.setEntityVector(new LinkedHashMap<>(entities));
        for (int i = 0; i < topEntities.size(); i++) {
            a.entityCounts.put(topEntities.get(i), topEntities.size() - i);
        }
        a.entityCounts.keySet().retainAll(a.entityVector.keySet());
        a.claims.addAll(claims);
        a.firstDate = firstDate;
        a.lastDate = lastDate;
        a.articleCount = articleCount;
        a.articleIds.addAll(articleIds);
        a.titleTerms.addAll(titleTerms);
        a.eventDates.addAll(eventDates);
        return a;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
