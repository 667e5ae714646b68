package org.lagebild.eval.extraction;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;

/**
 * Speed of one evaluation run: wall-clock time of decoding plus extraction of all pages on
 * {@code threads} threads (file reading and gunzip excluded), for the last pass and for the first
 * (cold JVM) pass, over all passes together (a stream of pages x passes, JIT warm-up included), the summed time spent inside the extractor in the last pass, the CPU time the
 * extracting threads used in the last pass (the figure least disturbed by other work on the machine), and
 * the CPU time the rest of the JVM used meanwhile (JIT compiler and GC threads: on 2 cores the compiler,
 * still busy after a few passes, takes its share from the extracting threads; -1 when the JVM cannot tell).
 */
public record Throughput(int pages, int threads, int passes, long wallNanos, long firstPassWallNanos,
                         long totalWallNanos, long extractNanos, long cpuNanos, long otherCpuNanos) {

    /** Whole pages (decoding and extraction) per wall-clock second in the last pass. */
    public double pagesPerSecond() {
        return Json.perSecond(pages, wallNanos);
    }

    /** The same for the first pass, with JIT warm-up. */
    public double firstPassPagesPerSecond() {
        return Json.perSecond(pages, firstPassWallNanos);
    }

    /** Pages per wall-clock second over all passes: one stream of pages x passes, warm-up included. */
    public double allPassesPagesPerSecond() {
        return Json.perSecond((long) pages * passes, totalWallNanos);
    }

    /** Milliseconds per page inside the extractor (summed over threads; grows with contention). */
    public double extractMillisPerPage() {
        return pages == 0 ? 0 : extractNanos / 1e6 / pages;
    }

    /** CPU milliseconds per page (decoding plus extraction) in the last pass. */
    public double cpuMillisPerPage() {
        return pages == 0 ? 0 : cpuNanos / 1e6 / pages;
    }

    /** CPU milliseconds per page the JVM spent outside the extracting threads in the last pass, or -1. */
    public double otherCpuMillisPerPage() {
        return otherCpuNanos < 0 ? -1 : pages == 0 ? 0 : otherCpuNanos / 1e6 / pages;
    }

    void putInto(ObjectNode o) {
        o.put("pages_per_s", Json.round(pagesPerSecond()).setScale(1, RoundingMode.HALF_EVEN));
        o.put("threads", threads);
        o.put("passes", passes);
        o.put("pages_per_s_first_pass", Json.round(firstPassPagesPerSecond()).setScale(1, RoundingMode.HALF_EVEN));
        o.put("pages_per_s_all_passes", Json.round(allPassesPagesPerSecond()).setScale(1, RoundingMode.HALF_EVEN));
        o.put("cpu_ms_per_page", Json.round(cpuMillisPerPage()).setScale(2, RoundingMode.HALF_EVEN));
        o.put("extract_ms_per_page", Json.round(extractMillisPerPage()).setScale(2, RoundingMode.HALF_EVEN));
        o.put("jvm_other_cpu_ms_per_page", Json.round(otherCpuMillisPerPage()).setScale(2, RoundingMode.HALF_EVEN));
    }
}
