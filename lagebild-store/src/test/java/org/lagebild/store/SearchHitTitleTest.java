package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text file whose first line is the lead has no title: its hits show the lead's first sentence. */
class SearchHitTitleTest {
    @TempDir
    Path dir;

    @Test
    void aHitWithoutTitleShowsTheFirstSentence() throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(List.of(TestDocs.simple("", "Nordkoreanische Soldaten könnten Russland bald unterstützen. Das geht aus Berichten hervor.",
                    null, "de", "news.de", LocalDate.of(2024, 10, 15))));
            List<SearchHit> hits = store.search(SearchQuery.of("Soldaten", 10)).hits();
            assertEquals(1, hits.size());
            assertEquals("Nordkoreanische Soldaten könnten Russland bald unterstützen.", hits.get(0).title());
        }
    }
}
