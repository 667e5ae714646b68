package org.lagebild.stories.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lagebild.stories.cluster.ClaimKey;
import org.lagebild.stories.cluster.StoryFeatures;

/**
 * Test helper: the annotated GVA and ECB+ articles as clustering features, annotated once and
 * cached as JSON under {@code target/} (annotation takes minutes, clustering seconds), so tuning
 * and experiments re-run quickly. The cache is only a speed-up: delete it (or run {@code mvn clean}
 * on the module) after a change to the annotating stages or to {@link StoryFeatures#of}.
 */
public final class StoryEvaluationFeatures {
    /** Where the cache lives. */
    public static final Path CACHE = Path.of(System.getProperty("lagebild.featureCache", "target/story-features.json"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryEvaluationFeatures() {
    }

    /**
     * One cached article: corpus ("gva", "ecbplus"), gold cluster and sub-cluster, features (the day as ISO text). A
     * cache written before incident details were kept reads with none: delete it to have them.
     */
    public record Cached(String corpus, String cluster, String subcluster, String id, String title, String language,
                         String date, Map<String, Integer> terms, Map<String, Integer> entities, List<ClaimKey> claims,
                         List<String> eventDates, List<String> details) {
        static Cached of(String corpus, StoryEvaluation.Labelled l) {
            StoryFeatures f = l.features();
            return new Cached(corpus, l.gold().cluster(), l.gold().subcluster(), f.articleId(), f.title(), f.language(),
                    f.date() == null ? null : f.date().toString(), f.terms(), f.entities(), f.claims(), List.copyOf(f.eventDates()),
                    f.details());
        }

        public StoryFeatures features() {
            return new StoryFeatures(id, title, language, date == null ? null : LocalDate.parse(date), terms, entities, claims,
                    Set.copyOf(eventDates), details);
        }
    }

    /** Both corpora, in their evaluation order; annotated now unless the cache exists. */
    public static synchronized List<Cached> all(Path gvaDir, Path ecbDir) throws IOException {
        if (Files.exists(CACHE)) {
            return List.of(JSON.readValue(CACHE.toFile(), Cached[].class));
        }
        List<Cached> out = new ArrayList<>();
        for (StoryEvaluation.Labelled l : StoryEvaluation.annotate(StoryEvaluation.readGva(gvaDir), StoryTestPipeline.annotator())) {
            out.add(Cached.of("gva", l));
        }
        for (StoryEvaluation.Labelled l : StoryEvaluation.annotate(StoryEvaluation.readEcbPlus(ecbDir), StoryTestPipeline.annotator())) {
            out.add(Cached.of("ecbplus", l));
        }
        Files.createDirectories(CACHE.toAbsolutePath().getParent());
        JSON.writeValue(CACHE.toFile(), out);
        return out;
    }

    /** The cached articles of one corpus as labelled items (raw texts are not kept: text is empty). */
    public static List<StoryEvaluation.Labelled> corpus(List<Cached> all, String corpus) {
        List<StoryEvaluation.Labelled> out = new ArrayList<>();
        for (Cached c : all) {
            if (c.corpus().equals(corpus)) {
                StoryFeatures f = c.features();
                StoryRawText raw = new StoryRawText(f.articleId(), f.title(), "", null, f.date(), f.language());
                out.add(new StoryEvaluation.Labelled(new StoryEvaluation.GoldArticle(raw, c.cluster(), c.subcluster()), f));
            }
        }
        return out;
    }
}
