package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Document;
import org.lagebild.store.DerivedTables.Assignment;
import org.lagebild.store.DerivedTables.NearDuplicate;
import org.lagebild.store.DerivedTables.Signature;
import org.lagebild.store.DerivedTables.StoryHead;
import org.lagebild.store.DerivedTables.StoryQuery;
import org.lagebild.store.DerivedTables.StoryRow;
import org.lagebild.store.DerivedTables.Update;

class DerivedTablesTest {

    @TempDir
    Path dir;

    @Test
    void storiesDuplicatesSignaturesAndStateRoundTrip() throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(List.of(
                    TestDocs.simple("a", "Alpha", "Nordkorea schickt Soldaten.", null, "de", "ntv.de", LocalDate.parse("2024-10-01")),
                    TestDocs.simple("b", "Beta", "North Korea sends troops.", null, "en", "bbc", LocalDate.parse("2024-10-02")),
                    TestDocs.simple("c", "Gamma", "Nordkorea schickt Soldaten!", null, "de", "news.de", LocalDate.parse("2024-10-03"))));
            DerivedTables d = store.derived();
            assertEquals(0, d.version(), "nothing derived yet");
            d.apply(new Update(List.of(new NearDuplicate("c", "a", 0.9, "near")),
                    List.of(new Signature("a", 1, new long[] {1, 2, 3}), new Signature("b", 2, new long[] {4}),
                            new Signature("c", 3, new long[] {5, 6})), 2,
                    List.of(new Assignment("a", "s-a", 1.0), new Assignment("b", "s-a", 0.8), new Assignment("c", "s-c", 1.0)),
                    List.of(new StoryHead("s-a", "Title s-a", true), new StoryHead("s-c", "Title s-c", false)),
                    Map.of("clusterer", "{\"n\":1}")));

            assertEquals(1, d.version(), "one write");
            assertEquals(Map.of("a", "a", "b", "b", "c", "a"), d.groupsOf(List.of("a", "b", "c")));
            assertEquals(1, d.nearDuplicatesOf("a").size());
            assertEquals(2, d.recentSignatures(10).size(), "pruned to the window of 2");
            assertArrayEquals(new long[] {5, 6}, d.recentSignatures(10).get(1).hashes());
            assertEquals("{\"n\":1}", d.state("clusterer").orElseThrow());
            assertEquals(List.of("s-c", "s-a"), d.stories(StoryQuery.all(10)).stream().map(StoryRow::id).toList());
            assertEquals(List.of("s-a"), d.stories(new StoryQuery(null, "en", null, null, null, 10, 0))
                    .stream().map(StoryRow::id).toList());
            assertEquals(List.of("s-c"), d.stories(new StoryQuery(null, null, "news.de", null, null, 10, 0))
                    .stream().map(StoryRow::id).toList());
            assertEquals(List.of("s-c"), d.stories(new StoryQuery(null, null, null, LocalDate.parse("2024-10-03"), null, 10, 0))
                    .stream().map(StoryRow::id).toList(), "from: stories that end before are left out");
            assertTrue(d.stories(new StoryQuery("kb:none", null, null, null, null, 10, 0)).isEmpty(),
                    "an entity nobody mentions filters everything out");
            assertEquals(2, d.storyCount(StoryQuery.all(1)));
            assertEquals(1, d.storyCount(new StoryQuery(null, "en", null, null, null, 1, 0)));
            assertEquals(List.of("a", "b"), d.storyArticleIds("s-a"));
            assertEquals("s-c", d.storyOf("c").orElseThrow());
            StoryRow back = d.story("s-a").orElseThrow();
            assertEquals(new StoryRow("s-a", "Title s-a", LocalDate.parse("2024-10-01"), LocalDate.parse("2024-10-02"),
                    2, 2, List.of("de", "en"), List.of("bbc", "ntv.de"), back.entities(), true), back);
            assertTrue(!d.story("s-c").orElseThrow().active());

            d.clear();
            assertEquals(0, d.storyCount());
            assertTrue(d.state("clusterer").isEmpty());
            assertEquals(2, d.version(), "a clear is a write too, and never goes back to an earlier version");
        }
    }

    @Test
    void mediaAreNoMainActorsUnlessTheTitleNamesThem() throws Exception {
        try (Store store = Store.open(dir)) {
            List<String[]> entities = List.of(TestDocs.entity("Reuters", "ORG", "lb:org:reuters", "Reuters"),
                    TestDocs.entity("Nordkorea", "GPE", "lb:gpe:kp", "Nordkorea"),
                    TestDocs.entity("Kursk", "LOC", "lb:loc:kursk", "Kursk"),
                    TestDocs.entity("Telegram", "ORG", "lb:org:telegram", "Telegram"));
            Document a = TestDocs.full("Alpha", "Reuters meldet: Nordkorea schickt Soldaten nach Kursk. Ein Video auf "
                    + "Telegram zeigt sie.", "https://a.example/1", "a.example", LocalDate.parse("2024-10-01"), entities);
            Document b = TestDocs.full("Beta", "Reuters berichtet: Nordkorea hat Soldaten in Kursk. Auf Telegram "
                    + "kursiert ein Video.", "https://b.example/1", "b.example", LocalDate.parse("2024-10-02"), entities);
            store.put(List.of(a, b));
            String ida = a.article().id();
            String idb = b.article().id();
            DerivedTables d = store.derived();
            DerivedTables.MediaFilter media = (id, name, type) -> Set.of("lb:org:reuters", "lb:org:telegram").contains(id);
            d.apply(new Update(List.of(), List.of(), 10, List.of(new Assignment(ida, "s-a", 1), new Assignment(idb, "s-b", 1)),
                    List.of(new StoryHead("s-a", "Nordkorea schickt Soldaten nach Kursk", true),
                            new StoryHead("s-b", "Reuters-Reporter in Kursk festgenommen", true)),
                    Map.of(), List.of(), media));
            assertEquals(List.of("lb:gpe:kp", "lb:loc:kursk"), actorIds(d, "s-a"), "agency and platform left out");
            assertEquals(List.of("lb:gpe:kp", "lb:loc:kursk", "lb:org:reuters"), actorIds(d, "s-b"),
                    "the agency the title names stays an actor");
            assertEquals(List.of("a.example"), d.story("s-a").orElseThrow().sources(), "the outlets are still the sources");
            assertEquals(List.of("s-a", "s-b"), d.stories(new StoryQuery("lb:org:reuters", null, null, null, null, 10, 0))
                    .stream().map(StoryRow::id).sorted().toList(), "stories mentioning the agency are still found by it");
            d.apply(new Update(List.of(), List.of(), 10, List.of(), List.of(new StoryHead("s-a", "Alpha", true)), Map.of()));
            assertEquals(4, actorIds(d, "s-a").size(), "without a filter every entity may be an actor");
        }
    }

    @Test
    void anActorHasTheTypeMostOfItsMentionsHave() throws Exception {
        try (Store store = Store.open(dir)) {
            List<String[]> entities = List.of(TestDocs.entity("Nordkorea", "GPE", "lb:gpe:kp", "Nordkorea"),
                    TestDocs.entity("Nordkoreas", "LOC", "lb:gpe:kp", "Nordkorea"),
                    TestDocs.entity("nordkoreanische", "DERIV", "lb:gpe:kp", "Nordkorea"),
                    TestDocs.entity("russische", "DERIV", "lb:gpe:ru", "Russland"));
            Document a = TestDocs.full("Alpha", "Nordkorea schickt Soldaten. Die nordkoreanische Armee kämpft. Nordkorea "
                    + "bestätigt es. In Nordkoreas Hauptstadt jubelt die russische Botschaft.", "https://a.example/1",
                    "a.example", LocalDate.parse("2024-10-01"), entities);
            store.put(List.of(a));
            DerivedTables d = store.derived();
            d.apply(new Update(List.of(), List.of(), 10, List.of(new Assignment(a.article().id(), "s-a", 1)),
                    List.of(new StoryHead("s-a", "Nordkorea schickt Soldaten", true)), Map.of()));
            Map<String, String> types = new java.util.HashMap<>();
            d.story("s-a").orElseThrow().entities().forEach(e -> types.put(e.id(), e.type()));
            // three GPE mentions and one LOC: GPE, not the alphabetically last LOC
            assertEquals("GPE", types.get("lb:gpe:kp"), types.toString());
            assertEquals("DERIV", types.get("lb:gpe:ru"), "only derived forms: the type is theirs");
        }
    }

    @Test
    void anActorHasTheNameMostOfItsMentionsCarry() throws Exception {
        // a story of two German articles and one English: "Nordkorea", not the alphabetically last "North Korea"
        try (Store store = Store.open(dir)) {
            Document a = TestDocs.full("Alpha", "Nordkorea schickt Soldaten. Ende.", "https://a.example/1", "a.example",
                    LocalDate.parse("2024-10-01"), List.<String[]>of(TestDocs.entity("Nordkorea", "GPE", "lb:gpe:kp", "Nordkorea")));
            Document b = TestDocs.full("Beta", "Nordkorea bestätigt es. Ende.", "https://b.example/1", "b.example",
                    LocalDate.parse("2024-10-02"), List.<String[]>of(TestDocs.entity("Nordkorea", "GPE", "lb:gpe:kp", "Nordkorea")));
            Document c = TestDocs.full("Gamma", "North Korea sends troops. End.", "https://c.example/1", "c.example",
                    LocalDate.parse("2024-10-03"), List.<String[]>of(TestDocs.entity("North Korea", "GPE", "lb:gpe:kp", "North Korea")));
            store.put(List.of(a, b, c));
            DerivedTables d = store.derived();
            d.apply(new Update(List.of(), List.of(), 10, List.of(new Assignment(a.article().id(), "s-a", 1),
                    new Assignment(b.article().id(), "s-a", 1), new Assignment(c.article().id(), "s-a", 1)),
                    List.of(new StoryHead("s-a", "Nordkorea schickt Soldaten", true)), Map.of()));
            DerivedTables.StoryEntity kp = d.story("s-a").orElseThrow().entities().get(0);
            assertEquals("lb:gpe:kp", kp.id());
            assertEquals("Nordkorea", kp.name());
            assertEquals(3, kp.articles());
        }
    }

    private static List<String> actorIds(DerivedTables d, String story) {
        return d.story(story).orElseThrow().entities().stream().map(DerivedTables.StoryEntity::id).sorted().toList();
    }

    @Test
    void aNameStandsInATitleAsAWholeWord() {
        assertTrue(DerivedTables.namedIn("Reuters journalist arrested", "Reuters"));
        assertTrue(DerivedTables.namedIn("Video: AP-Fotograf verletzt", null, "AP"));
        assertFalse(DerivedTables.namedIn("APEC summit opens", "AP"));
        assertFalse(DerivedTables.namedIn("Shooting in Cleveland", "AP", ""));
    }

    @Test
    void aMergedStoryHandsItsArticlesOnAndDisappears() throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(List.of(TestDocs.simple("a", "Alpha", "Erdbeben in Aceh.", null, "de", "x", null),
                    TestDocs.simple("b", "Beta", "Earthquake in Papua.", null, "en", "y", null),
                    TestDocs.simple("c", "Gamma", "Earthquakes in Indonesia.", null, "en", "z", null)));
            DerivedTables d = store.derived();
            d.apply(new Update(List.of(), List.of(), 10, List.of(new Assignment("a", "s-a", 0), new Assignment("b", "s-b", 0)),
                    List.of(new StoryHead("s-a", "Alpha", true), new StoryHead("s-b", "Beta", true)), Map.of()));
            assertEquals(2, d.storyCount());
            // c joins s-a, and s-b merges into it
            d.apply(new Update(List.of(), List.of(), 10, List.of(new Assignment("c", "s-a", 0.7)),
                    List.of(new StoryHead("s-a", "Alpha", true)), Map.of(), List.of(new DerivedTables.StoryMerge("s-b", "s-a"))));
            assertEquals(List.of("s-a"), d.stories(StoryQuery.all(10)).stream().map(StoryRow::id).toList());
            assertEquals(3, d.story("s-a").orElseThrow().articleCount());
            assertEquals("s-a", d.storyOf("b").orElseThrow());
            assertTrue(d.story("s-b").isEmpty());
        }
    }

    @Test
    void aVersionOneStoreIsUpgradedOnOpen() throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(List.of(TestDocs.simple("a", "Alpha", "Text.", null, "de", "x", null)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.DB_FILE));
             Statement s = c.createStatement()) {
            for (String t : List.of("near_duplicates", "signatures", "stories", "story_articles", "derived_state")) {
                s.execute("DROP TABLE " + t);
            }
            s.execute("DROP INDEX mentions_name");
            s.execute("DELETE FROM schema_version WHERE version > 1");
        }
        try (Store store = Store.open(dir)) {
            assertEquals(1, store.stats().articles());
            assertEquals(0, store.derived().storyCount());
            assertEquals(1, store.maxSeq());
        }
    }
}
