package org.lagebild.time.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * A development tool, not a test: prints the sentences of the SpkAtt 2023 blind test documents
 * (German Wikinews, {@link SpkAttDocuments#TEST_BLIND}) taken in the order of their leading number,
 * one per line as {@code source TAB index TAB sentence}, exactly as {@link QuantityEvaluation} reads
 * (detokenised) and cuts them, so that they can be annotated by hand. It does not run any tagger.
 * Args: data dir, first document (0-based position in that order), count.
 */
public final class SpkAttSentences {
    private SpkAttSentences() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../../shared/data");
        int first = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> files = SpkAttDocuments.files(data.resolve(SpkAttDocuments.TEST_BLIND));
        for (int k = first; k < Math.min(files.size(), first + count); k++) {
            String source = "spkatt:" + SpkAttDocuments.number(files.get(k));
            HeldOutSentences.print(source, data);
        }
    }
}
