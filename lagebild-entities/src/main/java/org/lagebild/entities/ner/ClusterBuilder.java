package org.lagebild.entities.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Builds the {@link WordClusters} table from raw German text:
 * {@code ClusterBuilder --out FILE CORPUS_FILE_OR_DIR…}. Reads plain text and CSV (XML tags such as
 * TimeML's are dropped), SpkAtt-style JSON (the strings of its "Tokens" arrays) and gzip of either.
 * Deterministic (fixed seed, files in sorted order). Run by hand, never by the build.
 */
public final class ClusterBuilder {
    /** The command that made the bundled table (paths relative to the repository root). */
    static final String COMMAND = "java -cp lagebild-entities/target/classes org.lagebild.entities.ner.ClusterBuilder"
            + " --out lagebild-entities/src/main/resources/org/lagebild/entities/ner/word-clusters.tsv"
            + " ../shared/data/10kgnad/test.csv ../shared/data/semeval2023t3-de-news/train ../shared/data/spkatt2023-de-news-quotes"
            + " ../shared/data/spkatt2023-de-parliament-gepade ../shared/data/ler-legal-ner-de/timeml ../shared/data/wikiwarsde-timex";
    private static final int CONTEXT_WORDS = 1000;
    private static final int[] OFFSETS = {-2, -1, 1, 2};
    private static final int[] SPLITS = {32, 8, 8};
    private static final int MIN_COUNT = 3;
    private static final Pattern JSON_TOKENS = Pattern.compile("\"Tokens\"\\s*:\\s*\\[(.*?)\\]", Pattern.DOTALL);
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,500}>");

    private ClusterBuilder() {
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
            throw new IllegalArgumentException("usage: ClusterBuilder --out FILE CORPUS_FILE_OR_DIR…");
        }
        List<String[]> sentences = new ArrayList<>();
        for (Path p : inputs) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(p)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                sentences.addAll(read(f));
            }
        }
        String table = build(sentences, inputs);
        Files.writeString(out, table, StandardCharsets.UTF_8);
    }

    /** Token sequences (one per line or JSON sentence) of one corpus file. */
    static List<String[]> read(Path f) throws IOException {
        String name = f.getFileName().toString();
        String text;
        try (InputStream raw = Files.newInputStream(f); InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> out = new ArrayList<>();
        if (name.endsWith(".json") || name.endsWith(".json.gz")) {
            Matcher m = JSON_TOKENS.matcher(text);
            while (m.find()) {
                List<String> toks = new ArrayList<>();
                Matcher s = JSON_STRING.matcher(m.group(1));
                while (s.find()) {
                    toks.add(s.group(1).replace("\\\"", "\""));
                }
                out.add(toks.toArray(String[]::new));
            }
            return out;
        }
        for (String line : TAG.matcher(text).replaceAll(" ").split("\n")) {
            List<String> toks = tokens(line);
            if (!toks.isEmpty()) {
                out.add(toks.toArray(String[]::new));
            }
        }
        return out;
    }

    /** Letter-or-digit runs (with inner hyphens) and single other characters, case kept. */
    static List<String> tokens(String text) {
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
                out.add(text.substring(s, i));
            } else {
                if (!Character.isWhitespace(c)) {
                    out.add(String.valueOf(c));
                }
                i++;
            }
        }
        return out;
    }

    private static boolean sentenceStart(String[] s, int i) {
        if (i == 0) {
            return true;
        }
        String p = s[i - 1];
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals(":") || p.equals("\"") || p.equals("„")
                || p.equals("“") || p.equals("«") || p.equals("»") || p.equals("(") || p.equals("-");
    }

    /** The table text: header, then word, three cluster paths, log2 frequency, capitalisation bucket. */
    static String build(List<String[]> sentences, List<Path> inputs) {
        Map<String, Integer> freq = new HashMap<>();
        Map<String, int[]> caps = new HashMap<>();
        long tokens = 0;
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                String lw = s[i].toLowerCase(Locale.ROOT);
                freq.merge(lw, 1, Integer::sum);
                tokens++;
                if (!sentenceStart(s, i) && Character.isLetter(s[i].charAt(0))) {
                    int[] c = caps.computeIfAbsent(lw, z -> new int[2]);
                    c[0]++;
                    if (Character.isUpperCase(s[i].charAt(0))) {
                        c[1]++;
                    }
                }
            }
        }
        List<String> byFreq = new ArrayList<>(freq.keySet());
        byFreq.sort((a, b) -> freq.get(b).equals(freq.get(a)) ? a.compareTo(b) : freq.get(b) - freq.get(a));
        int nctx = Math.min(CONTEXT_WORDS, byFreq.size());
        Map<String, Integer> ctx = new HashMap<>();
        for (int i = 0; i < nctx; i++) {
            ctx.put(byFreq.get(i), i);
        }
        List<String> vocab = new ArrayList<>();
        Map<String, Integer> vidx = new HashMap<>();
        for (String w : byFreq) {
            if (freq.get(w) >= MIN_COUNT && Character.isLetter(w.charAt(0))) {
                vidx.put(w, vocab.size());
                vocab.add(w);
            }
        }
        int dims = OFFSETS.length * nctx;
        // co-occurrence pairs packed as (word << 32 | dimension), sorted and counted
        long[] pairs = new long[1 << 20];
        int np = 0;
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer v = vidx.get(s[i].toLowerCase(Locale.ROOT));
                if (v == null) {
                    continue;
                }
                for (int o = 0; o < OFFSETS.length; o++) {
                    int j = i + OFFSETS[o];
                    String cw = j < 0 ? "<s>" : j >= s.length ? "</s>" : s[j].toLowerCase(Locale.ROOT);
                    Integer c = ctx.get(cw);
                    if (c == null) {
                        continue;
                    }
                    if (np == pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[np++] = ((long) v << 32) | (o * nctx + c);
                }
            }
        }
        Arrays.sort(pairs, 0, np);
        double[] colSum = new double[dims];
        double[] rowSum = new double[vocab.size()];
        double total = 0;
        for (int i = 0; i < np; i++) {
            colSum[(int) pairs[i]]++;
            rowSum[(int) (pairs[i] >>> 32)]++;
            total++;
        }
        double colTotal = 0;
        for (int d = 0; d < dims; d++) {
            colSum[d] = Math.pow(colSum[d], 0.75); // context distribution smoothing
            colTotal += colSum[d];
        }
        int[][] idx = new int[vocab.size()][];
        float[][] vec = new float[vocab.size()][];
        List<int[]> rowIdx = new ArrayList<>();
        for (int i = 0; i < np; ) {
            int w = (int) (pairs[i] >>> 32);
            int j = i;
            List<Integer> ds = new ArrayList<>();
            List<Float> vs = new ArrayList<>();
            while (j < np && (int) (pairs[j] >>> 32) == w) {
                int d = (int) pairs[j];
                int k = j;
                while (k < np && pairs[k] == pairs[j]) {
                    k++;
                }
                double pmi = Math.log((k - j) / rowSum[w] / (colSum[d] / colTotal));
                if (pmi > 0) {
                    ds.add(d);
                    vs.add((float) pmi);
                }
                j = k;
            }
            idx[w] = ds.stream().mapToInt(Integer::intValue).toArray();
            vec[w] = new float[vs.size()];
            double norm = 0;
            for (int k = 0; k < vs.size(); k++) {
                vec[w][k] = vs.get(k);
                norm += vs.get(k) * vs.get(k);
            }
            norm = Math.sqrt(Math.max(norm, 1e-12));
            for (int k = 0; k < vec[w].length; k++) {
                vec[w][k] /= (float) norm;
            }
            i = j;
        }
        for (int w = 0; w < vocab.size(); w++) {
            if (idx[w] == null) {
                idx[w] = new int[0];
                vec[w] = new float[0];
            }
        }
        String[][] levels = new String[SPLITS.length][vocab.size()];
        int[] all = IntStream.range(0, vocab.size()).toArray();
        split(all, 0, "", idx, vec, dims, levels, new Random(17));
        StringBuilder sb = new StringBuilder();
        sb.append("# word clusters by ClusterBuilder from ").append(tokens).append(" tokens of raw German text (PPMI of the ")
                .append(nctx).append(" most frequent words at offsets -2 -1 +1 +2, spherical k-means top-down ")
                .append(Arrays.toString(SPLITS)).append("); inputs:");
        for (Path p : inputs) {
            sb.append(' ').append(p.getFileName());
        }
        sb.append("\n# columns: word (lower case), coarse, middle and fine cluster path, floor(log2 frequency), "
                + "capitalised share inside a sentence (0: under 10 %, 1: under 50 %, 2: under 90 %, 3: under 99 %, 4: rest)\n");
        sb.append("word\tcoarse\tmiddle\tfine\tfreq_bucket\tcap\n");
        for (int i = 0; i < vocab.size(); i++) {
            String w = vocab.get(i);
            int[] c = caps.get(w);
            double share = c == null || c[0] == 0 ? -1 : (double) c[1] / c[0];
            String cap = share < 0 ? "?" : share < 0.1 ? "0" : share < 0.5 ? "1" : share < 0.9 ? "2" : share < 0.99 ? "3" : "4";
            sb.append(w).append('\t').append(levels[0][i]).append('\t').append(levels[1][i]).append('\t').append(levels[2][i])
                    .append('\t').append(31 - Integer.numberOfLeadingZeros(freq.get(w))).append('\t').append(cap).append('\n');
        }
        System.err.println("vocabulary " + vocab.size() + " words from " + tokens + " tokens");
        return sb.toString();
    }

    private static void split(int[] members, int level, String prefix, int[][] idx, float[][] vec, int dims, String[][] levels,
            Random rnd) {
        if (level == SPLITS.length) {
            return;
        }
        int[] assign = kmeans(members, Math.min(SPLITS[level], members.length), idx, vec, dims, rnd);
        int k = Arrays.stream(assign).max().orElse(-1) + 1;
        for (int c = 0; c < k; c++) {
            final int cc = c;
            int[] sub = IntStream.range(0, members.length).filter(i -> assign[i] == cc).map(i -> members[i]).toArray();
            String p = prefix.isEmpty() ? String.valueOf(c) : prefix + "." + c;
            for (int w : sub) {
                levels[level][w] = p;
            }
            split(sub, level + 1, p, idx, vec, dims, levels, rnd);
        }
    }

    /** Spherical k-means over the given words; returns a cluster per member. */
    private static int[] kmeans(int[] members, int k, int[][] idx, float[][] vec, int dims, Random rnd) {
        int n = members.length;
        int[] assign = new int[n];
        if (k <= 1) {
            return assign;
        }
        float[][] cent = new float[k][dims];
        for (int c = 0; c < k; c++) {
            int w = members[rnd.nextInt(n)];
            for (int j = 0; j < idx[w].length; j++) {
                cent[c][idx[w][j]] += vec[w][j];
            }
        }
        for (int it = 0; it < 10; it++) {
            IntStream.range(0, n).parallel().forEach(i -> {
                int w = members[i];
                int best = 0;
                float bs = -1;
                for (int c = 0; c < cent.length; c++) {
                    float s = 0;
                    float[] cc = cent[c];
                    for (int j = 0; j < idx[w].length; j++) {
                        s += cc[idx[w][j]] * vec[w][j];
                    }
                    if (s > bs) {
                        bs = s;
                        best = c;
                    }
                }
                assign[i] = best;
            });
            for (float[] cc : cent) {
                Arrays.fill(cc, 0f);
            }
            for (int i = 0; i < n; i++) {
                int w = members[i];
                float[] cc = cent[assign[i]];
                for (int j = 0; j < idx[w].length; j++) {
                    cc[idx[w][j]] += vec[w][j];
                }
            }
            for (float[] cc : cent) {
                double norm = 0;
                for (float x : cc) {
                    norm += x * x;
                }
                norm = Math.sqrt(Math.max(norm, 1e-12));
                for (int j = 0; j < dims; j++) {
                    cc[j] /= (float) norm;
                }
            }
        }
        // renumber clusters by first appearance (frequency order) so the paths are stable and dense
        int[] map = new int[k];
        Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            if (map[assign[i]] < 0) {
                map[assign[i]] = next++;
            }
            assign[i] = map[assign[i]];
        }
        return assign;
    }
}
