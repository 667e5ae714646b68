package org.lagebild.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.store.DerivedTables;
import org.lagebild.store.DerivedTables.NearDuplicate;

class StoryIndexerTest {

    @TempDir
    Path dir;

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final IngestListener QUIET = new IngestListener() { };

    /** A syndicated copy: another outlet's headline, the last paragraph cut, a different credit line. */
    private static String syndicatedCopy() throws Exception {
        String text = Files.readString(SAMPLES.resolve("001_251d734086210e73.txt"), StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf('\n') + 1);
        body = body.substring(0, body.lastIndexOf("\n", body.length() - 400));
        return "Bericht: Nordkorea schickt Bataillon nach Kursk\n" + body + "\n(dpa/AFP)\n";
    }

    @Test
    void aSyndicatedCopyJoinsTheGroupOfItsOriginalAndCatchUpIsIdempotent() throws Exception {
        LocalDate today = LocalDate.parse("2025-11-24");
        try (Lagebild lb = Lagebild.open(dir)) {
            IngestSummary s = lb.ingest(List.of(SAMPLES.toString()), IngestOptions.defaults(today), QUIET);
            assertEquals(5, s.ingested());
            assertEquals(List.of(), s.notices());
            assertEquals(0, lb.store().derived().nearDuplicateCount(), "the five seeds are separate write-ups");
            assertEquals(1, lb.store().derived().storyCount(), "the five seeds are one story");
            DerivedTables.StoryRow story = lb.store().derived().stories(DerivedTables.StoryQuery.all(10)).get(0);
            assertEquals(5, story.articleCount());
            assertTrue(story.sources().contains("ntv.de") && story.sources().contains("news.de"), story.sources().toString());
            assertTrue(story.entities().stream().anyMatch(e -> "Nordkorea".equals(e.name())), story.entities().toString());
            lb.ingest("copy.txt", new ByteArrayInputStream(syndicatedCopy().getBytes(StandardCharsets.UTF_8)),
                    IngestOptions.defaults(today), QUIET);
            assertEquals(1, lb.store().derived().nearDuplicateCount());
            assertEquals(1, lb.store().derived().storyCount(), "the copy joins the story of its original");
            String original = lb.store().articles(10, 0).stream()
                    .filter(a -> a.input().endsWith("001_251d734086210e73.txt")).findFirst().orElseThrow().id();
            List<NearDuplicate> group = lb.store().derived().nearDuplicatesOf(original);
            assertEquals(1, group.size());
            assertEquals(original, group.get(0).groupId());
            assertTrue(group.get(0).similarity() >= StoryIndexer.THRESHOLD);
            assertEquals(0, lb.updateStories().articles(), "nothing left to catch up");
        }
        try (Lagebild lb = Lagebild.open(dir)) {
            StoryIndexer.Progress p = lb.restory();
            assertEquals(6, p.articles());
            assertEquals(1, p.nearDuplicates(), "a rebuild finds the same group");
        }
    }

    /** After an upgrade the stored stories stay as they were, the reader is told, and a rebuild makes them this version's. */
    @Test
    void storiesMadeByAnotherVersionAreNotedUntilRestory() throws Exception {
        LocalDate today = LocalDate.parse("2025-11-24");
        try (Lagebild lb = Lagebild.open(dir)) {
            assertEquals(java.util.Optional.empty(), lb.storiesNote(), "no stories yet");
            lb.ingest(List.of(SAMPLES.toString()), IngestOptions.defaults(today), QUIET);
            assertEquals(java.util.Optional.empty(), lb.storiesNote(), "made by this version");
            // what an older version left: another build, or none recorded at all (before the build was kept)
            for (String old : new String[] {"1.2-0123456789ab", null}) {
                setBuild(lb, old);
                String note = lb.storiesNote().orElseThrow();
                assertTrue(note.contains(old == null ? "unknown" : old) && note.contains("lagebild restory"), note);
            }
            setBuild(lb, "1.2-0123456789ab");
            lb.ingest("copy.txt", new ByteArrayInputStream(syndicatedCopy().getBytes(StandardCharsets.UTF_8)),
                    IngestOptions.defaults(today), QUIET);
            assertTrue(lb.storiesNote().orElseThrow().contains("1.2-0123456789ab"), "growing old stories keeps them old");
        }
        try (Lagebild lb = Lagebild.open(dir)) {
            assertTrue(lb.storiesNote().isPresent(), "kept across runs");
            lb.restory();
            assertEquals(java.util.Optional.empty(), lb.storiesNote(), "rebuilt by this version");
            assertEquals(1, lb.store().derived().storyCount());
        }
    }

    private void setBuild(Lagebild lb, String build) throws Exception {
        if (build == null) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(org.lagebild.store.Store.DB_FILE));
                 java.sql.Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM derived_state WHERE name = '" + StoryIndexer.BUILD + "'");
            }
            return;
        }
        lb.store().derived().apply(new DerivedTables.Update(List.of(), List.of(), StoryIndexer.WINDOW, List.of(), List.of(),
                java.util.Map.of(StoryIndexer.BUILD, build), List.of(), DerivedTables.MediaFilter.NONE));
    }

    /** Four undated reports of two escapes of one kind: two stories after the stream, merged as whole stories by average link. */
    @Test
    void undatedStoriesOfOneKindAreConsolidatedAfterTheBatchAndTheStoreMovesTheirArticles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a1.txt"), "Inmates escape from Lakeview prison in Ohio\nThree inmates escaped from the Lakeview Correctional"
                + " Institution near Marion, Ohio, on Sunday night, prison officials said. The men climbed a fence after cutting through a wire"
                + " in the recreation yard. Guards noticed the escape during the evening count. State police set up roadblocks and searched"
                + " the fields around the prison with dogs and a helicopter.\n");
        Files.writeString(in.resolve("a2.txt"), "Manhunt continues for escaped Ohio inmates\nThe search for three inmates who escaped from the"
                + " Lakeview Correctional Institution in Marion continued on Monday. Officials said the men cut through a fence in the"
                + " recreation yard. Police with dogs searched the fields near the prison, and residents were told to lock their doors.\n");
        Files.writeString(in.resolve("b1.txt"), "Prisoners break out of jail in Alabama\nTwo prisoners escaped from the Dale County jail in Ozark,"
                + " Alabama, early Friday, the sheriff said. They broke through a ceiling panel and climbed over a fence. Deputies discovered"
                + " the escape during the morning count. A helicopter and tracking dogs joined the search, and roadblocks were set up on the"
                + " highways.\n");
        Files.writeString(in.resolve("b2.txt"), "Sheriff: escaped Alabama prisoners still at large\nThe two prisoners who escaped from the Dale"
                + " County jail in Ozark are still at large, the sheriff said on Saturday. The men broke through the ceiling and went over"
                + " the fence. Deputies and tracking dogs searched the woods near the jail, and residents were asked to lock their doors.\n");
        try (Lagebild lb = Lagebild.open(dir.resolve("data"))) {
            IngestSummary s = lb.ingest(List.of(in.toString()), IngestOptions.defaults(LocalDate.parse("2025-11-24")), QUIET);
            assertEquals(4, s.ingested());
            // without the consolidation (story-merge.tsv linkThreshold above 1) these are two stories of two articles each
            assertEquals(1, lb.store().derived().storyCount(), "one kind of event, no dates: one story");
            assertEquals(4, lb.store().derived().stories(DerivedTables.StoryQuery.all(10)).get(0).articleCount());
        }
        try (Lagebild lb = Lagebild.open(dir.resolve("data"))) {
            lb.restory();
            assertEquals(1, lb.store().derived().storyCount(), "a rebuild consolidates the same way");
        }
    }
    /** An article whose title is no headline ("en") and whose text credits a news agency. */
    @Test
    void aStoryWithoutARealHeadlineShowsItsLeadAndNoNewsAgencyAmongItsActors() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"id\": \"x1\", \"title\": \"en\", \"text\": \"Tuesday, March 3, 2015\\n\\n"
                + "A man was shot and killed outside a bar in Cleveland early Sunday, police said. The Associated Press "
                + "reported that the police of Cleveland are looking for two suspects from Akron.\", \"published\": "
                + "\"2015-03-03\", \"source\": \"example.com\", \"language\": \"en\"}\n");
        try (Lagebild lb = Lagebild.open(dir.resolve("data"))) {
            IngestSummary s = lb.ingest(List.of(in.toString()), IngestOptions.defaults(LocalDate.parse("2025-11-24")), QUIET);
            assertEquals(1, s.ingested());
            DerivedTables.StoryRow story = lb.store().derived().stories(DerivedTables.StoryQuery.all(10)).get(0);
            assertEquals("A man was shot and killed outside a bar in Cleveland early Sunday, police said.", story.title());
            assertTrue(story.entities().stream().noneMatch(e -> "lb:org:ap".equals(e.id())), story.entities().toString());
            assertEquals(1, lb.store().derived().stories(new DerivedTables.StoryQuery("lb:org:ap", null, null, null, null,
                    10, 0)).size(), "the agency is still mentioned by the story's article");
        }
    }
}
