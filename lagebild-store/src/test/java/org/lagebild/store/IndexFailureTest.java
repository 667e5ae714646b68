package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the index cannot be written (Lucene closes its writer after a failed write, as on a full disk),
 * a batch is still stored and said to be stored, with why it is not searchable yet (docs/BAD-INPUT.md);
 * the next open catches the index up. Before, such a batch was reported as not stored.
 */
class IndexFailureTest {

    @Test
    void aBatchIsStoredAndSaidToBeStoredWhenOnlyIndexingFails(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            BatchResult first = store.put(IndexRecoveryTest.batch(0, 10));
            assertNull(first.indexProblem());
            store.closeIndexForTest();
            BatchResult second = store.put(IndexRecoveryTest.batch(100, 10));
            assertEquals(10, second.count(Outcome.INGESTED), second.results().toString());
            assertTrue(second.indexProblem() != null && second.indexProblem().contains("not searchable yet")
                    && second.indexProblem().contains("lagebild reindex"), String.valueOf(second.indexProblem()));
            BatchResult third = store.put(IndexRecoveryTest.batch(200, 10));
            assertEquals(10, third.count(Outcome.INGESTED) + third.count(Outcome.NEW_VERSION), "later batches are stored too");
            assertTrue(third.indexProblem() != null);
        }
        try (Store store = Store.open(dir)) {
            assertEquals(30, store.stats().versions());
            assertEquals(store.stats().articles(), store.stats().indexed(), "caught up on open");
        }
    }
}
