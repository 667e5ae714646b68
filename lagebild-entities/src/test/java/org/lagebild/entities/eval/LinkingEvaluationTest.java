package org.lagebild.entities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LinkingEvaluationTest {

    @Test
    void everyGoldMentionOfTheSeedsLinks() {
        Path samples = Path.of("..", "samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "seed samples not found at " + samples.toAbsolutePath());
        LinkingEvaluation.Score s = LinkingEvaluation.run(samples);
        s.errors().forEach(System.out::println);
        System.out.println(s.toJson());
        assertTrue(s.gold() >= 300, "gold mentions: " + s.gold());
        assertEquals(1.0, s.recall(), 1e-9, "missed or wrong: " + s.errors());
        assertTrue(s.precision() >= 0.99, "precision " + s.precision() + ": " + s.errors());
        assertTrue(s.toJson().contains("\"tokens_per_s\""));
    }
}
