package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Document;

class ReadOnlyTest {

    static List<Document> docs(int from, int n) {
        List<Document> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            out.add(KillTestWriter.doc(i));
        }
        return out;
    }

    @org.junit.jupiter.api.BeforeAll
    static void commitEveryBatch() {
        System.setProperty("lagebild.index.commitIntervalMs", "0"); // another process sees only durable commits
    }

    @org.junit.jupiter.api.AfterAll
    static void defaultCommits() {
        System.clearProperty("lagebild.index.commitIntervalMs");
    }

    @Test
    void aReaderSeesTheWritersCommittedBatches(@TempDir Path dir) throws Exception {
        try (Store writer = Store.open(dir)) {
            writer.put(docs(0, 10));
            try (Store reader = Store.openReadOnly(dir)) {
                assertEquals(10, reader.stats().articles());
                assertEquals(10, reader.stats().indexed());
                assertEquals(10, reader.search(SearchQuery.of("Soldaten", 50)).total());
                writer.put(docs(10, 10));
                assertEquals(20, reader.stats().indexed());
                assertEquals(20, reader.search(SearchQuery.of("Soldaten", 50)).total());
                assertEquals(20, reader.articles(100, 0).size());
                assertTrue(reader.document("kill-00015").isPresent());
                StoreException e = assertThrows(StoreException.class, () -> reader.put(docs(20, 1)));
                assertTrue(e.getMessage().contains("read-only"), e.getMessage());
                assertThrows(StoreException.class, reader::reindex);
                assertEquals("ok", reader.integrityCheck());
            }
            assertEquals(20, writer.stats().articles());
        }
    }

    @Test
    void nothingIsCreated(@TempDir Path tmp) {
        Path dir = tmp.resolve("absent");
        StoreException e = assertThrows(StoreException.class, () -> Store.openReadOnly(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertFalse(Files.exists(dir));
    }
}
