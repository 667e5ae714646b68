package org.lagebild.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.ingest.InputProblem;

/**
 * The disk fills up in the middle of an ingest (docs/BAD-INPUT.md): the batch that could not be stored names its
 * inputs, the run stops there with one line that says how many inputs were not processed and what to do, and a
 * second run with room again stores the rest once.
 */
class FullDiskIngestTest {

    @Test
    void theRunStopsAtTheFirstBatchThatDoesNotFitAndTheRerunStoresTheRest(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 60; i++) {
            Files.writeString(in.resolve(String.format("a%02d.txt", i)), "Meldung " + i + "\n\n"
                    + ("Der Stadtrat von Ort" + i + " hat am Montag über den Haushalt " + (2000 + i) + " beraten. ").repeat(40) + "\n");
        }
        IngestOptions options = IngestOptions.defaults(LocalDate.parse("2026-11-24")).withBatchSize(5).withThreads(1);
        long stored;
        try (Lagebild lb = Lagebild.open(tmp.resolve("data"))) {
            lb.store().limitDatabaseGrowthForTest(Long.getLong("fulldisk.pages", 150));
            IngestSummary s = lb.ingest(List.of(in.toString()), options, IngestListener.NONE);
            stored = s.ingested();
            assertTrue(stored > 0 && stored < 60, s.toString());
            List<InputProblem> notStored = s.failures().stream().filter(p -> p.reason().startsWith("not stored: ")).toList();
            assertEquals(5, notStored.size(), "one batch named input by input: " + s.failures());
            InputProblem last = s.failures().get(s.failures().size() - 1);
            assertTrue(last.reason().startsWith("the disk is full: stopped at the first batch that could not be stored; "
                    + (60 - stored - 5) + " later inputs were not stored either."), last.toString());
            assertEquals(6, s.failures().size(), s.failures().toString());
            assertEquals(60, s.records());
            assertEquals(stored, lb.store().stats().articles(), "stored is what was reported stored");
        }
        try (Lagebild lb = Lagebild.open(tmp.resolve("data"))) {
            IngestSummary again = lb.ingest(List.of(in.toString()), options, IngestListener.NONE);
            assertEquals(List.of(), again.failures());
            assertEquals(60 - stored, again.ingested());
            assertEquals(60, lb.store().stats().articles());
        }
    }
}
