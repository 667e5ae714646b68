package org.lagebild.stories.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The story-to-story step of {@link StoryClusterer}: after an article has joined or opened an
 * <em>undated</em> story, that story is compared with the other active undated stories, and the
 * closest one is merged with it when their similarity reaches {@link Rule#threshold()}. An article
 * decides alone on little evidence, and which of two stories about one topic it meets first depends
 * on the order the articles come in; two stories of several articles each are compared on their
 * whole centroids, which order hardly changes. Dated stories are never merged here (time closeness
 * decides those; see {@link StoryModel}).
 *
 * <p>The similarity is {@code text·textWeight + kind·kindWeight + entity·entityWeight}: the cosine
 * of the two centroids, the same cosine without the names (the {@link TermExtractor#NAME_MARK}
 * twins: what kind of event, not who), and the cosine of the entity vectors. The rule lives in
 * {@code story-merge.tsv} beside this class. Stateless and thread-safe; the clusterer does the
 * bookkeeping (see {@link Assignment#merged()}).
 *
 * <p>The rule's second step, {@link StoryClusterer#consolidate()}, is called after a batch: it merges
 * whole undated stories by average link ({@code averageLink}), strongest pair first, down to
 * {@link Rule#linkThreshold()}. Both steps skip pairs the place guard keeps apart ({@link PlaceConflict};
 * off in the bundled rule: measured on ECB+ DEV and not kept, see the module README).
 */
public final class StoryMerger {
    private static final String RESOURCE = "story-merge.tsv";
    /** {@link Rule#placeShare()} of a rule without the place guard. */
    static final double NO_GUARD = 10;
    /** Names a rule file may leave out (then: no place guard, as in files older than the guard). */
    private static final Set<String> OPTIONAL = Set.of("placeShare", "placeRate", "placeAbsent", "placeMentions");
    private static final Rule DEFAULTS = load();

    /**
     * When two undated stories merge.
     *
     * @param threshold    the similarity at which they merge (above 3 never)
     * @param textWeight   weight of the centroid cosine
     * @param kindWeight   weight of the centroid cosine without names
     * @param entityWeight weight of the entity cosine
     * @param minArticles  the smaller story needs at least this many articles (a story of one article is what the join already weighed)
     * @param linkThreshold the average link (mean cosine of an article of one story to an article of the other) at which
     *                      {@link StoryClusterer#consolidate()} merges two undated stories, most similar pair first (above 1 never)
     * @param placeShare    the place guard ({@link PlaceConflict}), in both steps: a story is set in its most named country
     *                      when that country holds at least this share of its country mentions (above 1: no guard)
     * @param placeRate     … and is named at least this many times per article
     * @param placeAbsent   two stories are never merged when one is set in a country that has at most this share of the
     *                      other's country mentions …
     * @param placeMentions … and the other names countries at least this many times
     */
    public record Rule(double threshold, double textWeight, double kindWeight, double entityWeight, int minArticles,
                       double linkThreshold, double placeShare, double placeRate, double placeAbsent, int placeMentions) {
        public Rule {
            if (!(threshold > 0) || textWeight < 0 || kindWeight < 0 || entityWeight < 0 || minArticles < 1 || !(linkThreshold > 0)
                    || !(placeShare > 0) || !(placeRate >= 0) || !(placeAbsent >= 0) || placeMentions < 1) {
                throw new IllegalArgumentException("merge rule out of range: " + this);
            }
        }

        /** A rule without the place guard. */
        public Rule(double threshold, double textWeight, double kindWeight, double entityWeight, int minArticles,
                    double linkThreshold) {
            this(threshold, textWeight, kindWeight, entityWeight, minArticles, linkThreshold, NO_GUARD, 1, 0, 1);
        }

        /** A rule whose consolidation never merges, without the place guard. */
        public Rule(double threshold, double textWeight, double kindWeight, double entityWeight, int minArticles) {
            this(threshold, textWeight, kindWeight, entityWeight, minArticles, 10);
        }

        /** A rule that never merges. */
        public static Rule never() {
            return new Rule(10, 1, 0, 0, 1, 10, NO_GUARD, 1, 0, 1);
        }

        /** Whether the place guard is on. */
        public boolean guardsPlaces() {
            return placeShare <= 1;
        }

        /** The place guard's parameters. */
        public PlaceConflict.Guard placeGuard() {
            return new PlaceConflict.Guard(placeShare, placeRate, placeAbsent, placeMentions);
        }

        /** Whether {@link StoryClusterer#consolidate()} can merge at all. */
        public boolean consolidates() {
            return linkThreshold <= 1;
        }

        /** Whether this rule can merge at all. */
        public boolean enabled() {
            return threshold <= textWeight + kindWeight + entityWeight;
        }

        /** The values by name, in declaration order. */
        public Map<String, Number> asMap() {
            Map<String, Number> m = new LinkedHashMap<>();
            m.put("threshold", threshold);
            m.put("textWeight", textWeight);
            m.put("kindWeight", kindWeight);
            m.put("entityWeight", entityWeight);
            m.put("minArticles", minArticles);
            m.put("linkThreshold", linkThreshold);
            m.put("placeShare", placeShare);
            m.put("placeRate", placeRate);
            m.put("placeAbsent", placeAbsent);
            m.put("placeMentions", placeMentions);
            return m;
        }

        /** A copy with the named values changed (for tuning); unknown names fail. */
        public Rule with(Map<String, ? extends Number> changes) {
            Map<String, Number> now = asMap();
            for (Map.Entry<String, ? extends Number> e : changes.entrySet()) {
                if (now.put(e.getKey(), e.getValue()) == null) {
                    throw new IllegalArgumentException("no merge rule value " + e.getKey());
                }
            }
            return new Rule(now.get("threshold").doubleValue(), now.get("textWeight").doubleValue(),
                    now.get("kindWeight").doubleValue(), now.get("entityWeight").doubleValue(), now.get("minArticles").intValue(),
                    now.get("linkThreshold").doubleValue(), now.get("placeShare").doubleValue(), now.get("placeRate").doubleValue(),
                    now.get("placeAbsent").doubleValue(), now.get("placeMentions").intValue());
        }
    }

    /** A story to merge with, and the similarity that decided it. */
    record Match(ActiveStory story, double similarity) {
    }

    /**
     * One merge of {@link StoryClusterer#consolidate()}: story {@code merged} (it no longer exists)
     * went into story {@code into}, at this average link.
     */
    public record Merge(String merged, String into, double averageLink) {
    }

    private final Rule rule;

    public StoryMerger(Rule rule) {
        this.rule = rule;
    }

    /** The bundled rule ({@code story-merge.tsv}). */
    public static Rule defaultRule() {
        return DEFAULTS;
    }

    public Rule rule() {
        return rule;
    }

    /** Whether {@code s} may be merged at all: undated, and the rule is enabled. */
    boolean mergeable(ActiveStory s) {
        return rule.enabled() && s.firstDate == null;
    }

    /**
     * The candidate most similar to {@code s} at or above the threshold (ties: smaller id), or null.
     * Candidates that are {@code s} itself, dated, or too small are skipped.
     */
    Match best(ActiveStory s, List<ActiveStory> candidates) {
        Match best = null;
        for (ActiveStory t : candidates) {
            if (t == s || t.firstDate != null || Math.min(s.articleCount, t.articleCount) < rule.minArticles()) {
                continue;
            }
            double sim = similarity(s, t);
            if (sim >= rule.threshold() && !apart(s, t) && (best == null || sim > best.similarity()
                    || (sim == best.similarity() && t.id.compareTo(best.story().id) < 0))) {
                best = new Match(t, sim);
            }
        }
        return best;
    }

    /**
     * Whether the place guard keeps two stories apart: it is on and they are set in different
     * countries ({@link PlaceConflict}). Symmetric.
     */
    boolean apart(ActiveStory a, ActiveStory b) {
        return rule.guardsPlaces()
                && PlaceConflict.conflict(a.entityCounts, a.articleCount, b.entityCounts, b.articleCount, rule.placeGuard());
    }

    /** The rule's similarity of two stories (symmetric up to floating-point order). */
    double similarity(ActiveStory a, ActiveStory b) {
        double text = Vectors.cosine(a.centroid, a.centroidNorm, b.centroid, b.centroidNorm);
        double kind = rule.kindWeight() == 0 ? 0 : kindCosine(a.centroid, b.centroid);
        double entity = rule.entityWeight() == 0 ? 0 : Vectors.cosine(a.entityVector, a.entityNorm, b.entityVector, b.entityNorm);
        return rule.textWeight() * text + rule.kindWeight() * kind + rule.entityWeight() * entity;
    }

    /** Whether {@link StoryClusterer#consolidate()} may merge {@code a}: the rule consolidates, the story is undated and has at least {@code minArticles} articles. */
    boolean consolidable(ActiveStory a) {
        return rule.consolidates() && a.firstDate == null && a.articleCount >= rule.minArticles();
    }

    /**
     * The average link of two stories: the mean cosine of an article of one to an article of the
     * other. Centroids are sums of unit article vectors, so it is their dot product over the number
     * of pairs (on the centroids' top terms: a little below the exact mean). Unlike the centroid
     * cosine it does not rise as two loose stories grow: it is the similarity of average-linkage
     * agglomerative clustering.
     */
    static double averageLink(ActiveStory a, ActiveStory b) {
        boolean aFirst = a.centroid.size() < b.centroid.size() || (a.centroid.size() == b.centroid.size() && a.id.compareTo(b.id) <= 0);
        ActiveStory small = aFirst ? a : b;
        ActiveStory large = small == a ? b : a;
        return Vectors.dot(small.centroid, large.centroid) / ((double) a.articleCount * b.articleCount);
    }

    /** Cosine over the entries that are not names. */
    static double kindCosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            if (!Vectors.isName(e.getKey())) {
                double w = e.getValue();
                na += w * w;
                Double o = b.get(e.getKey());
                if (o != null) {
                    dot += w * o;
                }
            }
        }
        for (Map.Entry<String, Double> e : b.entrySet()) {
            if (!Vectors.isName(e.getKey())) {
                nb += e.getValue() * e.getValue();
            }
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /**
     * Reads a rule from {@code name<TAB>value} lines; every value must be given once, except the
     * place guard's four, which may all be left out together (no guard).
     */
    public static Rule parse(BufferedReader r, String source) throws IOException {
        Map<String, Number> values = new LinkedHashMap<>(DataLines.nameValues(r, source));
        Set<String> required = new LinkedHashSet<>(Rule.never().asMap().keySet());
        Set<String> all = new LinkedHashSet<>(required);
        required.removeAll(OPTIONAL);
        if (!(values.keySet().equals(all) || values.keySet().equals(required))) {
            throw new IllegalStateException(source + ": expected the names " + all + " (the place guard's may be left out together), got "
                    + values.keySet());
        }
        return Rule.never().with(values);
    }

    private static Rule load() {
        try (InputStream in = StoryMerger.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + StoryMerger.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "StoryMerger%s", rule.asMap());
    }
}
