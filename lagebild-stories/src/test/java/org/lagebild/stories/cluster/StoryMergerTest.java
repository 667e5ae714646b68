package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lagebild.stories.cluster.StoryClustererTest.background;
import static org.lagebild.stories.cluster.StoryClustererTest.f;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryMergerTest {
    /** A model that never joins an article to a story (p is about 0): every article opens one, only merges join. */
    private static final StoryModel.Weights NEVER = new StoryModel.Weights(-100,
            java.util.Collections.nCopies(StoryModel.featureNames().size(), 0.0));
    private static final StoryModel NEVER_JOINS = new StoryModel(NEVER, NEVER, NEVER, 0.5, 0.5, 0.5);
    private static final StoryMerger.Rule EAGER = StoryMerger.defaultRule().with(Map.of("threshold", 0.3, "minArticles", 1));

    private static StoryClusterer clusterer(StoryMerger.Rule rule, LocalDate day) {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults(), NEVER_JOINS, rule);
        background(200, 7, day).forEach(c::add);
        return c;
    }

    @Test
    void similarUndatedStoriesMergeIntoTheOlderAndSayWhich() {
        StoryClusterer c = clusterer(EAGER, null);
        int before = c.activeCount();
        Assignment a = c.add(f("a", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        Assignment x = c.add(f("x", "en", null, "football cup final goal striker penalty", "Q9999"));
        Assignment b = c.add(f("b", "en", null, "earthquake indonesia magnitude aftershock aceh", "Q252"));
        assertTrue(a.opened() && x.opened());
        assertEquals(List.of(), a.merged());
        assertEquals(List.of(), x.merged());
        // b opened s-b, which merged at once into s-a (same size: the smaller id stays)
        assertEquals("s-a", b.storyId());
        assertEquals(List.of("s-b"), b.merged());
        assertFalse(b.opened(), "its own story is gone: it joined s-a");
        assertEquals(2, c.story("s-a").articleCount());
        assertEquals(List.of("a", "b"), c.story("s-a").articleIds());
        assertEquals(null, c.story("s-b"));
        assertEquals(before + 2, c.activeCount());
        // the merged story is found again: a later article about it lands there
        Assignment d = c.add(f("d", "en", null, "earthquake aceh tsunami magnitude", "Q252"));
        assertEquals("s-a", d.storyId());
        assertEquals(List.of("s-d"), d.merged());
        assertEquals(3, c.story("s-a").articleCount());
    }

    @Test
    void theSmallerStoryMergesIntoTheLarger() {
        StoryClusterer m = new StoryClusterer(ClusterConfig.defaults(), NEVER_JOINS, EAGER);
        background(200, 7, null).forEach(m::add);
        m.add(f("p1", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        Assignment p2 = m.add(f("p2", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        // s-a0 sorts before s-p1, but has one article against two: it is the one merged
        Assignment z = m.add(f("a0", "en", null, "earthquake indonesia magnitude aftershock aceh", "Q252"));
        assertEquals("s-p1", p2.storyId());
        assertEquals(List.of("s-p2"), p2.merged());
        assertEquals("s-p1", z.storyId());
        assertEquals(List.of("s-a0"), z.merged());
        assertEquals(3, m.story("s-p1").articleCount());
    }

    @Test
    void datedStoriesAndADisabledRuleNeverMerge() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        StoryClusterer dated = clusterer(EAGER, day);
        Assignment a = dated.add(f("a", "en", day, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        Assignment b = dated.add(f("b", "en", day, "earthquake indonesia magnitude aftershock aceh", "Q252"));
        assertTrue(a.opened() && b.opened());
        assertEquals(List.of(), b.merged());
        StoryClusterer off = clusterer(StoryMerger.Rule.never(), null);
        off.add(f("a", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        Assignment b2 = off.add(f("b", "en", null, "earthquake indonesia magnitude aftershock aceh", "Q252"));
        assertTrue(b2.opened());
        assertEquals("s-b", b2.storyId());
        assertFalse(StoryMerger.Rule.never().enabled());
    }

    @Test
    void aResumedClustererMergesLikeTheOriginal() {
        StoryClusterer c = clusterer(StoryMerger.defaultRule(), null);
        c.add(f("a", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        StoryClusterer r = StoryClusterer.resume(ClusterConfig.defaults(), NEVER_JOINS, c.snapshot());
        StoryClusterer c2 = new StoryClusterer(ClusterConfig.defaults(), NEVER_JOINS, StoryMerger.defaultRule());
        background(200, 7, null).forEach(c2::add);
        c2.add(f("a", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        StoryFeatures next = f("b", "en", null, "earthquake indonesia magnitude aftershock aceh", "Q252");
        assertEquals(c2.add(next), r.add(next));
    }

    @Test
    void similarityIsSymmetricAndTheKindCosineIgnoresNames() {
        ActiveStory x = new ActiveStory("s-x");
        x.setCentroid(Vectors.top(Map.of("earthquak", 0.6, "^aceh", 0.5, "magnitud", 0.3), 10));
        ActiveStory y = new ActiveStory("s-y");
        y.setCentroid(Vectors.top(Map.of("earthquak", 0.5, "^papua", 0.6, "magnitud", 0.4), 10));
        StoryMerger m = new StoryMerger(new StoryMerger.Rule(0.5, 1, 1, 0, 1));
        assertEquals(m.similarity(x, y), m.similarity(y, x), 1e-12);
        assertEquals(1.0, StoryMerger.kindCosine(x.centroid, Map.of("earthquak", 0.6, "magnitud", 0.3, "^other", 9.0)), 1e-12);
    }

    @Test
    void ruleFileIsCheckedOnLoad() throws Exception {
        StoryMerger.Rule r = StoryMerger.parse(new BufferedReader(new StringReader(
                "# comment\nname\tvalue\nthreshold\t0.25\ntextWeight\t1\nkindWeight\t0\nentityWeight\t0\nminArticles\t2\n")), "test");
        assertEquals(new StoryMerger.Rule(0.25, 1, 0, 0, 2), r);
        assertTrue(r.enabled());
        assertThrowsState("threshold\t0.25\n");
        assertTrue(StoryMerger.defaultRule().enabled());
    }

    private static void assertThrowsState(String text) {
        try {
            StoryMerger.parse(new BufferedReader(new StringReader(text)), "test");
        } catch (IllegalStateException | java.io.IOException e) {
            return;
        }
        throw new AssertionError("accepted an incomplete rule: " + text);
    }
}
