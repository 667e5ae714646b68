package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Document;
import org.lagebild.stories.eval.StoryRawText;
import org.lagebild.stories.eval.StoryTestPipeline;

/** Issue 6: the five German seed articles, annotated by the real stages, form one story. */
class SeedStoryTest {
    private static final Path SAMPLES = Path.of("../samples");

    @Test
    void fiveSeedsFormOneStory() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "no sample articles at " + SAMPLES.toAbsolutePath());
        List<StoryFeatures> features = new ArrayList<>();
        try (Stream<Path> s = Files.list(SAMPLES)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                String content = Files.readString(p, StandardCharsets.UTF_8).strip();
                int nl = content.indexOf('\n');
                String title = nl < 0 ? content : content.substring(0, nl).strip();
                Document d = StoryTestPipeline.annotator().apply(new StoryRawText(p.getFileName().toString(), title, content, null, null, "de"));
                features.add(StoryFeatures.of(d, null));
            }
        }
        assertEquals(5, features.size());
        // publication order; undated articles last, by id
        features.sort(Comparator.comparing(StoryFeatures::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoryFeatures::articleId));
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        List<String> log = new ArrayList<>();
        for (StoryFeatures f : features) {
            Assignment a = c.add(f);
            log.add(f.articleId() + " " + f.date() + " -> " + a.storyId() + " score " + a.score());
        }
        List<Story> stories = c.activeStories();
        assertEquals(1, stories.size(), String.join("\n", log));
        Story story = stories.get(0);
        assertEquals(5, story.articleCount());
        assertFalse(story.title().isBlank());
        System.out.println("seed story: " + story + "\n" + String.join("\n", log));
    }
}
