package org.lagebild.annotate.sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;
import org.lagebild.annotate.AnnotationContext;
import org.lagebild.annotate.Stage;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.Document;
import org.lagebild.model.Layer;
import org.lagebild.model.Sentence;
import org.lagebild.model.Token;

/**
 * Splits an article's clean text into sentences and tokens. Requires {@link Layer#LANGUAGE},
 * provides {@link Layer#SENTENCES} and {@link Layer#TOKENS}.
 *
 * <p>Works block by block ({@link Article#blocks()}): a sentence never crosses a block boundary
 * or a blank line, and text outside every block is split line by line. Inside a block the
 * OpenNLP UD sentence model of the language proposes breaks (English for "en", German for every
 * other language), which the rules in {@code abbreviations.tsv} and {@code ordinals.tsv} correct:
 * no break after abbreviations ("Nr.", "z. B."), ordinals ("am 1. Mai", "80. Gründungstag"),
 * inside numbers ("1.000"), after "(...)" or before a lower-case word; closing quotes stay with
 * their sentence; glued text ("sollen.Dies") is broken. Tokens come from the OpenNLP tokenizer
 * of the language.
 *
 * <p>Sentence spans are offsets into the clean text, trimmed of white space, non-overlapping and
 * numbered 0..n-1 in text order; token spans lie inside their sentence. Runs of more than
 * {@value #MAX_RUN} chars without white space are kept whole (no model sees them), so the cost is
 * linear in the text length. Immutable and thread-safe; models and rules are loaded once.
 */
public final class SentenceSplitter implements Stage {

    /** Stage name recorded in provenance. */
    public static final String NAME = "sentences";
    /** White-space-free runs longer than this are neither split nor tokenized by the models. */
    public static final int MAX_RUN = 200;

    private static final String CLOSERS = "\"'”“’‘«»›‹)]";
    private static final String OPENERS = "\"'„“‚‘»«›‹([{";

    private final SentenceRules rules;

    /** Loads the rules and both OpenNLP model pairs; throws if any is missing. */
    public SentenceSplitter() {
        rules = new SentenceRules();
        OpenNlpModels.forLanguage("de");
        OpenNlpModels.forLanguage("en");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Document apply(Document document, AnnotationContext context) {
        String text = document.text();
        OpenNlpModels.Pair models = OpenNlpModels.forLanguage(document.language());
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (org.lagebild.model.Span region : regions(document.article())) {
            for (org.lagebild.model.Span s : split(text, region, models)) {
                int index = sentences.size();
                sentences.add(new Sentence(index, s));
                tokenize(text, s, models, index, tokens);
            }
        }
        return document.withSentences(sentences).withTokens(tokens);
    }

    /**
     * The sentences of {@code region} of {@code text} for {@code language} (ISO 639-1, may be
     * null), as spans into {@code text}. The region is treated as one block.
     */
    public List<org.lagebild.model.Span> sentences(String text, org.lagebild.model.Span region, String language) {
        return split(text, region, OpenNlpModels.forLanguage(language));
    }

    /** The tokens of {@code span} of {@code text} for {@code language}, as spans into {@code text}. */
    public List<org.lagebild.model.Span> tokens(String text, org.lagebild.model.Span span, String language) {
        List<Token> out = new ArrayList<>();
        tokenize(text, span, OpenNlpModels.forLanguage(language), 0, out);
        return out.stream().map(Token::span).toList();
    }

    /**
     * The regions split independently: the blocks in text order (an overlapping block is cut to
     * start after the previous one) and, between them, every non-blank line outside all blocks.
     */
    static List<org.lagebild.model.Span> regions(Article article) {
        String text = article.text();
        List<Block> blocks = new ArrayList<>(article.blocks());
        blocks.sort(Comparator.comparing(Block::span));
        List<org.lagebild.model.Span> out = new ArrayList<>();
        int pos = 0;
        for (Block b : blocks) {
            int s = Math.max(b.span().start(), pos);
            int e = b.span().end();
            if (e <= s) {
                continue;
            }
            addLines(text, pos, s, out);
            out.add(new org.lagebild.model.Span(s, e));
            pos = e;
        }
        addLines(text, pos, text.length(), out);
        return out;
    }

    private static void addLines(String text, int from, int to, List<org.lagebild.model.Span> out) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (hasContent(text, start, i)) {
                    out.add(new org.lagebild.model.Span(start, i));
                }
                start = i + 1;
            }
        }
    }

    private static boolean hasContent(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Splits one region at blank lines, then each paragraph with the model and rules. */
    private List<org.lagebild.model.Span> split(String text, org.lagebild.model.Span region, OpenNlpModels.Pair models) {
        List<org.lagebild.model.Span> out = new ArrayList<>();
        int end = Math.min(region.end(), text.length());
        int paraStart = region.start();
        int lineStart = region.start();
        boolean lineBlank = true;
        for (int i = region.start(); i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineBlank && lineStart > paraStart) {
                    paragraph(text, paraStart, lineStart, models, out);
                    paraStart = i + 1;
                }
                lineStart = i + 1;
                lineBlank = true;
            } else if (!isSpace(c)) {
                lineBlank = false;
            }
        }
        paragraph(text, paraStart, end, models, out);
        return out;
    }

    private void paragraph(String text, int from, int to, OpenNlpModels.Pair models, List<org.lagebild.model.Span> out) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        String s = text.substring(from, to);
        String lang = models.language();
        Span[] proposed = models.sentences().sentPosDetect(mask(s, models.eosCharacters()));
        List<Integer> candidates = new ArrayList<>();
        for (int k = 1; k < proposed.length; k++) {
            int b = proposed[k].getStart();
            if (b > 0 && b < s.length() && endsLikeSentence(s, b)) {
                candidates.add(b);
            }
        }
        addGluedBreaks(s, lang, candidates);
        addCitationBreaks(s, candidates);
        candidates.sort(null);
        List<Integer> breaks = new ArrayList<>();
        int last = 0;
        for (int b : candidates) {
            if (b <= last || keepsTogether(s, b, lang)) {
                continue;
            }
            int moved = moveOverClosers(s, b);
            if (moved > last && moved < s.length()) {
                breaks.add(moved);
                last = moved;
            } else if (moved >= s.length()) {
                break;
            }
        }
        int start = 0;
        for (int i = 0; i <= breaks.size(); i++) {
            int e = i < breaks.size() ? breaks.get(i) : s.length();
            emitTrimmed(s, start, e, from, out);
            start = e;
        }
    }

    private static void emitTrimmed(String s, int a, int b, int offset, List<org.lagebild.model.Span> out) {
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            out.add(new org.lagebild.model.Span(offset + a, offset + b));
        }
    }

    /** Hides end-of-sentence chars inside over-long runs so the model's per-run scans stay bounded. */
    static String mask(String s, char[] eos) {
        char[] chars = null;
        int runStart = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || isSpace(s.charAt(i))) {
                if (i - runStart > MAX_RUN) {
                    if (chars == null) {
                        chars = s.toCharArray();
                    }
                    for (int j = runStart; j < i; j++) {
                        for (char e : eos) {
                            if (chars[j] == e) {
                                chars[j] = 'x';
                            }
                        }
                    }
                }
                runStart = i + 1;
            }
        }
        return chars == null ? s : new String(chars);
    }

    /** True if the text before {@code b} ends in sentence-final punctuation, maybe plus closers. */
    private static boolean endsLikeSentence(String s, int b) {
        int e = b;
        while (e > 0 && isSpace(s.charAt(e - 1))) {
            e--;
        }
        while (e > 0 && CLOSERS.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e == 0) {
            return false;
        }
        char c = s.charAt(e - 1);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** "sollen.Dies": lower-case word, end punctuation, capitalised word, no space between. */
    private void addGluedBreaks(String s, String lang, List<Integer> out) {
        for (int i = 2; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?')
                    && Character.isLowerCase(s.charAt(i - 1)) && Character.isLowerCase(s.charAt(i - 2))
                    && Character.isUpperCase(s.charAt(i + 1)) && Character.isLowerCase(s.charAt(i + 2))) {
                int ws = i;
                while (ws > 0 && !isSpace(s.charAt(ws - 1))) {
                    ws--;
                }
                int we = i;
                while (we < s.length() && !isSpace(s.charAt(we))) {
                    we++;
                }
                String run = s.substring(ws, we);
                if (we - ws > MAX_RUN || run.contains("/") || run.contains("@") || run.startsWith("www.")) {
                    continue;
                }
                String word = stripOpeners(s.substring(ws, i + 1));
                if (rules.abbreviation(lang, word) == null) {
                    out.add(i + 1);
                }
            }
        }
    }

    /**
     * "in 2014.[124][125] Rep. Lois Capps said": reference marks glued to the end of a sentence (pages copied from a
     * wiki) hide its break from the model; the break goes after the last mark when a capitalised word follows.
     */
    private static void addCitationBreaks(String s, List<Integer> out) {
        for (int i = s.indexOf(".["); i >= 0; i = s.indexOf(".[", i + 1)) {
            int e = i + 1;
            while (e < s.length() && s.charAt(e) == '[') {
                int c = e + 1;
                while (c < s.length() && c - e <= 4 && Character.isDigit(s.charAt(c))) {
                    c++;
                }
                if (c == e + 1 || c >= s.length() || s.charAt(c) != ']') {
                    break;
                }
                e = c + 1;
            }
            if (e > i + 1 && e + 1 < s.length() && s.charAt(e) == ' ' && Character.isUpperCase(s.charAt(e + 1))) {
                out.add(e);
            }
        }
    }

    /** The correction rules: true if the proposed break at {@code b} is to be undone. */
    private boolean keepsTogether(String s, int b, String lang) {
        int pe = b;
        while (pe > 0 && isSpace(s.charAt(pe - 1))) {
            pe--;
        }
        int ps = pe;
        while (ps > 0 && !isSpace(s.charAt(ps - 1))) {
            ps--;
        }
        int ne = b;
        while (ne < s.length() && !isSpace(s.charAt(ne))) {
            ne++;
        }
        String prev = stripOpeners(s.substring(ps, pe));
        String next = s.substring(b, ne);
        char first = firstNonOpener(next);
        if (Character.isLowerCase(first) && !hasUpperCase(next)) {
            return true;
        }
        String before = previousToken(s, ps);
        SentenceRules.AbbreviationKind kind = rules.abbreviation(lang, prev);
        if (kind == null && before != null) {
            kind = rules.abbreviation(lang, stripOpeners(before) + " " + prev);
        }
        if (kind == null && isInitials(prev)) {
            kind = prev.length() == 2 && Character.isUpperCase(prev.charAt(0))
                    ? SentenceRules.AbbreviationKind.INNER : SentenceRules.AbbreviationKind.FINAL;
        }
        if (kind == SentenceRules.AbbreviationKind.INNER) {
            return true;
        }
        if (kind == SentenceRules.AbbreviationKind.FINAL && Character.isDigit(first)) {
            return true;
        }
        if (isOrdinalNumber(prev, 5)) {
            String word = stripTrailing(next);
            if (rules.ordinalFollower(lang, next) || rules.ordinalFollower(lang, word)) {
                return true;
            }
            // a cue before a year-sized number is too weak: "seit 2015. Die ..."
            if (isOrdinalNumber(prev, 4) && before != null && rules.ordinalCue(lang, stripOpeners(before))) {
                return true;
            }
        }
        return prev.equals("(...)") || prev.equals("[...]") || prev.equals("(…)") || prev.equals("[…]");
    }

    /** "iPhone", "eBay": a lower-case start that does not continue the sentence before. */
    private static boolean hasUpperCase(String t) {
        for (int i = 1; i < t.length(); i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String previousToken(String s, int tokenStart) {
        int e = tokenStart;
        while (e > 0 && isSpace(s.charAt(e - 1))) {
            e--;
        }
        if (e == 0) {
            return null;
        }
        int st = e;
        while (st > 0 && !isSpace(s.charAt(st - 1))) {
            st--;
        }
        return s.substring(st, e);
    }

    /** "A." or "U.N.": single letters each followed by a period. */
    private static boolean isInitials(String t) {
        if (t.length() < 2 || t.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < t.length(); i += 2) {
            if (!Character.isLetter(t.charAt(i)) || t.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** "6." or "80.": digits and a period, at most {@code maxLength} chars in all. */
    private static boolean isOrdinalNumber(String t, int maxLength) {
        int n = t.length();
        if (n < 2 || n > maxLength || t.charAt(n - 1) != '.') {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripOpeners(String t) {
        int i = 0;
        while (i < t.length() - 1 && OPENERS.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return t.substring(i);
    }

    private static String stripTrailing(String t) {
        int e = t.length();
        while (e > 0 && ".,;:!?".indexOf(t.charAt(e - 1)) >= 0 || e > 0 && CLOSERS.indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        return t.substring(0, e);
    }

    private static char firstNonOpener(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (OPENERS.indexOf(t.charAt(i)) < 0) {
                return t.charAt(i);
            }
        }
        return ' ';
    }

    /** Closing quotes or brackets right after a break followed by space belong to the sentence before. */
    private static int moveOverClosers(String s, int b) {
        int j = b;
        while (j < s.length() && CLOSERS.indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        return j > b && (j == s.length() || isSpace(s.charAt(j))) ? j : b;
    }

    private static void tokenize(String text, org.lagebild.model.Span span, OpenNlpModels.Pair models, int sentence,
                                 List<Token> out) {
        int firstOfSentence = out.size();
        tokenizeChunks(text, span, models, sentence, out);
        joinOrdinals(text, out, firstOfSentence);
    }

    /** "6" "." becomes "6." unless the period ends the sentence (the UD models split ordinals). */
    private static void joinOrdinals(String text, List<Token> out, int from) {
        for (int k = from; k + 2 < out.size(); k++) {
            Token num = out.get(k);
            Token dot = out.get(k + 1);
            int len = num.span().length();
            if (len <= 3 && dot.span().length() == 1 && text.charAt(dot.span().start()) == '.'
                    && dot.span().start() == num.span().end() && allDigits(text, num.span())) {
                out.set(k, new Token(new org.lagebild.model.Span(num.span().start(), dot.span().end()), num.sentence()));
                out.remove(k + 1);
            }
        }
    }

    private static boolean allDigits(String text, org.lagebild.model.Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void tokenizeChunks(String text, org.lagebild.model.Span span, OpenNlpModels.Pair models,
                                       int sentence, List<Token> out) {
        int i = span.start();
        int end = span.end();
        while (i < end) {
            while (i < end && isSpace(text.charAt(i))) {
                i++;
            }
            int cs = i;
            boolean plain = true;
            while (i < end && !isSpace(text.charAt(i))) {
                plain &= Character.isLetterOrDigit(text.charAt(i));
                i++;
            }
            if (cs == i) {
                break;
            }
            if (plain || i - cs > MAX_RUN) {
                out.add(new Token(new org.lagebild.model.Span(cs, i), sentence));
                continue;
            }
            Span[] parts = models.tokenizeChunk(text.substring(cs, i));
            List<int[]> pieces = new ArrayList<>(parts.length + 2);
            for (Span p : parts) {
                peel(text, cs + p.getStart(), cs + p.getEnd(), pieces);
            }
            int first = out.size();
            for (int[] p : pieces) {
                int a = p[0];
                int b = p[1];
                if (out.size() > first) {
                    Token prev = out.get(out.size() - 1);
                    if (prev.span().end() == a && joins(text, a)) {
                        out.set(out.size() - 1, new Token(new org.lagebild.model.Span(prev.span().start(), b), sentence));
                        continue;
                    }
                }
                out.add(new Token(new org.lagebild.model.Span(a, b), sentence));
            }
        }
    }

    private static final String LEADING_PUNCT = "\"„“”»«‚‘›‹([{";
    private static final String TRAILING_PUNCT = "\"“”»«‘’›‹)]},;!?";

    /** Splits quotes, brackets and commas off a model token (the UD models leave "„Armee“" whole). */
    private static void peel(String text, int a, int b, List<int[]> out) {
        if (a >= b) {
            return;
        }
        int s = a;
        while (s < b - 1 && LEADING_PUNCT.indexOf(text.charAt(s)) >= 0) {
            out.add(new int[] {s, s + 1});
            s++;
        }
        int e = b;
        while (e > s + 1 && TRAILING_PUNCT.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        out.add(new int[] {s, e});
        for (int k = e; k < b; k++) {
            out.add(new int[] {k, k + 1});
        }
    }

    /** True if a token break at {@code p} would cut a surrogate pair, a combining mark or a ZWJ sequence. */
    private static boolean joins(String text, int p) {
        char c = text.charAt(p);
        char before = text.charAt(p - 1);
        if (Character.isLowSurrogate(c) && Character.isHighSurrogate(before)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || c == '\u200D' || before == '\u200D'
                || (c >= '\uFE00' && c <= '\uFE0F');
    }
}
