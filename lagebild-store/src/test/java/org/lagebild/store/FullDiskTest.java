package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot grow (SQLITE_FULL, as on a full disk; docs/BAD-INPUT.md): every batch is stored
 * whole or not at all, what is reported stored is exactly what is stored, and once there is room again
 * the failed batches go in without doubling anything.
 */
class FullDiskTest {

    @Test
    void batchesAreAllOrNothingWhenTheDatabaseIsFull(@TempDir Path dir) throws Exception {
        long reported = 0;
        List<Integer> failed = new ArrayList<>();
        try (Store store = Store.open(dir)) {
            store.put(IndexRecoveryTest.batch(0, 5));
            reported += 5;
            store.limitDatabaseGrowthForTest(6);
            for (int b = 1; b <= 12; b++) {
                try {
                    BatchResult r = store.put(IndexRecoveryTest.batch(b * 40, 5));
                    reported += r.count(Outcome.INGESTED) + r.count(Outcome.NEW_VERSION);
                } catch (StoreException e) {
                    assertTrue(e.getMessage().contains("SQLITE_FULL"), e.getMessage());
                    failed.add(b);
                }
            }
            assertTrue(!failed.isEmpty(), "the limit was reached");
            assertEquals(reported, store.stats().versions(), "stored is what was reported stored");
        }
        try (Store store = Store.open(dir)) {
            assertEquals(reported, store.stats().versions(), "and stays so");
            for (int b : failed) {
                store.put(IndexRecoveryTest.batch(b * 40, 5));
            }
            assertEquals(5 + 12 * 5, store.stats().versions(), "the failed batches go in whole, nothing doubled");
            assertEquals(store.stats().articles(), store.stats().indexed());
        }
    }
}
