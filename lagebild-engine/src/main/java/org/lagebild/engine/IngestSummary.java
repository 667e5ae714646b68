package org.lagebild.engine;

import java.util.List;
import org.lagebild.ingest.InputProblem;

/**
 * What an ingest run did. {@code failures} name each failed input or record with the reason;
 * {@code notices} are remarks that lost nothing (for example a charset guess).
 */
public record IngestSummary(long records, long ingested, long newVersions, long unchanged, long duplicates,
                            long skipped, List<InputProblem> failures, List<InputProblem> notices, long millis) {

    public IngestSummary {
        failures = List.copyOf(failures);
        notices = List.copyOf(notices);
    }

    public long failed() {
        return failures.size();
    }

    public double articlesPerSecond() {
        return millis <= 0 ? records : records * 1000.0 / millis;
    }
}
