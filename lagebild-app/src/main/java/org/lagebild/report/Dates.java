package org.lagebild.report;

import org.lagebild.model.PublicationDate;

/** How reports show a publication date: stated dates plainly, inferred ones as inferred windows. */
public final class Dates {
    private Dates() {
    }

    public static String show(PublicationDate p) {
        if (p == null || !p.isKnown()) {
            return "date unknown";
        }
        if (p.isInferred()) {
            String window = p.earliest() != null && p.latest() != null && !p.earliest().equals(p.latest())
                    ? p.earliest() + " – " + p.latest() : String.valueOf(p.date());
            return "inferred " + window;
        }
        return p.date().toString();
    }
}
