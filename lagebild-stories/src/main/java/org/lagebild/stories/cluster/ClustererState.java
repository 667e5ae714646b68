package org.lagebild.stories.cluster;

import java.util.List;
import java.util.Map;

/**
 * The state of a {@link StoryClusterer} as plain data (strings, numbers, lists, maps), so it can be
 * written as JSON and read back to resume clustering later. Dates are ISO days or null. A state of
 * version 1 (no members, no dormant stories) is still read.
 *
 * @param articles         articles added so far (the sequence number of the last one)
 * @param newestDate       newest publication day seen
 * @param dfBuckets        size of the hashed document-frequency tables
 * @param documents        documents counted in them
 * @param termDf           term document frequencies (Base64 of the deflated big-endian table)
 * @param entityDf         entity document frequencies, same encoding
 * @param stories          active stories, least recently extended first
 * @param dormant          retired stories that an article may still bring back, least recently retired first
 */
public record ClustererState(int version, long articles, String newestDate, int dfBuckets, long documents,
                             String termDf, String entityDf, List<StoryState> stories, List<DormantState> dormant) {
    public static final int VERSION = 2;

    public ClustererState {
        stories = List.copyOf(stories);
        dormant = dormant == null ? List.of() : List.copyOf(dormant);
    }

    /**
     * One active story. Vectors are maps in descending weight order (ties by key).
     *
     * @param titleVector  term vector of the article whose headline is the title
     * @param centroid     sum of its articles' normalised term vectors, truncated
     * @param entityVector sum of its articles' normalised entity vectors, truncated
     * @param members      term vectors of a few of its articles (the first and the latest), truncated
     * @param titleTerms   terms of its articles' headlines, oldest first, bounded (absent in older states: empty)
     * @param languages    the known languages of its articles (absent in older states: empty, learned again
     *                     from its next article)
     * @param retireDay    the day its retirement is counted from
     * @param lastSequence sequence number of its last article
     */
    public record StoryState(String id, String title, String titleArticleId, Map<String, Double> titleVector,
                             Map<String, Double> centroid, Map<String, Double> entityVector,
                             Map<String, Integer> entityCounts, List<ClaimKey> claims, List<String> eventDates,
                             String firstDate, String lastDate, String retireDay, long lastSequence,
                             int articleCount, List<String> articleIds, List<Map<String, Double>> members,
                             List<String> titleTerms, List<String> languages) {
        public StoryState {
            members = members == null ? List.of() : List.copyOf(members);
            titleTerms = titleTerms == null ? List.of() : List.copyOf(titleTerms);
            languages = languages == null ? List.of() : List.copyOf(languages);
        }
    }

    /**
     * One dormant (retired) story: its heaviest terms and entities, a few claims, its headline terms, span and size,
     * and the days and months its articles name ({@code eventDates}; absent in older states: empty).
     */
    public record DormantState(String id, String title, String titleArticleId, Map<String, Double> terms,
                               Map<String, Double> entities, List<String> topEntities, List<ClaimKey> claims,
                               String firstDate, String lastDate, int articleCount, List<String> articleIds,
                               List<String> titleTerms, List<String> eventDates) {
        public DormantState {
            titleTerms = titleTerms == null ? List.of() : List.copyOf(titleTerms);
            eventDates = eventDates == null ? List.of() : List.copyOf(eventDates);
        }
    }
}
