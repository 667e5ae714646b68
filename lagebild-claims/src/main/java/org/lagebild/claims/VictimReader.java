package org.lagebild.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lagebild.entities.link.NameKeys;
import org.lagebild.entities.recognize.Cues;
import org.lagebild.model.Span;

/**
 * Reads how many people an English sentence says were killed or died, from the words around each killing or
 * dying expression ({@code victims-en.tsv}): the number before the victims' noun ("two people were killed"), the
 * grammatical number of that noun when no number is given ("a man was fatally shot" is one, "a couple" two), a
 * personal pronoun ("she was pronounced dead"), the names listed ("Melanie Virgen, 13, and Edgar Sanchez, 15,
 * died" are two), or an expression that states its own number ("murder-suicide"). A plural without a number
 * ("victims were killed") gives a reading without a count. A negation before the verb ("No one was killed")
 * gives no reading. Immutable and thread-safe.
 */
final class VictimReader {
    /** Where the victims stand relative to the expression. */
    enum Direction { BEFORE, AFTER, EITHER, FIXED, SELF }

    /**
     * One killing or dying expression of a sentence: its predicate ("kill" or "die"), its first and last word
     * index, the number of dead (null when the text gives none), the victims' words ({@code phrase}, char offsets;
     * the expression itself when no victims were read), the head word counted and the rule that read it.
     */
    record Reading(String predicate, int first, int last, Double count, Span phrase, String head, String rule) {
    }

    private record Trigger(String[] words, String predicate, Direction direction, double fixed) {
    }

    /** One row with its example, for the test that runs them. */
    record Example(String kind, String words, String sentence, String expect) {
    }

    private static final Pattern AGE = Pattern.compile("[\\p{L}\\d]+-(year|month|week|day)-olds?");
    private static final Pattern AGE_UNIT = Pattern.compile("(year|month|week|day)s?(-| old|$)");
    private static final Set<String> BE = WordClasses.of("victim-be");
    private static final Set<String> ARTICLES = WordClasses.of("victim-determiner");
    private static volatile VictimReader bundled;
    /** The first names of the entity stage: a run of capitals with one is a person's name. */
    private static final Cues FIRST_NAMES = Cues.load();

    private final Map<String, List<Trigger>> triggers = new HashMap<>();
    private final Map<String, Double> counts = new HashMap<>();
    /** Person nouns: 1 singular, 0 plural (number unknown), k a noun that names k people ("couple"). */
    private final Map<String, Double> persons = new HashMap<>();
    private final Map<String, Double> pronouns = new HashMap<>();
    private final Set<String> skip = new java.util.HashSet<>();
    /** Count words of the article kind that may stand alone as the victims ("One killed"). */
    private final Set<String> alone = new java.util.HashSet<>();
    private final Set<String> negation = new java.util.HashSet<>();
    private final Set<String> stop = new java.util.HashSet<>();
    /** Words that join a killing to another outcome ("hurt or killed"): the figure counts both, no dead. */
    private final Set<String> alternatives = new java.util.HashSet<>();
    private final Set<String> irrealis = new java.util.HashSet<>();
    private final Set<String> alive = new java.util.HashSet<>();
    private final Set<String> notName = new java.util.HashSet<>();
    /** Nouns and pronouns of one sex ("man", "he"): "he" never refers back to "a woman". */
    private final Map<String, String> sex = new HashMap<>();
    /** Words after which a capitalised run is no referent of a pronoun victim: a place, an office, the killer. */
    private final Set<String> notPersonAfter = new java.util.HashSet<>();
    /** Verbs of saying: a name that says something ("Mike Wiederholt said") is a source, not a victim. */
    private final Set<String> say = new java.util.HashSet<>();
    /** Words between a name and its verb of saying ("could not say"). */
    private final Set<String> sayAux = new java.util.HashSet<>();
    /** The person noun a pronoun victim is shown as when it refers to no one clear ("person"). */
    private String someone;
    /** The person noun two or more named victims are counted as ("people"). */
    private String someonePlural;
    private final List<Example> examples = new ArrayList<>();

    private VictimReader() {
        for (Map<String, String> r : Tsv.read("victims-en.tsv", "kind", "words", "value", "example", "expect")) {
            String kind = r.get("kind");
            String words = r.get("words").toLowerCase(Locale.ROOT);
            String value = r.get("value");
            examples.add(new Example(kind, words, r.get("example"), r.get("expect")));
            switch (kind) {
                case "trigger", "fixed", "self" -> {
                    String[] pv = value.split("/");
                    String[] ws = words.split("\\s+");
                    Trigger t = kind.equals("trigger")
                            ? new Trigger(ws, pv[0], Direction.valueOf(pv[1].toUpperCase(Locale.ROOT)), 0)
                            : new Trigger(ws, pv[0], kind.equals("fixed") ? Direction.FIXED : Direction.SELF, Double.parseDouble(pv[1]));
                    triggers.computeIfAbsent(ws[0], k -> new ArrayList<>()).add(t);
                }
                case "count" -> counts.put(words, Double.parseDouble(value));
                case "person" -> persons.put(words, value.equals("n") ? 0.0 : Double.parseDouble(value));
                case "pronoun" -> pronouns.put(words, value.equals("n") ? 0.0 : Double.parseDouble(value));
                case "skip" -> skip.add(words);
                case "alone" -> alone.add(words);
                case "negation" -> negation.add(words);
                case "stop" -> stop.add(words);
                case "alternative" -> alternatives.add(words);
                case "irrealis" -> irrealis.add(words);
                case "alive" -> alive.add(words);
                case "notname" -> notName.add(words);
                case "male", "female" -> sex.put(words, kind);
                case "nonperson-after" -> notPersonAfter.add(words);
                case "someone" -> someone = words;
                case "someone-plural" -> someonePlural = words;
                case "say" -> say.add(words);
                case "say-aux" -> sayAux.add(words);
                default -> throw new IllegalStateException("victims-en.tsv:" + r.get("#line") + ": unknown kind " + kind);
            }
        }
        if (someone == null || someonePlural == null) {
            throw new IllegalStateException("victims-en.tsv: no row of kind someone or someone-plural");
        }
        for (List<Trigger> ts : triggers.values()) {
            ts.sort(Comparator.comparingInt((Trigger t) -> -t.words().length));
        }
    }

    /** The reader over the bundled word list (read once). */
    static VictimReader load() {
        VictimReader r = bundled;
        if (r == null) {
            synchronized (VictimReader.class) {
                r = bundled;
                if (r == null) {
                    bundled = r = new VictimReader();
                }
            }
        }
        return r;
    }

    /** True for a noun for people of the {@code person} rows ("man", "victims"). */
    boolean person(String word) {
        return persons.containsKey(word);
    }

    /**
     * The word a reading's victims are counted as: its head noun ("man", "people", "2"), or for victims known by
     * name (rule {@code en.victims.names}, or a pronoun that refers to a named person) the {@code someone} noun
     * ("person", "people"): a surname is no unit; so for a number alone ("One killed": "1 person"), and for an
     * expression that states its own number of dead (rule {@code en.victims.fixed}: "triple murder", "double
     * homicide", "murder-suicide"): its adjective or compound is no counted thing ("3 triple killed"), the dead are
     * people; so for a killing of oneself (rule {@code en.victims.self}: "committed suicide", "turned the gun on
     * himself"): "1 person", not "1 suicide", "1 himself".
     */
    String countedAs(Reading r) {
        boolean named = r.rule().equals("en.victims.names") || r.rule().equals("en.victims.pronoun") && r.head() != null
                && !r.head().isEmpty() && Character.isUpperCase(r.head().charAt(0));
        // "One killed", "killed two": a number alone counts people too
        boolean bare = r.head() != null && number(r.head()) != null;
        boolean fixed = r.rule().equals("en.victims.fixed") || r.rule().equals("en.victims.self");
        if (!named && !bare && !fixed) {
            return r.head();
        }
        return people(r.count());
    }

    /**
     * The head word of two coordinated victims' phrases: {@code a}, the one the reading kept before, when both name the
     * same noun ("An 18-year-old man and 19-year-old man", "One DART officer and four Dallas police officers"), else the
     * {@code someone-plural} noun:
     * "a man and a woman", "his wife and four daughters", "Smith and the man" are people, not women, wives or men.
     */
    String joined(String a, String b) {
        if (a == null || b == null || singular(a).equals(singular(b))) {
            return a;
        }
        return someonePlural;
    }

    /** A person noun in the singular, lower case: "men" → "man", "officers" → "officer", "women" → "woman". */
    private static String singular(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("men")) {
            return l.substring(0, l.length() - 3) + "man";
        }
        if (l.endsWith("ies")) {
            return l.substring(0, l.length() - 3) + "y";
        }
        return l.endsWith("s") && !l.endsWith("ss") ? l.substring(0, l.length() - 1) : l;
    }

    /** The {@code someone} noun for one person, the {@code someone-plural} noun for more or an unknown number. */
    String people(Double count) {
        return count != null && count == 1.0 ? someone : someonePlural;
    }

    /** "male", "female" or null: the sex a pronoun or person noun names ({@code male}, {@code female} rows). */
    String sexOf(String word) {
        return sex.get(word);
    }

    List<Example> examples() {
        return List.copyOf(examples);
    }

    /** The readings of one sentence (its words), in text order. */
    List<Reading> read(Words w) {
        return read(w, List.of());
    }

    /**
     * The readings of one sentence (its words), in text order; {@code people} are the spans of the document's
     * person mentions from the entity stage (any order), which a pronoun victim's referent is also read from.
     */
    List<Reading> read(Words w, List<Span> people) {
        List<Reading> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            Trigger t = triggerAt(w, i);
            if (t == null) {
                continue;
            }
            int last = i + t.words().length - 1;
            if (!negated(w, i) && !alternative(w, i, last)) {
                Reading r = reading(w, t, i, last);
                if (r != null) {
                    out.add(referent(w, r, people));
                }
            }
            i = last;
        }
        return out;
    }

    /** The total the readings of a sentence give: the sum of their counts, null if none has one. */
    static Double total(List<Reading> rs) {
        Double sum = null;
        for (Reading r : rs) {
            if (r.count() != null) {
                sum = (sum == null ? 0 : sum) + r.count();
            }
        }
        return sum;
    }

    private Trigger triggerAt(Words w, int i) {
        for (Trigger t : triggers.getOrDefault(w.lower[i], List.of())) {
            if (w.match(t.words(), i) >= 0) {
                return t;
            }
        }
        return null;
    }

    /**
     * True if the words first..last stand right beside an alternative word of their clause ("16 people hurt or
     * killed", "killed or injured"): the figure counts people of either outcome, so it is no count of the dead, nor
     * of the wounded.
     */
    boolean alternative(Words w, int first, int last) {
        int before = across(w, first, -1);
        int after = across(w, last, 1);
        return before >= 0 && otherOutcome(w, before) || after >= 0 && otherOutcome(w, after);
    }

    /**
     * True if word i is an outcome ("hurt", "injured", "killed") that an alternative word joins to another outcome
     * right beside it, one of them other than death ("16 people hurt or killed"): a figure before them counts
     * either, so neither word is its predicate. Two deaths ("killed by deputies or died") are one.
     */
    boolean outcomeAlternative(Words w, int i) {
        boolean death = deathAt(w, i);
        if (!death && !OwnParticiples.load().participle(w.lower[i])) {
            return false;
        }
        for (int j : new int[] {across(w, i, -1), across(w, i, 1)}) {
            if (j >= 0 && (death ? otherOutcome(w, j) : deathAt(w, j) || otherOutcome(w, j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word across an alternative word right beside word i in direction dir (-1 before, 1 after), in the same
     * clause; an adverb in "-ly" between the alternative word and an outcome is passed ("killed or seriously injured"); -1 when there is none.
     */
    private int across(Words w, int i, int dir) {
        if (dir < 0 && i >= 1 && w.lower[i - 1].endsWith("ly") && !w.clauseBreak(i - 1, i)) {
            i--; // "killed or seriously injured", read from "injured"
        }
        int a = i + dir;
        int j = i + 2 * dir;
        if (j < 0 || j >= w.size() || w.clauseBreak(Math.min(i, a), Math.max(i, a)) || w.clauseBreak(Math.min(a, j), Math.max(a, j))
                || !alternatives.contains(w.lower[a])) {
            return -1;
        }
        if (dir > 0 && w.lower[j].endsWith("ly") && j + 1 < w.size() && !w.clauseBreak(j, j + 1)) {
            j++;
        }
        return j;
    }

    /** True if word j is part of a death expression of the trigger rows ("killed", "shot to death"). */
    private boolean deathAt(Words w, int j) {
        for (int k = Math.max(0, j - 2); k <= j; k++) {
            Trigger t = triggerAt(w, k);
            if (t != null && k + t.words().length - 1 >= j) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if word j is a participle of another outcome than death ("hurt", "injured", "shot"): "killed by deputies
     * or died" and "shot and killed or died" name one death, not two outcomes.
     */
    private boolean otherOutcome(Words w, int j) {
        return OwnParticiples.load().participle(w.lower[j]) && !deathAt(w, j);
    }

    /** A negation in the clause before word i, or a threat, wish or attempt just before it. */
    private boolean negated(Words w, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            if (w.clauseBreak(k, k + 1)) {
                return false;
            }
            if (negation.contains(w.lower[k]) || irrealis.contains(w.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that may be part of a name. */
    private boolean nameWord(Words w, int j) {
        String x = w.lower[j];
        return w.upper(j) && !stop.contains(x) && !skip.contains(x) && !counts.containsKey(x) && !pronouns.containsKey(x)
                && !notName.contains(x) && !persons.containsKey(x) && number(x) == null;
    }

    /** How far back (chars before the pronoun) a pronoun victim's referent is looked for. */
    private static final int LOOK_BACK = 600;
    /** How many sentence breaks back (the pronoun's sentence and the two before it). */
    private static final int SENTENCES_BACK = 2;

    /**
     * A reading whose victim is a singular personal pronoun ("He died at the scene") shown as the person the pronoun
     * refers to when that is clear, else as the {@code someone} noun: the count stays, the pronoun is no victim's
     * name. Clear means one person fits in the pronoun's sentence before it and the two sentences before: one
     * person's name ({@link #names}, shown by its last word, as named victims are), else, when no name is there, one
     * singular person noun of a fitting sex ("a man", "the teen"). Two or more candidates, or none, give the
     * {@code someone} noun ("1 person"). Rule {@code en.victims.pronoun}.
     */
    private Reading referent(Words w, Reading r, List<Span> people) {
        if (r.head() == null || !pronouns.containsKey(r.head()) || r.count() == null || r.count() != 1.0) {
            return r;
        }
        String of = sex.get(r.head());
        int p = r.phrase().start();
        int from = Math.max(0, p - LOOK_BACK);
        Words c = Words.of(w.text, from, p);
        List<int[]> runs = new ArrayList<>(); // runs of name words {from, to}, read backwards
        java.util.Set<String> nouns = new java.util.LinkedHashSet<>();
        int breaks = 0;
        int end = -1; // the last word of the name run being read backwards, or -1
        for (int j = c.size() - 1; j >= 0; j--) {
            boolean brk = j + 1 < c.size() && c.sentenceBreak(j, j + 1);
            if (end >= 0 && (brk || !contextNameWord(c, j))) {
                runs.add(new int[] {j + 1, end});
                end = -1;
            }
            if (brk && ++breaks > SENTENCES_BACK) {
                break;
            }
            String x = c.lower[j];
            if (contextNameWord(c, j)) {
                if (end < 0) {
                    end = j;
                }
                continue;
            }
            if (persons.getOrDefault(x, 0.0) == 1.0 && fits(of, x)) {
                nouns.add(x);
            }
        }
        if (end >= 0 && from == 0) {
            runs.add(new int[] {0, end}); // (a run the look-back window cuts is not read)
        }
        java.util.Set<String> names = names(c, runs, people);
        String head = someone;
        if (names.size() == 1) {
            head = names.iterator().next();
        } else if (names.isEmpty() && nouns.size() == 1) {
            head = nouns.iterator().next();
        }
        return new Reading(r.predicate(), r.first(), r.last(), r.count(), r.phrase(), head, "en.victims.pronoun");
    }

    private boolean fits(String of, String noun) {
        String s = sex.get(noun);
        return of == null || s == null || s.equals(of);
    }

    /** A capitalised word of the context that may be part of a person's name (no acronym, no dateline capitals). */
    private boolean contextNameWord(Words c, int j) {
        String s = c.surface(j);
        return nameWord(c, j) && !(s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT))) && !sex.containsKey(c.lower[j]);
    }

    /**
     * The persons among the name runs of the context, each by its last word: a run with a known first name
     * ({@code firstnames.tsv} of the entity stage: "Walter Barfield", "hitting Mya"), a run in which the entity stage
     * found a person ("Anderson", named in full earlier in the article), or a lone word that is the last word of
     * such a run ("Barfield"); not a run after a {@code nonperson-after} word ("the Cuyahoga County Medical
     * Examiner's Office", "in Garfield Heights", "by John Robinson", the killer). Other
     * capitals ("Channel 2 Action News", "Regional One", "SANTA BARBARA, California") are no one.
     */
    private java.util.Set<String> names(Words c, List<int[]> runs, List<Span> people) {
        java.util.Set<String> full = new java.util.HashSet<>();
        List<int[]> kept = new ArrayList<>();
        for (int[] r : runs) {
            if (r[0] > 0 && !c.sentenceBreak(r[0] - 1, r[0]) && notPersonAfter.contains(c.lower[r[0] - 1]) || speaker(c, r)) {
                continue;
            }
            kept.add(r);
            if (person(c, r, people)) {
                full.add(withoutPossessive(c.surface(r[1])));
                continue;
            }
            for (int k = r[0]; k <= r[1]; k++) {
                if (FIRST_NAMES.firstName(NameKeys.fold(c.surface(k)).strip())) {
                    full.add(withoutPossessive(c.surface(r[1])));
                    break;
                }
            }
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (int[] r : kept) {
            String last = withoutPossessive(c.surface(r[1]));
            if (full.contains(last)) {
                names.add(last);
            }
        }
        return names;
    }

    /** True if the entity stage found a person in the name run ("Anderson", named in full earlier in the article). */
    private static boolean person(Words c, int[] r, List<Span> people) {
        for (Span p : people) {
            if (p.start() < c.end[r[1]] && p.end() > c.start[r[0]]) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the name run says something: a verb of saying right after it ("Mike Wiederholt said"), or after at most
     * two {@code say-aux} words ("Brown could not say"), or after its
     * apposition ("Sgt. Stewart Smith, with the Troup County Sheriff's Office, said"), or right before it at the end
     * of its sentence ("…," said Willrich.).
     */
    private boolean speaker(Words c, int[] r) {
        int a = r[1] + 1;
        for (int k = a; k < c.size() && k <= a + 2 && !c.sentenceBreak(k - 1, k); k++) {
            if (say.contains(c.lower[k])) {
                return true;
            }
            if (!sayAux.contains(c.lower[k])) {
                break;
            }
        }
        if (a < c.size() && commaBefore(c, a)) {
            for (int k = a + 1; k < c.size() && k <= a + 8 && !c.sentenceBreak(k - 1, k); k++) {
                if (say.contains(c.lower[k]) && commaBefore(c, k)) {
                    return true;
                }
            }
        }
        boolean closes = a >= c.size() || c.sentenceBreak(r[1], a);
        return closes && r[0] > 0 && say.contains(c.lower[r[0] - 1]);
    }

    /** The word without a possessive "'s". */
    private static String withoutPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
    }

    private Reading reading(Words w, Trigger t, int first, int last) {
        Span self = new Span(w.start[first], w.end[last]);
        if (last + 1 < w.size() && alive.contains(w.lower[last + 1])) {
            return null; // "They killed me!": the speaker lives
        }
        switch (t.direction()) {
            case FIXED -> {
                return new Reading(t.predicate(), first, last, t.fixed(), self, w.lower[first], "en.victims.fixed");
            }
            case SELF -> {
                return new Reading(t.predicate(), first, last, t.fixed(), self, w.lower[last], "en.victims.self");
            }
            case AFTER -> {
                Reading r = after(w, t, first, last);
                return r != null ? r : unknown(t, first, last, self);
            }
            case BEFORE -> {
                Reading r = before(w, t, first, last);
                return r != null ? r : unknown(t, first, last, self);
            }
            default -> {
                boolean passive = false;
                for (int k = first - 1; k >= 0 && skip.contains(w.lower[k]); k--) {
                    passive |= BE.contains(w.lower[k]);
                }
                Reading r = passive ? null : after(w, t, first, last);
                if (r == null) {
                    r = before(w, t, first, last);
                }
                return r != null ? r : unknown(t, first, last, self);
            }
        }
    }

    private static Reading unknown(Trigger t, int first, int last, Span self) {
        return new Reading(t.predicate(), first, last, null, self, null, "en.victims.unknown");
    }

    // ---- victims before the expression: its subject -----------------------------------------------------------

    private Reading before(Words w, Trigger t, int first, int last) {
        // "two dead teenagers": the noun follows the expression, the number precedes it
        if (last + 1 < w.size() && first == last && persons.containsKey(w.lower[last + 1]) && !w.clauseBreak(last, last + 1)) {
            Phrase p = nounPhrase(w, last + 1, first - 1);
            return p == null ? null : new Reading(t.predicate(), first, last, p.count, p.span(w), p.head, "en.victims.attributive");
        }
        int k = first - 1;
        while (k >= 0 && skip.contains(w.lower[k]) && !w.sentenceBreak(k, k + 1)) {
            k--;
        }
        if (k < 0 || w.sentenceBreak(k, k + 1)) {
            return null;
        }
        Phrase p = phraseEndingAt(w, k);
        for (int j = k - 1; p == null && j >= 0 && j >= k - 10 && !w.clauseBreak(j, j + 1); j--) {
            // "A man who was shot was pronounced dead", "A man with a gun was killed": the nearest person before
            if (persons.containsKey(w.lower[j]) || pronouns.containsKey(w.lower[j]) || AGE.matcher(w.lower[j]).matches()) {
                p = phraseEndingAt(w, j);
            }
        }
        return p == null ? null : new Reading(t.predicate(), first, last, p.count, p.span(w), p.head,
                p.names ? "en.victims.names" : "en.victims.subject");
    }

    /** The victims' phrase whose last word is k, with coordinated phrases before it ("One man and one woman"). */
    private Phrase phraseEndingAt(Words w, int k) {
        Phrase p = single(w, k);
        if (p == null) {
            return null;
        }
        int s = p.from;
        while (s >= 1) {
            Phrase q;
            if (s >= 2 && w.lower[s - 1].equals("and") && !w.clauseBreak(s - 1, s)) {
                q = single(w, s - 2);
            } else if (commaBefore(w, s) && persons.containsKey(p.head) && persons.containsKey(w.lower[s - 1])
                    && !ARTICLES.contains(w.lower[s])) {
                // (not "The victim, a 2-year-old child, died": an apposition names one person twice)
                q = single(w, s - 1); // "Man, woman killed", "3 adults, 1 child found shot to death"
            } else {
                break;
            }
            if (q == null || bare(w, q) || bare(w, p)) {
                break; // "believed to be 30 and 60": ages, not two counts
            }
            p = new Phrase(q.from, p.to, p.count == null || q.count == null ? null : p.count + q.count, joined(p.head, q.head),
                    p.names && q.names);
            s = q.from;
        }
        return p;
    }

    /** One victims' phrase ending at word k: a pronoun, a noun phrase, a bare number, or names. */
    private Phrase single(Words w, int k) {
        String x = w.lower[k];
        if (isAgeApposition(w, k)) {
            // "A woman, 24, was killed": the age stands after the noun or name; after anything else ("16 shot, 1
            // fatally") the number is a count of its own
            Phrase before = k >= 1 ? single(w, k - 1) : null;
            if (before != null || k < 1) {
                return withTo(before, k);
            }
        }
        if (pronouns.containsKey(x)) {
            double v = pronouns.get(x);
            return new Phrase(k, k, v == 0 ? null : v, x);
        }
        if (persons.containsKey(x) || AGE.matcher(x).matches()) {
            return nounPhrase(w, k, k - 1);
        }
        Double n = countAt(w, k);
        if (n != null && (!ARTICLES.contains(x) || alone.contains(x))) {
            if (k >= 2 && w.lower[k - 1].equals("of") && persons.containsKey(w.lower[k - 2])) {
                return withTo(nounPhrase(w, k - 2, k - 3), k); // "a father of three": one father
            }
            return new Phrase(k, k, n, x); // "2 dead", "Three died"
        }
        if (nameWord(w, k)) {
            return names(w, k);
        }
        return null;
    }

    /** A phrase that is only a number ("2 dead"). */
    private boolean bare(Words w, Phrase p) {
        return p.from == p.to && number(w.lower[p.from]) != null && !persons.containsKey(w.lower[p.from]);
    }

    private static boolean commaBefore(Words w, int k) {
        return k >= 1 && w.text.substring(w.end[k - 1], w.start[k]).strip().equals(",");
    }

    private static Phrase withTo(Phrase p, int to) {
        return p == null ? null : new Phrase(p.from, to, p.count, p.head, p.names);
    }

    /** "Melanie Virgen, 13," : a number after a comma that follows a name or noun. */
    private static boolean isAgeApposition(Words w, int k) {
        return k >= 1 && w.lower[k].chars().allMatch(Character::isDigit) && w.clauseBreak(k - 1, k)
                && w.text.substring(w.end[k - 1], w.start[k]).strip().equals(",");
    }

    /**
     * The noun phrase with head noun h and the number before it, scanning left from word {@code from} within the
     * clause: a number word ("two other teenagers"), "N of [the] ..." ("two of them"), an article for a singular.
     */
    private Phrase nounPhrase(Words w, int h, int from) {
        String head = w.lower[h];
        double kind = persons.getOrDefault(head, head.endsWith("s") ? 0.0 : 1.0);
        boolean plural = kind == 0;
        Double count = null;
        int start = Math.min(h, from + 1);
        for (int j = from; j >= 0 && j >= from - 5; j--) {
            if (w.clauseBreak(j, j + 1) || stop.contains(w.lower[j]) && !w.lower[j].equals("of")) {
                break;
            }
            String x = w.lower[j];
            if (x.equals("of")) {
                Double n = j >= 1 && !w.clauseBreak(j - 1, j) ? countAt(w, j - 1) : null;
                if (n != null && !ARTICLES.contains(w.lower[j - 1]) || j >= 1 && (w.lower[j - 1].equals("couple") || w.lower[j - 1].equals("pair"))) {
                    count = n;
                    start = j - 1;
                }
                break;
            }
            Double n = countAt(w, j);
            if (n != null) {
                if (ARTICLES.contains(x) && plural) {
                    start = j;
                    continue; // "the victims": an article says nothing of how many
                }
                count = n;
                start = j;
                break;
            }
            if (skip.contains(x) || negation.contains(x) || pronouns.containsKey(x) && !x.equals("her")) {
                break;
            }
            start = j;
        }
        if (kind > 1) {
            count = kind; // "a couple"
        } else if (count == null && !plural) {
            count = 1.0;
        } else if (count != null && !plural && count > 1 && !persons.containsKey(head)) {
            count = 1.0;
        }
        return new Phrase(Math.min(start, h), h, count, head);
    }

    /** Names listed before word k ("Melanie Virgen, 13, and Edgar Sanchez, 15"): one person per run of capitals. */
    private Phrase names(Words w, int k) {
        int runs = 0;
        boolean inRun = false;
        int from = k;
        int head = k;
        boolean place = false;
        boolean aged = false;
        for (int j = k; j >= 0; j--) {
            String x = w.lower[j];
            if (j < k && w.sentenceBreak(j, j + 1)) {
                break;
            }
            if (nameWord(w, j)) {
                if (aged && j < k && w.clauseBreak(j, j + 1) && !isAgeApposition(w, j + 1) && !fromPlace(w, j)) {
                    break; // "the Medical Examiner's Office, Walter Barfield, 23, …": names with ages, this one has none
                }
                if (!inRun || w.clauseBreak(j, j + 1)) {
                    runs++;
                    if (place) {
                        head = j; // the name before "…, 23, of Cleveland"
                        place = false;
                    }
                }
                inRun = true;
                from = j;
                if (j == 0) {
                    break;
                }
                continue;
            }
            if (x.equals("of") && inRun && j >= 1 && isAgeApposition(w, j - 1)) {
                // "Brandon White, 31, of Warrensville Heights": where the person before is from, not another victim
                runs--;
                inRun = false;
                place = head == k || place;
                continue;
            }
            if (x.equals("and") || isAgeApposition(w, j) || AGE.matcher(x).matches()) {
                aged |= isAgeApposition(w, j);
                inRun = false;
                continue;
            }
            break;
        }
        return runs <= 0 ? null : new Phrase(from, k, (double) runs, w.surface(head), true);
    }

    /** True if the run of name words ending at j follows "…, 23, of": the place someone is from. */
    private boolean fromPlace(Words w, int j) {
        int s = j;
        while (s - 1 >= 0 && nameWord(w, s - 1) && !w.clauseBreak(s - 1, s)) {
            s--;
        }
        return s >= 2 && w.lower[s - 1].equals("of") && isAgeApposition(w, s - 2);
    }

    // ---- victims after the expression: its object -------------------------------------------------------------

    private Reading after(Words w, Trigger t, int first, int last) {
        Double count = null;
        int from = -1;
        int lone = -1; // a count word that may stand alone ("killed one inside the club")
        for (int j = last + 1; j < w.size() && j <= last + 6; j++) {
            if (w.clauseBreak(j - 1, j) && !(count != null && isAgeApposition(w, j))) {
                break;
            }
            String x = w.lower[j];
            if (from < 0) {
                from = j;
            }
            if (pronouns.containsKey(x) && !(counts.containsKey(x) && j + 1 < w.size() && !w.clauseBreak(j, j + 1)
                    && persons.containsKey(w.lower[j + 1]))) {
                double v = pronouns.get(x);
                return new Reading(t.predicate(), first, last, v == 0 ? null : v, span(w, j, j), x, "en.victims.object");
            }
            if (persons.containsKey(x) || AGE.matcher(x).matches()) {
                Phrase p = nounPhrase(w, j, j - 1);
                Phrase q = coordinatedAfter(w, j, p);
                return new Reading(t.predicate(), first, last, q.count, q.span(w), q.head, "en.victims.object");
            }
            Double n = countAt(w, j);
            if (n != null) {
                boolean bare = !ARTICLES.contains(x) || alone.contains(x);
                if (bare && (j + 1 >= w.size() || w.clauseBreak(j, j + 1) || w.lower[j + 1].equals("of")
                        || stop.contains(w.lower[j + 1]) || skip.contains(w.lower[j + 1]))) {
                    // "killed one has denied", "killed two in the shooting": the number alone is the victims
                    return new Reading(t.predicate(), first, last, n, span(w, from, j), x, "en.victims.object");
                }
                count = n;
                if (alone.contains(x)) {
                    lone = j;
                }
                continue;
            }
            if (nameWord(w, j)) {
                if (w.upper(first) && first > 0) {
                    break; // a headline in title case ("Shot, Killed During Christmas Gathering"): capitals are no names
                }
                // a name: one person per run of capitals, up to the end of the list
                int end = j;
                int runs = 1;
                for (int e = j + 1; e < w.size(); e++) {
                    if (w.sentenceBreak(e - 1, e)) {
                        break;
                    }
                    if (nameWord(w, e) && !w.clauseBreak(e - 1, e) && !w.lower[e - 1].equals("and")) {
                        end = e;
                    } else if (nameWord(w, e) && (w.lower[e - 1].equals("and") || isAgeApposition(w, e - 1))) {
                        runs++;
                        end = e;
                    } else if (isAgeApposition(w, e) || w.lower[e].equals("and") && e + 1 < w.size() && w.upper(e + 1)) {
                        continue;
                    } else {
                        break;
                    }
                }
                return new Reading(t.predicate(), first, last, count != null && count > runs ? count : (double) runs,
                        span(w, from, end), w.surface(j), "en.victims.names");
            }
            if (stop.contains(x) || skip.contains(x) || triggerAt(w, j) != null) {
                break;
            }
        }
        if (lone >= 0) {
            return new Reading(t.predicate(), first, last, count, span(w, from, lone), w.lower[lone], "en.victims.object");
        }
        return null;
    }

    private Phrase coordinatedAfter(Words w, int h, Phrase p) {
        int k = h + 1;
        boolean and = k + 1 < w.size() && w.lower[k].equals("and") && !w.clauseBreak(h, k);
        boolean comma = k + 1 < w.size() && commaBefore(w, k) && (persons.containsKey(w.lower[k])
                || countAt(w, k) != null && k + 1 < w.size() && persons.containsKey(w.lower[k + 1]));
        if (and || comma) {
            for (int j = and ? k + 1 : k; j < w.size() && j <= k + 5; j++) {
                if (w.clauseBreak(j - 1, j) || stop.contains(w.lower[j])) {
                    break;
                }
                if (persons.containsKey(w.lower[j])) {
                    Phrase q = coordinatedAfter(w, j, nounPhrase(w, j, j - 1));
                    return new Phrase(p.from, q.to, p.count == null || q.count == null ? null : p.count + q.count,
                            joined(p.head, q.head));
                }
            }
        }
        return p;
    }

    /** The count word j states: not a clock time ("0:41"), not an age ("seven month old", "2 year-old"). */
    private Double countAt(Words w, int j) {
        Double n = number(w.lower[j]);
        if (n == null) {
            return null;
        }
        if (w.start[j] > 0 && w.text.charAt(w.start[j] - 1) == ':' || w.end[j] < w.text.length() && w.text.charAt(w.end[j]) == ':') {
            return null;
        }
        if (j + 1 < w.size() && !w.clauseBreak(j, j + 1) && AGE_UNIT.matcher(w.lower[j + 1]).lookingAt()) {
            return null;
        }
        return n;
    }

    private Double number(String x) {
        Double n = counts.get(x);
        if (n != null) {
            return n;
        }
        if (!x.isEmpty() && x.length() <= 3 && x.chars().allMatch(Character::isDigit)) {
            return Double.parseDouble(x);
        }
        return null;
    }

    private static Span span(Words w, int from, int to) {
        return new Span(w.start[from], w.end[to]);
    }

    /** Words from..to (inclusive) of the victims, the count they give and the head word. */
    private record Phrase(int from, int to, Double count, String head, boolean names) {
        Phrase(int from, int to, Double count, String head) {
            this(from, to, count, head, false);
        }

        Span span(Words w) {
            return new Span(w.start[from], w.end[to]);
        }
    }
}
