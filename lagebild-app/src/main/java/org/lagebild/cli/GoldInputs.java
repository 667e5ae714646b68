package org.lagebild.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Pipeline;
import org.lagebild.engine.Lagebild;
import org.lagebild.engine.StageSet;
import org.lagebild.extract.ArticleExtractor;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Document;

/**
 * Resolves the input keys of committed gold files to annotated documents: "samples/FILE" (the seeds),
 * "10kgnad:N" (row N, 1-based, of 10kGNAD's test.csv) and "semeval:PATH" (a SemEval-2023 Task 3
 * article). The texts are read from the shared data folder at run time, never copied.
 */
final class GoldInputs {
    private final Path data;
    private final Path samples;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Pipeline pipeline = Lagebild.buildPipeline(StageSet.FULL);
    private final AnnotationContext context = new AnnotationContext(LocalDate.of(2025, 11, 1));
    private List<String> gnad;

    GoldInputs(Path data, Path samples) {
        this.data = data;
        this.samples = samples;
    }

    /** The annotated document for a key, or null when its data set is absent. */
    Document annotate(String key) {
        String content = content(key);
        if (content == null) {
            return null;
        }
        try {
            var article = extractor.extract(new SourceRecord(key, "text", "text/plain", content, null, null, null, null,
                    null, null, "UTF-8", null));
            return pipeline.apply(Document.of(article), context);
        } catch (Exception e) {
            throw new IllegalStateException(key + ": " + e.getMessage(), e);
        }
    }

    private String content(String key) {
        try {
            if (key.startsWith("samples/")) {
                return Files.readString(samples.resolve(key.substring("samples/".length())), StandardCharsets.UTF_8);
            }
            if (key.startsWith("semeval:")) {
                Path p = data.resolve("semeval2023t3-de-news").resolve(key.substring("semeval:".length()));
                return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
            }
            if (key.startsWith("10kgnad:")) {
                List<String> rows = gnad();
                int n = Integer.parseInt(key.substring("10kgnad:".length()));
                return rows == null || n > rows.size() ? null : rows.get(n - 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("unknown gold input key " + key);
    }

    private List<String> gnad() throws IOException {
        if (gnad == null) {
            Path p = data.resolve("10kgnad/test.csv");
            if (!Files.isRegularFile(p)) {
                return null;
            }
            gnad = tenKGnad(p);
        }
        return gnad;
    }

    /** The article texts of 10kGNAD's {@code label;'text'} lines, one per row, in file order. */
    static List<String> tenKGnad(Path file) throws IOException {
        return org.lagebild.time.eval.TenKGnad.texts(file);
    }
}
