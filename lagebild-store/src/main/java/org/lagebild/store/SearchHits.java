package org.lagebild.store;

import java.util.List;

/** A page of search hits and the exact total number of matching articles. */
public record SearchHits(long total, List<SearchHit> hits) {
    public SearchHits {
        hits = List.copyOf(hits);
    }
}
