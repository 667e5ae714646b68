package org.lagebild.eval.extraction;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a {@link SmartdataEvaluation}: the Scrapinghub-style precision, recall, F1 and accuracy
 * over the corpus' HTML pages, how many documents were read, crash count, throughput and the lowest-F1
 * pages. Immutable.
 *
 * @param documents all documents read from the selected files (pages are the HTML ones among them)
 * @param goldCut pages whose gold the corpus builders cut short (compared up to the gold's end)
 * @param worst the pages with the lowest per-page F1, worst first
 */
public record SmartdataResult(SmartdataEvaluation.Options options, ShingleScoring.Scores scores, int documents,
                              int goldCut, int crashes, Throughput throughput, List<PageReport> worst) {

    public SmartdataResult {
        worst = List.copyOf(worst);
    }

    /**
     * One page's outcome, for the worst-pages listing.
     *
     * @param error why extraction failed, or null
     * @param gold the gold text
     * @param predicted the scored output (up to the gold's end when the gold was cut)
     * @param cut whether the gold was cut short
     */
    public record PageReport(String id, String url, ShingleScoring.DocumentCounts counts, String error, String gold,
                             String predicted, boolean cut) {

        /** Output blocks the gold lacks (mostly): boilerplate kept, or gold the corpus builders dropped. */
        public List<String> extra() {
            return SmartdataEvaluation.unmatchedParts(predicted, gold, "\n\\s*\n");
        }

        /** Gold lines the output lacks (mostly): text lost, or noise the gold kept. */
        public List<String> missed() {
            return SmartdataEvaluation.unmatchedParts(gold, predicted, "\n");
        }
    }

    public int pages() {
        return scores.documents();
    }

    public double precision() {
        return scores.precision();
    }

    public double recall() {
        return scores.recall();
    }

    public double f1() {
        return scores.f1();
    }

    public double accuracy() {
        return scores.accuracy();
    }

    /** Whole pages (decoding plus extraction) per wall-clock second on the run's threads. */
    public double pagesPerSecond() {
        return throughput.pagesPerSecond();
    }

    /** One JSON object (one line) with the scores and throughput. */
    public String toJson() {
        ObjectNode o = Json.object();
        o.put("benchmark", "smartdata");
        o.put("view", options.view().name().toLowerCase(Locale.ROOT));
        o.put("split", options.run().split().label());
        o.put("documents", documents);
        o.put("pages", pages());
        o.put("gold_cut", goldCut);
        o.put("precision", Json.round(precision()));
        o.put("recall", Json.round(recall()));
        o.put("f1", Json.round(f1()));
        o.put("accuracy", Json.round(accuracy()));
        o.put("crashes", crashes);
        throughput.putInto(o);
        return Json.write(o);
    }
}
