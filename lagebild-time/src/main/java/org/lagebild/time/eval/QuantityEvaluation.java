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
 * Scores {@link QuantityTagger} on the gold file quantities-gold-de.tsv. The gold names sentences
 * by source document and sentence index; their text is read from the data folder
 * ({@code 10kgnad/test.csv}, {@code semeval2023t3-de-news/train}) and the samples folder. A system
 * quantity matches a gold one when their spans overlap; it counts for value F1 when the value is
 * the same (for ranges and vague amounts, the bounds), for value+unit F1 when the unit (as written,
 * or its lemma) is also the same, for value+bounds F1 when min and max are the same too. Stateless.
 */
public final class QuantityEvaluation {

    /** The figures of one run. */
    public record Result(int sentences, int missingSentences, int gold, int system, double valueF1, double valueUnitF1,
                         double valueBoundsF1, double valuePrecision, double valueRecall) {
        public String toJson() {
            return String.format(Locale.ROOT, "{\"sentences\":%d,\"missing_sentences\":%d,\"gold\":%d,\"system\":%d,"
                            + "\"value_f1\":%.4f,\"value_unit_f1\":%.4f,\"value_bounds_f1\":%.4f,\"value_precision\":%.4f,"
                            + "\"value_recall\":%.4f}", sentences, missingSentences, gold, system, valueF1, valueUnitF1,
                    valueBoundsF1, valuePrecision, valueRecall);
        }
    }

    /** One gold quantity. */
    record Gold(String text, Double value, Double min, Double max, String unit) {
    }

    private QuantityEvaluation() {
    }

    /** Runs the evaluation with the bundled gold; {@code dataDir} is ../shared/data, {@code samplesDir} the seeds. */
    public static Result run(Path dataDir, Path samplesDir) {
        Map<String, List<Gold>> gold = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.load(QuantityEvaluation.class, "quantities-gold-de.tsv")
                .require("source", "sentence", "text", "value", "min", "max", "qualifier", "unit").rows()) {
            List<Gold> list = gold.computeIfAbsent(r.get("source") + "#" + r.get("sentence"), k -> new ArrayList<>());
            if (r.has("text")) {
                list.add(new Gold(r.get("text"), num(r.get("value")), num(r.get("min")), num(r.get("max")), r.get("unit")));
            }
        }
        Map<String, String> docs = new HashMap<>();
        QuantityTagger tagger = new QuantityTagger();
        int sentences = 0;
        int missing = 0;
        int goldCount = 0;
        int sys = 0;
        int tpValue = 0;
        int tpUnit = 0;
        int tpBounds = 0;
        for (Map.Entry<String, List<Gold>> e : gold.entrySet()) {
            String source = e.getKey().substring(0, e.getKey().lastIndexOf('#'));
            int index = Integer.parseInt(e.getKey().substring(e.getKey().lastIndexOf('#') + 1));
            String doc = docs.computeIfAbsent(source, s -> document(s, dataDir, samplesDir));
            String sentence = doc == null ? null : sentence(doc, index);
            if (sentence == null || e.getValue().stream().anyMatch(g -> !sentence.contains(g.text()))) {
                missing++;
                continue;
            }
            sentences++;
            List<Quantity> found = tagger.tag(sentence, "de");
            sys += found.size();
            goldCount += e.getValue().size();
            boolean[] used = new boolean[found.size()];
            int from = 0;
            for (Gold g : e.getValue()) {
                int start = sentence.indexOf(g.text(), from);
                if (start < 0) {
                    start = sentence.indexOf(g.text());
                }
                from = start + 1;
                int end = start + g.text().length();
                for (int k = 0; k < found.size(); k++) {
                    Quantity q = found.get(k);
                    if (used[k] || q.span().end() <= start || q.span().start() >= end) {
                        continue;
                    }
                    used[k] = true;
                    boolean value = g.value() != null ? same(g.value(), q.value())
                            : q.value() == null && same(g.min(), q.min()) && same(g.max(), q.max());
                    if (value) {
                        tpValue++;
                        if (sameUnit(g.unit(), q)) {
                            tpUnit++;
                        }
                        if (same(g.min(), q.min()) && same(g.max(), q.max())) {
                            tpBounds++;
                        }
                    }
                    break;
                }
            }
        }
        return new Result(sentences, missing, goldCount, sys, f1(tpValue, sys, goldCount), f1(tpUnit, sys, goldCount),
                f1(tpBounds, sys, goldCount), ratio(tpValue, sys), ratio(tpValue, goldCount));
    }

    static boolean sameUnit(String gold, Quantity q) {
        if (gold.isEmpty()) {
            return q.unit() == null;
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

    /** Prints the figures; the last line is the JSON object. Args: data dir, samples dir. */
    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path samples = Path.of(args.length > 1 ? args[1] : "samples");
        System.out.println(run(data, samples).toJson());
    }
}
