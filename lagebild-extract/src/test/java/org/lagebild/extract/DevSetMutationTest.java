package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.lagebild.ingest.charset.CharsetDetector;

/**
 * Randomly mutated real pages (a fixed sample of the trafilatura development pages under
 * /work/shared/data) go through the extractor: only {@link ExtractionException} may come out, every
 * article keeps its invariants, and the whole run stays within a generous bound (a guard against
 * runaway regexes or quadratic loops, not a speed test). Skipped when the data is absent.
 */
class DevSetMutationTest {

    private static final Path DATA = Path.of(System.getProperty("lagebild.data", "/work/shared/data"),
            "trafilatura-eval", "html");
    private static final int PAGES = 30;
    private static final int MUTATIONS = 3;

    @Test
    void mutatedDevPagesOnlyThrowExtractionException() throws Exception {
        assumeTrue(Files.isDirectory(DATA), "no trafilatura pages at " + DATA);
        List<Path> files;
        try (Stream<Path> s = Files.list(DATA)) {
            files = s.filter(p -> p.toString().endsWith(".gz")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no pages in " + DATA);
        Random random = new Random(20241017L);
        int[] runs = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < PAGES; i++) {
                Path f = files.get(random.nextInt(files.size()));
                String page;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    page = CharsetDetector.decode(in.readAllBytes(), null, true).text();
                }
                for (int m = 0; m < MUTATIONS; m++) {
                    BadInputTest.assertOnlyExtractionException(BadInputTest.html(BadInputTest.mutate(page, random)));
                    runs[0]++;
                }
            }
        });
        assertTrue(runs[0] == PAGES * MUTATIONS, "runs: " + runs[0]);
    }
}
