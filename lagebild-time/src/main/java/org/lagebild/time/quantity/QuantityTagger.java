package org.lagebild.time.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Stage;
import org.lagebild.model.Document;
import org.lagebild.model.Layer;
import org.lagebild.model.Provenance;
import org.lagebild.model.Quantity;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.time.internal.Tok;

/**
 * Finds stated amounts in German and English text: digits in the language's format ("1.000",
 * "1,5 Millionen", "10,000"), number words ("zwanzig", "eine Million", "a dozen"), vague amounts
 * with documented bounds ("Tausende" at least 2,000; "in vierstelliger Höhe" 1,000..9,999),
 * fractions ("ein Drittel"), ranges ("zwischen 10 und 20") and the qualifiers that set bounds
 * ("bis zu", "mehr als", "rund"). Each {@link Quantity} gets its unit and unit lemma (money,
 * percent, measure, or the counted noun: "Soldaten"/"Soldat") and the noun phrase it counts
 * ("nordkoreanische Soldaten"); in "ein bis zu 3.000 Mann starkes Bataillon" the unit is "Mann" and
 * it counts "Bataillon".
 *
 * <p>Not counts, hence left out: ordinals ("6. August", "80. Gründungstag"), dates, clock times
 * ("00:00"), years ("seit 2022"), section, page and phone numbers, names with digits
 * ("Hwasong-20"), and durations and ages ("seit 24 Jahren", "mehr als 30 Jahren"): those are the
 * time tagger's (TIMEX durations). A value beyond double range is null (unresolved).
 *
 * <p>Spans are char offsets into the article text and cover the qualifier, the number and a unit
 * of money, percent or measure; a counted noun is reported in {@code unit}/{@code counts} but not
 * spanned. Ranges and vague amounts have a null {@code value} and carry only bounds. Requires
 * {@link Layer#LANGUAGE} and {@link Layer#SENTENCES}; provides {@link Layer#QUANTITIES}.
 * Immutable and thread-safe.
 */
public final class QuantityTagger implements Stage {
    public static final String NAME = "quantities";

    private final QuantityLexicon german;
    private final QuantityLexicon english;

    public QuantityTagger() {
        this.german = QuantityLexicon.load("de");
        this.english = QuantityLexicon.load("en");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.LANGUAGE, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUANTITIES);
    }

    @Override
    public Document apply(Document document, AnnotationContext context) {
        QuantityLexicon lex = "en".equals(document.language()) ? english : german;
        String text = document.text();
        List<Quantity> out = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        if (sentences.isEmpty()) {
            tagSafely(text, 0, text.length(), -1, lex, out);
        } else {
            for (Sentence s : sentences) {
                int from = Math.min(s.span().start(), text.length());
                int to = Math.min(s.span().end(), text.length());
                tagSafely(text, from, to, s.index(), lex, out);
            }
        }
        return document.withQuantities(out);
    }

    /** Tags one stretch of text; for callers outside a pipeline (evaluation, tests). */
    public List<Quantity> tag(String text, String language) {
        List<Quantity> out = new ArrayList<>();
        tagSafely(text, 0, text.length(), -1, "en".equals(language) ? english : german, out);
        return out;
    }

    private void tagSafely(String text, int from, int to, int sentence, QuantityLexicon lex, List<Quantity> out) {
        int before = out.size();
        try {
            new Run(text, from, to, sentence, lex, out).tag();
        } catch (RuntimeException e) {
            // A stage must not throw for any text: drop this sentence's partial results instead.
            out.subList(before, out.size()).clear();
        }
    }

    private static final java.util.regex.Pattern GROUPED_DE = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final java.util.regex.Pattern GROUPED_EN = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern NUMBER_DE = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final java.util.regex.Pattern NUMBER_EN = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final java.util.regex.Pattern DECIMAL_DE = java.util.regex.Pattern.compile("\\d+(,\\d+)?");
    private static final java.util.regex.Pattern DECIMAL_EN = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?");
    private static final java.util.regex.Pattern ANY_DECIMAL = java.util.regex.Pattern.compile("\\d+[.,]\\d+");
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("\\d+\\.\\d{1,2}");

    /** The state of tagging one sentence. */
    private static final class Run {
        final String text;
        final Tok t;
        final int sentence;
        final QuantityLexicon lex;
        final List<Quantity> out;
        final boolean de;

        Run(String text, int from, int to, int sentence, QuantityLexicon lex, List<Quantity> out) {
            this.text = text;
            this.t = new Tok(text, from, to);
            this.sentence = sentence;
            this.lex = lex;
            this.out = out;
            this.de = lex.language.equals("de");
        }

        void tag() {
            int i = 0;
            int n = t.size();
            while (i < n) {
                int next = tryAt(i);
                i = next > i ? next : i + 1;
            }
        }

        /** Tries to read a quantity starting at token i; returns the token after it, or i. */
        int tryAt(int i) {
            int v = vague(i);
            if (v > i) {
                return v;
            }
            int f = fraction(i);
            if (f > i) {
                return f;
            }
            return number(i);
        }

        // ---- vague amounts ----------------------------------------------------------------

        int vague(int i) {
            if (!t.isWord(i) || !lex.vagueFirstWords.contains(t.lower(i))) {
                return i;
            }
            StringBuilder sb = new StringBuilder();
            int best = -1;
            QuantityLexicon.Vague hit = null;
            for (int k = 0; k < lex.longestVague && i + k < t.size() && t.isWord(i + k); k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(t.lower(i + k));
                QuantityLexicon.Vague x = lex.vague.get(sb.toString());
                if (x != null) {
                    best = i + k;
                    hit = x;
                }
            }
            if (hit == null) {
                return i;
            }
            int end = best + 1;
            int q = qualifierStart(i);
            Bounds b = new Bounds(null, hit.min(), hit.max(), false, false, true, null);
            int after = end;
            if (t.isWord(after) && (t.lower(after).equals("von") || t.lower(after).equals("of"))) {
                after++;
            }
            emit(q >= 0 ? q : i, end, b, q >= 0 ? qualifierText(q, i) : null, after, "vague:" + hit.phrase());
            return end;
        }

        // ---- fractions --------------------------------------------------------------------

        int fraction(int i) {
            if (!t.isWord(i)) {
                return i;
            }
            Double alone = lex.fractions.get(t.lower(i));
            if (alone != null && !t.isNumber(i - 1) && (t.lower(i + 1).equals("of") || t.lower(i + 1).equals("der")
                    || t.lower(i + 1).equals("des")) && lex.wordValue(t.lower(i - 1)) == null) {
                int q = qualifierStart(i);
                Bounds b = applyQualifier(q >= 0 ? qualifierText(q, i) : null, alone);
                emit(q >= 0 ? q : i, i + 1, b, q >= 0 ? qualifierText(q, i) : null, -1, "fraction");
                return i + 1;
            }
            if (i + 1 >= t.size() || !t.isWord(i + 1)) {
                return i;
            }
            Double frac = lex.fractions.get(t.lower(i + 1));
            if (frac == null) {
                return i;
            }
            String w = t.lower(i);
            double factor;
            if (w.equals("ein") || w.equals("eine") || w.equals("einem") || w.equals("einer") || w.equals("einen")
                    || w.equals("die") || w.equals("der") || w.equals("a") || w.equals("one")) {
                factor = 1;
            } else {
                Double x = lex.wordValue(w);
                if (x == null) {
                    return i;
                }
                factor = x;
            }
            double value = factor * frac;
            int q = qualifierStart(i);
            Bounds b = applyQualifier(q >= 0 ? qualifierText(q, i) : null, value);
            emit(q >= 0 ? q : i, i + 2, b, q >= 0 ? qualifierText(q, i) : null, -1, "fraction");
            return i + 2;
        }

        // ---- numbers ----------------------------------------------------------------------

        /** A parsed number: tokens [from, to), value (null if beyond range). */
        record Num(int from, int to, Double value, boolean bareYearLike, String rule) {
        }

        /**
         * How many tokens the scale word at {@code j} takes: 2 for a listed form with its dot
         * ("Mio."), 1 for a listed form without ("Millionen", also before a sentence's final
         * dot), 0 if it is none.
         */
        int scaleLength(int j) {
            if (!t.isWord(j)) {
                return 0;
            }
            String withDot = t.lowerDot(j);
            if (lex.scale(withDot) != null) {
                return withDot.endsWith(".") ? 2 : 1;
            }
            return withDot.endsWith(".") && lex.scale(t.lower(j)) != null ? 1 : 0;
        }

        /** True if the article at {@code i} follows a qualifier and precedes a unit: "über ein Prozent". */
        boolean unitAfterQualifiedArticle(int i) {
            return t.isWord(i + 1) && lex.unitsAfter.containsKey(t.lower(i + 1)) && qualifierStart(i) >= 0;
        }

        /**
         * The sign written before the number at {@code i}: -1 or +1 for a '-', '−' or '+' right
         * before a decimal number or a percentage ("-0,25 Prozent"), or for the word "minus"/"plus"
         * there ("minus 2,34 Prozent"); 0 if there is none. A mark after another number or a
         * letter is a range dash or part of a name, not a sign.
         */
        int sign(int i) {
            if (i < 1 || !t.isNumber(i)) {
                return 0;
            }
            int before = i - 1;
            boolean mark = (t.is(before, '-') || t.is(before, '−') || t.is(before, '+')) && t.touches(before)
                    && (before == 0 || !t.touches(before - 1)) && !t.isNumber(before - 1);
            boolean word = t.isWord(before) && (t.lower(before).equals("minus") || t.lower(before).equals("plus"));
            if (!mark && !word) {
                return 0;
            }
            QuantityLexicon.Unit unit = t.isWord(i + 1) ? lex.unitsAfter.get(t.lower(i + 1)) : null;
            boolean decimalOrPercent = t.text(i).indexOf(de ? ',' : '.') >= 0 || t.is(i + 1, '%')
                    || (unit != null && unit.lemma().equals("Prozent"));
            if (!decimalOrPercent) {
                return 0;
            }
            return t.is(before, '-') || t.is(before, '−') || (word && t.lower(before).equals("minus")) ? -1 : 1;
        }

        /** The value with the sign written before it (see {@link #sign}). */
        Double signed(int i, Double v) {
            if (v == null || sign(i) >= 0) {
                return v; // no ternary here: "c ? v : -v" would unbox a null v
            }
            return -v;
        }

        Num readNumber(int i) {
            if (t.isNumber(i)) {
                String s = t.text(i);
                Double v = parseDigits(s);
                if (v != null && v.isNaN()) {
                    return null;
                }
                int end = i + 1;
                boolean yearLike = s.length() == 4 && v != null && v >= 1000 && v <= 2199;
                if (t.isWord(end)) {
                    int len = scaleLength(end);
                    if (len > 0 && !(t.touches(i) && len == 1)) {
                        Double sc = lex.scale(len == 2 ? t.lowerDot(end) : t.lower(end));
                        v = v == null ? null : finite(v * sc);
                        end += len;
                        yearLike = false;
                    }
                }
                v = signed(i, v);
                return new Num(i, end, v, yearLike, "digits");
            }
            if (!t.isWord(i)) {
                return null;
            }
            String w = t.lower(i);
            Double v = lex.wordValue(w);
            int end = i + 1;
            if (v == null) {
                boolean article = w.equals("ein") || w.equals("eine") || w.equals("einer") || w.equals("a") || w.equals("one");
                if (!article || !t.isWord(i + 1)) {
                    return null;
                }
                int len = scaleLength(i + 1);
                QuantityLexicon.NumberWord nw = lex.numberWords.get(t.lower(i + 1));
                if (len > 0) {
                    return new Num(i, i + 1 + len, lex.scale(len == 2 ? t.lowerDot(i + 1) : t.lower(i + 1)), false, "number-words");
                }
                if (unitAfterQualifiedArticle(i)) {
                    // "über ein Prozent", "fast eine Tonne": the article is the number one
                    return new Num(i, i + 1, 1.0, false, "number-words");
                }
                if (nw != null && (nw.kind().equals("HUNDRED") || nw.kind().equals("THOUSAND") || t.lower(i + 1).equals("dozen"))) {
                    v = nw.value();
                    end = i + 2;
                } else {
                    return null;
                }
            }
            // English multi-word numbers: "two hundred", "three thousand", "twenty-five".
            if (!de) {
                while (t.isWord(end)) {
                    QuantityLexicon.NumberWord nw = lex.numberWords.get(t.lower(end));
                    if (nw == null) {
                        break;
                    }
                    if (nw.kind().equals("HUNDRED") || nw.kind().equals("THOUSAND")) {
                        v = v * nw.value();
                    } else if (nw.kind().equals("UNIT") || nw.kind().equals("TENS")) {
                        v = v + nw.value();
                    } else {
                        break;
                    }
                    end++;
                }
            } else if (t.isWord(end) && lex.numberWords.containsKey(t.lower(end))
                    && lex.numberWords.get(t.lower(end)).kind().equals("THOUSAND")) {
                v = v * 1000;
                end++;
            }
            if (t.isWord(end)) {
                int len = scaleLength(end);
                if (len > 0) {
                    v = finite(v * lex.scale(len == 2 ? t.lowerDot(end) : t.lower(end)));
                    end += len;
                }
            }
            return new Num(i, end, v, false, "number-words");
        }

        int number(int i) {
            Num a = readNumber(i);
            if (a == null) {
                return i;
            }
            String why = notCount(a);
            if (why == null && t.isNumber(i) && (t.isNumber(i - 1) || t.isNumber(a.to()))) {
                // Digit groups side by side are phone numbers or lists of codes, not counts.
                int j = a.to();
                while (t.isNumber(j)) {
                    j++;
                }
                return j;
            }
            if (why != null) {
                return skipChain(a.to());
            }
            // "etwa -273,15 Grad": the qualifier stands before the sign
            int head = sign(i) != 0 && !t.isWord(i - 1) ? i - 1 : i;
            int q = qualifierStart(head);
            String qual = q >= 0 ? qualifierText(q, head) : null;
            // Ranges: "10 bis 20", "zwischen 10 und 20", "10-20", "2 bis 3 Millionen".
            int j = a.to();
            boolean between = qual != null && (qual.equals("zwischen") || qual.equals("between"));
            String sep = t.lower(j);
            boolean rangeSep = sep.equals("bis") || sep.equals("to") || t.is(j, '-') || t.is(j, '–')
                    || (between && (sep.equals("und") || sep.equals("and")));
            if (rangeSep && (t.isNumber(j + 1) || (t.isWord(j + 1) && !sep.equals("bis") && !sep.equals("to")) || t.isWord(j + 1) || t.isNumber(j + 1))) {
                Num b = readNumber(j + 1);
                if (b != null && notCount(b) != null && lex.notCountAfter.containsKey(t.lower(b.to()))) {
                    return b.to(); // "zwischen 20 und 25 Jahre alt": a range of ages or durations
                }
                if (b != null && notCount(b) == null && !(a.bareYearLike() && b.bareYearLike())) {
                    Double lo = a.value();
                    Double hi = b.value();
                    if (a.to() == a.from() + 1 && b.to() > b.from() + 1 && lo != null && hi != null) {
                        // "2 bis 3 Millionen", "sechs bis sieben Millionen": the scale of the second number applies to the first.
                        int len = scaleLength(b.from() + 1);
                        Double scaleOfB = len == 0 ? null : lex.scale(len == 2 ? t.lowerDot(b.from() + 1) : t.lower(b.from() + 1));
                        if (scaleOfB != null) {
                            lo = finite(lo * scaleOfB);
                        }
                    }
                    if (lo != null && hi != null && hi >= lo) {
                        int start = q >= 0 ? q : i;
                        Bounds bounds = new Bounds(null, lo, hi, false, false, false, null);
                        return emitWithUnit(start, b.to(), bounds, between ? qual : null, "range");
                    }
                }
            }
            if (a.bareYearLike() && qual == null && !startsNounPhrase(a.to())) {
                return a.to();
            }
            Bounds bounds = applyQualifier(qual, a.value());
            if (between) {
                bounds = applyQualifier(null, a.value());
                q = -1;
                qual = null;
            }
            int start = q >= 0 ? q : i;
            // A currency symbol before the number: "$5", "€ 5".
            int cur = (q >= 0 ? q : i) - 1;
            QuantityLexicon.Unit before = cur >= 0 ? lex.unitsBefore.get(t.lower(cur)) : null;
            if (before != null && q < 0) {
                start = cur;
                Quantity qty = build(start, a.to(), bounds, qual, t.text(cur), before.lemma(), null, a.rule() + "+unit");
                out.add(qty);
                return a.to();
            }
            return emitWithUnit(start, a.to(), bounds, qual, a.rule());
        }

        /** Why the number is not a count (ordinal, date, time, year, section ...), or null. */
        String notCount(Num a) {
            int i = a.from();
            int last = a.to() - 1;
            if (t.isNumber(i)) {
                String s = t.text(i);
                if (!validGrouping(s)) {
                    return "date or section number";
                }
                if (de && VERSION.matcher(s).matches()) {
                    return "version or date"; // German decimals use a comma: "iOS 9.3"
                }
                if (t.is(i - 1, '(') && t.is(i + 1, ')') && a.to() == i + 1) {
                    return "age or note in parentheses"; // "Tim Hunt (72)"
                }
                if (t.isWord(i - 1) && t.text(i - 1).length() == 1 && Character.isUpperCase(t.text(i - 1).charAt(0))) {
                    return "code"; // "B 5305", "A 4"
                }
                // "6. August", "80. Gründungstag": a dot right after, with the sentence going on.
                if (a.to() == i + 1 && t.is(i + 1, '.') && t.touches(i) && i + 2 < t.size()) {
                    return "ordinal";
                }
                if (t.touches(i) && a.to() == i + 1) {
                    int k = i + 1;
                    if (t.is(k, ':') || t.is(k, '/') || t.is(k, '^') || t.is(k, '-') && t.touches(k) && !t.isNumber(k + 1)) {
                        return "time, date, phone or compound";
                    }
                    if ((t.is(k, '-') || t.is(k, '–')) && t.touches(k) && t.isNumber(k + 1) && t.touches(k + 1)
                            && (t.is(k + 2, '-') && t.touches(k + 1) || t.text(i).length() == 4 && t.text(k + 1).length() == 2)) {
                        return "ISO date";
                    }
                    if (t.isWord(k) && ((!lex.unitsAfter.containsKey(t.lower(k)) && lex.scale(t.lowerDot(k)) == null)
                            || (t.text(k).length() == 1 && Character.isUpperCase(t.text(k).charAt(0))))) {
                        return "part of a name";
                    }
                }
                if (i > 0 && t.touches(i - 1) && ((t.is(i - 1, '+') && sign(i) == 0) || t.is(i - 1, '/') || t.is(i - 1, '^')
                        || t.is(i - 1, ':') || t.is(i - 1, '.') || t.is(i - 1, '-') && t.touches(i - 2) && t.isNumber(i - 2))) {
                    return "phone, time or date part";
                }
                if (i > 0 && t.isWord(i - 1) && t.touches(i - 1)) {
                    return "part of a name";
                }
            }
            String prev = i > 0 ? t.lowerDot(i - 1) : "";
            if (i > 0 && t.is(i - 1, '.') && i > 1) {
                prev = t.lowerDot(i - 2);
            }
            if (lex.notCountBefore.containsKey(prev) || (i > 0 && lex.notCountBefore.containsKey(t.lower(i - 1)))) {
                return lex.notCountBefore.get(prev);
            }
            if (lex.notCountAfter.containsKey(t.lower(last + 1)) || lex.notCountAfter.containsKey(t.lowerDot(last + 1))) {
                return "duration, time or repetition";
            }
            if (a.bareYearLike() && i > 0 && lex.yearCues.contains(t.lower(i - 1))) {
                return "year";
            }
            // "die 1945 befreiten Häftlinge", "die 2014 unterzeichneten Vereinbarungen"
            if (a.bareYearLike() && i > 0 && t.isLowerWord(i - 1) && t.lower(i - 1).matches("d(?:ie|er|en|em|es|as)")
                    && t.isLowerWord(last + 1) && t.lower(last + 1).matches("\\p{L}+(?:ten|enen)")) {
                return "year";
            }
            return null;
        }

        /** Skips a run of numbers joined by ':', '.', '/', '-' ("00:00", "06.08.2024", "030/1234"). */
        int skipChain(int j) {
            while (j + 1 < t.size() && t.touches(j - 1) && (t.is(j, ':') || t.is(j, '/') || t.is(j, '-') || t.is(j, '^') || t.is(j, '.'))
                    && t.isNumber(j + 1) && t.touches(j)) {
                j += 2;
            }
            return j;
        }

        boolean validGrouping(String s) {
            int dots = count(s, '.');
            int commas = count(s, ',');
            if (dots + commas <= 1) {
                return true;
            }
            char group = de ? '.' : ',';
            char decimal = de ? ',' : '.';
            int dec = s.indexOf(decimal);
            String intPart = dec >= 0 ? s.substring(0, dec) : s;
            if (dec >= 0 && s.indexOf(decimal, dec + 1) >= 0) {
                return false;
            }
            return (de ? GROUPED_DE : GROUPED_EN).matcher(intPart).matches() || DIGITS.matcher(intPart).matches();
        }

        static int count(String s, char c) {
            int k = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == c) {
                    k++;
                }
            }
            return k;
        }

        /** Parses digits in the language's format; null beyond double range, NaN if malformed. */
        Double parseDigits(String raw) {
            String s = raw.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace("\u2009", "");
            char group = de ? '.' : ',';
            char decimal = de ? ',' : '.';
            String norm;
            if ((de ? NUMBER_DE : NUMBER_EN).matcher(s).matches()) {
                norm = s.replace(String.valueOf(group), "").replace(decimal, '.');
            } else if ((de ? DECIMAL_DE : DECIMAL_EN).matcher(s).matches()) {
                norm = s.replace(decimal, '.');
            } else if (ANY_DECIMAL.matcher(s).matches()) {
                norm = s.replace(',', '.');
            } else {
                return Double.NaN;
            }
            try {
                return finite(new BigDecimal(norm).doubleValue());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        static Double finite(Double v) {
            return v == null || v.isInfinite() || v.isNaN() ? null : v;
        }

        // ---- qualifiers -------------------------------------------------------------------

        /** The first token of a qualifier ending right before token i, or -1. */
        int qualifierStart(int i) {
            for (int k = Math.min(lex.longestQualifier, i); k >= 1; k--) {
                StringBuilder sb = new StringBuilder();
                for (int m = i - k; m < i; m++) {
                    if (t.is(m, '.') && m > i - k) {
                        sb.append('.');
                        continue;
                    }
                    if (!t.isWord(m)) {
                        sb = null;
                        break;
                    }
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(t.lower(m));
                }
                if (sb != null && (lex.qualifiers.containsKey(sb.toString()) || sb.toString().equals("zwischen") || sb.toString().equals("between"))) {
                    return i - k;
                }
            }
            return -1;
        }

        String qualifierText(int q, int i) {
            StringBuilder sb = new StringBuilder();
            for (int m = q; m < i; m++) {
                if (t.is(m, '.')) {
                    sb.append('.');
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t.lower(m));
            }
            return sb.toString();
        }

        record Bounds(Double value, Double min, Double max, boolean minExcl, boolean maxExcl, boolean approx, String effect) {
        }

        Bounds applyQualifier(String qual, Double v) {
            QuantityLexicon.Qualifier q = qual == null ? null : lex.qualifiers.get(qual);
            if (q == null || v == null) {
                return new Bounds(v, null, null, false, false, false, null);
            }
            return switch (q.effect()) {
                case "MAX" -> new Bounds(v, null, v, false, false, false, q.effect());
                case "MAX_EXCL" -> new Bounds(v, null, v, false, true, false, q.effect());
                case "MIN" -> new Bounds(v, v, null, false, false, false, q.effect());
                case "MIN_EXCL" -> new Bounds(v, v, null, true, false, false, q.effect());
                case "APPROX_MAX" -> new Bounds(v, null, v, false, false, true, q.effect());
                case "APPROX_MIN" -> new Bounds(v, v, null, false, false, true, q.effect());
                default -> new Bounds(v, null, null, false, false, true, q.effect());
            };
        }

        // ---- units and counted nouns ------------------------------------------------------

        boolean startsNounPhrase(int j) {
            if (t.isWord(j) && lex.unitsAfter.containsKey(t.lower(j))) {
                return true;
            }
            if (!de) {
                return t.isWord(j) && !lex.functionWords.contains(t.lower(j));
            }
            for (int k = 0; k < 4 && t.isWord(j + k); k++) {
                if (t.isCapitalised(j + k)) {
                    return true;
                }
                if (lex.functionWords.contains(t.lower(j + k))) {
                    return false;
                }
            }
            return false;
        }

        int emitWithUnit(int start, int end, Bounds b, String qual, String rule) {
            int after = end;
            if (t.touches(end - 1) || t.isWord(after) || t.is(after, '%') || t.is(after, '€') || t.is(after, '°')) {
                String u = t.lower(after);
                QuantityLexicon.Unit unit = null;
                int len = 0;
                if (t.is(after + 1, '/') && t.touches(after) && t.touches(after + 1) && t.isWord(after + 2)) {
                    unit = lex.unitsAfter.get(u + "/" + t.lower(after + 2)); // "km/h"
                    len = 3;
                }
                if (unit == null) {
                    unit = lex.unitsAfter.get(u + " " + t.lower(after + 1));
                    len = 2;
                }
                if (unit == null) {
                    unit = lex.unitsAfter.get(u);
                    len = 1;
                }
                if (unit != null && t.isWord(after) && t.isCapitalised(after) && de && u.length() <= 2
                        && !u.equals("km") && !u.equals("kg")) {
                    unit = null; // "5 T-Shirts", capitalised one-letter words are not units
                }
                if (unit != null) {
                    int unitEnd = after + len;
                    String unitText = text.substring(t.start(after), t.end(unitEnd - 1));
                    out.add(build(start, unitEnd, b, qual, unitText, unit.lemma(), null, rule + "+unit"));
                    return unitEnd;
                }
            }
            int shared = sharedUnit(end);
            if (shared >= 0) {
                QuantityLexicon.Unit unit = lex.unitsAfter.get(t.lower(shared));
                out.add(build(start, end, b, qual, t.text(shared), unit.lemma(), null, rule + "+shared-unit"));
                return end;
            }
            emit(start, end, b, qual, end, rule);
            return end;
        }

        /** Words that join two numbers sharing the unit written after the second ("von 25 auf 18 Prozent"). */
        static final Set<String> UNIT_SHARING_LINKS = Set.of("auf", "bzw", "oder", "und", "or", "and", "to");

        /**
         * The token of the unit of money, percent or measure that a number ending before {@code j}
         * shares with the next one: "25" in "von 25 auf 18 Prozent", "48" in "48 bzw. 47 Prozent";
         * -1 if there is none.
         */
        int sharedUnit(int j) {
            int k = j;
            if (t.isWord(k) && UNIT_SHARING_LINKS.contains(t.lower(k))) {
                k += t.lower(k).equals("bzw") && t.is(k + 1, '.') ? 2 : 1;
            } else {
                return -1;
            }
            boolean number = t.isNumber(k) || (t.isWord(k) && lex.wordValue(t.lower(k)) != null);
            if (!number) {
                return -1;
            }
            int u = k + 1;
            if (t.is(u, '%') || (t.isWord(u) && lex.unitsAfter.containsKey(t.lower(u)) && t.lower(u).length() > 2)) {
                return u;
            }
            return -1;
        }

        /** Emits a quantity over tokens [start, end), reading its counted noun phrase from {@code np}. */
        void emit(int start, int end, Bounds b, String qual, int np, String rule) {
            String unit = null;
            String lemma = null;
            String counts = null;
            if (np >= 0) {
                int j = np;
                if (de) {
                    int adj = j;
                    int k = 0;
                    while (k < 3 && t.isLowerWord(j) && !lex.functionWords.contains(t.lower(j))) {
                        j++;
                        k++;
                    }
                    if (t.isCapitalised(j) && !lex.functionWords.contains(t.lower(j))) {
                        unit = t.text(j);
                        lemma = lex.lemma(unit);
                        counts = text.substring(t.start(adj), t.end(j));
                        // "3.000 Mann starkes Bataillon": the unit is Mann, the thing counted the Bataillon.
                        if (t.isLowerWord(j + 1) && t.lower(j + 1).startsWith("stark") && t.isCapitalised(j + 2)) {
                            counts = t.text(j + 2);
                        }
                    }
                } else {
                    int first = j;
                    int k = 0;
                    while (k < 3 && t.isWord(j) && !lex.functionWords.contains(t.lower(j))
                            && lex.wordValue(t.lower(j)) == null) {
                        j++;
                        k++;
                    }
                    if (k > 0) {
                        unit = t.text(j - 1);
                        lemma = lex.lemma(unit);
                        counts = text.substring(t.start(first), t.end(j - 1));
                    }
                }
            }
            out.add(build(start, end, b, qual, unit, lemma, counts, rule));
        }

        Quantity build(int start, int end, Bounds b, String qual, String unit, String lemma, String counts, String rule) {
            Span span = new Span(t.start(start), t.end(end - 1));
            Double min = b.min();
            Double max = b.max();
            if (min != null && max != null && max < min) {
                min = null;
                max = null;
            }
            String r = qual == null ? rule : rule + "+" + qual;
            return new Quantity(span, span.of(text), b.value(), min, max, b.minExcl(), b.maxExcl(), b.approx(),
                    qual, unit, lemma, counts, new Provenance(NAME, r, sentence));
        }
    }
}
