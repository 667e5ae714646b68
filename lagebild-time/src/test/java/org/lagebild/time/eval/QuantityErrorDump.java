package org.lagebild.time.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.model.Quantity;
import org.lagebild.time.quantity.QuantityTagger;

/**
 * A development tool, not a test: lists the errors of {@link QuantityTagger} on one gold file, matched
 * as {@link QuantityEvaluation} matches them (span overlap, in text order). One line per error:
 * {@code FP} (a system quantity no gold row overlaps; {@code NOT} when it overlaps a "not a count" row),
 * {@code MISS} (a gold count nothing overlaps), {@code VALUE}, {@code UNIT} and {@code BOUNDS}
 * (matched, but that figure differs), each with source#index, gold and system readings and the
 * sentence. Args: [data dir] [samples dir] [--gold default|held-out|held-out-2|held-out-3]. Do not run
 * it on the fourth held-out gold: that one is measured blind.
 */
public final class QuantityErrorDump {
    private QuantityErrorDump() {
    }

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
        if (QuantityEvaluation.goldName(gold).equals(QuantityEvaluation.HELD_OUT_4_GOLD)) {
            throw new IllegalArgumentException("the fourth held-out gold is measured blind");
        }
        Path data = Path.of(positional.size() > 0 ? positional.get(0) : "../shared/data");
        Path samples = Path.of(positional.size() > 1 ? positional.get(1) : "samples");
        Map<String, String> docs = new LinkedHashMap<>();
        Map<String, List<QuantityEvaluation.Gold>> rows = QuantityEvaluation.goldSentences(
                QuantityEvaluation.goldTsv(QuantityEvaluation.goldName(gold)), docs, data, samples);
        QuantityTagger tagger = new QuantityTagger();
        for (Map.Entry<String, List<QuantityEvaluation.Gold>> e : rows.entrySet()) {
            String source = e.getKey().substring(0, e.getKey().lastIndexOf('#'));
            int index = Integer.parseInt(e.getKey().substring(e.getKey().lastIndexOf('#') + 1));
            String doc = docs.computeIfAbsent(source, s -> QuantityEvaluation.document(s, data, samples));
            String sentence = doc == null ? null : QuantityEvaluation.sentence(doc, index);
            if (sentence == null || e.getValue().stream().anyMatch(g -> !sentence.contains(g.text()))) {
                continue;
            }
            dump(e.getKey(), sentence, e.getValue(), tagger.tag(sentence, "de"));
        }
    }

    private static void dump(String key, String sentence, List<QuantityEvaluation.Gold> rows, List<Quantity> found) {
        boolean[] used = new boolean[found.size()];
        int[][] spans = new int[rows.size()][];
        int from = 0;
        for (int k = 0; k < rows.size(); k++) {
            int start = sentence.indexOf(rows.get(k).text(), from);
            if (start < 0) {
                start = sentence.indexOf(rows.get(k).text());
            }
            from = start + 1;
            spans[k] = new int[] {start, start + rows.get(k).text().length()};
        }
        for (int k = 0; k < rows.size(); k++) {
            QuantityEvaluation.Gold g = rows.get(k);
            if (!g.count()) {
                continue;
            }
            Quantity match = null;
            for (int m = 0; m < found.size(); m++) {
                if (!used[m] && QuantityEvaluation.overlaps(found.get(m), spans[k])) {
                    used[m] = true;
                    match = found.get(m);
                    break;
                }
            }
            if (match == null) {
                print("MISS", key, gold(g), "-", sentence);
                continue;
            }
            boolean value = g.value() != null ? QuantityEvaluation.same(g.value(), match.value())
                    : match.value() == null && QuantityEvaluation.same(g.min(), match.min())
                    && QuantityEvaluation.same(g.max(), match.max());
            boolean bounds = QuantityEvaluation.same(g.min(), match.min()) && QuantityEvaluation.same(g.max(), match.max())
                    && (g.minExclusive() == null || g.minExclusive() == match.minExclusive())
                    && (g.maxExclusive() == null || g.maxExclusive() == match.maxExclusive());
            if (!value) {
                print("VALUE", key, gold(g), system(match), sentence);
            } else if (!QuantityEvaluation.sameUnit(g, match)) {
                print("UNIT", key, gold(g), system(match), sentence);
            } else if (!bounds) {
                print("BOUNDS", key, gold(g), system(match), sentence);
            }
        }
        for (int m = 0; m < found.size(); m++) {
            if (used[m]) {
                continue;
            }
            String kind = "FP";
            for (int k = 0; k < rows.size(); k++) {
                if (!rows.get(k).count() && QuantityEvaluation.overlaps(found.get(m), spans[k])) {
                    kind = rows.get(k).kind().equals("IGNORE") ? null : "NOT";
                    break;
                }
            }
            if (kind != null) {
                print(kind, key, "-", system(found.get(m)), sentence);
            }
        }
    }

    private static String gold(QuantityEvaluation.Gold g) {
        return "[" + g.text() + "] v=" + g.value() + " " + g.min() + ".." + g.max() + " ex=" + g.minExclusive() + "/"
                + g.maxExclusive() + " u=" + g.unit() + "|" + g.unitLemma();
    }

    private static String system(Quantity q) {
        return "[" + q.text() + "] v=" + q.value() + " " + q.min() + ".." + q.max() + " ex=" + q.minExclusive() + "/"
                + q.maxExclusive() + " u=" + q.unit() + "|" + q.unitLemma();
    }

    private static void print(String kind, String key, String gold, String system, String sentence) {
        System.out.println(kind + "\t" + key + "\tgold " + gold + "\tsys " + system + "\t" + sentence);
    }
}
