package org.lagebild.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.lagebild.store.FacetCounts;
import org.lagebild.store.SearchHit;
import org.lagebild.store.SearchHits;
import org.lagebild.store.SearchQuery;

/** Facet counts against a fake store of 10 hits: 6 de/a.example, 3 en/b.example, 1 without either. */
class FacetsTest {
    private final List<SearchHit> all = new ArrayList<>();
    private final List<SearchQuery> asked = new ArrayList<>();
    private final List<SearchQuery> counted = new ArrayList<>();

    FacetsTest() {
        for (int i = 0; i < 10; i++) {
            String lang = i < 6 ? "de" : i < 9 ? "en" : null;
            String src = i < 6 ? "a.example" : i < 9 ? "b.example" : null;
            all.add(new SearchHit("id" + i, "t", src, null, lang, 1f, "s"));
        }
    }

    private SearchHits search(SearchQuery q) {
        asked.add(q);
        List<SearchHit> hits = all.stream()
                .filter(h -> q.language() == null || q.language().equals(h.language()))
                .filter(h -> q.source() == null || q.source().equalsIgnoreCase(Objects.toString(h.source(), "")))
                .toList();
        return new SearchHits(hits.size(), hits.subList(Math.min(q.offset(), hits.size()),
                Math.min(hits.size(), q.offset() + q.limit())));
    }

    /** The store's facet count over the fake hits: sources in lower case, none for hits without one. */
    private FacetCounts facetCounts(SearchQuery q) {
        counted.add(q);
        Map<String, Long> lang = new java.util.HashMap<>();
        Map<String, Long> src = new java.util.HashMap<>();
        long total = 0;
        for (SearchHit h : all) {
            if ((q.language() == null || q.language().equals(h.language()))
                    && (q.source() == null || q.source().equalsIgnoreCase(Objects.toString(h.source(), "")))) {
                total++;
                lang.merge(h.language() == null ? "und" : h.language(), 1L, Long::sum);
                if (h.source() != null) {
                    src.merge(h.source().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
                }
            }
        }
        return new FacetCounts(total, lang, src);
    }

    private Facets.Result count(int maxValues, SearchQuery q) {
        SearchHits page = search(q);
        asked.clear();
        return new Facets(this::search, this::facetCounts, maxValues).count(q, page, List.of("de", "en", "und"),
                List.of("", "a.example", "b.example"));
    }

    @Test
    void aPageWithEveryHitIsCountedDirectly() {
        Facets.Result r = count(12, SearchQuery.of("x", 20));
        assertEquals(Map.of("de", 6L, "en", 3L, "und", 1L), r.language());
        assertEquals(Map.of("a.example", 6L, "b.example", 3L, "", 1L), r.source());
        assertTrue(r.exact());
        assertEquals(10, r.over());
        assertTrue(asked.isEmpty(), "no further queries: " + asked);
    }

    @Test
    void fewValuesAreCountedExactlyOneQueryEach() {
        Facets.Result r = count(12, SearchQuery.of("x", 2));
        assertEquals(Map.of("de", 6L, "en", 3L, "und", 1L), r.language());
        assertEquals(Map.of("a.example", 6L, "b.example", 3L, "", 1L), r.source());
        assertTrue(r.exact());
        assertEquals(10, r.over());
        assertEquals(4, asked.size(), "two values per facet filtered, the unlabelled rest by subtraction: " + asked);
    }

    @Test
    void theOnlyValueNeedsNoQuery() {
        SearchQuery q = SearchQuery.of("x", 2);
        SearchHits page = search(q);
        asked.clear();
        List<SearchHit> sixDe = all.subList(0, 6);
        Facets.Result r = new Facets(x -> {
            asked.add(x);
            return new SearchHits(6, sixDe.subList(0, Math.min(6, x.limit())));
        }, this::facetCounts, 12).count(q, new SearchHits(6, page.hits()), List.of("de"), List.of("a.example"));
        assertEquals(Map.of("de", 6L), r.language());
        assertEquals(Map.of("a.example", 6L), r.source());
        assertTrue(asked.isEmpty(), asked.toString());
    }

    @Test
    void aFilteredFacetHoldsTheTotal() {
        Facets.Result r = count(12, new SearchQuery("x", "en", null, null, null, null, 1, 0));
        assertEquals(Map.of("en", 3L), r.language());
        assertEquals(Map.of("b.example", 3L), r.source());
        assertTrue(r.exact());
    }

    @Test
    void manyValuesAreCountedExactlyByTheStoreAndNamedAsListed() {
        Facets.Result r = new Facets(this::search, this::facetCounts, 1).count(SearchQuery.of("x", 2), search(SearchQuery.of("x", 2)),
                List.of("de", "en", "und"), List.of("", "A.example", "b.example"));
        assertTrue(r.exact());
        assertEquals(10, r.over());
        assertEquals(Map.of("de", 6L, "en", 3L, "und", 1L), r.language());
        assertEquals(Map.of("A.example", 6L, "b.example", 3L, "", 1L), r.source(), "listed names, the unlabelled rest");
        assertEquals(1, counted.size(), "one facet count");
        assertEquals(1, asked.size(), "and only the page's own search: " + asked);
    }

    @Test
    void noHitsNoCounts() {
        Facets.Result r = new Facets(this::search, this::facetCounts, 12).count(SearchQuery.of("x", 2), new SearchHits(0, List.of()),
                List.of("de"), List.of("a.example"));
        assertTrue(r.language().isEmpty() && r.source().isEmpty() && r.exact());
    }
}
