package org.lagebild.time.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lagebild.model.Quantity;
import org.lagebild.time.internal.Tsv;

/**
 * Runs every row of structure-examples.tsv: the quantity overlapping the row's target has the
 * expected value, unit and bounds, or (value NOT) no quantity overlaps it.
 */
class StructureExamplesTest {
    static final QuantityTagger TAGGER = new QuantityTagger();

    @TestFactory
    Stream<DynamicTest> examples() {
        Tsv tsv = Tsv.load(QuantityLexicon.class, "structure-examples.tsv")
                .require("rule", "lang", "sentence", "target", "value");
        assertTrue(tsv.rows().size() >= 50, "examples: " + tsv.rows().size());
        return tsv.rows().stream().map(r -> DynamicTest.dynamicTest(r.get("rule") + ": " + r.get("sentence"), () -> check(r)));
    }

    static void check(Tsv.Row r) {
        String sentence = r.get("sentence");
        int start = sentence.indexOf(r.get("target"));
        assertTrue(start >= 0, "target not in sentence: " + r);
        int end = start + r.get("target").length();
        List<Quantity> qs = TAGGER.tag(sentence, r.get("lang"));
        Quantity hit = qs.stream().filter(q -> q.span().start() < end && start < q.span().end()).findFirst().orElse(null);
        if (r.get("value").equals("NOT")) {
            assertNull(hit, () -> "no count expected at '" + r.get("target") + "': " + qs);
            return;
        }
        assertNotNull(hit, () -> "no quantity at '" + r.get("target") + "': " + qs);
        assertNumber(r.get("value"), hit.value(), "value", qs);
        if (r.has("unit_lemma")) {
            String unit = r.get("unit_lemma");
            if (unit.equals("-")) {
                assertNull(hit.unit(), () -> "no unit expected: " + hit);
            } else {
                String u = unit.toLowerCase(Locale.ROOT);
                boolean same = hit.unit() != null && hit.unit().toLowerCase(Locale.ROOT).equals(u)
                        || hit.unitLemma() != null && hit.unitLemma().toLowerCase(Locale.ROOT).equals(u);
                assertTrue(same, () -> "unit " + unit + " expected: " + hit);
            }
        }
        if (r.has("min")) {
            assertNumber(r.get("min"), hit.min(), "min", qs);
        }
        if (r.has("max")) {
            assertNumber(r.get("max"), hit.max(), "max", qs);
        }
    }

    static void assertNumber(String expected, Double actual, String what, List<Quantity> qs) {
        if (expected.equals("-")) {
            assertNull(actual, () -> what + " expected empty: " + qs);
        } else {
            assertNotNull(actual, () -> what + " expected " + expected + ": " + qs);
            assertEquals(Double.parseDouble(expected), actual, 1e-9, () -> what + ": " + qs);
        }
    }
}
