package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.claims.eval.SpkAttEvaluation;
import org.lagebild.claims.eval.SpkAttSplit;

/**
 * SpkAtt 2023 task 2 on ../shared/data/spkatt2023-de-news-quotes; skips when absent. Runs the first 150 documents
 * by default (keeps the suite fast); -Dspkatt.limit=100000 runs all of them, -Dspkatt.split=dev|test|all picks the
 * documents, -Dspkatt.data=spkatt2023-de-parliament-gepade another folder of ../shared/data, -Derrors=true prints the error types (count, tokens lost) and every error. Last line: the JSON figures.
 */
class SpkAttEvaluationTest {
    @Test
    void splitIsDeterministicAndByDocument() {
        assertEquals(SpkAttSplit.of("12599 - Fall des eBay-Babys doch anders als gedacht (2005-09-17)"),
                SpkAttSplit.of("12599 - another title"));
        assertTrue(SpkAttSplit.ALL.contains("1 - x"));
        assertTrue(SpkAttSplit.DEV.contains("1 - x") != SpkAttSplit.TEST.contains("1 - x"));
    }

    @Test
    void spkatt() {
        Path dir = DataSets.data().resolve(System.getProperty("spkatt.data", "spkatt2023-de-news-quotes"));
        Assumptions.assumeTrue(Files.isDirectory(dir), dir + " is absent: skipping the SpkAtt evaluation");
        int limit = Integer.getInteger("spkatt.limit", 150);
        SpkAttSplit split = SpkAttSplit.valueOf(System.getProperty("spkatt.split", "all").toUpperCase(Locale.ROOT));
        SpkAttEvaluation.Result r = SpkAttEvaluation.run(dir, limit, split);
        if (Boolean.getBoolean("errors")) {
            r.errors().forEach(e -> System.out.println("  ERR " + e.type() + " (" + e.tokens() + ") " + e.detail()));
            r.errorSummary().forEach(s -> System.out.println("  SUM " + s));
        }
        System.out.println(r.toJson());
        assertTrue(r.documents() > 0);
        // measured (split all) 0.618 on the first 150 documents; 0.629 on all 702 (train + trial), of which DEV 0.638
        // and TEST 0.621 (was 0.575 / 0.583 / 0.567 before the DEV error analysis): a drop below the floors is a regression
        // other folders (parliament debates, measured 0.271 on GePaDe's 177 documents) are printed, not held to these
        Assumptions.assumeTrue(dir.endsWith("spkatt2023-de-news-quotes"), "floors hold for the news data only");
        double floor = split == SpkAttSplit.ALL ? (limit >= 700 ? 0.62 : 0.60) : 0.58;
        assertTrue(r.jointF1() >= floor, r.toJson());
    }
}
