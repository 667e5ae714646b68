package org.lagebild.cli;

import org.lagebild.engine.Views;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lagebild.engine.IngestListener;
import org.lagebild.engine.IngestOptions;
import org.lagebild.engine.IngestSummary;
import org.lagebild.engine.Lagebild;
import org.lagebild.engine.StageSet;
import org.lagebild.ingest.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads, extracts, annotates, stores and indexes articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingests articles: plain text, HTML, JSON Lines, RSS/Atom feeds, WARC (any of them gzipped).",
                "PATH may be a file, a directory (recursive), a glob, or - for standard input.",
                "Ends with a summary; exit code 1 when some inputs failed (the rest are stored)."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, globs or - (stdin).")
    List<String> paths;

    @Option(names = "--stages", paramLabel = "SET", defaultValue = "full",
            description = "Stages to run: extract (extract, language, store, index), basic (+ sentences), full (+ dates, times, numbers, entities). Default: ${DEFAULT-VALUE}")
    String stages;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (yyyy-MM-dd) for all inputs, overriding theirs.")
    LocalDate published;

    @Option(names = "--today", paramLabel = "DATE", description = "Reference day for articles without a date (default: the current date).")
    LocalDate today;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "500", description = "Articles per transaction. Default: ${DEFAULT-VALUE}")
    int batchSize;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--fetch", description = {"Fetch the page each feed item links to and ingest it instead of the item's text",
            "(http/https only, 10 s connect and 30 s response timeouts, 10 MB cap, 1 s between requests to one host, at most",
            "5 redirects; when a fetch fails the item's own text is kept and the failure reported)."})
    boolean fetch;

    @Option(names = "--max-chars", paramLabel = "N", description = {"The longest article text annotated, in chars; a longer one is",
            "refused with its size. Default: 1000000. Raise the heap with it: the launcher's 512 MB annotated",
            "2,400,000 chars, LAGEBILD_JAVA_OPTS=-Xmx2g 6,200,000 (docs/BAD-INPUT.md)."})
    Integer maxChars;

    @Option(names = "--allow-private", description = "With --fetch: also fetch from loopback and private addresses (refused by default).")
    boolean allowPrivate;

    @Override
    public Integer call() throws Exception {
        IngestOptions options = IngestOptions.defaults(today != null ? today : LocalDate.now())
                .withStages(StageSet.parse(stages))
                .withPublished(published == null ? null : published.toString())
                .withBatchSize(batchSize);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        if (maxChars != null) {
            options = options.withMaxChars(maxChars);
        }
        if (allowPrivate && !fetch) {
            throw new IllegalArgumentException("--allow-private only applies with --fetch");
        }
        if (fetch) {
            options = options.withFetch(org.lagebild.ingest.fetch.FetchOptions.defaults().withAllowPrivate(allowPrivate));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Lagebild lb = common.open()) {
            IngestSummary summary;
            if (Terminals.stderrIsTerminal()) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setStyle(ProgressBarStyle.ASCII)
                        .setInitialMax(-1).setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(System.err))
                        .build()) {
                    summary = lb.ingest(paths, options, new IngestListener() {
                        @Override
                        public void progress(long records, long failed) {
                            bar.stepTo(records);
                            bar.setExtraMessage(failed > 0 ? failed + " failed" : "");
                        }
                    });
                }
            } else {
                summary = lb.ingest(paths, options, IngestListener.NONE);
            }
            report(summary, common.output(out), err);
            StoriesCommand.noteOtherBuild(lb, spec);
            return summary.failed() > 0 ? 1 : 0;
        }
    }

    static void report(IngestSummary summary, Output output, PrintWriter err) {
        for (InputProblem p : summary.notices()) {
            err.println("notice: " + p.input() + ": " + p.reason());
        }
        boolean tooLong = false;
        for (InputProblem p : summary.failures()) {
            err.println("error: " + p.input() + ": " + p.reason());
            tooLong |= p.reason().startsWith("article too long to annotate: ");
        }
        if (tooLong) {
            err.println("hint: ingest --max-chars N annotates longer articles; give Java more memory with it"
                    + " (LAGEBILD_JAVA_OPTS=-Xmx2g)");
        }
        var m = Views.ingest(summary);
        if (output.format() == Format.table) {
            m.remove("failures");
            m.remove("notices");
        }
        output.object(m);
    }
}
