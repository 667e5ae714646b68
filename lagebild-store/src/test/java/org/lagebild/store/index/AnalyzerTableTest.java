package org.lagebild.store.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnalyzerTableTest {
    static final AnalyzerTable TABLE = AnalyzerTable.load();

    static Stream<AnalyzerTable.Row> rows() {
        return TABLE.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyExampleAnalysesToItsTerms(AnalyzerTable.Row row) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = TABLE.analyzer(TABLE.suffix(row.language())).tokenStream("f", row.example())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        assertEquals(row.terms(), terms, row.example());
    }

    @Test
    void unknownLanguagesShareTheStandardFields() {
        assertEquals("de", TABLE.suffix("DE"));
        assertEquals(AnalyzerTable.OTHER, TABLE.suffix("fr"));
        assertEquals(AnalyzerTable.OTHER, TABLE.suffix(null));
        assertEquals(List.of("de", "en", "std"), TABLE.suffixes());
    }
}
