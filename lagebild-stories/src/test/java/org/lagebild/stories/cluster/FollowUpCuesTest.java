package org.lagebild.stories.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FollowUpCuesTest {
    @Test
    void examplesInTheWordListHold() throws IOException {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FollowUpCues.class.getResourceAsStream("follow-up-cues.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("# example\t")) {
                    String[] f = line.split("\t");
                    assertEquals(Boolean.parseBoolean(f[3]), FollowUpCues.instance().isFollowUp(f[2], f[1]), line);
                    n++;
                }
            }
        }
        assertTrue(n >= 4, "examples: " + n);
    }

    @Test
    void otherLanguageWordsDoNotCount() {
        assertEquals(false, FollowUpCues.instance().isFollowUp("Prozess gegen Schützen", "en"));
    }
}
