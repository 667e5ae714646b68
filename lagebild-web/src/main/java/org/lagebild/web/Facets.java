package org.lagebild.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.lagebild.store.SearchHit;
import org.lagebild.store.SearchHits;
import org.lagebild.store.SearchQuery;

/**
 * Source and language counts for a search, exact where that is cheap: from the page itself when it
 * holds every hit; from the store's totals when the store has few distinct values (one count query
 * per value but the last, which is what remains); otherwise over the first {@code sample} hits by
 * relevance ({@code exact: false}, {@code over} says how many). The store has no facet count of its
 * own yet, and highlighting hundreds of hits for a sample costs about a millisecond per hit.
 * Stateless; thread-safe if the search function is.
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
    private final int maxValues;
    private final int sample;

    /**
     * @param search    runs a search (the store's)
     * @param maxValues most distinct values of a facet that are counted exactly, one query each
     * @param sample    hits counted when a facet has more values than that
     */
    Facets(Function<SearchQuery, SearchHits> search, int maxValues, int sample) {
        this.search = search;
        this.maxValues = maxValues;
        this.sample = sample;
    }

    /**
     * Counts for {@code q}, whose page of hits is {@code page}; {@code languages} and {@code sources}
     * are every value the store holds ({@link #NO_LANGUAGE} and {@link #NO_SOURCE} for none). Both
     * facets are exact, or both are counted over the same sample.
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
        List<SearchHit> hits = search.apply(new SearchQuery(q.text(), q.language(), q.source(), q.from(), q.to(),
                q.entity(), sample, 0)).hits();
        tally(hits, true, lang);
        tally(hits, false, src);
        return new Result(src, lang, hits.size(), false);
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
