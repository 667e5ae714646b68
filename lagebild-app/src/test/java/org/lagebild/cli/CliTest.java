package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the command line on the bundled samples and on bad input. */
class CliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(Main.commonOptionsFirst(args));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void demoIngestsTheSamplesAndWritesBothReports() throws Exception {
        String data = tmp.resolve("data").toString();
        Run r = run("demo", "--data-dir", data, "--report-dir", tmp.toString(), "--today", "2026-11-24");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("5 new"), r.out());
        String html = Files.readString(tmp.resolve("lagebild-report.html"), StandardCharsets.UTF_8);
        String md = Files.readString(tmp.resolve("lagebild-report.md"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("news.de") && html.contains("ntv.de"), "publishers from the credits");
        assertTrue(md.contains("Nordkorea schickt Soldaten"), md);
        // boilerplate never reaches the report
        assertTrue(!html.contains("Folgen Sie News.de") && !md.contains("Lesen Sie auch"));
        // a second run stores nothing twice
        Run again = run("demo", "--data-dir", data, "--report-dir", tmp.toString(), "--today", "2026-11-24");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 new, 5 already stored"), again.out());
        Run stats = run("stats", "--data-dir", data, "--format", "json");
        JsonNode s = Output.JSON.readTree(stats.out());
        assertEquals(5, s.get("articles").asInt());
        assertEquals(5, s.get("indexed").asInt());
        // the common options may come before the command too, as with git
        Run before = run("--data-dir", data, "--format=json", "stats");
        assertEquals(0, before.code(), before.err());
        assertEquals(stats.out(), before.out());
    }

    @Test
    void aStoryMarksTheDaysInferredFromTheText() throws Exception {
        String data = tmp.resolve("data").toString();
        Path seed = Files.list(Path.of("..", "samples")).filter(p -> p.getFileName().toString().startsWith("000_")).findFirst()
                .orElseThrow();
        // a plain text file has no date: its day is inferred from the text
        Run in = run("ingest", seed.toString(), "--data-dir", data, "--today", "2026-11-24");
        assertEquals(0, in.code(), in.err());
        Run stories = run("stories", "--data-dir", data, "--format", "json");
        String id = Output.JSON.readTree(stories.out()).get(0).get("id").asText();
        Run story = run("story", id, "--data-dir", data);
        assertEquals(0, story.code(), story.err());
        assertTrue(story.out().contains("  ~20"), story.out());
        assertTrue(story.out().contains("  span      ~20"), story.out());
        assertTrue(story.out().contains("a day inferred from the text"), story.out());
        Run table = run("stories", "--data-dir", data);
        assertTrue(table.out().contains(" ~20"), table.out());
        assertTrue(table.out().contains("the span rests on days inferred"), table.out());
    }

    @Test
    void commonOptionsBeforeTheCommandMoveBehindIt() {
        assertArrayEquals(new String[] {"ingest", "--data-dir", "d", "x.txt"}, Main.commonOptionsFirst("--data-dir", "d", "ingest", "x.txt"));
        assertArrayEquals(new String[] {"stats", "--format=json", "--data-dir", "d"},
                Main.commonOptionsFirst("--format=json", "--data-dir", "d", "stats"));
        assertArrayEquals(new String[] {"ingest", "--data-dir", "d"}, Main.commonOptionsFirst("ingest", "--data-dir", "d"));
        assertArrayEquals(new String[] {"--data-dir", "d", "--bogus"}, Main.commonOptionsFirst("--data-dir", "d", "--bogus"));
        assertArrayEquals(new String[] {"--data-dir"}, Main.commonOptionsFirst("--data-dir"));
    }

    @Test
    void ingestListShowSearchOnTheSamples() throws Exception {
        String data = tmp.resolve("data").toString();
        Run in = run("ingest", "--data-dir", data, "--today", "2026-11-24", "../samples");
        assertEquals(0, in.code(), in.err());
        Run list = run("articles", "--data-dir", data, "--format", "jsonl");
        String[] lines = list.out().strip().split("\n");
        assertEquals(5, lines.length);
        String id = Output.JSON.readTree(lines[0]).get("id").asText();
        Run show = run("show", "--data-dir", data, id);
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("[title]"), show.out());
        Run search = run("search", "--data-dir", data, "--format", "json", "Soldaten");
        assertEquals(0, search.code(), search.err());
        JsonNode hits = Output.JSON.readTree(search.out());
        assertTrue(hits.size() >= 4, search.out());
        Run lang = run("search", "--data-dir", data, "--format", "json", "--lang", "en", "Soldaten");
        assertEquals(0, Output.JSON.readTree(lang.out()).size());
        Run csv = run("articles", "--data-dir", data, "--format", "csv");
        assertTrue(csv.out().startsWith("id,published,dateSource,publisher,language,title"), csv.out());
    }

    @Test
    void badInputFailsOnlyThatInputWithExitCodeOne() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("good.txt"), "Ein Titel\n\nDer Kreml hat am Montag 300 Soldaten geschickt. Das berichtete die Agentur.\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("lines.jsonl"), "{\"title\":\"A\",\"text\":\"Erster Text mit genug Inhalt für einen Artikel.\"}\n{broken\n"
                + "{\"title\":\"B\",\"text\":\"Zweiter Text mit genug Inhalt für einen Artikel.\"}\n");
        String data = tmp.resolve("data").toString();
        Run r = run("ingest", "--data-dir", data, "--format", "json", dir.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("empty.txt"), r.err());
        assertTrue(r.err().contains("lines.jsonl:2"), r.err());
        assertTrue(r.err().contains("missing.txt"), r.err());
        JsonNode summary = Output.JSON.readTree(r.out());
        assertEquals(3, summary.get("ingested").asInt(), r.out());
        assertEquals(3, summary.get("failed").asInt(), r.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("search", "--data-dir", tmp.toString(), "--from", "2024-13-45", "x").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("articles", "--format", "xml").code());
        assertEquals(2, run().code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"demo", "ingest", "articles", "show", "search", "entities", "report", "stats", "reindex", "serve", "eval", "train", "bench"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: lagebild " + c), r.out());
        }
    }
}
