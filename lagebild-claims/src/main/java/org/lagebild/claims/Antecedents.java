package org.lagebild.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityType;

/**
 * What a pronoun of a document can point back to, in text order: named persons, described persons ("der Präsident",
 * "Frankreichs Außenminister", "eine Sprecherin des Finanzministeriums") and organisations ("die Polizei", a linked
 * organisation), each with its gender and number ({@code antecedent-nouns.tsv}). A description with a name after it
 * ("Außenministerin Annalena Baerbock", "Die Sprecherin des Außenministeriums, Maria Zakharova") is that person, and
 * gives her gender (a person named without a title takes the gender of their first name, {@code
 * first-name-genders.tsv}); a description without one is the person who last held that title in the article ("Präsident
 * Obama … der Präsident"), else the description itself. Immutable after construction; one per document.
 */
final class Antecedents {
    /**
     * A possible antecedent at {@code [start, end)}: the entity (null for a description no one was found for), the
     * name a reader is shown, gender (m, f, n, u; '?' for a named person of unknown gender), number, person or not.
     */
    record Candidate(int start, int end, String entityId, String name, char gender, boolean plural, boolean person) {
        /** Whether a pronoun that needs {@code agrees} ("m", "f", "sie-sg", "sie-pl", "f-or-pl") can point to it. */
        boolean agrees(String agrees) {
            return switch (agrees) {
                case "m" -> !plural && (gender == 'm' || person && (gender == '?' || gender == 'u'));
                case "f" -> !plural && person && (gender == 'f' || gender == '?' || gender == 'u');
                case "sie-sg" -> !plural && (person ? gender == 'f' : gender == 'f' || gender == '?');
                case "sie-pl" -> plural;
                case "f-or-pl" -> plural || (person ? gender == 'f' : gender == 'f' || gender == '?');
                default -> false;
            };
        }
    }

    /** A determiner opening a description (word-classes.tsv antecedent-determiner, or a possessive). */
    private static final java.util.Set<String> DETERMINERS = WordClasses.of("antecedent-determiner");
    private static final java.util.Set<String> POSSESSIVE_STEMS = WordClasses.of("possessive-stem");
    private static final java.util.Set<String> POSSESSIVE_ENDINGS = WordClasses.of("possessive-ending");
    /** The articles a reading allows, by gender and number ("das Aktivisten" is no article of "Aktivisten"). */
    private static final Map<String, java.util.Set<String>> ALLOWED = Map.of(
            "m", WordClasses.of("article-m"), "f", WordClasses.of("article-f"), "n", WordClasses.of("article-n"),
            "u", WordClasses.of("article-u"), "pl", WordClasses.of("article-pl"));

    /** True if the lower-case word is a possessive determiner: a stem and an ending or none ("meinen", "ihr"). */
    static boolean possessive(String lower) {
        for (String stem : POSSESSIVE_STEMS) {
            if (lower.startsWith(stem)) {
                String rest = lower.substring(stem.length());
                if (rest.isEmpty() || POSSESSIVE_ENDINGS.contains(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What may stand between a description and the name after it: a space, a genitive and a comma ("Die Sprecherin
     * des Außenministeriums, Maria Zakharova"), or a place ("Der russische Botschafter in den USA Anatoli Antonow").
     */
    private static final Pattern TO_NAME = Pattern.compile(
            "(?:(?:\\s+(?:des|der|of the)\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Lu}[\\p{L}-]*)?,\\s+"
            + "|(?:\\s+(?:in|bei|aus)\\s+(?:(?:der|den|dem)\\s+)?\\p{Lu}[\\p{L}-]*)?\\s+)");
    /** A declined adjective between an article and its noun ("hyperaktiven", "britischer"). */
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{Ll}+(?:e|en|er|es|em)");
    /** Words that make a title someone held before: no holder of the title now is meant. */
    private static final Pattern FORMER = Pattern.compile(
            "(?iu)\\b(?:ehemalig|früher|einstig|vormalig|former|ex-)");
    private static final Pattern GENITIVE = Pattern.compile(
            "\\s+(?:des|der|eines|einer)\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Lu}[\\p{L}-]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}-]*");

    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Character> genders = new HashMap<>();

    /** The antecedents of {@code text}; {@code english}: nouns in lower case count too ("the president"). */
    Antecedents(String text, Speakers ents, boolean english) {
        AntecedentNouns nouns = AntecedentNouns.load();
        /** The titles held so far: lemma -> {entity id, name, the title word lower case}. */
        Map<String, List<String[]>> holders = new HashMap<>();
        List<int[]> covered = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            int s = words.get(i)[0];
            int e = words.get(i)[1];
            String w = text.substring(s, e);
            AntecedentNouns.Noun noun = nouns.noun(w, english);
            if (noun == null) {
                continue;
            }
            EntityMention inside = ents.at(s);
            if (inside != null && inside.type() != EntityType.PER && inside.type() != EntityType.ORG) {
                continue;
            }
            // the article (or a genitive name, "Frankreichs") before it, over at most three adjectives
            String article = null;
            int from = s;
            boolean named = false;
            int adjectives = s;
            for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
                String x = text.substring(words.get(j)[0], words.get(j)[1]);
                if (!text.substring(words.get(j)[1], words.get(j + 1)[0]).isBlank()) {
                    break;
                }
                String lx = x.toLowerCase(Locale.ROOT);
                if (DETERMINERS.contains(lx) || possessive(lx)) {
                    article = x.toLowerCase(Locale.ROOT);
                    from = words.get(j)[0];
                    break;
                }
                if (Character.isUpperCase(x.charAt(0))) {
                    if (x.endsWith("s") && j == i - 1) {
                        named = true;
                        from = words.get(j)[0];
                    }
                    break;
                }
                if (!ADJECTIVE.matcher(x).matches()) {
                    break;
                }
                adjectives = words.get(j)[0];
            }
            if (article != null && possessive(article)) {
                article = "der"; // a possessive ("meinen Hausarzt", "ihr Sohn"): shown with the definite article
            }
            if ("des".equals(article) || "eines".equals(article)) {
                continue; // a genitive ("des Ministeriums") qualifies another noun
            }
            if (predicative(text, Math.min(from, adjectives))) {
                continue; // "Russland als Vorsitzender des Rates": a role, no one of its own
            }
            // the name after it: a title ("Präsident Obama") or an apposition ("Die Sprecherin …, Maria Zakharova")
            EntityMention person = inside != null && inside.type() == EntityType.PER ? inside : null;
            if (person == null) {
                Matcher t = TO_NAME.matcher(text).region(e, Math.min(text.length(), e + 80));
                if (t.lookingAt()) {
                    EntityMention p = ents.at(t.end());
                    if (p != null && p.type() == EntityType.PER && p.span().start() == t.end() && p.entityId() != null) {
                        person = p;
                    }
                }
            }
            AntecedentNouns.Reading r = AntecedentNouns.read(noun, article, named || person != null);
            if (article != null && !ALLOWED.get(r.plural() ? "pl" : String.valueOf(r.gender())).contains(article)) {
                article = null; // "sehen das zahlreiche Aktivisten": the article is another noun's
                from = adjectives;
                r = AntecedentNouns.read(noun, null, named || person != null);
            } else if (article == null && !named) {
                from = adjectives;
            }
            if (person != null && person.entityId() != null && noun.person()) {
                char g = r.gender() == 'u' ? '?' : r.gender();
                genders.putIfAbsent(person.entityId(), g);
                holders.computeIfAbsent(noun.lemma(), k -> new ArrayList<>())
                        .add(new String[] {person.entityId(), person.name(), w.toLowerCase(Locale.ROOT)});
                candidates.add(new Candidate(from, Math.max(e, person.span().end()), person.entityId(), person.name(), g,
                        false, true));
                covered.add(new int[] {person.span().start(), person.span().end()});
                continue;
            }
            if (inside != null && inside.type() == EntityType.ORG && inside.entityId() != null && !noun.person()) {
                candidates.add(new Candidate(from, e, inside.entityId(), inside.name(), r.gender(), r.plural(), false));
                covered.add(new int[] {inside.span().start(), inside.span().end()});
                continue;
            }
            // "ein Sprecher" is someone new, "der ehemalige Präsident" someone who held the title before
            boolean current = (article == null || !article.startsWith("ein"))
                    && !FORMER.matcher(text.substring(Math.min(from, adjectives), e)).find();
            String[] holder = r.person() && !r.plural() && current ? holder(holders.get(noun.lemma()), w) : null;
            if (holder != null) {
                candidates.add(new Candidate(from, e, holder[0], holder[1], r.gender(), false, true));
                continue;
            }
            candidates.add(new Candidate(from, genitiveEnd(text, e), null, display(text, from, e, article, r), r.gender(),
                    r.plural(), r.person()));
        }
        FirstNames firstNames = FirstNames.load();
        for (EntityMention x : ents.all()) {
            // a person named without a title: the first name's gender ("Angela Merkel … Sie betonte")
            if (x.entityId() != null && x.type() == EntityType.PER && genders.getOrDefault(x.entityId(), '?') == '?') {
                char g = firstNames.gender(x.name());
                if (g != '?') {
                    genders.put(x.entityId(), g);
                }
            }
        }
        for (EntityMention x : ents.all()) {
            if (x.entityId() == null || x.type() != EntityType.PER && x.type() != EntityType.ORG
                    || covered.stream().anyMatch(c -> c[0] == x.span().start())
                    || x.type() == EntityType.ORG && x.span().start() >= 4
                    && text.startsWith("des ", x.span().start() - 4)) {
                continue; // an organisation in the genitive ("des Außenministeriums") qualifies another noun
            }
            boolean per = x.type() == EntityType.PER;
            candidates.add(new Candidate(x.span().start(), x.span().end(), x.entityId(), x.name(), '?', false, per));
        }
        candidates.replaceAll(c -> c.person() && c.entityId() != null && c.gender() == '?' && genders.containsKey(c.entityId())
                ? new Candidate(c.start(), c.end(), c.entityId(), c.name(), genders.get(c.entityId()), false, true) : c);
        candidates.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    }

    /** Whether the word before {@code pos} is "als" or "as". */
    private static boolean predicative(String text, int pos) {
        int e = pos;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        return e >= 3 && (text.regionMatches(true, e - 3, "als", 0, 3) || text.regionMatches(true, e - 2, "as", 0, 2))
                && (e - 3 == 0 || !Character.isLetter(text.charAt(e - (text.regionMatches(true, e - 3, "als", 0, 3) ? 4 : 3))));
    }

    /** The person who last held the title of {@code word} ("Präsident Obama" for "der Präsident"), or null. */
    private static String[] holder(List<String[]> held, String word) {
        if (held == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = held.size() - 1; i >= 0; i--) {
            String t = held.get(i)[2];
            if (t.endsWith(w) || w.endsWith(t) || stem(t).endsWith(stem(w)) || stem(w).endsWith(stem(t))) {
                return held.get(i);
            }
        }
        return null;
    }

    private static String stem(String w) {
        return w.endsWith("en") ? w.substring(0, w.length() - 2) : w;
    }

    /** Where a genitive after a description ends ("der Sprecher der Polizei", "des deutschen Finanzministers"). */
    private static int genitiveEnd(String text, int e) {
        Matcher g = GENITIVE.matcher(text).region(e, Math.min(text.length(), e + 80));
        return g.lookingAt() ? g.end() : e;
    }

    /**
     * A description as a reader is shown it: as written when its article is the nominative's ("der Präsident", "die
     * Forscher"), else the nominative article and the noun ("dem Gesundheitsminister" → "der Gesundheitsminister"),
     * with its genitive ("der Sprecher der Polizei").
     */
    private static String display(String text, int from, int e, String article, AntecedentNouns.Reading r) {
        int end = genitiveEnd(text, e);
        String noun = text.substring(e - wordLength(text, e), end);
        AntecedentNouns.Noun n = r.noun();
        if (!r.plural() && n.form().length() > n.lemma().length() && n.form().startsWith(n.lemma())
                && n.form().endsWith("n") && noun.length() > n.form().length()) {
            // a weak noun's ending ("den Präsidenten" is "der Präsident")
            int cut = e - wordLength(text, e) + wordLength(text, e) - (n.form().length() - n.lemma().length());
            noun = text.substring(e - wordLength(text, e), cut) + text.substring(e, end);
        }
        if (article == null) {
            return text.substring(from, end);
        }
        boolean indefinite = article.startsWith("ein");
        String nominative = switch (r.gender()) {
            case 'f' -> r.plural() ? "die" : indefinite ? "eine" : "die";
            case 'n' -> r.plural() ? "die" : indefinite ? "ein" : "das";
            default -> r.plural() ? "die" : indefinite ? "ein" : "der";
        };
        if (article.equals("the") || article.equals("a") || article.equals("an")) {
            return text.substring(from, end);
        }
        if (article.equals(nominative) && text.regionMatches(true, from, nominative + " ", 0, nominative.length() + 1)) {
            String written = text.substring(from, end);
            return Character.toLowerCase(written.charAt(0)) + written.substring(1);
        }
        return nominative + " " + noun;
    }

    private static int wordLength(String text, int e) {
        int b = e;
        while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '-')) {
            b--;
        }
        return e - b;
    }

    /** The candidate that starts at {@code start} and names an entity (a described person the article names), or null. */
    Candidate namedAt(int start, int end) {
        for (Candidate c : candidates) {
            if (c.start() >= start && c.start() < end && c.entityId() != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The gender of a named person from a title the article gives them, else from their first name
     * ({@code first-name-genders.tsv}); '?' when neither tells.
     */
    char gender(String entityId) {
        return genders.getOrDefault(entityId, '?');
    }

    /** The candidates starting in {@code [from, to)}, in text order. */
    List<Candidate> within(int from, int to) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.start() >= from && c.start() < to) {
                out.add(c);
            }
        }
        return out;
    }
}
