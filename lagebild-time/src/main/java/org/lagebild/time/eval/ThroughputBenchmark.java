package org.lagebild.time.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.time.internal.SimpleSentences;
import org.lagebild.time.quantity.QuantityTagger;
import org.lagebild.time.timex.TimeTagger;

/**
 * Measures single-thread throughput of {@link TimeTagger} and {@link QuantityTagger} together on
 * the 10kGNAD articles (sentences split beforehand, not timed). Warm-up rounds over all articles
 * come first and are not counted; then the measured rounds run on the calling thread. Reports
 * wall-clock articles per second and, less sensitive to other work on the machine, articles per
 * CPU-second of that thread. A benchmark, not a test.
 */
public final class ThroughputBenchmark {

    /** The default number of untimed passes over the articles before measuring. */
    public static final int DEFAULT_WARMUP_ROUNDS = 10;
    /** The default number of timed passes. */
    public static final int DEFAULT_ROUNDS = 5;

    /**
     * The figures of one run: articles tagged in the measured rounds (each article once per round),
     * their wall-clock seconds and the CPU seconds of the tagging thread; {@code threads} is always 1.
     */
    public record Result(int articles, double meanChars, double seconds, double articlesPerSecond, double cpuSeconds,
                         double articlesPerCpuSecond, int threads, int warmupRounds, int rounds) {
        /** The figures as one JSON object. */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"articles\":%d,\"mean_chars\":%.0f,\"seconds\":%.3f,\"articles_per_s\":%.0f,"
                            + "\"cpu_seconds\":%.3f,\"articles_per_cpu_s\":%.0f,\"threads\":%d,\"warmup_rounds\":%d,\"rounds\":%d}",
                    articles, meanChars, seconds, articlesPerSecond, cpuSeconds, articlesPerCpuSecond, threads, warmupRounds, rounds);
        }
    }

    private ThroughputBenchmark() {
    }

    /** Runs with the default warm-up and rounds. */
    public static Result run(Path tenkGnadCsv) {
        return run(tenkGnadCsv, DEFAULT_WARMUP_ROUNDS, DEFAULT_ROUNDS);
    }

    /**
     * Tags every article of {@code tenkGnadCsv} (10kGNAD layout: {@code category;'text'}) {@code
     * warmupRounds} times untimed, then {@code rounds} times timed, on the calling thread.
     */
    public static Result run(Path tenkGnadCsv, int warmupRounds, int rounds) {
        if (warmupRounds < 0 || rounds < 1) {
            throw new IllegalArgumentException("warm-up rounds must be >= 0 and rounds >= 1");
        }
        List<Document> docs = documents(tenkGnadCsv);
        TimeTagger time = new TimeTagger();
        QuantityTagger quantities = new QuantityTagger();
        AnnotationContext ctx = new AnnotationContext(LocalDate.of(2016, 1, 1));
        long sink = 0;
        for (int round = 0; round < warmupRounds; round++) {
            sink += pass(docs, time, quantities, ctx);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            sink += pass(docs, time, quantities, ctx);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = cpu ? (mx.getCurrentThreadCpuTime() - c0) / 1e9 : Double.NaN;
        if (sink == 42) {
            System.out.print(""); // keeps the work observable to the JIT
        }
        int articles = docs.size() * rounds;
        double chars = docs.stream().mapToInt(d -> d.text().length()).average().orElse(0);
        return new Result(articles, chars, seconds, articles / seconds, cpuSeconds, articles / cpuSeconds, 1,
                warmupRounds, rounds);
    }

    private static long pass(List<Document> docs, TimeTagger time, QuantityTagger quantities, AnnotationContext ctx) {
        long found = 0;
        for (Document d : docs) {
            Document out = quantities.apply(time.apply(d, ctx), ctx);
            found += out.times().size() + out.quantities().size();
        }
        return found;
    }

    static List<Document> documents(Path tenkGnadCsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tenkGnadCsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.stream().filter(l -> l.indexOf(';') > 0).map(l -> {
            String text = l.substring(l.indexOf(';') + 1);
            Article a = new Article("x", "bench", "text", null, "", text, List.of(), List.of(), List.of(), "de", null, null, null);
            return Document.of(a).withLanguage("de", 1).withSentences(SimpleSentences.split(text))
                    .withReferenceTime(LocalDate.of(2016, 1, 1));
        }).toList();
    }

    /**
     * Prints the figures; the last line is the JSON object. Args: [csv] [--warmup N] [--rounds N];
     * the csv defaults to ../shared/data/10kgnad/test.csv.
     */
    public static void main(String[] args) {
        Path csv = Path.of("../shared/data/10kgnad/test.csv");
        int warmup = DEFAULT_WARMUP_ROUNDS;
        int rounds = DEFAULT_ROUNDS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> csv = Path.of(args[i]);
            }
        }
        System.out.println(run(csv, warmup, rounds).toJson());
    }
}
