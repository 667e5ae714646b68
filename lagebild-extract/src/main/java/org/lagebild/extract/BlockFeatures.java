package org.lagebild.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.lagebild.extract.boilerplate.ClassHints;
import org.lagebild.model.BlockType;

/**
 * General features of one body block that the rules kept, for {@link BlockModel}: its type, size, punctuation,
 * letters, place among the page's body blocks and relative to its long paragraphs, link density, depth below the
 * chosen container and class/id hint groups of its element and ancestors. No site names, no URLs, no words of a
 * language beyond the hint files. Stateless.
 */
public final class BlockFeatures {

    /** Feature names, in the order of {@link Row#features()}. */
    public static final List<String> NAMES = List.of(
            "type.paragraph", "type.lead", "type.subheading", "type.list", "type.quote", "type.table",
            "log.chars", "log.words", "sentence.end", "log.sentences", "commas.per.word", "ends.colon",
            "upper.share", "digit.share", "titlecase.share", "separators.per.word", "date", "contact",
            "link.density", "index.rel", "first", "last", "before.first.long", "after.last.long",
            "log.distance.long", "text.share", "log.blocks", "depth", "hint.boilerplate.self",
            "hint.boilerplate.above", "hint.content.above", "tag.p", "tag.li", "tag.heading", "tag.loose",
            "same.parent.as.text", "log.steps.to.text", "log.source.gap", "repeated");

    /** A paragraph of at least this many chars ending a sentence is a "long paragraph". */
    private static final int LONG = 150;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'»«“”’)]*$");
    private static final Pattern SENTENCE = Pattern.compile("[.!?…][\"'»«“”’)]*\\s+\\p{Lu}");
    private static final Pattern CONTACT = Pattern.compile("[\\w.+-]+@[\\w-]+\\.\\w|https?://|www\\.|(?<![\\w@])@\\w{2,}");
    private static final int MAX_ANCESTORS = 12;

    /**
     * One kept body block: its text as the article shows it, its type, features, and (when a model ran) the
     * model's probability that it is boilerplate (else NaN).
     */
    public record Row(String text, BlockType type, double[] features, double probability) {
    }

    private BlockFeatures() {
    }

    /** Whether a candidate is one the model judges: a body block other than the title. */
    static boolean judged(Candidate c) {
        return c.type != null && c.type.isBody() && c.type != BlockType.TITLE && !c.text.isBlank();
    }

    /**
     * The features of every judged candidate, in order (null entries for the others).
     *
     * @param elements the element each candidate came from, by its position (a loose text: its parent)
     * @param roots the chosen containers
     * @param counts chars and link chars per element
     */
    static double[][] compute(List<Candidate> cands, Map<Integer, Element> elements, List<Element> roots,
                              Map<Element, int[]> counts, ClassHints hints) {
        int n = cands.size();
        int[] bodyIndex = new int[n];
        int bodies = 0;
        int firstLong = -1;
        int lastLong = -1;
        long totalChars = 0;
        for (int i = 0; i < n; i++) {
            Candidate c = cands.get(i);
            bodyIndex[i] = -1;
            if (!judged(c)) {
                continue;
            }
            bodyIndex[i] = bodies++;
            totalChars += c.text.length();
            if (longParagraph(c)) {
                firstLong = firstLong < 0 ? bodyIndex[i] : firstLong;
                lastLong = bodyIndex[i];
            }
        }
        int[] longAt = new int[bodies];
        int longs = 0;
        // the text's parent: the element that holds most long paragraphs
        Map<Element, Integer> parents = new java.util.IdentityHashMap<>();
        List<Integer> longPositions = new java.util.ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Candidate c : cands) {
            if (judged(c)) {
                seen.merge(c.text, 1, Integer::sum);
            }
            if (judged(c) && longParagraph(c)) {
                longPositions.add(c.position);
                Element el = elements == null ? null : elements.get(c.position);
                if (el != null && el.parent() != null) {
                    parents.merge(el.parent(), 1, Integer::sum);
                }
            }
        }
        Element textParent = null; // on a tie the first in page order, so that features never depend on hash codes
        for (Candidate c : cands) {
            Element el = judged(c) && longParagraph(c) && elements != null ? elements.get(c.position) : null;
            if (el != null && el.parent() != null
                    && (textParent == null || parents.get(el.parent()) > parents.get(textParent))) {
                textParent = el.parent();
            }
        }
        java.util.Set<Element> textAncestors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element a = textParent; a != null; a = a.parent()) {
            textAncestors.add(a);
        }
        Context ctx = new Context(textParent, textAncestors, longPositions, seen);
        for (int i = 0; i < n; i++) {
            if (bodyIndex[i] >= 0 && longParagraph(cands.get(i))) {
                longAt[longs++] = bodyIndex[i];
            }
        }
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            if (bodyIndex[i] < 0) {
                continue;
            }
            Candidate c = cands.get(i);
            int b = bodyIndex[i];
            int dist = Integer.MAX_VALUE;
            for (int k = 0; k < longs; k++) {
                dist = Math.min(dist, Math.abs(longAt[k] - b));
            }
            Element el = elements == null ? null : elements.get(c.position);
            out[i] = features(c, el, roots, counts, hints, b, bodies, firstLong, lastLong,
                    longs == 0 ? bodies : dist, totalChars, ctx);
        }
        return out;
    }

    private static boolean longParagraph(Candidate c) {
        return (c.type == BlockType.PARAGRAPH || c.type == BlockType.LEAD) && c.text.length() >= LONG
                && SENTENCE_END.matcher(c.text).find();
    }

    private static double[] features(Candidate c, Element el, List<Element> roots, Map<Element, int[]> counts,
                                     ClassHints hints, int b, int bodies, int firstLong, int lastLong, int dist,
                                     long totalChars, Context ctx) {
        String t = c.text;
        double[] f = new double[NAMES.size()];
        int k = 0;
        BlockType ty = c.type;
        f[k++] = ty == BlockType.PARAGRAPH ? 1 : 0;
        f[k++] = ty == BlockType.LEAD ? 1 : 0;
        f[k++] = ty == BlockType.SUBHEADING ? 1 : 0;
        f[k++] = ty == BlockType.LIST_ITEM || ty == BlockType.HIGHLIGHT ? 1 : 0;
        f[k++] = ty == BlockType.QUOTE ? 1 : 0;
        f[k++] = ty == BlockType.TABLE ? 1 : 0;
        int words = 0;
        int titleWords = 0;
        int letters = 0;
        int upper = 0;
        int digits = 0;
        int commas = 0;
        int separators = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(ch);
            if (wordChar && !inWord) {
                words++;
                titleWords += Character.isUpperCase(ch) ? 1 : 0;
            }
            inWord = wordChar;
            if (Character.isLetter(ch)) {
                letters++;
                upper += Character.isUpperCase(ch) ? 1 : 0;
            } else if (Character.isDigit(ch)) {
                digits++;
            } else if (ch == ',') {
                commas++;
            } else if (ch == '|' || ch == '•' || ch == '·' || ch == '/' || ch == '»' || ch == '>') {
                separators++;
            }
        }
        int w = Math.max(1, words);
        f[k++] = Math.log1p(t.length());
        f[k++] = Math.log1p(words);
        f[k++] = SENTENCE_END.matcher(t).find() ? 1 : 0;
        int sentences = 0;
        for (var m = SENTENCE.matcher(t); m.find(); ) {
            sentences++;
        }
        f[k++] = Math.log1p(sentences);
        f[k++] = (double) commas / w;
        f[k++] = t.endsWith(":") ? 1 : 0;
        f[k++] = letters == 0 ? 0 : (double) upper / letters;
        f[k++] = (double) digits / Math.max(1, t.length());
        f[k++] = (double) titleWords / w;
        f[k++] = (double) separators / w;
        f[k++] = t.length() <= 300 && Dates.find(t) != null ? 1 : 0;
        f[k++] = CONTACT.matcher(t).find() ? 1 : 0;
        int[] cnt = el == null ? null : counts.get(el);
        f[k++] = cnt == null || cnt[0] == 0 ? 0 : Math.min(1, (double) cnt[1] / cnt[0]);
        f[k++] = bodies <= 1 ? 0 : (double) b / (bodies - 1);
        f[k++] = b == 0 ? 1 : 0;
        f[k++] = b == bodies - 1 ? 1 : 0;
        f[k++] = firstLong < 0 || b < firstLong ? 1 : 0;
        f[k++] = lastLong >= 0 && b > lastLong ? 1 : 0;
        f[k++] = Math.log1p(dist);
        f[k++] = totalChars == 0 ? 0 : (double) t.length() / totalChars;
        f[k++] = Math.log1p(bodies);
        int depth = 0;
        boolean selfHint = false;
        boolean aboveHint = false;
        boolean contentHint = false;
        if (el != null) {
            selfHint = hints.match(el.className(), el.id()) != null;
            Element a = el;
            for (int level = 0; a != null && level < MAX_ANCESTORS && !roots.contains(a); level++) {
                depth++;
                a = a.parent();
                if (a != null && !roots.contains(a)) {
                    aboveHint |= hints.match(a.className(), a.id()) != null;
                }
            }
            for (Element x = el; x != null && !x.normalName().equals("body"); x = x.parent()) {
                contentHint |= contentClass(x, hints);
            }
        }
        f[k++] = Math.min(depth, MAX_ANCESTORS);
        f[k++] = selfHint ? 1 : 0;
        f[k++] = aboveHint ? 1 : 0;
        f[k++] = contentHint ? 1 : 0;
        String tag = el == null ? "" : el.normalName();
        f[k++] = tag.equals("p") ? 1 : 0;
        f[k++] = tag.equals("li") ? 1 : 0;
        f[k++] = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)) ? 1 : 0;
        f[k++] = el != null && !BlockFeatures.EMITTED.contains(tag) ? 1 : 0;
        f[k++] = el != null && ctx.textParent != null && el.parent() == ctx.textParent ? 1 : 0;
        int steps = 0;
        if (el != null && ctx.textParent != null) {
            for (Element a = el; a != null && !ctx.textAncestors.contains(a); a = a.parent()) {
                steps++;
            }
        }
        f[k++] = Math.log1p(steps);
        long gap = Long.MAX_VALUE;
        for (int p : ctx.longPositions) {
            gap = Math.min(gap, Math.abs((long) p - c.position));
        }
        f[k++] = gap == Long.MAX_VALUE ? 0 : Math.log1p(gap);
        f[k++] = ctx.seen.getOrDefault(t, 0) > 1 ? 1 : 0;
        return f;
    }

    /** What the features of one page share: the text's parent and its ancestors, long paragraphs' positions, texts seen. */
    private record Context(Element textParent, java.util.Set<Element> textAncestors, List<Integer> longPositions,
                           Map<String, Integer> seen) {
    }

    private static final java.util.Set<String> EMITTED = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "blockquote", "table", "figcaption", "caption", "pre", "dd", "dt");

    private static boolean contentClass(Element x, ClassHints hints) {
        String all = (x.className() + " " + x.id()).strip();
        if (all.isEmpty()) {
            return false;
        }
        for (String token : all.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            for (ClassHints.Hint h : hints.contentHints()) {
                if (h.matches(token)) {
                    return true;
                }
            }
        }
        return false;
    }
}
