package org.lagebild.store;

import java.util.List;

/** The outcomes of one {@link Store#put} batch, in the order of the input documents. */
public record BatchResult(List<PutResult> results) {
    public BatchResult {
        results = List.copyOf(results);
    }

    /** How many documents of the batch had this outcome. */
    public long count(Outcome o) {
        return results.stream().filter(r -> r.outcome() == o).count();
    }
}
