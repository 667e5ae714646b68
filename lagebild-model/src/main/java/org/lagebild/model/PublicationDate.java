package org.lagebild.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article's publication date with its provenance. {@code date} is the best single day (may be
 * null when unknown); {@code earliest}/{@code latest} bound the window it lies in (equal to
 * {@code date} for stated dates). {@code origin} names the field or rule it came from.
 */
public record PublicationDate(LocalDate date, LocalDate earliest, LocalDate latest, DateSource source,
                              String origin, double confidence, String explanation) {

    public static final PublicationDate UNKNOWN =
            new PublicationDate(null, null, null, DateSource.UNKNOWN, "none", 0.0, "no date found");

    public PublicationDate {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        explanation = explanation == null ? "" : explanation;
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("window ends before it starts: " + earliest + ".." + latest);
        }
    }

    /** A stated date: a one-day window with full confidence. */
    public static PublicationDate stated(LocalDate date, DateSource source, String origin) {
        return new PublicationDate(date, date, date, source, origin, 1.0, "stated");
    }

    public boolean isKnown() {
        return date != null;
    }

    public boolean isInferred() {
        return source == DateSource.INFERRED;
    }
}
