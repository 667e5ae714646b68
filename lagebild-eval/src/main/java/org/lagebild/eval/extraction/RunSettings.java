package org.lagebild.eval.extraction;

import java.nio.file.Path;

/**
 * How an evaluation runs, apart from what it scores.
 *
 * @param threads extraction threads (pages are handed out largest first; the scores do not depend on it)
 * @param passes how often every page is extracted; speed is taken from the last pass, so passes above 1
 *     measure a warm JVM (the first pass's speed is reported too), scores come from the last pass
 * @param split which part of the benchmark's fixed {@link Split}
 * @param dump a file that receives one line per page with everything extracted (for before/after
 *     comparisons of code changes that must not change output), or null
 */
public record RunSettings(int threads, int passes, Split split, Path dump) {

    public RunSettings {
        if (threads < 1 || passes < 1) {
            throw new IllegalArgumentException("threads and passes must be at least 1");
        }
        if (split == null) {
            throw new NullPointerException("split");
        }
    }

    /** One thread, one pass, all pages, no dump. */
    public static RunSettings defaults() {
        return new RunSettings(1, 1, Split.ALL, null);
    }

    public RunSettings withThreads(int n) {
        return new RunSettings(n, passes, split, dump);
    }

    public RunSettings withPasses(int n) {
        return new RunSettings(threads, n, split, dump);
    }

    public RunSettings withSplit(Split s) {
        return new RunSettings(threads, passes, s, dump);
    }

    public RunSettings withDump(Path file) {
        return new RunSettings(threads, passes, split, file);
    }
}
