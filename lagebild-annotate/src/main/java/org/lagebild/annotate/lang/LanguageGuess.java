package org.lagebild.annotate.lang;

import java.util.Objects;

/**
 * The result of language identification: an ISO 639-1 code ("und" when undetermined) and a
 * confidence in {@code [0, 1]}.
 */
public record LanguageGuess(String language, double confidence) {
    /** The undetermined language with zero confidence. */
    public static final LanguageGuess UNDETERMINED = new LanguageGuess("und", 0.0);

    public LanguageGuess {
        Objects.requireNonNull(language, "language");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence);
        }
    }
}
