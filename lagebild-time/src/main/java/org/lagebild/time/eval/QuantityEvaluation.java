package org.lagebild.time.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.lagebild.model.Quantity;
import org.lagebild.model.Sentence;
import org.lagebild.time.internal.SimpleSentences;
import org.lagebild.time.internal.Tsv;
import org.lagebild.time.quantity.QuantityTagger;

/**
 * Scores {@link QuantityTagger} on a gold file: the bundled development gold quantities-gold-de.tsv
 * ({@link #DEFAULT_GOLD}, pre-annotated by the tagger and corrected by hand), the bundled held-out
 * gold quantities-heldout-de.tsv ({@link #HELD_OUT_GOLD}, annotated by hand without the tagger), the
 * second, third and fourth held-out golds quantities-heldout2-de.tsv ({@link #HELD_OUT_2_GOLD}),
 * quantities-heldout3-de.tsv ({@link #HELD_OUT_3_GOLD}) and quantities-heldout4-de.tsv
 * ({@link #HELD_OUT_4_GOLD}, SpkAtt Wikinews documents; likewise), or a file in
 * either layout. The gold names sentences by source document and sentence index; their
 * text is read from the data folder ({@code 10kgnad/test.csv}, {@code semeval2023t3-de-news/train},
 * SpkAtt 2023 Wikinews documents: source {@code spkatt:<number or path>}, see {@link SpkAttDocuments},
 * detokenised by {@link Detokenizer}) and the samples folder. A system quantity matches a gold one
 * when their spans overlap; it counts for value F1 when the value is the same (for ranges and vague
 * amounts, the bounds), for value+unit F1 when the unit (as written, or its lemma) is also the same,
 * for value+bounds F1 when min and max (and, where the gold states them, their exclusive flags) are the same too. In
 * the held-out layout a DOC row puts every sentence of a document in the set, IGNORE rows mark
 * ambiguous stretches (a system quantity overlapping one is not counted) and NOT rows numbers that
 * are not counts (reported: how many of them the tagger took for a count). Stateless.
 */
public final class QuantityEvaluation {

    /** The development gold: 334 quantities, pre-annotated by the tagger, corrected by hand. */
    public static final String DEFAULT_GOLD = "quantities-gold-de.tsv";
    /** The held-out gold: whole 10kGNAD documents annotated by hand without running the tagger. */
    public static final String HELD_OUT_GOLD = "quantities-heldout-de.tsv";
    /** The second held-out gold: other whole 10kGNAD documents (lines 5 mod 7), annotated by hand before any run. */
    public static final String HELD_OUT_2_GOLD = "quantities-heldout2-de.tsv";
    /** The third held-out gold: other whole 10kGNAD documents (lines 6 mod 7), annotated by hand before any run. */
    public static final String HELD_OUT_3_GOLD = "quantities-heldout3-de.tsv";
    /**
     * The fourth held-out gold: German Wikinews documents of the SpkAtt 2023 blind test set (a source the tagger
     * was never tuned on), the first 108 by number, annotated by hand before any run.
     */
    public static final String HELD_OUT_4_GOLD = "quantities-heldout4-de.tsv";

    /** The figures of one run. {@code notRows}/{@code notTagged}/{@code ignored} are 0 for the development gold. */
    public record Result(String goldName, int sentences, int missingSentences, int gold, int system, double valueF1,
                         double valueUnitF1, double valueBoundsF1, double valuePrecision, double valueRecall, int notRows,
                         int notTagged, int ignored) {
        /** The figures as one JSON object. */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"gold_file\":\"%s\",\"sentences\":%d,\"missing_sentences\":%d,\"gold\":%d,"
                            + "\"system\":%d,\"value_f1\":%.4f,\"value_unit_f1\":%.4f,\"value_bounds_f1\":%.4f,"
                            + "\"value_precision\":%.4f,\"value_recall\":%.4f,\"not_rows\":%d,\"not_tagged\":%d,\"ignored\":%d}",
                    goldName.replace("\\", "/").replace("\"", "'"), sentences, missingSentences, gold, system, valueF1,
                    valueUnitF1, valueBoundsF1, valuePrecision, valueRecall, notRows, notTagged, ignored);
        }
    }

    /** One gold row: a COUNT (a quantity), NOT or IGNORE stretch; flags are null when the gold does not state them. */
    record Gold(String kind, String text, Double value, Double min, Double max, Boolean minExclusive,
                Boolean maxExclusive, String unit, String unitLemma) {
        boolean count() {
            return kind.equals("COUNT");
        }
    }

    private QuantityEvaluation() {
    }

    /** Runs the evaluation with the development gold; {@code dataDir} is ../shared/data, {@code samplesDir} the seeds. */
    public static Result run(Path dataDir, Path samplesDir) {
        return run(DEFAULT_GOLD, dataDir, samplesDir);
    }

    /**
     * Runs the evaluation with the gold {@code gold}: "default", "held-out", "held-out-2", "held-out-3" or "held-out-4"
     * (the bundled files), a bundled file name, or the path of a gold file in either layout.
     */
    public static Result run(String gold, Path dataDir, Path samplesDir) {
        String name = goldName(gold);
        return run(name, goldTsv(name), dataDir, samplesDir);
    }

    /** The bundled file a gold's short name stands for ("held-out-3" → quantities-heldout3-de.tsv); other names as they are. */
    static String goldName(String gold) {
        return switch (gold) {
            case "default", "dev", "development" -> DEFAULT_GOLD;
            case "held-out", "heldout" -> HELD_OUT_GOLD;
            case "held-out-2", "heldout2" -> HELD_OUT_2_GOLD;
            case "held-out-3", "heldout3" -> HELD_OUT_3_GOLD;
            case "held-out-4", "heldout4" -> HELD_OUT_4_GOLD;
            default -> gold;
        };
    }

    /** A bundled gold file by its name, else the gold file at that path. */
    static Tsv goldTsv(String name) {
        return name.equals(DEFAULT_GOLD) || name.equals(HELD_OUT_GOLD) || name.equals(HELD_OUT_2_GOLD)
                || name.equals(HELD_OUT_3_GOLD) || name.equals(HELD_OUT_4_GOLD)
                ? Tsv.load(QuantityEvaluation.class, name) : Tsv.load(Path.of(name));
    }

    private static Result run(String goldName, Tsv tsv, Path dataDir, Path samplesDir) {
        Map<String, String> docs = new HashMap<>();
        Map<String, List<Gold>> gold = goldSentences(tsv, docs, dataDir, samplesDir);
        QuantityTagger tagger = new QuantityTagger();
        Counts c = new Counts();
        for (Map.Entry<String, List<Gold>> e : gold.entrySet()) {
            String source = e.getKey().substring(0, e.getKey().lastIndexOf('#'));
            int index = Integer.parseInt(e.getKey().substring(e.getKey().lastIndexOf('#') + 1));
            String doc = docs.computeIfAbsent(source, s -> document(s, dataDir, samplesDir));
            String sentence = doc == null ? null : sentence(doc, index);
            if (sentence == null || e.getValue().stream().anyMatch(g -> !sentence.contains(g.text()))) {
                c.missing++;
                continue;
            }
            c.sentences++;
            score(sentence, e.getValue(), tagger.tag(sentence, "de"), c);
        }
        return new Result(goldName, c.sentences, c.missing, c.gold, c.sys, f1(c.tpValue, c.sys, c.gold),
                f1(c.tpUnit, c.sys, c.gold), f1(c.tpBounds, c.sys, c.gold), ratio(c.tpValue, c.sys),
                ratio(c.tpValue, c.gold), c.notRows, c.notTagged, c.ignored);
    }

    /** Running totals. */
    private static final class Counts {
        int sentences;
        int missing;
        int gold;
        int sys;
        int tpValue;
        int tpUnit;
        int tpBounds;
        int notRows;
        int notTagged;
        int ignored;
    }

    /** Scores one sentence: its gold rows (in text order) against the tagger's quantities. */
    static void score(String sentence, List<Gold> rows, List<Quantity> found, Counts c) {
        boolean[] used = new boolean[found.size()];
        int[][] spans = new int[rows.size()][];
        int from = 0;
        for (int k = 0; k < rows.size(); k++) {
            Gold g = rows.get(k);
            int start = sentence.indexOf(g.text(), from);
            if (start < 0) {
                start = sentence.indexOf(g.text());
            }
            from = start + 1;
            spans[k] = new int[] {start, start + g.text().length()};
        }
        for (int k = 0; k < rows.size(); k++) {
            Gold g = rows.get(k);
            if (!g.count()) {
                continue;
            }
            c.gold++;
            for (int m = 0; m < found.size(); m++) {
                Quantity q = found.get(m);
                if (used[m] || !overlaps(q, spans[k])) {
                    continue;
                }
                used[m] = true;
                boolean value = g.value() != null ? same(g.value(), q.value())
                        : q.value() == null && same(g.min(), q.min()) && same(g.max(), q.max());
                if (value) {
                    c.tpValue++;
                    if (sameUnit(g, q)) {
                        c.tpUnit++;
                    }
                    if (same(g.min(), q.min()) && same(g.max(), q.max())
                            && (g.minExclusive() == null || g.minExclusive() == q.minExclusive())
                            && (g.maxExclusive() == null || g.maxExclusive() == q.maxExclusive())) {
                        c.tpBounds++;
                    }
                }
                break;
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            Gold g = rows.get(k);
            if (g.kind().equals("NOT")) {
                c.notRows++;
                for (Quantity q : found) {
                    if (overlaps(q, spans[k])) {
                        c.notTagged++;
                        break;
                    }
                }
            }
        }
        for (int m = 0; m < found.size(); m++) {
            if (used[m]) {
                c.sys++;
                continue;
            }
            boolean ignore = false;
            for (int k = 0; k < rows.size() && !ignore; k++) {
                ignore = rows.get(k).kind().equals("IGNORE") && overlaps(found.get(m), spans[k]);
            }
            if (ignore) {
                c.ignored++;
            } else {
                c.sys++;
            }
        }
    }

    static boolean overlaps(Quantity q, int[] span) {
        return q.span().end() > span[0] && q.span().start() < span[1];
    }

    static Boolean flag(String s) {
        return s.isEmpty() ? null : Boolean.valueOf(s);
    }

    static boolean sameUnit(Gold g, Quantity q) {
        if (g.unit().isEmpty() && g.unitLemma().isEmpty()) {
            return q.unit() == null;
        }
        return sameUnit(g.unit(), q) || sameUnit(g.unitLemma(), q);
    }

    static boolean sameUnit(String gold, Quantity q) {
        if (gold.isEmpty()) {
            return false;
        }
        String g = gold.toLowerCase(Locale.ROOT);
        return (q.unit() != null && q.unit().toLowerCase(Locale.ROOT).equals(g))
                || (q.unitLemma() != null && q.unitLemma().toLowerCase(Locale.ROOT).equals(g));
    }

    static boolean same(Double a, Double b) {
        if (a == null || b == null) {
            return Objects.equals(a, b);
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    static Double num(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    /** The text of a gold source document, or null if the data is absent. */
    public static String document(String source, Path dataDir, Path samplesDir) {
        try {
            String text;
            if (source.startsWith("seed:")) {
                String prefix = source.substring(5) + "_";
                try (Stream<Path> s = Files.list(samplesDir)) {
                    Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
                    if (p == null) {
                        return null;
                    }
                    text = Files.readString(p, StandardCharsets.UTF_8);
                }
            } else if (source.startsWith("10kgnad:")) {
                Path csv = dataDir.resolve("10kgnad/test.csv");
                if (!Files.exists(csv)) {
                    return null;
                }
                int line = Integer.parseInt(source.substring(8));
                String l;
                try (Stream<String> lines = Files.lines(csv, StandardCharsets.UTF_8)) {
                    l = lines.skip(line).findFirst().orElse(null);
                }
                if (l == null) {
                    return null;
                }
                text = l.substring(l.indexOf(';') + 2);
            } else if (source.startsWith("semeval:")) {
                Path p = dataDir.resolve("semeval2023t3-de-news/train").resolve(source.substring(8));
                if (!Files.exists(p)) {
                    return null;
                }
                text = Files.readString(p, StandardCharsets.UTF_8);
            } else if (source.startsWith("spkatt:")) {
                Path p = SpkAttDocuments.file(source.substring(7), dataDir);
                if (p == null) {
                    return null;
                }
                text = SpkAttDocuments.text(p);
            } else {
                return null;
            }
            return text.replace('\u00a0', ' ');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence of that index, stripped and with tabs as spaces, as the gold was built. */
    static String sentence(String doc, int index) {
        List<Sentence> ss = SimpleSentences.split(doc);
        if (index >= ss.size()) {
            return null;
        }
        Sentence s = ss.get(index);
        return doc.substring(s.span().start(), s.span().end()).strip().replace('\t', ' ');
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static double f1(int tp, int sys, int gold) {
        double p = ratio(tp, sys);
        double r = ratio(tp, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * The gold rows by sentence key ("source#index"), in file order; a DOC row puts every sentence of
     * its document in the set (a document not found is registered as "source#0" and so counted as
     * missing). {@code docs} collects the document texts read, by source.
     */
    static Map<String, List<Gold>> goldSentences(Tsv tsv, Map<String, String> docs, Path dataDir, Path samplesDir) {
        tsv.require("source", "sentence", "text", "value", "min", "max", "qualifier", "unit");
        boolean heldOutLayout = tsv.header().contains("kind");
        Map<String, List<Gold>> gold = new LinkedHashMap<>();
        List<String> wholeDocs = new ArrayList<>();
        for (Tsv.Row r : tsv.rows()) {
            String kind = heldOutLayout ? r.get("kind") : r.has("text") ? "COUNT" : "";
            if (kind.equals("DOC")) {
                wholeDocs.add(r.get("source"));
                continue;
            }
            List<Gold> list = gold.computeIfAbsent(r.get("source") + "#" + r.get("sentence"), k -> new ArrayList<>());
            if (!kind.isEmpty()) {
                list.add(new Gold(kind, r.get("text"), num(r.get("value")), num(r.get("min")), num(r.get("max")),
                        heldOutLayout ? flag(r.get("min_exclusive")) : null, heldOutLayout ? flag(r.get("max_exclusive")) : null,
                        r.get("unit"), heldOutLayout ? r.get("unit_lemma") : ""));
            }
        }
        for (String source : wholeDocs) {
            String doc = docs.computeIfAbsent(source, s -> document(s, dataDir, samplesDir));
            for (int i = 0; doc != null && sentence(doc, i) != null; i++) {
                gold.computeIfAbsent(source + "#" + i, k -> new ArrayList<>());
            }
            if (doc == null) {
                gold.computeIfAbsent(source + "#0", k -> new ArrayList<>()); // counted as missing
            }
        }
        return gold;
    }

    /**
     * Prints the figures; the last line is the JSON object. Args: [data dir] [samples dir]
     * [--gold default|held-out|held-out-2|held-out-3|held-out-4|FILE].
     */
    public static void main(String[] args) {
        List<String> positional = new ArrayList<>();
        String gold = "default";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--gold")) {
                gold = args[++i];
            } else {
                positional.add(args[i]);
            }
        }
        Path data = Path.of(positional.size() > 0 ? positional.get(0) : "../shared/data");
        Path samples = Path.of(positional.size() > 1 ? positional.get(1) : "samples");
        System.out.println(run(gold, data, samples).toJson());
    }
}
