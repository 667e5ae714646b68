package org.lagebild.store;

import org.lagebild.model.PublicationDate;

/** A listing row for one stored article version; {@code chars} is the length of its clean text. */
public record ArticleSummary(String id, String title, String publisher, PublicationDate published, String language,
                             String input, String url, int version, int chars) {
}
