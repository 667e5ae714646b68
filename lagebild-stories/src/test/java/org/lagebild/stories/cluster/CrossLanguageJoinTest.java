package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lagebild.stories.cluster.StoryClustererTest.background;
import static org.lagebild.stories.cluster.StoryClustererTest.f;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossLanguageJoinTest {
    private static final LocalDate D = LocalDate.of(2025, 3, 10);

    @Test
    void examplesOfTheDataFile() {
        List<CrossLanguageJoin.Example> examples = CrossLanguageJoin.examples();
        assertTrue(examples.size() >= 4, "examples: " + examples);
        assertTrue(examples.stream().anyMatch(CrossLanguageJoin.Example::join));
        assertTrue(examples.stream().anyMatch(e -> !e.join()));
        CrossLanguageJoin.Rule rule = CrossLanguageJoin.defaults().rule();
        for (CrossLanguageJoin.Example e : examples) {
            assertEquals(e.join(), rule.joins(e.actors(), e.entityCosine()), e.toString());
        }
    }

    @Test
    void actorsArePeopleNotCountriesPlacesOrAgencies() {
        CrossLanguageJoin j = CrossLanguageJoin.defaults();
        Map<String, Integer> article = Map.of("lb:per:angela-merkel", 2, "lb:auto:per:markus-soder", 1, "lb:gpe:de", 3,
                "lb:loc:berlin", 1, "lb:org:dpa", 1);
        assertEquals(2, j.sharedActors(article, Map.of("lb:per:angela-merkel", 1, "lb:auto:per:markus-soder", 4, "lb:gpe:de", 1,
                "lb:loc:berlin", 1, "lb:org:dpa", 2)));
        assertEquals(0, j.sharedActors(article, Map.of("lb:gpe:de", 1, "lb:loc:berlin", 1, "lb:org:dpa", 2)));
    }

    @Test
    void onlyStoriesToldInOtherLanguagesOnly() {
        assertTrue(CrossLanguageJoin.otherLanguage("en", Set.of("de")));
        assertFalse(CrossLanguageJoin.otherLanguage("en", Set.of("de", "en")));
        assertFalse(CrossLanguageJoin.otherLanguage("und", Set.of("de")));
        assertFalse(CrossLanguageJoin.otherLanguage("en", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new CrossLanguageJoin.Rule(List.of(), 2, 0.5));
        assertFalse(CrossLanguageJoin.Rule.never().joins(100, 1.0));
    }

    /** German words and English words about one event share no term: the actors decide. */
    @Test
    void aGermanAndAnEnglishReportOfOneEventJoin() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        background(200, 7, D).forEach(c::add);
        Assignment de = c.add(f("de1", "de", D, "rücktritt kanzleramt koalition streit haushalt minist entlass",
                "lb:per:olaf-scholz lb:per:christian-lindner lb:gpe:de lb:loc:berlin lb:org:dpa"));
        Assignment en = c.add(f("en1", "en", D, "chancellor fires finance minister coalition collapse budget row",
                "lb:per:olaf-scholz lb:per:christian-lindner lb:gpe:de lb:org:reuters"));
        assertTrue(de.opened());
        assertFalse(en.opened(), "score " + en.score());
        assertEquals(de.storyId(), en.storyId());
    }

    @Test
    void aResumedStoryKeepsItsLanguages() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        background(200, 7, D).forEach(c::add);
        Assignment de = c.add(f("de1", "de", D, "rücktritt kanzleramt koalition streit haushalt minist entlass",
                "lb:per:olaf-scholz lb:per:christian-lindner lb:gpe:de lb:loc:berlin lb:org:dpa"));
        StoryClusterer resumed = StoryClusterer.resume(ClusterConfig.defaults(), c.snapshot());
        Assignment en = resumed.add(f("en1", "en", D, "chancellor fires finance minister coalition collapse budget row",
                "lb:per:olaf-scholz lb:per:christian-lindner lb:gpe:de lb:org:reuters"));
        assertEquals(de.storyId(), en.storyId(), "score " + en.score());
    }

    /** Two events in the same countries: countries are the setting of many stories and join nothing. */
    @Test
    void differentEventsWithTheSameCountriesStayApart() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        background(200, 8, D).forEach(c::add);
        Assignment de = c.add(f("de1", "de", D, "gasleitung lieferung vertrag energie preis winter",
                "lb:gpe:de lb:gpe:ru lb:gpe:ua lb:gpe:us"));
        Assignment en = c.add(f("en1", "en", D, "grain corridor ships port blockade harvest",
                "lb:gpe:de lb:gpe:ru lb:gpe:ua lb:gpe:us"));
        assertTrue(de.opened());
        assertTrue(en.opened(), "joined " + en.storyId() + " score " + en.score());
        // one shared person and a story whose entities mostly differ: not enough either
        Assignment en2 = c.add(f("en2", "en", D, "football club stadium derby fans",
                "lb:per:olaf-scholz lb:auto:per:jon-doe lb:auto:per:jane-roe lb:org:fifa lb:loc:hamburg"));
        Assignment de2 = c.add(f("de2", "de", D, "hochwasser deich pegel evakuierung",
                "lb:per:olaf-scholz lb:loc:dresden lb:auto:per:max-muster lb:auto:org:thw lb:gpe:cz"));
        assertTrue(en2.opened());
        assertTrue(de2.opened(), "joined " + de2.storyId() + " score " + de2.score());
    }

    /** The rule is for stories with no article in the article's language: once told in German, German text decides. */
    @Test
    void aStoryHoldingTheArticlesLanguageIsLeftToTheModel() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        background(200, 9, D).forEach(c::add);
        String actors = "lb:per:olaf-scholz lb:per:christian-lindner lb:gpe:de";
        Assignment en = c.add(f("en1", "en", D, "chancellor fires finance minister coalition collapse budget", actors));
        Assignment de = c.add(f("de1", "de", D, "kanzler entlässt finanzminister koalition bruch haushalt", actors));
        assertEquals(en.storyId(), de.storyId());
        // the same two people in other German news (a match they visit days later): the story now holds German, the
        // model decides (a day later it scores 0.40 with the session 9 model, at its threshold: too close to the line
        // for a test of the rule)
        Assignment de2 = c.add(f("de2", "de", D.plusDays(4), "fußball länderspiel tribüne besuch stadion", actors));
        assertTrue(de2.opened(), "joined " + de2.storyId() + " score " + de2.score());
        // an English report of that visit: the first story holds English, the visit's story German only
        Assignment en2 = c.add(f("en2", "en", D.plusDays(4), "football match stand visit stadium", actors));
        assertNotEquals(en.storyId(), en2.storyId());
        assertEquals(de2.storyId(), en2.storyId());
    }

    /** A retired story wakes across languages as an active one is joined: by its people or agreeing numbers, not its countries. */
    @Test
    void aDormantStoryToldInAnotherLanguageWakesByItsPeopleNotItsCountries() {
        for (boolean resume : new boolean[] {false, true}) {
            StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
            background(200, 10, D).forEach(c::add);
            Assignment gas = c.add(f("de1", "de", D, "gasleitung lieferung vertrag energie preis winter",
                    "lb:gpe:de lb:gpe:ru lb:gpe:ua lb:gpe:us"));
            Assignment cabinet = c.add(f("de2", "de", D, "rücktritt kanzleramt koalition streit haushalt minist entlass",
                    "lb:per:olaf-scholz lb:per:christian-lindner lb:gpe:de lb:loc:berlin"));
            // three weeks later both have retired
            List<Assignment> later = background(50, 11, D.plusDays(21)).stream().map(c::add).toList();
            assertTrue(later.stream().flatMap(a -> a.retired().stream()).anyMatch(s -> s.id().equals(gas.storyId())));
            if (resume) {
                c = StoryClusterer.resume(ClusterConfig.defaults(), c.snapshot());
            }
            Assignment grain = c.add(f("en1", "en", D.plusDays(21), "grain corridor ships port blockade harvest",
                    "lb:gpe:de lb:gpe:ru lb:gpe:ua lb:gpe:us"));
            assertTrue(grain.opened(), "woke " + grain.storyId() + " score " + grain.score());
            Assignment fired = c.add(f("en2", "en", D.plusDays(21), "chancellor fires finance minister coalition collapse",
                    "lb:per:olaf-scholz lb:per:christian-lindner"));
            assertEquals(cabinet.storyId(), fired.storyId(), "resume " + resume + " score " + fired.score());
        }
    }
}
