package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StoryBuildTest {
    /** Files beside the clusterer that no decision reads (training only; incident details: read, not used yet). */
    private static final List<String> NOT_DECIDING = List.of("story-model-left-out.tsv", "incident-details.tsv");

    @Test
    void aShortFingerprintOfTheLogicAndTheStateVersion() {
        String f = StoryBuild.fingerprint();
        assertTrue(f.matches(StoryBuild.LOGIC + "\\." + ClustererState.VERSION + "-[0-9a-f]{12}"), f);
        assertEquals(f, StoryBuild.fingerprint());
    }

    /** A data file left out would not mark the stories it changes as another build's. */
    @Test
    void everyDataFileBesideTheClustererIsInIt() throws Exception {
        Path dir = Path.of(StoryBuild.class.getResource("story-model.tsv").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            List<String> data = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .filter(n -> !NOT_DECIDING.contains(n)).sorted().toList();
            assertEquals(data, StoryBuild.FILES.stream().sorted().toList());
        }
    }
}
