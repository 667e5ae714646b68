package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reads the real HTML pages under /work/shared/data (trafilatura evaluation set, Scrapinghub article
 * extraction set): every page must decode, and no page may show UTF-8-read-as-Latin-1 mojibake.
 * Skipped when the data folder is absent.
 */
class RealDataTest {

    private static final Path DATA = Path.of("/work/shared/data");
    private static final List<String> MOJIBAKE = List.of("Ã¤", "Ã¶", "Ã¼", "ÃŸ", "Ã„", "Ã–", "Ãœ", "Ã©", "â€ž", "â€œ", "â€“");

    private static CollectingSink readDir(String relative) {
        Path dir = DATA.resolve(relative);
        assumeTrue(Files.isDirectory(dir), "real data not available at " + dir + "; skipping");
        CollectingSink sink = new CollectingSink();
        new InputReader(InputOptions.defaults()).read(List.of(dir.toString()), sink);
        return sink;
    }

    private static String stats(CollectingSink sink) {
        Map<String, Integer> charsets = new TreeMap<>();
        sink.records.forEach(r -> charsets.merge(r.charset(), 1, Integer::sum));
        return "records=" + sink.records.size() + " problems=" + sink.problems + " notices=" + sink.notices.size()
                + " charsets=" + charsets;
    }

    private static List<String> mojibake(CollectingSink sink) {
        return sink.records.stream()
                .filter(r -> MOJIBAKE.stream().anyMatch(m -> r.content().contains(m)))
                .map(r -> r.input() + " (" + r.charset() + ")")
                .toList();
    }

    @Test
    void trafilaturaPages() {
        CollectingSink sink = readDir("trafilatura-eval/html");
        System.out.println("trafilatura-eval: " + stats(sink) + " mojibake=" + mojibake(sink));
        assertEquals(List.of(), sink.problems);
        assertTrue(sink.records.size() >= 300, stats(sink));
        // Known: these pages carry double-encoded UTF-8 in their own bytes (valid UTF-8 that says "VerÃ¶ffentlichung").
        assertEquals(List.of("focus.de.leasen.html.gz", "kulturnews.de-Deutschland-Tour.html.gz",
                "literaturkritik.de-Ann-Cotten.html.gz"), fileNames(mojibake(sink)));
        assertTrue(sink.records.stream().allMatch(r -> r.format().equals("html")));
    }

    @Test
    void scrapinghubPages() {
        CollectingSink sink = readDir("scrapinghub-article-extraction/html");
        System.out.println("scrapinghub: " + stats(sink) + " mojibake=" + mojibake(sink));
        assertEquals(List.of(), sink.problems);
        assertEquals(181, sink.records.size());
        // Known: two pages hold double-encoded UTF-8 in their own bytes.
        assertEquals(2, mojibake(sink).size(), mojibake(sink).toString());
    }

    private static List<String> fileNames(List<String> inputs) {
        return inputs.stream().map(s -> Path.of(s.substring(0, s.indexOf(' '))).getFileName().toString()).toList();
    }
}
