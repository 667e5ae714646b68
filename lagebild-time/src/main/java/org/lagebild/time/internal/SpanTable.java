package org.lagebild.time.internal;

import java.util.Map;

/**
 * A map from strings to values that is looked up by a char range of a text, without cutting the
 * range out as a String: the hot loops of the taggers ask it for every word. {@link #get} reads
 * the range as it is, {@link #getLowerCase} as if lower-cased with {@code Locale.ROOT}. Grows on
 * {@link #put} up to a bound, after which further puts are ignored (callers use it as a cache of
 * values they can recompute). Thread-safe: reads take no lock and may miss an entry another
 * thread is adding (they then recompute it); puts are synchronised. Internal to lagebild-time.
 */
public final class SpanTable<V> {
    private record Entry<V>(String key, int hash, V value) {
    }

    /** Returned by {@link #getLowerCase} when the range holds chars beyond Latin-1 (ask a Map instead). */
    public static final Object NOT_LATIN1 = new Object();

    private final int maxSize;
    private volatile Entry<V>[] table;
    private int size;

    /** An empty table holding at most {@code maxSize} entries. */
    public SpanTable(int maxSize) {
        this.maxSize = maxSize;
        this.table = newTable(64);
    }

    /** A fixed table holding the entries of {@code map}. */
    public static <V> SpanTable<V> of(Map<String, V> map) {
        SpanTable<V> t = new SpanTable<>(Math.max(1, map.size()));
        map.forEach(t::put);
        return t;
    }

    @SuppressWarnings("unchecked")
    private static <V> Entry<V>[] newTable(int capacity) {
        return (Entry<V>[]) new Entry<?>[capacity];
    }

    /** The value of the key equal to {@code text[from, to)}, or null. */
    public V get(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        Entry<V>[] tab = table;
        int mask = tab.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            Entry<V> e = tab[slot];
            if (e == null) {
                return null;
            }
            if (e.hash == h && equalsRange(e.key, text, from, to)) {
                return e.value;
            }
        }
    }

    /**
     * The value of the key equal to {@code text[from, to)} lower-cased with {@code Locale.ROOT}, or
     * null; {@link #NOT_LATIN1} if the range holds a char above U+00FF, whose lower case this table
     * does not compute (the caller falls back to {@code toLowerCase(Locale.ROOT)}).
     */
    public Object getLowerCase(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return NOT_LATIN1;
            }
            h = 31 * h + Character.toLowerCase(c);
        }
        Entry<V>[] tab = table;
        int mask = tab.length - 1;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            Entry<V> e = tab[slot];
            if (e == null) {
                return null;
            }
            if (e.hash == h && equalsLowerRange(e.key, text, from, to)) {
                return e.value;
            }
        }
    }

    /** Adds or replaces {@code key}; ignored once the table holds its maximum. */
    public synchronized void put(String key, V value) {
        Entry<V>[] tab = table;
        int h = key.hashCode();
        int mask = tab.length - 1;
        int slot = spread(h) & mask;
        while (tab[slot] != null) {
            if (tab[slot].hash == h && tab[slot].key.equals(key)) {
                tab[slot] = new Entry<>(key, h, value);
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size >= maxSize) {
            return;
        }
        if ((size + 1) * 2 > tab.length) {
            Entry<V>[] bigger = newTable(tab.length * 2);
            int m = bigger.length - 1;
            for (Entry<V> e : tab) {
                if (e != null) {
                    int s = spread(e.hash) & m;
                    while (bigger[s] != null) {
                        s = (s + 1) & m;
                    }
                    bigger[s] = e;
                }
            }
            tab = bigger;
            mask = m;
            slot = spread(h) & mask;
            while (tab[slot] != null) {
                slot = (slot + 1) & mask;
            }
            tab[slot] = new Entry<>(key, h, value);
            size++;
            table = tab;
            return;
        }
        tab[slot] = new Entry<>(key, h, value);
        size++;
    }

    /** The number of entries. */
    public synchronized int size() {
        return size;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean equalsRange(String key, CharSequence text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsLowerRange(String key, CharSequence text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != Character.toLowerCase(text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }
}
