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
 * A page of millions of words (docs/BAD-INPUT.md) is refused with its size, before annotation, and
 * the rest of the batch is stored; before, it could exhaust the heap and end the whole ingest.
 */
class HugeArticleTest {

    @Test
    void aHugeArticleIsRefusedAndTheOthersAreStored(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Ein Titel\n\nDer Kreml hat am Montag 300 Soldaten geschickt. Das berichtete die Agentur.\n");
        Files.writeString(in.resolve("b.html"), "<html><body><p>" + "Wort ".repeat(Lagebild.MAX_ARTICLE_CHARS / 5 + 10)
                + "</p></body></html>");
        Files.writeString(in.resolve("c.txt"), "Zweiter Titel\n\nDie Regierung in Berlin hat am Dienstag neue Hilfen beschlossen.\n");
        try (Lagebild lb = Lagebild.open(tmp.resolve("data"))) {
            IngestSummary s = lb.ingest(List.of(in.toString()), IngestOptions.defaults(LocalDate.parse("2026-11-24")),
                    IngestListener.NONE);
            assertEquals(2, s.ingested(), s.failures().toString());
            assertEquals(1, s.failures().size());
            InputProblem p = s.failures().get(0);
            assertTrue(p.input().endsWith("b.html"), p.toString());
            assertTrue(p.reason().startsWith("article too long to annotate: ") && p.reason().contains("limit 1000000"),
                    p.reason());
        }
    }

    @Test
    void theLimitIsAnOptionAndARerunWithAHigherOneStoresWhatWasRefused(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("short.txt"), "Ein Titel\n\nDer Kreml hat 300 Soldaten geschickt.\n");
        Files.writeString(in.resolve("long.txt"), "Zweiter Titel\n\n"
                + "Die Regierung in Berlin hat am Dienstag neue Hilfen beschlossen. ".repeat(5) + "\n");
        IngestOptions defaults = IngestOptions.defaults(LocalDate.parse("2026-11-24"));
        assertEquals(Lagebild.MAX_ARTICLE_CHARS, defaults.maxChars());
        try (Lagebild lb = Lagebild.open(tmp.resolve("data"))) {
            IngestSummary s = lb.ingest(List.of(in.toString()), defaults.withMaxChars(200), IngestListener.NONE);
            assertEquals(1, s.ingested(), s.failures().toString());
            assertEquals(1, s.failures().size());
            assertTrue(s.failures().get(0).input().endsWith("long.txt"), s.failures().toString());
            assertTrue(s.failures().get(0).reason().contains("(limit 200)"), s.failures().toString());

            IngestSummary again = lb.ingest(List.of(in.toString()), defaults.withMaxChars(1000), IngestListener.NONE);
            assertEquals(1, again.ingested(), again.failures().toString());
            assertEquals(0, again.failures().size());
            assertEquals(1, again.unchanged(), again.toString());
        }
    }
}
