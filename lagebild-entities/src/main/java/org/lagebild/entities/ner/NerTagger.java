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
 * A statistical named-entity tagger: a structured averaged perceptron over word, shape, affix,
 * word-cluster, gazetteer and cue features with first-order Viterbi decoding under BIO constraints. In: a tokenised sentence;
 * out: one BIO label per token (GermEval 2014 outer-level labels: PER, LOC, ORG, OTH and their
 * {@code deriv}/{@code part} variants). The bundled model ({@link #load()}) was trained by
 * {@link NerTrainer}; see {@code ner-de.manifest.tsv} for data, command, date and scores.
 * Immutable after loading and thread-safe.
 */
public final class NerTagger {
    static final String RESOURCE = "/org/lagebild/entities/ner/ner-de.model.gz";
    /** Model file format: 2 = Viterbi model with the feature set of {@link NerFeatures} (three-level clusters). */
    static final int FORMAT = 2;
    private static volatile NerTagger bundled;

    private final List<String> labels;
    private final Map<String, float[]> weights;
    private final NerFeatures features;
    /** Whether label k may follow label p (index labels.size() = sentence start). */
    private final boolean[][] allowedAfter;
    /** {@link #weights} for lookups from a char buffer (the hot loop of {@link #tag}). */
    private final WeightIndex table;
    /** Weights of "t1=" + previous label, by previous label index (labels.size() = sentence start); null if absent. */
    private final float[][] t1;
    /**
     * The words of the model: every lower-cased word some {@link NerFeatures#WORD} feature or
     * "t1w" weight names. One lookup per token finds its word's features below.
     */
    private final CharKeyIndex words;
    /**
     * Per word of {@link #words}, {@link #PER_WORD} ints: the {@link WeightIndex} record + 1 (0 = the
     * model has no such feature) of each {@link NerFeatures#WORD} template with that word, of each
     * {@link NerFeatures#AFFIX} template with its affix, and of each {@link NerFeatures#CLUSTER} template
     * with its cluster value. A word outside {@link #words} has no feature of a WORD template; its affix
     * and cluster features are looked up by their text.
     */
    private final int[] wordRecords;
    private static final int PER_WORD = NerFeatures.WORD.length + NerFeatures.AFFIX.length + NerFeatures.CLUSTER.length;
    private static final int AFFIX_AT = NerFeatures.WORD.length;
    private static final int CLUSTER_AT = AFFIX_AT + NerFeatures.AFFIX.length;
    /**
     * Weights of "t1w=" + previous label + "|" + word, by word of {@link #words}, then by previous label
     * index (labels.size() = sentence start; null if absent), so a token needs one lookup, not one per label.
     */
    private final float[][][] t1w;
    /** The transition scores of a word without "t1w" weights (computed as {@link #decode} does). */
    private final float[][] t1Only;

    private NerTagger(List<String> labels, Map<String, float[]> weights, NerFeatures features) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.features = features;
        this.allowedAfter = allowedMatrix(this.labels);
        int nl = this.labels.size();
        this.table = new WeightIndex(weights);
        this.t1 = new float[nl + 1][];
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p <= nl; p++) {
            String label = p == nl ? "<s>" : this.labels.get(p);
            index.put(label, p);
            t1[p] = weights.get("t1=" + label);
        }
        Map<String, float[][]> byWord = new HashMap<>();
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            String k = e.getKey();
            int bar = k.indexOf('|');
            // labels contain no '|', so the first one ends the label and the rest is the word
            Integer p = k.startsWith("t1w=") && bar > 0 ? index.get(k.substring(4, bar)) : null;
            if (p != null) {
                byWord.computeIfAbsent(k.substring(bar + 1), x -> new float[nl + 1][])[p] = e.getValue();
            }
        }
        java.util.Set<String> vocabulary = new java.util.TreeSet<>(byWord.keySet());
        for (String k : weights.keySet()) {
            for (String template : NerFeatures.WORD) {
                if (k.startsWith(template)) {
                    vocabulary.add(k.substring(template.length()));
                }
            }
        }
        List<String> list = new ArrayList<>(vocabulary);
        this.words = new CharKeyIndex(list);
        this.t1w = new float[list.size()][][];
        this.wordRecords = new int[list.size() * PER_WORD];
        for (int e = 0; e < list.size(); e++) {
            String w = list.get(e);
            t1w[e] = byWord.get(w);
            for (int t = 0; t < NerFeatures.WORD.length; t++) {
                wordRecords[e * PER_WORD + t] = table.find(NerFeatures.WORD[t] + w) + 1;
            }
            for (int a = 0; a < NerFeatures.AFFIX.length; a++) {
                String affix = NerFeatures.affix(a, w);
                wordRecords[e * PER_WORD + AFFIX_AT + a] = affix == null ? 0 : table.find(NerFeatures.AFFIX[a] + affix) + 1;
            }
            String[] c = features.clusterOf(w);
            for (int t = 0; t < NerFeatures.CLUSTER.length; t++) {
                wordRecords[e * PER_WORD + CLUSTER_AT + t] = table.find(NerFeatures.CLUSTER[t] + NerFeatures.clusterValue(t, c)) + 1;
            }
        }
        this.t1Only = new float[nl + 1][nl];
        for (int p = 0; p <= nl; p++) {
            for (int k = 0; k < nl; k++) {
                t1Only[p][k] = (t1[p] == null ? 0f : t1[p][k]) + 0f; // as decode adds a missing t1w weight
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

    /** One BIO label per token; linear in the number of tokens. */
    public List<String> tag(List<String> tokens) {
        int nl = labels.size();
        String[] lower = NerFeatures.lower(tokens);
        float[][] em = new float[tokens.size()][nl];
        int[] word = new int[lower.length];
        for (int i = 0; i < lower.length; i++) {
            word[i] = words.indexOf(lower[i]);
        }
        features.extract(tokens, lower, new Scorer(em, lower, word));
        float[][] view = new float[nl + 1][];
        int[] best = viterbi(em, allowedAfter, (i, t) -> {
            float[][] rows = word[i] < 0 ? null : t1w[word[i]];
            if (rows == null) {
                return t1Only;
            }
            // a word has "t1w" weights after a few previous labels only: the other rows are those of t1Only
            for (int p = 0; p <= nl; p++) {
                float[] a = t1[p];
                float[] b = rows[p];
                if (b == null) {
                    view[p] = t1Only[p];
                    continue;
                }
                for (int k = 0; k < nl; k++) {
                    t[p][k] = (a == null ? 0f : a[k]) + b[k];
                }
                view[p] = t[p];
            }
            return view;
        });
        List<String> out = new ArrayList<>(best.length);
        for (int k : best) {
            out.add(labels.get(k));
        }
        return out;
    }

    /** The labels {@link #decode} gives with the string features: the reference path {@link #tag} must agree with. */
    List<String> tagReference(List<String> tokens) {
        int[] best = decode(tokens, features.extract(tokens), weights, labels, allowedAfter);
        List<String> out = new ArrayList<>(best.length);
        for (int k : best) {
            out.add(labels.get(k));
        }
        return out;
    }

    /**
     * Adds the weights of each feature to its token's row of emission scores, in feature order (the
     * same sums as {@link #emissions}), spelling each feature into a reused buffer instead of a String.
     */
    private final class Scorer implements NerFeatures.Sink {
        private final float[][] em;
        private final String[] lower;
        /** Per token, its word's position in {@link #words}, or -1. */
        private final int[] word;
        private float[] row;
        private char[] buf = new char[64];
        private int len;

        Scorer(float[][] em, String[] lower, int[] word) {
            this.em = em;
            this.lower = lower;
            this.word = word;
        }

        @Override
        public void word(int template, int j) {
            // a word outside the vocabulary has no feature of these templates
            int e = word[j];
            int record = e < 0 ? 0 : wordRecords[e * PER_WORD + template];
            if (record > 0) {
                table.addRecord(record - 1, row);
            }
        }

        @Override
        public void affix(int a, int i) {
            int e = word[i];
            if (e >= 0) {
                int record = wordRecords[e * PER_WORD + AFFIX_AT + a];
                if (record > 0) {
                    table.addRecord(record - 1, row);
                }
                return;
            }
            add(NerFeatures.AFFIX[a], NerFeatures.affix(a, lower[i]));
        }

        @Override
        public void cluster(int template, int j, String[] c) {
            int e = word[j];
            if (e >= 0) {
                int record = wordRecords[e * PER_WORD + CLUSTER_AT + template];
                if (record > 0) {
                    table.addRecord(record - 1, row);
                }
                return;
            }
            add(NerFeatures.CLUSTER[template], NerFeatures.clusterValue(template, c));
        }

        @Override
        public void token(int i) {
            row = em[i];
        }

        @Override
        public void add(String f) {
            len = 0;
            put(f, 0, f.length());
            score();
        }

        @Override
        public void add(String prefix, String value) {
            len = 0;
            put(prefix, 0, prefix.length());
            put(value, 0, value.length());
            score();
        }

        @Override
        public void add(String prefix, String a, String b) {
            len = 0;
            put(prefix, 0, prefix.length());
            put(a, 0, a.length());
            put("|", 0, 1);
            put(b, 0, b.length());
            score();
        }

        @Override
        public void add(String prefix, String s, int from, int to) {
            len = 0;
            put(prefix, 0, prefix.length());
            put(s, from, to);
            score();
        }

        private void put(String s, int from, int to) {
            if (from < 0 || to > s.length() || from > to) {
                throw new StringIndexOutOfBoundsException("begin " + from + ", end " + to + ", length " + s.length());
            }
            int need = len + to - from;
            if (need > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(need, 2 * buf.length));
            }
            s.getChars(from, to, buf, len);
            len = need;
        }

        private void score() {
            table.addTo(buf, len, row);
        }
    }

    /** Observation scores of every label at every token. */
    private static float[][] emissions(List<List<String>> obs, Map<String, float[]> w, int nl) {
        float[][] em = new float[obs.size()][nl];
        for (int i = 0; i < obs.size(); i++) {
            for (String f : obs.get(i)) {
                float[] x = w.get(f);
                if (x != null) {
                    for (int k = 0; k < nl; k++) {
                        em[i][k] += x[k];
                    }
                }
            }
        }
        return em;
    }

    /** Label-history features of token {@code i} given the previous label (or "&lt;s&gt;"). */
    static List<String> history(String prev, String lowerToken) {
        return List.of("t1=" + prev, "t1w=" + prev + "|" + lowerToken);
    }

    /** Best allowed label sequence (first-order Viterbi) under the given weights. */
    static int[] decode(List<String> tokens, List<List<String>> obs, Map<String, float[]> w, List<String> labels, boolean[][] allowed) {
        int nl = labels.size();
        float[][] em = emissions(obs, w, nl);
        float[][] tr = new float[nl + 1][nl];
        float[][] t1 = new float[nl + 1][];
        for (int p = 0; p <= nl; p++) {
            t1[p] = w.get("t1=" + (p == nl ? "<s>" : labels.get(p)));
        }
        return viterbi(em, allowed, (i, t) -> {
            String lw = tokens.get(i).toLowerCase(Locale.ROOT);
            for (int p = 0; p <= nl; p++) {
                float[] a = t1[p];
                float[] b = w.get("t1w=" + (p == nl ? "<s>" : labels.get(p)) + "|" + lw);
                for (int k = 0; k < nl; k++) {
                    t[p][k] = (a == null ? 0f : a[k]) + (b == null ? 0f : b[k]);
                }
            }
            return t;
        });
    }

    /**
     * The transition scores t[previous label][label] of token i (previous index nl = sentence start):
     * either {@code scratch}, filled, or a matrix the caller shares between tokens (not to be changed).
     */
    interface Transitions {
        float[][] at(int i, float[][] scratch);
    }

    /**
     * First-order Viterbi over emission scores {@code em[i][k]} and per-token transition scores; only
     * transitions allowed by {@code allowed[p][k]} are considered. Linear in the sentence length.
     */
    static int[] viterbi(float[][] em, boolean[][] allowed, Transitions transitions) {
        int n = em.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        int nl = em[0].length;
        float[][] scratch = new float[nl + 1][nl];
        int[][] back = new int[n][nl];
        float[] prev = new float[nl];
        float[] cur = new float[nl];
        float[][] t = transitions.at(0, scratch);
        for (int k = 0; k < nl; k++) {
            prev[k] = allowed[nl][k] ? em[0][k] + t[nl][k] : Float.NEGATIVE_INFINITY;
        }
        float[] top = new float[nl];
        for (int i = 1; i < n; i++) {
            t = transitions.at(i, scratch);
            int[] arg = back[i];
            java.util.Arrays.fill(top, Float.NEGATIVE_INFINITY);
            // previous labels in ascending order for every label at once, a strictly better score
            // replacing: the same choice as scanning each label's predecessors in ascending order
            for (int p = 0; p < nl; p++) {
                float pp = prev[p];
                if (pp == Float.NEGATIVE_INFINITY) {
                    continue;
                }
                float[] tp = t[p];
                boolean[] ok = allowed[p];
                for (int k = 0; k < nl; k++) {
                    float s = pp + tp[k];
                    if (ok[k] && s > top[k]) {
                        top[k] = s;
                        arg[k] = p;
                    }
                }
            }
            float[] e = em[i];
            for (int k = 0; k < nl; k++) {
                cur[k] = top[k] + e[k];
            }
            float[] x = prev;
            prev = cur;
            cur = x;
        }
        int best = 0;
        for (int k = 1; k < nl; k++) {
            if (prev[k] > prev[best]) {
                best = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = best;
            best = back[i][best];
        }
        return out;
    }

    private static boolean[][] allowedMatrix(List<String> labels) {
        int nl = labels.size();
        boolean[][] ok = new boolean[nl + 1][nl];
        for (int p = 0; p <= nl; p++) {
            for (int k = 0; k < nl; k++) {
                ok[p][k] = allowed(p == nl ? "<s>" : labels.get(p), labels.get(k));
            }
        }
        return ok;
    }

    /** I-X may only follow B-X or I-X. */
    static boolean allowed(String prev, String label) {
        if (!label.startsWith("I-")) {
            return true;
        }
        return prev.length() > 2 && prev.substring(2).equals(label.substring(2));
    }

    // ---- training ----

    /**
     * Trains a tagger as a structured perceptron: {@code epochs} passes in shuffled order (seeded),
     * Viterbi decoding, weights averaged.
     */
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
        boolean[][] ok = allowedMatrix(labels);
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
        for (int ep = 0; ep < epochs; ep++) {
            java.util.Collections.shuffle(order, rnd);
            for (int si : order) {
                NerSentence s = data.get(si);
                List<List<String>> o = obs.get(si);
                int[] pred = decode(s.tokens(), o, w, labels, ok);
                for (int i = 0; i < pred.length; i++) {
                    int gold = labelIdx.get(s.labels().get(i));
                    if (s.accepts(labels.get(gold), labels.get(pred[i]))) {
                        pred[i] = gold; // an unannotated type in a partially annotated corpus: no error
                    }
                }
                for (int i = 0; i < pred.length; i++) {
                    int gold = labelIdx.get(s.labels().get(i));
                    int gp = i > 0 ? labelIdx.get(s.labels().get(i - 1)) : nl;
                    int pp = i > 0 ? pred[i - 1] : nl;
                    if (gold != pred[i]) {
                        for (String f : o.get(i)) {
                            update(w, u, f, nl, gold, pred[i], c);
                        }
                    }
                    if (gold != pred[i] || gp != pp) {
                        String lw = s.tokens().get(i).toLowerCase(Locale.ROOT);
                        List<String> hg = history(gp == nl ? "<s>" : labels.get(gp), lw);
                        List<String> hp = history(pp == nl ? "<s>" : labels.get(pp), lw);
                        for (int h = 0; h < hg.size(); h++) {
                            update(w, u, hg.get(h), nl, gold, -1, c);
                            update(w, u, hp.get(h), nl, -1, pred[i], c);
                        }
                    }
                }
                c++;
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

    /** One perceptron step on feature f: +1 for label {@code up}, -1 for label {@code down} (-1: none). */
    private static void update(Map<String, float[]> w, Map<String, float[]> u, String f, int nl, int up, int down, int c) {
        float[] x = w.computeIfAbsent(f, z -> new float[nl]);
        float[] y = u.computeIfAbsent(f, z -> new float[nl]);
        if (up >= 0) {
            x[up] += 1;
            y[up] += c;
        }
        if (down >= 0) {
            x[down] -= 1;
            y[down] -= c;
        }
    }

    /** Writes the model as gzipped text: a format line, the labels, then "feature TAB label:weight …". */
    void write(OutputStream out) throws IOException {
        try (BufferedWriter wr = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            wr.write("# lagebild-ner-model\tformat=" + FORMAT + "\n");
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
        if (head == null || !head.equals("# lagebild-ner-model\tformat=" + FORMAT)) {
            throw new IOException("not a lagebild NER model of format " + FORMAT + " (retrain with NerTrainer): " + head);
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
