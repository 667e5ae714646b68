package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormatDetectorTest {

    static Stream<FormatDetector.Rule> rules() {
        return FormatDetector.rules().stream();
    }

    /** Every example in input-formats.tsv is detected as its row's format. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void examplesInTheDataFile(FormatDetector.Rule rule) {
        assertFalse(rule.example().isEmpty(), "every rule has an example");
        InputFormat detected = rule.kind().equals("extension")
                ? FormatDetector.detect(rule.example(), "Ein Text.".getBytes(StandardCharsets.UTF_8))
                : FormatDetector.detect("unnamed", rule.example().getBytes(StandardCharsets.UTF_8));
        assertEquals(rule.format(), detected);
    }

    @Test
    void gzSuffixIsIgnoredAndCaseDoesNotMatter() {
        byte[] text = "x".getBytes(StandardCharsets.UTF_8);
        assertEquals(InputFormat.JSONL, FormatDetector.detect("A.JSONL.GZ", text));
        assertEquals(InputFormat.WARC, FormatDetector.detect("crawl.warc.gz", text));
    }

    @Test
    void warcMagicWinsOverTheName() {
        assertEquals(InputFormat.WARC, FormatDetector.detect("x.txt", "WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void unknownNameAndPlainContentIsText() {
        assertEquals(InputFormat.TEXT, FormatDetector.detect("-", "Berlin – Die Regierung".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputFormat.TEXT, FormatDetector.detect("-", "Ein Satz mit <rss> darin".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bomAndWhiteSpaceBeforeMarkup() {
        byte[] html = "\uFEFF\n  <!DOCTYPE HTML><html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(InputFormat.HTML, FormatDetector.detect("-", html));
    }

    @Test
    void formatIds() {
        for (InputFormat f : InputFormat.values()) {
            assertEquals(f, InputFormat.fromId(f.id()));
        }
        assertEquals("jsonl", InputFormat.JSONL.id());
    }
}
