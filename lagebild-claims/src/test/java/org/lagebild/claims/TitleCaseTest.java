package org.lagebild.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every example of title-case.tsv is read as its kind says; names alone do not make Title Case. */
class TitleCaseTest {

    private static boolean titleCase(String s) {
        return TitleCase.load().is(Words.of(s, 0, s.length()), i -> false);
    }

    @Test
    void everyExampleIsReadAsItsRowSays() {
        List<String> failures = new ArrayList<>();
        for (TitleCase.Example ex : TitleCase.load().examples) {
            boolean expected = ex.kind().equals("small");
            if (titleCase(ex.sentence()) != expected) {
                failures.add(ex.kind() + " '" + ex.word() + "': " + ex.sentence());
            }
            if (expected && !ex.sentence().contains(" " + ex.word() + " ")) {
                failures.add("the example does not use the word in lower case: " + ex.word());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aRunOfNamesIsNoTitleCase() {
        String s = "Barack Obama Meets Angela Merkel";
        Words w = Words.of(s, 0, s.length());
        assertTrue(TitleCase.load().is(w, i -> false));
        // the entity stage found both names: only "Meets" is left, too few
        assertFalse(TitleCase.load().is(w, i -> i != 2));
        assertFalse(titleCase("Shots"));
        assertFalse(titleCase("4 dead, 2 injured in a shooting at Northern Calif. tribal meeting"));
    }

    @Test
    void aCaptionTranscriptInCapitalsGivesNoClaims() {
        String t = "WE HAD FOUR POLICE OFFICERS INTHE PARKING LOT. THE INITIAL REPORTS WERE THEREWERE SIX TO 10 PEOPLE SHOT.";
        assertTrue(TitleCase.allCapitals(Words.of(t, 0, t.length())));
        String h = "TWO ARRESTED AFTER FALSE LEAD IN DOWNTOWN SHOOTING";
        assertFalse(TitleCase.allCapitals(Words.of(h, 0, h.length())), "a headline in capitals is short");
        String n = "Police said the initial reports were that six to 10 people had been shot near the club.";
        assertFalse(TitleCase.allCapitals(Words.of(n, 0, n.length())));
        String doc = "Police responded to a shooting near the club on Sunday night. THE INITIAL REPORTS WERE THEREWERE SIX TO "
                + "10 PEOPLE SHOT, THE RECORDS WE RECEIVED SAID, AND FOUR OFFICERS WERE INTHE PARKING LOT AT THE TIME.";
        java.util.List<org.lagebild.model.Claim> cs = Seeds.text(doc, Seeds.full()).claims();
        assertTrue(cs.stream().noneMatch(c -> c.sentence() == 1), () -> cs.toString());
    }
}
