package org.lagebild.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Pipeline;
import org.lagebild.annotate.Pipelines;
import org.lagebild.annotate.Stage;
import org.lagebild.entities.EntityRecognizer;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.Document;
import org.lagebild.time.pubdate.PublicationDateResolver;
import org.lagebild.time.quantity.QuantityTagger;
import org.lagebild.time.timex.TimeTagger;

/** Test helper: the real extractor and the whole annotation pipeline up to claims. Shared, thread-safe. */
final class Seeds {
    static final AnnotationContext CONTEXT = new AnnotationContext(LocalDate.of(2025, 11, 1));
    private static Pipeline upstream;
    private static Pipeline full;
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private Seeds() {
    }

    static synchronized Pipeline upstream() {
        if (upstream == null) {
            Pipeline.Builder b = Pipeline.builder();
            for (Stage s : Pipelines.basic().stages()) {
                b.add(s);
            }
            upstream = b.add(new PublicationDateResolver()).add(new TimeTagger()).add(new QuantityTagger())
                    .add(new EntityRecognizer()).build();
        }
        return upstream;
    }

    static synchronized Pipeline full() {
        if (full == null) {
            Pipeline.Builder b = Pipeline.builder();
            for (Stage s : upstream().stages()) {
                b.add(s);
            }
            full = b.add(new QuoteExtractor()).add(new ClaimExtractor()).build();
        }
        return full;
    }

    static Path dir() {
        Path p = Path.of("../samples");
        return Files.isDirectory(p) ? p : Path.of("samples");
    }

    static List<Path> files() {
        try (var s = Files.list(dir())) {
            List<Path> l = new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            return l;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article(String input, String content) {
        try {
            return EXTRACTOR.extract(new SourceRecord(input, "text", "text/plain", content, null, null, null, null, null,
                    null, "UTF-8", null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Document seed(Path file, Pipeline p) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return p.apply(Document.of(article("samples/" + file.getFileName(), content)), CONTEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document text(String text, Pipeline p) {
        return p.apply(Document.of(article("test.txt", text)), CONTEXT);
    }
}
