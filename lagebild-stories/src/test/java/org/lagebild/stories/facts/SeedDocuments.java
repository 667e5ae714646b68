package org.lagebild.stories.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Pipeline;
import org.lagebild.annotate.Pipelines;
import org.lagebild.annotate.Stage;
import org.lagebild.claims.ClaimExtractor;
import org.lagebild.claims.QuoteExtractor;
import org.lagebild.entities.EntityRecognizer;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.DateSource;
import org.lagebild.model.Document;
import org.lagebild.model.PublicationDate;
import org.lagebild.time.pubdate.PublicationDateResolver;
import org.lagebild.time.quantity.QuantityTagger;
import org.lagebild.time.timex.TimeTagger;

/**
 * Test helper: the five seed samples read by the real extractor and annotated by the full pipeline
 * (as the engine builds it), once per test JVM.
 */
public final class SeedDocuments {
    private static final AnnotationContext CONTEXT = new AnnotationContext(LocalDate.of(2025, 11, 1));
    private static List<Document> seeds;
    private static List<Document> dated;

    private SeedDocuments() {
    }

    /** The annotated seeds in file order (000 … 004), publication dates inferred from the content as the demo does. */
    public static synchronized List<Document> all() {
        if (seeds == null) {
            seeds = List.copyOf(load(false));
        }
        return seeds;
    }

    /**
     * The annotated seeds with their publication days given, as {@code ingest --published} would: the days
     * lagebild-time established for its date evaluation (org/lagebild/time/eval/seed-dates.tsv, with evidence).
     */
    public static synchronized List<Document> withPublicationDates() {
        if (dated == null) {
            dated = List.copyOf(load(true));
        }
        return dated;
    }

    private static Map<String, LocalDate> seedDates() {
        Map<String, LocalDate> out = new HashMap<>();
        try (InputStream in = SeedDocuments.class.getResourceAsStream("/org/lagebild/time/eval/seed-dates.tsv")) {
            if (in == null) {
                throw new IllegalStateException("seed-dates.tsv of lagebild-time is not on the test class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] c = line.split("\t");
                if (c.length >= 2 && c[0].matches("\\d{3}")) {
                    out.put(c[0], LocalDate.parse(c[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The full pipeline: language, sentences, publication date, times, quantities, entities, quotes, claims. */
    public static Pipeline pipeline() {
        Pipeline.Builder b = Pipeline.builder();
        for (Stage s : Pipelines.basic().stages()) {
            b.add(s);
        }
        return b.add(new PublicationDateResolver()).add(new TimeTagger()).add(new QuantityTagger())
                .add(new EntityRecognizer()).add(new QuoteExtractor()).add(new ClaimExtractor()).build();
    }

    private static List<Document> load(boolean given) {
        Map<String, LocalDate> days = given ? seedDates() : Map.of();
        Pipeline p = pipeline();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Document> out = new ArrayList<>();
        for (Path f : files()) {
            try {
                String content = Files.readString(f, StandardCharsets.UTF_8);
                Article a = extractor.extract(new SourceRecord("samples/" + f.getFileName(), "text", "text/plain", content,
                        null, null, null, null, null, null, "UTF-8", null));
                LocalDate day = days.get(f.getFileName().toString().substring(0, 3));
                if (day != null) {
                    a = a.withPublished(PublicationDate.stated(day, DateSource.GIVEN, "seed-dates.tsv"));
                }
                out.add(p.apply(Document.of(a), CONTEXT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("seed " + f, e);
            }
        }
        return out;
    }

    private static List<Path> files() {
        Path dir = Files.isDirectory(Path.of("../samples")) ? Path.of("../samples") : Path.of("samples");
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
