package org.lagebild.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralPrefixesTest {
    @Test
    void eachAlternativeGivesItsLeadingLiteral() {
        assertEquals(List.of("Ukraine-Krieg", "Krieg ", "Invasion "),
                LiteralPrefixes.prefixes("Ukraine-Krieg|Krieg (?:gegen|in) (?:die|der) Ukraine|Invasion (?:Russlands )?in"));
        assertEquals(List.of("nordkoreanische", "Nordkorea", "Pjöngjang"),
                LiteralPrefixes.prefixes("(?:nordkoreanische|Nordkorea|Pjöngjang).{0,80}?nach Russland"));
        assertEquals(List.of("ukrainische", "Kursk-Offensive"), LiteralPrefixes.prefixes("ukrainische[n]? (?:Offensive)|Kursk-Offensive"));
        assertEquals(List.of("Arbeiterpartei"), LiteralPrefixes.prefixes("Arbeiterpartei(?: Nordkoreas| Koreas)?"));
        assertEquals(List.of("Ab"), LiteralPrefixes.prefixes("Abc?d"));
    }

    @Test
    void alternativesWithoutALeadingLiteralGiveNoFilter() {
        for (String r : List.of("a|[bc]d", "(?<!x)abc", "(?:ab)?c", "\\d+ Jahre", "^abc", ".abc", "a?bc", "ab|(?i)cd", "[]a]bc|x")) {
            assertNull(LiteralPrefixes.prefixes(r), r);
            assertTrue(LiteralPrefixes.of(r).mayMatch(LiteralPrefixes.fold("nothing here")), r);
        }
    }

    @Test
    void everyEventPatternIsFiltered() {
        for (Tsv.Row r : Tsv.load(org.lagebild.time.pubdate.PublicationDateResolver.class, "events.tsv").require("pattern").rows()) {
            assertTrue(LiteralPrefixes.of(r.get("pattern")).filters(), r.get("pattern"));
        }
    }

    @Test
    void theFilterNeverRulesOutAMatch() {
        // texts made of the patterns' own pieces in random case, with look-alike letters: whenever find() succeeds,
        // mayMatch must say so
        List<String> pieces = List.of("Ukraine", "-Krieg", "krieg ", "gegen ", "die ", "Invasion ", "ÜBERFALL ", "auf ",
                "nordkoreanische ", "Soldaten ", "nach Russland", "İnvasion ", "ıNVASION ", "Corona-Pandemie", "x ", "ß");
        Random random = new Random(17);
        int matched = 0;
        for (Tsv.Row r : Tsv.load(org.lagebild.time.pubdate.PublicationDateResolver.class, "events.tsv").require("pattern").rows()) {
            Pattern p = Pattern.compile(r.get("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            LiteralPrefixes f = LiteralPrefixes.of(r.get("pattern"));
            for (int i = 0; i < 20000; i++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(8); k >= 0; k--) {
                    String s = pieces.get(random.nextInt(pieces.size()));
                    b.append(random.nextBoolean() ? s : random.nextBoolean() ? s.toUpperCase(java.util.Locale.ROOT) : s.toLowerCase(java.util.Locale.ROOT));
                }
                String text = b.toString();
                boolean found = p.matcher(text).find();
                if (found) {
                    matched++;
                    assertTrue(f.mayMatch(LiteralPrefixes.fold(text)), r.get("pattern") + " / " + text);
                }
            }
        }
        assertTrue(matched > 100, "matches tried: " + matched);
        assertFalse(LiteralPrefixes.of("Ukraine-Krieg|Angriffskrieg").mayMatch(LiteralPrefixes.fold("Ein Krieg in der Ukraine")));
        assertTrue(LiteralPrefixes.of("Ukraine-Krieg|Angriffskrieg").mayMatch(LiteralPrefixes.fold("der ANGRIFFSKRIEG")));
    }
}
