package org.lagebild.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who did what to whom: the word classes of {@code argument-roles.tsv} that tell a claim's agent from its patient,
 * target, partner and place, and its event from background. Works on one sentence's {@link Words}; loaded once,
 * immutable and thread-safe. A missing data file is a hard error.
 */
final class ArgumentRoles {
    private static final ArgumentRoles INSTANCE = new ArgumentRoles();

    private final Set<String> governs = new HashSet<>();
    private final Set<String> agents = new HashSet<>();
    private final Set<String> auxiliaries = new HashSet<>();
    private final List<String> recipients = new ArrayList<>();
    private final List<String[]> background = new ArrayList<>();
    private final Set<String> openers = new HashSet<>();
    private final Set<String> pronouns = new HashSet<>();
    private final Set<String> genitives = new HashSet<>();
    private final Set<String> genitivePredicates = new HashSet<>();
    private final Set<String> placeObjects = new HashSet<>();
    private final List<String> possessives = new ArrayList<>();
    private final Set<String> definites = new HashSet<>();
    private final Set<String> anaphorNouns = new HashSet<>();
    private final Set<String> ownArguments = new HashSet<>();
    private final Set<String> obliques = new HashSet<>();
    private final Set<String> harms = new HashSet<>();
    /** Kind, example sentence, expected subject: for the test that runs every example. */
    final List<String[]> examples;

    private ArgumentRoles() {
        Map<String, java.util.Collection<String>> sets = new HashMap<>();
        sets.put("governs", governs);
        sets.put("passive-agent", agents);
        sets.put("passive-aux", auxiliaries);
        sets.put("recipient", recipients);
        sets.put("clause-opener", openers);
        sets.put("pronoun", pronouns);
        sets.put("genitive-agent", genitives);
        sets.put("genitive-agent-predicate", genitivePredicates);
        sets.put("place-object", placeObjects);
        sets.put("prenominal-genitive", possessives);
        sets.put("event-anaphor", definites);
        sets.put("event-anaphor-noun", anaphorNouns);
        sets.put("event-anaphor-argument", ownArguments);
        sets.put("patient-article", obliques);
        sets.put("patient-predicate", harms);
        List<String[]> ex = new ArrayList<>();
        for (Map<String, String> row : Tsv.read("argument-roles.tsv", "kind", "words", "example", "subject")) {
            String kind = row.get("kind");
            for (String word : row.get("words").toLowerCase(Locale.ROOT).split("\\|")) {
                if (word.isBlank()) {
                    continue;
                }
                if (kind.equals("background")) {
                    background.add(word.strip().split("\\s+"));
                } else if (sets.containsKey(kind)) {
                    sets.get(kind).add(word.strip());
                } else {
                    throw new IllegalStateException("argument-roles.tsv:" + row.get("#line") + ": unknown kind " + kind);
                }
            }
            if (!row.get("example").isBlank()) {
                ex.add(new String[] {kind, row.get("example"), row.get("subject")});
            }
        }
        this.examples = List.copyOf(ex);
    }

    static ArgumentRoles get() {
        return INSTANCE;
    }

    /**
     * The preposition that opens the noun phrase of word k ("gegen" for "Ukraine" in "gegen die Ukraine", "zwischen"
     * for "Pjöngjang" in "zwischen Moskau und Pjöngjang"), or null when the phrase stands without one. Walks back
     * over articles, declined adjectives and one coordinated noun, never across clause punctuation.
     */
    String governor(Words w, int k) {
        int j = k - 1;
        for (int steps = 0; j >= 0 && steps < 6; steps++, j--) {
            if (w.clauseBreak(j, j + 1)) {
                return null;
            }
            String x = w.lower[j];
            if (governs.contains(x) || agents.contains(x)) {
                return x;
            }
            boolean article = QuoteExtractor.isArticle(x);
            boolean adjective = !w.upper(j) && Phrases.adjective(x);
            boolean coordinated = (x.equals("und") || x.equals("oder") || x.equals("and")) && j > 0 && w.upper(j - 1)
                    && !w.clauseBreak(j - 1, j);
            if (coordinated) {
                j--; // the coordinated noun before "und"
                continue;
            }
            if (!article && !adjective) {
                return null;
            }
        }
        return null;
    }

    /** True if a passive-agent preposition ("von", "durch") stands before word k in its clause. */
    boolean agentBefore(Words w, int k) {
        return before(w, k, agents);
    }

    private static boolean before(Words w, int k, Set<String> words) {
        for (int j = k - 1; j >= 0 && !w.clauseBreak(j, j + 1); j--) {
            if (words.contains(w.lower[j])) {
                return true;
            }
        }
        return false;
    }

    /** True for a predicate whose patient a German name can be (kind patient-predicate: a killing, a capture). */
    boolean harm(String predicate) {
        return predicate != null && harms.contains(predicate);
    }

    /**
     * True if the noun phrase of word k opens with an article that is no nominative (kind patient-article: "den
     * italienischen Fotografen Andrea Rocchelli", "den Fernsehmoderator Wladimir Solowjow"), walking back over declined
     * adjectives and up to two capitalised nouns (titles, "Fotografen"), never across clause punctuation; or if the
     * phrase's adjective is the predicate's own participle p ("der ermordeten Journalistin Anna Politkowskaja"):
     * either way the name is whom the event befell.
     */
    boolean patient(Words w, int k, int p) {
        int nouns = 0;
        for (int j = k - 1; j >= 0 && k - j <= 5; j--) {
            if (w.clauseBreak(j, j + 1)) {
                return false;
            }
            String x = w.lower[j];
            if (obliques.contains(x)) {
                return true;
            }
            if (j == p && !w.upper(j)) {
                return true;
            }
            if (QuoteExtractor.isArticle(x)) {
                return false;
            }
            if (w.upper(j)) {
                if (++nouns > 2) {
                    return false;
                }
            } else if (!Phrases.adjective(x)) {
                return false;
            }
        }
        return false;
    }

    /** True if the lower-case word opens a subordinate or relative clause (kind clause-opener: "that", "which"). */
    boolean clauseOpener(String word) {
        return openers.contains(word);
    }

    /** True if the preposition names the agent of a passive sentence ("von", "durch"). */
    boolean agentPreposition(String preposition) {
        return preposition != null && agents.contains(preposition);
    }

    /**
     * True if the agent phrase of word k belongs to a participle inside a noun phrase ("die von Putin geschaffenen
     * Staaten", "den vom Westen verhängten Sanktionen"): an article stands right before the preposition.
     */
    boolean attributive(Words w, int k) {
        int j = k - 1;
        while (j >= 0 && !agents.contains(w.lower[j]) && k - j < 6) {
            j--;
        }
        return j > 0 && agents.contains(w.lower[j]) && QuoteExtractor.isArticle(w.lower[j - 1]) && !w.clauseBreak(j - 1, j);
    }

    /**
     * True if the words [from, to) hold a passive auxiliary and a past participle ("getötet worden", "wurde …
     * getroffen"); "wird/werden" count only with a "ge-" participle, since they also make the future ("wird … entsenden").
     */
    boolean passive(Words w, int from, int to) {
        boolean aux = false;
        boolean future = false;
        boolean participle = false;
        boolean geParticiple = false;
        for (int i = Math.max(0, from); i < Math.min(to, w.size()); i++) {
            String x = w.lower[i];
            if (auxiliaries.contains(x)) {
                future |= x.equals("wird") || x.equals("werden");
                aux |= !x.equals("wird") && !x.equals("werden");
            }
            if (!w.upper(i) && (participle(x) || IRREGULAR.participle(x))) {
                participle = true;
                geParticiple |= x.startsWith("ge");
            }
        }
        return aux && participle || future && geParticiple;
    }

    /** English irregular participles ("was hurt", "were shot", "was hit"), from own-participles.tsv. */
    private static final OwnParticiples IRREGULAR = OwnParticiples.load();

    private static final Set<String> NOT_PARTICIPLES = WordClasses.of("not-participle");

    /** A past participle by its shape: "getötet", "geschickt", "eingesetzt", "entsandt", "erobert"; English "-ed". */
    static boolean participle(String x) {
        if (x.length() < 5 || NOT_PARTICIPLES.contains(x)) {
            return false;
        }
        boolean ending = x.endsWith("t") || x.endsWith("en");
        if (x.startsWith("ge") && ending) {
            return true;
        }
        int ge = x.indexOf("ge", 2);
        if (ge > 1 && ge <= 6 && ending) {
            return true; // a separable prefix: "eingesetzt", "angegriffen", "zurückgewiesen"
        }
        for (String prefix : new String[] {"ver", "ent", "er", "be", "zer", "über", "unter"}) {
            if (x.startsWith(prefix) && x.endsWith("t")) {
                return true;
            }
        }
        return x.endsWith("ed");
    }

    /** True if the predicate's direct object is a place (a visit's country). */
    boolean placeObject(String predicate) {
        return predicate != null && placeObjects.contains(predicate);
    }

    /**
     * The first word after the genitive article that follows event noun p ("Besuch des …"), or -1 when p is no
     * noun, no genitive follows it, or the predicate takes its patient there ("Tötung des …").
     */
    int genitiveAfter(Words w, int p, String predicate) {
        if (!genitivePredicates.contains(predicate) || p <= 0 || p + 1 >= w.size() || !w.upper(p) || w.clauseBreak(p, p + 1) || !genitives.contains(w.lower[p + 1])) {
            return -1;
        }
        return p + 2 < w.size() && !w.clauseBreak(p + 1, p + 2) ? p + 2 : -1;
    }

    /**
     * The word of a name in the genitive right before event noun p, which names its agent ("Schoigus Besuch",
     * "Putins dritter Besuch", "Shoigu's visit"), or -1. The name must end in a possessive ending of
     * argument-roles.tsv ("'s"), or be a genitive form the entity stage read as inflected ("Schoigus":
     * {@code inflected} says whether the mention at a word is one); declined adjectives and ordinals may stand
     * between. Only for a capitalised noun of the predicates whose noun takes its agent in the genitive (not
     * "Nawalnys Tötung", not "an der Seite Russlands kämpfen").
     */
    int genitiveBefore(Words w, int p, String predicate, java.util.function.IntPredicate inflected) {
        if (!genitivePredicates.contains(predicate) || p <= 0) {
            return -1;
        }
        boolean noun = w.upper(p);
        int j = p - 1;
        for (int steps = 0; j >= 0 && steps < 3; steps++, j--) {
            if (w.clauseBreak(j, j + 1)) {
                return -1;
            }
            String x = w.lower[j];
            // "Shoigu's" is one word; after a typographic apostrophe "s" stands alone ("Shoigu’s")
            String tail = j > 0 ? w.text.substring(w.end[j - 1], w.end[j]).toLowerCase(Locale.ROOT) : "";
            for (String ending : possessives) {
                if (x.endsWith(ending) && x.length() > ending.length()) {
                    return j;
                }
                if (j > 0 && tail.equals(ending) && !w.clauseBreak(j - 1, j)) {
                    return j - 1;
                }
            }
            if (noun && inflected.test(j)) {
                return j;
            }
            if (w.upper(j) || !Phrases.adjective(x) && !x.matches("\\d+\\.?")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True if event noun p points back with a definite article and nothing else ("teilte den Besuch mit", "the
     * visit"): a singular event noun of argument-roles.tsv ({@code event-anaphor-noun}, not "die Sanktionen", not
     * the compound "das G20-Treffen") right after a definite article, without a genitive or a target after it
     * ("die Bereitstellung der Truppen", "dem Angriff auf die Ukraine" name their own). An article-level anaphor:
     * its agent and place are those of the event named before.
     */
    boolean anaphor(Words w, int p) {
        if (p <= 0 || p >= w.size() || !anaphorNouns.contains(w.lower[p]) || w.clauseBreak(p - 1, p)
                || !definites.contains(w.lower[p - 1])) {
            return false;
        }
        return p + 1 >= w.size() || w.clauseBreak(p, p + 1)
                || !genitives.contains(w.lower[p + 1]) && !ownArguments.contains(w.lower[p + 1]);
    }

    /** True if word i is a verb whose grammatical subject receives ("bekommt", "erhielt"). */
    boolean recipient(Words w, int i) {
        if (i < 0 || i >= w.size() || w.upper(i) && i > 0) {
            return false;
        }
        for (String s : recipients) {
            if (w.lower[i].startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** True if word i stands after a background cue in its clause ("im Zusammenhang mit den … Sanktionen"). */
    boolean background(Words w, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 10; j--) {
            if (w.clauseBreak(j, j + 1)) {
                return false;
            }
            for (String[] cue : background) {
                int s = j - cue.length + 1;
                if (s < 0) {
                    continue;
                }
                boolean hit = true;
                for (int c = 0; c < cue.length && hit; c++) {
                    hit = w.lower[s + c].equals(cue[c]) && (c == 0 || !w.clauseBreak(s + c - 1, s + c));
                }
                if (hit) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first word of the subordinate or relative clause that holds word p ("bei dem … zum Einsatz kamen"), or -1
     * when p stands in the main clause. An agent of p must stand inside that clause.
     */
    int clauseStart(Words w, int p) {
        for (int j = p - 1; j >= 0; j--) {
            if (!w.clauseBreak(j, j + 1) || !w.text.substring(w.end[j], w.start[j + 1]).contains(",")) {
                continue;
            }
            int o = j + 1;
            if (o < p && governs.contains(w.lower[o]) || o < p && agents.contains(w.lower[o])) {
                o++; // "bei dem", "von denen"
            }
            if (o >= w.size() || !openers.contains(w.lower[o]) || w.upper(o)) {
                return -1;
            }
            // "dass es …", "weil er …": the pronoun's antecedent stands outside, so an actor there may be the agent
            if (o + 1 < w.size() && pronouns.contains(w.lower[o + 1])) {
                return -1;
            }
            // ", die Zusammenarbeit … auszubauen" is an infinitive clause (article, not relative pronoun): its agent
            // is the main clause's
            for (int i = o + 1; i < w.size() && !w.clauseBreak(i - 1, i); i++) {
                if (zuInfinitive(w.lower[i])) {
                    return -1;
                }
            }
            return j + 1;
        }
        return -1;
    }

    private static boolean zuInfinitive(String x) {
        if (x.equals("zu") || x.equals("um")) {
            return true;
        }
        int zu = x.indexOf("zu", 2);
        return zu >= 2 && zu <= 6 && x.endsWith("en") && x.length() > zu + 4;
    }

    /** The first word after the last colon before word p (a headline's "Putin verzweifelt: Kim soll …"), or -1. */
    static int segmentStart(Words w, int p) {
        for (int j = p - 1; j >= 0; j--) {
            if (w.text.substring(w.end[j], w.start[j + 1]).contains(":")) {
                return j + 1;
            }
        }
        return -1;
    }
}
