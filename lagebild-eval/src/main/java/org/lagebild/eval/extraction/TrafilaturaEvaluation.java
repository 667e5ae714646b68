package org.lagebild.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.model.Article;

/**
 * Scores {@link ArticleExtractor} on the trafilatura boilerplate benchmark laid out as in
 * {@code trafilatura-eval/}: {@code evaldata.json} (url &rarr; file, "with"/"without" snippets,
 * optional gold {@code date}), {@code manifest.tsv} (url &rarr; stored gzip path, {@code lang_guess})
 * and {@code html/*.gz} (raw page bytes). Each page's raw bytes are decoded and extracted, the
 * {@link OutputView} of the article is matched with {@link SnippetScoring} and the counts are
 * micro-averaged over all snippets; a failed extraction counts as empty output. The publication
 * date is scored as the share of pages with a gold date whose yyyy-MM-dd day equals
 * {@code article.published().date()}; title and authors are scored by {@link MetadataScoring} (title
 * accuracy over pages with a gold title, author accuracy over pages with a gold author, and the pages
 * without a gold author where Lagebild shows one). Pages run one after another in evaldata order; the class
 * holds no state.
 */
public final class TrafilaturaEvaluation {

    private TrafilaturaEvaluation() {
    }

    /**
     * What to evaluate.
     *
     * @param view the part of the article that is scored
     * @param language only pages whose manifest {@code lang_guess} equals this ("de"), or null for all
     * @param limit at most this many pages (after the language filter), or 0 for all
     * @param worst how many of the worst pages to keep in the result with their snippets
     * @param passUrl whether the extractor is told the page URL (Lagebild always knows it; the
     *     benchmark's extractors get only the bytes, which matters for dates found in URLs)
     * @param run threads, passes, DEV/TEST split (by the page URL) and dump file
     */
    public record Options(OutputView view, String language, int limit, int worst, boolean passUrl, RunSettings run) {
        public Options {
            if (view == null) {
                throw new NullPointerException("view");
            }
            if (limit < 0 || worst < 0) {
                throw new IllegalArgumentException("limit and worst must not be negative");
            }
            run = run == null ? RunSettings.defaults() : run;
        }

        public Options(OutputView view, String language, int limit, int worst, boolean passUrl) {
            this(view, language, limit, worst, passUrl, RunSettings.defaults());
        }

        public Options withRun(RunSettings settings) {
            return new Options(view, language, limit, worst, passUrl, settings);
        }

        /** All pages, {@link OutputView#BODY}, 10 worst pages, URL passed. */
        public static Options defaults() {
            return new Options(OutputView.BODY, null, 0, 10, true);
        }

        public Options withView(OutputView v) {
            return new Options(v, language, limit, worst, passUrl, run);
        }

        public Options withLanguage(String lang) {
            return new Options(view, lang, limit, worst, passUrl, run);
        }

        public Options withLimit(int n) {
            return new Options(view, language, n, worst, passUrl, run);
        }

        public Options withWorst(int n) {
            return new Options(view, language, limit, n, passUrl, run);
        }

        public Options withPassUrl(boolean pass) {
            return new Options(view, language, limit, worst, pass, run);
        }
    }

    /** Evaluates all pages with {@link Options#defaults()}. */
    public static TrafilaturaResult run(Path dir) throws IOException {
        return run(dir, Options.defaults());
    }

    /** Evaluates with a fresh {@link ArticleExtractor}. */
    public static TrafilaturaResult run(Path dir, Options options) throws IOException {
        return run(dir, options, new ArticleExtractor());
    }

    /**
     * Evaluates the pages of {@code dir} selected by {@code options} with the given extractor.
     *
     * @throws IOException when evaldata.json, manifest.tsv or a listed page cannot be read
     */
    public static TrafilaturaResult run(Path dir, Options options, ArticleExtractor extractor) throws IOException {
        JsonNode evaldata = new ObjectMapper().readTree(Files.readString(dir.resolve("evaldata.json"), StandardCharsets.UTF_8));
        Map<String, String[]> manifest = readManifest(dir.resolve("manifest.tsv"));

        record Selected(String url, JsonNode item, String file, String storedPath, String lang) {
        }
        List<Selected> selected = new ArrayList<>();
        List<PageBatch.Page> inputs = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = evaldata.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String url = e.getKey();
            JsonNode item = e.getValue();
            String[] row = manifest.get(url);
            String file = item.path("file").asText();
            String storedPath = row != null ? row[0] : "html/" + file + ".gz";
            String lang = row != null ? row[1] : "?";
            if (options.language() != null && !options.language().equals(lang)) {
                continue;
            }
            if (!options.run().split().contains(url)) {
                continue;
            }
            if (options.limit() > 0 && selected.size() >= options.limit()) {
                break;
            }
            Path page = dir.resolve(storedPath);
            byte[] bytes;
            try {
                bytes = PageExtraction.read(page);
            } catch (NoSuchFileException ex) {
                throw new NoSuchFileException(page.toString(), null, "page listed for " + url + " is missing");
            }
            selected.add(new Selected(url, item, file, storedPath, lang));
            inputs.add(new PageBatch.Page(url, bytes, storedPath, options.passUrl() ? url : null));
        }
        PageBatch.Outcome outcome = PageBatch.run(extractor, inputs, options.run());

        SnippetCounts total = SnippetCounts.ZERO;
        Map<String, TrafilaturaResult.LanguageScore> byLang = new TreeMap<>();
        List<TrafilaturaResult.PageReport> pages = new ArrayList<>();
        int datePages = 0;
        int dateCorrect = 0;
        int crashes = 0;
        MetadataCounts meta = MetadataCounts.ZERO;
        List<TrafilaturaResult.MetadataMiss> misses = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            Selected sel = selected.get(i);
            String url = sel.url();
            JsonNode item = sel.item();
            String lang = sel.lang();
            byte[] bytes = inputs.get(i).bytes();
            PageExtraction run = outcome.results().get(i);
            Article article = run.article();
            if (article == null) {
                crashes++;
            }
            String output = article == null ? null : options.view().render(article);
            SnippetScoring.PageMatch match = SnippetScoring.score(output, strings(item.path("with")), strings(item.path("without")));
            total = total.plus(match.counts());

            String gold = item.path("date").asText("");
            LocalDate predicted = article == null ? null : article.published().date();
            Boolean dateOk = null;
            if (gold.length() >= 10) {
                datePages++;
                dateOk = predicted != null && predicted.toString().equals(gold.substring(0, 10));
                if (dateOk) {
                    dateCorrect++;
                }
            }
            MetadataCounts pageMeta = scoreMetadata(item, article, dateOk, url, sel.file(), lang, predicted, misses);
            meta = meta.plus(pageMeta);
            TrafilaturaResult.LanguageScore ls = byLang.getOrDefault(lang, TrafilaturaResult.LanguageScore.empty(lang));
            byLang.put(lang, ls.plus(match.counts(), dateOk, pageMeta));
            String decoded = match.missed().isEmpty() || article == null ? null : decodedOrNull(bytes, article);
            pages.add(new TrafilaturaResult.PageReport(url, sel.file(), lang, match.counts(), match.missed(),
                    match.missed().stream().map(m -> Diagnosis.missedCause(m, article, decoded)).toList(),
                    match.leaked(), match.leaked().stream().map(m -> Diagnosis.leakedBlock(m, article)).toList(),
                    run.error(), output == null ? 0 : output.length(), gold.isEmpty() ? null : gold,
                    predicted == null ? null : predicted.toString()));
        }
        List<TrafilaturaResult.PageReport> worst = new ArrayList<>(pages);
        worst.sort(Comparator.comparingInt((TrafilaturaResult.PageReport p) -> p.counts().fn() + p.counts().fp()).reversed()
                .thenComparing(Comparator.comparingInt((TrafilaturaResult.PageReport p) -> p.counts().fn()).reversed())
                .thenComparing(TrafilaturaResult.PageReport::url));
        worst = worst.subList(0, Math.min(options.worst(), worst.size()));
        double[] interval = SnippetCounts.f1Interval(pages.stream().map(TrafilaturaResult.PageReport::counts).toList());
        return new TrafilaturaResult(options, pages.size(), total, crashes, datePages, dateCorrect, outcome.throughput(),
                List.copyOf(byLang.values()), worst, meta, misses, interval[0], interval[1]);
    }

    /**
     * Title and author scores of one page (see {@link MetadataScoring}); every wrong title, author or date is
     * added to {@code misses} with gold, got and the origin of the extracted value.
     */
    static MetadataCounts scoreMetadata(JsonNode item, Article article, Boolean dateOk, String url, String file,
                                        String lang, LocalDate predicted, List<TrafilaturaResult.MetadataMiss> misses) {
        MetadataCounts c = MetadataCounts.ZERO;
        String goldTitle = item.path("title").asText("");
        if (!goldTitle.isBlank()) {
            String got = article == null ? "" : article.title();
            boolean ok = MetadataScoring.titleMatches(goldTitle, got);
            c = c.plus(new MetadataCounts(1, ok ? 1 : 0, 0, 0, 0, 0));
            if (!ok) {
                misses.add(new TrafilaturaResult.MetadataMiss(url, file, lang, "title", goldTitle, got,
                        MetadataScoring.titleOrigin(article)));
            }
        }
        Set<String> goldAuthors = MetadataScoring.authorSet(strings(item.path("author")));
        Set<String> gotAuthors = MetadataScoring.authors(article);
        String gotByline = article == null ? null : article.byline();
        if (!goldAuthors.isEmpty()) {
            boolean ok = goldAuthors.equals(gotAuthors);
            c = c.plus(new MetadataCounts(0, 0, 1, ok ? 1 : 0, 0, 0));
            if (!ok) {
                misses.add(new TrafilaturaResult.MetadataMiss(url, file, lang, "author", String.join(" | ", goldAuthors),
                        gotByline, MetadataScoring.authorOrigin(article)));
            }
        } else if (item.has("author")) { // a page without the key says nothing about its author
            boolean wrong = !gotAuthors.isEmpty();
            c = c.plus(new MetadataCounts(0, 0, 0, 0, 1, wrong ? 1 : 0));
            if (wrong) {
                misses.add(new TrafilaturaResult.MetadataMiss(url, file, lang, "author", "", gotByline,
                        MetadataScoring.authorOrigin(article)));
            }
        }
        if (Boolean.FALSE.equals(dateOk)) {
            misses.add(new TrafilaturaResult.MetadataMiss(url, file, lang, "date", item.path("date").asText(""),
                    predicted == null ? null : predicted.toString(),
                    article == null ? null : article.published().origin()));
        }
        return c;
    }

    /** The decoded page, only needed to diagnose missed snippets (so only computed when some were missed). */
    private static String decodedOrNull(byte[] bytes, Article article) {
        try {
            return org.lagebild.ingest.charset.CharsetDetector.decode(bytes, null, true).text();
        } catch (org.lagebild.ingest.InputException | RuntimeException e) {
            return null;
        }
    }

    /** The strings of an array, a single string as a list of one, nothing for a missing or null value. */
    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isTextual()) {
            out.add(array.asText());
            return out;
        }
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** url &rarr; {stored_path, lang_guess}; the header names the columns. */
    static Map<String, String[]> readManifest(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(tsv + " is empty");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int url = column(header, "url", tsv);
        int path = column(header, "stored_path", tsv);
        int lang = column(header, "lang_guess", tsv);
        Map<String, String[]> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.put(f[url], new String[] {f[path], f[lang].strip().toLowerCase(Locale.ROOT)});
        }
        return out;
    }

    private static int column(List<String> header, String name, Path tsv) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IOException(tsv + " has no column '" + name + "': " + header);
        }
        return i;
    }
}
