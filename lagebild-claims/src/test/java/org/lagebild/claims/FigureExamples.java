package org.lagebild.claims;

import java.util.List;
import java.util.function.Function;
import org.lagebild.model.Claim;
import org.lagebild.model.Document;

/**
 * Test helper for data rows whose example marks a figure with brackets ("One [killed], 15 injured"): runs the full
 * pipeline on the sentence and compares one property of the claim on that figure with the row's expectation.
 */
final class FigureExamples {
    private FigureExamples() {
    }

    /**
     * Checks one example; false when there is none ("-" or no bracket). A failure message is added when no claim lies on
     * the figure or {@code property} of that claim is not {@code expect}.
     */
    static boolean check(String sentence, String expect, Function<Claim, String> property, List<String> failures) {
        int open = sentence.indexOf('[');
        if (sentence.equals("-") || open < 0) {
            return false;
        }
        String text = sentence.replace("[", "").replace("]", "");
        Document d = Seeds.text(text, Seeds.full());
        Claim found = null;
        for (Claim c : d.claims()) {
            if (c.quantity() != null && c.quantity().span().start() <= open && open < c.quantity().span().end()) {
                found = c;
                break;
            }
        }
        if (found == null) {
            failures.add("no claim on the figure: " + sentence + " " + d.claims());
        } else if (!property.apply(found).equals(expect)) {
            failures.add(property.apply(found) + " instead of " + expect + ": " + sentence);
        }
        return true;
    }
}
