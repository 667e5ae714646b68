package org.lagebild.time.eval;

import java.nio.file.Path;

/**
 * A development tool, not a test: prints the sentences of the held-out quantity documents (10kGNAD
 * test.csv lines 3, 10, 17, ... i.e. line index = 3 mod 7 for the first held-out gold, 5 mod 7 for
 * the second; the development gold used 0 mod 7), one per line as {@code source TAB index TAB
 * sentence}, exactly as {@link QuantityEvaluation} cuts them, so that they can be annotated by hand.
 * It does not run any tagger. Args: data dir, first k, count, residue (line = residue + 7k; default 3).
 */
public final class HeldOutSentences {
    private HeldOutSentences() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../../shared/data");
        int first = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int residue = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        for (int k = first; k < first + count; k++) {
            String source = "10kgnad:" + (residue + 7 * k);
            print(source, data);
        }
    }

    /** Prints each sentence of a gold source ("10kgnad:N", "spkatt:N", …) as source, index and text, cut as the evaluation cuts them. */
    static void print(String source, Path data) {
        String doc = QuantityEvaluation.document(source, data, Path.of("."));
        for (int i = 0; doc != null && QuantityEvaluation.sentence(doc, i) != null; i++) {
            System.out.println(source + "\t" + i + "\t" + QuantityEvaluation.sentence(doc, i));
        }
    }
}
