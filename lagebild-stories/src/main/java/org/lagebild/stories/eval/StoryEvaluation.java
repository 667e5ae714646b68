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
import org.lagebild.model.PublicationDate;
import org.lagebild.stories.cluster.Assignment;
import org.lagebild.stories.cluster.ClusterConfig;
import org.lagebild.stories.cluster.StoryClusterer;
import org.lagebild.stories.cluster.StoryDays;
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
                            + "\"pairF1Low\":%.4f,\"pairF1High\":%.4f,\"bcubedPrecision\":%.4f,\"bcubedRecall\":%.4f,\"bcubedF1\":%.4f,\"clusterSeconds\":%.3f,"
                            + "\"articlesPerSecond\":%.1f}",
                    corpus, split, gold, s.items(), s.goldClusters(), stories, s.pairPrecision(), s.pairRecall(), s.pairF1(),
                    s.pairF1Low(), s.pairF1High(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), clusterSeconds, articlesPerSecond);
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
        return run(gvaDir, ecbplusDir, annotator, config, Dates.GIVEN, out);
    }

    /**
     * Which publication dates clustering sees. {@code GIVEN}: each corpus's own (GVA its days, ECB+ none).
     * {@code INFERRED}: every date is hidden from the annotator, which infers one from the text as ingest does
     * (the caller's annotator must then use a fixed reference day, so that the figures can be repeated), and
     * clustering gets what the engine would give it ({@link StoryDays}). {@code NONE}: the same annotation, and
     * no day at all. In both hidden modes the articles are clustered in the engine's order: by
     * {@link StoryDays#order} (undated last), then by SHA-256 of the id (not by the hidden day).
     */
    public enum Dates {
        GIVEN, INFERRED, NONE;

        public static Dates parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The rules compared on DEV in the {@code INFERRED} mode, as {widest inferred window in days, lowest confidence}
     * ({@link StoryDays#evidence(PublicationDate, long, double)}); the first is the engine's rule.
     */
    static final List<double[]> RULES = List.of(new double[] {Long.MAX_VALUE, 0}, new double[] {400, 0}, new double[] {200, 0},
            new double[] {62, 0}, new double[] {31, 0}, new double[] {-1, 0}, new double[] {Long.MAX_VALUE, 0.8},
            new double[] {-1, 0.8}, new double[] {-1, 0.95});

    /** An annotated article whose date was hidden: its features without a day and what the resolver inferred. */
    public record Hidden(GoldArticle gold, StoryFeatures features, PublicationDate published) {
    }

    /**
     * Like {@link #run(Path, Path, Function, ClusterConfig, PrintStream)} with the dates of {@code dates}. In the
     * {@code INFERRED} mode it first prints how the dates were inferred and DEV lines for other widest windows
     * ({@link StoryDays#evidence(PublicationDate, long)}); the result lines are those of the engine's rule.
     */
    public static Report run(Path gvaDir, Path ecbplusDir, Function<StoryRawText, Document> annotator,
                             ClusterConfig config, Dates dates, PrintStream out) throws IOException {
        if (dates != Dates.GIVEN) {
            return runHidden(gvaDir, ecbplusDir, annotator, config, dates, out);
        }
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
            out.println(line(r));
        }
        out.println(report.toJson());
        return report;
    }

    private static String line(Result r) {
        StoryClusterScores s = r.scores();
        return String.format(Locale.ROOT, "%-8s %-5s %-9s articles %5d gold %5d stories %5d  pairwise P %.4f R %.4f F1 %.4f [%.3f, %.3f]  B3 P %.4f R %.4f F1 %.4f",
                r.corpus(), r.split(), r.gold(), s.items(), s.goldClusters(), r.stories(), s.pairPrecision(), s.pairRecall(),
                s.pairF1(), s.pairF1Low(), s.pairF1High(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1());
    }

    private static Report runHidden(Path gvaDir, Path ecbplusDir, Function<StoryRawText, Document> annotator,
                                    ClusterConfig config, Dates dates, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        List<Hidden> gva = gvaDir == null ? List.of() : annotateHidden(readGva(gvaDir), annotator);
        List<Hidden> ecb = ecbplusDir == null ? List.of() : annotateHidden(readEcbPlus(ecbplusDir), annotator);
        double annotateSeconds = (System.nanoTime() - t0) / 1e9;
        out.println("dates: hidden; " + (dates == Dates.INFERRED ? "inferred from the text and used as the engine uses them"
                : "inferred from the text for the order only; clustering sees no day"));
        if (!gva.isEmpty()) {
            out.println("gva      " + inferredSummary(gva));
        }
        if (!ecb.isEmpty()) {
            out.println("ecbplus  " + inferredSummary(ecb));
        }
        if (dates == Dates.INFERRED) {
            for (double[] rw : RULES) {
                long w = (long) rw[0];
                String rule = w == Long.MAX_VALUE ? "every inferred day is evidence"
                        : w < 0 ? "no inferred day is evidence" : "an inferred day is evidence when its window is at most " + w + " days wide";
                rule += rw[1] > 0 ? ", and no date of confidence below " + rw[1] : "";
                out.println("DEV, " + rule + (w == Long.MAX_VALUE && rw[1] == 0 ? " (the engine's rule)" : "") + ":");
                if (!gva.isEmpty()) {
                    out.println("  " + line(evaluate("gva", "dev", "incident", split(withDays(gva, w, rw[1]), "dev"), config, false)));
                }
                if (!ecb.isEmpty()) {
                    List<Labelled> dev = split(withDays(ecb, w, rw[1]), "dev");
                    out.println("  " + line(evaluate("ecbplus", "dev", "topic", dev, config, false)));
                    out.println("  " + line(evaluate("ecbplus", "dev", "subtopic", dev, config, true)));
                }
            }
        }
        if (dates == Dates.NONE) {
            out.println("DEV, no day, not even for the order (SHA-256 of the id only):");
            if (!gva.isEmpty()) {
                out.println("  " + line(evaluate("gva", "dev", "incident", split(undated(gva, false), "dev"), config, false)));
            }
            if (!ecb.isEmpty()) {
                List<Labelled> dev = split(undated(ecb, false), "dev");
                out.println("  " + line(evaluate("ecbplus", "dev", "topic", dev, config, false)));
                out.println("  " + line(evaluate("ecbplus", "dev", "subtopic", dev, config, true)));
            }
        }
        List<Labelled> g = dates == Dates.INFERRED ? withDays(gva, StoryDays::evidence) : undated(gva, true);
        List<Labelled> e = dates == Dates.INFERRED ? withDays(ecb, StoryDays::evidence) : undated(ecb, true);
        List<Result> results = new ArrayList<>();
        for (String split : List.of("dev", "test")) {
            if (!g.isEmpty()) {
                results.add(evaluate("gva", split, "incident", split(g, split), config, false));
            }
            if (!e.isEmpty()) {
                results.add(evaluate("ecbplus", split, "topic", split(e, split), config, false));
                results.add(evaluate("ecbplus", split, "subtopic", split(e, split), config, true));
            }
        }
        Report report = new Report(results, config, gva.size() + ecb.size(), annotateSeconds);
        for (Result r : results) {
            out.println(line(r));
        }
        out.println(report.toJson());
        return report;
    }

    /**
     * Annotates every article with its date hidden (in parallel; order kept): the annotator sees no date and
     * infers one from the text, as ingest does for an article without one.
     */
    public static List<Hidden> annotateHidden(List<GoldArticle> articles, Function<StoryRawText, Document> annotator) {
        return articles.parallelStream()
                .map(g -> {
                    StoryRawText r = g.raw();
                    Document d = annotator.apply(new StoryRawText(r.id(), r.title(), r.text(), r.url(), null, r.language()));
                    StoryFeatures f = StoryFeatures.withDetails(d, null);
                    return new Hidden(g, f.withIdAndDate(f.articleId(), null), d.article().published());
                })
                .toList();
    }

    /**
     * The hidden-date articles in the engine's order ({@link StoryDays#order}, undated last, then SHA-256 of the
     * id), each with the day {@link StoryDays#evidence(PublicationDate, long, double)} gives for this rule.
     */
    public static List<Labelled> withDays(List<Hidden> items, long maxInferredWidthDays, double minConfidence) {
        return withDays(items, p -> StoryDays.evidence(p, maxInferredWidthDays, minConfidence));
    }

    /** The same with the day {@code evidence} gives ({@link StoryDays#evidence(PublicationDate)}: the engine's). */
    public static List<Labelled> withDays(List<Hidden> items, Function<PublicationDate, LocalDate> evidence) {
        return items.stream()
                .sorted(Comparator.comparing((Hidden h) -> StoryDays.order(h.published()), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(h -> ArticleIds.sha256(h.gold().raw().id())))
                .map(h -> new Labelled(h.gold(), h.features().withIdAndDate(h.features().articleId(), evidence.apply(h.published()))))
                .toList();
    }

    /** The hidden-date articles without any day, in the engine's order ({@code byDay}) or by SHA-256 of the id alone. */
    static List<Labelled> undated(List<Hidden> items, boolean byDay) {
        return items.stream()
                .sorted(Comparator.comparing((Hidden h) -> byDay ? StoryDays.order(h.published()) : null,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(h -> ArticleIds.sha256(h.gold().raw().id())))
                .map(h -> new Labelled(h.gold(), h.features()))
                .toList();
    }

    /** How the hidden dates were inferred: by source and width, and for articles with a known day how far off. */
    static String inferredSummary(List<Hidden> items) {
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        int known = 0;
        int within7 = 0;
        int within31 = 0;
        for (Hidden h : items) {
            PublicationDate p = h.published();
            String kind;
            if (p == null || !p.isKnown()) {
                kind = "unknown";
            } else if (!p.isInferred()) {
                kind = p.source().name().toLowerCase(Locale.ROOT) + (p.source() == org.lagebild.model.DateSource.TEXT
                        ? (p.origin().equals("text:top-date") ? ":top-date" : ":date-line") : "");
            } else {
                long w = java.time.temporal.ChronoUnit.DAYS.between(p.earliest(), p.latest());
                kind = w <= 31 ? "inferred<=31d" : w <= 62 ? "inferred<=62d" : w <= 200 ? "inferred<=200d"
                        : w <= 400 ? "inferred<=400d" : "inferred>400d";
            }
            kinds.merge(kind, 1, Integer::sum);
            LocalDate truth = h.gold().raw().date();
            if (truth != null && p != null && p.isKnown()) {
                known++;
                long off = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(truth, p.date()));
                within7 += off <= 7 ? 1 : 0;
                within31 += off <= 31 ? 1 : 0;
            }
        }
        String s = "articles " + items.size() + " dates " + kinds;
        if (known > 0) {
            s += String.format(Locale.ROOT, "; dated with a true day %d: best day within 7 days of it %d, within 31 days %d",
                    known, within7, within31);
        }
        return s;
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
