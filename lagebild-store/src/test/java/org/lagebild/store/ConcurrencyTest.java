package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Document;

/** One writer and several readers at once: readers never fail and only see whole batches. */
class ConcurrencyTest {

    @Test
    void readersRunWhileTheWriterPuts(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean writing = new AtomicBoolean(true);
        try (Store store = Store.open(dir)) {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int rounds = 0;
                    while ((writing.get() && rounds < 100) || rounds == 0) { // bounded: the machine is shared
                        long total = store.search(new SearchQuery(null, null, null, null, null, null, 5, 0)).total();
                        assertEquals(0, total % 25, "a search sees whole batches only: " + total);
                        store.search(SearchQuery.of("Soldaten Region", 5));
                        store.articles(10, 0);
                        StoreStats s = store.stats();
                        assertTrue(s.articles() >= 0);
                        store.document("nope");
                        rounds++;
                    }
                    return rounds;
                }));
            }
            for (int b = 0; b < 20; b++) {
                List<Document> batch = new ArrayList<>();
                for (int i = b * 25; i < b * 25 + 25; i++) {
                    batch.add(KillTestWriter.doc(i));
                }
                store.put(batch);
            }
            writing.set(false);
            for (Future<Integer> f : readers) {
                assertTrue(f.get() > 0);
            }
            assertEquals(500, store.stats().indexed());
        } finally {
            pool.shutdownNow();
        }
    }
}
