package org.lagebild.time.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lagebild.model.Sentence;
import org.lagebild.model.TimeExpression;
import org.lagebild.time.internal.SimpleSentences;
import org.lagebild.time.timex.TimeTagger;

/**
 * Scores {@link TimeTagger} (narrative mode) on the WikiWarsDE layout: every {@code *.key.xml} under
 * {@code keyinline/} (inline TIMEX2 gold; the DCT is read from its DATETIME element). Extraction is
 * scored strictly (same span) and leniently (overlap, one-to-one), value accuracy among the
 * leniently matched pairs whose gold has a value, and strict extraction with the value right.
 * Stateless; {@link #run} reads the files anew.
 */
public final class WikiWarsEvaluation {

    /** The figures of one run. Rates are in [0, 1]; {@code docsPerSecond} times tagging alone. */
    public record Result(int docs, int gold, int system, double strictPrecision, double strictRecall, double strictF1,
                         double lenientF1, double valueAccuracy, double strictValueF1, double docsPerSecond,
                         double charsPerSecond) {
        /** The figures as one JSON object with the keys the CLI prints. */
        public String toJson() {
            return String.format(Locale.ROOT, "{\"docs\":%d,\"gold\":%d,\"system\":%d,\"strict_precision\":%.4f,"
                            + "\"strict_recall\":%.4f,\"strict_f1\":%.4f,\"lenient_f1\":%.4f,\"value_accuracy\":%.4f,"
                            + "\"strict_value_f1\":%.4f,\"docs_per_s\":%.1f,\"chars_per_s\":%.0f}",
                    docs, gold, system, strictPrecision, strictRecall, strictF1, lenientF1, valueAccuracy, strictValueF1,
                    docsPerSecond, charsPerSecond);
        }
    }

    /** One gold expression: char offsets into the plain text, and its value (or null). */
    public record Gold(int start, int end, String text, String value) {
    }

    /** A gold document: plain text, DCT and gold expressions. */
    public record GoldDoc(String name, String text, LocalDate dct, List<Gold> gold) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)TIMEX2([^>]*)>");
    private static final Pattern VAL = Pattern.compile("\\bval=\"([^\"]*)\"");

    private WikiWarsEvaluation() {
    }

    /** Finds the {@code keyinline} folder under {@code dir} (which may be it, or a parent). */
    static Path keyDir(Path dir) throws IOException {
        if (dir.getFileName() != null && dir.getFileName().toString().equals("keyinline")) {
            return dir;
        }
        try (Stream<Path> s = Files.walk(dir, 3)) {
            return s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().equals("keyinline")).findFirst()
                    .orElseThrow(() -> new IOException("no keyinline/ folder under " + dir));
        }
    }

    /** Reads all gold documents under {@code dir}. */
    public static List<GoldDoc> read(Path dir) {
        try {
            List<Path> files;
            try (Stream<Path> s = Files.list(keyDir(dir))) {
                files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            }
            List<GoldDoc> docs = new ArrayList<>();
            for (Path f : files) {
                docs.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldDoc parse(String name, String xml) {
        LocalDate dct = LocalDate.of(2011, 2, 16);
        Matcher dm = Pattern.compile("<DATETIME>.*?val=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL).matcher(xml);
        if (dm.find()) {
            dct = LocalDate.parse(dm.group(1));
        }
        int ts = xml.indexOf("<TEXT>");
        int te = xml.lastIndexOf("</TEXT>");
        String body = xml.substring(ts < 0 ? 0 : ts + 6, te < 0 ? xml.length() : te);
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int pos = 0;
        int depth = 0;
        int openAt = 0;
        String openVal = null;
        while (m.find()) {
            text.append(unescape(body.substring(pos, m.start())));
            pos = m.end();
            if (m.group(1).isEmpty()) {
                if (depth == 0) {
                    openAt = text.length();
                    Matcher v = VAL.matcher(m.group(2));
                    openVal = v.find() ? v.group(1) : null;
                }
                depth++;
            } else {
                depth--;
                if (depth == 0) {
                    gold.add(new Gold(openAt, text.length(), text.substring(openAt), openVal));
                }
            }
        }
        text.append(unescape(body.substring(pos)));
        return new GoldDoc(name, text.toString(), dct, gold);
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** Runs the tagger over every document under {@code dir} and scores it. */
    public static Result run(Path dir) {
        return score(read(dir), new TimeTagger(TimeTagger.Mode.NARRATIVE));
    }

    static Result score(List<GoldDoc> docs, TimeTagger tagger) {
        List<List<TimeExpression>> outputs = new ArrayList<>();
        List<List<Sentence>> sentences = docs.stream().map(d -> SimpleSentences.split(d.text())).toList();
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            outputs.clear();
            long t0 = System.nanoTime();
            for (int i = 0; i < docs.size(); i++) {
                GoldDoc d = docs.get(i);
                outputs.add(tagger.tag(d.text(), sentences.get(i), "de", d.dct()));
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        int gold = 0;
        int sys = 0;
        int strict = 0;
        int lenient = 0;
        int valued = 0;
        int valueRight = 0;
        int strictValue = 0;
        for (int i = 0; i < docs.size(); i++) {
            List<Gold> g = docs.get(i).gold();
            List<TimeExpression> s = outputs.get(i);
            gold += g.size();
            sys += s.size();
            boolean[] used = new boolean[s.size()];
            for (Gold x : g) {
                int match = -1;
                for (int k = 0; k < s.size(); k++) {
                    TimeExpression t = s.get(k);
                    if (!used[k] && t.span().start() < x.end() && x.start() < t.span().end()) {
                        if (match < 0 || (t.span().start() == x.start() && t.span().end() == x.end())) {
                            match = k;
                        }
                    }
                }
                if (match < 0) {
                    continue;
                }
                used[match] = true;
                TimeExpression t = s.get(match);
                lenient++;
                boolean exact = t.span().start() == x.start() && t.span().end() == x.end();
                boolean valueOk = x.value() != null && x.value().equals(t.value());
                if (exact) {
                    strict++;
                }
                if (x.value() != null) {
                    valued++;
                    if (valueOk) {
                        valueRight++;
                    }
                }
                if (exact && valueOk) {
                    strictValue++;
                }
            }
        }
        double seconds = best / 1e9;
        return new Result(docs.size(), gold, sys, ratio(strict, sys), ratio(strict, gold), f1(strict, sys, gold),
                f1(lenient, sys, gold), ratio(valueRight, valued), f1(strictValue, sys, gold),
                docs.size() / Math.max(seconds, 1e-9), chars / Math.max(seconds, 1e-9));
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static double f1(int tp, int sys, int gold) {
        double p = ratio(tp, sys);
        double r = ratio(tp, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Prints the figures; the last line is the JSON object. */
    public static void main(String[] args) {
        Result r = run(Path.of(args.length > 0 ? args[0] : "../shared/data/wikiwarsde-timex"));
        System.out.println(r.toJson());
    }
}
