package org.lagebild.annotate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Explicit inputs of a pipeline run. {@code today} is the reference time used when an article has
 * no publication date of its own: stages never read the clock.
 */
public record AnnotationContext(LocalDate today) {
    public AnnotationContext {
        Objects.requireNonNull(today, "today");
    }
}
