package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lagebild.stories.cluster.StoryClustererTest.background;
import static org.lagebild.stories.cluster.StoryClustererTest.f;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceConflictTest {
    /** Set in a country: its top country holds half the country mentions and is named once per article. */
    private static final PlaceConflict.Guard GUARD = new PlaceConflict.Guard(0.5, 1, 0.05, 3);

    @Test
    void twoStoriesSetInDifferentCountriesConflict() {
        // an earthquake in Indonesia (two articles), one in Iran (two articles)
        Map<String, Integer> indonesia = Map.of("lb:gpe:id", 5, "lb:gpe:au", 1, "lb:auto:per:someone", 4);
        Map<String, Integer> iran = Map.of("lb:gpe:ir", 4, "lb:loc:teheran", 3);
        assertEquals("lb:gpe:id", PlaceConflict.settingOf(indonesia, 2, GUARD));
        assertEquals("lb:gpe:ir", PlaceConflict.settingOf(iran, 2, GUARD));
        assertTrue(PlaceConflict.conflict(indonesia, 2, iran, 2, GUARD));
        assertTrue(PlaceConflict.conflict(iran, 2, indonesia, 2, GUARD), "symmetric");
    }

    @Test
    void storiesThatShareTheirCountryOrSayTooLittleDoNotConflict() {
        Map<String, Integer> aceh = Map.of("lb:gpe:id", 5, "lb:gpe:au", 1);
        Map<String, Integer> papua = Map.of("lb:gpe:id", 3, "lb:gpe:us", 2);
        assertFalse(PlaceConflict.conflict(aceh, 2, papua, 2, GUARD), "both in Indonesia");
        // the other (ten articles, the US named in nine: not set there) names Indonesia in 1 of 10 country
        // mentions: more than 5 %, so Indonesia is not absent there
        Map<String, Integer> mostlyUs = Map.of("lb:gpe:us", 9, "lb:gpe:id", 1);
        assertFalse(PlaceConflict.conflict(aceh, 2, mostlyUs, 10, GUARD));
        assertTrue(PlaceConflict.conflict(aceh, 2, Map.of("lb:gpe:us", 10), 10, GUARD), "never named there: absent");
        // two country mentions in five articles say too little about where a story is: neither set in Iran nor
        // enough to say that Indonesia is absent
        assertFalse(PlaceConflict.conflict(aceh, 2, Map.of("lb:gpe:ir", 2), 5, GUARD));
        assertTrue(PlaceConflict.conflict(aceh, 2, Map.of("lb:gpe:ir", 3), 5, GUARD), "three are enough");
        // a country named once in five articles is an aside, not where the story is set
        assertNull(PlaceConflict.settingOf(Map.of("lb:gpe:ir", 4), 5, GUARD));
        assertFalse(PlaceConflict.conflict(Map.of("lb:gpe:ir", 4), 5, Map.of("lb:gpe:id", 4), 5, GUARD));
        // no country holds half the mentions: no setting
        assertNull(PlaceConflict.settingOf(Map.of("lb:gpe:il", 4, "lb:gpe:ps", 3, "lb:gpe:eg", 2), 1, GUARD));
    }

    @Test
    void tiesGoToTheSmallerIdWhateverTheMapOrder() {
        Map<String, Integer> tie = new java.util.LinkedHashMap<>();
        tie.put("lb:gpe:ir", 3);
        tie.put("lb:gpe:id", 3);
        assertEquals("lb:gpe:id", PlaceConflict.settingOf(tie, 1, new PlaceConflict.Guard(0.5, 1, 0.05, 3)));
        assertEquals(6, PlaceConflict.countryMentions(tie));
    }

    /** A model that never joins an article to a story: every article opens one, only merges join. */
    private static final StoryModel.Weights NEVER = new StoryModel.Weights(-100,
            java.util.Collections.nCopies(StoryModel.featureNames().size(), 0.0));
    private static final StoryModel NEVER_JOINS = new StoryModel(NEVER, NEVER, NEVER, 0.5, 0.5, 0.5);

    /** Merges nothing while articles come in; consolidates at an average link of 0.2; the place guard as above. */
    private static final StoryMerger.Rule GUARDED = new StoryMerger.Rule(10, 1, 0, 0, 1, 0.2, 0.5, 1, 0.05, 3);

    @Test
    void consolidationKeepsAnEarthquakeInIranApartFromOneInIndonesiaButMergesTwoInIndonesia() {
        for (boolean guarded : new boolean[] {true, false}) {
            StoryClusterer c = new StoryClusterer(ClusterConfig.defaults(), NEVER_JOINS,
                    guarded ? GUARDED : GUARDED.with(Map.of("placeShare", 10)));
            background(200, 7, null).forEach(c::add);
            c.add(f("a", "en", null, "earthquake magnitude tsunami coast killed", "lb:gpe:id lb:gpe:id lb:gpe:id"));
            c.add(f("b", "en", null, "earthquake magnitude aftershock coast killed", "lb:gpe:id lb:gpe:id lb:gpe:au"));
            c.add(f("i", "en", null, "earthquake magnitude aftershock coast killed", "lb:gpe:ir lb:gpe:ir lb:gpe:ir"));
            List<String> merged = c.consolidate().stream().map(StoryMerger.Merge::merged).sorted().toList();
            if (guarded) {
                assertEquals(List.of("s-b"), merged, "the two Indonesian stories merge, the Iranian one stays apart");
                assertEquals(1, c.story("s-i").articleCount());
            } else {
                assertEquals(2, merged.size(), "without the guard all three are one story: " + merged);
            }
        }
    }

    @Test
    void ruleFileTakesTheGuardOrLeavesItOut() throws Exception {
        String base = "threshold\t0.22\ntextWeight\t1\nkindWeight\t0\nentityWeight\t0\nminArticles\t2\nlinkThreshold\t0.04\n";
        StoryMerger.Rule without = StoryMerger.parse(new BufferedReader(new StringReader(base)), "test");
        assertFalse(without.guardsPlaces());
        StoryMerger.Rule with = StoryMerger.parse(new BufferedReader(new StringReader(
                base + "placeShare\t0.5\nplaceRate\t1\nplaceAbsent\t0.05\nplaceMentions\t3\n")), "test");
        assertTrue(with.guardsPlaces());
        assertEquals(new PlaceConflict.Guard(0.5, 1, 0.05, 3), with.placeGuard());
        assertThrows(IllegalStateException.class,
                () -> StoryMerger.parse(new BufferedReader(new StringReader(base + "placeShare\t0.5\n")), "test"));
        assertThrows(IllegalArgumentException.class, () -> GUARDED.with(Map.of("placeMentions", 0)));
    }
}
