package org.lagebild.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.time.internal.Tsv;

/**
 * The shape of the fourth held-out quantity gold (SpkAtt 2023 blind test Wikinews documents). No score is
 * pinned and no tagger runs here: the file was committed before any run of the tagger on its documents.
 */
class FourthHeldOutGoldTest {
    static final Path DATA = Path.of("..", "..", "shared", "data").toAbsolutePath().normalize();

    static Tsv gold() {
        return Tsv.load(QuantityEvaluation.class, QuantityEvaluation.HELD_OUT_4_GOLD)
                .require("source", "sentence", "text", "value", "min", "max", "min_exclusive", "max_exclusive",
                        "approximate", "qualifier", "unit", "unit_lemma", "kind");
    }

    @Test
    void parsesWithAtLeast300CountsAndStopsAtTheDocumentThatReached300() {
        List<Long> docs = new ArrayList<>();
        int counts = 0;
        int countsBeforeLastDoc = 0;
        for (Tsv.Row r : gold().rows()) {
            String kind = r.get("kind");
            assertTrue(Set.of("DOC", "COUNT", "NOT", "IGNORE").contains(kind), r.toString());
            assertTrue(r.get("source").matches("spkatt:[0-9]+"), r.toString());
            long number = Long.parseLong(r.get("source").substring(7));
            if (kind.equals("DOC")) {
                assertTrue(docs.isEmpty() || number > docs.get(docs.size() - 1), r.toString()); // sorted by number
                docs.add(number);
                countsBeforeLastDoc = counts;
                continue;
            }
            assertEquals(docs.get(docs.size() - 1), number, r.toString()); // rows follow their document's DOC row
            assertTrue(r.get("sentence").matches("[0-9]+"), r.toString());
            assertFalse(r.get("text").isEmpty(), r.toString());
            if (kind.equals("COUNT")) {
                counts++;
                EvaluationTest.assertCountRowShape(r);
            }
        }
        assertEquals(108, docs.size());
        assertTrue(counts >= 300, "COUNT rows: " + counts);
        assertTrue(countsBeforeLastDoc < 300, "the rule stops at the document that reached 300: " + countsBeforeLastDoc);
    }

    @Test
    void documentsAreTheFirstByNumberNoneSkippedAndEveryTextIsInItsSentence() {
        Path folder = DATA.resolve(SpkAttDocuments.TEST_BLIND);
        assumeTrue(Files.isDirectory(folder), "SpkAtt data " + folder + " absent: skipped");
        List<Path> files = SpkAttDocuments.files(folder);
        int docs = 0;
        String source = null;
        String doc = null;
        String key = null;
        int from = 0;
        for (Tsv.Row r : gold().rows()) {
            if (r.get("kind").equals("DOC")) {
                source = r.get("source");
                assertEquals("spkatt:" + SpkAttDocuments.number(files.get(docs)), source, "document " + docs + " in number order");
                docs++;
                doc = QuantityEvaluation.document(source, DATA, DATA);
                assertNotNull(doc, source);
                continue;
            }
            String sentence = QuantityEvaluation.sentence(doc, Integer.parseInt(r.get("sentence")));
            assertNotNull(sentence, r.toString());
            String here = source + "#" + r.get("sentence");
            if (!here.equals(key)) {
                key = here;
                from = 0;
            }
            int at = sentence.indexOf(r.get("text"), from);
            assertTrue(at >= 0, r + " not in order in: " + sentence);
            from = at + 1;
        }
        assertEquals(108, docs);
    }
}
