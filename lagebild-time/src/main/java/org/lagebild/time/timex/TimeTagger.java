package org.lagebild.time.timex;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Stage;
import org.lagebild.model.Document;
import org.lagebild.model.Layer;
import org.lagebild.model.Provenance;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.model.TimeExpression;
import org.lagebild.model.TimexType;

/**
 * Finds time expressions in German (first) and English text and normalises them TIMEX3-style:
 * dates ("2024-08-06"), months, years, weeks ("2025-W24"), seasons ("2024-FA"), parts of periods
 * ("Ende April" = "2025-04" with mod END), decades, centuries, clock times, durations ("seit über
 * fünf Monaten" = "P5M" with mod MORE_THAN) and PAST_REF/PRESENT_REF/FUTURE_REF.
 *
 * <p>Relative and underspecified expressions are resolved against {@link Document#referenceTime()}
 * (falling back to {@link AnnotationContext#today()}) using the tense of their sentence ({@link
 * Mode#NEWS}), or against the last date mentioned ({@link Mode#NARRATIVE}, as for histories);
 * "am Tag zuvor" and "zwei Tage später" are anchored to the last date mentioned, and stay unresolved
 * (value null, {@code resolved} false) when there is none, as do impossible dates ("31. Februar").
 * Each expression keeps its span (char offsets into the article text), the rule id that produced it
 * and its anchor ("DCT" or the anchoring value). Rules and word lists are data (rules.tsv,
 * words.tsv, relative.tsv, tense.tsv). Requires LANGUAGE, SENTENCES and REFERENCE_TIME; provides
 * TIMES. Immutable and thread-safe.
 */
public final class TimeTagger implements Stage {
    public static final String NAME = "times";

    /** How underspecified expressions are anchored. */
    public enum Mode {
        /** Against the reference time, with the sentence's tense (news reports). */
        NEWS,
        /** Against the last date mentioned in the text (histories, narratives). */
        NARRATIVE
    }

    private final Mode mode;
    private final TimexLexicon german;
    private final TimexLexicon english;

    public TimeTagger() {
        this(Mode.NEWS);
    }

    public TimeTagger(Mode mode) {
        this.mode = mode;
        this.german = TimexLexicon.load("de");
        this.english = TimexLexicon.load("en");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.LANGUAGE, Layer.SENTENCES, Layer.REFERENCE_TIME);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.TIMES);
    }

    @Override
    public Document apply(Document document, AnnotationContext context) {
        LocalDate ref = document.referenceTime() != null ? document.referenceTime() : context.today();
        return document.withTimes(tag(document.text(), document.sentences(), document.language(), ref));
    }

    /**
     * Tags a text outside a pipeline. {@code sentences} may be empty (the text is then one sentence).
     */
    public List<TimeExpression> tag(String text, List<Sentence> sentences, String language, LocalDate reference) {
        TimexLexicon lex = "en".equals(language) ? english : german;
        Run run = new Run(text, lex, reference, mode);
        if (sentences.isEmpty()) {
            run.sentence(0, text.length(), -1);
        } else {
            for (Sentence s : sentences) {
                run.sentence(Math.min(s.span().start(), text.length()), Math.min(s.span().end(), text.length()), s.index());
            }
        }
        run.writtenDateWins();
        return run.out;
    }

    /**
     * The tense of one sentence from its cues (tense.tsv): +1 past, -1 future, 0 unknown or present.
     */
    public int tense(String sentence, String language) {
        TimexLexicon lex = "en".equals(language) ? english : german;
        Scan known = Scans.get(lex, mode, sentence);
        return known != null ? known.tense() : new Run(sentence, lex, LocalDate.of(2000, 1, 1), mode).tense(sentence);
    }

    /**
     * What a sentence's text alone decides, whatever the reference day: its tense and its candidate
     * matches (offsets from the sentence's start, in the order they are resolved). The publication
     * date is inferred by tagging an article three times against different reference days and the
     * time stage tags it once more; each sentence is scanned once.
     */
    record Scan(int tense, List<Cand> cands) {
    }

    /**
     * The scans of the sentences each thread tagged last, keyed by lexicon, mode and sentence text; bounded. A
     * memo of a pure function: a scan that throws is not kept, so it throws again as before.
     */
    static final class Scans {
        private static final int MAX = 4096;

        private record Key(TimexLexicon lex, Mode mode, String sentence) {
        }

        private static final ThreadLocal<Map<Key, Scan>> MEMO = ThreadLocal.withInitial(
                () -> new java.util.LinkedHashMap<>(256, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Key, Scan> eldest) {
                        return size() > MAX;
                    }
                });

        static Scan get(TimexLexicon lex, Mode mode, String sentence) {
            return MEMO.get().get(new Key(lex, mode, sentence));
        }

        static void put(TimexLexicon lex, Mode mode, String sentence, Scan scan) {
            MEMO.get().put(new Key(lex, mode, sentence), scan);
        }
    }

    /** A bare year this far from the narrative's current year is an aside and does not move the anchor. */
    static final int FAR_YEARS = 10;

    /** Granularity of a resolved date, finest first. */
    enum Grain { DAY, WEEK, MONTH, SEASON, YEAR }

    /** A resolved calendar anchor: the first day of the period and its grain. */
    record Anchor(LocalDate day, Grain grain, String value) {
    }

    /** A candidate match. */
    record Cand(int start, int end, int order, TimexLexicon.Rule rule, Map<String, String> groups) {
    }

    /** The tagging state for one document; not shared. */
    static final class Run {
        final String text;
        final TimexLexicon lex;
        final LocalDate ref;
        final Mode mode;
        final List<TimeExpression> out = new ArrayList<>();
        final long[] activeMask;
        /** One matcher per rule for the whole document, re-bound to each sentence on first use there. */
        final Matcher[] matchers;
        /** The sentence (by {@link #stamp}) each matcher is bound to. */
        final int[] boundTo;
        int stamp;
        Anchor last;
        /** The year of the current chapter, from a heading that names one year ("1862"), or null. */
        Anchor chapter;
        int tense;
        /** The start of the candidate being resolved. */
        int resolving;
        /** The starts of the weekdays read as the day after the reference day (rules.tsv kind WEEKDAY_NEXT). */
        final java.util.Set<Integer> nextDays = new java.util.HashSet<>();

        Run(String text, TimexLexicon lex, LocalDate ref, Mode mode) {
            this.text = text;
            this.lex = lex;
            this.ref = ref;
            this.mode = mode;
            this.matchers = new Matcher[lex.rules.size()];
            this.boundTo = new int[lex.rules.size()];
            this.activeMask = new long[(lex.rules.size() + 63) / 64];
            for (int k = 0; k < lex.rules.size(); k++) {
                if (lex.rules.get(k).modes().contains(mode.name())) {
                    activeMask[k >>> 6] |= 1L << (k & 63);
                }
            }
        }

        void sentence(int from, int to, int index) {
            int before = out.size();
            Anchor savedLast = last;
            try {
                String s = text.substring(from, to);
                Scan scan = Scans.get(lex, mode, s);
                tense = scan != null ? scan.tense() : tense(s);
                if (mode == Mode.NARRATIVE && chapter != null && last != null && (from == 0 || text.charAt(from - 1) == '\n')
                        && last.day().getYear() != chapter.day().getYear()) {
                    // a new paragraph of a one-year chapter is back in that year after an aside
                    last = chapter;
                }
                if (scan == null) {
                    scan = new Scan(tense, candidates(s));
                    Scans.put(lex, mode, s, scan);
                }
                int covered = -1;
                for (Cand rel : scan.cands()) {
                    Cand c = from == 0 ? rel : new Cand(from + rel.start(), from + rel.end(), rel.order(), rel.rule(), rel.groups());
                    if (c.start() < covered) {
                        continue;
                    }
                    TimeExpression te = resolve(c, index);
                    if (te != null) {
                        out.add(te);
                        covered = c.end();
                    }
                }
                if (mode == Mode.NARRATIVE && isHeading(from, to)) {
                    heading(out.subList(before, out.size()));
                }
            } catch (RuntimeException | StackOverflowError e) {
                // A stage must not throw for any text: leave this sentence out.
                out.subList(before, out.size()).clear();
                last = savedLast;
            }
        }

        /** The rule matches in sentence {@code s} (offsets into {@code s}), sorted as they are resolved. */
        List<Cand> candidates(String s) {
            List<Cand> cands = new ArrayList<>();
            List<TimexLexicon.Rule> rules = lex.rules;
            stamp++;
            int n = s.length();
            for (int p = 0; p < n; p++) {
                char c = s.charAt(p);
                if (!Character.isLetterOrDigit(c) || (p > 0 && Character.isLetterOrDigit(s.charAt(p - 1)))) {
                    continue;
                }
                int we = p + 1;
                while (we < n && Character.isLetterOrDigit(s.charAt(we)) && we - p < 40) {
                    we++;
                }
                long[] mask = lex.rulesStartingWith(s, p, we);
                if (anyActive(mask)) {
                    // Most words that can open a rule ("die", "in", "vor") are ruled out by the next word.
                    int q = we;
                    while (q < n && q - we <= MAX_GAP && !Character.isLetterOrDigit(s.charAt(q))) {
                        q++;
                    }
                    if (q < n && q - we <= MAX_GAP) {
                        int qe = q + 1;
                        while (qe < n && Character.isLetterOrDigit(s.charAt(qe)) && qe - q < 40) {
                            qe++;
                        }
                        mask = lex.rulesStartingWith(s, p, qe, mask);
                    }
                }
                for (int w = 0; w < mask.length; w++) {
                    long bits = mask[w] & activeMask[w];
                    while (bits != 0) {
                    int k = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    TimexLexicon.Rule r = rules.get(k);
                    Matcher m = matchers[k];
                    if (m == null) {
                        m = r.pattern().matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
                        matchers[k] = m;
                        boundTo[k] = stamp;
                    } else if (boundTo[k] != stamp) {
                        m.reset(s); // keeps the bounds settings; cheaper than a new matcher
                        boundTo[k] = stamp;
                    }
                    m.region(p, n);
                    if (!m.lookingAt() || m.end() == m.start()) {
                        continue;
                    }
                    Map<String, String> g = new HashMap<>();
                    for (String name : r.groups()) {
                        String v = m.group(name);
                        if (v != null) {
                            g.put(name, v);
                        }
                    }
                    cands.add(new Cand(trimmed(s, m.start(), m.end()), m.end(), k, r, g));
                    }
                }
            }
            cands.sort(Comparator.comparingInt(Cand::start).thenComparing(c -> -(c.end() - c.start()))
                    .thenComparingInt(Cand::order));
            return List.copyOf(cands);
        }

        /** Most non-word chars between a word and the next one for the two-word pre-filter. */
        static final int MAX_GAP = 3;

        boolean anyActive(long[] mask) {
            for (int w = 0; w < mask.length; w++) {
                if ((mask[w] & activeMask[w]) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** The start of a match after leading prepositions ("im Juni" -> "Juni"). */
        int trimmed(String s, int start, int end) {
            for (TimexLexicon.Trim t : lex.trims) {
                Matcher m = t.word().matcher(s).region(start, end);
                if (m.lookingAt() && m.end() < end) {
                    if (t.unless() != null && t.unless().matcher(s).region(m.end(), end).lookingAt()) {
                        return start;
                    }
                    return m.end();
                }
            }
            return start;
        }

        /** Longest line that still counts as a heading. */
        static final int HEADING_CHARS = 80;

        /** True if {@code [from, to)} is a whole short line without closing punctuation. */
        boolean isHeading(int from, int to) {
            if (from > 0 && text.charAt(from - 1) != '\n') {
                return false;
            }
            int end = to;
            while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end == from || end - from > HEADING_CHARS || (to < text.length() && text.charAt(to - 1) != '\n')) {
                return false;
            }
            char c = text.charAt(end - 1);
            return c != '.' && c != '!' && c != '?' && c != ':' && c != ';' && c != ',';
        }

        /**
         * A heading naming one year opens a chapter set in that year; one naming several starts at
         * the first; one naming none (a sub-section) returns the story to its chapter's year.
         */
        void heading(List<TimeExpression> found) {
            List<Integer> years = new ArrayList<>();
            for (TimeExpression t : found) {
                if (t.anchor() == null && t.value() != null && t.value().matches("\\d{4}.*")) {
                    years.add(Integer.parseInt(t.value().substring(0, 4)));
                }
            }
            if (years.isEmpty()) {
                if (chapter != null) {
                    last = chapter;
                }
                return;
            }
            int first = years.stream().min(Integer::compare).orElseThrow();
            boolean one = years.stream().allMatch(y -> y == first);
            Anchor a = new Anchor(LocalDate.of(first, 1, 1), Grain.YEAR, y4(first));
            chapter = one ? a : null;
            last = a;
        }

        /** The lower-case word right before {@code pos} (skipping spaces), or "". */
        String wordBefore(int pos) {
            int e = pos;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                b--;
            }
            return text.substring(b, e).toLowerCase(Locale.ROOT);
        }

        /** True if position {@code pos} lies inside parentheses (asides such as life dates). */
        boolean inParentheses(int pos) {
            for (int i = pos - 1; i >= Math.max(0, pos - 80); i--) {
                char c = text.charAt(i);
                if (c == ')' || c == '\n') {
                    return false;
                }
                if (c == '(') {
                    for (int j = pos; j < Math.min(text.length(), pos + 80); j++) {
                        char d = text.charAt(j);
                        if (d == ')') {
                            return true;
                        }
                        if (d == '(' || d == '\n') {
                            return false;
                        }
                    }
                    return false;
                }
            }
            return false;
        }

        /** +1 past, -1 future, 0 unknown, from the tense cues of the sentence. */
        int tense(String s) {
            boolean german = lex.language.equals("de");
            int past = 0;
            int future = 0;
            int n = s.length();
            boolean afterDeterminer = false;
            for (int i = 0; i < n; i++) {
                if (!Character.isLetter(s.charAt(i)) || (i > 0 && Character.isLetter(s.charAt(i - 1)))) {
                    continue;
                }
                int e = i + 1;
                while (e < n && Character.isLetter(s.charAt(e))) {
                    e++;
                }
                String t = lex.tenseOf(s, i, e);
                if (t != null) {
                    if (t.equals("PAST")) {
                        past++;
                    } else if (t.equals("FUTURE")) {
                        future++;
                    }
                } else if (german && Character.isLowerCase(s.charAt(i)) && e - i >= 6 && pastEnding(s, e)
                        && !(afterDeterminer && beforeNoun(s, e))) {
                    past++;
                }
                afterDeterminer = "DETERMINER".equals(t) && e < n && s.charAt(e) == ' ';
            }
            return Integer.compare(past, future);
        }

        /**
         * True if the next word after {@code e} (one space on) starts with a capital: with a determiner before it, a
         * word in -te/-ten is an adjective before its noun ("im konkreten Fall", "der geplanten Reform"), not a
         * preterite ("die kämpften.", "die Soldaten, die kämpften").
         */
        static boolean beforeNoun(String s, int e) {
            return e + 1 < s.length() && s.charAt(e) == ' ' && Character.isUpperCase(s.charAt(e + 1));
        }

        /** True if the word ending at {@code e} ends in "te" or "ten" but not "ste" or "sten" (a weak past form). */
        static boolean pastEnding(String s, int e) {
            int k = s.charAt(e - 1) == 'n' ? e - 1 : e;
            return s.charAt(k - 1) == 'e' && s.charAt(k - 2) == 't' && s.charAt(k - 3) != 's';
        }

        TimeExpression resolve(Cand c, int sentence) {
            Map<String, String> g = c.groups();
            String kind = c.rule().kind();
            String txt = text.substring(c.start(), c.end());
            resolving = c.start();
            Val v;
            try {
                v = switch (kind) {
                    case "ISO" -> iso(txt);
                    case "DMY" -> dmy(g);
                    case "DM", "DLIST" -> dm(g);
                    case "PM" -> partMonth(g);
                    case "MY" -> monthYear(g);
                    case "M" -> month(g);
                    case "SEASON" -> season(g);
                    case "PY" -> year(Integer.parseInt(g.get("y")), mod(g.get("p")));
                    case "PYREL" -> year(contextYear(), mod(g.get("p")));
                    case "PYWORD" -> yearWord(g);
                    case "HALF" -> half(g);
                    case "BC" -> new Val(TimexType.DATE, String.format(Locale.ROOT, "BC%04d", Integer.parseInt(g.get("y"))), null, null, null);
                    case "Y" -> plainYear(c, g);
                    case "Y2" -> year(Integer.parseInt(g.get("y") + g.get("yy")), null);
                    case "TOD" -> timeOfDay(g);
                    case "DECADE" -> new Val(TimexType.DATE, g.get("y") + g.get("dd"), null, null, null);
                    case "CENTURY" -> century(g);
                    case "CLOCK" -> clock(g);
                    case "WEEKDAY" -> weekday(g, false);
                    case "WEEKDAY_NEXT" -> weekday(g, !dateFollows(c.end()));
                    case "AGO" -> ago(g);
                    case "LATER" -> later(g);
                    case "DURATION" -> duration(g);
                    case "REL" -> relative(c.rule());
                    default -> null;
                };
            } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
                v = Val.UNRESOLVED_DATE;
            }
            if (v == null) {
                return null;
            }
            boolean farYear = mode == Mode.NARRATIVE && kind.equals("Y") && last != null && v.anchorOut() != null
                    && Math.abs(v.anchorOut().day().getYear() - last.day().getYear()) > FAR_YEARS;
            boolean aside = mode == Mode.NARRATIVE && v.anchor() == null && lex.asides.contains(wordBefore(c.start()));
            if (v.anchorOut() != null && !farYear && !aside && !(mode == Mode.NARRATIVE && inParentheses(c.start()))) {
                last = v.anchorOut();
            }
            return new TimeExpression(new Span(c.start(), c.end()), txt, v.type(), v.value(), v.mod(), v.anchor(),
                    v.value() != null, new Provenance(NAME, c.rule().id(), sentence));
        }

        // ---- value builders ----------------------------------------------------------------

        record Val(TimexType type, String value, String mod, String anchor, Anchor anchorOut) {
            static final Val UNRESOLVED_DATE = new Val(TimexType.DATE, null, null, null, null);
        }

        static String ymd(LocalDate d) {
            return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }

        static String ym(int y, int m) {
            return String.format(Locale.ROOT, "%04d-%02d", y, m);
        }

        static String y4(int y) {
            return String.format(Locale.ROOT, "%04d", y);
        }

        int monthOf(Map<String, String> g) {
            if (g.containsKey("mn")) {
                return Integer.parseInt(g.get("mn"));
            }
            String w = lex.word(g.get("m"));
            if (w == null || !w.startsWith("MONTH:")) {
                throw new NumberFormatException("no month " + g.get("m"));
            }
            return Integer.parseInt(w.substring(6));
        }

        String mod(String part) {
            if (part == null) {
                return null;
            }
            String w = lex.word(part.replaceAll("\\s+", " "));
            return w != null && w.startsWith("PART:") ? w.substring(5) : null;
        }

        Val iso(String txt) {
            LocalDate d = LocalDate.parse(txt.substring(0, 10));
            Anchor a = new Anchor(d, Grain.DAY, ymd(d));
            return new Val(txt.length() > 10 ? TimexType.TIME : TimexType.DATE, txt, null, null, a);
        }

        Val dmy(Map<String, String> g) {
            int y = Integer.parseInt(g.get("y"));
            if (g.get("y").length() == 2) {
                y += y <= (ref.getYear() % 100) + 1 ? (ref.getYear() / 100) * 100 : (ref.getYear() / 100 - 1) * 100;
            }
            return day(y, monthOf(g), Integer.parseInt(g.get("d")), null);
        }

        Val day(int y, int m, int d, String anchor) {
            if (y < 1 || y > 9999) {
                return Val.UNRESOLVED_DATE;
            }
            LocalDate date = LocalDate.of(y, m, d);
            return new Val(TimexType.DATE, ymd(date), null, anchor, new Anchor(date, Grain.DAY, ymd(date)));
        }

        Val dm(Map<String, String> g) {
            int m = monthOf(g);
            int d = Integer.parseInt(g.get("d"));
            if (g.containsKey("y")) {
                return day(Integer.parseInt(g.get("y")), m, d, null);
            }
            if (d < 1 || d > 31) {
                return Val.UNRESOLVED_DATE;
            }
            int y = yearFor(m, Math.min(d, 28));
            return day(y, m, d, anchorName());
        }

        String anchorName() {
            return mode == Mode.NEWS || last == null ? "DCT" : last.value();
        }

        /** The year of an underspecified month (and day) by tense (news) or the last date (narrative). */
        int yearFor(int month, int day) {
            if (mode == Mode.NARRATIVE) {
                return last != null ? last.day().getYear() : ref.getYear();
            }
            int y = ref.getYear();
            LocalDate cand = LocalDate.of(y, month, day);
            if (tense > 0 && cand.isAfter(ref)) {
                return y - 1;
            }
            if (tense < 0 && cand.isBefore(ref.withDayOfMonth(1))) {
                return y + 1;
            }
            if (tense == 0) {
                if (month - ref.getMonthValue() > 6) {
                    return y - 1;
                }
                if (ref.getMonthValue() - month > 6) {
                    return y + 1;
                }
            }
            return y;
        }

        int contextYear() {
            return mode == Mode.NARRATIVE && last != null ? last.day().getYear() : ref.getYear();
        }

        Val partMonth(Map<String, String> g) {
            int m = monthOf(g);
            int y = g.containsKey("y") ? Integer.parseInt(g.get("y")) : yearFor(m, 1);
            return monthVal(y, m, mod(g.get("p")), g.containsKey("y") ? null : anchorName());
        }

        Val monthVal(int y, int m, String mod, String anchor) {
            if (m < 1 || m > 12 || y < 1 || y > 9999) {
                return Val.UNRESOLVED_DATE;
            }
            return new Val(TimexType.DATE, ym(y, m), mod, anchor, new Anchor(LocalDate.of(y, m, 1), Grain.MONTH, ym(y, m)));
        }

        Val monthYear(Map<String, String> g) {
            return monthVal(Integer.parseInt(g.get("y")), monthOf(g), null, null);
        }

        Val timeOfDay(Map<String, String> g) {
            String code = switch (g.get("tod").toLowerCase(Locale.ROOT)) {
                case "morgen", "vormittag" -> "MO";
                case "mittag" -> "MI";
                case "nachmittag" -> "AF";
                case "abend" -> "EV";
                default -> "NI";
            };
            int m;
            if (g.containsKey("m")) {
                m = monthOf(g);
            } else if (last != null && last.grain().compareTo(Grain.MONTH) <= 0) {
                m = last.day().getMonthValue();
            } else {
                return Val.UNRESOLVED_DATE;
            }
            int d = Integer.parseInt(g.get("d"));
            int y = g.containsKey("y") ? Integer.parseInt(g.get("y")) : yearFor(m, Math.min(d, 28));
            Val day = day(y, m, d, g.containsKey("y") ? null : anchorName());
            if (day.value() == null) {
                return day;
            }
            String mod = g.get("p") == null ? null : g.get("p").toLowerCase(Locale.ROOT).startsWith("früh") ? "START" : "END";
            return new Val(TimexType.TIME, day.value() + "T" + code, mod, day.anchor(), day.anchorOut());
        }

        /** The year named relative to the story's year ("des folgenden Jahres", "desselben Jahres"). */
        int relativeYear(String dir) {
            String d = dir.toLowerCase(Locale.ROOT);
            int off = d.contains("folgend") || d.contains("nächst") || d.contains("kommend") ? 1
                    : d.contains("vorig") || d.contains("vorangegangen") ? -1 : 0;
            return (last != null ? last.day().getYear() : ref.getYear()) + off;
        }

        Val month(Map<String, String> g) {
            int m = monthOf(g);
            if (g.containsKey("dir")) {
                return monthVal(relativeYear(g.get("dir")), m, null, last != null ? last.value() : "DCT");
            }
            if (g.containsKey("y")) {
                return monthVal(Integer.parseInt(g.get("y")), m, null, null);
            }
            return monthVal(yearFor(m, 1), m, null, anchorName());
        }

        Val season(Map<String, String> g) {
            String w = lex.word(g.get("s"));
            String code = w.substring(w.indexOf(':') + 1);
            int startMonth = switch (code) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            int y = g.containsKey("y") ? Integer.parseInt(g.get("y"))
                    : g.containsKey("dir") ? relativeYear(g.get("dir")) : yearFor(startMonth, 1);
            if (y < 1 || y > 9999) {
                return Val.UNRESOLVED_DATE;
            }
            String value = y4(y) + "-" + code;
            return new Val(TimexType.DATE, value, mod(g.get("p")), g.containsKey("y") ? null : anchorName(),
                    new Anchor(LocalDate.of(y, startMonth, 1), Grain.SEASON, value));
        }

        Val year(int y, String mod) {
            if (y < 1 || y > 9999) {
                return Val.UNRESOLVED_DATE;
            }
            return new Val(TimexType.DATE, y4(y), mod, null, new Anchor(LocalDate.of(y, 1, 1), Grain.YEAR, y4(y)));
        }

        Val yearWord(Map<String, String> g) {
            String p = g.get("p").toLowerCase(Locale.ROOT);
            String mod = p.endsWith("ende") || p.endsWith("wechsel") ? "END" : p.endsWith("mitte") ? "MID" : "START";
            return year(g.containsKey("y") ? Integer.parseInt(g.get("y")) : contextYear(), mod);
        }

        Val half(Map<String, String> g) {
            int y = g.containsKey("y") ? Integer.parseInt(g.get("y")) : contextYear();
            String h = g.get("p").toLowerCase(Locale.ROOT).startsWith("erst") ? "H1" : "H2";
            return new Val(TimexType.DATE, y4(y) + "-" + h, null, null, null);
        }

        Val plainYear(Cand c, Map<String, String> g) {
            // "rund 2000 Soldaten" is a count: years do not take quantity qualifiers.
            String before = text.substring(Math.max(0, c.start() - 12), c.start()).toLowerCase(Locale.ROOT);
            if (before.matches("(?s).*(?:rund|etwa|über|mehr als|bis zu|knapp|fast|ca\\.|mindestens|insgesamt|nur|weitere)\\s+$")) {
                return null;
            }
            return year(Integer.parseInt(g.get("y")), null);
        }

        Val century(Map<String, String> g) {
            int n = Integer.parseInt(g.get("n"));
            if (n < 1 || n > 99) {
                return Val.UNRESOLVED_DATE;
            }
            return new Val(TimexType.DATE, String.format(Locale.ROOT, "%02d", n - 1), null, null, null);
        }

        Val clock(Map<String, String> g) {
            int h = Integer.parseInt(g.containsKey("h") ? g.get("h") : g.get("h2"));
            int mi = g.containsKey("mi") ? Integer.parseInt(g.get("mi")) : 0;
            if (h > 24 || mi > 59) {
                return null;
            }
            LocalDate d = last != null && last.grain() == Grain.DAY ? last.day() : ref;
            String anchor = last != null && last.grain() == Grain.DAY ? last.value() : "DCT";
            return new Val(TimexType.TIME, ymd(d) + String.format(Locale.ROOT, "T%02d:%02d", h, mi), null, anchor, null);
        }

        /**
         * A weekday: in narrative mode the next such day on or after the last date; in news mode the last such day on
         * or before the reference time (the next on or after it in a future-tense sentence). With {@code nextDay}
         * (rules.tsv kind WEEKDAY_NEXT) a past-tense weekday that names the day right after the reference day is that
         * day: the page was updated after its recorded date, it does not speak of six days before.
         */
        Val weekday(Map<String, String> g, boolean nextDay) {
            String w = lex.word(g.get("w"));
            DayOfWeek dow = DayOfWeek.of(Integer.parseInt(w.substring(w.indexOf(':') + 1)));
            LocalDate base;
            String anchor;
            if (mode == Mode.NARRATIVE) {
                if (last == null || last.grain() != Grain.DAY) {
                    return new Val(TimexType.DATE, null, null, null, null);
                }
                base = last.day();
                anchor = last.value();
                LocalDate d = base.with(TemporalAdjusters.nextOrSame(dow));
                return new Val(TimexType.DATE, ymd(d), null, anchor, new Anchor(d, Grain.DAY, ymd(d)));
            }
            base = ref;
            LocalDate d = tense < 0 ? base.with(TemporalAdjusters.nextOrSame(dow)) : base.with(TemporalAdjusters.previousOrSame(dow));
            if (nextDay && tense > 0 && dow == base.plusDays(1).getDayOfWeek()) {
                d = base.plusDays(1);
                nextDays.add(resolving);
            }
            return new Val(TimexType.DATE, ymd(d), null, "DCT", new Anchor(d, Grain.DAY, ymd(d)));
        }

        /**
         * A weekday read as the day after the reference day (WEEKDAY_NEXT) yields to a date written in the same text
         * that falls on that weekday before the reference day, the latest such: the text speaks of that day, as it
         * does of a date written right after the weekday ({@link #dateFollows}). A page dated Friday 2017-01-13 whose
         * photo captions of November say "five people were shot ... on Saturday night" and whose text says the party
         * "was being held on Nov. 12" (a Saturday) speaks of 2016-11-12, not of the next day.
         */
        void writtenDateWins() {
            if (nextDays.isEmpty()) {
                return;
            }
            for (int i = 0; i < out.size(); i++) {
                TimeExpression t = out.get(i);
                if (!nextDays.contains(t.span().start()) || t.value() == null) {
                    continue;
                }
                DayOfWeek dow = LocalDate.parse(t.value()).getDayOfWeek();
                LocalDate best = null;
                for (TimeExpression o : out) {
                    if (o.type() != TimexType.DATE || o.value() == null || !o.value().matches("\\d{4}-\\d{2}-\\d{2}")
                            || o.provenance() == null || o.provenance().rule().startsWith("weekday")) {
                        continue;
                    }
                    LocalDate d = LocalDate.parse(o.value());
                    if (d.getDayOfWeek() == dow && d.isBefore(ref) && (best == null || d.isAfter(best))) {
                        best = d;
                    }
                }
                if (best != null) {
                    out.set(i, new TimeExpression(t.span(), t.text(), t.type(), ymd(best), t.mod(), t.anchor(), t.resolved(),
                            t.provenance()));
                }
            }
        }

        /**
         * True if a month name follows the offset after a comma or a space ("Saturday, Jan. 21", "Sunday April 2"):
         * the date as written says which day the weekday is.
         */
        boolean dateFollows(int end) {
            int i = end;
            while (i < text.length() && i < end + 3 && (text.charAt(i) == ',' || text.charAt(i) == ' ')) {
                i++;
            }
            int e = i;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e == i) {
                return false;
            }
            String w = lex.word(text.substring(i, e));
            String dotted = e < text.length() && text.charAt(e) == '.' ? lex.word(text.substring(i, e + 1)) : null;
            return w != null && w.startsWith("MONTH") || dotted != null && dotted.startsWith("MONTH");
        }

        static String unitCode(String u, TimexLexicon lex) {
            String w = lex.word(u);
            return w == null ? null : w.substring(w.indexOf(':') + 1);
        }

        /** The date {@code n} units from {@code base}, at the unit's grain, or null for sub-day units. */
        Val shifted(LocalDate base, String unit, int n, String anchor) {
            return switch (unit) {
                case "D" -> {
                    LocalDate d = base.plusDays(n);
                    yield new Val(TimexType.DATE, ymd(d), null, anchor, new Anchor(d, Grain.DAY, ymd(d)));
                }
                case "W" -> {
                    LocalDate d = base.plusWeeks(n);
                    String v = String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    yield new Val(TimexType.DATE, v, null, anchor, new Anchor(d, Grain.WEEK, v));
                }
                case "M" -> {
                    LocalDate d = base.withDayOfMonth(1).plusMonths(n);
                    yield monthVal(d.getYear(), d.getMonthValue(), null, anchor);
                }
                case "Y" -> {
                    Val y = year(base.getYear() + n, null);
                    yield new Val(y.type(), y.value(), null, anchor, y.anchorOut());
                }
                case "DE" -> new Val(TimexType.DATE, String.format(Locale.ROOT, "%03d", (base.getYear() + 10 * n) / 10), null, anchor, null);
                default -> new Val(TimexType.DATE, n < 0 ? "PAST_REF" : "FUTURE_REF", null, anchor, null);
            };
        }

        Val ago(Map<String, String> g) {
            int n = lex.number(g.get("n"));
            String unit = unitCode(g.get("u"), lex);
            if (n == -2 || unit == null) {
                return null;
            }
            LocalDate base = mode == Mode.NARRATIVE && last != null ? last.day() : ref;
            String anchor = mode == Mode.NARRATIVE && last != null ? last.value() : "DCT";
            if (n < 0) {
                return new Val(TimexType.DATE, "PAST_REF", null, anchor, null);
            }
            Val v = shifted(base, unit, -n, anchor);
            return new Val(v.type(), v.value(), v.mod(), v.anchor(), null);
        }

        Val later(Map<String, String> g) {
            boolean after = g.containsKey("n2");
            int n = lex.number(after ? g.get("n2") : g.get("n"));
            String unit = unitCode(after ? g.get("u2") : g.get("u"), lex);
            if (n == -2 || unit == null) {
                return null;
            }
            if (!after) {
                String dir = g.get("dir").toLowerCase(Locale.ROOT);
                after = dir.equals("später") || dir.equals("danach") || dir.equals("darauf");
            }
            if (n < 0) {
                return new Val(TimexType.DATE, after ? "FUTURE_REF" : "PAST_REF", null, last == null ? "DCT" : last.value(), null);
            }
            Grain need = switch (unit) {
                case "D" -> Grain.DAY;
                case "W" -> Grain.WEEK;
                case "M" -> Grain.MONTH;
                default -> Grain.YEAR;
            };
            if (last == null || last.grain().compareTo(need) > 0) {
                return Val.UNRESOLVED_DATE;
            }
            return shifted(last.day(), unit, after ? n : -n, last.value());
        }

        Val duration(Map<String, String> g) {
            int n = lex.number(g.get("n"));
            String unit = unitCode(g.get("u"), lex);
            if (n == -2 || unit == null) {
                return null;
            }
            String num = n < 0 ? "X" : Integer.toString(n);
            String v = switch (unit) {
                case "H" -> "PT" + num + "H";
                case "MIN" -> "PT" + num + "M";
                default -> "P" + num + unit;
            };
            String mod = null;
            if (g.containsKey("q")) {
                String w = lex.word(g.get("q").replaceAll("\\s+", " "));
                mod = w == null ? null : w.substring(w.indexOf(':') + 1);
            }
            return new Val(TimexType.DURATION, v, mod, null, null);
        }

        Val relative(TimexLexicon.Rule r) {
            String unit = r.unit();
            if (unit.equals("REF")) {
                return new Val(TimexType.DATE, r.offset(), null, anchorName(), null);
            }
            int off = Integer.parseInt(r.offset());
            String anchorKind = r.anchor();
            if (anchorKind.equals("CONTEXT")) {
                anchorKind = mode == Mode.NARRATIVE && last != null ? "LAST" : "DCT";
            }
            if (anchorKind.equals("DCT")) {
                if (mode == Mode.NARRATIVE && unit.equals("D") && off == 0) {
                    return new Val(TimexType.DATE, "PRESENT_REF", null, "DCT", null);
                }
                Val v = shifted(ref, unit, off, "DCT");
                return new Val(v.type(), v.value(), v.mod(), v.anchor(), mode == Mode.NEWS && unit.equals("D") ? v.anchorOut() : null);
            }
            Grain need = switch (unit) {
                case "D" -> Grain.DAY;
                case "W" -> Grain.WEEK;
                case "M" -> Grain.MONTH;
                default -> Grain.YEAR;
            };
            if (last == null || last.grain().compareTo(need) > 0) {
                return Val.UNRESOLVED_DATE;
            }
            return shifted(last.day(), unit, off, last.value());
        }
    }
}
