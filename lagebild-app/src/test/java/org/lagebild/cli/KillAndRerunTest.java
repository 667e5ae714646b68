package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a large ingest, then run again: the store stays consistent and the rerun completes
 * with nothing lost and nothing doubled.
 */
class KillAndRerunTest {
    static final int N = 6000;

    @TempDir
    Path tmp;

    @Test
    void killDuringIngestThenRerun() throws Exception {
        Path input = tmp.resolve("big.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < N; i++) {
                w.write("{\"id\":\"k" + i + "\",\"title\":\"Meldung " + i + "\",\"language\":\"de\",\"text\":\"Die Regierung meldete am Montag "
                        + i + " neue Fälle. Der Bericht nennt weitere Einzelheiten zur Lage in der Region " + (i % 97) + ".\"}\n");
            }
        }
        Path data = tmp.resolve("data");
        Process p = child(data, input);
        Path db = data.resolve("lagebild.db");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // wait until the first batches are committed, then kill hard in the middle of the run
        // (bytes in the write-ahead log alone do not mean a commit: on a loaded machine the first batch can be
        // that large before it commits, so the committed count is read as well)
        while (System.nanoTime() < deadline && p.isAlive() && (written(db) < 400_000 || committed(data) == 0)) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the child ingest must still be running when it is killed (it ended or never wrote; see child.log)");
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        CliTest.Run stats1 = CliTest.run("stats", "--data-dir", data.toString(), "--format", "json");
        assertEquals(0, stats1.code(), stats1.err());
        JsonNode s1 = Output.JSON.readTree(stats1.out());
        long after1 = s1.get("articles").asLong();
        assertTrue(after1 > 0 && after1 < N, "killed mid-run with some batches committed: " + after1);
        assertEquals(after1, s1.get("indexed").asLong(), "index caught up with the store on open");

        CliTest.Run rerun = CliTest.run("ingest", "--data-dir", data.toString(), "--stages", "extract", "--format", "json", input.toString());
        assertEquals(0, rerun.code(), rerun.err());
        JsonNode r = Output.JSON.readTree(rerun.out());
        assertEquals(N, r.get("ingested").asLong() + r.get("unchanged").asLong(), rerun.out());
        JsonNode s2 = Output.JSON.readTree(CliTest.run("stats", "--data-dir", data.toString(), "--format", "json").out());
        assertEquals(N, s2.get("articles").asLong(), "nothing lost, nothing doubled");
        assertEquals(N, s2.get("indexed").asLong());
        assertEquals(after1, r.get("unchanged").asLong(), "the rerun found exactly what the killed run had committed");
    }

    /** Articles committed so far, as a reading command sees them beside the running ingest (0 if it cannot tell yet). */
    private static long committed(Path data) throws Exception {
        CliTest.Run r = CliTest.run("stats", "--data-dir", data.toString(), "--format", "json");
        return r.code() == 0 ? Output.JSON.readTree(r.out()).get("articles").asLong() : 0;
    }

    /** Bytes in the database and its write-ahead log. */
    private static long written(Path db) throws java.io.IOException {
        long n = 0;
        for (Path f : List.of(db, db.resolveSibling("lagebild.db-wal"))) {
            if (Files.exists(f)) {
                n += Files.size(f);
            }
        }
        return n;
    }

    private static Process child(Path data, Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--data-dir", data.toString(), "--stages", "extract",
                "--batch-size", "200", input.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new File(data.getParent().toFile(), "child.log")).start();
    }
}
