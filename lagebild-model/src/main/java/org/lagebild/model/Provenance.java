package org.lagebild.model;

import java.util.Objects;

/**
 * Where an annotation or extracted item came from: the stage that made it, the rule inside that
 * stage, and the index of the sentence it was found in ({@code -1} when it is not tied to one).
 */
public record Provenance(String stage, String rule, int sentence) {

    public Provenance {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(rule, "rule");
        if (sentence < -1) {
            throw new IllegalArgumentException("sentence index " + sentence);
        }
    }

    public static Provenance of(String stage, String rule) {
        return new Provenance(stage, rule, -1);
    }

    public Provenance inSentence(int index) {
        return new Provenance(stage, rule, index);
    }
}
