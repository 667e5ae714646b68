package org.lagebild.entities.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Span;

class InlineCreditsTest {

    /** Every row of inline-credits.tsv finds the credit of its example and nothing in its non-example. */
    @Test
    void everyRowsExamplesHold() {
        InlineCredits c = InlineCredits.defaults();
        List<String[]> rows = Cues.rows("inline-credits.tsv", List.of("opener", "form", "example", "non_example"));
        assertTrue(rows.size() >= 5);
        for (String[] r : rows) {
            List<Span> found = c.find(r[2]);
            assertEquals(1, found.size(), r[0] + ": " + r[2]);
            String credit = r[2].substring(found.get(0).start(), found.get(0).end());
            if (r[1].equals("parenthesis")) {
                assertTrue(credit.startsWith("(") && credit.endsWith(")"), credit);
            } else {
                assertTrue(credit.contains("/") && credit.contains(" "), credit);
            }
            assertEquals(List.of(), c.find(r[3]), r[0] + ": " + r[3]);
        }
    }

    @Test
    void theCreditEndsAtItsParenthesisAndALongOneIsNoCredit() {
        String text = "Gunfire broke out. (AP Photo/John Minchillo) Police arrived (later).";
        List<Span> found = InlineCredits.defaults().find(text);
        assertEquals("(AP Photo/John Minchillo)", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(List.of(), InlineCredits.defaults().find("(Photo: " + "x".repeat(200) + ")"));
    }

    /** A gallery caption's credit without parentheses: the outlet, a slash and the photographer (cincinnati.com). */
    @Test
    void aGalleryCreditNamesThePhotographer() {
        String text = "The Enquirer/Cara Owsley The Enquirer/Cara Owsley 4 of 15 CLOSE Skip in Skip x Embed x Share";
        List<Span> found = InlineCredits.defaults().find(text);
        assertEquals(List.of("The Enquirer/Cara Owsley", "The Enquirer/Cara Owsley"),
                found.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }
}
