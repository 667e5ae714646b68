package org.lagebild.stories.dedup;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lagebild.model.ArticleIds;

/**
 * Finds exact and near-duplicate articles as they arrive. {@link #check} takes an article id and
 * its clean text, compares it with everything seen before and then remembers it. Exact duplicates
 * are found first by the SHA-256 of the {@link ArticleIds#normalise normalised} text; otherwise
 * MinHash candidates from the {@link LshIndex} are verified by estimated Jaccard similarity
 * {@code >= threshold}. Every id belongs to a duplicate group named by its earliest member
 * ({@link #groupOf}); a syndicated copy never counts as independent corroboration
 * ({@link #independentCount}). Texts without words are never matched. Thread-safe (synchronised).
 */
public final class DuplicateDetector {
    /** Default verification threshold on estimated Jaccard of 5-word shingles; see README.md. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** How a duplicate was found. */
    public enum Kind {
        /** Same normalised text. */
        EXACT,
        /** Estimated Jaccard similarity at or above the threshold. */
        NEAR
    }

    /** {@code id} duplicates {@code duplicateOf} (an earlier id) with estimated {@code similarity}. */
    public record Match(String id, String duplicateOf, double similarity, Kind kind) {
    }

    private final MinHasher hasher;
    private final LshIndex index;
    private final double threshold;
    private final Map<String, String> byContentHash;
    private final Map<String, String> parent = new HashMap<>();

    /** 5-word shingles, 128 hashes, 32 x 4 bands, {@link #DEFAULT_THRESHOLD}, 1,000,000 entries. */
    public DuplicateDetector() {
        this(new MinHasher(), new LshIndex(), DEFAULT_THRESHOLD);
    }

    public DuplicateDetector(MinHasher hasher, LshIndex index, double threshold) {
        if (hasher.numHashes() != index.signatureLength()) {
            throw new IllegalArgumentException("hasher gives " + hasher.numHashes()
                    + " values, index expects " + index.signatureLength());
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.hasher = hasher;
        this.index = index;
        this.threshold = threshold;
        int cap = index.capacity();
        // bounded like the index: the oldest content hashes go first
        this.byContentHash = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > cap;
            }
        };
    }

    public double threshold() {
        return threshold;
    }

    /**
     * Compares {@code text} with every article seen so far, then adds it under {@code id}.
     * Returns the best earlier match, or empty if none reaches the threshold.
     */
    public Optional<Match> check(String id, String text) {
        if (id == null) {
            throw new IllegalArgumentException("id must not be null");
        }
        String t = text == null ? "" : text;
        long[] sig = hasher.signature(t); // outside the lock: the expensive part
        String contentHash = ArticleIds.sha256(ArticleIds.normalise(t));
        synchronized (this) {
            parent.putIfAbsent(id, id);
            if (MinHasher.isEmpty(sig)) {
                return Optional.empty();
            }
            Match match = null;
            String exact = byContentHash.get(contentHash);
            if (exact != null && !exact.equals(id)) {
                match = new Match(id, exact, 1.0, Kind.EXACT);
            } else {
                byContentHash.putIfAbsent(contentHash, id);
                String best = null;
                double bestSim = -1;
                for (String c : index.candidates(sig)) {
                    if (c.equals(id)) {
                        continue;
                    }
                    Optional<long[]> other = index.signature(c);
                    if (other.isEmpty()) {
                        continue;
                    }
                    double s = MinHasher.similarity(sig, other.get());
                    if (s > bestSim) {
                        bestSim = s;
                        best = c;
                    }
                }
                if (best != null && bestSim >= threshold) {
                    match = new Match(id, best, bestSim, Kind.NEAR);
                }
            }
            index.add(id, sig);
            if (match != null) {
                union(match.duplicateOf(), id);
            }
            return Optional.ofNullable(match);
        }
    }

    /** The id naming the duplicate group of {@code id} (itself if it has no earlier duplicate). */
    public synchronized String groupOf(String id) {
        String p = parent.get(id);
        if (p == null) {
            return id;
        }
        while (!p.equals(parent.get(p))) {
            String gp = parent.get(p);
            parent.put(p, parent.get(gp));
            p = gp;
        }
        return p;
    }

    /** How many of {@code ids} are independent, i.e. the number of distinct duplicate groups. */
    public synchronized int independentCount(Collection<String> ids) {
        Set<String> groups = new HashSet<>();
        for (String id : ids) {
            groups.add(groupOf(id));
        }
        return groups.size();
    }

    private void union(String earlier, String later) {
        String a = groupOf(earlier);
        String b = groupOf(later);
        if (!a.equals(b)) {
            parent.put(b, a);
        }
    }
}
