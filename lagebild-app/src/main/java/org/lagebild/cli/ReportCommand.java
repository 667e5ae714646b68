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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the situation report for what is stored. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the situation report for what is stored: articles, sources and dates, main actors, figures with their evidence.",
                "FILE ending in .md is Markdown, anything else self-contained HTML. Without --out: lagebild-report.html and lagebild-report.md."})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;
    @Option(names = "--out", paramLabel = "FILE", description = "Output file (.html or .md).")
    Path out;
    @Option(names = "--today", paramLabel = "DATE", description = "Date shown as the report's date (default: today).")
    LocalDate today;

    @Override
    public Integer call() throws Exception {
        try (Lagebild lb = common.open()) {
            List<Path> written = write(lb, out, Path.of("."), today != null ? today : LocalDate.now());
            PrintWriter w = spec.commandLine().getOut();
            for (Path p : written) {
                w.println("wrote " + p);
            }
            w.flush();
            return 0;
        }
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
        return targets;
    }
}
