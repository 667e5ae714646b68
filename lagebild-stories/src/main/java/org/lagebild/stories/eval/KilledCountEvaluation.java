package org.lagebild.stories.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.lagebild.model.Document;
import org.lagebild.stories.facts.FactBuilder;
import org.lagebild.stories.facts.FactSet;

/**
 * The second check of issue 6: the number killed per GVA incident, read from the facts of the incident's
 * articles taken as one story, against the gold {@code num_killed} of {@code incidents.jsonl.gz} (GVA counts
 * every person killed, the shooter included). Layout of {@code gva-incidents-casualty-counts-en}: incidents
 * ({@code incident_uri, num_killed, …}) and articles ({@code documents.jsonl.gz}: {@code incident_id, doc_id, title, dct,
 * uri, content}).
 *
 * <p>Incidents are split into DEV (rules were written looking at these) and TEST (never looked at) by the same
 * hash of the incident id as the clustering evaluation ({@link StoryEvaluation#isDev}). The counting rule is
 * {@link KilledCount}. Articles are annotated in parallel by the given annotator (the engine's full pipeline).
 */
public final class KilledCountEvaluation {
    /** Confusion buckets of gold and predicted tolls: 0, 1, 2, 3 or more. */
    public static final List<String> BUCKETS = List.of("0", "1", "2", "3+");

    private KilledCountEvaluation() {
    }

    /** One incident: its gold toll and its articles. */
    public record Incident(String id, int goldKilled, List<StoryRawText> articles) {
        public Incident {
            articles = List.copyOf(articles);
        }
    }

    /** One incident's outcome: gold, the estimate and its facts. */
    public record Outcome(Incident incident, boolean dev, KilledCount.Estimate estimate, FactSet facts) {
        public boolean right() {
            return estimate.killed() == incident.goldKilled();
        }
    }

    /** Figures of one split; {@code confusion[gold][predicted]} over {@link #BUCKETS}. */
    public record Split(String name, int incidents, int right, int[][] confusion) {
        public double share() {
            return incidents == 0 ? 0 : (double) right / incidents;
        }

        String json() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "{\"incidents\":%d,\"right\":%d,\"share\":%.4f,\"confusion\":{",
                    incidents, right, share()));
            for (int g = 0; g < BUCKETS.size(); g++) {
                b.append(g > 0 ? "," : "").append("\"gold ").append(BUCKETS.get(g)).append("\":[");
                for (int p = 0; p < BUCKETS.size(); p++) {
                    b.append(p > 0 ? "," : "").append(confusion[g][p]);
                }
                b.append(']');
            }
            return b.append("}}").toString();
        }
    }

    /** The figures of a run: DEV, TEST, and the annotation cost (wall clock, noisy). */
    public record Result(Split dev, Split test, int articles, double annotateSeconds, List<Outcome> outcomes) {
        public Result {
            outcomes = List.copyOf(outcomes);
        }

        /** All incidents together. */
        public Split all() {
            int[][] c = new int[BUCKETS.size()][BUCKETS.size()];
            for (int g = 0; g < c.length; g++) {
                for (int p = 0; p < c.length; p++) {
                    c[g][p] = dev.confusion[g][p] + test.confusion[g][p];
                }
            }
            return new Split("all", dev.incidents + test.incidents, dev.right + test.right, c);
        }

        /** One JSON object of figures (the last line a run prints). */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"eval\":\"gva-killed\",\"dev\":%s,\"test\":%s,\"all\":%s,\"articles\":%d,"
                    + "\"annotateSeconds\":%.1f}", dev.json(), test.json(), all().json(), articles, annotateSeconds);
        }
    }

    /**
     * Reads the corpus, annotates every article, counts the killed per incident, prints one line per split and, as
     * the last line, {@link Result#toJson()}.
     */
    public static Result run(Path gvaDir, Function<StoryRawText, Document> annotator, PrintStream out) throws IOException {
        List<Incident> incidents = read(gvaDir);
        long t0 = System.nanoTime();
        Map<String, StoryRawText> unique = new LinkedHashMap<>();
        incidents.forEach(i -> i.articles().forEach(a -> unique.putIfAbsent(a.id(), a)));
        List<StoryRawText> all = List.copyOf(unique.values());
        Map<String, Document> docs = new java.util.concurrent.ConcurrentHashMap<>();
        all.parallelStream().forEach(r -> docs.put(r.id(), annotator.apply(r)));
        double seconds = (System.nanoTime() - t0) / 1e9;
        FactBuilder builder = new FactBuilder();
        List<Outcome> outcomes = incidents.parallelStream().map(i -> {
            List<Document> ds = i.articles().stream().map(a -> docs.get(a.id())).toList();
            FactSet facts = builder.build(ds, null);
            return new Outcome(i, StoryEvaluation.isDev(i.id()), KilledCount.of(facts), facts);
        }).toList();
        Result r = new Result(split("dev", outcomes, true), split("test", outcomes, false), all.size(), seconds, outcomes);
        for (Split s : List.of(r.dev(), r.test(), r.all())) {
            out.printf(Locale.ROOT, "gva-killed %-4s incidents %4d right %4d share %.4f%n", s.name(), s.incidents(), s.right(), s.share());
        }
        out.println(r.toJson());
        return r;
    }

    /** The figures of one split of outcomes. */
    public static Split split(String name, List<Outcome> outcomes, boolean dev) {
        int[][] c = new int[BUCKETS.size()][BUCKETS.size()];
        int n = 0;
        int right = 0;
        for (Outcome o : outcomes) {
            if (o.dev() != dev) {
                continue;
            }
            n++;
            right += o.right() ? 1 : 0;
            c[bucket(o.incident().goldKilled())][bucket(o.estimate().killed())]++;
        }
        return new Split(name, n, right, c);
    }

    static int bucket(int killed) {
        return Math.min(Math.max(killed, 0), BUCKETS.size() - 1);
    }

    /**
     * The incidents of {@code incidents.jsonl.gz} that have articles, in file order, each with its articles of
     * {@code documents.jsonl.gz} in publication order (day, then document id). An article listed under two
     * incidents belongs to both; articles of incidents without gold are left out. An article's text is its headline,
     * a blank line, then its content (unless the content starts with the headline) without the lines of other
     * stories the scrape kept ({@code gva-boilerplate.tsv}: video playlists, "RELATED:" links).
     */
    public static List<Incident> read(Path dir) throws IOException {
        Map<String, Integer> gold = new LinkedHashMap<>();
        try (BufferedReader r = gz(dir.resolve("incidents.jsonl.gz"))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> o = StoryJsonReader.object(line);
                Object id = o.get("incident_uri");
                Object k = o.get("num_killed");
                if (id == null || !(k instanceof Number n)) {
                    throw new IOException("incident without incident_uri or num_killed: " + line.substring(0, Math.min(80, line.length())));
                }
                gold.put(key(id), n.intValue());
            }
        }
        Map<String, List<StoryRawText>> byIncident = new LinkedHashMap<>();
        try (BufferedReader r = gz(dir.resolve("documents.jsonl.gz"))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> o = StoryJsonReader.object(line);
                Object incident = o.get("incident_id");
                Object id = o.get("doc_id");
                if (incident == null || id == null || !gold.containsKey(key(incident))) {
                    continue;
                }
                String dct = text(o, "dct");
                LocalDate day = dct == null || dct.length() < 10 ? null : LocalDate.parse(dct.substring(0, 10));
                String content = text(o, "content");
                content = content == null ? "" : withoutBoilerplate(content);
                String title = text(o, "title");
                if (title != null && !title.isBlank() && !content.startsWith(title.strip())) {
                    content = title.strip() + "\n\n" + content; // the headline states the toll most often
                }
                byIncident.computeIfAbsent(key(incident), x -> new ArrayList<>()).add(new StoryRawText(key(id), text(o, "title"),
                        content, text(o, "uri"), day, "en"));
            }
        }
        List<Incident> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : gold.entrySet()) {
            List<StoryRawText> arts = byIncident.get(e.getKey());
            if (arts != null) {
                arts.sort(Comparator.comparing(StoryRawText::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(StoryRawText::id));
                out.add(new Incident(e.getKey(), e.getValue(), arts));
            }
        }
        return out;
    }

    /** The patterns of gva-boilerplate.tsv with their examples: pattern, example. */
    static List<String[]> boilerplate() {
        List<String[]> out = new ArrayList<>();
        try (var in = KilledCountEvaluation.class.getResourceAsStream("gva-boilerplate.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing data file gva-boilerplate.tsv beside " + KilledCountEvaluation.class.getName());
            }
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new String[] {f[0].strip(), f.length > 1 ? f[1].strip() : ""});
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static final List<Pattern> BOILERPLATE = boilerplate().stream()
            .map(r -> Pattern.compile(r[0], Pattern.CASE_INSENSITIVE)).toList();

    /** The text without the lines (between line breaks) that gva-boilerplate.tsv matches. */
    static String withoutBoilerplate(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty() && BOILERPLATE.stream().anyMatch(p -> p.matcher(t).matches())) {
                continue;
            }
            b.append(line).append('\n');
        }
        return b.length() == 0 ? "" : b.substring(0, b.length() - 1);
    }

    private static BufferedReader gz(Path p) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p), 1 << 16), StandardCharsets.UTF_8));
    }

    private static String text(Map<String, Object> o, String k) {
        Object v = o.get(k);
        return v == null ? null : key(v);
    }

    private static String key(Object id) {
        if (id instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return id.toString();
    }
}
