package org.lagebild.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.lagebild.engine.IngestListener;
import org.lagebild.engine.IngestOptions;
import org.lagebild.engine.IngestSummary;
import org.lagebild.engine.Lagebild;
import org.lagebild.engine.StageSet;
import org.lagebild.store.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Speed benchmarks on real German news (10kGNAD), replicated with changed ids and dates. Each prints
 * one JSON object of figures as its last line; docs/PERFORMANCE.md records them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Speed benchmarks (see docs/PERFORMANCE.md).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Search.class, BenchCommand.Time.class, BenchCommand.Stories.class, BenchCommand.Annotate.class})
final class BenchCommand {

    /** Reads 10kGNAD's {@code label;'text'} lines. */
    static List<String> corpus(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("corpus not found: " + file + " (10kGNAD test.csv, e.g. ../shared/data/10kgnad/test.csv)");
        }
        List<String> texts = new ArrayList<>();
        for (String t : GoldInputs.tenKGnad(file)) {
            if (t.length() > 50) {
                texts.add(t);
            }
        }
        return texts;
    }

    /** Writes {@code n} JSONL articles made from the corpus, each with its own id, date and last line. */
    static Path jsonl(List<String> texts, int n, Path file) throws IOException {
        LocalDate base = LocalDate.of(2020, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String text = texts.get(i % texts.size());
                int cut = text.indexOf(". ");
                String title = cut > 10 && cut < 160 ? text.substring(0, cut) : text.substring(0, Math.min(80, text.length()));
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", "bench-" + i);
                o.put("title", title);
                o.put("text", text + "\n\nKopie " + i + ".");
                o.put("source", "derstandard.at");
                o.put("language", "de");
                o.put("published", base.plusDays(i % 2000).toString());
                w.write(Output.JSON.writeValueAsString(o));
                w.newLine();
            }
        }
        return file;
    }

    /** The result of ingesting generated articles, with the size of the generated JSONL. */
    record Run(IngestSummary summary, long inputBytes) {
    }

    /** Writes {@code n} articles made from the corpus to a temporary JSONL file, ingests it, and deletes the file. */
    static Run ingestCopies(Lagebild lb, List<String> texts, int n, StageSet stages) throws IOException {
        Path input = jsonl(texts, n, Files.createTempFile("lagebild-bench", ".jsonl"));
        try {
            long bytes = Files.size(input);
            IngestOptions options = IngestOptions.defaults(LocalDate.of(2026, 1, 1)).withStages(stages);
            return new Run(lb.ingest(List.of(input.toString()), options, IngestListener.NONE), bytes);
        } finally {
            Files.deleteIfExists(input);
        }
    }

    /** Deletes a temporary data directory the benchmark made itself. */
    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest throughput: JSONL from 10kGNAD into a fresh data directory.")
    static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--corpus", defaultValue = "../shared/data/10kgnad/test.csv", description = "10kGNAD csv. Default: ${DEFAULT-VALUE}")
        Path corpus;
        @Option(names = "--articles", defaultValue = "20000", description = "Articles to ingest. Default: ${DEFAULT-VALUE}")
        int articles;
        @Option(names = "--stages", defaultValue = "extract", description = "extract, basic or full. Default: ${DEFAULT-VALUE}")
        String stages;
        @Option(names = "--data-dir", description = "Data directory (default: a fresh temporary one).")
        Path dataDir;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<String> texts = corpus(corpus);
            Path dir = dataDir != null ? dataDir : Files.createTempDirectory("lagebild-bench");
            try (Lagebild lb = Lagebild.open(dir)) {
                Run run = ingestCopies(lb, texts, articles, StageSet.parse(stages));
                IngestSummary s = run.summary();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("benchmark", "ingest");
                m.put("stages", stages.toLowerCase(Locale.ROOT));
                m.put("articles", s.records());
                m.put("stored", s.ingested());
                m.put("failed", s.failed());
                m.put("seconds", s.millis() / 1000.0);
                m.put("articles_per_s", Math.round(s.articlesPerSecond() * 10) / 10.0);
                m.put("input_mb", Math.round(run.inputBytes() / 1e5) / 10.0);
                m.put("cores", Runtime.getRuntime().availableProcessors());
                m.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
                out.println(Output.JSON.writeValueAsString(m));
                return s.failed() > 0 ? 1 : 0;
            } finally {
                if (dataDir == null) {
                    deleteTree(dir);
                }
            }
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Search latency on a store of N articles (built first when the data directory is empty).")
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--corpus", defaultValue = "../shared/data/10kgnad/test.csv", description = "10kGNAD csv. Default: ${DEFAULT-VALUE}")
        Path corpus;
        @Option(names = "--articles", defaultValue = "100000", description = "Store size. Default: ${DEFAULT-VALUE}")
        int articles;
        @Option(names = "--queries", defaultValue = "2000", description = "Queries to time. Default: ${DEFAULT-VALUE}")
        int queries;
        @Option(names = "--data-dir", description = "Data directory (default: a fresh temporary one).")
        Path dataDir;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<String> texts = corpus(corpus);
            Path dir = dataDir != null ? dataDir : Files.createTempDirectory("lagebild-bench");
            try (Lagebild lb = Lagebild.open(dir)) {
                long have = lb.store().stats().articles();
                if (have < articles) {
                    ingestCopies(lb, texts, articles, StageSet.EXTRACT);
                }
                List<String> words = vocabulary(texts);
                Random rnd = new Random(42);
                for (int i = 0; i < 200; i++) { // warm-up
                    lb.store().search(query(words, rnd));
                }
                long[] nanos = new long[queries];
                long hits = 0;
                for (int i = 0; i < queries; i++) {
                    SearchQuery q = query(words, rnd);
                    long t0 = System.nanoTime();
                    hits += lb.store().search(q).total();
                    nanos[i] = System.nanoTime() - t0;
                }
                Arrays.sort(nanos);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("benchmark", "search");
                m.put("articles", lb.store().stats().articles());
                m.put("queries", queries);
                m.put("mean_hits", hits / Math.max(1, queries));
                m.put("p50_ms", ms(nanos[queries / 2]));
                m.put("p95_ms", ms(nanos[(int) (queries * 0.95)]));
                m.put("p99_ms", ms(nanos[(int) (queries * 0.99)]));
                m.put("max_ms", ms(nanos[queries - 1]));
                out.println(Output.JSON.writeValueAsString(m));
                return 0;
            } finally {
                if (dataDir == null) {
                    deleteTree(dir);
                }
            }
        }

        private static double ms(long nanos) {
            return Math.round(nanos / 10_000.0) / 100.0;
        }

        /** One- to three-word queries, a quarter with a date filter, snippets included. */
        private static SearchQuery query(List<String> words, Random rnd) {
            int n = 1 + rnd.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : " ").append(words.get(rnd.nextInt(words.size())));
            }
            boolean dated = rnd.nextInt(4) == 0;
            return new SearchQuery(sb.toString(), null, null, dated ? LocalDate.of(2021, 1, 1) : null,
                    dated ? LocalDate.of(2022, 6, 30) : null, null, 10, 0);
        }

        /** Words of 5+ letters that occur in 0.5–20 % of the texts: realistic query terms. */
        private static List<String> vocabulary(List<String> texts) {
            Map<String, Integer> df = new HashMap<>();
            for (String t : texts) {
                for (String w : new java.util.HashSet<>(Arrays.asList(t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))) {
                    if (w.length() >= 5) {
                        df.merge(w, 1, Integer::sum);
                    }
                }
            }
            List<String> words = new ArrayList<>();
            df.forEach((w, c) -> {
                if (c >= texts.size() * 0.005 && c <= texts.size() * 0.2) {
                    words.add(w);
                }
            });
            words.sort(null);
            return words;
        }
    }

    @Command(name = "time", mixinStandardHelpOptions = true,
            description = "Time expressions and quantities together on 10kGNAD, one thread: articles per second (wall and CPU).")
    static final class Time implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @picocli.CommandLine.Option(names = "--corpus", paramLabel = "FILE", defaultValue = "../shared/data/10kgnad/test.csv",
                description = "10kGNAD test.csv. Default: ${DEFAULT-VALUE}")
        Path corpus;
        @picocli.CommandLine.Option(names = "--warmup", defaultValue = "10", description = "Warm-up rounds. Default: ${DEFAULT-VALUE}")
        int warmup;
        @picocli.CommandLine.Option(names = "--rounds", defaultValue = "5", description = "Measured rounds. Default: ${DEFAULT-VALUE}")
        int rounds;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(corpus)) {
                throw new IllegalArgumentException("corpus not found: " + corpus);
            }
            spec.commandLine().getOut().println(org.lagebild.time.eval.ThroughputBenchmark.run(corpus, warmup, rounds).toJson());
            return 0;
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = {"Online story clustering: real GVA articles, annotated once with the full pipeline, replicated with changed",
                    "ids and dates up to --articles, fed through the clusterer in publication order (retiring idle stories).",
                    "Run with a 2 GB heap: java -Xmx2g -jar lagebild-app/target/lagebild.jar bench stories"})
    static final class Stories implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @picocli.CommandLine.Option(names = "--gva", paramLabel = "DIR", defaultValue = "../shared/data/gva-incidents-casualty-counts-en",
                description = "Laid out like ../shared/data/gva-incidents-casualty-counts-en. Default: ${DEFAULT-VALUE}")
        Path gva;
        @picocli.CommandLine.Option(names = "--articles", defaultValue = "1000000", description = "Articles to add. Default: ${DEFAULT-VALUE}")
        int articles;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(gva)) {
                throw new IllegalArgumentException("GVA data not found: " + gva);
            }
            var r = org.lagebild.stories.eval.StoryClusteringBenchmark.runOnGva(gva, new RawAnnotator(), articles);
            spec.commandLine().getOut().println(r.toJson());
            return 0;
        }
    }

    @Command(name = "pipeline", mixinStandardHelpOptions = true,
            description = {"The whole annotation pipeline (language, sentences, publication date, time, quantities, entities, quotes,",
                    "claims) on clean 10kGNAD articles, on N threads, after a warm-up: articles per second. No extraction, no store."})
    static final class Annotate implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @picocli.CommandLine.Option(names = "--corpus", paramLabel = "FILE", defaultValue = "../shared/data/10kgnad/test.csv",
                description = "10kGNAD test.csv. Default: ${DEFAULT-VALUE}")
        Path corpus;
        @picocli.CommandLine.Option(names = "--threads", defaultValue = "2", description = "Threads. Default: ${DEFAULT-VALUE}")
        int threads;
        @picocli.CommandLine.Option(names = "--rounds", defaultValue = "3", description = "Measured passes over the corpus. Default: ${DEFAULT-VALUE}")
        int rounds;

        @Override
        public Integer call() throws Exception {
            if (threads < 1 || rounds < 1) {
                throw new IllegalArgumentException("--threads and --rounds must be positive");
            }
            List<String> texts = corpus(corpus);
            List<org.lagebild.model.Document> docs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                int cut = t.indexOf(". ");
                String title = cut > 10 && cut < 160 ? t.substring(0, cut) : "";
                docs.add(new org.lagebild.stories.eval.StoryRawText("b" + i, title, t, null, null, null).toDocument());
            }
            var pipeline = Lagebild.buildPipeline(StageSet.FULL);
            var context = new org.lagebild.annotate.AnnotationContext(LocalDate.of(2019, 6, 1));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                pass(pool, pipeline, context, docs); // warm-up
                long t0 = System.nanoTime();
                long n = 0;
                for (int r = 0; r < rounds; r++) {
                    n += pass(pool, pipeline, context, docs);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("benchmark", "pipeline");
                m.put("articles", n);
                m.put("threads", threads);
                m.put("seconds", Math.round(seconds * 100) / 100.0);
                m.put("articles_per_s", Math.round(n / seconds * 10) / 10.0);
                m.put("cores", Runtime.getRuntime().availableProcessors());
                spec.commandLine().getOut().println(Output.JSON.writeValueAsString(m));
                return 0;
            } finally {
                pool.shutdownNow();
            }
        }

        private static long pass(java.util.concurrent.ExecutorService pool, org.lagebild.annotate.Pipeline pipeline,
                                 org.lagebild.annotate.AnnotationContext context, List<org.lagebild.model.Document> docs)
                throws Exception {
            List<java.util.concurrent.Callable<Integer>> tasks = new ArrayList<>();
            for (var d : docs) {
                tasks.add(() -> pipeline.apply(d, context).claims().size());
            }
            for (var f : pool.invokeAll(tasks)) {
                f.get();
            }
            return docs.size();
        }
    }
}
