package org.lagebild.stories.dedup;

import java.util.Arrays;

/**
 * MinHash signatures over {@link Shingles word shingles}. In: any text (null and empty allowed).
 * Out: a {@code long[numHashes]} signature; the fraction of equal positions between two
 * signatures estimates the Jaccard similarity of the two shingle sets. The hash functions are
 * derived from a fixed seed, so signatures are identical across runs and machines. A text
 * without words gets the {@link #isEmpty empty} signature (all {@code Long.MAX_VALUE}), which
 * {@link #similarity} treats as similar to nothing. Immutable and thread-safe.
 */
public final class MinHasher {
    /** Default seed; changing it changes every stored signature. */
    public static final long DEFAULT_SEED = 0x4C61676562696C64L; // "Lagebild"

    private final int shingleSize;
    private final long[] multipliers;
    private final long[] offsets;

    /** 5-word shingles, 128 hash functions, {@link #DEFAULT_SEED}. */
    public MinHasher() {
        this(5, 128, DEFAULT_SEED);
    }

    public MinHasher(int shingleSize, int numHashes, long seed) {
        if (shingleSize < 1 || numHashes < 1) {
            throw new IllegalArgumentException("shingleSize and numHashes must be >= 1");
        }
        this.shingleSize = shingleSize;
        this.multipliers = new long[numHashes];
        this.offsets = new long[numHashes];
        long state = seed;
        for (int i = 0; i < numHashes; i++) {
            state += 0x9E3779B97F4A7C15L;
            multipliers[i] = Shingles.mix(state) | 1L;
            state += 0x9E3779B97F4A7C15L;
            offsets[i] = Shingles.mix(state);
        }
    }

    public int numHashes() {
        return multipliers.length;
    }

    public int shingleSize() {
        return shingleSize;
    }

    /** The MinHash signature of {@code text}; never null, length {@link #numHashes()}. */
    public long[] signature(String text) {
        long[] sig = new long[multipliers.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : Shingles.hashes(text, shingleSize)) {
            for (int i = 0; i < sig.length; i++) {
                long h = Shingles.mix(s * multipliers[i] + offsets[i]) & Long.MAX_VALUE;
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** True if the signature belongs to a text without words. */
    public static boolean isEmpty(long[] signature) {
        for (long v : signature) {
            if (v != Long.MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    /** Estimated Jaccard similarity in [0, 1]; 0 if either signature is empty. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signature lengths differ: " + a.length + " vs " + b.length);
        }
        if (a.length == 0 || isEmpty(a) || isEmpty(b)) {
            return 0.0;
        }
        int eq = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                eq++;
            }
        }
        return (double) eq / a.length;
    }
}
