package org.lagebild.annotate.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Stage;
import org.lagebild.annotate.internal.Tsv;
import org.lagebild.model.Document;
import org.lagebild.model.Layer;

/**
 * Identifies the language of an article's clean text and stores it with
 * {@link Document#withLanguage}: an ISO 639-1 code and a confidence in {@code [0, 1]}, or "und"
 * when the text is too short or has no letters (then the article's declared language is used if
 * it has one). Scores each language by character trigram log-probabilities
 * ({@code trigrams.tsv}) plus the share of its function words ({@code stopwords.tsv}); looks at
 * most at the first {@value #MAX_CHARS} chars. Immutable and thread-safe; data is loaded once in
 * the constructor.
 */
public final class LanguageIdentifier implements Stage {

    /** Stage name recorded in provenance. */
    public static final String NAME = "language";
    /** Only this many leading chars of a text are looked at. */
    public static final int MAX_CHARS = 6000;
    /** Fewer letters than this: undetermined (or the declared language). */
    public static final int MIN_LETTERS = 12;

    private static final double FLOOR = -9.0;
    private static final double STOP_WEIGHT = 4.0;

    private final String[] languages;
    private final LongIntMap trigramIndex;
    /** At {@code index * languages + language}: log-probability minus {@link #FLOOR} (0 when unseen). */
    private final float[] trigramGain;
    private final WordTable stopWords;

    /** Loads the bundled profiles; a missing or malformed data file throws. */
    public LanguageIdentifier() {
        Tsv trig = Tsv.load(LanguageIdentifier.class, "trigrams.tsv", "lang", "trigram", "logprob");
        Map<String, Integer> langIndex = new LinkedHashMap<>();
        for (Tsv.Row r : trig.rows()) {
            langIndex.putIfAbsent(r.get(0), langIndex.size());
        }
        languages = langIndex.keySet().toArray(new String[0]);
        Map<Long, float[]> gains = new LinkedHashMap<>();
        for (Tsv.Row r : trig.rows()) {
            String t = r.get(1);
            if (t.equals("<unk>")) {
                continue;
            }
            if (t.length() != 3) {
                throw new IllegalStateException(trig.resource() + ":" + r.line() + ": trigram '" + t + "' is not 3 chars");
            }
            t = t.replace('_', ' ');
            long key = TextFeatures.pack(t.charAt(0), t.charAt(1), t.charAt(2));
            float[] g = gains.computeIfAbsent(key, k -> new float[languages.length]);
            g[langIndex.get(r.get(0))] = (float) (Double.parseDouble(r.get(2)) - FLOOR);
        }
        long[] keys = new long[gains.size()];
        int[] vals = new int[gains.size()];
        trigramGain = new float[gains.size() * languages.length];
        int i = 0;
        for (Map.Entry<Long, float[]> e : gains.entrySet()) {
            keys[i] = e.getKey();
            vals[i] = i;
            System.arraycopy(e.getValue(), 0, trigramGain, i * languages.length, languages.length);
            i++;
        }
        trigramIndex = new LongIntMap(keys, vals);

        Tsv stop = Tsv.load(LanguageIdentifier.class, "stopwords.tsv", "lang", "word");
        Map<String, List<Integer>> owners = new HashMap<>();
        for (Tsv.Row r : stop.rows()) {
            Integer li = langIndex.get(r.get(0));
            if (li == null) {
                throw new IllegalStateException(stop.resource() + ":" + r.line() + ": language " + r.get(0) + " has no trigram profile");
            }
            List<Integer> l = owners.computeIfAbsent(r.get(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            if (!l.contains(li)) {
                l.add(li);
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        owners.forEach((w, ls) -> {
            float[] v = new float[languages.length];
            ls.forEach(li -> v[li] = 1f / ls.size());
            weights.put(w, v);
        });
        stopWords = new WordTable(weights);
    }

    /** The languages this identifier knows, ISO 639-1. */
    public List<String> languages() {
        return List.of(languages);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.LANGUAGE);
    }

    @Override
    public Document apply(Document document, AnnotationContext context) {
        LanguageGuess g = identify(document.text(), document.article().language());
        return document.withLanguage(g.language(), g.confidence());
    }

    /** Identifies the language of {@code text}; "und" if it cannot decide. */
    public LanguageGuess identify(CharSequence text) {
        return identify(text, null);
    }

    /**
     * Identifies the language of {@code text}; when the text is too short to decide, falls back to
     * {@code declared} (a BCP 47 tag such as "de-AT", may be null) with confidence 0.5.
     */
    public LanguageGuess identify(CharSequence text, String declared) {
        TextFeatures f = TextFeatures.of(text, MAX_CHARS);
        // mostly letters of scripts without a profile (Han, Hangul, Arabic ...): not ours to guess
        boolean unmodelled = f.modelledLetters * 5 < f.letters * 4;
        LanguageGuess g = f.letters < MIN_LETTERS || unmodelled ? LanguageGuess.UNDETERMINED : score(f);
        if (g.language().equals("und")) {
            String d = primaryTag(declared);
            if (d != null) {
                return new LanguageGuess(d, 0.5);
            }
        }
        return g;
    }

    private LanguageGuess score(TextFeatures f) {
        int nl = languages.length;
        double[] trig = new double[nl];
        double[] stop = new double[nl];
        int n = 0;
        int hits = 0;
        char[] b = f.buf;
        for (int i = 0; i + 2 < f.length; i++) {
            if (b[i + 1] == ' ') {
                continue;
            }
            n++;
            int idx = trigramIndex.get(f.trigram(i));
            if (idx >= 0) {
                hits++;
                int base = idx * nl;
                for (int l = 0; l < nl; l++) {
                    trig[l] += trigramGain[base + l];
                }
            }
        }
        int words = 0;
        int start = -1;
        for (int i = 0; i < f.length; i++) {
            if (b[i] == ' ') {
                if (start >= 0) {
                    words++;
                    if (i - start <= 8) {
                        float[] v = stopWords.get(b, start, i);
                        if (v != null) {
                            for (int l = 0; l < nl; l++) {
                                stop[l] += v[l];
                            }
                        }
                    }
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (n == 0 || hits * 10 < n) {
            return LanguageGuess.UNDETERMINED;
        }
        int best = 0;
        double[] total = new double[nl];
        for (int l = 0; l < nl; l++) {
            total[l] = trig[l] / n + STOP_WEIGHT * stop[l] / Math.max(1, words);
            if (total[l] > total[best]) {
                best = l;
            }
        }
        // a softmax whose sharpness grows with the evidence (number of trigrams), capped
        double k = Math.min(n, 200) * 0.25;
        double z = 0;
        for (int l = 0; l < nl; l++) {
            z += Math.exp(k * (total[l] - total[best]));
        }
        double conf = 1.0 / z;
        return new LanguageGuess(languages[best], Math.round(conf * 1000) / 1000.0);
    }

    private static String primaryTag(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip();
        int cut = 0;
        while (cut < t.length() && Character.isLetter(t.charAt(cut))) {
            cut++;
        }
        if (cut < 2 || cut > 3) {
            return null;
        }
        return t.substring(0, cut).toLowerCase(Locale.ROOT);
    }
}
