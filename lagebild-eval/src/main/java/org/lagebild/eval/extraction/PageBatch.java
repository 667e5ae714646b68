package org.lagebild.eval.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.model.Article;

/**
 * Extracts a list of pages (raw bytes in memory) on N threads, {@code passes} times, and returns the
 * outcomes in input order with the {@link Throughput}. The extractor is thread-safe; each page's
 * outcome depends only on its bytes, so the order of work does not change any score. Pages are handed
 * out one at a time, largest first: the pages left at the end of a pass are then the small ones, and the
 * threads finish together instead of one waiting for another's big page.
 */
final class PageBatch {

    /**
     * One page to extract: raw bytes, the input name the article records, the URL told to the extractor, and
     * the charset the bytes are known to be in (null: the extractor's detection decides, as in the benchmarks).
     */
    record Page(String id, byte[] bytes, String input, String url, String charset) {
        Page(String id, byte[] bytes, String input, String url) {
            this(id, bytes, input, url, null);
        }
    }

    record Outcome(List<PageExtraction> results, Throughput throughput) {
    }

    private PageBatch() {
    }

    static Outcome run(ArticleExtractor extractor, List<Page> pages, RunSettings settings) {
        PageExtraction[] results = new PageExtraction[pages.size()];
        long firstWall = 0;
        long wall = 0;
        long totalWall = 0;
        long cpu = 0;
        long other = -1;
        int[] order = largestFirst(pages);
        for (int pass = 0; pass < settings.passes(); pass++) {
            long process0 = processCpuNanos();
            long t0 = System.nanoTime();
            cpu = runOnce(extractor, pages, order, results, settings.threads());
            wall = System.nanoTime() - t0;
            totalWall += wall;
            long process1 = processCpuNanos();
            other = process0 < 0 || process1 < 0 || cpu == 0 ? -1 : Math.max(0, process1 - process0 - cpu);
            if (pass == 0) {
                firstWall = wall;
            }
        }
        long extractNanos = 0;
        for (PageExtraction r : results) {
            extractNanos += r.extractNanos() + r.decodeNanos();
        }
        List<PageExtraction> list = List.of(results);
        if (settings.dump() != null) {
            dump(pages, list, settings);
        }
        return new Outcome(list, new Throughput(pages.size(), settings.threads(), settings.passes(), wall, firstWall,
                totalWall, extractNanos, cpu, other));
    }

    /** CPU time of the whole JVM process so far, or -1 when the platform does not report it. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Indexes of the pages by size, largest first (ties in input order). */
    static int[] largestFirst(List<Page> pages) {
        return IntStream.range(0, pages.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> pages.get(i).bytes().length).reversed())
                .mapToInt(Integer::intValue).toArray();
    }

    /** Runs one pass and returns the CPU time the workers used (0 when the JVM cannot tell). */
    private static long runOnce(ArticleExtractor extractor, List<Page> pages, int[] order, PageExtraction[] results,
                                int threads) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpu = new AtomicLong();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpuTime = mx.isCurrentThreadCpuTimeSupported();
        Runnable worker = () -> {
            long c0 = cpuTime ? mx.getCurrentThreadCpuTime() : 0;
            for (int k = next.getAndIncrement(); k < order.length; k = next.getAndIncrement()) {
                int i = order[k];
                Page p = pages.get(i);
                results[i] = PageExtraction.run(extractor, p.bytes(), p.input(), p.url(), p.charset());
            }
            cpu.addAndGet(cpuTime ? mx.getCurrentThreadCpuTime() - c0 : 0);
        };
        if (threads == 1) {
            worker.run();
            return cpu.get();
        }
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(worker, "extract-" + t);
            workers.add(th);
            th.start();
        }
        try {
            for (Thread th : workers) {
                th.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        }
        return cpu.get();
    }

    /** One line per page: id, tab, the whole article (record form, line breaks escaped) or the error. */
    private static void dump(List<Page> pages, List<PageExtraction> results, RunSettings settings) {
        try (Writer w = Files.newBufferedWriter(settings.dump(), StandardCharsets.UTF_8)) {
            for (int i = 0; i < pages.size(); i++) {
                Article a = results.get(i).article();
                String what = a == null ? "ERROR " + results.get(i).error() : a.toString();
                w.write(pages.get(i).id() + "\t" + what.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r") + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + settings.dump(), e);
        }
    }
}
