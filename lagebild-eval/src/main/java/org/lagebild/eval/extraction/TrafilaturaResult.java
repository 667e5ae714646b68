package org.lagebild.eval.extraction;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The outcome of a {@link TrafilaturaEvaluation}: micro-averaged snippet counts and scores, date
 * accuracy, throughput, a per-language breakdown and the worst pages. Immutable.
 *
 * @param options what was evaluated
 * @param pages pages evaluated
 * @param counts snippet counts summed over all pages
 * @param crashes pages where decoding or extraction failed (scored as empty output)
 * @param datePages pages with a gold date
 * @param dateCorrect of those, pages whose extracted day equals the gold day
 * @param throughput pages per second and how they were measured
 * @param languages scores per manifest {@code lang_guess}, sorted by language
 * @param worst the pages with most missed "with" plus leaked "without" snippets, worst first
 * @param metadata title and author counts over all pages
 * @param metadataMisses every wrong title, author (also one shown where gold has none) and date, in page order
 */
public record TrafilaturaResult(TrafilaturaEvaluation.Options options, int pages, SnippetCounts counts, int crashes,
                                int datePages, int dateCorrect, Throughput throughput,
                                List<LanguageScore> languages, List<PageReport> worst, MetadataCounts metadata,
                                List<MetadataMiss> metadataMisses, double f1Low, double f1High) {

    public TrafilaturaResult {
        languages = List.copyOf(languages);
        worst = List.copyOf(worst);
        metadata = metadata == null ? MetadataCounts.ZERO : metadata;
        metadataMisses = metadataMisses == null ? List.of() : List.copyOf(metadataMisses);
    }

    /** Without title and author scores. */
    public TrafilaturaResult(TrafilaturaEvaluation.Options options, int pages, SnippetCounts counts, int crashes,
                             int datePages, int dateCorrect, Throughput throughput,
                             List<LanguageScore> languages, List<PageReport> worst) {
        this(options, pages, counts, crashes, datePages, dateCorrect, throughput, languages, worst, MetadataCounts.ZERO,
                List.of(), Double.NaN, Double.NaN);
    }

    /**
     * One wrong metadata value.
     *
     * @param field "title", "author" or "date"
     * @param gold the gold value (authors normalised and joined by " | "; empty when gold has none)
     * @param got what Lagebild gives (the byline for authors), or null
     * @param origin where the extracted value came from (a {@code MetaField} origin), or null
     */
    public record MetadataMiss(String url, String file, String language, String field, String gold, String got,
                               String origin) {
    }

    /** Scores of the pages of one language. */
    public record LanguageScore(String language, int pages, SnippetCounts counts, int datePages, int dateCorrect,
                                MetadataCounts metadata) {

        public LanguageScore(String language, int pages, SnippetCounts counts, int datePages, int dateCorrect) {
            this(language, pages, counts, datePages, dateCorrect, MetadataCounts.ZERO);
        }

        static LanguageScore empty(String language) {
            return new LanguageScore(language, 0, SnippetCounts.ZERO, 0, 0, MetadataCounts.ZERO);
        }

        LanguageScore plus(SnippetCounts c, Boolean dateOk) {
            return plus(c, dateOk, MetadataCounts.ZERO);
        }

        LanguageScore plus(SnippetCounts c, Boolean dateOk, MetadataCounts m) {
            return new LanguageScore(language, pages + 1, counts.plus(c), datePages + (dateOk == null ? 0 : 1),
                    dateCorrect + (Boolean.TRUE.equals(dateOk) ? 1 : 0), metadata.plus(m));
        }

        public double dateAccuracy() {
            return datePages == 0 ? 0.0 : (double) dateCorrect / datePages;
        }
    }

    /**
     * One page's outcome, for the worst-pages dump.
     *
     * @param missedCauses for each missed snippet, where it went: {@code "removed: reason (rule)"} when
     *     a removed piece of boilerplate holds it, {@code "kept as caption"} (or another block type
     *     outside the view), {@code "not in decoded input"} (charset or gold spelling), else
     *     {@code "lost"}
     * @param leakedBlocks for each leaked snippet, the type of the block that holds it
     * @param error why extraction failed, or null
     * @param outputChars length of the scored output
     * @param goldDate the gold date as given, or null
     * @param predictedDate the extracted day (yyyy-MM-dd), or null
     */
    public record PageReport(String url, String file, String language, SnippetCounts counts, List<String> missed,
                             List<String> missedCauses, List<String> leaked, List<String> leakedBlocks, String error,
                             int outputChars, String goldDate, String predictedDate) {
        public PageReport {
            missed = List.copyOf(missed);
            missedCauses = List.copyOf(missedCauses);
            leaked = List.copyOf(leaked);
            leakedBlocks = List.copyOf(leakedBlocks);
        }
    }

    public double precision() {
        return counts.precision();
    }

    public double recall() {
        return counts.recall();
    }

    public double f1() {
        return counts.f1();
    }

    public double accuracy() {
        return counts.accuracy();
    }

    /** Share of pages with a gold date whose day was extracted correctly. */
    public double dateAccuracy() {
        return datePages == 0 ? 0.0 : (double) dateCorrect / datePages;
    }

    /** Whole pages (charset decoding plus extraction) per wall-clock second on the run's threads. */
    public double pagesPerSecond() {
        return throughput.pagesPerSecond();
    }

    /** One JSON object (one line) with the scores, counts and throughput. */
    public String toJson() {
        ObjectNode o = Json.object();
        o.put("benchmark", "trafilatura");
        o.put("view", options.view().name().toLowerCase(java.util.Locale.ROOT));
        o.put("language", options.language() == null ? "all" : options.language());
        o.put("url_passed", options.passUrl());
        o.put("split", options.run().split().label());
        o.put("pages", pages);
        o.put("precision", Json.round(precision()));
        o.put("recall", Json.round(recall()));
        o.put("f1", Json.round(f1()));
        if (!Double.isNaN(f1Low)) {
            o.put("f1_low", Json.round(f1Low));
            o.put("f1_high", Json.round(f1High));
        }
        o.put("accuracy", Json.round(accuracy()));
        o.put("tp", counts.tp());
        o.put("fp", counts.fp());
        o.put("fn", counts.fn());
        o.put("tn", counts.tn());
        o.put("crashes", crashes);
        o.put("date_accuracy", Json.round(dateAccuracy()));
        o.put("date_pages", datePages);
        o.put("date_correct", dateCorrect);
        o.put("title_accuracy", Json.round(metadata.titleAccuracy()));
        o.put("title_pages", metadata.titlePages());
        o.put("title_correct", metadata.titleCorrect());
        o.put("author_accuracy", Json.round(metadata.authorAccuracy()));
        o.put("author_pages", metadata.authorPages());
        o.put("author_correct", metadata.authorCorrect());
        o.put("author_false", metadata.authorFalse());
        o.put("no_author_pages", metadata.noAuthorPages());
        throughput.putInto(o);
        return Json.write(o);
    }
}
