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
            } else if (r[1].equals("label-first")) {
                assertTrue(credit.startsWith(r[0]) && credit.contains(" "), credit);
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

    /**
     * A gallery's credit line with its label and no parentheses names the photographer, not the subject of the
     * caption's shooting (GVA: "Photo: Ken Branca SAPD: Teen shot …" gave a claim "shoot" with the agent Ken Branca;
     * "Photo: Michael Cummo / Hearst Connecticut Media …" "count: Michael Cummo 1").
     */
    @Test
    void aCreditLabelNamesThePhotographerAndTheOutlet() {
        String text = "Photo: Ken Branca SAPD: Teen shot in the face near Churchill High School by unknown suspect 1 / 5 Back to Gallery";
        List<Span> found = InlineCredits.defaults().find(text);
        assertEquals(List.of("Photo: Ken Branca"), found.stream().map(s -> text.substring(s.start(), s.end())).toList());
        String cummo = "Photo: Michael Cummo / Hearst Connecticut Media Buy this photo Woman shot at Holly Pond is first gunshot victim";
        found = InlineCredits.defaults().find(cummo);
        assertEquals(List.of("Photo: Michael Cummo / Hearst Connecticut Media Buy"),
                found.stream().map(s -> cummo.substring(s.start(), s.end())).toList());
        String pounds = "Photo: Brian A. Pounds / Hearst Connecticut Media Buy this photo Image 2 of 5";
        assertEquals(1, InlineCredits.defaults().find(pounds).size());
    }
}
