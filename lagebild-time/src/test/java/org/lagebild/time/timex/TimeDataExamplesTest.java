package org.lagebild.time.timex;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lagebild.model.TimeExpression;
import org.lagebild.time.TestDocs;
import org.lagebild.time.internal.Tsv;

/** Runs the example column of rules.tsv and relative.tsv (news mode, reference time 2025-06-15). */
class TimeDataExamplesTest {
    static final TimeTagger TAGGER = new TimeTagger();
    static final LocalDate REF = LocalDate.of(2025, 6, 15);

    static List<TimeExpression> tag(String text, String lang) {
        return TAGGER.tag(text, TestDocs.split(text), lang, REF);
    }

    static String show(TimeExpression t) {
        return t.text() + "=" + t.value() + (t.mod() == null ? "" : "/" + t.mod());
    }

    @TestFactory
    Stream<DynamicTest> ruleExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Tsv.Row r : Tsv.load(TimeTagger.class, "rules.tsv").rows()) {
            String lang = r.get("lang").equals("*") ? "de" : r.get("lang");
            tests.add(DynamicTest.dynamicTest(r.get("id"), () -> {
                List<String> got = tag(r.get("example"), lang).stream().map(TimeDataExamplesTest::show).toList();
                assertTrue(got.contains(r.get("expected")), () -> r.get("example") + " -> " + got + ", wanted " + r.get("expected"));
            }));
        }
        for (Tsv.Row r : Tsv.load(TimeTagger.class, "relative.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest("relative:" + r.line() + " " + r.get("example"), () -> {
                List<String> got = tag(r.get("example"), r.get("lang")).stream().map(TimeExpression::value).toList();
                assertTrue(got.contains(r.get("expected")), () -> r.get("example") + " -> " + got + ", wanted " + r.get("expected"));
            }));
        }
        TimeTagger narrative = new TimeTagger(TimeTagger.Mode.NARRATIVE);
        for (Tsv.Row r : Tsv.load(TimeTagger.class, "asides.tsv").rows()) {
            tests.add(DynamicTest.dynamicTest("aside:" + r.get("word"), () -> {
                List<TimeExpression> got = narrative.tag(r.get("example"), TestDocs.split(r.get("example")), r.get("lang"),
                        LocalDate.of(2011, 2, 16));
                String last = got.isEmpty() ? "none" : show(got.get(got.size() - 1));
                assertTrue(last.equals(r.get("expected")), () -> r.get("example") + " -> " + got.stream().map(TimeDataExamplesTest::show).toList()
                        + ", wanted last " + r.get("expected"));
            }));
        }
        return tests.stream();
    }
}
