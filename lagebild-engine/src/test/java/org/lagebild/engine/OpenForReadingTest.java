package org.lagebild.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.store.DerivedTables;
import org.lagebild.store.StoreException;

/** A command that only reads works beside a process that has the data directory open for writing. */
class OpenForReadingTest {

    @TempDir
    Path dir;

    @Test
    void readersOpenBesideTheWriterAndSeeItsCommittedBatches() throws Exception {
        try (Lagebild writer = Lagebild.open(dir)) {
            writer.ingest(List.of(Path.of("..", "samples").toString()), IngestOptions.defaults(LocalDate.parse("2025-11-24")),
                    new IngestListener() { });
            StoreException locked = assertThrows(StoreException.class, () -> Lagebild.open(dir));
            assertTrue(locked.getMessage().contains("locked by another process"), locked.getMessage());
            try (Lagebild reader = Lagebild.openForReading(dir)) {
                assertTrue(reader.store().isReadOnly());
                assertEquals(1, reader.store().derived().storyCount());
                String story = reader.store().derived().stories(DerivedTables.StoryQuery.all(10)).get(0).id();
                assertEquals(5, reader.storyDocuments(story).size());
                assertTrue(reader.storyFactSet(story).facts().size() > 0);
                assertEquals(0, reader.updateStories().articles(), "the writer brings stories up to date, not a reader");
            }
        }
        try (Lagebild again = Lagebild.openForReading(dir)) {
            assertTrue(!again.store().isReadOnly(), "a free data directory is opened for writing");
        }
    }
}
