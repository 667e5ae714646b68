package org.lagebild.entities.recognize;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lagebild.entities.kb.KnowledgeBaseException;

/**
 * Terms of office of the people whose title forms stand alone for them ({@code office-terms.tsv}): a bare title
 * ("der Bundeskanzler", "US-Außenminister") is linked to the knowledge base's holder only when the article's time lies
 * in one of the holder's terms and the outlet is not of a country whose own office the title names. Immutable.
 */
public final class OfficeTerms {

    /** One term of one holder, with the example dates the tests check. */
    public record Term(String id, LocalDate from, LocalDate to, Set<String> otherCountries, Set<String> languages,
                       LocalDate exampleIn, LocalDate exampleOut, int line) {
        /** True if that day lies in the term ({@code to} is the first day out of office). */
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || day.isBefore(to));
        }
    }

    private static volatile OfficeTerms bundled;
    private final Map<String, List<Term>> byId;
    private final Set<String> languages;

    private OfficeTerms(Map<String, List<Term>> byId, Set<String> languages) {
        this.byId = byId;
        this.languages = languages;
    }

    /** The bundled terms. */
    public static OfficeTerms load() {
        OfficeTerms o = bundled;
        if (o == null) {
            Map<String, List<Term>> m = new HashMap<>();
            java.util.HashSet<String> langs = new java.util.HashSet<>();
            for (String[] r : Cues.rows("office-terms.tsv",
                    List.of("id", "from", "to", "other_countries", "languages", "example_in", "example_out"))) {
                int no = Integer.parseInt(r[r.length - 1]);
                try {
                    Term t = new Term(r[0].strip(), LocalDate.parse(r[1].strip()),
                            r[2].isBlank() ? null : LocalDate.parse(r[2].strip()), set(r[3]), set(r[4]),
                            LocalDate.parse(r[5].strip()), LocalDate.parse(r[6].strip()), no);
                    m.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(t);
                    langs.addAll(t.languages());
                } catch (DateTimeParseException e) {
                    throw new KnowledgeBaseException("office-terms.tsv", no, "malformed date: " + e.getParsedString());
                }
            }
            Map<String, List<Term>> frozen = new HashMap<>();
            m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            o = new OfficeTerms(Map.copyOf(frozen), Set.copyOf(langs));
            bundled = o;
        }
        return o;
    }

    private static Set<String> set(String cell) {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String x : cell.split("\\|")) {
            if (!x.isBlank()) {
                s.add(x.strip().toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(s);
    }

    /** All terms, in no particular order. */
    public List<Term> all() {
        List<Term> out = new ArrayList<>();
        byId.values().forEach(out::addAll);
        return out;
    }

    /** True if bare titles are checked against terms in that language. */
    public boolean checks(String language) {
        return languages.contains(language);
    }

    /**
     * True if a bare title of holder {@code id} in an article of that language, time ({@code day}) and outlet country
     * (ISO code, lower case, or "" when unknown) may be linked to the holder: a term covers the day and the outlet is
     * not of a country the title names another office of. False for a holder without terms.
     */
    public boolean holds(String id, String language, LocalDate day, String outletCountry) {
        for (Term t : byId.getOrDefault(id, List.of())) {
            if (t.languages().contains(language) && t.covers(day) && !t.otherCountries().contains(outletCountry)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country of an outlet by the country-code top-level domain of its host ("derstandard.at" → "at"), or "" for
     * a generic domain or none. {@code hostOrName} may be a host, an address or an outlet's name.
     */
    public static String outletCountry(String hostOrName) {
        if (hostOrName == null || hostOrName.isBlank()) {
            return "";
        }
        String h = hostOrName.strip().toLowerCase(Locale.ROOT);
        int scheme = h.indexOf("://");
        if (scheme >= 0) {
            h = h.substring(scheme + 3);
        }
        int slash = h.indexOf('/');
        if (slash >= 0) {
            h = h.substring(0, slash);
        }
        int colon = h.indexOf(':');
        if (colon >= 0) {
            h = h.substring(0, colon);
        }
        if (h.indexOf(' ') >= 0 || h.indexOf('.') < 0) {
            return "";
        }
        String tld = h.substring(h.lastIndexOf('.') + 1);
        return tld.length() == 2 && tld.chars().allMatch(Character::isLetter) ? tld : "";
    }
}
