package org.lagebild.entities.kb;

import java.util.List;
import java.util.Objects;
import org.lagebild.model.EntityType;

/**
 * One knowledge-base entry: a person, organisation, place or country with its names in German and
 * English, aliases (spelling variants and transliterations), derived forms (adjectives and demonyms
 * such as "nordkoreanisch", "Nordkoreaner"), person-specific title forms ("Kremlchef"), and links.
 * Immutable.
 *
 * @param id        stable id ({@code lb:<kind>:<slug>})
 * @param wikidata  Wikidata id ("Q423") or "" when not known confidently
 * @param role      for people, their role ("Sekretär des russischen Sicherheitsrats"); else ""
 * @param country   id of the country (or organisation) the entity belongs to, or ""
 * @param metonymOf id of the entity this one stands for as a political actor (a capital or seat of
 *                  power stands for its country's government), or ""
 * @param source    "file:line" the entry was read from
 */
public record Entity(String id, EntityType type, String nameDe, String nameEn, List<String> aliases,
                     List<String> derived, List<String> titles, String wikidata, String role,
                     String country, String metonymOf, String source) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        nameDe = nameDe == null ? "" : nameDe;
        nameEn = nameEn == null ? "" : nameEn;
        aliases = List.copyOf(aliases);
        derived = List.copyOf(derived);
        titles = List.copyOf(titles);
        wikidata = wikidata == null ? "" : wikidata;
        role = role == null ? "" : role;
        country = country == null ? "" : country;
        metonymOf = metonymOf == null ? "" : metonymOf;
        source = source == null ? "" : source;
    }

    /** The canonical name in that language ("de" or "en"), falling back to the other one. */
    public String name(String language) {
        if ("en".equals(language)) {
            return nameEn.isEmpty() ? nameDe : nameEn;
        }
        return nameDe.isEmpty() ? nameEn : nameDe;
    }

    /** All names an entity is called by: both canonical names and the aliases, without repeats. */
    public List<String> names() {
        java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>();
        if (!nameDe.isEmpty()) {
            s.add(nameDe);
        }
        if (!nameEn.isEmpty()) {
            s.add(nameEn);
        }
        s.addAll(aliases);
        return List.copyOf(s);
    }
}
