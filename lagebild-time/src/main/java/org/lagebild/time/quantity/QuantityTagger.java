package org.lagebild.time.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
            int p = phrase(i);
            if (p > i) {
                return p;
            }
            int v = vague(i);
            if (v > i) {
                return v;
            }
            int f = fraction(i);
            if (f > i) {
                return f;
            }
            int c = wordCompound(i);
            if (c > i) {
                return c;
            }
            return number(i);
        }

        // ---- fixed phrases ----------------------------------------------------------------

        /** "ein halbes Dutzend" (6), "ein Dutzend" (12): an exact amount written as a phrase. */
        int phrase(int i) {
            if (!t.isWord(i) || !lex.phraseFirstWords.contains(t.lower(i)) || !lex.phraseWords.contains(t.lower(i + 1))) {
                return i; // "ein" is frequent: look at the next word before building phrases
            }
            StringBuilder sb = new StringBuilder();
            int end = -1;
            QuantityLexicon.Phrase hit = null;
            for (int k = 0; k < lex.longestPhrase && t.isWord(i + k); k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(t.lower(i + k));
                QuantityLexicon.Phrase x = lex.phrases.get(sb.toString());
                if (x != null) {
                    end = i + k + 1;
                    hit = x;
                }
            }
            if (hit == null) {
                return i;
            }
            if (lex.notCountAfter.containsKey(t.lower(end))) {
                return end; // "ein Dutzend Jahre": a duration
            }
            int q = qualifierStart(i);
            String qual = q >= 0 ? qualifierText(q, i) : null;
            emit(q >= 0 ? q : i, end, applyQualifier(qual, hit.value()), qual, end, "phrase:" + hit.phrase());
            return end;
        }

        // ---- amounts inside hyphenated compounds -----------------------------------------

        /**
         * The unit lemma of the first part of a compound after a number ("Zoll" in "4-Zoll-Display",
         * "Einwohner" in "26.000-Einwohner-Stadt"), or null: a unit of units.tsv (two-letter ones
         * only in lower case: "10-km-Lauf" but not "5-G-Netz") or a head of compound-heads.tsv.
         */
        String compoundUnit(String head) {
            if (head.isEmpty()) {
                return null;
            }
            String lower = head.toLowerCase(java.util.Locale.ROOT);
            QuantityLexicon.Unit u = lex.unitsAfter.get(lower);
            if (u != null && (head.length() > 2 || head.equals(lower)) && Character.isLetter(head.charAt(0))) {
                return u.lemma();
            }
            return lex.compoundHeads.get(lower);
        }

        /** True if the compound's last part makes the amount in it a name: "9-Euro-Ticket", "500-Euro-Schein". */
        boolean nameCompound(String word) {
            return lex.nameCompoundTails.contains(word.substring(word.lastIndexOf('-') + 1).toLowerCase(java.util.Locale.ROOT));
        }

        /** "Zehn-Prozent-Hürde": a number word and a unit as the first parts of one word. */
        int wordCompound(int i) {
            if (!de || !t.isWord(i)) {
                return i;
            }
            String lower = t.lower(i); // already made by phrase(): most words have no hyphen and cost no more
            int dash = lower.indexOf('-');
            if (dash <= 0) {
                return i;
            }
            String first = lower.substring(0, dash);
            Double v = lex.wordValue(first);
            if (v == null || lex.lowerCaseOnly(first)) {
                return i;
            }
            String w = t.text(i);
            int dash2 = w.indexOf('-', dash + 1);
            String head = w.substring(dash + 1, dash2 > 0 ? dash2 : w.length());
            String lemma = compoundUnit(head);
            if (lemma == null || nameCompound(w)) {
                return i;
            }
            int q = qualifierStart(i);
            String qual = q >= 0 ? qualifierText(q, i) : null;
            int from = t.start(q >= 0 ? q : i);
            int to = t.start(i) + dash + 1 + head.length();
            out.add(buildChars(from, to, applyQualifier(qual, v), qual, head, lemma, null, "number-words+compound"));
            return i + 1;
        }

        /** "4-Zoll-Display", "50.000-Dollar-Turnier": digits, a hyphen and a unit as the compound's first part. */
        int digitCompound(Num a) {
            int i = a.from();
            if (!de || a.to() != i + 1 || !t.touches(i) || !t.is(i + 1, '-') || !t.touches(i + 1) || !t.isWord(i + 2)
                    || a.value() == null || !validGrouping(t.text(i)) || (i > 0 && t.touches(i - 1) && !t.is(i - 1, '('))) {
                return i;
            }
            String w = t.text(i + 2);
            int dash = w.indexOf('-');
            String head = dash > 0 ? w.substring(0, dash) : w;
            String lemma = compoundUnit(head);
            if (lemma == null || nameCompound(w)) {
                return i;
            }
            int q = qualifierStart(i);
            String qual = q >= 0 ? qualifierText(q, i) : null;
            out.add(buildChars(t.start(q >= 0 ? q : i), t.start(i + 2) + head.length(), applyQualifier(qual, a.value()), qual,
                    head, lemma, null, "digits+compound"));
            return i + 3;
        }

        // ---- vague amounts ----------------------------------------------------------------

        int vague(int i) {
            if (!t.isWord(i) || !lex.vagueFirstWords.contains(t.lower(i))) {
                return i;
            }
            int end = vagueEnd(i);
            if (end < 0) {
                return i;
            }
            QuantityLexicon.Vague hit = vagueHit;
            int q = qualifierStart(i);
            Bounds b = new Bounds(null, hit.min(), hit.max(), false, false, true, null);
            int after = end;
            if (t.isWord(after) && (t.lower(after).equals("von") || t.lower(after).equals("of"))) {
                after++;
            }
            emit(q >= 0 ? q : i, end, b, q >= 0 ? qualifierText(q, i) : null, after, "vague:" + hit.phrase());
            return end;
        }

        /** Set by {@link #vagueEnd}: the vague amount found. */
        QuantityLexicon.Vague vagueHit;

        /** The token after the longest vague amount starting at i, or -1 (the amount in {@link #vagueHit}). */
        int vagueEnd(int i) {
            if (!t.isWord(i) || !lex.vagueFirstWords.contains(t.lower(i))) {
                return -1;
            }
            StringBuilder sb = new StringBuilder();
            int best = -1;
            vagueHit = null;
            for (int k = 0; k < lex.longestVague && i + k < t.size() && t.isWord(i + k); k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(t.lower(i + k));
                QuantityLexicon.Vague x = lex.vague.get(sb.toString());
                if (x != null) {
                    best = i + k;
                    vagueHit = x;
                }
            }
            return vagueHit == null ? -1 : best + 1;
        }

        // ---- fractions --------------------------------------------------------------------

        int fraction(int i) {
            if (!t.isWord(i)) {
                return i;
            }
            Double alone = lex.fractions.get(t.lower(i));
            if (alone != null && !t.isNumber(i - 1) && (t.lower(i + 1).equals("of") || t.lower(i + 1).equals("der")
                    || t.lower(i + 1).equals("des")) && lex.wordValue(t.lower(i - 1)) == null
                    && !(t.isLowerWord(i - 1) && lex.isOrdinalWord(t.lower(i - 1)))) { // not "der zweiten Hälfte"
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
            if (lex.ordinalFractions.contains(t.lower(i + 1)) && i + 2 < t.size() && t.isWord(i + 2)
                    && !t.lower(i + 2).equals("of")) {
                return i; // "a third shooter": the ordinal, no fraction
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
                    || (unit != null && (unit.lemma().equals("Prozent") || word && unit.lemma().startsWith("Grad")));
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
            if (v != null && lex.lowerCaseOnly(w) && !t.isLowerWord(i)) {
                return null; // "ein Dreier" is a noun, "wegen dreier Fonds" a number
            }
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
                QuantityLexicon.Unit unit = lex.unitsAfter.get(t.lower(i + 1));
                if (unit != null && unit.kind().equals("PERCENT") && !w.equals("a")) {
                    return new Num(i, i + 1, 1.0, false, "number-words"); // "nur ein Prozent"
                }
                if (t.lower(i + 1).equals("bis") && (t.isNumber(i + 2) || t.isWord(i + 2) && lex.wordValue(t.lower(i + 2)) != null)) {
                    return new Num(i, i + 1, 1.0, false, "number-words"); // "ein bis zwei Krankenschwestern": a range
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
            int compound = digitCompound(a);
            if (compound > i) {
                return compound;
            }
            String why = notCount(a);
            if (why == null && t.isNumber(i) && (t.isNumber(i - 1) && !afterYear(i) || t.isNumber(a.to()))) {
                // Digit groups side by side are phone numbers or lists of codes, not counts.
                int j = a.to();
                while (t.isNumber(j)) {
                    j++;
                }
                return j;
            }
            if (why != null) {
                int j = skipChain(a.to());
                if ((t.is(j, '-') || t.is(j, '–')) && t.isNumber(j + 1) && why.startsWith("name")) {
                    j += 2; // "Boeing 767 - 300": the model's second part
                }
                return j;
            }
            // "etwa -273,15 Grad": the qualifier stands before the sign
            int head = sign(i) != 0 && !t.isWord(i - 1) ? i - 1 : i;
            int q = qualifierStart(head);
            if (q >= 0 && q == head - 1 && t.lower(q).equals("bis") && (t.isNumber(q - 1) || t.isWord(q - 1) && lex.wordValue(t.lower(q - 1)) != null)) {
                q = -1; // "25 bis 60": the end of a range, not a maximum
            }
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
                    if (between && lo != null && hi != null && hi < lo) {
                        Double swap = lo; // "zwischen 64 und 50 Prozent": a range written high to low
                        lo = hi;
                        hi = swap;
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

        /** True if a German number with a thousands dot follows a bare year: "Ende 2015 76.200". */
        boolean afterYear(int i) {
            String prev = t.text(i - 1);
            return de && GROUPED_DE.matcher(t.text(i)).matches() && !t.touches(i - 1) && prev.length() == 4
                    && DIGITS.matcher(prev).matches() && prev.compareTo("1000") >= 0 && prev.compareTo("2199") <= 0;
        }

        /** True for the reasons of not-counts.tsv that name a year or a date (written in digits, never in words). */
        static boolean yearOrDate(String why) {
            return why.startsWith("year") || why.startsWith("date");
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
                if (s.length() >= 2 && s.charAt(0) == '0' && s.charAt(1) >= '0' && s.charAt(1) <= '9') {
                    return "code with a leading zero"; // "User 00039", "05 Österreich"
                }
                if (t.is(i - 1, '(') && t.is(i + 1, ')') && a.to() == i + 1 && DIGITS.matcher(s).matches()) {
                    return "age or note in parentheses"; // "Tim Hunt (72)", but "Salzburg (22,5)" is a share
                }
                if (a.to() == i + 1 && s.length() <= 2 && t.is(i + 1, ')') && boundary(i - 1) && !t.is(i - 1, '(')) {
                    return "list number"; // "Die Themen: 1) Ein dänisches Künstlerkollektiv"
                }
                if (a.to() == i + 1 && t.isWord(i + 1) && t.text(i + 1).length() <= 3 && Character.isUpperCase(t.text(i + 1).charAt(0))
                        && t.isNumber(i + 2) && t.is(i + 3, '/')) {
                    return "case number"; // "1 R 77/15y", "10 Cg 17/15b-8"
                }
                if (t.isWord(i - 1) && t.text(i - 1).length() == 1 && Character.isUpperCase(t.text(i - 1).charAt(0))) {
                    return "code"; // "B 5305", "A 4"
                }
                if (t.is(i - 1, ':') && t.isNumber(i - 2) && t.touches(i - 2) && s.length() <= 2 && t.text(i - 2).length() <= 2) {
                    return "score"; // "2: 1 (1: 0)"
                }
                if (t.is(i - 1, '/') && t.isNumber(i - 2) && t.text(i - 2).startsWith("0")) {
                    return "phone number"; // "0631 / 369 - 2620"
                }
                if (t.is(i - 1, '#') && t.touches(i - 1)) {
                    return "code"; // "&#8239;", "#12"
                }
                if (a.to() == i + 1 && s.length() >= 5 && DIGITS.matcher(s).matches() && i > 0 && acronym(i - 1) && bare(i + 1)) {
                    return "catalogue number"; // "der Stern HD 13189"
                }
                // "6. August", "80. Gründungstag": a dot right after, with the sentence going on.
                // A capitalised article or pronoun after the dot starts a sentence the splitter missed: "auf 92. Der".
                if (a.to() == i + 1 && t.is(i + 1, '.') && t.touches(i) && i + 2 < t.size()
                        && !(t.isCapitalised(i + 2) && lex.functionWords.contains(t.lower(i + 2)))) {
                    return "ordinal";
                }
                if (t.touches(i) && a.to() == i + 1) {
                    int k = i + 1;
                    // "Injure 4: Police": a count verb's bare number before a headline's colon is no time
                    boolean headlineColon = t.is(k, ':') && !t.touches(k) && !de && i > 0 && lex.countVerbs.contains(t.lower(i - 1));
                    if (t.is(k, ':') && !headlineColon || t.is(k, '/') || t.is(k, '^') || t.is(k, '-') && t.touches(k) && !t.isNumber(k + 1)) {
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
            String before = lex.notCountBefore.get(prev);
            if (before == null && i > 0) {
                before = lex.notCountBefore.get(t.lower(i - 1));
            }
            int hyphen = prev.lastIndexOf('-');
            if (before == null && hyphen > 0) {
                before = lex.notCountBefore.get(prev.substring(hyphen + 1)); // "ATP-Nr. 221"
            }
            if (before != null && !countAfterMonth(a, before) && (t.isNumber(i) || !yearOrDate(before))) {
                return before; // a year or day is written in digits: "im nächsten Jahr eine Milliarde Euro" is a count
            }
            if (a.to() == i + 1 && !t.isNumber(i) && (i > 0 && t.isWord(i - 1) && lex.pronounBefore.contains(t.lower(i) + " " + t.lower(i - 1))
                    || t.isWord(i + 1) && lex.pronounAfter.contains(t.lower(i) + " " + t.lower(i + 1)))) {
                return "pronoun"; // "no one", "the one who", "one of the victims"
            }
            boolean single = a.to() == i + 1 && (!t.isNumber(i) || DIGITS.matcher(t.text(i)).matches());
            if (single && t.isNumber(i) && i > 0 && lex.notCountBeforeBare.containsKey(t.lower(i - 1)) && bare(a.to())) {
                return lex.notCountBeforeBare.get(t.lower(i - 1)); // "ab 21", "mit 28 war sie"
            }
            if (single && i > 1 && t.isLowerWord(i - 1) && ageHead(i - 2) && bare(a.to())) {
                return "age"; // "sein Pensionseintrittsalter liege bei 65", "das Rentenalter von 67"
            }
            String label = single && i > 0 && t.isCapitalised(i - 1) ? labelOf(t.lower(i - 1)) : null;
            if (label != null && bare(a.to())) {
                return label; // "in Runde drei", "Spiel zwei geht an", "auf Tabellenplatz drei"
            }
            if (lex.notCountAfter.containsKey(t.lower(last + 1)) || lex.notCountAfter.containsKey(t.lowerDot(last + 1))) {
                return "duration, time or repetition";
            }
            if (t.is(last + 1, '-') && t.touches(last) && t.isLowerWord(last + 2)
                    && (lex.listLinks.contains(t.lower(last + 2)) || t.lower(last + 2).equals("bis")
                    || t.lower(last + 2).equals("beziehungsweise"))) {
                // A suspended compound: "acht- bis zwanzigmal größer", "16- bis 24-jährige", "27- beziehungsweise 30-jährigen"
                int k = last + 3;
                while (k < last + 5 && t.isWord(k) && lex.qualifiers.containsKey(t.lower(k))) {
                    k++; // "27- beziehungsweise zirka 30-jährigen"
                }
                String w = t.lower(k);
                String tail = t.isNumber(k) && t.is(k + 1, '-') && t.touches(k) && t.touches(k + 1) ? t.lower(k + 2) : "";
                if (w.endsWith("mal") || w.endsWith("fach") || tail.startsWith("jährig") || tail.endsWith("mal") || tail.endsWith("fach")) {
                    return "multiplier or age";
                }
            }
            String duration = durationAfter(last + 1);
            if (duration != null) {
                return duration;
            }
            QuantityLexicon.NumberWord nw = t.isNumber(i) ? null : lex.numberWords.get(t.lower(i));
            // English Title Case: a capitalised number word before a capitalised plural counts ("Wounding Two Officers")
            boolean titleCaseCount = !de && t.isCapitalised(i - 1) && t.isCapitalised(last + 1) && pluralNoun(last + 1);
            if (nw != null && nw.kind().equals("UNIT") && t.isCapitalised(i) && i > 0 && !boundary(i - 1) && !titleCaseCount) {
                return "name"; // "Eins Festival", "die erste Elf": a number word capitalised inside a sentence
            }
            if (single && i > 0 && t.isLowerWord(i - 1) && lex.isOrdinalWord(t.lower(i - 1)) && bare(a.to())) {
                return "ordinal group"; // "die Runde der besten acht"
            }
            boolean plainShort = t.isNumber(i) && t.text(i).length() <= 4 && DIGITS.matcher(t.text(i)).matches();
            boolean afterCountVerb = !de && i > 0 && lex.countVerbs.contains(t.lower(i - 1));
            if (single && plainShort && i > 0 && nameBefore(i - 1) && !afterCountVerb && (bare(a.to()) || modelSuffix(a))) {
                return "name with a number"; // "Windows 10", "Hannover 96", "ZiB 2 und"
            }
            if (single && !t.isNumber(i) && i > 0 && acronym(i - 1) && bare(a.to())) {
                return "name with a number"; // "ORF eins", "ATV zwei": a number word after an acronym
            }
            if (a.bareYearLike() && i > 0 && lex.yearCues.contains(t.lower(i - 1))) {
                return "year";
            }
            if (a.bareYearLike() && boundary(i - 1) && t.isLowerWord(last + 1) && !inflected(last + 1)
                    && !lex.functionWords.contains(t.lower(last + 1)) && t.isWord(last + 2)) {
                return "year"; // "1969 betrat Armstrong den Mond": a verb, not an adjective, after a sentence-initial year
            }
            if (a.bareYearLike() && t.isLowerWord(last + 1) && lex.yearVerbs.contains(t.lower(last + 1))) {
                return "year"; // "1955 wurde Rosenmayr Professor": a count would take a plural verb
            }
            if (a.bareYearLike() && (t.isNumber(last + 1) || t.isWord(last + 1) && lex.wordValue(t.lower(last + 1)) != null)) {
                return "year"; // "wurden 2013 drei Mediziner getötet"
            }
            boolean roundHundred = a.value() != null && a.value() % 100 == 0;
            if (a.bareYearLike() && !roundHundred && i > 0 && nameBefore(i - 1)) {
                return "year"; // "in Kiew 2014", "Rock am Ring 2015"
            }
            if (a.bareYearLike() && !roundHundred && singularNounAfter(last + 1)) {
                return "year"; // "war 1966 Wilhelm Bungert"
            }
            // "die 1945 befreiten Häftlinge", "die 2014 unterzeichneten Vereinbarungen"
            if (a.bareYearLike() && i > 0 && t.isLowerWord(i - 1) && t.lower(i - 1).matches("d(?:ie|er|en|em|es|as)")
                    && t.isLowerWord(last + 1) && (t.lower(last + 1).matches("\\p{L}+(?:ten|enen)")
                    || !roundHundred && t.lower(last + 1).matches("\\p{L}+(?:te|tes|ende|enden|endes|ene|enes)"))) {
                return "year"; // also "das 1949 aufgestellte Prinzip", "der 2017 stattfindenden Wahl"
            }
            return null;
        }

        /**
         * True if a number after a month is a count after all: "am 13. November 130 Menschen" (a day
         * stands before the month, or the number is no day) with a counted noun after it.
         */
        boolean countAfterMonth(Num a, String why) {
            if (!why.equals("date") || a.bareYearLike() || a.value() == null || !t.isWord(a.from() - 1)) {
                return false;
            }
            if (de && t.isNumber(a.from()) && GROUPED_DE.matcher(t.text(a.from())).matches()) {
                return true; // "im Februar 50.000": a day or year has no thousands dot
            }
            if (!countFollows(a.to())) {
                return false;
            }
            int m = a.from() - 1;
            boolean day = t.is(m - 1, '.') && t.isNumber(m - 2) && t.touches(m - 2);
            return day || a.value() > 31;
        }

        /** True if no unit or counted noun follows at j, nor after a list of numbers ("drei, vier oder fünf Parteien"). */
        boolean bare(int j) {
            // "mit 480 zu 143 Stimmen", "110 zu 65", "mit 25 bis 60 Millionen Euro"
            boolean scoreOrRange = (t.lower(j).equals("zu") || t.lower(j).equals("bis") || t.is(j, '-') || t.is(j, '–'))
                    && (t.isNumber(j + 1) || t.isWord(j + 1) && lex.wordValue(t.lower(j + 1)) != null);
            return !scoreOrRange && !countFollows(j) && sharedNoun(j, 0) < 0 && sharedUnit(j) < 0;
        }

        /** True if a unit or a counted noun phrase starts at j ("Soldaten", "neue Panzer"; not "XL", not "Das"). */
        boolean countFollows(int j) {
            if (t.is(j, '%') || t.isWord(j) && lex.unitsAfter.containsKey(t.lower(j))) {
                return true;
            }
            if (!de) {
                // English: a listed noun or a plural-looking word ("40 fighters"); "Windows 10 arrives" reads as a count (known)
                String w = t.lower(j);
                return t.isWord(j) && !lex.functionWords.contains(w) && !shortCaps(j)
                        && (lex.lemmas.containsKey(w) || w.endsWith("s") && !w.endsWith("ss"));
            }
            if (t.isWord(j) && lex.partitives.containsKey(t.lower(j)) && partitiveHead(j) >= 0) {
                return true;
            }
            int head = nounHead(j);
            return head >= 0 && !shortCaps(head);
        }

        /** True for a short all-capital word: a model suffix ("Lumia 950 XL"), not a counted noun. */
        boolean shortCaps(int j) {
            String w = t.text(j);
            return w.length() <= 3 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
        }

        /** True if token j starts the sentence or follows a mark that may open one ('.', ':', '(', a quote, a dash). */
        boolean boundary(int j) {
            if (j < 0) {
                return true;
            }
            if (t.isWord(j) || t.isNumber(j)) {
                return false;
            }
            char c = text.charAt(t.start(j));
            return ".:;!?(\"„“”»«–-'‚‘’".indexOf(c) >= 0;
        }

        /** True for a noun ending in a word of not-counts.tsv's AGE_HEAD rows ("Pensionsalter", "Alter"). */
        boolean ageHead(int p) {
            if (!t.isCapitalised(p)) {
                return false;
            }
            String w = t.lower(p);
            for (String head : lex.ageHeads) {
                if (w.endsWith(head)) {
                    return true;
                }
            }
            return false;
        }

        /** True if a lower number follows after a dash: "Boeing 767 - 300" names a model, no range. */
        boolean modelSuffix(Num a) {
            int j = a.to();
            if (!(t.is(j, '-') || t.is(j, '–')) || !t.isNumber(j + 1) || a.value() == null) {
                return false;
            }
            Double b = parseDigits(t.text(j + 1));
            return b != null && !b.isNaN() && b < a.value() && !t.isWord(j + 2) && !t.is(j + 2, '.'); // not "114 – 3. Mikkelsen"
        }

        /**
         * The reason of the label (not-counts.tsv LABEL) that the noun is or ends in ("Runde", "Hurrikan-Stärke",
         * "Tabellenplatz", "Startnummer", "Bundesautobahn"), or null.
         */
        String labelOf(String lower) {
            String why = lex.labels.get(lastPart(lower));
            if (why != null) {
                return why;
            }
            for (Map.Entry<String, String> e : lex.labels.entrySet()) {
                if (lower.length() > e.getKey().length() + 2 && lower.endsWith(e.getKey())) {
                    return e.getValue();
                }
            }
            return null;
        }

        /** The part of a word after its last hyphen ("stärke" of "hurrikan-stärke"), or the word. */
        static String lastPart(String lower) {
            return lower.substring(lower.lastIndexOf('-') + 1);
        }

        /** True if token q is an opening quote after a word: "des Typs „Fokker 100“" does not start a sentence. */
        boolean quotedInSentence(int q) {
            return q > 0 && (t.isWord(q - 1) || t.isNumber(q - 1)) && "„\"»«‚'".indexOf(text.charAt(t.start(q))) >= 0;
        }

        /** True for a word of two or more capitals and no lower-case letter ("ORF", "FPÖ"). */
        boolean acronym(int p) {
            if (!t.isWord(p) || t.text(p).length() < 2) {
                return false;
            }
            String w = t.text(p);
            for (int c = 0; c < w.length(); c++) {
                if (!Character.isUpperCase(w.charAt(c))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * True if the word at p names a product, channel or club that a number belongs to ("Windows
         * 10", "ZiB 2", "Hannover 96", "iOS 9"): inner capitals, or a capitalised word that is neither
         * the first of its sentence nor a function word.
         */
        boolean nameBefore(int p) {
            if (!t.isWord(p) || lex.functionWords.contains(t.lower(p))) {
                return false;
            }
            String w = t.text(p);
            for (int c = 1; c < w.length(); c++) {
                if (Character.isUpperCase(w.charAt(c))) {
                    return true;
                }
            }
            return t.isCapitalised(p) && !(p == 0 || boundary(p - 1) && !quotedInSentence(p - 1));
        }

        /** Why the words after a number make it a duration: "zwei weitere Jahre", "23 oder 24 Jahre"; or null. */
        String durationAfter(int j) {
            return durationAfter(j, 0);
        }

        String durationAfter(int j, int depth) {
            int k = j;
            while (k < j + 2 && t.isLowerWord(k) && lex.durationAdjectives.contains(t.lower(k))) {
                k++;
            }
            if (k > j && t.isCapitalised(k) && lex.notCountAfter.containsKey(t.lower(k))) {
                return "duration"; // "zwei weitere Jahre"
            }
            boolean comma = t.is(j, ',') && depth < 3;
            if (comma || t.isWord(j) && lex.listLinks.contains(t.lower(j))) {
                int n = j + (t.is(j + 1, '.') ? 2 : 1);
                if (t.isLowerWord(n) && (t.lower(n).equals("die") || t.lower(n).equals("den"))) {
                    n++; // "von 60 auf die 65 Jahre"
                }
                Num b = readNumber(n);
                if (b != null && lex.notCountAfter.containsKey(t.lower(b.to()))) {
                    return "duration or age"; // "23 oder 24 Jahre alt"
                }
                if (b != null && depth < 3) {
                    return durationAfter(b.to(), depth + 1); // "im Alter von 62, 64 und 66 Jahren"
                }
            }
            return null;
        }

        /** True if a capitalised noun at j (after adjectives) looks singular: "1966 Wilhelm Bungert", not "2015 Flüchtlinge". */
        boolean singularNounAfter(int j) {
            int head = nounHead(j);
            return head >= 0 && looksSingular(head);
        }

        /**
         * True if the noun at j does not look like a German plural: not a listed counted noun or unit,
         * and no plural ending (-e, -n, -r, -s, or -l with an umlaut as in "Vögel").
         */
        boolean looksSingular(int j) {
            if (lex.lemmas.containsKey(t.text(j)) || lex.unitsAfter.containsKey(t.lower(j))) {
                return false;
            }
            String w = t.lower(j);
            char last = w.charAt(w.length() - 1);
            boolean umlaut = w.indexOf('ä') >= 0 || w.indexOf('ö') >= 0 || w.indexOf('ü') >= 0;
            return !(last == 'e' || last == 'n' || last == 'r' || last == 's' || umlaut && last == 'l');
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
                    if (k == 1 && governed(i - 1)) {
                        return -1;
                    }
                    return i - k;
                }
            }
            return -1;
        }

        /**
         * True if the "über"/"unter" at q is the preposition of a word before it in the same clause
         * (governed-prepositions.tsv): "eine Rechnung über 396 Euro", "verfügt der Lander über 24 Watt".
         */
        boolean governed(int q) {
            String prep = t.lower(q);
            if (!prep.equals("über") && !prep.equals("unter")) {
                return false;
            }
            for (int d = 1; d <= lex.longestGovernorReach && t.isWord(q - d); d++) {
                Integer reach = lex.prepositionGovernors.get(t.lower(q - d) + " " + prep);
                if (reach != null && reach >= d) {
                    return true;
                }
            }
            return false;
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
                if (lex.functionWords.contains(t.lower(j + k))) {
                    return false; // also capitalised: "Rock am Ring 2015 Das Festival"
                }
                if (t.isCapitalised(j + k)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The capitalised noun of a German noun phrase starting at j, after up to four adjectives
         * that may be joined by "und", "oder" or commas ("zwei robuste und zweikampfstarke
         * Innenverteidiger"); -1 if there is none. English: -1.
         */
        int nounHead(int j) {
            if (!de) {
                return -1;
            }
            int k = j;
            int words = 0;
            while (words < 5) {
                if (t.isLowerWord(k) && !lex.functionWords.contains(t.lower(k))) {
                    k++;
                    words++;
                } else if (words > 0 && (t.is(k, ',') || t.lower(k).equals("und") || t.lower(k).equals("oder"))
                        && inflected(k - 1) && inflected(k + 1) && !lex.functionWords.contains(t.lower(k + 1))) {
                    k++;
                    words++;
                } else {
                    break;
                }
            }
            // The word before the noun is an inflected adjective ("teilweise hoch fragile Objekte"), not "bedroht, sagte X".
            boolean adjectiveBefore = k == j || inflected(k - 1) || lex.wordValue(t.lower(k - 1)) != null; // "der letzten fünf Duelle"
            return adjectiveBefore && t.isCapitalised(k) && !lex.functionWords.contains(t.lower(k)) ? k : -1;
        }

        /** True for a lower-case word with an adjective ending ("robuste", "neuen"): "bedroht, sagte" is no list of adjectives. */
        boolean inflected(int j) {
            if (!t.isLowerWord(j)) {
                return false;
            }
            String w = t.lower(j);
            return w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em");
        }

        /** The counted noun of a partitive starting at j ("der 100 Stimmen", "von 70 Mitgliedern", "seiner 35 Würfe"), or -1. */
        int partitiveHead(int j) {
            QuantityLexicon.Partitive p = t.isWord(j) ? lex.partitives.get(t.lower(j)) : null;
            if (p == null || !de) {
                return -1;
            }
            int k = j + 1;
            if (t.isLowerWord(k) && lex.isOrdinalWord(t.lower(k)) && (t.isNumber(k + 1) || lex.wordValue(t.lower(k + 1)) != null)) {
                k++; // "35 der letzten 41 Rennen"
            }
            Num n = readNumber(k);
            if (n != null) {
                k = n.to();
            } else if (p.needsNumber()) {
                return -1;
            }
            int head = nounHead(k);
            return head >= 0 && !looksSingular(head) ? head : -1; // not "drei der Partei zustehenden Posten"
        }

        /**
         * The counted noun that an amount ending before j shares with the amounts listed after it
         * ("drei, vier oder fünf Parteien", "Dutzende oder gar Hunderte Vögel"), or -1.
         */
        int sharedNoun(int j, int depth) {
            if (!de || depth > 3) {
                return -1;
            }
            int k = j;
            boolean linked = false;
            if (t.is(k, ',')) {
                k++;
                linked = true;
            }
            if (t.isWord(k) && lex.listLinks.contains(t.lower(k)) && !t.lower(k).equals("auf")) {
                k += t.is(k + 1, '.') && t.touches(k) ? 2 : 1;
                linked = true;
            }
            if (!linked) {
                return -1;
            }
            while (t.isWord(k) && lex.listFillers.contains(t.lower(k))) {
                k++;
            }
            int after = vagueEnd(k);
            if (after < 0) {
                Num n = readNumber(k);
                if (n == null) {
                    return -1;
                }
                after = n.to();
            }
            int head = nounHead(after);
            return head >= 0 ? head : sharedNoun(after, depth + 1);
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
                if (unit == null && t.touches(after) && (t.is(after + 1, '²') || t.is(after + 1, '³'))) {
                    unit = lex.unitsAfter.get(u + t.text(after + 1)); // "km²", "m³"
                    len = 2;
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
                    if (unit.lemma().startsWith("Grad") && t.lower(unitEnd).equals("unter") && t.lower(unitEnd + 1).equals("null")
                            && b.value() != null && b.value() > 0) {
                        b = new Bounds(-b.value(), null, null, false, false, b.approx(), b.effect()); // "196 Grad unter Null"
                    }
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

        /**
         * The token of the unit of money, percent or measure that a number ending before {@code j}
         * shares with the next one: "25" in "von 25 auf 18 Prozent", "48" in "48 bzw. 47 Prozent";
         * -1 if there is none.
         */
        int sharedUnit(int j) {
            int k = j;
            if (t.is(k, ')')) {
                return bracketedUnit(k);
            }
            if (t.isWord(k) && lex.listLinks.contains(t.lower(k))) {
                k += t.lower(k).equals("bzw") && t.is(k + 1, '.') ? 2 : 1;
            } else {
                return -1;
            }
            boolean number = t.isNumber(k) || (t.isWord(k) && lex.wordValue(t.lower(k)) != null)
                    || (t.isWord(k) && (t.lower(k).equals("ein") || t.lower(k).equals("eine")) && t.isWord(k + 1)); // "von 0,5 auf ein Prozent"
            if (!number) {
                return -1;
            }
            int u = k + 1;
            if (t.isNumber(k) && scaleLength(u) > 0) {
                u += scaleLength(u); // "um acht Milliarden auf 127,5 Milliarden Euro"
            }
            if (t.is(u, '%') || (t.isWord(u) && lex.unitsAfter.containsKey(t.lower(u)) && t.lower(u).length() > 2)) {
                return u;
            }
            return -1;
        }

        /**
         * The unit shared by bracketed figures in a list, from the ')' closing the first: "Salzburg (22,5) und
         * Vorarlberg (21,0 Prozent)" gives "Prozent" to 22,5; -1 if the next item has no bracketed number with
         * a unit of money, percent or measure.
         */
        int bracketedUnit(int close) {
            int k = close + 1;
            if (t.is(k, ',')) {
                k++;
            } else if (t.isWord(k) && lex.listLinks.contains(t.lower(k))) {
                k++;
            } else {
                return -1;
            }
            int words = 0;
            while (words < 3 && t.isCapitalised(k)) {
                k++;
                words++;
            }
            if (words == 0 || !t.is(k, '(') || !t.isNumber(k + 1)) {
                return -1;
            }
            int u = k + 2;
            if (t.is(u, '%') || (t.isWord(u) && lex.unitsAfter.containsKey(t.lower(u)) && t.lower(u).length() > 2 && t.is(u + 1, ')'))) {
                return u;
            }
            return -1;
        }

        /**
         * True if an English state word at j ends a counted phrase that already has a noun (counted-states.tsv):
         * "three others injured in", "five people shot outside", also after an adverb ("nine others seriously
         * injured", "two victims fatally shot"); not before a noun ("two other injured victims").
         */
        boolean stateEnds(int j) {
            int s = t.isLowerWord(j) && t.lower(j).endsWith("ly") && t.isWord(j + 1) ? j + 1 : j;
            return (lex.countedStates.contains(t.lower(s)) || pastAfterPlural(s)) && !pluralNoun(s + 1);
        }

        /**
         * True for a lower-case word in -ed right after a plural noun: a verb or participle, not the counted
         * noun ("Two men fired 20 rounds", "three boys named in the report"); an -ed word before the noun is
         * an adjective of the phrase ("two armed men") and never gets here. After a singular noun it is the verb
         * of a clause when a function word, an adverb in -ly or no word follows ("one man stepped out of the car",
         * "One child suffered a non-life threatening injury", "one man recalled later"); an -ly adverb between
         * noun and verb is skipped ("two men reportedly approached a group"). Before a noun it stays a word of
         * the phrase ("two unknown armed suspects").
         */
        boolean pastAfterPlural(int j) {
            String w = t.lower(j);
            if (j <= 0 || !t.isLowerWord(j) || w.length() <= 4 || !w.endsWith("ed")) {
                return false;
            }
            int p = j - 1;
            if (p > 0 && t.isLowerWord(p) && t.lower(p).endsWith("ly")) {
                p--;
            }
            if (pluralNoun(p)) {
                return true;
            }
            return singularNoun(p) && (!t.isWord(j + 1) || lex.functionWords.contains(t.lower(j + 1))
                    || t.isLowerWord(j + 1) && t.lower(j + 1).endsWith("ly"));
        }

        /**
         * True for a lower-case word in -ing right after a lower-case counted noun: a participle that tells what the
         * counted things do or are, not the counted noun ("six people suffering from gunshot wounds", "211 accidental
         * shootings involving children", "two officers investigating the incident"). After a singular noun only when
         * a function word, an adverb in -ly or no word follows ("one person running from the scene", "one guy
         * saying,"): before a noun the -ing word is a word of the phrase ("three adult male shooting victims").
         */
        boolean participleAfterNoun(int j) {
            String w = t.lower(j);
            if (j <= 0 || !t.isLowerWord(j) || w.length() <= 5 || !w.endsWith("ing") || !t.isLowerWord(j - 1)) {
                return false;
            }
            if (pluralNoun(j - 1)) {
                return true;
            }
            return singularNoun(j - 1) && (!t.isWord(j + 1) || lex.functionWords.contains(t.lower(j + 1))
                    || t.isLowerWord(j + 1) && t.lower(j + 1).endsWith("ly"));
        }

        /**
         * True for a capitalised month name or abbreviation (not-counts.tsv, BEFORE "date": "February", "Feb.") with a
         * number right after it: a date, no counted word ("left two wounded Feb. 15"; "300 people may have attended" is
         * lower case).
         */
        boolean monthBeforeDay(int j) {
            if (!t.isCapitalised(j)) {
                return false;
            }
            String dot = t.lowerDot(j);
            if ("date".equals(lex.notCountBefore.get(dot))) {
                return t.isNumber(dot.endsWith(".") ? j + 2 : j + 1);
            }
            return "date".equals(lex.notCountBefore.get(t.lower(j))) && t.isNumber(j + 1);
        }

        /**
         * True for an English modal or auxiliary written in lower case (modal-verbs.tsv) with a lower-case word after it,
         * the verb it goes with ("up to 300 people may have attended", "two men can be seen"); called once the phrase
         * has a noun. "May" capitalised is the month, and "one beer can." the noun.
         */
        boolean modalAfterNoun(int j) {
            return t.isLowerWord(j) && lex.modalVerbs.contains(t.lower(j)) && t.isLowerWord(j + 1);
        }

        /** True for a lower-case word that may be a singular counted noun: no function, state, -ly, -ed or -ing word. */
        boolean singularNoun(int j) {
            String w = t.lower(j);
            return t.isLowerWord(j) && !lex.functionWords.contains(w) && !lex.countedStates.contains(w)
                    && lex.wordValue(w) == null && !w.endsWith("ly") && !w.endsWith("ed") && !w.endsWith("ing");
        }

        /** True for an English word that looks like a counted noun: a listed one or a plural ("victims"). */
        boolean pluralNoun(int j) {
            String w = t.lower(j);
            return t.isWord(j) && !lex.functionWords.contains(w) && !lex.countedStates.contains(w)
                    && (lex.lemmas.containsKey(w) || w.endsWith("s") && !w.endsWith("ss"));
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
                    int head = nounHead(j);
                    if (head < 0) {
                        head = partitiveHead(j); // "60 der 100 Stimmen"
                        adj = head;
                    }
                    if (head < 0) {
                        head = sharedNoun(j, 0); // "drei, vier oder fünf Parteien"
                        adj = head;
                    }
                    if (head >= 0) {
                        j = head;
                        unit = t.text(j);
                        lemma = lex.lemma(unit);
                        counts = text.substring(t.start(adj), t.end(j));
                        // "3.000 Mann starkes Bataillon": the unit is Mann, the thing counted the Bataillon.
                        if (t.isLowerWord(j + 1) && t.lower(j + 1).startsWith("stark") && t.isCapitalised(j + 2)) {
                            counts = t.text(j + 2);
                        }
                    }
                } else if (englishCountedStart(j, start)) {
                    int first = j;
                    int k = 0;
                    boolean noun = false;
                    while (k < 3 && t.isWord(j) && !lex.functionWords.contains(t.lower(j))
                            && lex.wordValue(t.lower(j)) == null && !(noun && (stateEnds(j) || participleAfterNoun(j) || modalAfterNoun(j)))
                            && !monthBeforeDay(j)) {
                        noun |= !lex.countedStates.contains(t.lower(j));
                        j++;
                        k++;
                    }
                    int r = reflexiveAfter(first);
                    if (r >= 0) {
                        // "one accidentally shoots himself", "two men turned themselves in": the reflexive's verb and all
                        // after it are no part of the counted phrase; an adverb in -ly left alone counts nothing
                        j = Math.min(j, r - 1);
                        k = j - first;
                        if (k > 0 && t.lower(j - 1).endsWith("ly")) {
                            k = 0;
                        }
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

        /**
         * The token of a reflexive pronoun (reflexive-pronouns.tsv) among the three words from j, before any function
         * word or punctuation, or -1.
         */
        int reflexiveAfter(int j) {
            for (int k = j; k < j + 3 && t.isWord(k) && !lex.functionWords.contains(t.lower(k)); k++) {
                if (lex.reflexives.contains(t.lower(k))) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * True if an English counted phrase may start at j, after a number starting at token {@code number}. A
         * capitalised word there is a counted noun only as a listed noun, a plural ("2 Palestinians") or in a headline
         * in title case ("Wounding Two Officers"); a word in capitals only as a listed noun. Page furniture and names
         * otherwise give nonsense counts: a video player's "Skip" ("15 Skip"), a station's call sign ("1 WLWT"), a
         * ticker in capitals ("16 INDIVIDUALS"), a surname.
         */
        boolean englishCountedStart(int j, int number) {
            if (!t.isCapitalised(j) || lex.lemmas.containsKey(t.lower(j))) {
                return true;
            }
            String w = t.text(j);
            if (w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
            boolean titleCase = number > 0 && t.isCapitalised(number - 1) && !boundary(number - 1);
            return titleCase || w.endsWith("s") && !w.endsWith("ss");
        }

        Quantity build(int start, int end, Bounds b, String qual, String unit, String lemma, String counts, String rule) {
            return buildChars(t.start(start), t.end(end - 1), b, qual, unit, lemma, counts, rule);
        }

        /** A quantity over the chars [from, to) of the text. */
        Quantity buildChars(int from, int to, Bounds b, String qual, String unit, String lemma, String counts, String rule) {
            Span span = new Span(from, to);
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
