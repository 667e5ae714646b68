package org.lagebild.store;

import java.time.LocalDate;

/**
 * One search hit. {@code snippet} is plain text: the best sentence-like fragment (about 200 chars)
 * with matched terms marked «like this»; {@code source} is the publisher, {@code published} may be null.
 */
public record SearchHit(String id, String title, String source, LocalDate published, String language,
                        float score, String snippet) {
}
