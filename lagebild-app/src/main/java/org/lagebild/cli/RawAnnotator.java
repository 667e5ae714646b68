package org.lagebild.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Pipeline;
import org.lagebild.engine.Lagebild;
import org.lagebild.engine.StageSet;
import org.lagebild.model.Document;
import org.lagebild.stories.eval.StoryRawText;

/**
 * What the story evaluations and benchmarks are given to read their corpora with: the engine's full
 * pipeline over a raw corpus text, with the text's own date as reference time (else today, or the day given).
 */
final class RawAnnotator implements Function<StoryRawText, Document> {
    private final Pipeline pipeline = Lagebild.buildPipeline(StageSet.FULL);
    private final LocalDate today;

    RawAnnotator() {
        this(LocalDate.now());
    }

    /** With a fixed day for texts without a date (for figures that can be repeated). */
    RawAnnotator(LocalDate today) {
        this.today = today;
    }

    @Override
    public Document apply(StoryRawText raw) {
        return pipeline.apply(raw.toDocument(), new AnnotationContext(raw.date() != null ? raw.date() : today));
    }

    /** A stream for evaluations that print as they go; {@link #copyTo} hands what they printed to the command's writer. */
    static final class Buffer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        void copyTo(PrintWriter w) {
            w.print(bytes.toString(StandardCharsets.UTF_8));
            w.flush();
        }
    }
}
