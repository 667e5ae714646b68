package org.lagebild.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Finished JSON responses kept by key, least recently used first out, bounded by the bytes they take
 * (the response bytes plus the key and a fixed overhead per entry). Each entry carries the version of
 * the data it was computed from; a lookup with another version is a miss, so nothing stale is served
 * after new articles are stored or stories change. A cache of 0 bytes keeps nothing (the switch that
 * measures the uncached cost). Thread-safe: one lock, held only for map operations.
 */
final class ResponseCache {
    /** Bytes counted per entry beyond its key and value: map node, record, array headers. */
    static final int ENTRY_OVERHEAD = 96;

    private record Entry(Object version, byte[] value) {
        long bytes(String key) {
            return ENTRY_OVERHEAD + 2L * key.length() + value.length;
        }
    }

    private final long maxBytes;
    private final Map<String, Entry> map = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    /** A cache of at most {@code maxBytes} bytes; 0 disables it. */
    ResponseCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("cache size must not be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The value cached for {@code key} at {@code version}, or null. */
    byte[] get(String key, Object version) {
        if (maxBytes == 0) {
            return null;
        }
        synchronized (map) {
            Entry e = map.get(key);
            if (e != null && e.version().equals(version)) {
                hits++;
                return e.value();
            }
            misses++;
            return null;
        }
    }

    /** Keeps {@code value} for {@code key} at {@code version}; a value larger than the whole cache is not kept. */
    void put(String key, Object version, byte[] value) {
        Objects.requireNonNull(version, "version");
        Entry e = new Entry(version, value);
        long size = e.bytes(key);
        if (size > maxBytes) {
            return;
        }
        synchronized (map) {
            Entry old = map.put(key, e);
            if (old != null) {
                bytes -= old.bytes(key);
            }
            bytes += size;
            Iterator<Map.Entry<String, Entry>> it = map.entrySet().iterator();
            while (bytes > maxBytes && it.hasNext()) {
                Map.Entry<String, Entry> eldest = it.next();
                bytes -= eldest.getValue().bytes(eldest.getKey());
                it.remove();
            }
        }
    }

    /** Bytes held now (never more than the bound). */
    long bytes() {
        synchronized (map) {
            return bytes;
        }
    }

    int size() {
        synchronized (map) {
            return map.size();
        }
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Lookups answered from the cache, and those that were not, since start. */
    long hits() {
        synchronized (map) {
            return hits;
        }
    }

    long misses() {
        synchronized (map) {
            return misses;
        }
    }
}
