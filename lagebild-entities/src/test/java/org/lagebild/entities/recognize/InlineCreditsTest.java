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
        List<String[]> rows = Cues.rows("inline-credits.tsv", List.of("opener", "example", "non_example"));
        assertTrue(rows.size() >= 5);
        for (String[] r : rows) {
            List<Span> found = c.find(r[1]);
            assertEquals(1, found.size(), r[0] + ": " + r[1]);
            String credit = r[1].substring(found.get(0).start(), found.get(0).end());
            assertTrue(credit.startsWith("(") && credit.endsWith(")"), credit);
            assertEquals(List.of(), c.find(r[2]), r[0] + ": " + r[2]);
        }
    }

    @Test
    void theCreditEndsAtItsParenthesisAndALongOneIsNoCredit() {
        String text = "Gunfire broke out. (AP Photo/John Minchillo) Police arrived (later).";
        List<Span> found = InlineCredits.defaults().find(text);
        assertEquals("(AP Photo/John Minchillo)", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(List.of(), InlineCredits.defaults().find("(Photo: " + "x".repeat(200) + ")"));
    }
}
