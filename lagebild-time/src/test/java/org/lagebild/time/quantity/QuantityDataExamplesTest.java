package org.lagebild.time.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lagebild.model.Quantity;
import org.lagebild.time.internal.Tsv;

/** Runs the example column of every quantity data file. */
class QuantityDataExamplesTest {
    static final QuantityTagger TAGGER = new QuantityTagger();

    @TestFactory
    Stream<DynamicTest> examples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "qualifiers.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest(r.toString(), () -> {
                List<Quantity> qs = TAGGER.tag(r.get("example"), r.get("lang"));
                assertEquals(1, qs.size(), qs::toString);
                assertEquals(r.get("phrase"), qs.get(0).qualifier());
            }));
        }
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "vague-amounts.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest(r.toString(), () -> {
                List<Quantity> qs = TAGGER.tag(r.get("example"), r.get("lang"));
                assertEquals(1, qs.size(), qs::toString);
                assertEquals(Double.valueOf(r.get("min")), qs.get(0).min());
                assertEquals(r.has("max") ? Double.valueOf(r.get("max")) : null, qs.get(0).max());
                assertTrue(qs.get(0).approximate());
            }));
        }
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "fractions.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest(r.toString(), () -> {
                List<Quantity> qs = TAGGER.tag(r.get("example"), r.get("lang"));
                assertEquals(1, qs.size(), qs::toString);
                assertEquals(Double.parseDouble(r.get("value")), qs.get(0).value(), 1e-9);
                if (r.has("non_example") && !r.get("non_example").equals("-")) {
                    assertEquals(List.of(), TAGGER.tag(r.get("non_example"), r.get("lang")), r.get("non_example"));
                }
            }));
        }
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "amount-phrases.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest(r.toString(), () -> {
                List<Quantity> qs = TAGGER.tag(r.get("example"), r.get("lang"));
                assertEquals(1, qs.size(), qs::toString);
                assertEquals(Double.parseDouble(r.get("value")), qs.get(0).value(), 1e-9);
                assertEquals(false, qs.get(0).approximate(), qs::toString);
            }));
        }
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "counted-states.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest(r.toString(), () -> {
                List<Quantity> qs = TAGGER.tag(r.get("example"), r.get("lang"));
                assertEquals(1, qs.size(), qs::toString);
                assertEquals(r.get("unit"), qs.get(0).unit(), qs::toString);
            }));
        }
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "modal-verbs.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest(r.toString(), () -> {
                List<Quantity> qs = TAGGER.tag(r.get("example"), r.get("lang"));
                assertEquals(1, qs.size(), qs::toString);
                assertEquals(r.get("unit"), qs.get(0).unit(), qs::toString);
                if (!r.get("counter").equals("-")) {
                    List<Quantity> cs = TAGGER.tag(r.get("counter"), r.get("lang"));
                    assertEquals(1, cs.size(), cs::toString);
                    assertEquals(r.get("counter_unit"), cs.get(0).unit(), cs::toString);
                }
            }));
        }
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "pronoun-numbers.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest(r.toString(), () -> {
                String ex = r.get("example");
                int at = wordAt(ex, r.get("number"));
                assertTrue(at >= 0, ex);
                for (Quantity q : TAGGER.tag(ex, r.get("lang"))) {
                    assertFalse(q.span().start() <= at && at < q.span().end(), () -> "no count at \"" + r.get("number") + "\": " + q);
                }
                if (!r.get("counter").equals("-")) {
                    List<Quantity> cs = TAGGER.tag(r.get("counter"), r.get("lang"));
                    assertTrue(cs.stream().anyMatch(q -> q.value() != null && q.value() == 1 && r.get("counter_unit").equals(q.unit())), cs::toString);
                }
            }));
        }
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "reflexive-pronouns.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest(r.toString(), () -> {
                List<Quantity> qs = TAGGER.tag(r.get("example"), r.get("lang"));
                assertFalse(qs.isEmpty(), r.get("example"));
                for (Quantity q : qs) {
                    assertNull(q.unit(), qs::toString);
                }
                if (!r.get("counter").equals("-")) {
                    List<Quantity> cs = TAGGER.tag(r.get("counter"), r.get("lang"));
                    assertTrue(cs.stream().anyMatch(q -> r.get("counter_unit").equals(q.unit())), cs::toString);
                }
            }));
        }
        for (Tsv.Row r : Tsv.load(QuantityLexicon.class, "plural-rules.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest(r.toString(), () ->
                    assertEquals(r.get("example_lemma"), QuantityLexicon.load(r.get("lang")).lemma(r.get("example_form")))));
        }
        return tests.stream();
    }

    /** The char offset of the first occurrence of the word w (any case) in s, as a whole word; -1 if none. */
    static int wordAt(String s, String w) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(w) + "\\b").matcher(s);
        return m.find() ? m.start() : -1;
    }
}
