package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    static final LocalDate D = LocalDate.of(2025, 6, 1);

    static StoryFeatures f(String id, String lang, LocalDate date, String terms, String entities, ClaimKey... claims) {
        Map<String, Integer> t = new HashMap<>();
        for (String w : terms.split(" ")) {
            if (!w.isEmpty()) {
                t.merge(w, 1, Integer::sum);
            }
        }
        Map<String, Integer> e = new HashMap<>();
        for (String w : entities.split(" ")) {
            if (!w.isEmpty()) {
                e.merge(w, 1, Integer::sum);
            }
        }
        return new StoryFeatures(id, "title " + id, lang, date, t, e, List.of(claims), Set.of());
    }

    /** Background articles so that document frequencies mean something. */
    static List<StoryFeatures> background(int n, long seed, LocalDate date) {
        Random r = new Random(seed);
        List<StoryFeatures> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 30; k++) {
                sb.append("bg").append(r.nextInt(5000)).append(' ');
            }
            out.add(f("bg" + seed + "-" + i, "en", date, sb.toString(), "Qbg" + r.nextInt(3000)));
        }
        return out;
    }

    @Test
    void twoStoriesAndAnUnrelatedArticle() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        background(200, 1, D).forEach(c::add);
        Assignment a1 = c.add(f("a1", "en", D, "earthquake tokyo magnitude tsunami warning coast buildings", "Q17 Q1490"));
        Assignment b1 = c.add(f("b1", "en", D, "election parliament vote coalition chancellor ballot", "Q183 Q567"));
        Assignment a2 = c.add(f("a2", "en", D.plusDays(1), "earthquake tsunami magnitude coast aftershock tokyo", "Q17 Q1490"));
        Assignment b2 = c.add(f("b2", "en", D.plusDays(1), "coalition vote parliament chancellor talks", "Q183 Q567"));
        Assignment x = c.add(f("x", "en", D.plusDays(1), "football cup final goal striker penalty", "Q9999"));
        assertTrue(a1.opened() && b1.opened() && x.opened());
        assertEquals("s-a1", a2.storyId());
        assertFalse(a2.opened());
        assertEquals("s-b1", b2.storyId());
        assertEquals("s-x", x.storyId());
        Story a = c.story("s-a1");
        assertEquals(List.of("a1", "a2"), a.articleIds());
        assertEquals(D, a.firstDate());
        assertEquals(D.plusDays(1), a.lastDate());
        assertEquals(Set.of("Q17", "Q1490"), Set.copyOf(a.topEntities()));
    }

    @Test
    void germanAndEnglishJoinThroughEntitiesAndNumbers() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        background(200, 2, D).forEach(c::add);
        ClaimKey sent = new ClaimKey("send", "Soldat", 10000, Double.MAX_VALUE);
        ClaimKey sentEn = new ClaimKey("send", "", 10000, 12000);
        Assignment de = c.add(f("de1", "de", D, "nordkorea soldat russland kursk entsend", "Q423 Q159 Q1267", sent));
        Assignment en = c.add(f("en1", "en", D.plusDays(1), "north korea troop russia kursk sent", "Q423 Q159 Q1267", sentEn));
        assertTrue(de.opened());
        assertEquals(de.storyId(), en.storyId(), "score " + en.score());
        // same entities alone, but a month later and with a contradicting number: stays apart
        Assignment other = c.add(f("en2", "en", D.plusDays(40), "parade pyongyang anniversary", "Q423",
                new ClaimKey("send", "", 5, 5)));
        assertNotEquals(de.storyId(), other.storyId());
    }

    @Test
    void sameInputSameStories() {
        List<StoryFeatures> stream = stream(3000, 7);
        assertEquals(run(new StoryClusterer(ClusterConfig.defaults()), stream), run(new StoryClusterer(ClusterConfig.defaults()), stream));
    }

    @Test
    void resumedClustererContinuesExactly() {
        // drifting topics: stories retire, go dormant and wake again across the snapshot
        List<StoryFeatures> stream = drifting(6000, 11);
        List<StoryFeatures> a = stream.subList(0, 4500);
        List<StoryFeatures> b = stream.subList(4500, stream.size());

        StoryClusterer one = new StoryClusterer(ClusterConfig.defaults());
        List<String> expected = run(one, stream);

        StoryClusterer first = new StoryClusterer(ClusterConfig.defaults());
        List<String> got = new ArrayList<>(run(first, a));
        ClustererState state = first.snapshot();
        StoryClusterer resumed = StoryClusterer.resume(ClusterConfig.defaults(), state);
        assertEquals(state, resumed.snapshot(), "resume then snapshot gives the same state");
        assertTrue(state.dormant().size() > 0, "the snapshot holds dormant stories");
        got.addAll(run(resumed, b));
        assertEquals(expected, got);
        assertEquals(one.activeStories(), resumed.activeStories());
        assertEquals(one.snapshot(), resumed.snapshot());
    }

    @Test
    void retirementKeepsTheActiveSetBounded() {
        ClusterConfig config = ClusterConfig.defaults();
        StoryClusterer c = new StoryClusterer(config);
        int perDay = 100;
        int maxActive = 0;
        int retired = 0;
        // replayed features whose topics drift (each lives a few days): a cycle of 4,000 articles
        // spans 40 days, so by the time a copy comes back its story of the last cycle has retired
        List<StoryFeatures> base = drifting(4000, 3);
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            StoryFeatures f = base.get(i % base.size());
            Assignment a = c.add(f.withIdAndDate("r" + i, D.plusDays(i / perDay)));
            retired += a.retired().size();
            maxActive = Math.max(maxActive, c.activeCount());
        }
        int bound = perDay * (config.retireAfterDays() + 2);
        assertTrue(maxActive <= bound, "active stories peaked at " + maxActive + " > " + bound);
        assertTrue(retired > c.activeCount() * 5, "retired " + retired);
        assertTrue(c.snapshot().stories().size() <= bound);
        assertTrue(c.dormantCount() > 0 && c.dormantCount() <= config.maxDormantStories(), "dormant " + c.dormantCount());
        assertEquals(c.activeCount(), c.retireAll().size());
        assertEquals(0, c.activeCount());
    }

    @Test
    void capOnActiveStoriesHoldsWithoutDates() {
        ClusterConfig config = ClusterConfig.defaults().withBounds(30, 100, 5);
        StoryClusterer c = new StoryClusterer(config);
        for (StoryFeatures f : stream(1000, 5)) {
            c.add(f.withIdAndDate(f.articleId(), null));
            assertTrue(c.activeCount() <= 100);
        }
        assertTrue(c.activeStories().stream().allMatch(s -> s.articleIds().size() <= 5));
    }

    /** Synthetic stream: 300 topics with their own vocabularies and entities, noisy, dates advancing. */
    static List<StoryFeatures> stream(int n, long seed) {
        return stream(n, seed, false);
    }

    /** Like {@link #stream(int, long)}, but each topic lives about three days (100 articles a day). */
    static List<StoryFeatures> drifting(int n, long seed) {
        return stream(n, seed, true);
    }

    private static List<StoryFeatures> stream(int n, long seed, boolean drift) {
        Random r = new Random(seed);
        List<StoryFeatures> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int topic = drift ? (i / 100) * 4 + r.nextInt(12) : r.nextInt(300);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 25; k++) {
                sb.append(r.nextInt(3) == 0 ? "w" + r.nextInt(20000) : "t" + topic + "w" + r.nextInt(12)).append(' ');
            }
            String ents = "Q" + topic + " Q" + (topic + 1000) + " Q" + r.nextInt(50);
            ClaimKey k = r.nextBoolean() ? new ClaimKey("kill", "", topic % 17, topic % 17) : null;
            StoryFeatures f = k == null ? f("a" + i, "en", D.plusDays(i / 100), sb.toString(), ents)
                    : f("a" + i, "en", D.plusDays(i / 100), sb.toString(), ents, k);
            out.add(f);
        }
        return out;
    }

    static List<String> run(StoryClusterer c, List<StoryFeatures> fs) {
        List<String> out = new ArrayList<>();
        for (StoryFeatures f : fs) {
            Assignment a = c.add(f);
            out.add(a.articleId() + "->" + a.storyId() + " " + a.retired().stream().map(Story::id).toList());
        }
        return out;
    }
}
