package org.lagebild.model;

import java.util.Objects;

/**
 * A direct („…“) or indirect (Konjunktiv I after a reporting verb) quote: its message span and
 * text, the speaker (null if unknown), the cue verb as written, and whether it is direct.
 */
public record Quote(Span span, String text, Argument speaker, String cue, boolean direct, Provenance provenance) {
    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
    }
}
