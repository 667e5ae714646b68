package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvalMainTest {

    private static int run(ByteArrayOutputStream err, String... args) {
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return ExtractionEvalMain.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), e);
    }

    @Test
    void usageErrors() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err));
        assertEquals(2, run(err, "--trafilatura", "a", "--scrapinghub", "b"));
        assertEquals(2, run(err, "--bogus"));
        assertEquals(2, run(err, "--trafilatura"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }

    @Test
    void missingDirectoryIsAnError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(err, "--scrapinghub", "/nonexistent/dir"));
    }

    /** A two-page corpus in the trafilatura layout, built in a temp dir: runs end to end offline. */
    @Test
    void tinyTrafilaturaCorpus(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("html"));
        String page = "<html><head><title>T</title></head><body><nav>Startseite Impressum</nav><article><h1>Titel</h1>"
                + "<p>Der Gemeinderat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach langer Debatte.</p>"
                + "<p>Die Opposition stimmte dagegen und kritisierte die hohen Ausgaben für neue Straßen im Ortskern.</p>"
                + "</article><footer>Impressum Datenschutz Kontakt</footer></body></html>";
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("html/a.html.gz")))) {
            out.write(page.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("html/b.html.gz"), "not gzip");
        Files.writeString(dir.resolve("manifest.tsv"), "url\toriginal_file\toriginal_repo_path\tstored_path\tlang_guess\thtml_bytes\n"
                + "https://x.de/a\ta.html\tx\thtml/a.html.gz\tde\t1\n");
        Files.writeString(dir.resolve("evaldata.json"), "{\"https://x.de/a\": {\"file\": \"a.html\", \"with\": "
                + "[\"Haushalt für das\\n kommende Jahr\", \"fehlt ganz\"], \"without\": [\"Datenschutz Kontakt\"], "
                + "\"date\": \"2020-01-02\"}}");
        TrafilaturaResult r = TrafilaturaEvaluation.run(dir);
        assertEquals(1, r.pages());
        assertEquals(1, r.counts().tp());
        assertEquals(1, r.counts().fn());
        assertEquals(1, r.datePages());
        assertEquals(1, r.worst().size());
        assertEquals("fehlt ganz", r.worst().get(0).missed().get(0));
        assertEquals(1, r.worst().get(0).missedCauses().size());
        assertTrue(r.worst().get(0).missedCauses().get(0).startsWith("not verbatim"), r.worst().get(0).missedCauses().get(0));

        Path dump = dir.resolve("dump.tsv");
        TrafilaturaResult parallel = TrafilaturaEvaluation.run(dir, TrafilaturaEvaluation.Options.defaults()
                .withRun(RunSettings.defaults().withThreads(2).withPasses(2).withDump(dump)));
        assertEquals(r.counts(), parallel.counts());
        assertEquals(2, parallel.throughput().threads());
        assertTrue(parallel.toJson().contains("\"threads\":2"), parallel.toJson());
        String line = Files.readString(dump, StandardCharsets.UTF_8);
        assertTrue(line.startsWith("https://x.de/a\tArticle[") && line.contains("Haushalt"), line);
        assertEquals(2, run(new ByteArrayOutputStream(), "--trafilatura", dir.toString(), "--threads", "0"));
    }

    /** {@code --reference NAME} scores a stored tool output on the benchmark's pages, without extracting. */
    @Test
    void referenceOutputIsScoredOnTheSamePages(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("reference-outputs"));
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"one two three four five six\","
                + " \"url\": \"https://x.com/1\"}, \"p2\": {\"articleBody\": \"seven eight nine ten eleven twelve\","
                + " \"url\": \"https://x.com/2\"}}");
        // the tool found p1 exactly and gave nothing for p2
        Files.writeString(dir.resolve("reference-outputs/tool.json"),
                "{\"p1\": {\"articleBody\": \"one two three four five six\"}}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExtractionEvalMain.run(new String[] {"--scrapinghub", dir.toString(), "--reference", "tool"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(json.contains("\"reference\":\"tool\""), json);
        assertTrue(json.contains("\"pages\":2"), json);
        assertTrue(json.contains("\"recall\":0.5"), json);

        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertEquals(1, run(err2, "--scrapinghub", dir.toString(), "--reference", "other"));
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("the folder has [tool]"), err2.toString(StandardCharsets.UTF_8));
        assertEquals(2, run(err2, "--scrapinghub", dir.toString(), "--reference", "../x"));
        assertEquals(2, run(err2, "--trafilatura", dir.toString(), "--reference", "tool"));
    }
}
