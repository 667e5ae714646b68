package org.lagebild.stories.facts;

import java.util.List;
import java.util.Objects;

/**
 * A warning about how a fact is supported: {@code rule} is the id of the rule in source-notes.tsv
 * ("single-anonymous", "tabloid", "single-source", "unattributed"), {@code severity} "warning" or "info",
 * {@code message} the worded note, {@code fact} the fact id and {@code evidence} the claims it is about.
 */
public record SourceNote(String rule, String severity, String fact, String message, List<Evidence> evidence) {
    public SourceNote {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(message, "message");
        evidence = List.copyOf(evidence);
    }
}
