package org.lagebild.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lagebild.engine.IngestListener;
import org.lagebild.engine.IngestOptions;
import org.lagebild.engine.IngestSummary;
import org.lagebild.engine.Lagebild;
import org.lagebild.ingest.InputProblem;
import org.lagebild.model.PublicationDate;
import org.lagebild.report.Dates;
import org.lagebild.report.Numbers;
import org.lagebild.report.ReportModel;
import org.lagebild.stories.facts.Fact;
import org.lagebild.stories.timeline.TimelineEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Ingests the bundled sample articles, prints a summary and writes the report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingests the five bundled sample articles (German news on North Korean troops for Russia) into the data directory,",
                "prints the story they form (chronology, key figures, source notes) and writes its report to lagebild-report.html and .md."})
final class DemoCommand implements Callable<Integer> {
    /** The bundled samples, packaged from the repository's samples/ folder. */
    static final List<String> SAMPLES = List.of("000_4d7b7c7852ea0801.txt", "001_251d734086210e73.txt",
            "002_48fb3006fc53d837.txt", "003_60183f86ae9f806a.txt", "004_5ed0a349c32ec047.txt");

    @Mixin
    CommonOptions common;
    @Spec
    CommandSpec spec;
    @Option(names = "--today", paramLabel = "DATE", description = "Reference day (default: today).")
    LocalDate today;
    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = ".", description = "Where to write the reports. Default: the current directory.")
    Path reportDir;
    @Option(names = "--infer-dates", description = {"Ingest the samples without their known publication days (samples-published.tsv, bundled):",
            "every date is then the window inferred from the text. Use a fresh --data-dir."})
    boolean inferDates;

    /** The samples' publication days from samples-published.tsv (file name → ISO day). */
    static java.util.Map<String, String> knownDates() throws IOException {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        try (InputStream in = DemoCommand.class.getResourceAsStream("/org/lagebild/app/samples-published.tsv")) {
            if (in == null) {
                throw new IllegalStateException("bundled samples-published.tsv missing from the jar");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0], f[1]);
            }
        }
        return out;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = today != null ? today : LocalDate.now();
        try (Lagebild lb = common.open()) {
            IngestOptions options = IngestOptions.defaults(day);
            java.util.Map<String, String> dates = inferDates ? java.util.Map.of() : knownDates();
            List<InputProblem> failures = new ArrayList<>();
            long ingested = 0;
            long unchanged = 0;
            // stories are grown in publication order: with known days the samples go in that order, one
            // by one (each with its day); without, they go in one batch, which is ordered by the inferred days
            Path tmp = java.nio.file.Files.createTempDirectory("lagebild-samples");
            try {
                List<String> order = new ArrayList<>(SAMPLES);
                order.sort(java.util.Comparator.comparing((String n) -> dates.getOrDefault(n, "")).thenComparing(n -> n));
                for (String name : order) {
                    try (InputStream in = DemoCommand.class.getResourceAsStream("/org/lagebild/app/samples/" + name)) {
                        if (in == null) {
                            throw new IllegalStateException("bundled sample missing from the jar: " + name);
                        }
                        java.nio.file.Files.copy(in, tmp.resolve(name));
                    }
                }
                List<IngestSummary> runs = new ArrayList<>();
                if (inferDates) {
                    runs.add(lb.ingest(List.of(tmp.toString()), options, IngestListener.NONE));
                } else {
                    for (String name : order) {
                        runs.add(lb.ingest(List.of(tmp.resolve(name).toString()), options.withPublished(dates.get(name)),
                                IngestListener.NONE));
                    }
                }
                for (IngestSummary s : runs) {
                    failures.addAll(s.failures());
                    ingested += s.ingested() + s.newVersions();
                    unchanged += s.unchanged() + s.duplicates();
                }
            } finally {
                try (var files = java.nio.file.Files.list(tmp)) {
                    for (Path f : files.toList()) {
                        java.nio.file.Files.deleteIfExists(f);
                    }
                }
                java.nio.file.Files.deleteIfExists(tmp);
            }
            for (InputProblem p : failures) {
                err.println("error: " + p.input() + ": " + p.reason());
            }
            ReportModel m = ReportCommand.model(lb, day);
            if (common.format != Format.table) {
                var obj = new java.util.LinkedHashMap<String, Object>();
                obj.put("ingested", ingested);
                obj.put("unchanged", unchanged);
                obj.put("failed", failures.size());
                obj.put("articles", m.articles().size());
                common.output(out).object(obj);
            }
            String storyId = ReportCommand.largestStory(lb);
            Lagebild.StoryPicture picture = storyId == null ? null : lb.storyPicture(storyId);
            if (common.format == Format.table) {
                summary(m, ingested, unchanged, lb.dataDir(), out, day, inferDates, id -> lb.store().document(id).orElse(null));
                if (picture != null) {
                    story(picture, lb.store().derived().storyCount(), out);
                }
            }
            List<Path> written = storyId == null ? ReportCommand.write(lb, null, reportDir, day)
                    : ReportCommand.writeStory(lb, storyId, null, reportDir, day);
            if (common.format == Format.table) {
                out.println();
                out.println("Report: " + String.join(", ", written.stream().map(Path::toString).toList()));
                out.println("Next:   lagebild stories | lagebild facts " + (storyId == null ? "STORY" : storyId)
                        + " | lagebild timeline " + (storyId == null ? "STORY" : storyId) + " | lagebild search Soldaten");
            }
            out.flush();
            return failures.isEmpty() ? 0 : 1;
        }
    }

    private static void story(Lagebild.StoryPicture p, long stories, PrintWriter out) {
        out.println();
        out.println("Stories: " + stories + ". The largest: \"" + p.story().title() + "\" (" + p.story().id() + ", "
                + p.story().articleCount() + " articles, " + String.join(", ", p.story().sources()) + ")");
        out.println();
        out.println("Chronology (event time, not publication time):");
        for (TimelineEvent e : org.lagebild.report.StoryReportModel.chronology(p.chronology(), p.facts().facts())) {
            String when = e.fromPublication() ? "(" + e.time().value() + ")" : e.time().value();
            List<String> who = new ArrayList<>();
            for (var ev : e.evidence()) {
                String src = ev.sourceText();
                if (src != null && !who.contains(src)) {
                    who.add(src);
                }
            }
            out.println("  " + pad(when, 24) + pad(e.label(), 58) + " " + pad(words(e.modality().label()), 10) + " "
                    + String.join("; ", who));
        }
        out.println();
        out.println("Key figures (range stated, most conservative, independent sources, status history):");
        List<Fact> key = org.lagebild.report.StoryReportModel.keyFigures(p.facts().facts(), org.lagebild.report.StoryReportModel.KEY_FIGURES);
        for (Fact f : key) {
            List<String> steps = new ArrayList<>();
            for (var st : f.status()) {
                steps.add(words(st.modality().label()));
            }
            out.println("  " + pad(f.label(), 66) + " " + pad(Numbers.range(f.min(), f.max()), 12)
                    + " " + pad(String.valueOf(f.independentSources()), 2) + " " + String.join(" → ", steps)
                    + (f.conflicts().isEmpty() ? "" : "  ⚠ contradicted"));
        }
        List<org.lagebild.stories.facts.SourceNote> notes = org.lagebild.report.StoryReportModel.onKeyFigures(p.notes(),
                org.lagebild.stories.facts.SourceNote::fact, p.facts().facts());
        if (!notes.isEmpty()) {
            out.println();
            out.println("Source notes:");
            for (var n : notes) {
                out.println("  " + n.message());
            }
        }
        out.println();
        out.println("Summary: " + p.summary());
    }

    /** "not_confirmed" → "not confirmed": labels are keys in data files and JSON, words on the console. */
    private static String words(String label) {
        return label.replace('_', ' ');
    }

    private static void summary(ReportModel m, long ingested, long unchanged, Path dataDir, PrintWriter out,
                                LocalDate day, boolean inferred,
                                java.util.function.Function<String, org.lagebild.model.Document> documents) {
        out.println("Lagebild demo: " + SAMPLES.size() + " sample articles → " + dataDir
                + " (" + ingested + " new, " + unchanged + " already stored)");
        out.println();
        out.println("Articles (" + m.articles().size() + ", newest first)" + (inferred
                ? "; dates inferred from the text alone:"
                : "; publication days as given in samples-published.tsv, and the window Lagebild infers from the text alone:"));
        for (ReportModel.ArticleEntry a : m.articles()) {
            String when = Dates.show(a.published());
            if (!inferred && a.published() != null && a.published().date() != null && !a.published().isInferred()) {
                PublicationDate w = inferredWindow(documents.apply(a.id()), day);
                boolean holds = w.earliest() != null && w.latest() != null && !a.published().date().isBefore(w.earliest())
                        && !a.published().date().isAfter(w.latest());
                when = a.published().date() + "  " + pad(Dates.show(w), 32) + (holds ? "✓" : "✗");
            }
            out.println("  " + pad(when, inferred ? 32 : 46) + pad(a.publisher() == null ? "?" : a.publisher(), 9) + " " + a.title());
        }
        if (!m.actors().isEmpty()) {
            out.println();
            out.println("Main actors:");
            StringBuilder sb = new StringBuilder("  ");
            for (ReportModel.Actor a : m.actors().subList(0, Math.min(12, m.actors().size()))) {
                sb.append(a.name()).append(" (").append(a.articles()).append("/").append(a.mentions()).append(")  ");
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    /** The window the publication-date stage infers for a document when no date is given. */
    static PublicationDate inferredWindow(org.lagebild.model.Document d, LocalDate day) {
        if (d == null) {
            return PublicationDate.UNKNOWN;
        }
        var bare = d.withArticle(d.article().withPublished(PublicationDate.UNKNOWN));
        return new org.lagebild.time.pubdate.PublicationDateResolver()
                .apply(bare, new org.lagebild.annotate.AnnotationContext(day)).article().published();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s + " " : s + " ".repeat(w - s.length());
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
