package org.lagebild.claims;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gender a person's first name gives ({@code first-name-genders.tsv}): "Angela Merkel" a woman, "Olaf Scholz" a
 * man, "Andrea Nahles" unknown (the name is used for both). Immutable and thread-safe.
 */
final class FirstNames {
    private static final FirstNames INSTANCE = new FirstNames();
    private final Map<String, Character> genders = new HashMap<>();

    private FirstNames() {
        for (Map<String, String> r : Tsv.read("first-name-genders.tsv", "name", "gender", "example", "reads")) {
            String g = r.get("gender");
            String n = r.get("name");
            if (!Set.of("m", "f", "u").contains(g) || n.isEmpty() || !n.equals(n.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("first-name-genders.tsv:" + r.get("#line") + ": bad name or gender");
            }
            if (genders.put(n, g.charAt(0)) != null) {
                throw new IllegalStateException("first-name-genders.tsv:" + r.get("#line") + ": " + n + " twice");
            }
        }
    }

    static FirstNames load() {
        return INSTANCE;
    }

    /**
     * The gender of the person named {@code name} by its first word: 'f', 'm', or '?' when the name has a single word,
     * its first word is not listed or is used for both. A hyphenated first name ("Heinz-Christian") is read by its
     * parts: the parts listed must agree.
     */
    char gender(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return '?'; // "Merkel": a surname alone says nothing
        }
        Character whole = genders.get(words[0].toLowerCase(Locale.ROOT));
        if (whole != null) {
            return whole == 'u' ? '?' : whole;
        }
        char found = '?';
        for (String part : words[0].toLowerCase(Locale.ROOT).split("-")) {
            Character g = genders.get(part);
            if (g == null) {
                continue;
            }
            if (g == 'u' || found != '?' && found != g) {
                return '?';
            }
            found = g;
        }
        return found;
    }
}
