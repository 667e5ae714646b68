package org.lagebild.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.lagebild.engine.IngestListener;
import org.lagebild.engine.IngestOptions;
import org.lagebild.engine.IngestSummary;
import org.lagebild.engine.Lagebild;
import org.lagebild.store.StoreException;

/**
 * One engine over a temporary data dir with the five seed articles (../samples) ingested, and a
 * server on a free port, shared by every test class of the JVM (ingest loads the models once).
 */
final class Seeds {
    static final Path SAMPLES = Path.of("..", "samples");
    /** A fixed reference day, so that relative dates never depend on the clock. */
    static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    static final String TOKEN = "test-token-0123456789";
    private static Lagebild lb;
    private static WebServer server;
    private static Path dir;

    private Seeds() {
    }

    /** Skips the calling test (with a message) when the samples are absent. */
    static synchronized WebServer server() {
        assumeTrue(Files.isDirectory(SAMPLES), "seed samples not found at " + SAMPLES.toAbsolutePath() + "; skipping");
        if (server == null) {
            try {
                dir = Files.createTempDirectory("lagebild-web-test");
                lb = Lagebild.open(dir);
                List<String> files;
                try (Stream<Path> s = Files.list(SAMPLES)) {
                    files = s.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
                }
                IngestSummary sum = lb.ingest(files, IngestOptions.defaults(TODAY).withThreads(2), IngestListener.NONE);
                if (sum.ingested() != files.size()) {
                    throw new IllegalStateException("seeds not ingested: " + sum);
                }
                server = WebServer.start(lb, new WebOptions("127.0.0.1", 0, true, TOKEN, 64 * 1024));
                Runtime.getRuntime().addShutdownHook(new Thread(Seeds::shutdown));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    static Lagebild engine() {
        server();
        return lb;
    }

    private static void shutdown() {
        server.stop();
        lb.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp dir left behind is harmless
        }
    }
}
