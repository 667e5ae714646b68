package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.cli.CliTest.Run;

/**
 * The cases of docs/BAD-INPUT.md that are the command line's own: a usage error is one line naming the
 * problem and where help is (exit 2), never the whole help text or a Java class name.
 */
class BadInputCliTest {
    @TempDir
    Path tmp;

    private String data() {
        return tmp.resolve("data").toString();
    }

    private static void assertOneUsageLine(Run r, String... expected) {
        assertEquals(2, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Usage:"), err);
        assertFalse(err.contains("java."), "no Java class names: " + err);
        for (String e : expected) {
            assertTrue(err.contains(e), "'" + e + "' in: " + err);
        }
    }

    @Test
    void ingestingTheFolderThatHoldsTheDataDirectoryLeavesTheStoreAlone() throws Exception {
        // "lagebild ingest ." in a folder of articles, with the default ./lagebild-data beside them
        Path in = Files.createDirectories(tmp.resolve("artikel"));
        Files.writeString(in.resolve("a.txt"), "Kreml schickt Soldaten\n\nDer Kreml hat am Montag weitere Soldaten geschickt.\n");
        String data = in.resolve("lagebild-data").toString();
        Run first = CliTest.run("ingest", "--data-dir", data, "--today", "2026-11-24", in.toString());
        assertEquals(0, first.code(), first.err());
        Files.writeString(in.resolve("b.txt"), "Regierung beschließt Hilfen\n\nDie Regierung in Berlin hat am Dienstag Hilfen beschlossen.\n");
        Run second = CliTest.run("ingest", "--data-dir", data, "--today", "2026-11-24", in.toString(), "--format", "json");
        assertEquals(0, second.code(), second.err());
        assertFalse(second.err().contains("error:"), second.err());
        assertTrue(second.err().contains("notice: " + data + ": skipped: the data directory the articles are stored in"), second.err());
        com.fasterxml.jackson.databind.JsonNode summary = Output.JSON.readTree(second.out());
        assertEquals(1, summary.get("ingested").asInt(), second.out());
        assertEquals(0, summary.get("failed").asInt(), second.out());
    }

    @Test
    void anArticleOverTheLimitNamesTheOptionThatRaisesIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("lang"));
        Files.writeString(in.resolve("a.txt"), "Regierung beschließt Hilfen\n\n"
                + "Die Regierung in Berlin hat am Dienstag neue Hilfen beschlossen. ".repeat(4) + "\n");
        Run refused = CliTest.run("ingest", "--data-dir", data(), "--today", "2026-11-24", "--max-chars", "100", in.toString());
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains("a.txt: article too long to annotate: ") && refused.err().contains("(limit 100)"),
                refused.err());
        assertTrue(refused.err().contains("hint: ingest --max-chars N annotates longer articles"), refused.err());
        Run stored = CliTest.run("ingest", "--data-dir", data(), "--today", "2026-11-24", "--max-chars", "2000", in.toString());
        assertEquals(0, stored.code(), stored.err());
        assertFalse(stored.err().contains("hint:"), stored.err());
        assertOneUsageLine(CliTest.run("ingest", "--data-dir", data(), "--max-chars", "0", in.toString()),
                "the longest article must be positive: 0");
    }

    @Test
    void anUnknownOptionIsOneLineWithWhereHelpIs() {
        assertOneUsageLine(CliTest.run("ingest", "--bogus", "x.txt", "--data-dir", data()),
                "Unknown option: '--bogus'", "lagebild ingest --help");
    }

    @Test
    void aMissingParameterIsOneLine() {
        assertOneUsageLine(CliTest.run("search", "--data-dir", data()), "QUERY", "lagebild search --help");
    }

    @Test
    void anUnknownCommandIsNamed() {
        assertOneUsageLine(CliTest.run("ingset", "x.txt"), "unknown command 'ingset'", "lagebild --help");
    }

    @Test
    void aBadDateSaysWhatADateLooksLikeAndWhatIsWrong() {
        assertOneUsageLine(CliTest.run("ingest", "--published", "2024-13-40", "x.txt", "--data-dir", data()),
                "--published", "'2024-13-40' is not a date yyyy-MM-dd", "MonthOfYear");
        assertOneUsageLine(CliTest.run("search", "--from", "gestern", "x", "--data-dir", data()),
                "--from", "'gestern' is not a date yyyy-MM-dd");
        assertFalse(Files.exists(tmp.resolve("data")), "nothing was opened or created");
    }

    @Test
    void aBadFormatIsOneLine() {
        assertOneUsageLine(CliTest.run("articles", "--format", "xml", "--data-dir", data()), "table, json, jsonl, csv");
    }

    @Test
    void reportRefusesAnOutThatCannotBeMeant() throws Exception {
        Path missing = tmp.resolve("no-such-dir").resolve("lage.html");
        assertOneUsageLine(CliTest.run("report", "--overview", "--out", missing.toString(), "--data-dir", data()),
                "does not exist");
        assertFalse(Files.exists(missing.getParent()), "no directory made from a typo");
        Path pdf = tmp.resolve("lage.pdf");
        assertOneUsageLine(CliTest.run("report", "--overview", "--out", pdf.toString(), "--data-dir", data()),
                "unknown extension", ".html or .md");
        assertFalse(Files.exists(pdf), "no HTML written under a .pdf name");
        assertOneUsageLine(CliTest.run("report", "--overview", "--out", tmp.toString(), "--data-dir", data()),
                "is a directory");
        assertFalse(Files.exists(tmp.resolve("data")), "refused before the data directory is opened");
        Path md = tmp.resolve("lage.md");
        Run ok = CliTest.run("report", "--overview", "--out", md.toString(), "--data-dir", data(), "--today", "2026-11-24");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readString(md).length() > 0);
    }

    @Test
    void aDamagedIndexNamesTheRepairAndReindexRepairsIt() throws Exception {
        Run in = CliTest.run("ingest", "--data-dir", data(), "--stages", "extract", "--today", "2026-11-24", "../samples");
        assertEquals(0, in.code(), in.err());
        Path index = tmp.resolve("data").resolve("index");
        try (var files = Files.list(index)) {
            for (Path f : files.toList()) { // the lock file too
                Files.write(f, new byte[(int) Math.max(16, Files.size(f))]);
            }
        }
        Run search = CliTest.run("search", "Soldaten", "--data-dir", data());
        assertEquals(1, search.code(), search.err());
        assertFalse(search.err().strip().contains("\n"), search.err());
        assertTrue(search.err().contains("damaged") && search.err().contains("run 'lagebild reindex'"), search.err());
        Run reindex = CliTest.run("reindex", "--data-dir", data(), "--format", "json");
        assertEquals(0, reindex.code(), reindex.err());
        assertEquals(5, Output.JSON.readTree(reindex.out()).get("indexed").asInt(), reindex.out());
        Run again = CliTest.run("search", "Soldaten", "--data-dir", data(), "--format", "json");
        assertEquals(0, again.code(), again.err());
        assertTrue(Output.JSON.readTree(again.out()).size() >= 4, again.out());
    }

    @Test
    void aSecondWriterIsToldWhoHoldsTheDataDirAndStoresNothing() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.txt"), "Ein Titel\n\nDer Kreml hat am Montag 300 Soldaten geschickt.\n");
        try (var first = org.lagebild.engine.Lagebild.open(tmp.resolve("data"))) {
            Run second = CliTest.run("ingest", good.toString(), "--data-dir", data());
            assertEquals(1, second.code(), second.err());
            assertFalse(second.err().strip().contains("\n"), second.err());
            assertTrue(second.err().contains("locked by another process") && second.err().contains("wait for it to end"),
                    second.err());
            assertEquals(0, first.store().stats().articles());
        }
        Run after = CliTest.run("ingest", good.toString(), "--data-dir", data());
        assertEquals(0, after.code(), after.err());
    }
}
