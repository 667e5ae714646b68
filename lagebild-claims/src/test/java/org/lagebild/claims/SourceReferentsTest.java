package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.claims.SourceReferents.Referent;
import org.lagebild.model.Claim;
import org.lagebild.model.ClaimKind;
import org.lagebild.model.Source;

/** source-referents.tsv: every row's example, and pronouns and non-names through the whole extractor. */
class SourceReferentsTest {

    private static Source inner(String text) {
        List<Claim> cs = Seeds.text(text, Seeds.full()).claims();
        Claim c = cs.stream().filter(x -> x.kind() == ClaimKind.QUANTITY && !x.attribution().isEmpty()).findFirst()
                .orElseGet(() -> cs.stream().filter(x -> !x.attribution().isEmpty()).findFirst().orElseThrow(
                        () -> new AssertionError("no attributed claim in: " + text + " " + cs)));
        return c.attribution().get(c.attribution().size() - 1);
    }

    @Test
    void everyExampleGetsItsRowsKind() {
        SourceReferents refs = SourceReferents.load();
        List<String> failures = new ArrayList<>();
        for (Map<String, String> r : Tsv.read("source-referents.tsv", "word", "kind", "example")) {
            Referent expected = switch (r.get("kind")) {
                case "pronoun", "possessive", "view" -> Referent.PRONOUN;
                case "ambiguous", "ambiguous-possessive" -> Referent.AMBIGUOUS;
                case "own" -> Referent.OWN;
                default -> Referent.NOBODY;
            };
            Referent got = refs.of(r.get("example"));
            if (got != expected) {
                failures.add(r.get("word") + ": '" + r.get("example") + "' -> " + got + ", expected " + expected);
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }

    @Test
    void namesAndDescriptionsStayNames() {
        SourceReferents refs = SourceReferents.load();
        assertEquals(Referent.NAME, refs.of("seine Managerin"), "a possessive before a person is someone else");
        assertEquals(Referent.NAME, refs.of("Die Wirtschaftsexperten"));
        assertEquals(Referent.NAME, refs.of("der oppositionsnahen Syrischen Beobachtungsstelle"));
        assertEquals(Referent.NAME, refs.of("Auch China"));
        assertEquals(Referent.AMBIGUOUS, refs.of("ihrer Meinung"), "her or their view: no one safe to name");
    }

    @Test
    void aPronounWithoutAntecedentIsUnresolvedNotAName() {
        Source s = inner("Am Abend war es ruhig. Er sagte, 20 Menschen seien verletzt worden.");
        assertEquals("Er", s.text(), "the span stays as written");
        assertNull(s.entityId());
        assertEquals("unresolved", s.role());
    }

    @Test
    void aPronounTakesThePersonNamedAsSourceBefore() {
        Source s = inner("Das sagte Wladimir Putin am Montag in Moskau. Am Abend war es ruhig. "
                + "Er sagte, 20 Menschen seien verletzt worden.");
        assertEquals("Er", s.text());
        assertEquals("Wladimir Putin", s.name());
    }

    @Test
    void wordsThatNameNoOneAreUnresolved() {
        assertEquals("unresolved", inner("Laut früheren Ankündigungen sollen 300 Soldaten kommen.").role());
        assertEquals("unresolved", inner("Seiner Meinung nach seien 20 Menschen verletzt worden.").role());
        assertEquals("unresolved", inner("Ihrer Meinung nach seien 20 Menschen verletzt worden.").role());
        Source own = inner("Das Welternährungsprogramm versorgt nach eigenen Angaben 1,8 Millionen Flüchtlinge in Syrien.");
        assertEquals("eigenen Angaben", own.text());
        assertEquals("Welternährungsprogramm", own.name(), own::toString);
    }

    @Test
    void aPronounTakesTheSpeakerNotTheLastPersonMentioned() {
        List<Claim> cs = Seeds.text("Die Verdächtigen hätten Anschläge geplant, sagte Wladimir Putin. Die Gruppe habe "
                + "Olaf Scholz beobachtet, weshalb seinen Angaben nach 20 Menschen festgenommen worden seien.", Seeds.full()).claims();
        Source s = cs.stream().filter(c -> c.kind() == ClaimKind.QUANTITY).map(c -> c.attribution().get(c.attribution().size() - 1))
                .findFirst().orElseThrow(() -> new AssertionError(cs.toString()));
        assertEquals("seinen Angaben", s.text());
        assertEquals("Wladimir Putin", s.name(), s::toString);
    }

    @Test
    void anyTextGetsAReferent() {
        SourceReferents refs = SourceReferents.load();
        java.util.Random r = new java.util.Random(6);
        String alphabet = "aeErsSiIn \u00e4\u00df-\"\u201e.,1";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            assertTrue(refs.of(b.toString()) != null, b::toString);
        }
        assertEquals(Referent.NAME, refs.of(""));
    }
}
