package org.lagebild.time.eval;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.lagebild.model.Quantity;
import org.lagebild.time.internal.Tsv;
import org.lagebild.time.quantity.QuantityTagger;

/**
 * A development tool, not a test: prints what {@link QuantityTagger} finds in every sentence of the
 * documents a gold file registers (default: the held-out gold), one quantity per line as {@code
 * source TAB index TAB text TAB value TAB min TAB max TAB minExclusive TAB maxExclusive TAB unit TAB
 * unitLemma}, for comparing with the gold by hand. Args: data dir, gold resource name.
 */
public final class HeldOutTaggerDump {
    private HeldOutTaggerDump() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../../shared/data");
        String gold = args.length > 1 ? args[1] : QuantityEvaluation.HELD_OUT_GOLD;
        Set<String> sources = new LinkedHashSet<>();
        for (Tsv.Row r : Tsv.load(QuantityEvaluation.class, gold).rows()) {
            sources.add(r.get("source"));
        }
        QuantityTagger tagger = new QuantityTagger();
        for (String source : sources) {
            String doc = QuantityEvaluation.document(source, data, Path.of("."));
            for (int i = 0; doc != null && QuantityEvaluation.sentence(doc, i) != null; i++) {
                for (Quantity q : tagger.tag(QuantityEvaluation.sentence(doc, i), "de")) {
                    System.out.println(String.join("\t", source, Integer.toString(i), q.text(), String.valueOf(q.value()),
                            String.valueOf(q.min()), String.valueOf(q.max()), Boolean.toString(q.minExclusive()),
                            Boolean.toString(q.maxExclusive()), String.valueOf(q.unit()), String.valueOf(q.unitLemma())));
                }
            }
        }
    }
}
