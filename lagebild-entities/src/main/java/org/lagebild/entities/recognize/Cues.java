package org.lagebild.entities.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lagebild.entities.kb.KnowledgeBaseException;
import org.lagebild.entities.link.NameKeys;

/**
 * Cue words for recognition (from {@code cues.tsv}), first names ({@code firstnames.tsv}) and surnames ({@code surnames.tsv}),
 * held as folded forms. A missing or malformed file is a hard error. Immutable and thread-safe.
 */
public final class Cues {

    /** What a cue word signals. */
    public enum Kind {
        LOC_BEFORE, GOV_BEFORE, AGENT_VERB, SKIP, PERSON_TITLE, ORG_SUFFIX, NOT_NAME,
        /** A capitalised word that ends the name of a place or institution ("Floyd County", "Lee College"): no surname. */
        NAME_END,
        /**
         * English: a capitalised word that ends a place's name and may also be a surname ("Park"): a person's name right
         * before it, or before a short capitalised run ending in it ("Martin Luther King Park"), is part of the place's
         * name; alone it is no surname cue (not {@link #NAME_END}: "Park Geun-hye").
         */
        PLACE_END,
        /**
         * An ending of the German genitive of a name ("Elon Musks Griff", "Chef Grahams"): a name so ending is the name
         * without it when the article names that one too.
         */
        GENITIVE_ENDING,
        /**
         * A particle that opens a surname of several words ("Van der Bellen", "von der Leyen", "de Maizière"): written
         * capitalised after another name, it starts a new name ("forderte Kickl Van der Bellen auf").
         */
        NAME_PARTICLE,
        /** A particle inside such a surname, after the first ("der" in "Van der Bellen", "la" in "De la Cruz"). */
        NAME_PARTICLE_INNER,
        /**
         * German: a determiner or quantifier capitalised only because it opens the sentence ("Allen Unkenrufen zum
         * Trotz", "Vielen Dank"): no first word of a name the tagger found there ("Woody Allen" keeps its name).
         */
        SENTENCE_DETERMINER,
        /**
         * German: the stem of a word of a former holder before a title ("der frühere UN-Generalsekretär", "des
         * damaligen Kanzlers"): any word starting with it; the title is someone else's than today's holder.
         */
        FORMER_WORD,
        /** German: a prefix of a former holder's title, before a hyphen and written capitalised ("Ex-Kanzler", "Alt-Bürgermeister"). */
        FORMER_PREFIX,
        /**
         * German: a conjunction joining a title to another title of the person named after both ("den
         * Revolutionsführer und Ex-Machthaber Fidel Castro"); a comma does the same.
         */
        TITLE_JOINER,
        /**
         * German: a noun of a kind of place ("des Dorfes Beit Anon", "die Stadt Awdijiwka", "im Ort Kramatorsk"): a name
         * the statistical tagger reads as a person right after it is the place it names.
         */
        PLACE_NOUN
    }

    private final Map<Kind, Set<String>> words;
    private final Set<String> firstNames;
    private final Set<String> firstNamesAsWritten;
    private final Set<String> surnames;

    private Cues(Map<Kind, Set<String>> words, Set<String> firstNames, Set<String> firstNamesAsWritten, Set<String> surnames) {
        this.words = words;
        this.firstNames = firstNames;
        this.firstNamesAsWritten = firstNamesAsWritten;
        this.surnames = surnames;
    }

    /** The bundled cue lists. */
    public static Cues load() {
        Map<Kind, Set<String>> w = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            w.put(k, new HashSet<>());
        }
        for (String[] row : rows("cues.tsv", List.of("word", "kind", "lang"))) {
            Kind k;
            try {
                k = Kind.valueOf(row[1]);
            } catch (IllegalArgumentException e) {
                throw new KnowledgeBaseException("cues.tsv", Integer.parseInt(row[row.length - 1]), "unknown kind " + row[1]);
            }
            w.get(k).add(NameKeys.fold(row[0]));
        }
        Set<String> first = new HashSet<>();
        Set<String> written = new HashSet<>();
        for (String[] row : rows("firstnames.tsv", List.of("name", "origin"))) {
            if (row[1].equals("as-written")) {
                // a first name only with its accent ("Ángel"): folded it is a word ("Angel", fishing rod) or
                // another language's name, which the plain list leaves out
                written.add(row[0].toLowerCase(java.util.Locale.ROOT));
            } else {
                first.add(NameKeys.fold(row[0]));
            }
        }
        Set<String> last = new HashSet<>();
        for (String[] row : rows("surnames.tsv", List.of("name", "origin"))) {
            last.add(NameKeys.fold(row[0]));
        }
        Map<Kind, Set<String>> frozen = new EnumMap<>(Kind.class);
        w.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new Cues(frozen, Set.copyOf(first), Set.copyOf(written), Set.copyOf(last));
    }

    /**
     * The country ids of {@code transliterated-countries.tsv}: people of these countries reach German and English
     * text through transliteration, so their surnames are matched across spellings.
     */
    public static Set<String> transliteratedCountries() {
        Set<String> out = new HashSet<>();
        for (String[] row : rows("transliterated-countries.tsv", List.of("country", "name"))) {
            out.add(row[0].trim());
        }
        return Set.copyOf(out);
    }

    /** Reads a TSV resource beside this class: '#' comments, then a header; each row ends with its line number. */
    static List<String[]> rows(String name, List<String> header) {
        InputStream in = Cues.class.getResourceAsStream(name);
        if (in == null) {
            throw new KnowledgeBaseException(name, 0, "data file missing from the classpath");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            boolean headerSeen = false;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!headerSeen) {
                    if (!List.of(f).equals(header)) {
                        throw new KnowledgeBaseException(name, no, "header must be " + String.join(",", header));
                    }
                    headerSeen = true;
                    continue;
                }
                if (f.length != header.size() || f[0].isBlank()) {
                    throw new KnowledgeBaseException(name, no, "expected " + header.size() + " columns");
                }
                String[] g = java.util.Arrays.copyOf(f, f.length + 1);
                g[f.length] = Integer.toString(no);
                out.add(g);
            }
        } catch (IOException e) {
            throw new KnowledgeBaseException(name, "cannot read", e);
        }
        return out;
    }

    /** The cue words of that kind (folded). */
    public Set<String> all(Kind kind) {
        return words.get(kind);
    }

    /** True if the folded word is a cue of that kind. */
    public boolean is(Kind kind, String folded) {
        return words.get(kind).contains(folded);
    }

    /** True if the folded word starts with a cue of that kind (the stems of {@link Kind#FORMER_WORD}). */
    public boolean startsWithCue(Kind kind, String folded) {
        for (String w : words.get(kind)) {
            if (folded.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** True if the folded word is a known surname (a tagger feature; too ambiguous for rules). */
    public boolean surname(String folded) {
        return surnames.contains(folded);
    }

    /** True if the word as written (not folded) is a first name known only with its accent ("Ángel", "João"). */
    public boolean firstNameAsWritten(String surface) {
        return firstNamesAsWritten.contains(surface.toLowerCase(java.util.Locale.ROOT));
    }

    /** True if the folded word is a known first name. */
    public boolean firstName(String folded) {
        // "Judge", "Major" are given names too, but before a name they are its title ("District Judge Joel Tingey")
        return firstNames.contains(folded) && !is(Kind.PERSON_TITLE, folded);
    }
}
