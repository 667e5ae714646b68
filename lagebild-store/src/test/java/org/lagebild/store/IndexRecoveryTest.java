package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Document;

class IndexRecoveryTest {

    static List<Document> batch(int from, int n) {
        List<Document> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            out.add(TestDocs.simple("Meldung " + i, "Der Soldat Nummer " + i + " meldet sich aus Kursk. Tag "
                    + (i % 7) + ".", "https://example.org/" + (i % 40), i % 3 == 0 ? "en" : "de", "Quelle " + (i % 4),
                    i % 5 == 0 ? null : LocalDate.of(2024, 1 + i % 12, 1 + i % 28)));
        }
        return out;
    }

    static List<String> searches(Store store) throws StoreException {
        List<String> out = new ArrayList<>();
        for (String q : List.of("Soldat", "Kursk", "Meldung 7", "Tag 3", "Nummer")) {
            SearchHits h = store.search(new SearchQuery(q, null, null, null, null, null, 200, 0));
            out.add(q + " " + h.total() + " " + h.hits().stream().map(x -> x.id() + ":" + x.snippet()).sorted().toList());
        }
        SearchHits f = store.search(new SearchQuery(null, "de", "quelle 1", LocalDate.of(2024, 3, 1), null, null, 200, 0));
        out.add("filter " + f.total() + " " + f.hits().stream().map(SearchHit::id).sorted().toList());
        return out;
    }

    @Test
    void reindexEqualsIncrementalIndex(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            for (int b = 0; b < 5; b++) {
                store.put(batch(b * 30, 30)); // urls repeat: some are new versions
            }
            StoreStats before = store.stats();
            assertTrue(before.versions() > before.articles(), "the batches produce new versions");
            assertEquals(before.articles(), before.indexed());
            List<String> incremental = searches(store);
            assertEquals(before.articles(), store.reindex());
            assertEquals(incremental, searches(store));
            assertEquals(before.articles(), store.stats().indexed());
        }
    }

    @Test
    void openCatchesUpAnIndexThatLagsBehindTheDatabase(@TempDir Path dir, @TempDir Path saved) throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(batch(0, 50));
        }
        copy(dir.resolve(Store.INDEX_DIR), saved);
        List<String> expected;
        try (Store store = Store.open(dir)) {
            store.put(batch(50, 50));
            store.put(batch(100, 50));
            expected = searches(store);
        }
        // as if the process died after the database commits but before the index commits
        deleteTree(dir.resolve(Store.INDEX_DIR));
        copy(saved, dir.resolve(Store.INDEX_DIR));
        try (Store store = Store.open(dir)) {
            StoreStats s = store.stats();
            assertEquals(s.articles(), s.indexed());
            assertEquals(expected, searches(store));
        }
    }

    @Test
    void aMissingIndexIsRebuiltOnOpen(@TempDir Path dir) throws Exception {
        List<String> expected;
        try (Store store = Store.open(dir)) {
            store.put(batch(0, 60));
            expected = searches(store);
        }
        deleteTree(dir.resolve(Store.INDEX_DIR));
        try (Store store = Store.open(dir)) {
            assertEquals(expected, searches(store));
        }
    }

    @Test
    void anIndexAheadOfTheDatabaseIsRebuilt(@TempDir Path dir, @TempDir Path saved) throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(batch(0, 20));
        }
        Path db = dir.resolve(Store.DB_FILE);
        Files.copy(db, saved.resolve(Store.DB_FILE));
        try (Store store = Store.open(dir)) {
            store.put(batch(20, 30));
        }
        // as if the database were restored from an older backup while the index was not
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dir.resolve(Store.DB_FILE + suffix));
        }
        Files.copy(saved.resolve(Store.DB_FILE), db);
        try (Store store = Store.open(dir)) {
            StoreStats s = store.stats();
            assertEquals(20, s.articles());
            assertEquals(20, s.indexed());
        }
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                if (!p.getFileName().toString().equals("write.lock")) {
                    Files.copy(p, to.resolve(p.getFileName()));
                }
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
