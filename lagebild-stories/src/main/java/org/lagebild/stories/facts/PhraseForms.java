package org.lagebild.stories.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shows counted groups and source phrases in the nominative, as after a bare number: "rund 2000 nordkoreanische
 * Soldaten" and "der nordkoreanischen Soldaten" both show as "nordkoreanische Soldaten", "Südkoreanischen
 * Schätzungen" (sentence-initial dative) as "südkoreanische Schätzungen". The word knowledge is in
 * {@code phrase-forms.tsv}. Immutable and thread-safe.
 */
public final class PhraseForms {
    private static final PhraseForms INSTANCE = new PhraseForms();
    private static final String[] ENDINGS = {"en", "er", "es", "em", "e"};

    private final List<String> adjectiveSuffixes = new ArrayList<>();
    private final List<String> invariantPlurals = new ArrayList<>();
    private final java.util.Map<String, String> increments = new java.util.HashMap<>();
    private final java.util.Set<String> articles = new java.util.HashSet<>();
    private final java.util.Set<String> genitiveArticles = new java.util.HashSet<>();
    private final java.util.Map<String, String> indefinites = new java.util.HashMap<>();

    private PhraseForms() {
        for (String[] r : Tsv.rows(PhraseForms.class, "phrase-forms.tsv")) {
            String v = r[1].toLowerCase(Locale.ROOT);
            switch (r[0]) {
                case "adjective-suffix" -> adjectiveSuffixes.add(v);
                case "invariant-plural" -> invariantPlurals.add(v);
                case "increment" -> increments.put(v.contains(">") ? v.substring(0, v.indexOf('>')) : v,
                        v.contains(">") ? r[1].substring(r[1].indexOf('>') + 1) : "weitere");
                case "article" -> articles.add(v);
                case "genitive-article" -> genitiveArticles.add(v);
                case "indefinite-article" -> indefinites.put(v.substring(0, v.indexOf('>')), r[1].substring(r[1].indexOf('>') + 1));
                default -> throw new IllegalStateException("phrase-forms.tsv: unknown kind " + r[0]);
            }
        }
    }

    public static PhraseForms get() {
        return INSTANCE;
    }

    /**
     * The counted group as shown after a figure: the unit as written, with the origin adjective right before it in
     * the counted phrase ("nordkoreanische Soldaten"); other adjectives ("tote", "neue") are left out. Null when
     * there is no unit.
     */
    public String counted(String phrase, String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        if (phrase == null) {
            return unit;
        }
        // "others" is an addition by itself and shown as written, not as "weitere others"; the increment is shown in the
        // form of its row: German ones as "weitere", English ones as written ("additional troops")
        String shown = incrementShown(phrase);
        String more = shown != null && !increments.containsKey(unit.toLowerCase(Locale.ROOT)) ? shown + " " : "";
        String[] words = phrase.strip().split("\\s+");
        int u = words.length - 1;
        if (u < 1 || !words[u].equals(unit)) {
            return more + unit;
        }
        String stem = originStem(words[u - 1]);
        return more + (stem == null ? unit : stem + "e " + unit);
    }

    /** True if the counted phrase states an addition to an earlier figure ("weitere Truppen"), not a total. */
    public boolean increment(String phrase) {
        return incrementShown(phrase) != null;
    }

    /** The shown form of the phrase's first increment word ("weitere", "additional"), or null. */
    private String incrementShown(String phrase) {
        if (phrase == null) {
            return null;
        }
        for (String w : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (increments.containsKey(w)) {
                return increments.get(w);
            }
        }
        return null;
    }

    /**
     * A source phrase without article that opens with an origin adjective, as shown in the nominative: its
     * adjectives lower case with the strong plural ending "-e" when the head noun has the same form in every plural
     * case ("Südkoreanischen Schätzungen" → "südkoreanische Schätzungen"), or when the head has no dative "-n" and
     * the adjective's "-er" marks the genitive ("südkoreanischer und westlicher Geheimdienste" → "südkoreanische und
     * westliche Geheimdienste").
     */
    public String source(String text) {
        if (text == null) {
            return null;
        }
        String bare = withoutArticle(text.strip());
        if (!bare.equals(text.strip())) {
            return bare;
        }
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || originStem(words[0]) == null) {
            return text;
        }
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        boolean invariant = invariantPlurals.stream().anyMatch(head::endsWith);
        // a plural head without the dative's -n is nominative, accusative or genitive: "-er" adjectives are genitive
        boolean genitivePlural = head.endsWith("e") && words[0].toLowerCase(Locale.ROOT).endsWith("er");
        if (!invariant && !genitivePlural) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String x = words[i];
            String lower = x.toLowerCase(Locale.ROOT);
            boolean adjective = i < words.length - 1 && (i == 0 || Character.isLowerCase(x.charAt(0)))
                    && lower.length() > 4 && (lower.endsWith("en") || lower.endsWith("er") || lower.endsWith("e"));
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(adjective ? lower.substring(0, lower.length() - (lower.endsWith("e") ? 1 : 2)) + "e" : x);
        }
        return b.toString();
    }

    /**
     * The phrase without its opening article, in the nominative as far as the article tells ("der Syrischen
     * Beobachtungsstelle" → "Syrische Beobachtungsstelle", "eines Einwohners" → "ein Einwohner"); the phrase itself
     * when it opens with none or is only an article.
     */
    private String withoutArticle(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2) {
            return text;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        String nominative = indefinites.get(first);
        if (nominative != null) {
            return words.length == 2 ? nominative + " " + withoutGenitive(words[1], first) : text;
        }
        boolean genitive = genitiveArticles.contains(first);
        if (!genitive && !articles.contains(first)) {
            return text;
        }
        if ((first.equals("der") || first.equals("das")) && words.length > 2 && words[1].endsWith("e")) {
            return text; // a nominative with its weak adjective reads right only with the article: "der ukrainische Geheimdienst"
        }
        // adjectives after the article take the nominative's "-e"; the first other word is the head noun, which
        // loses a genitive "-s"; what follows the head ("der Organisation für das Verbot …") stays as written
        StringBuilder b = new StringBuilder();
        boolean head = false;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (!head && i < words.length - 1 && adjective(w)) {
                w = !first.equals("die") && !first.equals("das") && w.endsWith("en") ? w.substring(0, w.length() - 1) : w;
            } else if (!head) {
                head = true;
                w = genitive ? withoutGenitive(w, first) : w;
            }
            b.append(b.length() == 0 ? "" : " ").append(w);
        }
        return b.toString();
    }

    /** A noun after a genitive singular article without its "-s"/"-es" ("Bundesamtes" → "Bundesamt"). */
    private String withoutGenitive(String noun, String article) {
        if (!genitiveArticles.contains(article) && !article.equals("eines") || noun.length() < 5 || noun.endsWith("ss")) {
            return noun;
        }
        if (noun.endsWith("es") && noun.length() > 6 && !isVowel(noun.charAt(noun.length() - 3))) {
            return noun.substring(0, noun.length() - 2);
        }
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /**
     * True for a declined adjective before a noun: lower case ("finnischen"), or capitalised with an adjective's
     * suffix as in names ("Syrischen", "Statistischen"); a capitalised word in "-en" may be a noun ("Daten").
     */
    private static boolean adjective(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.length() < 4 || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        if (Character.isLowerCase(w.charAt(0))) {
            return l.endsWith("e") || l.endsWith("en") || l.endsWith("er") || l.endsWith("es") || l.endsWith("em");
        }
        for (String suffix : ADJECTIVE_SUFFIXES) {
            if (l.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ADJECTIVE_SUFFIXES = {"ischen", "ische", "lichen", "liche", "igen", "ige", "alen", "ale"};

    private static boolean isVowel(char c) {
        return "aeiouäöüy".indexOf(Character.toLowerCase(c)) >= 0;
    }

    /** The lower-case stem of a declined origin adjective ("Südkoreanischen" → "südkoreanisch"), else null. */
    String originStem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String e : ENDINGS) {
            if (w.endsWith(e)) {
                String stem = w.substring(0, w.length() - e.length());
                for (String s : adjectiveSuffixes) {
                    if (stem.endsWith(s) && stem.length() > s.length() + 2) {
                        return stem;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
