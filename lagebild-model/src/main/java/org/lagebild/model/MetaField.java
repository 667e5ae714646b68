package org.lagebild.model;

import java.util.Objects;

/** One metadata value of an article and the place it came from ("jsonld:datePublished", "credit-line"). */
public record MetaField(String name, String value, String origin) {
    public MetaField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }
}
