package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchVersionTest {
    @TempDir
    Path dir;

    @Test
    void theVersionHoldsWhileNothingIsStoredAndMovesWithEveryStoredBatch() throws Exception {
        try (Store store = Store.open(dir)) {
            long empty = store.searchVersion();
            assertEquals(empty, store.searchVersion());
            store.put(List.of(TestDocs.simple("Erster Bericht", "Der Soldat berichtet.", null, "de", "Blatt",
                    LocalDate.of(2024, 1, 2))));
            long one = store.searchVersion();
            assertNotEquals(empty, one);
            assertEquals(1, store.search(SearchQuery.of("Soldat", 10)).total());
            assertEquals(one, store.searchVersion());
            store.put(List.of(TestDocs.simple("Zweiter Bericht", "Noch ein Soldat.", null, "de", "Blatt",
                    LocalDate.of(2024, 1, 3))));
            assertNotEquals(one, store.searchVersion());
        }
    }
}
