package org.lagebild.entities.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.lagebild.entities.kb.KnowledgeBaseException;

/**
 * Word clusters computed from raw German news text: every word seen at least {@code minCount}
 * times is described by its left and right neighbours among the most frequent words, and the
 * normalised vectors are grouped by spherical k-means (deterministic initialisation). Two
 * granularities are kept. Build with {@code WordClusters --out FILE CORPUS_FILE_OR_DIR…}; the bundled
 * table ({@code word-clusters.tsv}: word, coarse, fine, log2 frequency) is loaded with {@link #load()}. Immutable and
 * thread-safe once loaded.
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
                        while ((line = r.readLine()) != null) {
                            if (line.startsWith("#") || line.startsWith("word\t")) {
                                continue;
                            }
                            String[] f = line.split("\t");
                            if (f.length == 4) {
                                m.put(f[0], new String[] {f[1], f[2], f[3]});
                            }
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

    /** {coarse, fine, log2 frequency} of a lower-cased word, or null if unknown. */
    public String[] of(String lowerWord) {
        return clusters.get(lowerWord);
    }

    // ---- building ----

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                    i++;
                }
                out.add(text.substring(s, i).toLowerCase(Locale.ROOT));
            } else {
                if (!Character.isWhitespace(c)) {
                    out.add(String.valueOf(c));
                }
                i++;
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out")) {
                out = Path.of(args[++i]);
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (out == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("usage: WordClusters --out FILE CORPUS_FILE_OR_DIR…");
        }
        List<List<String>> docs = new ArrayList<>();
        for (Path p : inputs) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(p);
            }
            for (Path f : files) {
                docs.add(words(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        Map<String, Integer> freq = new HashMap<>();
        for (List<String> d : docs) {
            for (String w : d) {
                freq.merge(w, 1, Integer::sum);
            }
        }
        List<String> byFreq = new ArrayList<>(freq.keySet());
        byFreq.sort((a, b) -> freq.get(b) - freq.get(a) != 0 ? freq.get(b) - freq.get(a) : a.compareTo(b));
        int nctx = Math.min(600, byFreq.size());
        Map<String, Integer> ctx = new HashMap<>();
        for (int i = 0; i < nctx; i++) {
            ctx.put(byFreq.get(i), i);
        }
        List<String> vocab = new ArrayList<>();
        Map<String, Integer> vidx = new HashMap<>();
        for (String w : byFreq) {
            if (freq.get(w) >= 3 && Character.isLetter(w.charAt(0))) {
                vidx.put(w, vocab.size());
                vocab.add(w);
            }
        }
        int dim = 2 * nctx;
        float[][] vec = new float[vocab.size()][];
        List<Map<Integer, Float>> sparse = new ArrayList<>();
        for (int i = 0; i < vocab.size(); i++) {
            sparse.add(new HashMap<>());
        }
        for (List<String> d : docs) {
            for (int i = 0; i < d.size(); i++) {
                Integer v = vidx.get(d.get(i));
                if (v == null) {
                    continue;
                }
                if (i > 0 && ctx.containsKey(d.get(i - 1))) {
                    sparse.get(v).merge(ctx.get(d.get(i - 1)), 1f, Float::sum);
                }
                if (i + 1 < d.size() && ctx.containsKey(d.get(i + 1))) {
                    sparse.get(v).merge(nctx + ctx.get(d.get(i + 1)), 1f, Float::sum);
                }
            }
        }
        int[][] idx = new int[vocab.size()][];
        for (int i = 0; i < vocab.size(); i++) {
            Map<Integer, Float> m = sparse.get(i);
            idx[i] = new int[m.size()];
            vec[i] = new float[m.size()];
            double norm = 0;
            int k = 0;
            List<Integer> keys = new ArrayList<>(m.keySet());
            Collections.sort(keys);
            for (int key : keys) {
                idx[i][k] = key;
                float val = (float) Math.sqrt(m.get(key));
                vec[i][k++] = val;
                norm += val * val;
            }
            norm = Math.sqrt(Math.max(norm, 1e-12));
            for (int j = 0; j < vec[i].length; j++) {
                vec[i][j] /= (float) norm;
            }
        }
        int[] coarse = kmeans(idx, vec, dim, 64, 12);
        int[] fine = kmeans(idx, vec, dim, 384, 12);
        StringBuilder sb = new StringBuilder();
        sb.append("# word clusters from raw German news text by WordClusters (left/right context among the ")
                .append(nctx).append(" most frequent words, spherical k-means, k=64 and k=384); inputs: ");
        for (Path p : inputs) {
            sb.append(p.getFileName()).append(' ');
        }
        sb.append("\nword\tcoarse\tfine\tfreq_bucket\n");
        for (int i = 0; i < vocab.size(); i++) {
            sb.append(vocab.get(i)).append('\t').append(coarse[i]).append('\t').append(fine[i]).append('\t')
                    .append(31 - Integer.numberOfLeadingZeros(freq.get(vocab.get(i)))).append('\n');
        }
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        System.err.println("vocabulary " + vocab.size() + " words from " + docs.size() + " documents");
    }

    private static int[] kmeans(int[][] idx, float[][] vec, int dim, int k, int iterations) {
        int n = vec.length;
        k = Math.min(k, n);
        float[][] cent = new float[k][dim];
        for (int c = 0; c < k; c++) {
            int w = (int) ((long) c * n / k);
            for (int j = 0; j < idx[w].length; j++) {
                cent[c][idx[w][j]] = vec[w][j];
            }
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                int best = 0;
                float bs = -1;
                for (int c = 0; c < k; c++) {
                    float s = 0;
                    float[] cc = cent[c];
                    for (int j = 0; j < idx[i].length; j++) {
                        s += cc[idx[i][j]] * vec[i][j];
                    }
                    if (s > bs) {
                        bs = s;
                        best = c;
                    }
                }
                assign[i] = best;
            }
            for (float[] cc : cent) {
                java.util.Arrays.fill(cc, 0f);
            }
            for (int i = 0; i < n; i++) {
                float[] cc = cent[assign[i]];
                for (int j = 0; j < idx[i].length; j++) {
                    cc[idx[i][j]] += vec[i][j];
                }
            }
            for (float[] cc : cent) {
                double norm = 0;
                for (float x : cc) {
                    norm += x * x;
                }
                norm = Math.sqrt(Math.max(norm, 1e-12));
                for (int j = 0; j < dim; j++) {
                    cc[j] /= (float) norm;
                }
            }
        }
        return assign;
    }
}
