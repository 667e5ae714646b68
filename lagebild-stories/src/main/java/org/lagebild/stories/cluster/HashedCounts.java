package org.lagebild.stories.cluster;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Document frequencies in a fixed table of hashed buckets: memory stays constant however many
 * distinct terms a stream brings, at the price of rare collisions (which only raise a count).
 * Not thread-safe.
 */
final class HashedCounts {
    private final int[] counts;
    private final int mask;
    private long documents;
    /** Changes with every count added, so a cache of IDFs ({@link Vectors.Lookup}) knows when it is stale. */
    private long version;

    HashedCounts(int buckets) {
        this.counts = new int[buckets];
        this.mask = buckets - 1;
    }

    void add(String key) {
        int i = bucket(key);
        if (counts[i] < Integer.MAX_VALUE) {
            counts[i]++;
        }
        version++;
    }

    void addDocument() {
        documents++;
        version++;
    }

    /** A number that changes whenever a count or the document count does. */
    long version() {
        return version;
    }

    int count(String key) {
        return counts[bucket(key)];
    }

    long documents() {
        return documents;
    }

    /** Smoothed inverse document frequency, at least 1. */
    double idf(String key) {
        return Math.log((documents + 1.0) / (count(key) + 1.0)) + 1.0;
    }

    /** The IDF of a key seen in no document so far (the highest there is). */
    double maxIdf() {
        return Math.log(documents + 1.0) + 1.0;
    }

    private int bucket(String key) {
        int h = key.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & mask;
    }

    /** The counts as Base64 of the deflated big-endian table (compact enough for a JSON field). */
    String encode() {
        ByteBuffer b = ByteBuffer.allocate(counts.length * 4);
        b.asIntBuffer().put(counts);
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        d.setInput(b.array());
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        while (!d.finished()) {
            out.write(chunk, 0, d.deflate(chunk));
        }
        d.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static HashedCounts decode(int buckets, long documents, String encoded) {
        HashedCounts h = new HashedCounts(buckets);
        h.documents = documents;
        byte[] raw = new byte[buckets * 4];
        Inflater inf = new Inflater();
        inf.setInput(Base64.getDecoder().decode(encoded));
        try {
            int n = 0;
            while (n < raw.length && !inf.finished()) {
                int k = inf.inflate(raw, n, raw.length - n);
                if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                n += k;
            }
            if (n != raw.length) {
                throw new IllegalArgumentException("document-frequency table has " + n / 4 + " buckets, expected " + buckets);
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt document-frequency table", e);
        } finally {
            inf.end();
        }
        ByteBuffer.wrap(raw).asIntBuffer().get(h.counts);
        return h;
    }
}
