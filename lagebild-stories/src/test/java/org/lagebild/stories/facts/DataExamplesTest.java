package org.lagebild.stories.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the examples written in the data files of this package. */
class DataExamplesTest {
    private final Propositions p = Propositions.get();

    @Test
    void propositionExamples() {
        List<String[]> rows = Tsv.rows(Propositions.class, "propositions.tsv");
        assertFalse(rows.isEmpty());
        for (String[] r : rows) {
            String[] ex = r[3].split("=>");
            String[] in = ex[0].strip().split(" ");
            String pred = in[0].equals("-") ? null : in[0];
            String kind = in[1].equals("none") ? null : in[1];
            assertEquals(ex[1].strip(), p.proposition(pred, kind), r[3]);
        }
        for (String[] r : Tsv.rows(Propositions.class, "proposition-kinds.tsv")) {
            assertEquals(r[3], p.label(r[0]));
        }
    }

    @Test
    void unitExamples() {
        for (String[] r : Tsv.rows(Propositions.class, "units.tsv")) {
            String expected = (r[0].startsWith("*") ? r[0].substring(1) : r[0]).toLowerCase(java.util.Locale.ROOT);
            String got = p.unitInSentence(r[2]);
            if (r[1].equals(Propositions.MEASURE)) {
                // a measure is a quantity's own unit ("12,50 Euro"), never the counted group of a unitless figure
                assertEquals(null, got, r[2]);
                assertTrue(java.util.Arrays.stream(r[2].split("[^\\p{L}%]+")).anyMatch(w -> measure(w)), r[2]);
                continue;
            }
            assertEquals(r[1], p.unitKind(got), r[2] + " -> " + got);
            assertEquals(true, got.endsWith(expected), r[2] + " -> " + got);
        }
    }

    @Test
    void unitPluralExamples() {
        List<String[]> rows = Tsv.rows(Propositions.class, "unit-plurals.tsv");
        assertFalse(rows.isEmpty());
        for (String[] r : rows) {
            String[] ex = r[2].split("/");
            assertEquals(ex[1], p.singular(ex[0]), r[2]);
            assertEquals(ex[1], p.singular(ex[1]), r[2]);
            if (!r[3].equals("-")) {
                assertEquals(r[3], p.singular(r[3]), r[3]);
            }
        }
    }

    @Test
    void totalsNameKnownPropositions() {
        // totals.tsv: the total and its parts are propositions of proposition-kinds.tsv ("killed", not "kill")
        List<String[]> rows = Tsv.rows(KeyFigures.class, "totals.tsv");
        assertFalse(rows.isEmpty());
        java.util.Set<String> known = new java.util.HashSet<>();
        for (String[] r : Tsv.rows(Propositions.class, "proposition-kinds.tsv")) {
            known.add(r[0]);
        }
        for (String[] r : rows) {
            assertTrue(known.contains(r[0]), r[0]);
            for (String part : r[1].split(",")) {
                assertTrue(known.contains(part), part);
            }
        }
    }

    @Test
    void topicExamples() {
        for (String[] r : Tsv.rows(Propositions.class, "topics.tsv")) {
            if (r[0].equals("anaphora")) {
                assertEquals("deploy", p.topic(r[2], "Mehr als 10.000 Soldaten kämpfen."), r[2]);
            } else {
                assertEquals(r[0], p.topic(r[2], null), r[2]);
            }
        }
    }

    @Test
    void phraseFormExamples() {
        List<String[]> rows = Tsv.rows(PhraseForms.class, "phrase-forms.tsv");
        assertFalse(rows.isEmpty());
        for (String[] r : rows) {
            if (r[2].isEmpty()) {
                continue;
            }
            String[] ex = r[2].split("=>");
            String in = ex[0].strip();
            String got = r[0].equals("adjective-suffix") || r[0].equals("increment")
                    ? PhraseForms.get().counted(in.split("\\|")[0].strip(), in.split("\\|")[1].strip())
                    : PhraseForms.get().source(in);
            assertEquals(ex[1].strip(), got, r[2]);
        }
    }

    @Test
    void determinerExamples() {
        for (String[] r : Tsv.rows(Sources.class, "determiners.tsv")) {
            if (!r[1].isEmpty()) {
                String[] pair = r[1].split("=");
                assertEquals(Sources.key(pair[0]), Sources.key(pair[1]), r[1]);
            }
        }
    }

    @Test
    void outletKindExamples() {
        SourceNotes notes = new SourceNotes(new EntityKnowledge() {
            @Override
            public String countryOf(String id) {
                return null;
            }

            @Override
            public String description(String id) {
                return "x".equals(id) ? null : id;
            }
        });
        for (String[] r : Tsv.rows(SourceNotes.class, "outlet-kinds.tsv")) {
            String got = r[0].startsWith("desc:") ? notes.kindOf(r[2], null) : notes.kindOf(null, r[2]);
            assertEquals(r[1], got, r[2]);
        }
    }

    /** True when the word, as written or without a plural or case ending, is a measure unit. */
    private boolean measure(String word) {
        for (int cut = 0; cut <= 2 && cut < word.length(); cut++) {
            if (Propositions.MEASURE.equals(p.unitKind(word.substring(0, word.length() - cut)))) {
                return true;
            }
        }
        return false;
    }
}
