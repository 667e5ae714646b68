package org.lagebild.entities.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.lagebild.entities.ner.ChunkScore;
import org.lagebild.entities.ner.NerCorpora;
import org.lagebild.entities.ner.NerSentence;
import org.lagebild.entities.ner.NerTagger;

/**
 * {@code eval ner --germeval FILE}: tags a GermEval 2014 TSV file with the bundled model and scores
 * outer-level chunks strictly (span and type). The last printed line is JSON with precision,
 * recall, f1 and tokens_per_s. Stateless.
 */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    /** Scores the bundled tagger on a GermEval file; the speed is measured on a second pass. */
    public static String run(Path germevalFile) throws IOException {
        List<NerSentence> data = NerCorpora.germEval(germevalFile);
        NerTagger t = NerTagger.load();
        ChunkScore score = new ChunkScore();
        for (NerSentence s : data) {
            score.add(s.labels(), t.tag(s.tokens()));
        }
        int rounds = 3;
        long t0 = CpuClock.now();
        for (int r = 0; r < rounds; r++) {
            for (NerSentence s : data) {
                t.tag(s.tokens());
            }
        }
        double secs = Math.max(1e-9, (CpuClock.now() - t0) / 1e9);
        return score.toJson("ner", rounds * score.tokens() / secs);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].equals("--germeval")) {
            throw new IllegalArgumentException("usage: NerEvaluation --germeval FILE");
        }
        System.out.println(run(Path.of(args[1])));
    }
}
