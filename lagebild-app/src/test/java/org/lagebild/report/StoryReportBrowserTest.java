package org.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.cli.Main;

/**
 * The seeds' story report, rendered by headless Chromium: it must open offline (file://, no network),
 * draw the timeline's points and produce a screenshot (kept in target/ as a test artifact). Skips with a
 * message when no Chromium is installed, except under CI=true, where it fails.
 */
class StoryReportBrowserTest {

    @TempDir
    static Path dir;
    static Path html;
    static String markdown;

    static Path chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but no Chromium found (apt-get install -y chromium)");
        }
        Assumptions.abort("no Chromium installed: skipping the rendering test (apt-get install -y chromium)");
        return null;
    }

    @BeforeAll
    static void demo() throws Exception {
        StringWriter out = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute(
                "demo", "--data-dir", dir.resolve("data").toString(), "--report-dir", dir.toString(), "--today", "2025-11-24");
        assertEquals(0, code, out.toString());
        html = dir.resolve("lagebild-report.html");
        markdown = Files.readString(dir.resolve("lagebild-report.md"), StandardCharsets.UTF_8);
    }

    @Test
    void theReportIsSelfContainedAndEveryStatementLinksToEvidence() throws Exception {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(page.contains("<script"), "no scripts");
        assertFalse(page.matches("(?s).*(src|href)=\"https?://.*"), "no network references");
        assertTrue(page.contains("Content-Security-Policy"));
        for (String section : List.of("summary", "figures", "chart", "chronology", "actors", "notes", "contradictions", "evidence")) {
            assertTrue(page.contains("<section id=\"" + section + "\""), section);
        }
        // every evidence link resolves to an anchor in the page
        var links = java.util.regex.Pattern.compile("href=\"#(ev-[^\"]+)\"").matcher(page);
        int n = 0;
        while (links.find()) {
            assertTrue(page.contains("id=\"" + links.group(1) + "\""), "dangling evidence link " + links.group(1));
            n++;
        }
        assertTrue(n > 10, "evidence links: " + n);
        assertTrue(markdown.contains("## Chronology") && markdown.contains("## Key figures"));
    }

    @Test
    void keyFiguresShowTheCountedGroupAsWrittenNotItsLemma() {
        assertTrue(markdown.contains(" Soldaten |"), "a range stated as '10,000 nordkoreanische Soldaten'");
        assertTrue(markdown.contains("| more than 10,000 Soldaten |"), "the range stated as the sources state it");
        assertFalse(markdown.matches("(?s).*\\d Soldat \\|.*"), "not the lemma after a figure: '10,000 Soldat'");
    }

    @Test
    void chromiumRendersTheChartAndTakesAScreenshot() throws Exception {
        Path chrome = chromium();
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Path png = shots.resolve("story-report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        List<String> base = List.of(chrome.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--user-data-dir=" + dir.resolve("profile"));
        ProcessBuilder shot = new ProcessBuilder(concat(base, "--window-size=1280,3000", "--screenshot=" + png,
                html.toUri().toString())).redirectErrorStream(true).redirectOutput(dir.resolve("chrome-shot.log").toFile());
        Process p = shot.start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium did not finish in 90 s");
        assertTrue(Files.exists(png) && Files.size(png) > 20_000, "screenshot written: " + png + "\n"
                + Files.readString(dir.resolve("chrome-shot.log")));

        ProcessBuilder dump = new ProcessBuilder(concat(base, "--dump-dom", html.toUri().toString()))
                .redirectError(dir.resolve("chrome-dom.log").toFile());
        Process d = dump.start();
        String dom = new String(d.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(d.waitFor(90, TimeUnit.SECONDS));
        int points = dom.split("class=\"pt\"", -1).length - 1;
        assertTrue(points >= 5, "the chart draws the seeds' figures as points, found " + points);
        assertTrue(dom.contains("<svg class=\"timeline\""));
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(List.of(b));
        return out;
    }
}
