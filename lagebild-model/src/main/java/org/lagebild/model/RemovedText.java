package org.lagebild.model;

import java.util.Objects;

/**
 * A piece of the input that extraction removed as boilerplate, with the reason and the rule that
 * decided it. {@code position} is the offset in the decoded input (or -1 when unknown).
 */
public record RemovedText(String text, String reason, String rule, int position) {
    public RemovedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
    }
}
