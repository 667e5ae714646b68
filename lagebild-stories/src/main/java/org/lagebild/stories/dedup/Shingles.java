package org.lagebild.stories.dedup;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.ArticleIds;

/**
 * Word shingles of a text: the text is normalised with {@link ArticleIds#normalise}, split into
 * words (runs of letters and digits, any script), and each window of {@code k} consecutive words
 * becomes one shingle, hashed to 64 bits. A text with fewer than {@code k} but at least one word
 * gives one shingle; a text without words gives none. Stateless and thread-safe.
 */
public final class Shingles {
    private Shingles() {
    }

    /** The words of the normalised text, in order. */
    public static List<String> words(String text) {
        String n = ArticleIds.normalise(text == null ? "" : text);
        List<String> out = new ArrayList<>();
        int i = 0;
        int len = n.length();
        while (i < len) {
            int cp = n.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < len) {
                    int c = n.codePointAt(i);
                    if (!Character.isLetterOrDigit(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                out.add(n.substring(start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** 64-bit hashes of the {@code k}-word shingles (duplicates possible, order of occurrence). */
    public static long[] hashes(String text, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("shingle size must be >= 1: " + k);
        }
        List<String> w = words(text);
        if (w.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = new long[w.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = fnv1a(w.get(i));
        }
        int n = Math.max(1, w.size() - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(i + k, wordHashes.length); j++) {
                h = mix(h * 31 + wordHashes[j]);
            }
            out[i] = h;
        }
        return out;
    }

    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser: a bijective 64-bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
