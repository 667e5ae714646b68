package org.lagebild.entities.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.lagebild.entities.kb.KnowledgeBaseException;

/**
 * Word clusters computed from raw German text: every word seen at least three times is described
 * by the positive pointwise mutual information of its neighbours (one and two to the left and
 * right) among the most frequent words, and the normalised vectors are grouped by spherical
 * k-means, top-down in three nested levels (so a fine cluster's path starts with its coarse
 * cluster, as with Brown-cluster prefixes). The table also keeps the word's log2 frequency and how
 * often it is capitalised inside a sentence. Build with {@link ClusterBuilder}; the bundled table
 * ({@code word-clusters.tsv}) is loaded with {@link #load()}. Immutable and thread-safe once loaded.
 */
public final class WordClusters {
    static final String RESOURCE = "/org/lagebild/entities/ner/word-clusters.tsv";
    private static volatile WordClusters bundled;
    private final Map<String, String[]> clusters;

    private WordClusters(Map<String, String[]> clusters) {
        this.clusters = clusters;
    }

    /** The bundled table; a missing file is a hard error. */
    public static WordClusters load() {
        WordClusters w = bundled;
        if (w == null) {
            synchronized (WordClusters.class) {
                w = bundled;
                if (w == null) {
                    InputStream in = WordClusters.class.getResourceAsStream(RESOURCE);
                    if (in == null) {
                        throw new KnowledgeBaseException(RESOURCE, 0, "word clusters missing from the classpath");
                    }
                    Map<String, String[]> m = new HashMap<>();
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        String line;
                        int lineNo = 0;
                        while ((line = r.readLine()) != null) {
                            lineNo++;
                            if (line.startsWith("#") || line.startsWith("word\t")) {
                                continue;
                            }
                            String[] f = line.split("\t");
                            if (f.length != COLUMNS) {
                                throw new KnowledgeBaseException(RESOURCE, lineNo, "expected " + COLUMNS + " tab-separated columns");
                            }
                            m.put(f[0], java.util.Arrays.copyOfRange(f, 1, COLUMNS));
                        }
                    } catch (IOException e) {
                        throw new KnowledgeBaseException(RESOURCE, "cannot read", e);
                    }
                    w = new WordClusters(m);
                    bundled = w;
                }
            }
        }
        return w;
    }

    /** Columns of the table: word, three nested cluster paths, log2 frequency, capitalisation bucket. */
    static final int COLUMNS = 6;

    /**
     * {coarse path, middle path, fine path, log2 frequency, capitalisation bucket 0-4} of a
     * lower-cased word, or null if unknown. The paths nest: "7", "7.3", "7.3.5".
     */
    public String[] of(String lowerWord) {
        return clusters.get(lowerWord);
    }

    /** floor(log2 of the word's count) in the raw text behind the table, or -1 if it is not in the table. */
    public int log2Frequency(String lowerWord) {
        String[] c = clusters.get(lowerWord);
        return c == null ? -1 : Integer.parseInt(c[3]);
    }
}
