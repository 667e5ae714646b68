package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
    private final Headlines h = Headlines.instance();

    @Test
    void examplesInTheRuleFileHold() throws IOException {
        int yes = 0;
        int no = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Headlines.class.getResourceAsStream("headlines.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("# example\t")) {
                    String[] f = line.split("\t");
                    boolean expected = Boolean.parseBoolean(f[2]);
                    assertEquals(expected, h.isHeadline(f[1]), line);
                    if (expected) {
                        yes++;
                    } else {
                        no++;
                    }
                }
            }
        }
        assertTrue(yes >= 4 && no >= 10, "examples: " + yes + " headlines, " + no + " others");
    }

    @Test
    void wordsOfDatesMakeNoDateLineWithoutANumber() {
        assertTrue(h.isHeadline("On a Sunday in March"));
        assertTrue(h.isHeadline("Shooting on Tuesday, March 3, 2015"));
        assertFalse(h.isHeadline(null));
    }

    @Test
    void theTextGivesATitleWhenTheTitleIsNone() {
        assertEquals("A man was shot outside a bar in Dayton early Sunday.",
                h.fromText("Tuesday, March 3, 2015\nA man was shot outside a bar in Dayton early Sunday. He died."));
        assertEquals("Zwei Menschen sind bei Schüssen in Berlin verletzt worden.",
                h.fromText("Zwei Menschen sind bei Schüssen in Berlin verletzt worden. Die Polizei ermittelt."));
        String longLead = "word ".repeat(40);
        assertEquals(100, h.fromText(longLead).length());
        assertTrue(h.fromText(longLead).endsWith("…"));
        assertEquals("", h.fromText("en"));
        assertEquals("", h.fromText(null));
    }

    @Test
    void aHeadlineTakesOverFromATitleThatIsNoneAndNeverTheOtherWayRound() {
        assertTrue(h.betterTitle("Four shot outside of NE Side bar", 0.2, "en", 0.9));
        assertTrue(h.betterTitle("Four shot outside of NE Side bar", 0.2, "", 0.9));
        assertFalse(h.betterTitle("DECEMBER 16, 2008", 0.9, "Four shot outside of NE Side bar", 0.2));
        assertTrue(h.betterTitle("DECEMBER 16, 2008", 0.9, "en", 0.2));
        assertTrue(h.betterTitle("Four shot outside of NE Side bar", 0.5, "Man held after bar shooting", 0.4));
        assertFalse(h.betterTitle("Four shot outside of NE Side bar", 0.4, "Man held after bar shooting", 0.4));
        assertTrue(h.betterTitle("en", 0.0, null, -1));
    }

    @Test
    void aTitleLessArticleTakesOverWhenMoreCentralAsItAlwaysDid() {
        assertTrue(h.betterTitle("", 0.9, "Man held after bar shooting", 0.4));
        assertFalse(h.betterTitle("", 0.3, "Man held after bar shooting", 0.4));
        assertTrue(h.betterTitle(null, 0.9, "en", 0.4));
    }

    @Test
    void aMalformedRuleFileFails() {
        assertThrows(IllegalStateException.class, () -> Headlines.read(
                new BufferedReader(new StringReader("kind\tlanguage\tvalue\nnotice\tfr\tx\nmin-letters\t*\t4\n")), "t"));
        assertThrows(IllegalStateException.class, () -> Headlines.read(
                new BufferedReader(new StringReader("notice\ten\tpage not found\n")), "t"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Headlines.read(
                new BufferedReader(new StringReader("kind\tlanguage\tvalue\nmin-letters\t*\t4\npattern\t*\t(unclosed\n")),
                "headlines.tsv"));
        assertTrue(e.getMessage().startsWith("headlines.tsv:3: "), e.getMessage());
    }

    @Test
    void theStoryKeepsTheMostCentralRealHeadline() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        StoryClustererTest.background(200, 7, StoryClustererTest.D).forEach(c::add);
        String terms = "earthquake tokyo magnitude tsunami warning coast buildings";
        c.add(titled(StoryClustererTest.f("a1", "en", StoryClustererTest.D, terms, "Q17 Q1490"), "en"));
        assertEquals("en", c.story("s-a1").title(), "no headline yet: the title there is");
        c.add(titled(StoryClustererTest.f("a2", "en", StoryClustererTest.D, terms + " aftershock", "Q17 Q1490"),
                "Strong earthquake hits Tokyo"));
        c.add(titled(StoryClustererTest.f("a3", "en", StoryClustererTest.D, terms, "Q17 Q1490"), "Redirect Notice"));
        Story s = c.story("s-a1");
        assertEquals(List.of("a1", "a2", "a3"), s.articleIds());
        assertEquals("Strong earthquake hits Tokyo", s.title());
        assertEquals("a2", s.titleArticleId());
        StoryClusterer resumed = StoryClusterer.resume(ClusterConfig.defaults(), c.snapshot());
        assertEquals(s.title(), resumed.story("s-a1").title());
    }

    private static StoryFeatures titled(StoryFeatures f, String title) {
        return new StoryFeatures(f.articleId(), title, f.language(), f.date(), f.terms(), f.entities(), f.claims(),
                f.eventDates());
    }
}
