package org.lagebild.claims.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.lagebild.claims.ClaimJson;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.Document;
import org.lagebild.model.Source;
import org.lagebild.model.Span;

/**
 * Scores quantity claims against a gold file ({@code claims-gold.tsv} beside this class): quantity-claim recall
 * and precision (a gold quantity is found when a quantity claim's quantity overlaps its occurrence in the clean
 * text), bounds right (min, max and unit lemma equal), innermost source right (the last link of the chain names
 * the gold source: same words, up to inflection) and modality right. Precision counts every quantity claim of the
 * gold articles, so each gold article lists all its quantity claims. Stateless and thread-safe.
 */
public final class ClaimEvaluation {
    private ClaimEvaluation() {
    }

    /** The bundled gold file's resource name. */
    public static final String GOLD = "claims-gold.tsv";

    /**
     * One gold quantity claim: the article's input key, the quantity as written and which occurrence of that text
     * in the clean text (1-based), its bounds (null when the text gives none), unit lemma, the innermost source
     * ("" for the publisher alone) and the modality (alternatives separated by "|").
     */
    public record Gold(String input, String quantity, int occurrence, Double value, Double min, Double max,
                       String unitLemma, String innermost, String modality, String split, int line) {
    }

    /** The figures of one run; {@link #toJson()} is one JSON object. */
    public record Result(int articles, int gold, int predicted, int found, double recall, double precision,
                         int boundsRight, double boundsAccuracy, int sourceRight, double sourceAccuracy,
                         int modalityRight, double modalityAccuracy, List<String> errors) {
        public String toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("eval", "claims");
            m.put("articles", articles);
            m.put("gold", gold);
            m.put("predicted", predicted);
            m.put("found", found);
            m.put("recall", round(recall));
            m.put("precision", round(precision));
            m.put("boundsAccuracy", round(boundsAccuracy));
            m.put("innermostSourceAccuracy", round(sourceAccuracy));
            m.put("modalityAccuracy", round(modalityAccuracy));
            return ClaimJson.write(m);
        }
    }

    static double round(double x) {
        return Math.round(x * 1000.0) / 1000.0;
    }

    /** The bundled gold claims. */
    public static List<Gold> gold() {
        InputStream in = ClaimEvaluation.class.getResourceAsStream(GOLD);
        if (in == null) {
            throw new IllegalStateException("gold file missing from the classpath: org/lagebild/claims/eval/" + GOLD);
        }
        return read(in);
    }

    /** Reads a gold file: {@code #} comments, a header line, then one row per quantity claim. */
    public static List<Gold> read(InputStream stream) {
        List<Gold> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            boolean header = false;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (!header) {
                    if (!c[0].equals("input") || c.length < 10) {
                        throw new IllegalStateException(GOLD + ":" + no + ": expected header input, quantity, occurrence, value, min, max, unit_lemma, innermost, modality, split");
                    }
                    header = true;
                    continue;
                }
                if (c.length != 10) {
                    throw new IllegalStateException(GOLD + ":" + no + ": " + c.length + " cells, expected 10");
                }
                if (!c[9].equals("dev") && !c[9].equals("test")) {
                    throw new IllegalStateException(GOLD + ":" + no + ": split must be dev or test: " + c[9]);
                }
                out.add(new Gold(c[0], c[1], Integer.parseInt(c[2]), num(c[3]), num(c[4]), num(c[5]), c[6], c[7], c[8], c[9], no));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Double num(String s) {
        return s.isBlank() ? null : Double.valueOf(s.strip());
    }

    /**
     * Scores the claims of the documents {@code annotate} returns for each gold input key (a document with the
     * CLAIMS layer; null to skip the article). {@code split} selects gold rows ("dev", "test", or null for all).
     */
    public static Result run(List<Gold> gold, Function<String, Document> annotate, String split) {
        Map<String, List<Gold>> byInput = new LinkedHashMap<>();
        for (Gold g : gold) {
            if (split == null || split.equals(g.split())) {
                byInput.computeIfAbsent(g.input(), k -> new ArrayList<>()).add(g);
            }
        }
        int articles = 0;
        int total = 0;
        int predicted = 0;
        int found = 0;
        int bounds = 0;
        int source = 0;
        int modality = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, List<Gold>> e : byInput.entrySet()) {
            Document d = annotate.apply(e.getKey());
            if (d == null) {
                continue;
            }
            articles++;
            List<Claim> qc = new ArrayList<>();
            for (Claim c : d.claims()) {
                if (c.kind() == ClaimKind.QUANTITY && c.quantity() != null) {
                    qc.add(c);
                }
            }
            Set<Claim> matched = new HashSet<>();
            for (Gold g : e.getValue()) {
                if (g.quantity().equals("-")) {
                    continue;
                }
                total++;
                Span at = occurrence(d.text(), g.quantity(), g.occurrence());
                Claim hit = null;
                if (at != null) {
                    for (Claim c : qc) {
                        if (!matched.contains(c) && c.quantity().span().overlaps(at)) {
                            hit = c;
                            break;
                        }
                    }
                }
                String where = e.getKey() + " '" + g.quantity() + "'#" + g.occurrence() + " (gold line " + g.line() + ")";
                if (hit == null) {
                    errors.add("missed " + where + (at == null ? " [text not found]" : ""));
                    continue;
                }
                matched.add(hit);
                found++;
                if (eq(g.min(), hit.quantity().min()) && eq(g.max(), hit.quantity().max())
                        && (g.unitLemma().isEmpty() || g.unitLemma().equalsIgnoreCase(String.valueOf(hit.quantity().unitLemma())))) {
                    bounds++;
                } else {
                    errors.add("bounds " + where + ": min=" + hit.quantity().min() + " max=" + hit.quantity().max() + " unit=" + hit.quantity().unitLemma());
                }
                Source inner = hit.attribution().isEmpty() ? null : hit.attribution().get(hit.attribution().size() - 1);
                if (sameSource(g.innermost(), inner)) {
                    source++;
                } else {
                    errors.add("source " + where + ": gold '" + g.innermost() + "' got '" + (inner == null ? "" : inner.text()) + "'");
                }
                Set<String> ok = Set.of(g.modality().split("\\|"));
                if (ok.contains(hit.modality().label())) {
                    modality++;
                } else {
                    errors.add("modality " + where + ": gold " + g.modality() + " got " + hit.modality().label() + " " + hit.cues());
                }
            }
            for (Claim c : qc) {
                predicted++;
                if (!matched.contains(c)) {
                    errors.add("spurious " + e.getKey() + " '" + c.quantity().text() + "' at " + c.quantity().span());
                }
            }
        }
        return new Result(articles, total, predicted, found, div(found, total), div(found, predicted), bounds,
                div(bounds, found), source, div(source, found), modality, div(modality, found), errors);
    }

    private static double div(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static boolean eq(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) < 1e-9;
    }

    /** The span of the n-th (1-based) occurrence of {@code s} in {@code text}, or null. */
    static Span occurrence(String text, String s, int n) {
        int from = 0;
        for (int k = 1; ; k++) {
            int at = text.indexOf(s, from);
            if (at < 0) {
                return null;
            }
            if (k == n) {
                return new Span(at, at + s.length());
            }
            from = at + 1;
        }
    }

    /**
     * True if the predicted source names the gold one: same entity name, or the same words up to inflection
     * ("südkoreanische Schätzungen" = "Südkoreanischen Schätzungen"). "" stands for the publisher and agency
     * credit alone.
     */
    static boolean sameSource(String gold, Source s) {
        if (gold.contains("|")) {
            for (String g : gold.split("\\|")) {
                if (sameSource(g.strip(), s)) {
                    return true;
                }
            }
            return false;
        }
        if (gold.isEmpty() || gold.equals("publisher")) {
            return s == null || s.span() == null;
        }
        if (s == null || s.span() == null) {
            return false;
        }
        if (s.entityId() != null && (gold.equals(s.entityId()) || s.name() != null && stems(gold).equals(stems(s.name())))) {
            return true;
        }
        Set<String> g = stems(gold);
        Set<String> p = stems(s.text());
        if (s.name() != null) {
            p.addAll(stems(s.name()));
        }
        return !g.isEmpty() && p.containsAll(g);
    }

    private static final Set<String> SKIP = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
            "einem", "eines", "und", "the", "a", "an", "of", "von", "aus", "im", "in");

    static Set<String> stems(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || SKIP.contains(w)) {
                continue;
            }
            out.add(w.length() > 5 ? w.substring(0, 5) : w);
        }
        return out;
    }
}
