package org.lagebild.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.model.Article;

/**
 * Scores {@link ArticleExtractor} on the Scrapinghub article-extraction benchmark laid out as in
 * {@code scrapinghub-article-extraction/}: {@code ground-truth.json} ({@code {id: {"articleBody",
 * "url"}}}) and {@code html/<id>.html.gz}. Each page is decoded and extracted, its
 * {@link OutputView} compared with the gold body by {@link ShingleScoring}; a failed extraction
 * counts as empty output. Pages run in id order; the class holds no state.
 */
public final class ScrapinghubEvaluation {

    private ScrapinghubEvaluation() {
    }

    /**
     * What to evaluate.
     *
     * @param view the part of the article that is scored
     * @param limit at most this many pages (in id order), or 0 for all
     * @param worst how many of the lowest-F1 pages to keep in the result
     * @param run threads, passes, DEV/TEST split (by the page id) and dump file
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

        public Options(OutputView view, int limit, int worst) {
            this(view, limit, worst, RunSettings.defaults());
        }

        public Options withRun(RunSettings settings) {
            return new Options(view, limit, worst, settings);
        }

        /** All pages, {@link OutputView#BODY}, 10 worst pages. */
        public static Options defaults() {
            return new Options(OutputView.BODY, 0, 10);
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
    }

    /** Evaluates all pages with {@link Options#defaults()}. */
    public static ScrapinghubResult run(Path dir) throws IOException {
        return run(dir, Options.defaults());
    }

    /** Evaluates with a fresh {@link ArticleExtractor}. */
    public static ScrapinghubResult run(Path dir, Options options) throws IOException {
        return run(dir, options, new ArticleExtractor());
    }

    /**
     * Evaluates the pages of {@code dir} selected by {@code options} with the given extractor.
     *
     * @throws IOException when ground-truth.json or a listed page cannot be read
     */
    public static ScrapinghubResult run(Path dir, Options options, ArticleExtractor extractor) throws IOException {
        Map<String, String[]> gold = readGold(dir.resolve("ground-truth.json"));
        List<String[]> selected = new ArrayList<>();
        List<PageBatch.Page> inputs = new ArrayList<>();
        for (Map.Entry<String, String[]> e : gold.entrySet()) {
            String id = e.getKey();
            if (!options.run().split().contains(id)) {
                continue;
            }
            if (options.limit() > 0 && selected.size() >= options.limit()) {
                break;
            }
            Path page = dir.resolve("html").resolve(id + ".html.gz");
            byte[] bytes;
            try {
                bytes = PageExtraction.read(page);
            } catch (NoSuchFileException ex) {
                throw new NoSuchFileException(page.toString(), null, "page listed in ground-truth.json is missing");
            }
            selected.add(new String[] {id, e.getValue()[0], e.getValue()[1]});
            inputs.add(new PageBatch.Page(id, bytes, "html/" + id + ".html.gz", e.getValue()[1]));
        }
        PageBatch.Outcome outcome = PageBatch.run(extractor, inputs, options.run());
        List<ShingleScoring.DocumentCounts> docs = new ArrayList<>();
        List<ScrapinghubResult.PageReport> pages = new ArrayList<>();
        int exact = 0;
        int crashes = 0;
        for (int i = 0; i < selected.size(); i++) {
            String id = selected.get(i)[0];
            String body = selected.get(i)[1];
            String url = selected.get(i)[2];
            PageExtraction run = outcome.results().get(i);
            Article article = run.article();
            if (article == null) {
                crashes++;
            }
            String predicted = article == null ? "" : options.view().render(article);
            ShingleScoring.DocumentCounts c = ShingleScoring.match(body, predicted);
            boolean same = ShingleScoring.exactMatch(body, predicted);
            if (same) {
                exact++;
            }
            docs.add(c);
            pages.add(new ScrapinghubResult.PageReport(id, url, c, same, run.error(), body, predicted));
        }
        ShingleScoring.Scores scores = ShingleScoring.aggregate(docs, exact);
        List<ScrapinghubResult.PageReport> worst = new ArrayList<>(pages);
        worst.sort(Comparator.comparingDouble((ScrapinghubResult.PageReport p) -> p.counts().f1())
                .thenComparing(ScrapinghubResult.PageReport::id));
        worst = worst.subList(0, Math.min(options.worst(), worst.size()));
        return new ScrapinghubResult(options, scores, crashes, outcome.throughput(), worst);
    }

    /**
     * Scores given outputs (for example the benchmark's reference outputs) without running the
     * extractor: ids missing from {@code predicted} count as empty output.
     *
     * @param gold id &rarr; gold article body
     * @param predicted id &rarr; predicted article body
     */
    public static ShingleScoring.Scores score(Map<String, String> gold, Map<String, String> predicted) {
        List<ShingleScoring.DocumentCounts> docs = new ArrayList<>();
        int exact = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(gold).entrySet()) {
            String p = predicted.getOrDefault(e.getKey(), "");
            docs.add(ShingleScoring.match(e.getValue(), p));
            if (ShingleScoring.exactMatch(e.getValue(), p)) {
                exact++;
            }
        }
        return ShingleScoring.aggregate(docs, exact);
    }

    /**
     * Scores another tool's stored output ({@code reference-outputs/NAME.json} of the benchmark folder) on the
     * pages of {@code split}, the way {@link #score} does, and returns one JSON line of the figures: the same
     * pages and scorer as our own run, so a split's figure can be read against the tools the benchmark lists.
     *
     * @throws java.nio.file.NoSuchFileException when the benchmark has no output of that name
     */
    public static String scoreReference(Path dir, String name, Split split) throws IOException {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("not a tool name (letters, digits, _ and -): " + name);
        }
        Path file = dir.resolve("reference-outputs").resolve(name + ".json");
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "no stored output of that tool; the folder has " + referenceNames(dir));
        }
        Map<String, String> gold = new TreeMap<>();
        readBodies(dir.resolve("ground-truth.json")).forEach((id, body) -> {
            if (split.contains(id)) {
                gold.put(id, body);
            }
        });
        ShingleScoring.Scores s = score(gold, readBodies(file));
        ObjectNode o = Json.object();
        o.put("benchmark", "scrapinghub");
        o.put("reference", name);
        o.put("split", split.label());
        o.put("pages", s.documents());
        o.put("precision", Json.round(s.precision()));
        o.put("recall", Json.round(s.recall()));
        o.put("f1", Json.round(s.f1()));
        o.put("accuracy", Json.round(s.accuracy()));
        return Json.write(o);
    }

    private static List<String> referenceNames(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        Path folder = dir.resolve("reference-outputs");
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
                        .map(f -> f.substring(0, f.length() - 5)).sorted().forEach(names::add);
            }
        }
        return names;
    }

    /**
     * Reads id &rarr; articleBody from a benchmark JSON file: either {@code {id: {"articleBody"}}}
     * (ground truth, some reference outputs) or {@code {"output": {id: {"articleBody"}}, ...}}.
     */
    public static Map<String, String> readBodies(Path json) throws IOException {
        Map<String, String> out = new TreeMap<>();
        readGold(json).forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    /** id &rarr; {articleBody, url}, sorted by id. */
    private static Map<String, String[]> readGold(Path json) throws IOException {
        JsonNode root = Json.MAPPER.readTree(Files.newBufferedReader(json));
        if (root.has("output") && root.get("output").isObject()) {
            root = root.get("output");
        }
        Map<String, String[]> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode item = e.getValue();
            String body = item.path("articleBody").isTextual() ? item.get("articleBody").asText() : "";
            String url = item.path("url").isTextual() ? item.get("url").asText() : null;
            out.put(e.getKey(), new String[] {body, url});
        }
        return new LinkedHashMap<>(out);
    }
}
