package org.lagebild.stories.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence that one article belongs to one story, as a vector of numbers that {@link StoryModel}
 * weighs (the pair features of Miranda et al., EMNLP 2018, with our own fields). In the order of
 * {@link #NAMES}:
 * <ol>
 *   <li>{@code text}: TF-IDF cosine of the article's terms to the story centroid;</li>
 *   <li>{@code member}: best cosine to one of the story's member articles (0 for a dormant story);</li>
 *   <li>{@code entity}: IDF-weighted cosine of linked entities (rare entities weigh more);</li>
 *   <li>{@code names}: cosine over capitalised names only (the {@link TermExtractor#NAME_MARK}
 *   twins: victims, shooters, streets and towns of English texts);</li>
 *   <li>{@code claims}: share of the article's quantified claims the story states (same predicate,
 *   overlapping figures);</li>
 *   <li>{@code eventDates}: share of the article's resolved event days and months the story mentions;</li>
 *   <li>{@code close}: exp(−days/timeScaleDays), days from the article's publication day to the
 *   story's span (0 when either is undated);</li>
 *   <li>{@code logGap}: ln(1 + days) (0 when undated);</li>
 *   <li>{@code undated}: 1 when the article or the story has no day;</li>
 *   <li>{@code logSize}: ln(1 + the story's article count);</li>
 *   <li>products: {@code text·close}, {@code names·close}, {@code text·undated};</li>
 *   <li>{@code title}: IDF-weighted share of the article's headline terms found in the story's
 *   headlines (follow-ups name the incident in the headline: "Bunny Friend", "Hamilton bar");</li>
 *   <li>{@code rareName}, {@code rareTitle}: the rarest name the article shares with the story's
 *   centroid, and the rarest headline term it shares with the story's headlines, as IDF over the
 *   highest IDF possible (1: a name seen nowhere else): one rare shared name says more than many
 *   common ones;</li>
 *   <li>{@code rareName2}: the same for the second rarest shared name (two rare names: a victim
 *   and a town);</li>
 *   <li>{@code rareEntity}: the rarest shared linked entity, as IDF over the highest possible;</li>
 *   <li>{@code pastDay}, {@code dayConflict}, {@code textMargin}, {@code namesMargin},
 *   {@code followUp}, {@code followUpGap}, {@code followUpName}: see the module README;</li>
 *   <li>{@code recap}: share of the weight of the story's top {@link #RECAP_TERMS} terms that the
 *   article has (a follow-up recaps its incident), and {@code covered}: share of the weight of the
 *   article's top terms that the story holds; each also over linked entities, the higher counting
 *   (entities are the same in every language); dated pairs only, 0 when undated.</li>
 * </ol>
 * Stateless; every value is finite.
 */
final class PairFeatures {
    /** Feature names, in vector order (the model file names them too). */
    static final List<String> NAMES = List.of("text", "member", "entity", "names", "claims", "eventDates", "close",
            "logGap", "undated", "logSize", "textClose", "namesClose", "textUndated", "title", "rareName", "rareTitle", "rareName2", "rareEntity",
            "pastDay", "dayConflict", "textMargin", "namesMargin", "followUp", "followUpGap", "followUpName", "recap", "covered");
    private static final int TEXT = NAMES.indexOf("text");
    private static final int NAMES_COSINE = NAMES.indexOf("names");
    private static final int TEXT_MARGIN = NAMES.indexOf("textMargin");
    private static final int NAMES_MARGIN = NAMES.indexOf("namesMargin");
    /** A day named this many days or more before the article's publication day is a past day (see {@code pastDay}). */
    static final int PAST_DAYS = 2;

    private static final int UNDATED = NAMES.indexOf("undated");
    private static final int CLAIMS = NAMES.indexOf("claims");

    private PairFeatures() {
    }

    /** The features of the article against an active story. */
    static double[] active(StoryFeatures f, ArticleVectors a, ActiveStory s, double timeScaleDays, HashedCounts df,
                           HashedCounts entityDf) {
        // the same sums, in the same order, as map-based cosines over the centroid and members (identical results)
        double[] c = new double[8];
        Vectors.scan(s.centroidPacked, a.termLookup, df, c);
        double text = s.centroidNorm == 0 ? 0 : c[0] / (s.centroidNorm * 1.0);
        double names = s.centroidNameNorm == 0 || a.nameNorm == 0 ? 0 : c[1] / (s.centroidNameNorm * a.nameNorm);
        double[] rareNames = {c[2] / df.maxIdf(), c[3] / df.maxIdf()};
        // recap and covered, as recap(a, story) and covered(a, story) define them, from the same pass
        double recap = c[6] == 0 ? 0 : c[5] / c[6];
        double covered = a.topWeight == 0 ? 0 : c[7] / a.topWeight;
        double member = 0;
        for (int i = 0; i < s.memberPacked.size(); i++) {
            double norm = s.memberNorms.get(i);
            member = Math.max(member, norm == 0 ? 0 : Vectors.dot(s.memberPacked.get(i), a.termLookup) / (norm * 1.0));
        }
        double entity = 0;
        double rareEntity = 0;
        if (!a.entities.isEmpty()) {
            Vectors.scan(s.entityPacked, a.entityLookup, entityDf, c);
            // linked entities are the same in every language: the recap of a story told in another one
            recap = Math.max(recap, c[6] == 0 ? 0 : c[5] / c[6]);
            covered = Math.max(covered, a.topEntityWeight == 0 ? 0 : c[7] / a.topEntityWeight);
            entity = s.entityNorm == 0 ? 0 : c[0] / (s.entityNorm * 1.0);
            rareEntity = c[4] / entityDf.maxIdf();
        }
        return vector(text, member, entity, names, claimShare(f.claims(), s.claims), eventDateShare(f.eventDates(), s.eventDates),
                f.date(), s.firstDate, s.lastDate, s.articleCount, titleShare(a, s.titleTerms), timeScaleDays,
                rareNames, rareTitle(a, s.titleTerms, df), rareEntity, pastDay(a, s.eventDates, s.firstDate),
                dayConflict(a, s.eventDates), a.followUp, recap, covered);
    }

    /** The features of the article against a dormant story (no members kept). */
    static double[] dormant(StoryFeatures f, ArticleVectors a, DormantStory d, double timeScaleDays, HashedCounts df,
                            HashedCounts entityDf) {
        // the same sums, in the same order, as map-based cosines over d.terms() and d.entities()
        double[] c = new double[8];
        Vectors.scan(d.termsPacked(), a.termLookup, df, c);
        double text = d.termNorm() == 0 ? 0 : c[0] / (d.termNorm() * 1.0);
        double names = d.nameNorm() == 0 || a.nameNorm == 0 ? 0 : c[1] / (d.nameNorm() * a.nameNorm);
        double[] rareNames = {c[2] / df.maxIdf(), c[3] / df.maxIdf()};
        // recap and covered, as recap(a, story) and covered(a, story) define them, from the same pass
        double recap = c[6] == 0 ? 0 : c[5] / c[6];
        double covered = a.topWeight == 0 ? 0 : c[7] / a.topWeight;
        double entity = 0;
        double rareEntity = 0;
        if (!a.entities.isEmpty()) {
            Vectors.scan(d.entitiesPacked(), a.entityLookup, entityDf, c);
            // linked entities are the same in every language: the recap of a story told in another one
            recap = Math.max(recap, c[6] == 0 ? 0 : c[5] / c[6]);
            covered = Math.max(covered, a.topEntityWeight == 0 ? 0 : c[7] / a.topEntityWeight);
            entity = d.entityNorm() == 0 ? 0 : c[0] / (d.entityNorm() * 1.0);
            rareEntity = c[4] / entityDf.maxIdf();
        }
        return vector(text, 0, entity, names, claimShare(f.claims(), d.claims()), eventDateShare(f.eventDates(), d.eventDates()),
                f.date(), d.firstDate(), d.lastDate(), d.articleCount(), titleShare(a, d.titleTerms()), timeScaleDays,
                rareNames, rareTitle(a, d.titleTerms(), df), rareEntity, pastDay(a, d.eventDates(), d.firstDate()),
                dayConflict(a, d.eventDates()), a.followUp, recap, covered);
    }

    private static double[] vector(double text, double member, double entity, double names, double claims, double eventDates,
                                   LocalDate day, LocalDate first, LocalDate last, int size, double title,
                                   double timeScaleDays, double[] rareNames, double rareTitle, double rareEntity,
                                   double pastDay, double dayConflict, boolean followUp, double recap, double covered) {
        boolean undated = day == null || first == null;
        long days = undated ? 0 : day.isBefore(first) ? ChronoUnit.DAYS.between(day, first)
                : day.isAfter(last) ? ChronoUnit.DAYS.between(last, day) : 0;
        double close = undated ? 0 : Math.exp(-days / timeScaleDays);
        double u = undated ? 1 : 0;
        // dated pairs only: the undated model (ECB+) sees text alone
        double fu = followUp && !undated ? 1 : 0;
        return new double[] {text, member, entity, names, claims, eventDates, close, undated ? 0 : Math.log1p(days), u,
                Math.log1p(size), text * close, names * close, text * u, title, rareNames[0], rareTitle, rareNames[1], rareEntity,
                pastDay, dayConflict, 0, 0, fu, fu * Math.log1p(days), fu * rareNames[0], undated ? 0 : recap, undated ? 0 : covered};
    }

    private static double rareTitle(ArticleVectors a, Set<String> story, HashedCounts df) {
        double max = 0;
        for (Map.Entry<String, Double> e : a.titleIdf.entrySet()) {
            if (story.contains(e.getKey())) {
                max = Math.max(max, e.getValue());
            }
        }
        return max / df.maxIdf();
    }

    /**
     * Fills {@code textMargin} and {@code namesMargin} of stories weighed together for one article:
     * the story's text (names) cosine minus the best among the other stories (the cosine itself when
     * it is the only one; 0 for undated pairs, whose model sees text alone). A follow-up is usually much closer to its own story than to any other; two
     * incidents in one city are about as close to each other.
     */
    static void margins(double[][] xs) {
        for (int[] k : new int[][] {{TEXT, TEXT_MARGIN}, {NAMES_COSINE, NAMES_MARGIN}}) {
            double first = 0;
            double second = 0;
            int at = -1;
            for (int i = 0; i < xs.length; i++) {
                if (undated(xs[i])) {
                    continue;
                }
                double v = xs[i][k[0]];
                if (at < 0 || v > first) {
                    second = at < 0 ? 0 : first;
                    first = v;
                    at = i;
                } else if (v > second) {
                    second = v;
                }
            }
            for (int i = 0; i < xs.length; i++) {
                if (!undated(xs[i])) {
                    xs[i][k[1]] = xs[i][k[0]] - (i == at ? second : first);
                }
            }
        }
    }

    /** How many top terms {@code recap} and {@code covered} compare. */
    static final int RECAP_TERMS = 20;

    /**
     * How much of what the story is about the article repeats: of the story's top
     * {@link #RECAP_TERMS} terms ({@code story} holds its terms by falling weight), the share of
     * their weight whose term the article has. A follow-up recaps its incident (the place, the
     * victims, what happened) however much else it says, so this stays high when the cosine of a
     * long article is low.
     */
    static double recap(ArticleVectors a, Map<String, Double> story) {
        // the definition; the clusterer computes the same in Vectors.scan's pass over the story
        double all = 0;
        double found = 0;
        int n = 0;
        for (Map.Entry<String, Double> e : story.entrySet()) {
            if (n++ == RECAP_TERMS) {
                break;
            }
            String t = e.getKey();
            all += e.getValue();
            if (!Double.isNaN(a.termLookup.get(t, t.hashCode()))) {
                found += e.getValue();
            }
        }
        return all == 0 ? 0 : found / all;
    }

    /**
     * The other way round: of the article's top {@link #RECAP_TERMS} terms, the share of their
     * weight whose term the story's vector holds (an article about another incident brings its own
     * names and places, which the story lacks).
     */
    static double covered(ArticleVectors a, Map<String, Double> story) {
        // the definition; the clusterer computes the same in Vectors.scan's pass over the story
        double all = 0;
        double found = 0;
        for (int i = 0; i < a.termOrder.length && i < RECAP_TERMS; i++) {
            all += a.termOrder[i].weight;
            if (story.containsKey(a.termOrder[i].key)) {
                found += a.termOrder[i].weight;
            }
        }
        return all == 0 ? 0 : found / all;
    }

    static double pastDay(ArticleVectors a, Set<String> storyDays, LocalDate storyFirst) {
        if (a.pastDays.isEmpty()) {
            return 0;
        }
        String first = storyFirst == null ? null : storyFirst.toString();
        String before = storyFirst == null ? null : storyFirst.minusDays(1).toString();
        for (String d : a.pastDays) {
            if (storyDays.contains(d) || d.equals(first) || d.equals(before)) {
                return 1;
            }
        }
        return 0;
    }

    static double dayConflict(ArticleVectors a, Set<String> storyDays) {
        if (a.otherDays.isEmpty()) {
            return 0;
        }
        boolean any = false;
        for (String d : storyDays) {
            if (d.length() == 10) {
                any = true;
                if (a.otherDays.contains(d)) {
                    return 0;
                }
            }
        }
        return any ? 1 : 0;
    }

    /** Whether the pair has no time (the article or the story undated). */
    /** True if the article states a quantified claim the story states too (same predicate, overlapping bounds). */
    static boolean sharesClaims(double[] features) {
        return features[CLAIMS] > 0;
    }

    static boolean undated(double[] features) {
        return features[UNDATED] != 0;
    }

    static double titleShare(ArticleVectors a, Set<String> story) {
        double all = 0;
        double shared = 0;
        for (Map.Entry<String, Double> e : a.titleIdf.entrySet()) {
            all += e.getValue();
            if (story.contains(e.getKey())) {
                shared += e.getValue();
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    static double claimShare(List<ClaimKey> article, List<ClaimKey> story) {
        if (article.isEmpty() || story.isEmpty()) {
            return 0;
        }
        int matched = 0;
        for (ClaimKey a : article) {
            for (ClaimKey b : story) {
                if (a.matches(b)) {
                    matched++;
                    break;
                }
            }
        }
        return (double) matched / article.size();
    }

    static double eventDateShare(Set<String> article, Set<String> story) {
        if (article.isEmpty() || story.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String d : article) {
            if (story.contains(d)) {
                shared++;
            }
        }
        return (double) shared / article.size();
    }
}
