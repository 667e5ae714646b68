package org.lagebild.stories.cluster;

import java.util.List;
import java.util.Map;

/**
 * The active state of a {@link StoryClusterer} as plain data (strings, numbers, lists, maps), so it
 * can be written as JSON and read back to resume clustering later. Dates are ISO days or null.
 *
 * @param articles         articles added so far (the sequence number of the last one)
 * @param newestDate       newest publication day seen
 * @param dfBuckets        size of the hashed document-frequency tables
 * @param documents        documents counted in them
 * @param termDf           term document frequencies (Base64 of the deflated big-endian table)
 * @param entityDf         entity document frequencies, same encoding
 * @param stories          active stories, least recently extended first
 */
public record ClustererState(int version, long articles, String newestDate, int dfBuckets, long documents,
                             String termDf, String entityDf, List<StoryState> stories) {
    public static final int VERSION = 1;

    public ClustererState {
        stories = List.copyOf(stories);
    }

    /**
     * One active story. Vectors are maps in descending weight order (ties by key).
     *
     * @param titleVector  term vector of the article whose headline is the title
     * @param centroid     sum of its articles' normalised term vectors, truncated
     * @param entityVector sum of its articles' normalised entity vectors, truncated
     * @param retireDay    the day its retirement is counted from
     * @param lastSequence sequence number of its last article
     */
    public record StoryState(String id, String title, String titleArticleId, Map<String, Double> titleVector,
                             Map<String, Double> centroid, Map<String, Double> entityVector,
                             Map<String, Integer> entityCounts, List<ClaimKey> claims, List<String> eventDates,
                             String firstDate, String lastDate, String retireDay, long lastSequence,
                             int articleCount, List<String> articleIds) {
    }
}
