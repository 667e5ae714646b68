package org.lagebild.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.DateSource;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;
import org.lagebild.model.Layer;
import org.lagebild.model.Provenance;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;

/**
 * Put throughput and search latency of the store; not run by the tests.
 * Usage: {@code StoreBenchmark dataDir N [batchSize=500] [queries=1000]}. The data dir must not
 * exist or be empty. Text comes from the 10kGNAD articles under /work/shared/data (or
 * {@code -Dlagebild.data=...}) when present, else from the bundled samples; each generated
 * article mixes the sentences of one source article with random others and a unique line, so
 * ids and content hashes differ. Prints one JSON line.
 */
public final class StoreBenchmark {
    private static final String[][] ENTITIES = {
        {"Putin", "PER", "Q7747"}, {"Kim Jong-un", "PER", "Q56226"}, {"Russland", "GPE", "Q159"},
        {"Ukraine", "GPE", "Q212"}, {"Österreich", "GPE", "Q40"}, {"Wien", "GPE", "Q1741"},
        {"EU", "ORG", "Q458"}, {"Regierung", "ORG", null}, {"Polizei", "ORG", null}, {"Nordkorea", "GPE", "Q423"},
    };
    private static final String[] PUBLISHERS = {"Der Standard", "Tagesblatt", "Kurier", "Presse", "Nachrichten AG",
        "Wire Service", "Abendzeitung", "Rundschau"};

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        List<List<String>> sources = sourceArticles();
        List<String> pool = sources.stream().flatMap(List::stream).toList();
        Random rnd = new Random(42);

        long putNanos = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long putCpu = 0;
        long processCpu0 = os.getProcessCpuTime();
        try (Store store = Store.open(dataDir)) {
            for (int from = 0; from < n; from += batchSize) {
                List<Document> batch = new ArrayList<>(batchSize);
                for (int i = from; i < Math.min(n, from + batchSize); i++) {
                    batch.add(article(i, sources, pool, rnd));
                }
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                store.put(batch);
                putNanos += System.nanoTime() - t0;
                putCpu += threads.getCurrentThreadCpuTime() - c0;
                if ((from / batchSize) % 20 == 0) {
                    System.err.printf(Locale.ROOT, "%d stored, %.0f/s%n", from + batch.size(),
                            (from + batch.size()) / (putNanos / 1e9));
                }
            }
            double perSecond = n / (putNanos / 1e9);
            double perCpuSecond = n / (putCpu / 1e9);
            double processCpuS = (os.getProcessCpuTime() - processCpu0) / 1e9;

            List<SearchQuery> qs = queries(pool, rnd, queries);
            for (int i = 0; i < Math.min(200, qs.size()); i++) {
                store.search(qs.get(i)); // warm-up
            }
            long[] lat = new long[qs.size()];
            long totalHits = 0;
            for (int i = 0; i < qs.size(); i++) {
                long t0 = System.nanoTime();
                totalHits += store.search(qs.get(i)).total();
                lat[i] = System.nanoTime() - t0;
            }
            Arrays.sort(lat);
            StoreStats s = store.stats();
            System.out.printf(Locale.ROOT, "{\"articles\": %d, \"batch\": %d, \"articles_per_s\": %.0f, "
                            + "\"articles_per_put_thread_cpu_s\": %.0f, \"process_cpu_s_during_put\": %.1f, "
                            + "\"queries\": %d, \"search_p50_ms\": %.2f, \"search_p99_ms\": %.2f, "
                            + "\"search_max_ms\": %.2f, \"mean_hits\": %.0f, \"indexed\": %d, \"db_bytes\": %d, "
                            + "\"index_bytes\": %d}%n",
                    s.articles(), batchSize, perSecond, perCpuSecond, processCpuS, lat.length, pct(lat, 0.50), pct(lat, 0.99),
                    lat[lat.length - 1] / 1e6, totalHits / (double) lat.length, s.indexed(), s.dbBytes(),
                    s.indexBytes());
        }
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static List<List<String>> sourceArticles() throws IOException {
        Path gnad = Path.of(System.getProperty("lagebild.data", "/work/shared/data"), "10kgnad", "test.csv");
        List<String> texts = new ArrayList<>();
        if (Files.isRegularFile(gnad)) {
            for (String line : Files.readAllLines(gnad, StandardCharsets.UTF_8)) {
                int semi = line.indexOf(';');
                if (semi > 0) {
                    String t = line.substring(semi + 1).strip();
                    if (t.startsWith("'") && t.endsWith("'") && t.length() > 1) {
                        t = t.substring(1, t.length() - 1);
                    }
                    texts.add(t);
                }
            }
        } else {
            Path samples = Stream.of(Path.of("samples"), Path.of("../samples"), Path.of("/work/main/samples"))
                    .filter(Files::isDirectory).findFirst().orElseThrow(() -> new IOException("no sample texts"));
            try (Stream<Path> files = Files.list(samples)) {
                for (Path p : files.sorted().toList()) {
                    texts.add(Files.readString(p));
                }
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (String t : texts) {
            List<String> sentences = new ArrayList<>();
            for (String s : t.split("(?<=[.!?])\\s+|\\n+")) {
                if (s.strip().length() > 20) {
                    sentences.add(s.strip());
                }
            }
            if (!sentences.isEmpty()) {
                out.add(sentences);
            }
        }
        System.err.println("source articles: " + out.size() + " from " + (Files.isRegularFile(gnad) ? gnad : "samples"));
        return out;
    }

    private static Document article(int i, List<List<String>> sources, List<String> pool, Random rnd) {
        List<String> base = sources.get(i % sources.size());
        List<String> sentences = new ArrayList<>(base);
        for (int k = 0, extra = 1 + rnd.nextInt(3); k < extra; k++) {
            sentences.add(rnd.nextInt(sentences.size() + 1), pool.get(rnd.nextInt(pool.size())));
        }
        sentences.add("Meldung " + i + " der Redaktion.");
        StringBuilder text = new StringBuilder();
        List<Sentence> sent = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            sent.add(new Sentence(sent.size(), new Span(text.length(), text.length() + s.length())));
            text.append(s);
        }
        String t = text.toString();
        String title = base.get(0).length() > 90 ? base.get(0).substring(0, 90) : base.get(0);
        List<EntityMention> mentions = new ArrayList<>();
        for (String[] e : ENTITIES) {
            for (int at = t.indexOf(e[0]); at >= 0; at = t.indexOf(e[0], at + 1)) {
                mentions.add(new EntityMention(new Span(at, at + e[0].length()), e[0], EntityType.valueOf(e[1]), e[2],
                        e[0], 0.9, new Provenance("bench", "gazetteer", -1)));
            }
        }
        LocalDate day = rnd.nextInt(10) == 0 ? null : LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(730));
        PublicationDate pd = day == null ? null : PublicationDate.stated(day, DateSource.METADATA, "bench");
        String id = String.format(Locale.ROOT, "bench-%07d", i);
        Article a = new Article(id, "bench:" + i, "text", "https://bench.example/" + i, title, t,
                List.of(new Block(BlockType.PARAGRAPH, new Span(0, t.length()))), List.of(), List.of(), "de",
                PUBLISHERS[i % PUBLISHERS.length], null, pd);
        return new Document(a, EnumSet.of(Layer.TEXT, Layer.LANGUAGE, Layer.SENTENCES, Layer.ENTITIES), "de", 0.99,
                null, sent, List.of(), List.of(), List.of(), mentions, List.of(), List.of());
    }

    private static List<SearchQuery> queries(List<String> pool, Random rnd, int count) {
        Set<String> vocabulary = new LinkedHashSet<>();
        for (String s : pool) {
            for (String w : s.split("[^\\p{L}]+")) {
                if (w.length() >= 5) {
                    vocabulary.add(w);
                }
            }
        }
        List<String> words = new ArrayList<>(vocabulary);
        List<SearchQuery> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = rnd.nextInt(20);
            String w1 = words.get(rnd.nextInt(words.size()));
            String w2 = words.get(rnd.nextInt(words.size()));
            String text = switch (kind % 4) {
                case 0 -> w1;
                case 1 -> w1 + " " + w2;
                case 2 -> w1 + " OR " + w2;
                default -> "\"" + w1 + "\"";
            };
            String source = kind == 4 || kind == 5 ? PUBLISHERS[rnd.nextInt(PUBLISHERS.length)] : null;
            LocalDate from = kind == 6 || kind == 7 ? LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(600)) : null;
            LocalDate to = from == null ? null : from.plusDays(60);
            String entity = kind == 8 ? ENTITIES[rnd.nextInt(ENTITIES.length)][0] : null;
            if (kind == 9) {
                text = null; // filter-only listing
                source = PUBLISHERS[rnd.nextInt(PUBLISHERS.length)];
            }
            out.add(new SearchQuery(text, kind == 10 ? "de" : null, source, from, to, entity, 10, 0));
        }
        return out;
    }
}
