package org.lagebild.web;

import org.lagebild.store.Store;
import org.lagebild.store.StoreStats;

/**
 * The store's counts, recomputed only when articles were stored since (the store's highest seq moved,
 * whoever stored them). Counting scans every article row (over a second on 100,000 articles under
 * load), while reading the highest seq is an index lookup; the article list and the filter forms ask
 * for counts on every page. Thread-safe; concurrent misses may both compute, which is harmless.
 */
final class StatsCache {
    private record Entry(long seq, StoreStats stats) {
    }

    private final Store store;
    private volatile Entry entry;

    StatsCache(Store store) {
        this.store = store;
    }

    StoreStats stats() {
        long seq = store.maxSeq();
        Entry e = entry;
        if (e == null || e.seq() != seq) {
            e = new Entry(seq, store.stats());
            entry = e;
        }
        return e.stats();
    }
}
