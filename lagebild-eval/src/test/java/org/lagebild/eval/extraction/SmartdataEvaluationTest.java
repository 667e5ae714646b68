package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SmartData check: the Avro-JSON parser, the cut-gold alignment and a tiny corpus end to end without
 * the data; the real dev file from ../shared/data (or -Dlagebild.data=DIR) when it is there, with the
 * figures reached pinned as floors.
 */
class SmartdataEvaluationTest {

    private static final Path DATA = Path.of(System.getProperty("lagebild.data",
            Path.of("..", "..", "shared", "data").toAbsolutePath().normalize().toString()));
    private static final Path SMARTDATA = DATA.resolve("smartdata-de-ner-events");

    private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>Streik bei der Bahn</title>"
            + "</head><body><nav>Startseite Politik Wirtschaft Sport</nav><article><h1>Streik bei der Bahn</h1>"
            + "<p>Die Lokführer legen am Montag bundesweit die Arbeit nieder, teilte die Gewerkschaft in Frankfurt mit.</p>"
            + "<p>Betroffen sind vor allem Pendler im Nahverkehr, die Bahn richtet einen Ersatzfahrplan für alle Strecken ein.</p>"
            + "</article><footer>Impressum Datenschutz Kontakt</footer></body></html>";

    private static String doc(String id, String type, String raw, String text) {
        return "{\"id\": \"" + id + "\", \"raw\": " + Json.MAPPER.valueToTree(raw) + ", \"text\": {\"string\": "
                + Json.MAPPER.valueToTree(text) + "}, \"uri\": {\"string\": \"http://x.de/" + id + "\"}, \"signature\": null,"
                + " \"date\": {\"string\": \"2016-03-10T12:00:00Z\"}, \"tokens\": {\"array\": []},"
                + " \"docType\": {\"de.dfki.lt.tap.docTypes\": \"" + type + "\"}}";
    }

    @Test
    void parsesConcatenatedAvroJson() throws IOException {
        String stream = doc("a", "NEWS_HTML", PAGE, "Streik bei der Bahn\n\n") + "\n"
                + doc("b", "NEWS_HTML", "<?xml version=\"1.0\"?><Document><TEXT>Text</TEXT></Document>", "Text\n\n")
                + doc("c", "TWITTER_JSON", "{\"text\": \"<html> im Tweet\"}", "<html> im Tweet\n\n");
        List<SmartdataCorpus.Document> docs = SmartdataCorpus.parse(new StringReader(stream));
        assertEquals(3, docs.size());
        SmartdataCorpus.Document a = docs.get(0);
        assertEquals("a", a.id());
        assertEquals("NEWS_HTML", a.docType());
        assertEquals("Streik bei der Bahn\n\n", a.text());
        assertEquals("http://x.de/a", a.uri());
        assertEquals("2016-03-10T12:00:00Z", a.date());
        assertTrue(a.isHtmlPage());
        assertFalse(docs.get(1).isHtmlPage(), "an XML wrapper of extracted text is not a page");
        assertFalse(docs.get(2).isHtmlPage(), "only NEWS_HTML documents are pages");
        assertThrows(IOException.class, () -> SmartdataCorpus.parse(new StringReader("{\"id\": \"a\"} [1]")));
        assertEquals(0, SmartdataCorpus.parse(new StringReader("  \n")).size());
    }

    @Test
    void avroUnionsAreUnwrapped() throws IOException {
        assertEquals("x", SmartdataCorpus.string(Json.MAPPER.readTree("\"x\"")));
        assertEquals("x", SmartdataCorpus.string(Json.MAPPER.readTree("{\"string\": \"x\"}")));
        assertNull(SmartdataCorpus.string(Json.MAPPER.readTree("null")));
        assertNull(SmartdataCorpus.string(null));
        assertNull(SmartdataCorpus.string(Json.MAPPER.readTree("{\"array\": []}")));
        assertNull(SmartdataCorpus.string(Json.MAPPER.readTree("{\"a\": \"x\", \"b\": \"y\"}")));
    }

    @Test
    void goldsCutShortAreComparedUpToTheirEnd() {
        assertTrue(SmartdataEvaluation.isCut("Titel\nDer Text bricht mitten im Wo\n"));
        assertFalse(SmartdataEvaluation.isCut("Titel\nDer Text endet hier.\n\n"));
        assertFalse(SmartdataEvaluation.isCut("kein Zeilenende"));

        String predicted = "Titel\n\nEins zwei drei vier fünf sechs sieben acht.\n\nWeitere Nachrichten aus der Region";
        SmartdataEvaluation.Compared cut = SmartdataEvaluation.compared("Titel\nEins zwei drei vier fünf sechs sie\n",
                predicted);
        assertTrue(cut.cut());
        assertEquals("Titel\nEins zwei drei vier fünf sechs", cut.gold(), "the half word is dropped");
        assertEquals("Titel\n\nEins zwei drei vier fünf sechs", cut.predicted(), "the output ends where the gold ends");
        assertEquals(1.0, ShingleScoring.match(cut.gold(), cut.predicted()).precision(), 1e-12);

        SmartdataEvaluation.Compared whole = SmartdataEvaluation.compared("Titel\nEins zwei.\n\n", predicted);
        assertFalse(whole.cut());
        assertEquals(predicted, whole.predicted());
        SmartdataEvaluation.Compared unrelated = SmartdataEvaluation.compared("ganz andere Wörter hier stehen da\n",
                predicted);
        assertEquals(predicted, unrelated.predicted(), "no shingle in common: the whole output is scored");
    }

    @Test
    void unmatchedPartsNameWhatOneSideLacks() {
        String gold = "Titel\nEins zwei drei vier fünf sechs sieben acht.\n";
        String predicted = "Titel\n\nEins zwei drei vier fünf sechs sieben acht.\n\nTeilen per Mail drucken";
        assertEquals(List.of("Teilen per Mail drucken"), SmartdataEvaluation.unmatchedParts(predicted, gold, "\n\\s*\n"));
        assertEquals(List.of(), SmartdataEvaluation.unmatchedParts(gold, predicted, "\n"));
    }

    @Test
    void tinyCorpusEndToEnd(@TempDir Path dir) throws IOException {
        Path base = Files.createDirectories(dir.resolve(SmartdataEvaluation.VERSION_DIR));
        String gold = "Streik bei der Bahn\nDie Lokführer legen am Montag bundesweit die Arbeit nieder, teilte die Gewerkschaft"
                + " in Frankfurt mit.\nBetroffen sind vor allem Pendler im Nahverkehr, die Bahn richtet einen Ersatzfahrplan"
                + " für alle Strecken ein.\n\n";
        try (PrintStream out = new PrintStream(new GZIPOutputStream(Files.newOutputStream(base.resolve("dev.json.gz"))),
                true, StandardCharsets.UTF_8)) {
            out.println(doc("a", "NEWS_HTML", PAGE, gold));
            out.println(doc("b", "RSS_XML", "<rss/>", "Nur ein Feed\n\n"));
        }
        Path dump = dir.resolve("dump.tsv");
        SmartdataResult r = SmartdataEvaluation.run(dir, SmartdataEvaluation.Options.defaults()
                .withRun(RunSettings.defaults().withDump(dump)));
        assertEquals(2, r.documents());
        assertEquals(1, r.pages());
        assertEquals(0, r.crashes());
        assertTrue(r.precision() > 0.9, r.toJson());
        assertTrue(r.recall() > 0.9, r.toJson());
        assertTrue(Files.readString(dump, StandardCharsets.UTF_8).startsWith("a\tArticle["));
        JsonNode json = Json.MAPPER.readTree(r.toJson());
        for (String key : new String[] {"precision", "recall", "f1", "pages", "pages_per_s", "gold_cut"}) {
            assertTrue(json.has(key), key);
        }
        assertThrows(NoSuchFileException.class, () -> SmartdataEvaluation.run(dir, SmartdataEvaluation.Options.defaults()
                .withRun(RunSettings.defaults().withSplit(Split.TEST))));

        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        assertEquals(0, ExtractionEvalMain.run(new String[] {"--smartdata", dir.toString(), "--worst", "1"}, out, out));
        String[] lines = buf.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals("smartdata", Json.MAPPER.readTree(lines[lines.length - 1]).get("benchmark").asText());
        assertEquals(2, ExtractionEvalMain.run(new String[] {"--smartdata", dir.toString(), "--scrapinghub", "x"}, out, out));

        // a broken corpus file: the error names the file, the document and where, and the command fails
        try (PrintStream broken = new PrintStream(new GZIPOutputStream(Files.newOutputStream(base.resolve("dev.json.gz"))),
                true, StandardCharsets.UTF_8)) {
            broken.println(doc("a", "NEWS_HTML", PAGE, gold));
            broken.println("{ broken");
        }
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> SmartdataEvaluation.run(dir, SmartdataEvaluation.Options.defaults()));
        assertTrue(e.getMessage().contains("dev.json.gz") && e.getMessage().contains("document 2 is not valid JSON (line"),
                e.getMessage());
        ByteArrayOutputStream errs = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errs, true, StandardCharsets.UTF_8);
        assertEquals(1, ExtractionEvalMain.run(new String[] {"--smartdata", dir.toString()}, out, err));
        assertTrue(errs.toString(StandardCharsets.UTF_8).startsWith("evaluation failed: "), errs.toString(StandardCharsets.UTF_8));
        Files.write(base.resolve("dev.json.gz"), "not gzip".getBytes(StandardCharsets.UTF_8));
        e = assertThrows(java.io.IOException.class, () -> SmartdataEvaluation.run(dir, SmartdataEvaluation.Options.defaults()));
        assertTrue(e.getMessage().contains("dev.json.gz"), e.getMessage());
    }

    /** The real dev file: its page count, and floors under the figures reached (see RESULTS.md). */
    @Test
    void realDevFile() throws IOException {
        Path dev = SMARTDATA.resolve(SmartdataEvaluation.VERSION_DIR).resolve("dev.json.gz");
        assumeTrue(Files.isRegularFile(dev),
                () -> "evaluation data not present, skipping: " + dev + " (see ../shared/data/SOURCES.md)");
        SmartdataResult r = SmartdataEvaluation.run(SMARTDATA, SmartdataEvaluation.Options.defaults()
                .withRun(RunSettings.defaults().withSplit(Split.DEV)));
        assertEquals(228, r.documents());
        assertEquals(48, r.pages());
        assertEquals(34, r.goldCut());
        assertTrue(r.precision() >= 0.885, r.toJson());
        assertTrue(r.f1() >= 0.815, r.toJson());
    }
}
