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

    /** Merges nothing while articles come in (threshold above any similarity); consolidates at an average link of 0.2. */
    private static final StoryMerger.Rule ONLY_AFTER = new StoryMerger.Rule(10, 1, 0, 0, 1, 0.2);

    @Test
    void consolidationMergesWholeUndatedStoriesAndSaysWhich() {
        StoryClusterer c = clusterer(ONLY_AFTER, null);
        c.add(f("a", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        c.add(f("x", "en", null, "football cup final goal striker penalty", "Q9999"));
        Assignment b = c.add(f("b", "en", null, "earthquake indonesia magnitude aftershock aceh", "Q252"));
        assertTrue(b.opened(), "nothing merges while the articles come in");
        assertEquals(List.of(), b.merged());
        int before = c.activeCount();
        List<StoryMerger.Merge> merges = c.consolidate();
        // same size: the larger id goes into the smaller; the background and the football story stay
        assertEquals(1, merges.size(), merges.toString());
        assertEquals("s-b", merges.get(0).merged());
        assertEquals("s-a", merges.get(0).into());
        assertTrue(merges.get(0).averageLink() >= 0.2 && merges.get(0).averageLink() <= 1.0 + 1e-9, merges.toString());
        assertEquals(before - 1, c.activeCount());
        assertEquals(List.of("a", "b"), c.story("s-a").articleIds());
        assertEquals(null, c.story("s-b"));
        assertEquals(List.of(), c.consolidate(), "a second pass finds nothing more");
        // a later story about it is consolidated into the merged one (the larger)
        c.add(f("d", "en", null, "earthquake aceh tsunami magnitude", "Q252"));
        assertEquals(List.of("s-d"), c.consolidate().stream().map(StoryMerger.Merge::merged).toList());
        assertEquals(3, c.story("s-a").articleCount());
    }

    @Test
    void consolidationTakesTheStrongestPairFirstAndLeavesDatedStories() {
        StoryClusterer c = clusterer(ONLY_AFTER, null);
        c.add(f("a", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        c.add(f("b", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        c.add(f("e", "en", null, "earthquake indonesia magnitude aftershock", "Q252"));
        List<StoryMerger.Merge> merges = c.consolidate();
        // a and b have the same terms (link about 1: the IDF moved a little between them): they merge first; then e joins the pair
        assertEquals("s-b", merges.get(0).merged());
        assertEquals("s-a", merges.get(0).into());
        assertEquals(1.0, merges.get(0).averageLink(), 1e-3);
        assertEquals(new StoryMerger.Merge("s-e", "s-a", merges.get(1).averageLink()), merges.get(1));
        assertTrue(merges.get(1).averageLink() < 1.0);

        LocalDate day = LocalDate.of(2025, 6, 1);
        StoryClusterer dated = clusterer(ONLY_AFTER, day);
        dated.add(f("a", "en", day, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        dated.add(f("b", "en", day, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        assertEquals(List.of(), dated.consolidate());
        StoryClusterer off = clusterer(StoryMerger.Rule.never(), null);
        off.add(f("a", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        off.add(f("b", "en", null, "earthquake indonesia magnitude tsunami aceh coast", "Q252"));
        assertEquals(List.of(), off.consolidate());
    }

    @Test
    void averageLinkIsTheMeanArticleCosine() {
        Map<String, Double> a1 = Map.of("earthquak", 0.8, "aceh", 0.6);
        Map<String, Double> a2 = Map.of("earthquak", 0.6, "tsunami", 0.8);
        Map<String, Double> b1 = Map.of("earthquak", 0.6, "aceh", 0.8);
        ActiveStory a = new ActiveStory("s-a");
        a.setCentroid(Vectors.top(Vectors.sum(a1, a2), 10));
        a.articleCount = 2;
        ActiveStory b = new ActiveStory("s-b");
        b.setCentroid(Vectors.top(b1, 10));
        b.articleCount = 1;
        double mean = (Vectors.dot(a1, b1) + Vectors.dot(a2, b1)) / 2;
        assertEquals(mean, StoryMerger.averageLink(a, b), 1e-12);
        assertEquals(StoryMerger.averageLink(a, b), StoryMerger.averageLink(b, a), 1e-15);
    }

    @Test
    void ruleFileIsCheckedOnLoad() throws Exception {
        StoryMerger.Rule r = StoryMerger.parse(new BufferedReader(new StringReader(
                "# comment\nname\tvalue\nthreshold\t0.25\ntextWeight\t1\nkindWeight\t0\nentityWeight\t0\nminArticles\t2\n"
                        + "linkThreshold\t0.04\n")), "test");
        assertEquals(new StoryMerger.Rule(0.25, 1, 0, 0, 2, 0.04), r);
        assertTrue(r.consolidates());
        assertFalse(new StoryMerger.Rule(0.25, 1, 0, 0, 2).consolidates());
        assertThrowsState("name\tvalue\nthreshold\t0.25\ntextWeight\t1\nkindWeight\t0\nentityWeight\t0\nminArticles\t2\n");
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
