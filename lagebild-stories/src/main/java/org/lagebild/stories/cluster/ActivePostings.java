package org.lagebild.stories.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The active stories' look-up index for {@link StoryClusterer}: the stories each key (a top term or
 * entity) finds, as a plain array per key, walked in order by every article's look-up rather than
 * through linked hash-set entries. A story leaves a posting by a scan of it (a posting holds at most
 * the active stories) and the last entry takes its place, so the order within a posting is arbitrary:
 * the clusterer's candidates are chosen and sorted by hits and id alone. Not thread-safe.
 */
final class ActivePostings {
    private final Map<String, Posting> postings = new HashMap<>();

    /** The stories under one key: {@code stories[0, size)}, in no particular order. */
    static final class Posting {
        ActiveStory[] stories = new ActiveStory[4];
        int size;
    }

    /** The posting of the key, or null when no story is indexed under it. */
    Posting get(String key) {
        return postings.get(key);
    }

    /** Indexes the story under the key (the caller adds a story once per key). */
    void add(String key, ActiveStory s) {
        Posting p = postings.computeIfAbsent(key, k -> new Posting());
        if (p.size == p.stories.length) {
            p.stories = Arrays.copyOf(p.stories, p.size * 2);
        }
        p.stories[p.size++] = s;
    }

    /** Removes the story from the key's posting (nothing when it is not there). */
    void remove(String key, ActiveStory s) {
        Posting p = postings.get(key);
        if (p == null) {
            return;
        }
        ActiveStory[] ss = p.stories;
        for (int i = 0; i < p.size; i++) {
            if (ss[i] == s) {
                ss[i] = ss[--p.size];
                ss[p.size] = null;
                break;
            }
        }
        if (p.size == 0) {
            postings.remove(key);
        }
    }

    void clear() {
        postings.clear();
    }
}
