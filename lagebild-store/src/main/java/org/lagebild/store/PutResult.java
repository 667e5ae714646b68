package org.lagebild.store;

import java.util.Objects;

/**
 * The outcome for one document of a {@link Store#put} batch.
 *
 * @param input       the document's input (path or URL)
 * @param id          the id it is stored under (for a new version of a given id, the derived id)
 * @param duplicateOf for {@link Outcome#DUPLICATE}: the id of the stored article with the same content; else null
 */
public record PutResult(String input, String id, Outcome outcome, String duplicateOf) {
    public PutResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
    }
}
