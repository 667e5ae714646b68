package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Document;
import org.lagebild.stories.facts.SeedDocuments;

/**
 * Issue 6: the five German seed articles form one story. They are read and annotated by the real
 * stages ({@link SeedDocuments}) and added as the engine adds them: in one batch, in publication
 * order, each on the day the engine orders it by (its publication date, or for an inferred window
 * its earliest day). The 2022 article's story goes idle for two years before the 2024 articles
 * come, so it must come back from the dormant stories.
 */
class SeedStoryTest {
    /** The days the engine ordered the seeds by in one run (earliest day of each inferred window), as the coordinator saw them. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2022, 7, 24), LocalDate.of(2024, 8, 6),
            LocalDate.of(2024, 11, 15), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 9, 10));

    /** The day the engine orders an article by ({@link StoryDays#order}): the publication date, else the earliest day of the window. */
    static LocalDate dayOf(Document d) {
        return StoryDays.order(d);
    }

    /**
     * As the engine clusters them, in the order of {@link StoryDays#order} and with the days of {@link StoryDays#evidence},
     * consolidated as the engine does after a batch, the seeds form one story.
     */
    @Test
    void fiveSeedsWithTheDaysTheEngineTakesAsEvidenceFormOneStory() {
        List<Document> docs = new ArrayList<>(SeedDocuments.all());
        docs.sort(Comparator.comparing(SeedStoryTest::dayOf, Comparator.nullsLast(Comparator.naturalOrder())));
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        Set<String> storyIds = new HashSet<>();
        List<String> log = new ArrayList<>();
        for (Document d : docs) {
            Assignment a = c.add(StoryFeatures.of(d, StoryDays.evidence(d)));
            storyIds.add(a.storyId());
            log.add(a.articleId() + " " + d.article().published().explanation() + " evidence " + StoryDays.evidence(d)
                    + " -> " + a.storyId() + " score " + a.score());
        }
        for (StoryMerger.Merge m : c.consolidate()) {
            storyIds.remove(m.merged());
        }
        assertEquals(1, storyIds.size(), String.join("\n", log));
    }

    @Test
    void fiveSeedsInOneBatchWithInferredDatesFormOneStory() {
        List<Document> docs = new ArrayList<>(SeedDocuments.all());
        assertEquals(5, docs.size());
        docs.sort(Comparator.comparing(SeedStoryTest::dayOf, Comparator.nullsLast(Comparator.naturalOrder())));
        List<LocalDate> days = docs.stream().map(SeedStoryTest::dayOf).toList();
        assertTrue(days.stream().allMatch(d -> d != null), "every seed has an inferred day: " + days);
        // the case this test is about: the first story idles past retirement before the second article
        assertTrue(days.get(0).plusDays(ClusterConfig.defaults().retireAfterDays()).isBefore(days.get(1)), days.toString());
        oneStory(docs, days);
    }

    @Test
    void fiveSeedsOnTheDaysTheEngineReportedFormOneStory() {
        List<Document> docs = new ArrayList<>(SeedDocuments.all());
        docs.sort(Comparator.comparing(SeedStoryTest::dayOf, Comparator.nullsLast(Comparator.naturalOrder())));
        oneStory(docs, DAYS);
    }

    private static void oneStory(List<Document> docs, List<LocalDate> days) {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        List<String> log = new ArrayList<>();
        Set<String> storyIds = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            Assignment a = c.add(StoryFeatures.of(docs.get(i), days.get(i)));
            storyIds.add(a.storyId());
            log.add(a.articleId() + " " + days.get(i) + " -> " + a.storyId() + " score " + a.score()
                    + " retired " + a.retired().stream().map(Story::id).toList());
        }
        System.out.println(String.join("\n", log));
        assertEquals(1, storyIds.size(), String.join("\n", log));
        Story story = c.story(storyIds.iterator().next());
        assertEquals(5, story.articleCount(), String.join("\n", log));
        assertEquals(days.get(0), story.firstDate());
        assertEquals(days.get(4), story.lastDate());
        assertFalse(story.title().isBlank());
        assertEquals(1, c.activeStories().size(), "one active story: " + c.activeStories());
    }

    @Test
    void fiveSeedsWithGivenPublicationDaysFormOneStory() {
        List<Document> docs = new ArrayList<>(SeedDocuments.withPublicationDates());
        docs.sort(Comparator.comparing(SeedStoryTest::dayOf, Comparator.nullsLast(Comparator.naturalOrder())));
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        Set<String> storyIds = new HashSet<>();
        List<String> log = new ArrayList<>();
        for (Document d : docs) {
            Assignment a = c.add(StoryFeatures.of(d, dayOf(d)));
            storyIds.add(a.storyId());
            log.add(a.articleId() + " " + dayOf(d) + " -> " + a.storyId() + " score " + a.score());
        }
        assertEquals(1, storyIds.size(), String.join("\n", log));
    }
}
