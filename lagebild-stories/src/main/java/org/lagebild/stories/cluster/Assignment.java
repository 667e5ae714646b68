package org.lagebild.stories.cluster;

import java.util.List;

/**
 * The outcome of adding one article: the story it joined ({@code opened} when it started a new
 * one), the score that decided it (of the best story found, NaN when there was no candidate), the
 * stories that retired from the active set as a result (the caller stores them; the clusterer
 * forgets them) and the stories {@code merged} into {@code storyId} after it joined: their ids,
 * which no longer exist, so every article the caller filed under one of them now belongs to
 * {@code storyId} (see {@link StoryMerger}).
 */
public record Assignment(String articleId, String storyId, boolean opened, double score, List<Story> retired,
                         List<String> merged) {
    public Assignment {
        retired = List.copyOf(retired);
        merged = List.copyOf(merged);
    }

    /** An assignment that merged nothing. */
    public Assignment(String articleId, String storyId, boolean opened, double score, List<Story> retired) {
        this(articleId, storyId, opened, score, retired, List.of());
    }
}
