package org.lagebild.stories.cluster;

import java.util.List;

/**
 * The outcome of adding one article: the story it joined ({@code opened} when it started a new
 * one), the score that decided it (of the best story found, NaN when there was no candidate) and
 * the stories that retired from the active set as a result (the caller stores them; the clusterer
 * forgets them).
 */
public record Assignment(String articleId, String storyId, boolean opened, double score, List<Story> retired) {
    public Assignment {
        retired = List.copyOf(retired);
    }
}
