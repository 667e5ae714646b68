package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lagebild.extract.boilerplate.BoilerplateRule;
import org.lagebild.extract.boilerplate.RuleKind;
import org.lagebild.extract.boilerplate.BoilerplateRules;
import org.lagebild.extract.boilerplate.ClassHints;
import org.lagebild.extract.boilerplate.DataFile;
import org.lagebild.model.MetaField;

/** Runs the examples of every rule in every data file. */
class BoilerplateRulesTest {
    private static final BoilerplateRules RULES = BoilerplateRules.load("de", "en", "fr", "es", "it", "pl");

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsExampleAndNotItsCounterExample() {
        return RULES.rules().stream().map(r -> DynamicTest.dynamicTest(r.id(), () -> {
            assertFalse(r.exampleMatch().isBlank(), r.id() + " has no example");
            assertTrue(r.matches(r.exampleMatch()), r.id() + " must match: " + r.exampleMatch());
            assertFalse(r.exampleNoMatch().isBlank(), r.id() + " has no counter-example");
            assertFalse(r.matches(r.exampleNoMatch()), r.id() + " must not match: " + r.exampleNoMatch());
        }));
    }

    /**
     * Whole-line rules are prefiltered by the characters their list can start with. A rule that can start with
     * anything ("(?=.*x)", ".{0,80}?x") defeats that filter for its whole list and scans into every line in the
     * merged prefilter regex (two such rules cost 0.6-0.9 ms of CPU per page on the trafilatura pages).
     */
    @Test
    void wholeLineRulesDoNotOpenWithAWildcard() {
        String probes = "qxzQXZ0123456789#~";
        List<String> wild = RULES.rules().stream()
                .filter(r -> r.kind() != RuleKind.CREDIT && r.kind() != RuleKind.CAPTION_MARKER)
                .filter(r -> {
                    org.lagebild.extract.boilerplate.StartChars sc = org.lagebild.extract.boilerplate.StartChars.lookingAt(r.pattern());
                    return probes.chars().allMatch(c -> sc.possible((char) c));
                })
                .map(BoilerplateRule::id).toList();
        assertEquals(KNOWN_WILDCARD_RULES, wild, "rules that can start with any character");
    }

    /** Older rules that open with a wildcard (words before the phrase); new ones should not add to this list. */
    private static final List<String> KNOWN_WILDCARD_RULES = List.of("de.promo.whatsapp-kanal", "de.promo.abo",
            "de.promo.social", "en.copyright.rights");

    @Test
    void ruleIdsAreUnique() {
        List<String> ids = RULES.rules().stream().map(BoilerplateRule::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @TestFactory
    Stream<DynamicTest> everyAgencyExampleYieldsItsAgency() {
        DataFile f = DataFile.load(ExtractionException.class, "agencies.tsv", "code", "agency", "example");
        BoilerplateFilter filter = new BoilerplateFilter(RULES);
        return f.rows().stream().map(row -> DynamicTest.dynamicTest(row.get(0), () -> {
            var result = filter.filter(List.of(new Unit(row.get(2), 0, false, null, false)));
            assertTrue(result.kept().isEmpty(), "agency line must be removed: " + row.get(2));
            assertTrue(result.meta().contains(new MetaField("agency", row.get(1), "agency-code")), result.meta().toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyClassHintMatchesItsExample() {
        ClassHints hints = ClassHints.load();
        return hints.hints().stream().map(h -> DynamicTest.dynamicTest(h.id(), () -> {
            assertTrue(h.matches(h.exampleMatch()), h.id() + " must match " + h.exampleMatch());
            assertFalse(h.matches(h.exampleNoMatch()), h.id() + " must not match " + h.exampleNoMatch());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyContentHintMatchesItsExample() {
        ClassHints hints = ClassHints.load();
        return hints.contentHints().stream().map(h -> DynamicTest.dynamicTest(h.id(), () -> {
            assertTrue(h.matches(h.exampleMatch()), h.id() + " must match " + h.exampleMatch());
            assertFalse(h.matches(h.exampleNoMatch()), h.id() + " must not match " + h.exampleNoMatch());
            assertEquals(null, hints.match(h.exampleMatch(), ""), "content token is never boilerplate");
        }));
    }

    /**
     * The fast token test in {@link ClassHints#match} gives what the hint patterns themselves say: the first hint
     * (file order) whose pattern matches a token, unless a content hint claims it. Checked on random tokens built
     * from the hints' example words and other parts joined by "-" and "_".
     */
    @Test
    void fastClassHintMatchingAgreesWithThePatterns() {
        ClassHints hints = ClassHints.load();
        List<String> parts = new java.util.ArrayList<>(List.of("a", "x", "main", "content", "no", "box", "list", "2",
                "wrap", "photo", "nav", "ad", "ads", "", "print", "only"));
        for (ClassHints.Hint h : hints.hints()) {
            parts.addAll(List.of(h.exampleMatch().toLowerCase(java.util.Locale.ROOT).split("[-_]")));
            parts.addAll(List.of(h.exampleNoMatch().toLowerCase(java.util.Locale.ROOT).split("[-_]")));
        }
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder token = new StringBuilder(parts.get(random.nextInt(parts.size())));
            for (int k = random.nextInt(4); k > 0; k--) {
                token.append(random.nextBoolean() ? '-' : '_').append(parts.get(random.nextInt(parts.size())));
            }
            String t = token.toString();
            if (t.isEmpty()) {
                continue;
            }
            ClassHints.Hint expected = null;
            if (hints.contentHints().stream().noneMatch(c -> c.matches(t))) {
                expected = hints.hints().stream().filter(h -> h.matches(t)).findFirst().orElse(null);
            }
            assertEquals(expected, hints.match(t, ""), t);
        }
    }

    @Test
    void aBrokenPatternInADataFileNamesTheFileAndTheRow() {
        DataFile f = new DataFile("author-words.tsv", java.util.List.of("id", "kind", "pattern"),
                java.util.List.of(java.util.List.of("author.stop.x", "stop", "(?:Redakteur")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.regex(f.rows().get(0), 2, 0));
        assertTrue(e.getMessage().startsWith("author-words.tsv: row author.stop.x: bad pattern: Unclosed group"), e.getMessage());
    }

    @Test
    void missingDataFileIsAHardError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BoilerplateRules.load("xx"));
        assertTrue(e.getMessage().contains("missing data file"), e.getMessage());
    }

    @Test
    void rulesIgnoreCaseUnderTurkishLocale() {
        BoilerplateRule themen = RULES.rules().stream().filter(r -> r.id().equals("de.topics.themen")).findFirst().orElseThrow();
        assertTrue(themen.matches("THEMEN"));
        BoilerplateRule ad = RULES.rules().stream().filter(r -> r.id().equals("en.ad.advertisement")).findFirst().orElseThrow();
        assertTrue(ad.matches("ADVERTISEMENT"));
        assertTrue(ad.matches("advertisement"));
    }
}
