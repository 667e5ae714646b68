package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** antecedent-nouns.tsv and pronoun-verbs.tsv: every row's example reads as its row says. */
class AntecedentNounsExamplesTest {
    @Test
    void everyNounExampleReadsAsItsRowSays() {
        List<String> failures = new ArrayList<>();
        for (Map<String, String> r : Tsv.read("antecedent-nouns.tsv", "form", "example", "reads", "lang")) {
            String ex = r.get("example");
            boolean english = "en".equals(r.get("lang"));
            AntecedentNouns.Reading got = AntecedentNouns.load().read(ex, english);
            if (got == null || !got.toString().equals(r.get("reads"))) {
                failures.add(r.get("form") + ": '" + r.get("example") + "' -> " + got + ", expected " + r.get("reads"));
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void everyVerbExampleReadsAsItsRowSays() {
        List<String> failures = new ArrayList<>();
        for (Map<String, String> r : Tsv.read("pronoun-verbs.tsv", "form", "example", "reads")) {
            String ex = r.get("example");
            int at = (" " + ex + " ").indexOf(" sie ");
            if (at < 0) {
                failures.add(r.get("form") + ": no 'sie' in '" + ex + "'");
                continue;
            }
            String got = VerbNumber.load().of(ex, at, at + 3).name().toLowerCase(java.util.Locale.ROOT);
            if (!got.equals(r.get("reads"))) {
                failures.add(r.get("form") + ": '" + ex + "' -> " + got + ", expected " + r.get("reads"));
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void aWordThatIsNoNounOfTheTableReadsAsNothing() {
        AntecedentNouns nouns = AntecedentNouns.load();
        assertTrue(nouns.noun("Ministerium", false) != null && !nouns.noun("Ministerium", false).person(),
                "Ministerium is no Minister");
        assertTrue(nouns.noun("bundespräsident", true) == null, "a lower-case word is a noun only as itself (English)");
        assertTrue(nouns.noun("man", false) == null, "German 'man' is no man");
        assertTrue(nouns.noun("man", true) != null);
        assertTrue(nouns.read("am Montag", false) == null);
        assertTrue(nouns.noun("Forscherteam", false) == null, "a compound is read by its last part");
    }
}
