package org.lagebild.stories.facts;

import java.util.List;
import java.util.Objects;
import org.lagebild.model.Modality;

/**
 * One step of a fact's status history: the modality the sources gave the proposition from {@code from} on
 * (when the first of them said it: a stated time such as "Ende April", else the publication window; null
 * when unknown), with the evidence that stated it in this step, in the order stated.
 */
public record StatusStep(Modality modality, EventTime from, List<Evidence> evidence) {
    public StatusStep {
        Objects.requireNonNull(modality, "modality");
        evidence = List.copyOf(evidence);
    }
}
