package org.lagebild.eval.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.model.Article;

/**
 * Scores {@link ArticleExtractor} on the German news pages of the DFKI SmartData corpus, laid out as
 * {@code smartdata-de-ner-events/}: {@code v3_20200302/dev.json.gz} and, when present,
 * {@code v3_20200302/test.json.gz} (read by {@link SmartdataCorpus}). A page is a NEWS_HTML document whose
 * {@code raw} field holds the page's HTML; its gold is the document's annotated {@code text} (title,
 * dateline and body as the corpus builders extracted them, so noisier than a curated gold: it may keep a
 * "RSS-Feeds" line, a caption or a "Weitere News" list). The stored HTML is already decoded text: it is
 * handed to the extractor as UTF-8 and the document's {@code uri} as the page address. Output and gold are
 * compared by {@link ShingleScoring} exactly as in {@link ScrapinghubEvaluation} (4-token shingles,
 * per-page precision and recall averaged over pages), with one adjustment for the corpus: most news golds
 * were cut by the corpus builders after about 950 characters, often in the middle of a word, so a gold cut
 * that way is compared with the output only up to where the gold's text ends in it ({@link #compared}). The corpus' own split decides the part:
 * {@link Split#DEV} is {@code dev.json.gz}, {@link Split#TEST} {@code test.json.gz}, {@link Split#ALL}
 * whichever of the two are present. Pages run in file order; the class holds no state.
 */
public final class SmartdataEvaluation {

    /** Where the corpus files sit below the given directory. */
    static final String VERSION_DIR = "v3_20200302";

    private SmartdataEvaluation() {
    }

    /**
     * What to evaluate.
     *
     * @param view the part of the article that is scored (the gold has the title, so
     *     {@link OutputView#BODY_WITH_TITLE} by default)
     * @param limit at most this many pages (in file order), or 0 for all
     * @param worst how many of the lowest-F1 pages to keep in the result, with their unmatched parts
     * @param run threads, passes, the corpus file (split) and dump file
     */
    public record Options(OutputView view, int limit, int worst, RunSettings run) {
        public Options {
            if (view == null) {
                throw new NullPointerException("view");
            }
            if (limit < 0 || worst < 0) {
                throw new IllegalArgumentException("limit and worst must not be negative");
            }
            run = run == null ? RunSettings.defaults() : run;
        }

        /** All pages, {@link OutputView#BODY_WITH_TITLE}, 10 worst pages. */
        public static Options defaults() {
            return new Options(OutputView.BODY_WITH_TITLE, 0, 10, RunSettings.defaults());
        }

        public Options withView(OutputView v) {
            return new Options(v, limit, worst, run);
        }

        public Options withLimit(int n) {
            return new Options(view, n, worst, run);
        }

        public Options withWorst(int n) {
            return new Options(view, limit, n, run);
        }

        public Options withRun(RunSettings settings) {
            return new Options(view, limit, worst, settings);
        }
    }

    /** Evaluates with a fresh {@link ArticleExtractor}. */
    public static SmartdataResult run(Path dir, Options options) throws IOException {
        return run(dir, options, new ArticleExtractor());
    }

    /**
     * Evaluates the HTML pages of the corpus files selected by the options' split.
     *
     * @throws IOException when a selected file is missing or cannot be parsed
     */
    public static SmartdataResult run(Path dir, Options options, ArticleExtractor extractor) throws IOException {
        List<SmartdataCorpus.Document> pages = new ArrayList<>();
        int documents = 0;
        for (Path file : files(dir, options.run().split())) {
            List<SmartdataCorpus.Document> docs = SmartdataCorpus.read(file);
            documents += docs.size();
            for (SmartdataCorpus.Document d : docs) {
                if (d.isHtmlPage() && (options.limit() == 0 || pages.size() < options.limit())) {
                    pages.add(d);
                }
            }
        }
        List<PageBatch.Page> inputs = new ArrayList<>();
        for (SmartdataCorpus.Document d : pages) {
            inputs.add(new PageBatch.Page(d.id(), d.raw().getBytes(StandardCharsets.UTF_8), "smartdata/" + d.id(), d.uri(),
                    "UTF-8"));
        }
        PageBatch.Outcome outcome = PageBatch.run(extractor, inputs, options.run());
        List<ShingleScoring.DocumentCounts> docs = new ArrayList<>();
        List<SmartdataResult.PageReport> reports = new ArrayList<>();
        int exact = 0;
        int crashes = 0;
        int cut = 0;
        for (int i = 0; i < pages.size(); i++) {
            SmartdataCorpus.Document d = pages.get(i);
            PageExtraction run = outcome.results().get(i);
            Article article = run.article();
            if (article == null) {
                crashes++;
            }
            Compared pair = compared(d.text(), article == null ? "" : options.view().render(article));
            if (pair.cut()) {
                cut++;
            }
            ShingleScoring.DocumentCounts c = ShingleScoring.match(pair.gold(), pair.predicted());
            if (ShingleScoring.exactMatch(pair.gold(), pair.predicted())) {
                exact++;
            }
            docs.add(c);
            reports.add(new SmartdataResult.PageReport(d.id(), d.uri(), c, run.error(), pair.gold(), pair.predicted(),
                    pair.cut()));
        }
        List<SmartdataResult.PageReport> worst = new ArrayList<>(reports);
        worst.sort(Comparator.comparingDouble((SmartdataResult.PageReport p) -> p.counts().f1())
                .thenComparing(SmartdataResult.PageReport::id));
        worst = worst.subList(0, Math.min(options.worst(), worst.size()));
        return new SmartdataResult(options, ShingleScoring.aggregate(docs, exact), documents, cut, crashes,
                outcome.throughput(), worst);
    }

    /**
     * What is scored of one page.
     *
     * @param gold the gold text, without its last (possibly partial) token when it was cut
     * @param predicted the output, up to the end of the gold's text in it when the gold was cut
     * @param cut whether the gold was cut by the corpus builders
     */
    record Compared(String gold, String predicted, boolean cut) {
    }

    /**
     * Whether a gold text was cut short by the corpus builders: their complete texts end in a blank line
     * ("\n\n"), the ones cut after about 950 characters in a single line break, mostly in the middle of a word.
     */
    static boolean isCut(String gold) {
        return gold.endsWith("\n") && !gold.endsWith("\n\n");
    }

    /**
     * The gold and output to compare. A complete gold is compared with the whole output. A cut gold loses
     * its last token (a word cut in half would not match), and the output is compared only up to the end of
     * the last of the gold's 4-token shingles that it contains (its first occurrence there): what follows lies
     * beyond the gold's horizon, and counting it would charge the extractor for the rest of the article. When
     * the output holds none of the gold's shingles it is kept whole. Both are cut at a token's end, so the
     * texts keep their lines and paragraphs.
     */
    static Compared compared(String gold, String predicted) {
        if (!isCut(gold)) {
            return new Compared(gold, predicted, false);
        }
        List<String> g = ShingleScoring.tokens(gold);
        int[] gEnds = ShingleScoring.tokenEnds(gold);
        String goldKept = g.size() < 2 ? "" : gold.substring(0, gEnds[g.size() - 2]);
        g = g.isEmpty() ? g : g.subList(0, g.size() - 1);
        List<String> p = ShingleScoring.tokens(predicted);
        int n = ShingleScoring.SHINGLE;
        String predictedKept = predicted;
        if (g.size() >= n && p.size() >= n) {
            Map<String, Integer> firstEnd = new HashMap<>();
            for (int j = 0; j + n <= p.size(); j++) {
                firstEnd.putIfAbsent(String.join("\u0000", p.subList(j, j + n)), j + n);
            }
            for (int i = g.size(); i >= n; i--) {
                Integer e = firstEnd.get(String.join("\u0000", g.subList(i - n, i)));
                if (e != null) {
                    predictedKept = predicted.substring(0, ShingleScoring.tokenEnds(predicted)[e - 1]);
                    break;
                }
            }
        }
        return new Compared(goldKept, predictedKept, true);
    }

    /** The corpus files of a split: dev, test, or both (all: whichever exist, at least one). */
    static List<Path> files(Path dir, Split split) throws IOException {
        Path base = dir.resolve(VERSION_DIR);
        Path dev = base.resolve("dev.json.gz");
        Path test = base.resolve("test.json.gz");
        List<Path> out = new ArrayList<>();
        switch (split) {
            case DEV -> out.add(dev);
            case TEST -> out.add(test);
            case ALL -> {
                for (Path p : List.of(dev, test)) {
                    if (Files.isRegularFile(p)) {
                        out.add(p);
                    }
                }
                if (out.isEmpty()) {
                    out.add(dev);
                }
            }
        }
        for (Path p : out) {
            if (!Files.isRegularFile(p)) {
                throw new NoSuchFileException(p.toString(), null, "SmartData corpus file missing");
            }
        }
        return out;
    }

    /**
     * The parts of {@code text} (split at {@code separator}) that {@code other} does not contain: a part of
     * four or more tokens whose 4-token shingles are less than half found among {@code other}'s, a shorter
     * part whose token sequence does not occur in {@code other}. For the worst-page listing: what the
     * extractor kept that the gold lacks, and the gold lines it lost.
     */
    static List<String> unmatchedParts(String text, String other, String separator) {
        List<String> otherTokens = ShingleScoring.tokens(other);
        Set<String> otherShingles = new HashSet<>(ShingleScoring.shingles(other, ShingleScoring.SHINGLE).keySet());
        String joined = " " + String.join(" ", otherTokens) + " ";
        List<String> out = new ArrayList<>();
        for (String part : text.split(separator)) {
            List<String> tokens = ShingleScoring.tokens(part);
            if (tokens.isEmpty()) {
                continue;
            }
            boolean unmatched;
            if (tokens.size() < ShingleScoring.SHINGLE) {
                unmatched = !joined.contains(" " + String.join(" ", tokens) + " ");
            } else {
                int found = 0;
                int all = tokens.size() - ShingleScoring.SHINGLE + 1;
                for (int i = 0; i < all; i++) {
                    if (otherShingles.contains(String.join("\u0000", tokens.subList(i, i + ShingleScoring.SHINGLE)))) {
                        found++;
                    }
                }
                unmatched = 2 * found < all;
            }
            if (unmatched) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
