package org.lagebild.claims;

/**
 * Whether a source or speaker phrase names someone, for views that print it: "Bortnikow" and "der
 * ukrainische Geheimdienst" do; "er", "Seiner Ansicht", "Man" or "Ziel des Präsidenten" do not
 * ({@code source-referents.tsv}). Stateless and thread-safe.
 */
public final class SourceNames {
    private SourceNames() {
    }

    /** Whether {@code text} names someone (or describes them), rather than pointing at someone named elsewhere. */
    public static boolean names(String text) {
        return text != null && SourceReferents.load().of(text) == SourceReferents.Referent.NAME;
    }
}
