package org.lagebild.eval.extraction;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a {@link ScrapinghubEvaluation}: the benchmark's precision, recall, F1 and
 * accuracy, crash count, throughput and the lowest-F1 pages. Immutable.
 *
 * @param throughput pages per second and how they were measured
 * @param worst the pages with the lowest per-document F1, worst first
 */
public record ScrapinghubResult(ScrapinghubEvaluation.Options options, ShingleScoring.Scores scores, int crashes,
                                Throughput throughput, List<PageReport> worst) {

    public ScrapinghubResult {
        worst = List.copyOf(worst);
    }

    /**
     * One page's outcome, for the worst-pages dump.
     *
     * @param error why extraction failed, or null
     * @param gold the gold article body
     * @param predicted the scored output
     */
    public record PageReport(String id, String url, ShingleScoring.DocumentCounts counts, boolean exact, String error,
                             String gold, String predicted) {
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

    /** Whole pages (charset decoding plus extraction) per wall-clock second on the run's threads. */
    public double pagesPerSecond() {
        return throughput.pagesPerSecond();
    }

    /** One JSON object (one line) with the scores and throughput. */
    public String toJson() {
        ObjectNode o = Json.object();
        o.put("benchmark", "scrapinghub");
        o.put("view", options.view().name().toLowerCase(Locale.ROOT));
        o.put("split", options.run().split().label());
        o.put("pages", pages());
        o.put("precision", Json.round(precision()));
        o.put("recall", Json.round(recall()));
        o.put("f1", Json.round(f1()));
        o.put("accuracy", Json.round(accuracy()));
        o.put("crashes", crashes);
        throughput.putInto(o);
        return Json.write(o);
    }
}
