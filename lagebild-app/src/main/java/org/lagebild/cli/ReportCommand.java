package org.lagebild.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lagebild.engine.Lagebild;
import org.lagebild.model.Document;
import org.lagebild.report.HtmlReport;
import org.lagebild.report.MarkdownReport;
import org.lagebild.report.ReportModel;
import org.lagebild.report.StoryHtmlReport;
import org.lagebild.report.StoryMarkdownReport;
import org.lagebild.report.StoryReportModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the situation report for what is stored. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the situation report (\"Lagebild\") of a story: summary, key figures with ranges, sources and status, a timeline",
                "chart, the chronology, actors, source notes and open contradictions, each linked to its evidence sentence.",
                "Without STORY: the story with the most articles. --overview: all stored articles and figures instead.",
                "FILE ending in .md is Markdown, in .html one self-contained HTML file. Without --out: lagebild-report.html and lagebild-report.md."})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;
    @Option(names = "--out", paramLabel = "FILE", description = "Output file (.html or .md).")
    Path out;
    @Option(names = "--today", paramLabel = "DATE", description = "Date shown as the report's date (default: today).")
    LocalDate today;
    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "STORY", description = "Story id or unique prefix (see 'lagebild stories').")
    String story;
    @Option(names = "--overview", description = "Report on all stored articles and their figures, not on one story.")
    boolean overview;

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            checkOut(out);
        }
        try (Lagebild lb = common.openForReading()) {
            LocalDate day = today != null ? today : LocalDate.now();
            PrintWriter w = spec.commandLine().getOut();
            List<Path> written;
            if (overview) {
                written = write(lb, out, Path.of("."), day);
            } else {
                lb.updateStories();
                StoriesCommand.noteOtherBuild(lb, spec);
                String id = story != null ? StoriesCommand.story(lb, story).id() : largestStory(lb);
                if (id == null) {
                    w.println("no stories yet (ingest articles first); writing the overview of what is stored");
                    written = write(lb, out, Path.of("."), day);
                } else {
                    written = writeStory(lb, id, out, Path.of("."), day);
                    w.println("story " + id);
                }
            }
            for (Path p : written) {
                w.println("wrote " + p);
            }
            w.flush();
            return 0;
        }
    }

    /**
     * Refuses, before any work, an {@code --out} that cannot be what the user meant: a directory, a
     * name without {@code .html}/{@code .md} (a {@code .pdf} would get HTML inside), or a file in a
     * directory that does not exist (a typo in the path should not create directories).
     */
    static void checkOut(Path out) {
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a directory; give a file name ending in .html or .md");
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".md") || name.endsWith(".markdown"))) {
            throw new IllegalArgumentException("--out " + out + ": unknown extension; use .html or .md");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("--out " + out + ": directory " + parent + " does not exist");
        }
    }

    /** The id of the story with the most articles (the most recent among equals), or null. */
    static String largestStory(Lagebild lb) {
        String best = null;
        int n = -1;
        for (var s : lb.store().derived().stories(org.lagebild.store.DerivedTables.StoryQuery.all(10_000))) {
            if (s.articleCount() > n) {
                n = s.articleCount();
                best = s.id();
            }
        }
        return best;
    }

    /** Writes the report of one story to {@code out}, or to both default files in {@code dir} when it is null. */
    static List<Path> writeStory(Lagebild lb, String storyId, Path out, Path dir, LocalDate today) throws IOException {
        StoryReportModel m = StoryReportModel.of(lb.storyPicture(storyId), today);
        List<Path> targets = out == null ? List.of(dir.resolve("lagebild-report.html"), dir.resolve("lagebild-report.md")) : List.of(out);
        for (Path p : targets) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            writeAtomically(p, name.endsWith(".md") || name.endsWith(".markdown") ? StoryMarkdownReport.render(m) : StoryHtmlReport.render(m));
        }
        return targets;
    }

    static ReportModel model(Lagebild lb, LocalDate today) {
        List<Document> docs = new ArrayList<>();
        lb.forEachDocument(docs::add);
        return ReportModel.of(docs, today, lb.dataDir().toString());
    }

    /** Writes the report to {@code out}, or to both default files in {@code dir} when it is null. */
    static List<Path> write(Lagebild lb, Path out, Path dir, LocalDate today) throws IOException {
        ReportModel m = model(lb, today);
        List<Path> targets = out == null ? List.of(dir.resolve("lagebild-report.html"), dir.resolve("lagebild-report.md")) : List.of(out);
        for (Path p : targets) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            String content = name.endsWith(".md") || name.endsWith(".markdown") ? MarkdownReport.render(m) : HtmlReport.render(m);
            writeAtomically(p, content);
        }
        return targets;
    }

    /** Writes through a temporary file in the same directory, so a reader never sees half a report. */
    private static void writeAtomically(Path p, String content) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = Files.createTempFile(parent, ".report", ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // temp files are private; a report is an ordinary file
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
