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

    private NerTagger(List<String> labels, Map<String, float[]> weights, NerFeatures features) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.features = features;
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
