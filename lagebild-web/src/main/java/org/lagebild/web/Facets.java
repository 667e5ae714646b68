package org.lagebild.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.lagebild.store.FacetCounts;
import org.lagebild.store.SearchHit;
import org.lagebild.store.Store;
import org.lagebild.store.SearchHits;
import org.lagebild.store.SearchQuery;

/**
 * Source and language counts for a search, always over every hit: from the page itself when it
 * holds every hit; with one count query per value but the last (which is what remains) when the
 * store has at most {@code maxValues} distinct values of each; otherwise from the store's facet
 * count, one pass over the hits and the two fields' postings ({@link Store#facetCounts}). Sources
 * are named as the store lists them. Stateless; thread-safe if the functions are.
 */
final class Facets {
    /** Both facets, and how many hits they were counted over. */
    record Result(Map<String, Long> source, Map<String, Long> language, long over, boolean exact) {
        Map<String, Object> json() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("source", source);
            m.put("language", language);
            m.put("over", over);
            m.put("exact", exact);
            return m;
        }
    }

    static final String NO_LANGUAGE = "und";
    static final String NO_SOURCE = "";

    private final Function<SearchQuery, SearchHits> search;
    private final Function<SearchQuery, FacetCounts> facetCounts;
    private final int maxValues;

    /**
     * @param search      runs a search (the store's)
     * @param facetCounts counts languages and sources over every hit (the store's)
     * @param maxValues   most distinct values of a facet that are counted one query each
     */
    Facets(Function<SearchQuery, SearchHits> search, Function<SearchQuery, FacetCounts> facetCounts, int maxValues) {
        this.search = search;
        this.facetCounts = facetCounts;
        this.maxValues = maxValues;
    }

    /**
     * Counts for {@code q}, whose page of hits is {@code page}; {@code languages} and {@code sources}
     * are every value the store holds ({@link #NO_LANGUAGE} and {@link #NO_SOURCE} for none).
     */
    Result count(SearchQuery q, SearchHits page, List<String> languages, List<String> sources) {
        long total = page.total();
        Map<String, Long> lang = new TreeMap<>();
        Map<String, Long> src = new TreeMap<>();
        if (total == 0) {
            return new Result(src, lang, 0, true);
        }
        if (q.offset() == 0 && page.hits().size() >= total) {
            tally(page.hits(), true, lang);
            tally(page.hits(), false, src);
            return new Result(src, lang, total, true);
        }
        if (countable(q.language(), languages) && countable(q.source(), sources)) {
            exact(q, total, page.hits(), true, languages, NO_LANGUAGE, lang);
            exact(q, total, page.hits(), false, sources, NO_SOURCE, src);
            return new Result(src, lang, total, true);
        }
        FacetCounts counts = facetCounts.apply(q);
        lang.putAll(counts.languages());
        // the index keeps sources in lower case: name them as the store lists them
        Map<String, String> names = new HashMap<>();
        for (String s : sources) {
            names.putIfAbsent(s.strip().toLowerCase(Locale.ROOT), s);
        }
        long labelled = 0;
        for (Map.Entry<String, Long> e : counts.sources().entrySet()) {
            src.merge(names.getOrDefault(e.getKey(), e.getKey()), e.getValue(), Long::sum);
            labelled += e.getValue();
        }
        if (counts.total() - labelled > 0) {
            src.put(NO_SOURCE, counts.total() - labelled);
        }
        return new Result(src, lang, counts.total(), true);
    }

    private boolean countable(String filter, List<String> values) {
        return filter != null || values.size() <= maxValues;
    }

    /** Exact counts: one query per value, except the value that holds what the others leave. */
    private void exact(SearchQuery q, long total, List<SearchHit> hits, boolean language, List<String> values,
                       String none, Map<String, Long> out) {
        String filter = language ? q.language() : q.source();
        if (filter != null) {
            // every hit has the value filtered on; sources match case-insensitively, so name it as stored
            String shown = filter;
            for (SearchHit h : hits) {
                String v = language ? h.language() : h.source();
                if (v != null) {
                    shown = v;
                    break;
                }
            }
            out.put(shown, total);
            return;
        }
        List<String> filterable = values.stream().filter(v -> !v.equals(none)).toList();
        // with no unlabelled articles in the store, the last value needs no query of its own
        String remainder = values.contains(none) || filterable.isEmpty() ? none : filterable.get(filterable.size() - 1);
        long counted = 0;
        for (String v : filterable) {
            if (v.equals(remainder)) {
                continue;
            }
            long n = search.apply(new SearchQuery(q.text(), language ? v : q.language(), language ? q.source() : v,
                    q.from(), q.to(), q.entity(), 1, 0)).total();
            if (n > 0) {
                out.put(v, n);
            }
            counted += n;
        }
        if (total - counted > 0) {
            out.put(remainder, total - counted);
        }
    }

    private static void tally(List<SearchHit> hits, boolean language, Map<String, Long> out) {
        for (SearchHit h : hits) {
            String v = language ? h.language() : h.source();
            out.merge(v == null ? (language ? NO_LANGUAGE : NO_SOURCE) : v, 1L, Long::sum);
        }
    }
}
