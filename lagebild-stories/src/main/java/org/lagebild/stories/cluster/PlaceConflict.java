package org.lagebild.stories.cluster;

import java.util.Map;

/**
 * Whether two stories are set in different countries: the guard that keeps two undated stories of
 * one kind of event apart when their places disagree (an earthquake in Iran, another in Indonesia),
 * where the text similarity of {@link StoryMerger} sees only "earthquake, magnitude, killed".
 *
 * <p>Input: each story's entity mention counts (entity id → mentions, as {@link ActiveStory} keeps
 * them) and its number of articles. Only country ids count (the {@value #COUNTRY_PREFIX} ids of the
 * entity knowledge base, {@code countries.tsv} of lagebild-entities; cities and regions are not
 * mapped to their country here). A story is <em>set in</em> a country when that country is its
 * most named one (ties: the smaller id), holds at least {@code share} of its country mentions, and
 * is named at least {@code rate} times per article on average (the place runs through the story,
 * not one article's aside). Two stories are in conflict when one is set in a country that the other,
 * which names countries at least {@code minMentions} times, gives at most {@code maxShare} of its
 * country mentions. Integer counts and one division per share, so the result does not depend on
 * the maps' iteration order. Stateless and thread-safe.
 */
public final class PlaceConflict {
    /** Entity ids of countries (the knowledge base's {@code GPE} entries, {@code lb:gpe:<ISO code>}). */
    public static final String COUNTRY_PREFIX = "lb:gpe:";

    /**
     * The guard's parameters (see the class comment).
     *
     * @param share       share of a story's country mentions its country must hold
     * @param rate        mentions per article its country must have
     * @param maxShare    share of the other story's country mentions that country may have at most
     * @param minMentions country mentions the other story needs (fewer: it says too little about where)
     */
    public record Guard(double share, double rate, double maxShare, int minMentions) {
    }

    private PlaceConflict() {
    }

    /** Whether the two stories are set in different countries (either way round). */
    public static boolean conflict(Map<String, Integer> a, int articlesA, Map<String, Integer> b, int articlesB, Guard g) {
        return absentFrom(a, articlesA, b, g) || absentFrom(b, articlesB, a, g);
    }

    /** Whether {@code a} is set in a country that {@code b} hardly names. */
    private static boolean absentFrom(Map<String, Integer> a, int articlesA, Map<String, Integer> b, Guard g) {
        String country = settingOf(a, articlesA, g);
        if (country == null) {
            return false;
        }
        long other = countryMentions(b);
        return other >= Math.max(1, g.minMentions()) && b.getOrDefault(country, 0) <= g.maxShare() * other;
    }

    /** The country a story is set in, or null (see the class comment). */
    public static String settingOf(Map<String, Integer> counts, int articles, Guard g) {
        String top = null;
        int most = 0;
        long all = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (isCountry(e.getKey())) {
                int n = e.getValue();
                all += n;
                if (n > most || (n == most && top != null && e.getKey().compareTo(top) < 0)) {
                    top = e.getKey();
                    most = n;
                }
            }
        }
        return top != null && most >= g.share() * all && most >= g.rate() * Math.max(1, articles) ? top : null;
    }

    /** Mentions of countries in these counts. */
    public static long countryMentions(Map<String, Integer> counts) {
        long n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (isCountry(e.getKey())) {
                n += e.getValue();
            }
        }
        return n;
    }

    static boolean isCountry(String entityId) {
        return entityId.startsWith(COUNTRY_PREFIX);
    }
}
