package org.lagebild.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.ingest.charset.CharsetDetector;

/**
 * Throughput benchmark (not a test): decodes the pages of a directory of {@code .html.gz} files once,
 * warms up, then extracts every page several times on N threads and prints pages per second (wall)
 * and CPU milliseconds per page for jsoup parsing alone and for the whole extraction.
 * Usage: {@code ExtractionBenchmark DIR [threads] [passes]}.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html.gz") || f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(CharsetDetector.decode(read(p), null, true).text());
            }
        }
        ArticleExtractor ex = new ArticleExtractor();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String html : pages) { // warm-up
            run(ex, html);
        }
        long parseCpu = 0;
        for (String html : pages) {
            long c0 = mx.getCurrentThreadCpuTime();
            Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
            parseCpu += mx.getCurrentThreadCpuTime() - c0;
        }
        AtomicLong cpu = new AtomicLong();
        long t0 = System.nanoTime();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                for (int pass = 0; pass < passes; pass++) {
                    for (int i = id; i < pages.size(); i += threads) {
                        run(ex, pages.get(i));
                    }
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
            });
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            th.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        int n = pages.size() * passes;
        System.out.println(String.format(Locale.ROOT,
                "%d pages x %d passes on %d threads: %.0f pages/s wall; CPU per page: parse %.2f ms, extract (incl. parse) %.2f ms",
                pages.size(), passes, threads, n / wall, parseCpu / 1e6 / pages.size(), cpu.get() / 1e6 / n));
    }

    private static void run(ArticleExtractor ex, String html) {
        try {
            ex.extract(new SourceRecord("bench", "html", SourceRecord.TEXT_HTML, html, null,
                    null, null, null, null, null, null, null));
        } catch (ExtractionException e) {
            // counted like any page
        }
    }

    private static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 65536)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
