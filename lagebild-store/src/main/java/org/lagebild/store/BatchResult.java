package org.lagebild.store;

import java.util.List;

/**
 * The outcomes of one {@link Store#put} batch, in the order of the input documents, and, when the
 * batch was stored but the search index could not be updated (a full disk, a damaged index), why: the
 * articles are stored all the same and the index catches up on a later put, open or reindex.
 */
public record BatchResult(List<PutResult> results, String indexProblem) {
    public BatchResult {
        results = List.copyOf(results);
    }

    public BatchResult(List<PutResult> results) {
        this(results, null);
    }

    /** How many documents of the batch had this outcome. */
    public long count(Outcome o) {
        return results.stream().filter(r -> r.outcome() == o).count();
    }
}
