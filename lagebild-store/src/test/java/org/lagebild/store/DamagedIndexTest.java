package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged search index (docs/BAD-INPUT.md): every command says which index and that
 * {@code lagebild reindex} rebuilds it; {@link Store#openRebuildingIndex} does, from the database,
 * which is never touched.
 */
class DamagedIndexTest {

    /** Overwrites every index file (the lock file too) with random bytes of its own length, at least 16. */
    private static void scramble(Path indexDir) throws IOException {
        Random random = new Random(7);
        try (Stream<Path> files = Files.list(indexDir)) {
            for (Path f : files.toList()) {
                byte[] junk = new byte[(int) Math.max(16, Files.size(f))];
                random.nextBytes(junk);
                Files.write(f, junk);
            }
        }
    }

    /** Cuts the commit point (segments_N) to its first 20 bytes, as a crash or a full disk may. */
    private static void truncateCommit(Path indexDir) throws IOException {
        try (Stream<Path> files = Files.list(indexDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                byte[] b = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(b, 20));
            }
        }
    }

    private void damagedThenRebuilt(Path dir, java.util.function.Consumer<Path> damage) throws Exception {
        List<String> expected;
        try (Store store = Store.open(dir)) {
            store.put(IndexRecoveryTest.batch(0, 60));
            expected = IndexRecoveryTest.searches(store);
        }
        damage.accept(dir.resolve(Store.INDEX_DIR));

        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains(dir.resolve(Store.INDEX_DIR).toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("lagebild reindex"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("org.apache"), "one line, no class path: "
                + e.getMessage());

        try (Store store = Store.openRebuildingIndex(dir)) {
            assertEquals(expected, IndexRecoveryTest.searches(store));
            assertEquals(store.stats().articles(), store.stats().indexed());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(expected, IndexRecoveryTest.searches(store), "the rebuilt index opens as usual");
        }
    }

    @Test
    void aScrambledIndexIsReportedThenRebuilt(@TempDir Path dir) throws Exception {
        damagedThenRebuilt(dir, d -> {
            try {
                scramble(d);
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        });
    }

    @Test
    void aTruncatedCommitPointIsReportedThenRebuilt(@TempDir Path dir) throws Exception {
        damagedThenRebuilt(dir, d -> {
            try {
                truncateCommit(d);
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        });
    }

    @Test
    void rebuildingLeavesAHealthyIndexAndTheDatabaseAlone(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(IndexRecoveryTest.batch(0, 10));
        }
        byte[] db = Files.readAllBytes(dir.resolve(Store.DB_FILE));
        try (Store store = Store.openRebuildingIndex(dir)) {
            assertEquals(10, store.stats().indexed());
        }
        assertArrayEquals(db, Files.readAllBytes(dir.resolve(Store.DB_FILE)));
    }
}
