package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Document;

class StoreTest {

    static final String TEXT = "Nordkorea schickt weitere Soldaten nach Russland. Kim Jong-un empfing Sergei Schoigu "
            + "in Pjöngjang. Die Soldaten sollen in der Region Kursk Minen räumen. Wladimir Putin dankte Kim Jong-un.";

    static Document fullDoc() {
        return TestDocs.full("Putin bekommt Soldaten von Kim", TEXT, "https://example.org/a/1", "Beispiel-Zeitung",
                LocalDate.of(2024, 6, 18), List.of(
                        TestDocs.entity("Kim Jong-un", "PER", "Q56226", "Kim Jong-un"),
                        TestDocs.entity("Wladimir Putin", "PER", "Q7747", "Wladimir Putin"),
                        TestDocs.entity("Pjöngjang", "GPE", null, "Pjöngjang"),
                        TestDocs.entity("Nordkorea", "GPE", "Q423", "Nordkorea")));
    }

    @Test
    void roundTripReturnsAnEqualDocument(@TempDir Path dir) throws Exception {
        Document doc = fullDoc();
        try (Store store = Store.open(dir)) {
            BatchResult r = store.put(List.of(doc));
            assertEquals(Outcome.INGESTED, r.results().get(0).outcome());
            assertEquals(doc, store.document(doc.article().id()).orElseThrow());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(doc, store.document(doc.article().id()).orElseThrow(), "after reopening");
            assertTrue(store.document("nope").isEmpty());
        }
    }

    @Test
    void roundTripOfATextOnlyDocumentWithUnknownDate(@TempDir Path dir) throws Exception {
        Document doc = Document.of(TestDocs.simple("T", "Kurzer Text ohne Datum.", null, null, null, null).article());
        try (Store store = Store.open(dir)) {
            store.put(List.of(doc));
            assertEquals(doc, store.document(doc.article().id()).orElseThrow());
        }
    }

    @Test
    void sameIdAndContentIsUnchanged(@TempDir Path dir) throws Exception {
        Document doc = fullDoc();
        try (Store store = Store.open(dir)) {
            store.put(List.of(doc));
            BatchResult again = store.put(List.of(doc));
            assertEquals(1, again.count(Outcome.UNCHANGED));
            assertEquals(1, store.stats().versions());
        }
    }

    @Test
    void sameContentUnderAnotherIdIsADuplicate(@TempDir Path dir) throws Exception {
        Document a = TestDocs.simple("id-a", "Titel", "Derselbe Text.", "https://a.example/1", "de", "A", null);
        Document b = TestDocs.simple("id-b", "Titel", "Derselbe  TEXT.", "https://b.example/9", "de", "B", null);
        try (Store store = Store.open(dir)) {
            store.put(List.of(a));
            PutResult r = store.put(List.of(b)).results().get(0);
            assertEquals(Outcome.DUPLICATE, r.outcome());
            assertEquals("id-a", r.duplicateOf());
            StoreStats s = store.stats();
            assertEquals(1, s.articles());
            assertEquals(1, s.duplicates());
            assertTrue(store.document("id-b").isEmpty());
            assertEquals(List.of(new Duplicate("https://b.example/9", "https://b.example/9", "id-b", "id-a")),
                    store.duplicatesOf("id-a"));
        }
    }

    @Test
    void changedContentAtAKnownUrlIsANewVersion(@TempDir Path dir) throws Exception {
        String url = "https://example.org/live";
        Document v1 = TestDocs.simple("Liveticker", "Erste Fassung des Tickers.", url, "de", "X", LocalDate.of(2024, 1, 2));
        Document v2 = TestDocs.simple("Liveticker", "Zweite Fassung des Tickers.", url, "de", "X", LocalDate.of(2024, 1, 2));
        Document v3 = TestDocs.simple("Liveticker", "Dritte Fassung des Tickers.", url, "de", "X", LocalDate.of(2024, 1, 2));
        try (Store store = Store.open(dir)) {
            store.put(List.of(v1));
            PutResult r2 = store.put(List.of(v2)).results().get(0);
            assertEquals(Outcome.NEW_VERSION, r2.outcome());
            PutResult r3 = store.put(List.of(v3)).results().get(0);
            assertEquals(Outcome.NEW_VERSION, r3.outcome());
            List<ArticleSummary> list = store.articles(10, 0);
            assertEquals(1, list.size());
            assertEquals(v3.article().id(), list.get(0).id());
            assertEquals(3, list.get(0).version());
            assertEquals(3, store.stats().versions());
            assertEquals(1, store.stats().articles());
            assertTrue(store.document(v1.article().id()).isPresent(), "old versions stay");
            assertEquals(List.of(v1.article().id(), v2.article().id(), v3.article().id()),
                    store.versions(v2.article().id()).stream().map(ArticleSummary::id).toList());
            assertEquals(List.of(1, 2, 3), store.versions(v3.article().id()).stream().map(ArticleSummary::version).toList());
            assertTrue(store.versions("unknown").isEmpty());
            assertEquals(1, store.search(SearchQuery.of("Tickers", 10)).total(), "only the latest is indexed");
            assertEquals(v3.article().id(), store.search(SearchQuery.of("Tickers", 10)).hits().get(0).id());
        }
    }

    @Test
    void rulesApplyBetweenMembersOfOneBatch(@TempDir Path dir) throws Exception {
        String url = "https://example.org/b";
        Document v1 = TestDocs.simple("B", "Fassung eins.", url, "de", "X", null);
        Document v2 = TestDocs.simple("B", "Fassung zwei.", url, "de", "X", null);
        Document dup = TestDocs.simple("other-id", "B", "Fassung eins.", "https://mirror.example/b", "de", "Y", null);
        try (Store store = Store.open(dir)) {
            BatchResult r = store.put(List.of(v1, v1, dup, v2));
            assertEquals(List.of(Outcome.INGESTED, Outcome.UNCHANGED, Outcome.DUPLICATE, Outcome.NEW_VERSION),
                    r.results().stream().map(PutResult::outcome).toList());
            assertEquals(1, store.stats().indexed());
            assertEquals(v2.article().id(), store.articles(5, 0).get(0).id());
        }
    }

    @Test
    void aGivenIdWithNewContentBecomesADerivedVersionId(@TempDir Path dir) throws Exception {
        Document v1 = TestDocs.simple("feed-42", "Meldung", "Alter Inhalt.", null, "de", "F", null);
        Document v2 = TestDocs.simple("feed-42", "Meldung", "Neuer Inhalt.", null, "de", "F", null);
        try (Store store = Store.open(dir)) {
            store.put(List.of(v1));
            PutResult r = store.put(List.of(v2)).results().get(0);
            assertEquals(Outcome.NEW_VERSION, r.outcome());
            assertEquals("feed-42-v2", r.id());
            assertEquals("Neuer Inhalt.", store.document("feed-42-v2").orElseThrow().text());
            assertEquals(Outcome.UNCHANGED, store.put(List.of(v1)).results().get(0).outcome());
        }
    }

    @Test
    void listingIsNewestFirstWithUndatedLast(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(List.of(
                    TestDocs.simple("alt", "Text alt.", null, "de", "P", LocalDate.of(2023, 5, 1)),
                    TestDocs.simple("ohne Datum 1", "Text u1.", null, "de", "P", null),
                    TestDocs.simple("neu", "Text neu.", null, "de", "P", LocalDate.of(2024, 5, 1)),
                    TestDocs.simple("ohne Datum 2", "Text u2.", null, "de", "P", null)));
            List<String> titles = store.articles(10, 0).stream().map(ArticleSummary::title).toList();
            assertEquals(List.of("neu", "alt", "ohne Datum 2", "ohne Datum 1"), titles);
            assertEquals(List.of("alt", "ohne Datum 2"),
                    store.articles(2, 1).stream().map(ArticleSummary::title).toList());
            ArticleSummary first = store.articles(1, 0).get(0);
            assertEquals(LocalDate.of(2024, 5, 1), first.published().date());
            assertEquals("de", first.language());
            assertEquals("Text neu.".length(), first.chars());
            assertEquals(1, first.version());
        }
    }

    @Test
    void entitiesAreCountedByIdOrName(@TempDir Path dir) throws Exception {
        Document a = fullDoc();
        Document b = TestDocs.full("Zweiter Artikel", "Kim Jong-un traf Beamte. Pjöngjang meldet Erfolge. Ende.",
                "https://example.org/a/2", "Andere", LocalDate.of(2024, 6, 19), List.of(
                        TestDocs.entity("Kim Jong-un", "PER", "Q56226", "Kim Jong-un"),
                        TestDocs.entity("Pjöngjang", "GPE", null, "Pjöngjang")));
        try (Store store = Store.open(dir)) {
            store.put(List.of(a, b));
            List<EntityCount> top = store.entities(null, 10);
            EntityCount kim = top.get(0);
            assertEquals("Q56226", kim.entityId());
            assertEquals(3, kim.mentions());
            assertEquals(2, kim.articles());
            EntityCount pj = top.stream().filter(e -> e.name().equals("Pjöngjang")).findFirst().orElseThrow();
            assertNull(pj.entityId());
            assertEquals(2, pj.articles());
            List<EntityCount> inA = store.entities(a.article().id(), 2);
            assertEquals(2, inA.size());
            assertEquals("Q56226", inA.get(0).entityId());
            assertEquals(2, inA.get(0).mentions());
        }
    }

    @Test
    void anEntityShowsTheNameMostOfItsMentionsCarry(@TempDir Path dir) throws Exception {
        // session 17, 345 web pages of the trafilatura benchmark (243 German, 61 English): "Germany", "Switzerland" and
        // "Sweden" but "Frankreich" and "Österreich", the alphabetically last of each entity's names
        Document de1 = TestDocs.full("Erster", "Deutschland liefert. Ende.", "https://example.org/d/1", "A",
                LocalDate.of(2024, 6, 18), List.<String[]>of(TestDocs.entity("Deutschland", "GPE", "lb:gpe:de", "Deutschland")));
        Document de2 = TestDocs.full("Zweiter", "Deutschland zahlt. Ende.", "https://example.org/d/2", "B",
                LocalDate.of(2024, 6, 19), List.<String[]>of(TestDocs.entity("Deutschland", "GPE", "lb:gpe:de", "Deutschland")));
        Document en = TestDocs.full("Third", "Germany pays. End.", "https://example.org/e/3", "C",
                LocalDate.of(2024, 6, 20), List.<String[]>of(TestDocs.entity("Germany", "GPE", "lb:gpe:de", "Germany")));
        try (Store store = Store.open(dir)) {
            store.put(List.of(de1, de2, en));
            EntityCount de = store.entities(null, 5).get(0);
            assertEquals("lb:gpe:de", de.entityId());
            assertEquals("Deutschland", de.name());
            assertEquals(3, de.mentions());
            assertEquals("Germany", store.entities(en.article().id(), 5).get(0).name());
        }
    }

    @Test
    void anUnknownPersonIsNamedByAFullNameWhenTheMentionsGiveOne(@TempDir Path dir) throws Exception {
        // 10kGNAD: "Demirtaş" twice, "Selahattin Demirtaş" once; the most frequent name would be the bare surname
        String id = "lb:auto:per:demirtas";
        Document a = TestDocs.full("Erster", "Selahattin Demirtaş sprach. Demirtaş blieb. Demirtaş ging.",
                "https://example.org/p/1", "A", LocalDate.of(2016, 6, 18), List.<String[]>of(
                        TestDocs.entity("Selahattin Demirtaş", "PER", id, "Selahattin Demirtaş"),
                        TestDocs.entity("Demirtaş", "PER", id, "Demirtaş")));
        try (Store store = Store.open(dir)) {
            store.put(List.of(a));
            EntityCount p = store.entities(null, 5).get(0);
            assertEquals(id, p.entityId());
            assertEquals("Selahattin Demirtaş", p.name());
        }
    }

    @Test
    void statsAndStreaming(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            store.put(List.of(fullDoc(),
                    TestDocs.simple("English one", "Soldiers were deployed.", null, "en", "Wire", null)));
            StoreStats s = store.stats();
            assertEquals(2, s.articles());
            assertEquals(2, s.indexed());
            assertEquals(1L, s.byLanguage().get("en"));
            assertEquals(1L, s.byLanguage().get("de"));
            assertEquals(1L, s.bySource().get("Beispiel-Zeitung"));
            assertEquals(fullDoc().entities().size(), s.mentions());
            assertEquals(2, s.quantities());
            assertEquals(2, s.times());
            assertTrue(s.dbBytes() > 0);
            assertTrue(s.indexBytes() > 0);
            List<Document> seen = new ArrayList<>();
            store.forEachDocument(seen::add);
            assertEquals(2, seen.size());
            assertEquals(fullDoc(), seen.get(0));
        }
    }

    @Test
    void emptyBatchIsFine(@TempDir Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            assertTrue(store.put(List.of()).results().isEmpty());
            assertFalse(store.stats().articles() > 0);
        }
    }
}
