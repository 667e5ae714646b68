package org.lagebild.annotate.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lagebild.annotate.internal.Tsv;
import org.lagebild.model.Span;

/** Runs every must-split / must-not-split example of {@code examples.tsv}. */
class SentenceExamplesTest {
    static final SentenceSplitter SPLITTER = new SentenceSplitter();

    static Stream<Arguments> examples() {
        Tsv t = Tsv.load(SentenceSplitter.class, "examples.tsv", "rule", "lang", "sentences");
        return t.rows().stream().map(r -> Arguments.of(r.line(), r.get(0), r.get(1), r.get(2)));
    }

    @ParameterizedTest(name = "line {0} [{1}/{2}] {3}")
    @MethodSource("examples")
    void example(int line, String rule, String lang, String sentences) {
        String input = sentences.replace(" || ", " ").replace("||", "");
        List<String> expected = List.of(sentences.split(" ?\\|\\| ?"));
        List<String> actual = new ArrayList<>();
        for (Span s : SPLITTER.sentences(input, new Span(0, input.length()), lang)) {
            actual.add(s.of(input));
        }
        assertEquals(expected, actual, "examples.tsv line " + line + " (" + rule + ")");
    }

    @Test
    void everyRuleHasExamples() {
        assertFalse(examples().toList().isEmpty());
    }
}
