package org.lagebild.eval.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command line: {@code --trafilatura DIR}, {@code --scrapinghub DIR} or {@code --smartdata DIR}, optionally
 * {@code --lang de} (trafilatura only), {@code --limit N}, {@code --worst N} (dump the N worst pages
 * with their snippets), {@code --metadata-misses N} (trafilatura: list the first N pages' wrong title, author
 * or date with gold, got and origin), {@code --view text|text-without-title|body|body-with-title} and
 * {@code --no-url} (trafilatura: do not tell the extractor the page URL), {@code --threads N} (extraction
 * threads, default 1), {@code --passes N} (extract every page N times; speed from the last pass, default 1),
 * {@code --split all|dev|test} (the fixed {@link Split}, default all; for SmartData the corpus' own dev and
 * test files), {@code --reference NAME} (Scrapinghub: score the benchmark's stored output of another tool,
 * {@code reference-outputs/NAME.json}, on the same pages instead of running the extractor) and {@code --dump FILE} (everything
 * extracted, one line per page, for before/after comparisons). Prints a per-language
 * breakdown (trafilatura), the worst pages if asked, and as its last line one JSON object.
 */
public final class ExtractionEvalMain {

    private static final String USAGE = "usage: (--trafilatura DIR | --scrapinghub DIR | --smartdata DIR) [--lang LANG] [--limit N]"
            + " [--worst N] [--metadata-misses N] [--view text|text-without-title|body|body-with-title] [--no-url]"
            + " [--threads N] [--passes N] [--split all|dev|test] [--reference NAME] [--dump FILE]";

    private ExtractionEvalMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs one evaluation and prints its report.
     *
     * @return 0 on success, 2 on a usage error, 1 when the data cannot be read
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path trafilatura = null;
        Path scrapinghub = null;
        Path smartdata = null;
        String lang = null;
        String reference = null;
        int limit = 0;
        int worst = 0;
        int metadataMisses = 0;
        OutputView view = null;
        boolean passUrl = true;
        RunSettings settings = RunSettings.defaults();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--trafilatura" -> trafilatura = Path.of(value(args, ++i));
                    case "--scrapinghub" -> scrapinghub = Path.of(value(args, ++i));
                    case "--smartdata" -> smartdata = Path.of(value(args, ++i));
                    case "--lang" -> lang = value(args, ++i).toLowerCase(Locale.ROOT);
                    case "--limit" -> limit = Integer.parseInt(value(args, ++i));
                    case "--worst" -> worst = Integer.parseInt(value(args, ++i));
                    case "--metadata-misses" -> metadataMisses = Integer.parseInt(value(args, ++i));
                    case "--view" -> view = OutputView.parse(value(args, ++i));
                    case "--no-url" -> passUrl = false;
                    case "--threads" -> settings = settings.withThreads(Integer.parseInt(value(args, ++i)));
                    case "--passes" -> settings = settings.withPasses(Integer.parseInt(value(args, ++i)));
                    case "--split" -> settings = settings.withSplit(Split.parse(value(args, ++i)));
                    case "--dump" -> settings = settings.withDump(Path.of(value(args, ++i)));
                    case "--reference" -> reference = value(args, ++i);
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option: " + args[i]);
                }
            }
            if ((trafilatura != null ? 1 : 0) + (scrapinghub != null ? 1 : 0) + (smartdata != null ? 1 : 0) != 1) {
                throw new IllegalArgumentException("give exactly one of --trafilatura DIR, --scrapinghub DIR or --smartdata DIR");
            }
            if (reference != null && scrapinghub == null) {
                throw new IllegalArgumentException("--reference needs --scrapinghub DIR (its reference-outputs folder)");
            }
            if (reference != null && !reference.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException("--reference takes a tool name (a file in reference-outputs/ without .json): " + reference);
            }
            if (limit < 0 || worst < 0 || metadataMisses < 0) {
                throw new IllegalArgumentException("--limit, --worst and --metadata-misses must not be negative");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path dir = trafilatura != null ? trafilatura : scrapinghub != null ? scrapinghub : smartdata;
        if (!Files.isDirectory(dir)) {
            err.println("not a directory: " + dir);
            return 1;
        }
        try {
            if (trafilatura != null) {
                TrafilaturaResult r = TrafilaturaEvaluation.run(dir, new TrafilaturaEvaluation.Options(
                        view == null ? OutputView.BODY : view, lang, limit, worst, passUrl, settings));
                printBreakdown(r, out);
                printWorst(r.worst(), out);
                printMetadataMisses(r.metadataMisses(), metadataMisses, out);
                out.println(r.toJson());
            } else if (reference != null) {
                out.println(ScrapinghubEvaluation.scoreReference(dir, reference, settings.split()));
            } else if (scrapinghub != null) {
                ScrapinghubResult r = ScrapinghubEvaluation.run(dir, new ScrapinghubEvaluation.Options(
                        view == null ? OutputView.BODY : view, limit, worst, settings));
                printWorstScrapinghub(r.worst(), out);
                out.println(r.toJson());
            } else {
                SmartdataResult r = SmartdataEvaluation.run(dir, new SmartdataEvaluation.Options(
                        view == null ? OutputView.BODY_WITH_TITLE : view, limit, worst, settings));
                printWorstSmartdata(r.worst(), out);
                out.println(String.format(Locale.ROOT, "%d HTML pages of %d documents; crashes %d; %.1f pages/s on %d thread(s), last of %d pass(es)",
                        r.pages(), r.documents(), r.crashes(), r.pagesPerSecond(), r.throughput().threads(),
                        r.throughput().passes()));
                out.println(r.toJson());
            }
            return 0;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("evaluation failed: no such file: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("evaluation failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        } catch (RuntimeException e) {
            err.println("evaluation failed: " + e);
            return 1;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    static void printBreakdown(TrafilaturaResult r, PrintStream out) {
        out.println(String.format(Locale.ROOT, "%-8s %6s %6s %6s %6s %6s %6s %6s %6s %9s %9s %9s %7s",
                "lang", "pages", "tp", "fp", "fn", "prec", "recall", "f1", "acc", "date", "title", "author", "a-false"));
        for (TrafilaturaResult.LanguageScore l : r.languages()) {
            out.println(row(l.language(), l.pages(), l.counts(), l.dateCorrect(), l.datePages(), l.metadata()));
        }
        out.println(row("all", r.pages(), r.counts(), r.dateCorrect(), r.datePages(), r.metadata()));
        out.println(String.format(Locale.ROOT, "crashes %d; %.1f pages/s on %d thread(s), last of %d pass(es)",
                r.crashes(), r.pagesPerSecond(), r.throughput().threads(), r.throughput().passes()));
    }

    private static String row(String lang, int pages, SnippetCounts c, int dateCorrect, int datePages, MetadataCounts m) {
        return String.format(Locale.ROOT, "%-8s %6d %6d %6d %6d %6.3f %6.3f %6.3f %6.3f %4d/%-4d %4d/%-4d %4d/%-4d %3d/%-3d",
                lang, pages, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1(), c.accuracy(), dateCorrect, datePages,
                m.titleCorrect(), m.titlePages(), m.authorCorrect(), m.authorPages(), m.authorFalse(), m.noAuthorPages());
    }

    /** The first {@code n} wrong titles, authors and dates: gold, got and the origin of what was got. */
    static void printMetadataMisses(List<TrafilaturaResult.MetadataMiss> misses, int n, PrintStream out) {
        int i = 0;
        for (TrafilaturaResult.MetadataMiss m : misses) {
            if (i++ >= n) {
                break;
            }
            out.println(String.format(Locale.ROOT, "%s %s [%s] %s%n    gold: %s%n    got:  %s  <- %s", m.field(), m.file(),
                    m.language(), m.url(), m.gold().isEmpty() ? "(none)" : m.gold(), m.got(), m.origin()));
        }
    }

    static void printWorst(List<TrafilaturaResult.PageReport> worst, PrintStream out) {
        int n = 1;
        for (TrafilaturaResult.PageReport p : worst) {
            out.println(String.format(Locale.ROOT, "#%d %s [%s] %s missed %d/%d, leaked %d/%d, %d chars%s%s",
                    n++, p.file(), p.language(), p.url(), p.counts().fn(), p.counts().tp() + p.counts().fn(),
                    p.counts().fp(), p.counts().fp() + p.counts().tn(), p.outputChars(),
                    p.error() == null ? "" : ", FAILED: " + p.error(),
                    p.goldDate() == null ? "" : ", date gold " + p.goldDate() + " got " + p.predictedDate()));
            for (int i = 0; i < p.missed().size(); i++) {
                out.println("    missed: " + clip(p.missed().get(i)) + "  <- " + p.missedCauses().get(i));
            }
            for (int i = 0; i < p.leaked().size(); i++) {
                out.println("    leaked: " + clip(p.leaked().get(i)) + "  <- " + p.leakedBlocks().get(i));
            }
        }
    }

    static void printWorstScrapinghub(List<ScrapinghubResult.PageReport> worst, PrintStream out) {
        int n = 1;
        for (ScrapinghubResult.PageReport p : worst) {
            out.println(String.format(Locale.ROOT, "#%d %s %s p=%.3f r=%.3f%s", n++, p.id(), p.url(),
                    p.counts().precision(), p.counts().recall(), p.error() == null ? "" : ", FAILED: " + p.error()));
            out.println("    gold: " + clip(p.gold()));
            out.println("    got:  " + clip(p.predicted()));
        }
    }

    static void printWorstSmartdata(List<SmartdataResult.PageReport> worst, PrintStream out) {
        int n = 1;
        for (SmartdataResult.PageReport p : worst) {
            out.println(String.format(Locale.ROOT, "#%d %s p=%.3f r=%.3f%s", n++, p.url(), p.counts().precision(),
                    p.counts().recall(), p.error() == null ? "" : ", FAILED: " + p.error()));
            for (String e : p.extra()) {
                out.println("    extra:  " + clip(e));
            }
            for (String m : p.missed()) {
                out.println("    missed: " + clip(m));
            }
        }
    }

    private static String clip(String s) {
        String one = SnippetScoring.normalise(s);
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }
}
