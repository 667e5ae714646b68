package org.lagebild.time.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.time.internal.SimpleSentences;
import org.lagebild.time.quantity.QuantityTagger;
import org.lagebild.time.timex.TimeTagger;

/**
 * Measures single-thread throughput of {@link TimeTagger} and {@link QuantityTagger} together on
 * the 10kGNAD articles (sentences split beforehand, not timed). A benchmark, not a test.
 */
public final class ThroughputBenchmark {

    /** Articles per second on one core, and their mean length. */
    public record Result(int articles, double meanChars, double articlesPerSecond) {
        public String toJson() {
            return String.format(Locale.ROOT, "{\"articles\":%d,\"mean_chars\":%.0f,\"articles_per_s\":%.0f}",
                    articles, meanChars, articlesPerSecond);
        }
    }

    private ThroughputBenchmark() {
    }

    public static Result run(Path tenkGnadCsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tenkGnadCsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Document> docs = lines.stream().filter(l -> l.indexOf(';') > 0).map(l -> {
            String text = l.substring(l.indexOf(';') + 1);
            Article a = new Article("x", "bench", "text", null, "", text, List.of(), List.of(), List.of(), "de", null, null, null);
            return Document.of(a).withLanguage("de", 1).withSentences(SimpleSentences.split(text))
                    .withReferenceTime(LocalDate.of(2016, 1, 1));
        }).toList();
        TimeTagger time = new TimeTagger();
        QuantityTagger quantities = new QuantityTagger();
        AnnotationContext ctx = new AnnotationContext(LocalDate.of(2016, 1, 1));
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (Document d : docs) {
                quantities.apply(time.apply(d, ctx), ctx);
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        double chars = docs.stream().mapToInt(d -> d.text().length()).average().orElse(0);
        return new Result(docs.size(), chars, docs.size() / (best / 1e9));
    }

    public static void main(String[] args) {
        System.out.println(run(Path.of(args.length > 0 ? args[0] : "../shared/data/10kgnad/test.csv")).toJson());
    }
}
