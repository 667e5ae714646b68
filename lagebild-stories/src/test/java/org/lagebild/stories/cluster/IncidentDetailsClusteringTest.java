package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Incident details in the pair features, in the stories, and across a snapshot. */
class IncidentDetailsClusteringTest {
    private static ArticleVectors article(List<String> details, double... rarity) {
        return new ArticleVectors(Map.of("x", 1.0), Map.of(), Map.of(), StoryClustererTest.D, Set.of(), false, details, rarity);
    }

    @Test
    void sharedDetailsCountTheirRarity() {
        ArticleVectors a = article(List.of("age:24", "block:1400 gherald", "time:2am"), 0.4, 0.9, 0.2);
        assertEquals(1.3, PairFeatures.detail(a, Set.of("age:24", "block:1400 gherald", "age:31")), 1e-12);
        assertEquals(0, PairFeatures.detail(a, Set.of("age:31")));
        assertEquals(0, PairFeatures.detail(a, Set.of()));
    }

    @Test
    void agesOrBlocksThatNeverAgreeAreAConflict() {
        ArticleVectors a = article(List.of("age:24", "street:main"), 0.4, 0.5);
        assertEquals(1, PairFeatures.detailConflict(a, Set.of("age:31", "street:main")));
        assertEquals(0, PairFeatures.detailConflict(a, Set.of("age:31", "age:24")), "one age agrees");
        assertEquals(0, PairFeatures.detailConflict(a, Set.of("street:elm")), "the story names no age");
        ArticleVectors b = article(List.of("block:100 elm"), 0.9);
        assertEquals(1, PairFeatures.detailConflict(b, Set.of("block:1400 gherald")));
        assertEquals(0, PairFeatures.detailConflict(article(List.of()), Set.of("age:31")));
    }

    @Test
    void undatedPairsSeeNoDetails() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        List<StoryClusterer.Candidate> scored = new ArrayList<>();
        c.add(withDetails(StoryClustererTest.f("a", "en", null, "shot gherald street", ""), List.of("age:24")));
        c.addObserved(withDetails(StoryClustererTest.f("b", "en", null, "shot gherald street", ""), List.of("age:24")), scored);
        int detail = PairFeatures.NAMES.indexOf("detail");
        assertTrue(!scored.isEmpty());
        for (StoryClusterer.Candidate k : scored) {
            assertEquals(0, k.features()[detail]);
        }
    }

    @Test
    void storiesKeepTheirDetailsAcrossASnapshot() {
        // drifting topics with their own ages and streets: stories retire, go dormant and wake across the snapshot
        List<StoryFeatures> stream = new ArrayList<>();
        Random r = new Random(5);
        for (StoryFeatures f : StoryClustererTest.drifting(6000, 11)) {
            String topic = f.entities().keySet().iterator().next();
            stream.add(withDetails(f, List.of("age:" + Math.floorMod(topic.hashCode(), 80), "street:s" + topic,
                    "time:" + r.nextInt(12) + "pm")));
        }
        List<StoryFeatures> a = stream.subList(0, 4500);
        List<StoryFeatures> b = stream.subList(4500, stream.size());
        StoryClusterer one = new StoryClusterer(ClusterConfig.defaults());
        List<String> expected = StoryClustererTest.run(one, stream);

        StoryClusterer first = new StoryClusterer(ClusterConfig.defaults());
        List<String> got = new ArrayList<>(StoryClustererTest.run(first, a));
        ClustererState state = first.snapshot();
        assertTrue(state.stories().stream().allMatch(s -> !s.details().isEmpty()), "active stories keep details");
        assertTrue(!state.dormant().isEmpty() && state.dormant().stream().allMatch(d -> !d.details().isEmpty()),
                "dormant stories keep details");
        assertTrue(state.detailDf() != null);
        StoryClusterer resumed = StoryClusterer.resume(ClusterConfig.defaults(), state);
        assertEquals(state, resumed.snapshot(), "resume then snapshot gives the same state");
        got.addAll(StoryClustererTest.run(resumed, b));
        assertEquals(expected, got);
        assertEquals(one.snapshot(), resumed.snapshot());
    }

    @Test
    void aStateWithoutDetailsStillResumes() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        StoryClustererTest.run(c, StoryClustererTest.drifting(500, 3));
        ClustererState s = c.snapshot();
        ClustererState old = new ClustererState(s.version(), s.articles(), s.newestDate(), s.dfBuckets(), s.documents(),
                s.termDf(), s.entityDf(), s.stories(), s.dormant());
        StoryClusterer resumed = StoryClusterer.resume(ClusterConfig.defaults(), old);
        assertEquals(s.stories(), resumed.snapshot().stories());
    }

    @Test
    void aStoryKeepsItsFirstDetailsUpToTheBound() {
        ActiveStory s = new ActiveStory("s");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < ActiveStory.MAX_DETAILS + 10; i++) {
            many.add("age:" + i);
        }
        s.addDetails(many);
        assertEquals(ActiveStory.MAX_DETAILS, s.details.size());
        assertEquals(new LinkedHashSet<>(many.subList(0, ActiveStory.MAX_DETAILS)), s.details);
    }

    private static StoryFeatures withDetails(StoryFeatures f, List<String> details) {
        return new StoryFeatures(f.articleId(), f.title(), f.language(), f.date(), f.terms(), f.entities(), f.claims(),
                f.eventDates(), details);
    }
}
