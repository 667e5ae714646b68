package org.lagebild.stories.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.lagebild.model.ArticleIds;
import org.lagebild.model.Document;
import org.lagebild.stories.cluster.Assignment;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryFeatures;
import org.lagebild.stories.cluster.StoryMerger;
import org.lagebild.stories.cluster.StoryModel;

/**
 * Evaluates {@link StoryClusterer} against gold story clusters of two local corpora.
 *
 * <ul>
 *   <li><b>GVA</b> ({@code gva-incidents-casualty-counts-en}: {@code documents.jsonl.gz}, one
 *   article per line with {@code incident_id, doc_id, title, dct, uri, content}): gold cluster =
 *   incident. Articles are processed in publication order ({@code dct}, then {@code doc_id}).</li>
 *   <li><b>ECB+</b> ({@code ecbplus-event-clusters-en}: {@code ECB+/<topic>/<doc>.xml.gz} token
 *   files and {@code doc_to_cluster.tsv}): gold cluster = <em>topic</em> (43), as issue 6 states
 *   its goal on "ECB+ topics"; the stricter sub-topic gold (86: the {@code ecb} and {@code ecbplus}
 *   halves of a topic describe two different seminal events of the same kind) is reported beside
 *   it. The texts have no publication dates, so every date is unknown and the order is stable but
 *   uninformed: by SHA-256 of the document name (which interleaves the topics).</li>
 * </ul>
 *
 * Each corpus is split by a hash of the gold cluster id (incident or topic) into DEV (tune on it)
 * and TEST (incidents never looked at while tuning); each split is clustered as its own stream
 * from an empty clusterer. The annotator (the engine's full pipeline) turns raw text into
 * documents; annotation time is reported apart from clustering time.
 */
public final class StoryEvaluation {
    private static final Pattern TOKEN = Pattern.compile(
            "<token t_id=\"\\d+\" sentence=\"(\\d+)\" number=\"\\d+\">(.*?)</token>", Pattern.DOTALL);

    private StoryEvaluation() {
    }

    /** One corpus article with its gold clusters ({@code subcluster} equals {@code cluster} for GVA). */
    public record GoldArticle(StoryRawText raw, String cluster, String subcluster) {
    }

    /** A gold article with its clustering features. */
    public record Labelled(GoldArticle gold, StoryFeatures features) {
    }

    /** Scores of one corpus split against one gold labelling. */
    public record Result(String corpus, String split, String gold, StoryClusterScores scores, int stories,
                         double clusterSeconds, double articlesPerSecond) {
        public String toJson() {
            StoryClusterScores s = scores;
            return String.format(Locale.ROOT, "{\"corpus\":\"%s\",\"split\":\"%s\",\"gold\":\"%s\",\"articles\":%d,"
                            + "\"goldClusters\":%d,\"stories\":%d,\"pairPrecision\":%.4f,\"pairRecall\":%.4f,\"pairF1\":%.4f,"
                            + "\"bcubedPrecision\":%.4f,\"bcubedRecall\":%.4f,\"bcubedF1\":%.4f,\"clusterSeconds\":%.3f,"
                            + "\"articlesPerSecond\":%.1f}",
                    corpus, split, gold, s.items(), s.goldClusters(), stories, s.pairPrecision(), s.pairRecall(), s.pairF1(),
                    s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), clusterSeconds, articlesPerSecond);
        }
    }

    /** All results of a run, with the configuration and the annotation cost. */
    public record Report(List<Result> results, ClusterConfig config, int annotated, double annotateSeconds) {
        /** The result for corpus, split and gold, or null. */
        public Result result(String corpus, String split, String gold) {
            return results.stream().filter(r -> r.corpus.equals(corpus) && r.split.equals(split) && r.gold.equals(gold))
                    .findFirst().orElse(null);
        }

        public String toJson() {
            StringBuilder sb = new StringBuilder("{\"results\":[");
            for (int i = 0; i < results.size(); i++) {
                sb.append(i > 0 ? "," : "").append(results.get(i).toJson());
            }
            sb.append("],\"config\":{");
            int i = 0;
            for (Map.Entry<String, Number> e : config.asMap().entrySet()) {
                sb.append(i++ > 0 ? "," : "").append('"').append(e.getKey()).append("\":").append(e.getValue());
            }
            sb.append(String.format(Locale.ROOT, "},\"annotated\":%d,\"annotateSeconds\":%.1f,\"annotatedPerSecond\":%.1f}",
                    annotated, annotateSeconds, annotateSeconds == 0 ? 0 : annotated / annotateSeconds));
            return sb.toString();
        }
    }

    /**
     * Runs the whole evaluation (either directory may be null to skip that corpus), prints one line
     * per result and, as the last line, {@link Report#toJson()}.
     */
    public static Report run(Path gvaDir, Path ecbplusDir, Function<StoryRawText, Document> annotator,
                             ClusterConfig config, PrintStream out) throws IOException {
        List<Result> results = new ArrayList<>();
        int annotated = 0;
        long t0 = System.nanoTime();
        List<Labelled> gva = gvaDir == null ? List.of() : annotate(readGva(gvaDir), annotator);
        List<Labelled> ecb = ecbplusDir == null ? List.of() : annotate(readEcbPlus(ecbplusDir), annotator);
        double annotateSeconds = (System.nanoTime() - t0) / 1e9;
        annotated = gva.size() + ecb.size();
        for (String split : List.of("dev", "test")) {
            if (!gva.isEmpty()) {
                results.add(evaluate("gva", split, "incident", split(gva, split), config, false));
            }
            if (!ecb.isEmpty()) {
                results.add(evaluate("ecbplus", split, "topic", split(ecb, split), config, false));
                results.add(evaluate("ecbplus", split, "subtopic", split(ecb, split), config, true));
            }
        }
        Report report = new Report(results, config, annotated, annotateSeconds);
        for (Result r : results) {
            StoryClusterScores s = r.scores();
            out.printf(Locale.ROOT, "%-8s %-5s %-9s articles %5d gold %5d stories %5d  pairwise P %.4f R %.4f F1 %.4f  B3 P %.4f R %.4f F1 %.4f%n",
                    r.corpus(), r.split(), r.gold(), s.items(), s.goldClusters(), r.stories(), s.pairPrecision(), s.pairRecall(),
                    s.pairF1(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
        }
        out.println(report.toJson());
        return report;
    }

    /** DEV or TEST: by the first hex digit of SHA-256("split:" + gold cluster id); 0–7 is DEV. */
    public static boolean isDev(String clusterId) {
        return Character.digit(ArticleIds.sha256("split:" + clusterId).charAt(0), 16) < 8;
    }

    /** The articles of one split ("dev" or "test"), order kept. */
    public static List<Labelled> split(List<Labelled> all, String split) {
        boolean dev = switch (split) {
            case "dev" -> true;
            case "test" -> false;
            default -> throw new IllegalArgumentException("split must be dev or test: " + split);
        };
        return all.stream().filter(l -> isDev(l.gold().cluster()) == dev).toList();
    }

    /**
     * Annotates every article (in parallel; order kept) and builds its features. An article the
     * corpus gives no day (ECB+) stays undated: a day the resolver guesses from the text would
     * not be a publication date, and the corpus is evaluated as undated.
     */
    public static List<Labelled> annotate(List<GoldArticle> articles, Function<StoryRawText, Document> annotator) {
        return articles.parallelStream()
                .map(g -> {
                    StoryFeatures f = StoryFeatures.withDetails(annotator.apply(g.raw()), g.raw().date());
                    return new Labelled(g, g.raw().date() == null ? f.withIdAndDate(f.articleId(), null) : f);
                })
                .toList();
    }

    /**
     * The articles in another order: {@code seed} 0 keeps theirs, any other seed shuffles them with
     * {@code new Random(seed)} (for checking that undated clustering does not hang on one order).
     */
    public static List<Labelled> shuffled(List<Labelled> items, int seed) {
        if (seed == 0) {
            return items;
        }
        List<Labelled> out = new ArrayList<>(items);
        java.util.Collections.shuffle(out, new java.util.Random(seed));
        return out;
    }

    /** Clusters the articles in the given order with a fresh clusterer and scores the result. */
    public static Result evaluate(String corpus, String split, String gold, List<Labelled> items, ClusterConfig config,
                                  boolean bySubcluster) {
        return evaluate(corpus, split, gold, items, config, StoryModel.defaults(), bySubcluster);
    }

    /** Like {@link #evaluate(String, String, String, List, ClusterConfig, boolean)} with another model. */
    public static Result evaluate(String corpus, String split, String gold, List<Labelled> items, ClusterConfig config,
                                  StoryModel model, boolean bySubcluster) {
        return evaluate(corpus, split, gold, items, config, model, StoryMerger.defaultRule(), bySubcluster);
    }

    /** Like {@link #evaluate(String, String, String, List, ClusterConfig, StoryModel, boolean)} with another merge rule. */
    public static Result evaluate(String corpus, String split, String gold, List<Labelled> items, ClusterConfig config,
                                  StoryModel model, StoryMerger.Rule mergeRule, boolean bySubcluster) {
        StoryClusterer c = new StoryClusterer(config, model, mergeRule);
        Map<String, String> predicted = new HashMap<>();
        Map<String, String> goldOf = new HashMap<>();
        List<String> ids = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Labelled l : items) {
            Assignment a = c.add(l.features());
            predicted.put(a.articleId(), a.storyId());
            for (String gone : a.merged()) {
                // the articles of a merged story now belong to the story it merged into
                predicted.replaceAll((article, story) -> story.equals(gone) ? a.storyId() : story);
            }
        }
        // the order-independent step: undated stories merged as whole stories, after the stream
        for (StoryMerger.Merge m : c.consolidate()) {
            predicted.replaceAll((article, story) -> story.equals(m.merged()) ? m.into() : story);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (Labelled l : items) {
            ids.add(l.features().articleId());
            goldOf.put(l.features().articleId(), bySubcluster ? l.gold().subcluster() : l.gold().cluster());
        }
        StoryClusterScores s = StoryClusterScores.of(ids, goldOf, predicted);
        return new Result(corpus, split, gold, s, s.predictedClusters(), seconds, seconds == 0 ? 0 : items.size() / seconds);
    }

    /** GVA articles in publication order (day, then document id); gold cluster = incident id. */
    public static List<GoldArticle> readGva(Path dir) throws IOException {
        Path docs = dir.resolve("documents.jsonl.gz");
        List<GoldArticle> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        try (BufferedReader r = reader(docs)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> o = StoryJsonReader.object(line);
                String id = str(o, "doc_id");
                String incident = str(o, "incident_id");
                if (id == null || incident == null || seen.put(id, Boolean.TRUE) != null) {
                    continue;
                }
                String dct = str(o, "dct");
                LocalDate day = dct == null || dct.isBlank() ? null : LocalDate.parse(dct.substring(0, 10));
                String content = str(o, "content");
                String text = content == null ? "" : KilledCountEvaluation.withoutBoilerplate(content);
                out.add(new GoldArticle(new StoryRawText(id, str(o, "title"), text, str(o, "uri"), day, "en"),
                        incident, incident));
            }
        }
        out.sort(Comparator.comparing((GoldArticle g) -> g.raw().date(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(g -> g.raw().id()));
        return out;
    }

    /**
     * ECB+ documents listed in {@code doc_to_cluster.tsv} (gold cluster = topic, subcluster = the
     * {@code ecb}/{@code ecbplus} half), in order of SHA-256 of the document name. The text is the
     * tokens joined with spaces, one paragraph per sentence; the first sentence is the title
     * ({@code ecbplus} files: the source URL is sentence 0 and becomes the URL).
     */
    public static List<GoldArticle> readEcbPlus(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("doc_to_cluster.tsv"), StandardCharsets.UTF_8);
        List<GoldArticle> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 3 || f[0].equals("doc")) {
                continue;
            }
            Path file = dir.resolve("ECB+").resolve(f[0] + ".gz");
            if (!Files.exists(file)) {
                file = dir.resolve("ECB+").resolve(f[0]);
            }
            String xml;
            try (BufferedReader r = reader(file)) {
                StringBuilder sb = new StringBuilder();
                for (String l; (l = r.readLine()) != null; ) {
                    sb.append(l).append('\n');
                }
                xml = sb.toString();
            }
            Map<Integer, StringBuilder> sentences = new LinkedHashMap<>();
            Matcher m = TOKEN.matcher(xml);
            while (m.find()) {
                sentences.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new StringBuilder())
                        .append(unescape(m.group(2))).append(' ');
            }
            List<String> ss = new ArrayList<>();
            String url = null;
            for (Map.Entry<Integer, StringBuilder> e : sentences.entrySet()) {
                String s = e.getValue().toString().strip();
                if (e.getKey() == 0 && f[0].endsWith("ecbplus.xml") && s.startsWith("http")) {
                    url = s.replace(" ", "");
                    continue;
                }
                ss.add(detokenise(s));
            }
            String title = ss.isEmpty() ? "" : ss.get(0);
            String name = Path.of(f[0]).getFileName().toString();
            out.add(new GoldArticle(new StoryRawText(name, title, String.join("\n\n", ss), url, null, "en"), f[1], f[2]));
        }
        out.sort(Comparator.comparing(g -> ArticleIds.sha256(g.raw().id())));
        return out;
    }

    private static String detokenise(String s) {
        return s.replaceAll(" ([.,;:!?%)\\]}])", "$1").replaceAll("([(\\[{$]) ", "$1")
                .replaceAll(" (n't|'s|'re|'ve|'ll|'d|'m)\\b", "$1").replace("`` ", "\"").replace(" ''", "\"");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String str(Map<String, Object> o, String key) {
        Object v = o.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return v.toString();
    }

    private static BufferedReader reader(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        if (p.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

}
