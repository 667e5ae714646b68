package org.lagebild.stories.eval;

import java.time.LocalDate;
import java.util.function.Function;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Pipeline;
import org.lagebild.annotate.Pipelines;
import org.lagebild.annotate.Stage;
import org.lagebild.claims.ClaimExtractor;
import org.lagebild.claims.QuoteExtractor;
import org.lagebild.entities.EntityRecognizer;
import org.lagebild.model.Document;
import org.lagebild.time.pubdate.PublicationDateResolver;
import org.lagebild.time.quantity.QuantityTagger;
import org.lagebild.time.timex.TimeTagger;

/** Test helper: the engine's FULL stage set, built from the real stages, as an annotator. Thread-safe. */
public final class StoryTestPipeline {
    /** Reference day for texts without a date (the seeds' collection time). */
    public static final LocalDate TODAY = LocalDate.of(2025, 11, 1);
    private static Pipeline full;

    private StoryTestPipeline() {
    }

    public static synchronized Pipeline full() {
        if (full == null) {
            Pipeline.Builder b = Pipeline.builder();
            for (Stage s : Pipelines.basic().stages()) {
                b.add(s);
            }
            full = b.add(new PublicationDateResolver()).add(new TimeTagger()).add(new QuantityTagger())
                    .add(new EntityRecognizer()).add(new QuoteExtractor()).add(new ClaimExtractor()).build();
        }
        return full;
    }

    /** Annotates a raw text; its own date is the reference time when known. */
    public static Function<StoryRawText, Document> annotator() {
        Pipeline p = full();
        return raw -> p.apply(raw.toDocument(), new AnnotationContext(raw.date() != null ? raw.date() : TODAY));
    }
}
