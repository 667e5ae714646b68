package org.lagebild.time.timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lagebild.time.internal.SpanTable;
import org.lagebild.time.internal.Tsv;
import org.lagebild.time.quantity.QuantityLexicon;

/**
 * The compiled rules and word lists of {@link TimeTagger} for one language, read from words.tsv,
 * rules.tsv, relative.tsv and tense.tsv beside this class (rows of that language and "*").
 * Immutable and thread-safe.
 */
final class TimexLexicon {
    /** One extraction rule. {@code groups} lists the named groups its pattern has. */
    record Rule(String id, String kind, Pattern pattern, List<String> groups, String unit, String offset, String anchor,
                String modes, boolean[] first, boolean always) {
        /** True if a match can start with char {@code c}. */
        boolean canStartWith(char c) {
            return c >= first.length || first[c];
        }
    }

    static final List<String> GROUP_NAMES = List.of("d", "mn", "m", "y", "s", "p", "n", "u", "q", "h", "mi", "h2",
            "w", "dir", "n2", "u2", "dd", "yy", "tod");

    /** A leading word to trim from matches, unless the rest starts with {@code unless}. */
    record Trim(Pattern word, Pattern unless) {
    }

    final List<Trim> trims = new ArrayList<>();
    /** Lower-case words that make a following explicit date a narrative aside (asides.tsv). */
    final java.util.Set<String> asides = new java.util.HashSet<>();

    final String language;
    final List<Rule> rules = new ArrayList<>();
    final Map<String, String> words = new HashMap<>(); // lower-case word -> class:value
    final Map<String, String> tense = new HashMap<>();
    final QuantityLexicon numbers;
    /** The tense cues keyed for lookup by a char range, as if lower-cased (see {@link #tenseOf}). */
    private SpanTable<String> tenseTable;
    /** Per first word, which rules can start there; filled lazily, bounded, thread-safe. */
    private final SpanTable<long[]> starts = new SpanTable<>(MAX_CACHED);
    /** Per word and the next one, which of the first word's rules can start there; bounded, thread-safe. */
    private final SpanTable<long[]> pairStarts = new SpanTable<>(MAX_CACHED);
    private static final int MAX_CACHED = 200_000;

    private TimexLexicon(String language) {
        this.language = language;
        this.numbers = QuantityLexicon.load(language);
    }

    private static boolean ours(Tsv.Row r, String lang) {
        String l = r.get("lang");
        return l.equals("*") || l.equals(lang);
    }

    /** The lexicons loaded so far, one per language: every tagger shares them (and their caches). */
    private static final java.util.concurrent.ConcurrentMap<String, TimexLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The lexicon of {@code language} ("en", else German), loaded once and shared; immutable apart from its caches. */
    static TimexLexicon load(String language) {
        return LOADED.computeIfAbsent("en".equals(language) ? "en" : "de", TimexLexicon::read);
    }

    private static TimexLexicon read(String lang) {
        TimexLexicon x = new TimexLexicon(lang);
        Map<String, List<String>> classes = new HashMap<>();
        for (Tsv.Row r : Tsv.load(TimexLexicon.class, "words.tsv").require("word", "lang", "class", "value").rows()) {
            if (ours(r, lang)) {
                classes.computeIfAbsent(r.get("class"), k -> new ArrayList<>()).add(r.get("word"));
                x.words.put(r.get("word").toLowerCase(Locale.ROOT), r.get("class") + ":" + r.get("value"));
            }
        }
        for (Tsv.Row r : Tsv.load(TimexLexicon.class, "tense.tsv").require("word", "lang", "tense").rows()) {
            if (ours(r, lang)) {
                x.tense.put(r.get("word"), r.get("tense"));
            }
        }
        List<String> num = new ArrayList<>(x.numbers.numberWords());
        num.addAll(classes.getOrDefault("ONE", List.of()));
        Map<String, String> slots = new HashMap<>();
        slots.put("MONTH", "(?-i:" + alt(classes.get("MONTH")) + ")");
        slots.put("SEASON", "(?-i:" + alt(classes.get("SEASON")) + ")");
        slots.put("WEEKDAY", "(?-i:" + alt(classes.get("WEEKDAY")) + ")");
        slots.put("UNIT", "(?-i:" + alt(classes.get("UNIT")) + ")");
        slots.put("PART", alt(classes.get("PART")));
        slots.put("QUAL", alt(classes.get("QUAL")));
        slots.put("VAGUE", alt(classes.get("VAGUE")));
        slots.put("NUM", "(?:\\d{1,3}|" + alt(num) + ")");
        for (Tsv.Row r : Tsv.load(TimexLexicon.class, "rules.tsv").require("id", "lang", "kind", "pattern").rows()) {
            if (ours(r, lang)) {
                String p = r.get("pattern");
                for (Map.Entry<String, String> e : slots.entrySet()) {
                    p = p.replace("{" + e.getKey() + "}", e.getValue());
                }
                Rule rule = rule(r.get("id"), r.get("kind"), p, null, null, null, "NEWS NARRATIVE");
                if (r.has("opens")) {
                    rule = opening(rule, Pattern.compile(r.get("opens")));
                }
                x.rules.add(rule);
            }
        }
        for (Tsv.Row r : Tsv.load(TimexLexicon.class, "relative.tsv").require("phrase", "lang", "unit", "offset", "anchor").rows()) {
            if (ours(r, lang)) {
                x.rules.add(rule("rel:" + r.line(), "REL", r.get("phrase"), r.get("unit"), r.get("offset"), r.get("anchor"),
                        r.get("modes")));
            }
        }
        for (Tsv.Row r : Tsv.load(TimexLexicon.class, "asides.tsv").require("word", "lang").rows()) {
            if (ours(r, lang)) {
                x.asides.add(r.get("word").toLowerCase(Locale.ROOT));
            }
        }
        for (Tsv.Row r : Tsv.load(TimexLexicon.class, "trim.tsv").require("word", "lang", "unless").rows()) {
            if (ours(r, lang)) {
                x.trims.add(new Trim(Pattern.compile("(?:" + r.get("word").replace(" ", "\\s+") + ")\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        r.has("unless") ? Pattern.compile(r.get("unless"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) : null));
            }
        }
        x.tenseTable = SpanTable.of(x.tense);
        return x;
    }

    /**
     * The rule with its opening chars given by the data (column {@code opens}, a one-char pattern)
     * instead of probed: a pattern that starts with a look-behind cannot be probed on one char.
     */
    private static Rule opening(Rule r, Pattern opens) {
        boolean[] first = new boolean[0x250];
        for (char c = 0; c < first.length; c++) {
            first[c] = opens.matcher(String.valueOf(c)).matches();
        }
        return new Rule(r.id(), r.kind(), r.pattern(), r.groups(), r.unit(), r.offset(), r.anchor(), r.modes(), first, true);
    }

    private static Rule rule(String id, String kind, String body, String unit, String offset, String anchor, String modes) {
        String full = "(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}])";
        Pattern p = Pattern.compile(full, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> groups = GROUP_NAMES.stream().filter(g -> full.contains("(?<" + g + ">")).toList();
        // Which chars can open a match: a failed lookingAt() that did not hit the end of a one-char
        // input rules that char out. The tagger tries a rule only at word starts it can open.
        boolean[] first = new boolean[0x250];
        boolean any = false;
        for (char c = 0; c < first.length; c++) {
            if (Character.isLetterOrDigit(c)) {
                Matcher m = p.matcher(String.valueOf(c));
                first[c] = m.lookingAt() || m.hitEnd();
                any |= first[c];
            }
        }
        if (!any) {
            java.util.Arrays.fill(first, true);
        }
        return new Rule(id, kind, p, groups, unit, offset, anchor, modes, first, !any);
    }

    private static String alt(List<String> words) {
        if (words == null || words.isEmpty()) {
            return "(?!)";
        }
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> java.util.Arrays.stream(w.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The rules that can open a match at a word starting with {@code word} (a run of letters and
     * digits), as a bit set over {@link #rules}: a rule is ruled out when it neither matches nor
     * hits the end of input on the word alone.
     */
    long[] rulesStartingWith(CharSequence text, int from, int to) {
        long[] m = starts.get(text, from, to);
        if (m != null) {
            return m;
        }
        String word = text.subSequence(from, to).toString();
        m = new long[(rules.size() + 63) / 64];
        for (int k = 0; k < rules.size(); k++) {
            Rule r = rules.get(k);
            boolean can;
            if (!r.canStartWith(word.charAt(0))) {
                can = false;
            } else if (r.always()) {
                can = true;
            } else {
                Matcher x = r.pattern().matcher(word);
                can = x.lookingAt() || x.hitEnd();
            }
            if (can) {
                m[k >>> 6] |= 1L << (k & 63);
            }
        }
        starts.put(word, m);
        return m;
    }

    /**
     * The rules among {@code candidates} that can open a match at {@code text[from, to)}, a longer
     * stretch than one word (the word and the next one): a rule that neither matches nor hits the
     * end of input on this prefix of the remaining text cannot match there. Rules with a
     * look-behind ({@link Rule#always()}) stay in. Cached by the stretch, bounded, thread-safe.
     */
    long[] rulesStartingWith(CharSequence text, int from, int to, long[] candidates) {
        long[] m = pairStarts.get(text, from, to);
        if (m != null) {
            return m;
        }
        String stretch = text.subSequence(from, to).toString();
        m = new long[candidates.length];
        for (int w = 0; w < candidates.length; w++) {
            long bits = candidates[w];
            while (bits != 0) {
                int k = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                Rule r = rules.get(k);
                boolean can = r.always();
                if (!can) {
                    Matcher x = r.pattern().matcher(stretch);
                    can = x.lookingAt() || x.hitEnd();
                }
                if (can) {
                    m[w] |= 1L << (k & 63);
                }
            }
        }
        pairStarts.put(stretch, m);
        return m;
    }

    /** The tense cue ("PAST", "FUTURE" ...) of the word {@code text[from, to)} in lower case, or null. */
    String tenseOf(CharSequence text, int from, int to) {
        Object t = tenseTable.getLowerCase(text, from, to);
        if (t == SpanTable.NOT_LATIN1) {
            return tense.get(text.subSequence(from, to).toString().toLowerCase(Locale.ROOT));
        }
        return (String) t;
    }

    /** The class:value of a listed word, or null. */
    String word(String w) {
        return w == null ? null : words.get(w.toLowerCase(Locale.ROOT));
    }

    /** A number written in digits or words; "einige" and the like give -1 (unspecified). */
    int number(String s) {
        if (s == null) {
            return -2;
        }
        String w = s.toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty() && w.length() < 7) {
            return Integer.parseInt(w);
        }
        String c = word(w);
        if (c != null && c.startsWith("VAGUE:")) {
            return -1;
        }
        if (c != null && c.startsWith("ONE:")) {
            return Integer.parseInt(c.substring(4));
        }
        Double v = numbers.numberValue(w);
        return v == null || v > 100000 ? -2 : v.intValue();
    }
}
