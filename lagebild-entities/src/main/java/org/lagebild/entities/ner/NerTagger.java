package org.lagebild.entities.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lagebild.entities.kb.KnowledgeBase;
import org.lagebild.entities.kb.KnowledgeBaseException;
import org.lagebild.entities.recognize.Cues;
import org.lagebild.entities.recognize.Gazetteer;

/**
 * A statistical named-entity tagger: an averaged perceptron over word, shape, affix, gazetteer and
 * cue features with greedy left-to-right decoding under BIO constraints. In: a tokenised sentence;
 * out: one BIO label per token (GermEval 2014 outer-level labels: PER, LOC, ORG, OTH and their
 * {@code deriv}/{@code part} variants). The bundled model ({@link #load()}) was trained by
 * {@link NerTrainer}; see {@code ner-de.manifest.tsv} for data, command, date and scores.
 * Immutable after loading and thread-safe.
 */
public final class NerTagger {
    static final String RESOURCE = "/org/lagebild/entities/ner/ner-de.model.gz";
    private static volatile NerTagger bundled;

    private final List<String> labels;
    private final Map<String, float[]> weights;
    private final NerFeatures features;
    /** The weights without their zero entries (adding 0 changes no score, so decoding is identical). */
    private final Map<String, float[]> sparse;
    private final float[] cBias;
    private final float[] cWm1;
    private final float[] cWp1;
    private final float[] cWm2;
    private final float[] cWp2;
    private final float[] cSm1;
    private final float[] cSp1;
    private final float[] cFirst;
    private final float[] cCcm1;
    private final float[] cCfm1;
    private final float[] cCcp1;
    private final float[] cCfp1;
    private final float[] cFn;
    private final float[] cLn;
    private final float[] cFnm1;
    private final float[] cTitlem1;
    private final float[] cOrgsufp1;
    private final float[] cNotname;
    /** Rows of "t1=" by previous label index (labels.size() = sentence start). */
    private final float[][] t1;
    /** Rows of "t2=" by [label two back][previous label]. */
    private final float[][][] t2;
    /** Rows of "t1w=" by lower-cased word, then previous label index; words without any are absent. */
    private final Map<String, float[][]> t1wByWord;
    private final float[][] noHistory;
    /** "s-1s=", "ss+1=", "w-1w=", "ww+1=" rows by left part, then right part (see {@link #pairIndex}). */
    private final Map<String, Map<String, float[]>> pS1s;
    private final Map<String, Map<String, float[]>> pSs1;
    private final Map<String, Map<String, float[]>> pW1w;
    private final Map<String, Map<String, float[]>> pWw1;
    /** Whether label k may follow label p (index labels.size() = sentence start). */
    private final boolean[][] allowedAfter;

    private NerTagger(List<String> labels, Map<String, float[]> weights, NerFeatures features) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.features = features;
        sparse = new HashMap<>(weights.size() * 2);
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            sparse.put(e.getKey(), sparseRow(e.getValue()));
        }
        cBias = sparse.get("b");
        cWm1 = sparse.get("w-1=<s>");
        cWp1 = sparse.get("w+1=</s>");
        cWm2 = sparse.get("w-2=<s>");
        cWp2 = sparse.get("w+2=</s>");
        cSm1 = sparse.get("s-1=<s>");
        cSp1 = sparse.get("s+1=</s>");
        cFirst = sparse.get("first");
        cCcm1 = sparse.get("cc-1=?");
        cCfm1 = sparse.get("cf-1=?");
        cCcp1 = sparse.get("cc1=?");
        cCfp1 = sparse.get("cf1=?");
        cFn = sparse.get("fn");
        cLn = sparse.get("ln");
        cFnm1 = sparse.get("fn-1");
        cTitlem1 = sparse.get("title-1");
        cOrgsufp1 = sparse.get("orgsuf+1");
        cNotname = sparse.get("notname");
        int nl = this.labels.size();
        t1 = new float[nl + 1][];
        t2 = new float[nl + 1][nl + 1][];
        allowedAfter = new boolean[nl + 1][nl];
        pS1s = pairIndex(sparse, "s-1s=");
        pSs1 = pairIndex(sparse, "ss+1=");
        pW1w = pairIndex(sparse, "w-1w=");
        pWw1 = pairIndex(sparse, "ww+1=");
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p <= nl; p++) {
            index.put(label(p), p);
        }
        noHistory = new float[nl + 1][];
        t1wByWord = new HashMap<>();
        for (Map.Entry<String, float[]> e : sparse.entrySet()) {
            String k = e.getKey();
            int bar = k.indexOf('|');
            if (k.startsWith("t1w=") && bar > 0) {
                Integer p = index.get(k.substring(4, bar));
                String word = k.substring(bar + 1);
                // only keys the tagger can produce: "t1w=" + label + "|" + word
                if (p != null && k.equals("t1w=" + label(p) + "|" + word)) {
                    t1wByWord.computeIfAbsent(word, z -> new float[nl + 1][])[p] = e.getValue();
                }
            }
        }
        for (int p = 0; p <= nl; p++) {
            t1[p] = sparse.get("t1=" + label(p));
            for (int q = 0; q <= nl; q++) {
                t2[q][p] = sparse.get("t2=" + label(q) + "|" + label(p));
            }
            for (int k = 0; k < nl; k++) {
                allowedAfter[p][k] = allowed(label(p), this.labels.get(k));
            }
        }
    }

    static NerFeatures defaultFeatures() {
        return new NerFeatures(Gazetteer.build(KnowledgeBase.load()), Cues.load(), WordClusters.load());
    }

    /** The bundled German model, loaded once. A missing model is a hard error. */
    public static NerTagger load() {
        NerTagger t = bundled;
        if (t == null) {
            synchronized (NerTagger.class) {
                t = bundled;
                if (t == null) {
                    InputStream in = NerTagger.class.getResourceAsStream(RESOURCE);
                    if (in == null) {
                        throw new KnowledgeBaseException(RESOURCE, 0, "NER model missing from the classpath (train it with NerTrainer)");
                    }
                    try (in) {
                        t = read(in, defaultFeatures());
                    } catch (IOException e) {
                        throw new KnowledgeBaseException(RESOURCE, "cannot read NER model", e);
                    }
                    bundled = t;
                }
            }
        }
        return t;
    }

    /** The labels this model predicts. */
    public List<String> labels() {
        return labels;
    }

    /** One BIO label per token. */
    public List<String> tag(List<String> tokens) {
        int n = tokens.size();
        int nl = labels.size();
        List<String> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        Rows[] w = new Rows[n];
        String[] folded = new String[n];
        for (int i = 0; i < n; i++) {
            w[i] = rows(tokens.get(i));
            folded[i] = w[i].word.folded;
        }
        String[] gaz = features.gazetteerTags(tokens);
        String[] geo = NerFeatures.geoTags(folded);
        float[] score = new float[nl];
        float[][] buf = new float[64][];
        int p1 = nl;
        int p2 = nl;
        for (int i = 0; i < n; i++) {
            Rows r = w[i];
            NerFeatures.Word x = r.word;
            int m = 0;
            buf[m++] = cBias;
            buf[m++] = r.w;
            buf[m++] = r.s;
            buf[m++] = i > 0 ? w[i - 1].wm1 : cWm1;
            buf[m++] = i + 1 < n ? w[i + 1].wp1 : cWp1;
            buf[m++] = i > 1 ? w[i - 2].wm2 : cWm2;
            buf[m++] = i + 2 < n ? w[i + 2].wp2 : cWp2;
            buf[m++] = i > 0 ? w[i - 1].sm1 : cSm1;
            buf[m++] = i + 1 < n ? w[i + 1].sp1 : cSp1;
            buf[m++] = pair(pS1s, i > 0 ? w[i - 1].word.shape : "<s>", x.shape);
            buf[m++] = pair(pSs1, x.shape, i + 1 < n ? w[i + 1].word.shape : "</s>");
            buf[m++] = pair(pW1w, i > 0 ? w[i - 1].word.lower : "<s>", x.lower);
            buf[m++] = pair(pWw1, x.lower, i + 1 < n ? w[i + 1].word.lower : "</s>");
            for (float[] a : r.affix) {
                buf[m++] = a;
            }
            if (i == 0) {
                buf[m++] = cFirst;
                buf[m++] = r.firstS;
            }
            for (float[] a : r.hyphen) {
                buf[m++] = a;
            }
            buf[m++] = i > 0 ? w[i - 1].ccm1 : cCcm1;
            buf[m++] = i > 0 ? w[i - 1].cfm1 : cCfm1;
            buf[m++] = r.cc0;
            buf[m++] = r.cf0;
            if (x.cluster != null) {
                buf[m++] = r.cfs;
            }
            buf[m++] = i + 1 < n ? w[i + 1].ccp1 : cCcp1;
            buf[m++] = i + 1 < n ? w[i + 1].cfp1 : cCfp1;
            if (gaz[i] != null) {
                buf[m++] = sparse.get("g=" + gaz[i]);
                buf[m++] = sparse.get("gs=" + gaz[i] + "|" + x.shape);
            }
            buf[m++] = sparse.get("g-1=" + (i > 0 && gaz[i - 1] != null ? gaz[i - 1] : "-"));
            buf[m++] = sparse.get("g+1=" + (i + 1 < n && gaz[i + 1] != null ? gaz[i + 1] : "-"));
            if (x.firstName) {
                buf[m++] = cFn;
            }
            if (geo[i] != null) {
                buf[m++] = sparse.get("geo=" + geo[i]);
                buf[m++] = sparse.get("geos=" + geo[i] + "|" + x.shape);
            }
            if (x.surname) {
                buf[m++] = cLn;
            }
            if (i > 0 && w[i - 1].word.firstName) {
                buf[m++] = cFnm1;
            }
            if (i > 0 && w[i - 1].word.title) {
                buf[m++] = cTitlem1;
            }
            if (i + 1 < n && w[i + 1].word.orgSuffix) {
                buf[m++] = cOrgsufp1;
            }
            if (x.notName) {
                buf[m++] = cNotname;
            }
            buf[m++] = t1[p1];
            buf[m++] = t2[p2][p1];
            buf[m++] = r.t1w[p1];
            java.util.Arrays.fill(score, 0f);
            for (int f = 0; f < m; f++) {
                float[] a = buf[f];
                if (a != null) {
                    for (int j = 0; j < a.length; j += 2) {
                        score[(int) a[j]] += a[j + 1];
                    }
                }
            }
            int best = -1;
            boolean[] ok = allowedAfter[p1];
            for (int k = 0; k < nl; k++) {
                if (ok[k] && (best < 0 || score[k] > score[best])) {
                    best = k;
                }
            }
            out.add(labels.get(best));
            p2 = p1;
            p1 = best;
        }
        return out;
    }

    /** Weight rows of one token's word-only features, computed once per distinct token string. */
    private static final class Rows {
        final NerFeatures.Word word;
        final float[] w;
        final float[] s;
        final float[] wm1;
        final float[] wp1;
        final float[] wm2;
        final float[] wp2;
        final float[] sm1;
        final float[] sp1;
        final float[][] affix;
        final float[] firstS;
        final float[][] hyphen;
        final float[] ccm1;
        final float[] cfm1;
        final float[] cc0;
        final float[] cf0;
        final float[] cfs;
        final float[] ccp1;
        final float[] cfp1;
        final float[][] t1w;

        Rows(String tok, NerTagger t) {
            Map<String, float[]> m = t.sparse;
            word = new NerFeatures.Word(tok, t.features);
            String lw = word.lower;
            String sh = word.shape;
            w = m.get("w=" + lw);
            s = m.get("s=" + sh);
            wm1 = m.get("w-1=" + lw);
            wp1 = m.get("w+1=" + lw);
            wm2 = m.get("w-2=" + lw);
            wp2 = m.get("w+2=" + lw);
            sm1 = m.get("s-1=" + sh);
            sp1 = m.get("s+1=" + sh);
            List<float[]> a = new ArrayList<>(8);
            for (int k = 1; k <= 4 && k < lw.length(); k++) {
                a.add(m.get("p" + k + "=" + lw.substring(0, k)));
                a.add(m.get("x" + k + "=" + lw.substring(lw.length() - k)));
            }
            affix = a.toArray(new float[0][]);
            firstS = m.get("first|s=" + sh);
            if (tok.indexOf('-') > 0) {
                int h = tok.indexOf('-');
                hyphen = new float[][] {m.get("h0=" + lw.substring(0, h)), m.get("hN=" + lw.substring(lw.lastIndexOf('-') + 1))};
            } else {
                hyphen = new float[0][];
            }
            String[] c = word.cluster;
            String c0 = c == null ? "?" : c[0];
            String c1 = c == null ? "?" : c[1];
            ccm1 = m.get("cc-1=" + c0);
            cfm1 = m.get("cf-1=" + c1);
            cc0 = m.get("cc0=" + c0);
            cf0 = m.get("cf0=" + c1);
            cfs = c == null ? null : m.get("cfs=" + c[1] + "|" + sh);
            ccp1 = m.get("cc1=" + c0);
            cfp1 = m.get("cf1=" + c1);
            float[][] hist = t.t1wByWord.get(lw);
            t1w = hist != null ? hist : t.noHistory;
        }
    }

    private static final int CACHE_LIMIT = 100_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Rows> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private Rows rows(String tok) {
        Rows r = cache.get(tok);
        if (r == null) {
            r = new Rows(tok, this);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            Rows had = cache.putIfAbsent(tok, r);
            if (had != null) {
                r = had;
            }
        }
        return r;
    }

    /**
     * Rows of features {@code prefix + a + "|" + b} indexed as a, then b. A key with several bars is
     * entered under every split, so {@code pair(index, a, b)} equals {@code sparse.get(prefix + a + "|" + b)}.
     */
    static Map<String, Map<String, float[]>> pairIndex(Map<String, float[]> weights, String prefix) {
        Map<String, Map<String, float[]>> out = new HashMap<>();
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            String k = e.getKey();
            if (!k.startsWith(prefix)) {
                continue;
            }
            String rest = k.substring(prefix.length());
            for (int bar = rest.indexOf('|'); bar >= 0; bar = rest.indexOf('|', bar + 1)) {
                out.computeIfAbsent(rest.substring(0, bar), z -> new HashMap<>()).put(rest.substring(bar + 1), e.getValue());
            }
        }
        return out;
    }

    private static float[] pair(Map<String, Map<String, float[]>> index, String a, String b) {
        Map<String, float[]> m = index.get(a);
        return m == null ? null : m.get(b);
    }

    /** The non-zero entries of one weight row, packed as label index, weight, label index, weight, … */
    static float[] sparseRow(float[] dense) {
        int n = 0;
        for (float x : dense) {
            if (x != 0f) {
                n++;
            }
        }
        float[] kv = new float[2 * n];
        int j = 0;
        for (int i = 0; i < dense.length; i++) {
            if (dense[i] != 0f) {
                kv[j++] = i;
                kv[j++] = dense[i];
            }
        }
        return kv;
    }

    /** Label of index {@code p}, or "&lt;s&gt;" for index {@code labels.size()}. */
    private String label(int p) {
        return p == labels.size() ? "<s>" : labels.get(p);
    }

    /** Reference implementation of {@link #tag}: feature strings looked up one by one (slow). */
    List<String> tagReference(List<String> tokens) {
        List<List<String>> obs = features.extract(tokens);
        List<String> out = new ArrayList<>(tokens.size());
        float[] score = new float[labels.size()];
        for (int i = 0; i < tokens.size(); i++) {
            java.util.Arrays.fill(score, 0f);
            String p1 = i > 0 ? out.get(i - 1) : "<s>";
            String p2 = i > 1 ? out.get(i - 2) : "<s>";
            for (String f : obs.get(i)) {
                add(score, f);
            }
            for (String f : history(p1, p2, tokens.get(i))) {
                add(score, f);
            }
            out.add(labels.get(bestAllowed(score, p1)));
        }
        return out;
    }

    private void add(float[] score, String f) {
        float[] w = weights.get(f);
        if (w != null) {
            for (int k = 0; k < score.length; k++) {
                score[k] += w[k];
            }
        }
    }

    static List<String> history(String p1, String p2, String token) {
        return List.of("t1=" + p1, "t2=" + p2 + "|" + p1, "t1w=" + p1 + "|" + token.toLowerCase(Locale.ROOT));
    }

    private int bestAllowed(float[] score, String prev) {
        int best = -1;
        for (int k = 0; k < score.length; k++) {
            if (!allowed(prev, labels.get(k))) {
                continue;
            }
            if (best < 0 || score[k] > score[best]) {
                best = k;
            }
        }
        return best;
    }

    /** I-X may only follow B-X or I-X. */
    static boolean allowed(String prev, String label) {
        if (!label.startsWith("I-")) {
            return true;
        }
        return prev.length() > 2 && prev.substring(2).equals(label.substring(2));
    }

    // ---- training ----

    /** Trains a tagger; {@code epochs} passes in shuffled order (seeded), weights averaged. */
    static NerTagger train(List<NerSentence> data, int epochs, long seed, NerFeatures features) {
        List<String> labels = new ArrayList<>();
        labels.add("O");
        for (NerSentence s : data) {
            for (String l : s.labels()) {
                if (!labels.contains(l)) {
                    labels.add(l);
                }
            }
        }
        int nl = labels.size();
        Map<String, Integer> labelIdx = new HashMap<>();
        for (int i = 0; i < nl; i++) {
            labelIdx.put(labels.get(i), i);
        }
        List<List<List<String>>> obs = new ArrayList<>(data.size());
        for (NerSentence s : data) {
            obs.add(features.extract(s.tokens()));
        }
        Map<String, float[]> w = new HashMap<>();
        Map<String, float[]> u = new HashMap<>();
        int c = 1;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(seed);
        float[] score = new float[nl];
        for (int ep = 0; ep < epochs; ep++) {
            java.util.Collections.shuffle(order, rnd);
            for (int si : order) {
                NerSentence s = data.get(si);
                List<List<String>> o = obs.get(si);
                List<String> pred = new ArrayList<>();
                for (int i = 0; i < s.tokens().size(); i++) {
                    String p1 = i > 0 ? pred.get(i - 1) : "<s>";
                    String p2 = i > 1 ? pred.get(i - 2) : "<s>";
                    List<String> feats = new ArrayList<>(o.get(i));
                    feats.addAll(history(p1, p2, s.tokens().get(i)));
                    java.util.Arrays.fill(score, 0f);
                    for (String f : feats) {
                        float[] x = w.get(f);
                        if (x != null) {
                            for (int k = 0; k < nl; k++) {
                                score[k] += x[k];
                            }
                        }
                    }
                    int best = -1;
                    for (int k = 0; k < nl; k++) {
                        if (allowed(p1, labels.get(k)) && (best < 0 || score[k] > score[best])) {
                            best = k;
                        }
                    }
                    int gold = labelIdx.get(s.labels().get(i));
                    if (best != gold) {
                        for (String f : feats) {
                            float[] x = w.computeIfAbsent(f, z -> new float[nl]);
                            float[] y = u.computeIfAbsent(f, z -> new float[nl]);
                            x[gold] += 1;
                            x[best] -= 1;
                            y[gold] += c;
                            y[best] -= c;
                        }
                    }
                    // train on the model's own history, as it will decode
                    pred.add(labels.get(best));
                    c++;
                }
            }
        }
        Map<String, float[]> avg = new HashMap<>();
        for (Map.Entry<String, float[]> e : w.entrySet()) {
            float[] x = e.getValue();
            float[] y = u.get(e.getKey());
            float[] a = new float[nl];
            boolean any = false;
            for (int k = 0; k < nl; k++) {
                a[k] = x[k] - y[k] / c;
                if (Math.abs(a[k]) >= 1e-3f) {
                    any = true;
                }
            }
            if (any) {
                avg.put(e.getKey(), a);
            }
        }
        return new NerTagger(labels, avg, features);
    }

    /** Writes the model as gzipped text: a format line, the labels, then "feature TAB label:weight …". */
    void write(OutputStream out) throws IOException {
        try (BufferedWriter wr = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            wr.write("# lagebild-ner-model\tformat=1\n");
            wr.write(String.join("\t", labels));
            wr.write('\n');
            List<String> keys = new ArrayList<>(weights.keySet());
            java.util.Collections.sort(keys);
            for (String k : keys) {
                float[] a = weights.get(k);
                StringBuilder b = new StringBuilder(k.replace('\t', ' ').replace('\n', ' '));
                b.append('\t');
                boolean first = true;
                for (int i = 0; i < a.length; i++) {
                    if (Math.abs(a[i]) >= 1e-3f) {
                        if (!first) {
                            b.append(' ');
                        }
                        b.append(i).append(':').append(String.format(Locale.ROOT, "%.3f", a[i]));
                        first = false;
                    }
                }
                wr.write(b.append('\n').toString());
            }
        }
    }

    static NerTagger read(InputStream in, NerFeatures features) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        String head = r.readLine();
        if (head == null || !head.startsWith("# lagebild-ner-model\tformat=1")) {
            throw new IOException("not a lagebild NER model (format=1): " + head);
        }
        List<String> labels = List.of(r.readLine().split("\t"));
        Map<String, float[]> w = new HashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            int tab = line.indexOf('\t');
            float[] a = new float[labels.size()];
            for (String p : line.substring(tab + 1).split(" ")) {
                if (p.isEmpty()) {
                    continue;
                }
                int colon = p.indexOf(':');
                a[Integer.parseInt(p.substring(0, colon))] = Float.parseFloat(p.substring(colon + 1));
            }
            w.put(line.substring(0, tab), a);
        }
        return new NerTagger(labels, w, features);
    }
}
