package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Document;

class SearchTest {

    @TempDir
    static Path dir;
    static Store store;

    static Document soldat;
    static Document english;
    static Document kurs;
    static Document undated;

    @BeforeAll
    static void fill() throws Exception {
        store = Store.open(dir);
        soldat = TestDocs.full("Ein Soldat an der Front", "Der Soldat berichtet aus Kursk. Es ist kalt. "
                        + "Die Lage bleibt angespannt, sagt der Kommandeur.", "https://a.example/1", "Tagesblatt",
                LocalDate.of(2024, 10, 17), List.<String[]>of(TestDocs.entity("Kursk", "LOC", "Q1234", "Kursk")));
        english = TestDocs.simple("Soldiers deployed", "North Korean soldiers were deployed to the Kursk region.",
                "https://b.example/2", "en", "Wire Service", LocalDate.of(2024, 11, 2));
        kurs = TestDocs.simple("Börse", "Der Kurs der Aktie fiel deutlich. Händler blieben gelassen.",
                "https://c.example/3", "de", "Finanzblatt", LocalDate.of(2023, 3, 9));
        undated = TestDocs.simple("Ohne Datum", "Ein Soldat ohne Datum wartet.", null, "de", "Tagesblatt", null);
        store.put(List.of(soldat, english, kurs, undated));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Set<String> ids(SearchQuery q) throws StoreException {
        return store.search(q).hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    static SearchQuery q(String text) {
        return SearchQuery.of(text, 10);
    }

    @Test
    void aLanguageFilterWithTextKeepsToThatLanguage() throws Exception {
        assertEquals(Set.of(english.article().id()), ids(new SearchQuery("Kursk", "en", null, null, null, null, 10, 0)));
        assertEquals(Set.of(soldat.article().id()), ids(new SearchQuery("Kursk", "DE ", null, null, null, null, 10, 0)));
        assertEquals(Set.of(), ids(new SearchQuery("Kursk", "fr", null, null, null, null, 10, 0)), "no French articles");
        assertEquals(2, store.facetCounts(new SearchQuery("Kursk", null, null, null, null, null, 1, 0)).total());
        assertEquals(java.util.Map.of("en", 1L),
                store.facetCounts(new SearchQuery("Kursk", "en", null, null, null, null, 1, 0)).languages());
    }

    @Test
    void facetCountsCountEveryHitByLanguageAndLowerCasedSource() throws Exception {
        FacetCounts soldiers = store.facetCounts(q("Soldat"));
        assertEquals(2, soldiers.total());
        assertEquals(java.util.Map.of("de", 2L), soldiers.languages());
        assertEquals(java.util.Map.of("tagesblatt", 2L), soldiers.sources());
        FacetCounts all = store.facetCounts(new SearchQuery(null, null, null, null, null, null, 1, 0));
        assertEquals(4, all.total());
        assertEquals(java.util.Map.of("tagesblatt", 2L, "finanzblatt", 1L, "wire service", 1L), all.sources());
        assertEquals(java.util.Map.of("de", 3L, "en", 1L), all.languages());
        FacetCounts dated = store.facetCounts(new SearchQuery("Soldat", null, null, LocalDate.of(2024, 1, 1), null, null, 1, 0));
        assertEquals(java.util.Map.of("tagesblatt", 1L), dated.sources(), "filters apply");
        assertEquals(store.search(q("Soldat")).total(), soldiers.total());
    }

    @Test
    void summariesOfManyIdsComeInTheirOrderAndSkipUnknownIds() {
        List<String> ids = List.of(kurs.article().id(), "no-such-id", soldat.article().id());
        List<ArticleSummary> rows = store.summaries(ids);
        assertEquals(List.of(kurs.article().id(), soldat.article().id()), rows.stream().map(ArticleSummary::id).toList());
        assertEquals(store.versions(kurs.article().id()).get(0), rows.get(0));
        assertEquals(LocalDate.of(2023, 3, 9), rows.get(0).published().date());
        assertEquals(List.of(), store.summaries(List.of()));
    }

    @Test
    void germanStemmingFindsTheSingularForThePlural() throws Exception {
        assertEquals(Set.of(soldat.article().id(), undated.article().id()), ids(new SearchQuery("Soldaten", "de",
                null, null, null, null, 10, 0)));
        assertTrue(ids(q("Soldaten")).contains(soldat.article().id()));
    }

    @Test
    void englishStemming() throws Exception {
        assertEquals(Set.of(english.article().id()), ids(new SearchQuery("soldier deploy", "en", null, null, null,
                null, 10, 0)));
    }

    @Test
    void germanStopWordsDoNotBlockGermanArticles() throws Exception {
        assertTrue(ids(q("der Kurs")).contains(kurs.article().id()));
    }

    @Test
    void defaultOperatorIsAnd() throws Exception {
        assertEquals(Set.of(kurs.article().id()), ids(q("Kurs Aktie")));
        assertEquals(Set.of(), ids(q("Kurs Kommandeur")));
        assertEquals(2, ids(q("Aktie OR Kommandeur")).size());
    }

    @Test
    void titleMatchesRankFirst() throws Exception {
        Document inTitle = TestDocs.simple("Wetterbericht", "Heute Sonne.", null, "de", "W", null);
        Document inBody = TestDocs.simple("Sonstiges", "Ein langer Text, in dem auch der Wetterbericht erwähnt wird.",
                null, "de", "W", null);
        store.put(List.of(inBody, inTitle));
        assertEquals(inTitle.article().id(), store.search(q("Wetterbericht")).hits().get(0).id());
    }

    @Test
    void filtersByLanguageSourceDateAndEntity() throws Exception {
        assertEquals(Set.of(english.article().id()), ids(new SearchQuery("Kursk", "en", null, null, null, null, 10, 0)));
        assertEquals(Set.of(soldat.article().id(), undated.article().id()),
                ids(new SearchQuery(null, null, "TAGESBLATT", null, null, null, 10, 0)));
        assertEquals(Set.of(soldat.article().id(), english.article().id()),
                ids(new SearchQuery(null, null, null, LocalDate.of(2024, 1, 1), null, null, 10, 0)));
        assertEquals(Set.of(kurs.article().id()),
                ids(new SearchQuery(null, null, null, null, LocalDate.of(2023, 12, 31), null, 10, 0)));
        assertEquals(Set.of(soldat.article().id()),
                ids(new SearchQuery(null, null, null, LocalDate.of(2024, 10, 17), LocalDate.of(2024, 10, 17), null, 10, 0)));
        assertEquals(Set.of(soldat.article().id()), ids(new SearchQuery(null, null, null, null, null, "Q1234", 10, 0)));
        assertEquals(Set.of(soldat.article().id()), ids(new SearchQuery(null, null, null, null, null, "kursk", 10, 0)));
    }

    @Test
    void snippetsMarkHitsAndHitsCarryMetadata() throws Exception {
        SearchHits hits = store.search(new SearchQuery("Kommandeur", null, null, null, null, null, 10, 0));
        assertEquals(1, hits.total());
        SearchHit h = hits.hits().get(0);
        assertTrue(h.snippet().contains("«Kommandeur»"), h.snippet());
        assertTrue(h.snippet().length() <= 260, h.snippet());
        assertEquals("Tagesblatt", h.source());
        assertEquals(LocalDate.of(2024, 10, 17), h.published());
        assertEquals("de", h.language());
        assertEquals("Ein Soldat an der Front", h.title());
        assertTrue(h.score() > 0);
    }

    @Test
    void stemmedHitsAreMarkedAsWritten() throws Exception {
        SearchHit h = store.search(new SearchQuery("Soldaten", "de", null, null, null, null, 10, 0)).hits().get(0);
        assertTrue(h.snippet().contains("«Soldat»"), h.snippet());
    }

    @Test
    void pagingKeepsTheTotal() throws Exception {
        SearchHits all = store.search(new SearchQuery(null, null, null, null, null, null, 100, 0));
        SearchHits page = store.search(new SearchQuery(null, null, null, null, null, null, 1, 1));
        assertEquals(all.total(), page.total());
        assertEquals(1, page.hits().size());
        assertEquals(all.hits().get(1).id(), page.hits().get(0).id());
        assertEquals(0, store.search(new SearchQuery(null, null, null, null, null, null, 5, 1000)).hits().size());
    }

    @Test
    void randomQueryStringsGiveHitsOrABadQueryMessage() throws Exception {
        String alphabet = "Soldat Kursk der und ()[]{}\"*?~^:+-!&|/\\ AND OR NOT TO 1 ä ß";
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 500; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            try {
                SearchHits h = store.search(q(b.toString()));
                assertTrue(h.total() >= h.hits().size());
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("bad query: "), b + " -> " + e.getMessage());
            }
        }
    }

    @Test
    void wildcardsWork() throws Exception {
        assertTrue(ids(q("Kommand*")).contains(soldat.article().id()));
    }

    @Test
    void aBadQueryIsAnIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.search(q("Soldat AND (")));
        assertTrue(e.getMessage().startsWith("bad query: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> store.search(q("\"offen")));
    }
}
