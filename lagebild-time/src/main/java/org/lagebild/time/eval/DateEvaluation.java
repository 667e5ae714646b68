package org.lagebild.time.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.lagebild.model.PublicationDate;
import org.lagebild.time.internal.SimpleSentences;
import org.lagebild.time.internal.Tsv;
import org.lagebild.time.pubdate.PublicationDateResolver;

/**
 * Scores publication-date inference: on the seeds (their true dates, known from their content, are
 * in seed-dates.tsv) and on the German trafilatura-eval pages with a gold date, whose HTML is
 * reduced to visible text (scripts, styles, the head and all meta data dropped, so the date is
 * hidden from the inference unless the page text states it). A date counts as held when it lies
 * inside the window. On 10kGNAD, whose articles have no date, the windows are checked against the
 * corpus's years. Every text is read on {@link #READ_ON}, as {@code lagebild ingest} reads them on
 * the day it runs. Stateless.
 */
public final class DateEvaluation {

    /**
     * The figures: shares of documents whose true date lies in the window; for 10kGNAD, whose articles
     * carry no date, how many windows are consistent with the corpus's years (2015–2016, DER STANDARD
     * articles of the One Million Posts Corpus) and how many lie wholly after or before them.
     */
    public record Result(int seeds, int seedsHeld, int pages, int pagesDated, int pagesHeld, double seedShare,
                         double pageShare, double pageShareOfDated, Gnad gnad) {
        public String toJson() {
            return String.format(Locale.ROOT, "{\"seeds\":%d,\"seeds_held\":%d,\"seed_share\":%.4f,\"pages\":%d,"
                            + "\"pages_dated\":%d,\"pages_held\":%d,\"page_share\":%.4f,\"page_share_of_dated\":%.4f,"
                            + "\"gnad_articles\":%d,\"gnad_dated\":%d,\"gnad_consistent\":%d,\"gnad_after\":%d,\"gnad_before\":%d,"
                            + "\"gnad_consistent_of_dated\":%.4f}",
                    seeds, seedsHeld, seedShare, pages, pagesDated, pagesHeld, pageShare, pageShareOfDated,
                    gnad.articles(), gnad.dated(), gnad.consistent(), gnad.after(), gnad.before(), ratio(gnad.consistent(), gnad.dated()));
        }
    }

    /** 10kGNAD: articles read, dated by inference, window overlapping 2015–2016, wholly after, wholly before. */
    public record Gnad(int articles, int dated, int consistent, int after, int before) {
    }

    /**
     * The day the corpora are read in this evaluation (the reference time of the run): after every
     * corpus's texts, fixed so that the figures do not move with the calendar.
     */
    static final LocalDate READ_ON = LocalDate.of(2026, 11, 24);
    private static final LocalDate GNAD_FROM = LocalDate.of(2015, 1, 1);
    private static final LocalDate GNAD_TO = LocalDate.of(2016, 12, 31);

    private static final Pattern DROP = Pattern.compile("(?is)<(script|style|head|noscript|svg)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|br|li|h[1-6]|tr|article|section|header|footer)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private DateEvaluation() {
    }

    /** Runs on the seeds in {@code samplesDir} and the pages under {@code dataDir}/trafilatura-eval (if there). */
    public static Result run(Path samplesDir, Path dataDir) {
        PublicationDateResolver resolver = new PublicationDateResolver();
        int seeds = 0;
        int seedsHeld = 0;
        for (Tsv.Row r : Tsv.load(DateEvaluation.class, "seed-dates.tsv").require("seed", "date").rows()) {
            String text = QuantityEvaluation.document("seed:" + r.get("seed"), dataDir, samplesDir);
            if (text == null) {
                continue;
            }
            seeds++;
            if (holds(resolver.resolve(text, SimpleSentences.split(text), "de", READ_ON), LocalDate.parse(r.get("date")))) {
                seedsHeld++;
            }
        }
        int pages = 0;
        int dated = 0;
        int held = 0;
        Path dir = dataDir.resolve("trafilatura-eval");
        if (Files.exists(dir.resolve("evaldata.json"))) {
            try {
                Map<String, String> dates = goldDates(Files.readString(dir.resolve("evaldata.json"), StandardCharsets.UTF_8));
                for (String line : Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
                    String[] c = line.split("\t");
                    if (c.length < 5 || !c[4].equals("de") || !dates.containsKey(c[0])) {
                        continue;
                    }
                    LocalDate truth;
                    try {
                        truth = LocalDate.parse(dates.get(c[0]).substring(0, 10));
                    } catch (RuntimeException e) {
                        continue;
                    }
                    String text = visibleText(dir.resolve(c[3]));
                    pages++;
                    PublicationDate p = resolver.resolve(text, SimpleSentences.split(text), "de", READ_ON);
                    if (p.isKnown()) {
                        dated++;
                        if (holds(p, truth)) {
                            held++;
                        } else if (Boolean.getBoolean("dates.misses")) {
                            // a diagnosis aid: -Ddates.misses=true lists the pages whose true date lies outside
                            System.err.println("miss\t" + c[0] + "\t" + truth + "\t" + p.earliest() + ".." + p.latest() + "\t" + p.explanation());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Result(seeds, seedsHeld, pages, dated, held, ratio(seedsHeld, seeds), ratio(held, pages), ratio(held, dated),
                gnad(resolver, dataDir.resolve("10kgnad").resolve("test.csv")));
    }

    /** Infers the dates of 10kGNAD's articles ({@code label;'text'} lines); zeros when the file is absent. */
    static Gnad gnad(PublicationDateResolver resolver, Path file) {
        if (!Files.isRegularFile(file)) {
            return new Gnad(0, 0, 0, 0, 0);
        }
        int articles = 0;
        int dated = 0;
        int consistent = 0;
        int after = 0;
        int before = 0;
        try {
            for (String text : TenKGnad.texts(file)) {
                articles++;
                PublicationDate p = resolver.resolve(text, SimpleSentences.split(text), "de", READ_ON);
                if (!p.isKnown()) {
                    continue;
                }
                dated++;
                if (p.earliest().isAfter(GNAD_TO)) {
                    after++;
                } else if (p.latest().isBefore(GNAD_FROM)) {
                    before++;
                } else {
                    consistent++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gnad(articles, dated, consistent, after, before);
    }

    static boolean holds(PublicationDate p, LocalDate truth) {
        return p.isKnown() && !truth.isBefore(p.earliest()) && !truth.isAfter(p.latest());
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** url -> gold date, read from evaldata.json without a JSON library (flat objects). */
    static Map<String, String> goldDates(String json) {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("\"(https?://[^\"]+)\"\\s*:\\s*\\{").matcher(json);
        List<Integer> starts = new java.util.ArrayList<>();
        List<String> urls = new java.util.ArrayList<>();
        while (m.find()) {
            starts.add(m.end());
            urls.add(m.group(1));
        }
        Pattern date = Pattern.compile("\"date\"\\s*:\\s*\"([^\"]+)\"");
        for (int i = 0; i < starts.size(); i++) {
            String body = json.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : json.length());
            Matcher d = date.matcher(body);
            if (d.find()) {
                out.put(urls.get(i), d.group(1));
            }
        }
        return out;
    }

    /** The visible text of a gzipped HTML page, roughly: no head, scripts or tags. */
    static String visibleText(Path gz) throws IOException {
        byte[] raw;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            raw = b.toByteArray();
        }
        String html = new String(raw, StandardCharsets.UTF_8);
        html = DROP.matcher(html).replaceAll(" ");
        html = BLOCK.matcher(html).replaceAll("\n");
        html = TAG.matcher(html).replaceAll(" ");
        html = html.replace("&nbsp;", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#8211;", "–")
                .replace("&auml;", "ä").replace("&ouml;", "ö").replace("&uuml;", "ü").replace("&szlig;", "ß");
        return html.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n");
    }

    /** Prints the figures; the last line is the JSON object. Args: samples dir, data dir. */
    public static void main(String[] args) {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
        System.out.println(run(samples, data).toJson());
    }
}
