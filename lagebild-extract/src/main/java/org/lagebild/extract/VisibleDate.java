package org.lagebild.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.lagebild.extract.boilerplate.DataFile;
import org.lagebild.extract.boilerplate.StartChars;
import org.lagebild.extract.boilerplate.TokenPattern;

/**
 * Finds the publication date a page shows as text when its metadata states none: elements whose class
 * or id names a date ({@code <span class="entry-date">13. Januar 2014</span>}, any {@code <time>}) and
 * labelled dates ("Veröffentlicht am 16.08.2019"), with the class and label patterns of
 * {@code date-hints.tsv}. The first such date after the page's first h1 wins (the one beside the
 * headline), else the first one. Loaded once; immutable and thread-safe.
 */
final class VisibleDate {

    /** A date found in the page, with the rule that found it. */
    record Found(LocalDate date, String origin) {
    }

    private static final int SHORT_TEXT = 150;
    private static final int AFTER_LABEL = 80;
    /** The date under the headline: within this many texts after the first h1, in a text this short. */
    private static final int NEAR_TITLE_TEXTS = 12;
    private static final int NEAR_TITLE_CHARS = 80;
    /** A date line counts as the headline's when at most this many other texts stand between them. */
    private static final int ABOVE_TITLE_TEXTS = 3;
    /** RDFa {@code property="schema:datePublished"} and the like. */
    private static final Pattern DATE_PROPERTY = Pattern.compile("(?i)date(?:Published|Created)");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final VisibleDate INSTANCE = load();

    /** The class patterns, each tested on a token the fast way ({@link TokenPattern}). */
    private final List<TokenPattern> classes;
    private final Pattern labels;
    /** The characters a label can open with: most texts are no label, and need not be read on. */
    private final StartChars labelStart;
    private final Pattern datelines;
    private final DataFile file;

    private VisibleDate(List<TokenPattern> classes, Pattern labels, Pattern datelines, DataFile file) {
        this.classes = classes;
        this.labels = labels;
        this.labelStart = StartChars.lookingAt(labels);
        this.datelines = datelines;
        this.file = file;
    }

    static VisibleDate get() {
        return INSTANCE;
    }

    /** The rows of {@code date-hints.tsv}: id, kind, pattern, example_match, example_nomatch. */
    List<List<String>> rows() {
        return file.rows();
    }

    private static VisibleDate load() {
        DataFile f = DataFile.load(VisibleDate.class, "date-hints.tsv", "id", "kind", "pattern", "example_match",
                "example_nomatch");
        List<TokenPattern> cls = new ArrayList<>();
        StringBuilder lab = new StringBuilder();
        StringBuilder dl = new StringBuilder();
        for (List<String> r : f.rows()) {
            if (r.get(1).strip().equals("class")) {
                cls.add(TokenPattern.of(r.get(2), FLAGS));
                continue;
            }
            StringBuilder sb = switch (r.get(1).strip()) {
                case "label" -> lab;
                case "dateline" -> dl;
                default -> throw new IllegalStateException(f.resource() + ": kind must be class, label or dateline: "
                        + r.get(1));
            };
            f.regex(r, 2, 0); // a broken row fails with the file and its id
            sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(r.get(2)).append(')');
        }
        return new VisibleDate(List.copyOf(cls),
                Pattern.compile(lab.length() == 0 ? "(?!)" : lab.toString(), FLAGS),
                Pattern.compile(dl.length() == 0 ? "(?!)" : dl.toString(), FLAGS), f);
    }

    boolean dateClass(String token) {
        if (token.isEmpty()) {
            return false; // no class pattern matches an empty token
        }
        for (TokenPattern p : classes) {
            if (p.matches(token)) {
                return true;
            }
        }
        return false;
    }

    /** The date a labelled text states right after its label, or null. */
    LocalDate labelled(String text) {
        String s = text.strip();
        Matcher m = labels.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        String rest = s.substring(m.end());
        return Dates.find(rest.length() > AFTER_LABEL ? rest.substring(0, AFTER_LABEL) : rest);
    }

    /** The date a paragraph opens with as its dateline ("27.1.2022 - Bei der Erinnerung ..."), or null. */
    LocalDate dateline(String text) {
        Matcher m = datelines.matcher(text.strip());
        return m.lookingAt() ? Dates.find(m.group()) : null;
    }

    /** The page's visible publication date, or null. */
    Found find(Element body) {
        return find(body, "h1", null);
    }

    /**
     * The page's visible publication date, or null; {@code headline} names the tag of the page's headline
     * ("h1", or "h2" on pages without h1); {@code language} (the page's language tag, or null) decides how a
     * slash date in a date element reads ({@link Dates#findSlash}).
     */
    Found find(Element body, String headline, String language) {
        Found[] first = new Found[1];
        Found[] afterH1 = new Found[1];
        Found[] nearTitle = new Found[1];
        Found[] aboveTitle = new Found[1];
        int[] textsAfterH1 = {0};
        int[] textsSinceDateLine = {0};
        boolean[] h1 = new boolean[1];
        Map<String, Boolean> memo = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                Found found = null;
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("script") || tag.equals("style") || tag.equals("nav") || tag.equals("noscript")
                            || tag.equals("template") || (tag.equals("footer") && el.closest(Queries.ARTICLE) == null)) {
                        return FilterResult.SKIP_ENTIRELY; // an article's own footer holds its date line
                    }
                    if (tag.equals(headline)) {
                        if (!h1[0] && aboveTitle[0] != null && textsSinceDateLine[0] > ABOVE_TITLE_TEXTS) {
                            aboveTitle[0] = null;
                        }
                        h1[0] = true;
                        return FilterResult.CONTINUE;
                    }
                    if (tag.equals("time") || el.attr("itemprop").equalsIgnoreCase("datePublished")
                            || DATE_PROPERTY.matcher(el.attr("property")).find() || dateNamed(el, memo)) {
                        LocalDate d = teaserItem(el) ? null : fromElement(el, language);
                        if (d != null) {
                            found = new Found(d, tag.equals("time") ? "text:time" : "text:date-class");
                        }
                    }
                } else if (node instanceof TextNode t && !t.isBlank()) {
                    String s = t.text();
                    String lead = s.length() <= SHORT_TEXT ? s.strip() : "";
                    if (s.length() <= SHORT_TEXT && (lead.isEmpty() || labelStart.possible(lead.charAt(0)))) {
                        LocalDate d = labelled(s + " " + following(t));
                        if (d != null) {
                            found = new Found(d, "text:label");
                        }
                    }
                    if (found == null && !h1[0]) {
                        // the date line just above the headline ("24. April 2020 | Pressemitteilungen")
                        String head = s.strip();
                        LocalDate d = head.length() <= NEAR_TITLE_CHARS && Dates.parse(head) != null ? Dates.find(head) : null;
                        if (d != null) {
                            aboveTitle[0] = new Found(d, "text:above-title");
                            textsSinceDateLine[0] = 0;
                        } else {
                            textsSinceDateLine[0]++;
                        }
                    }
                    if (found == null && h1[0] && first[0] == null && t.parent() != null && t.parent().nameIs("p")
                            && t.siblingIndex() == 0) {
                        LocalDate d = dateline(s);
                        if (d != null) {
                            found = new Found(d, "text:dateline");
                        }
                    }
                    if (found == null && h1[0] && nearTitle[0] == null && textsAfterH1[0]++ < NEAR_TITLE_TEXTS
                            && !(t.parent() != null && teaserItem(t.parent()))) {
                        // the date line under the headline ("Handball Schweiz • 02.02.2022", "dpa am 25.01.2022")
                        String head = s.strip();
                        head = head.length() > NEAR_TITLE_CHARS ? head.substring(0, NEAR_TITLE_CHARS) : head;
                        LocalDate d = s.length() <= NEAR_TITLE_CHARS || Dates.parse(head) != null ? Dates.find(head) : null;
                        if (d != null) {
                            nearTitle[0] = new Found(d, "text:near-title");
                        }
                    }
                }
                if (found != null) {
                    if (first[0] == null) {
                        first[0] = found;
                    }
                    if (h1[0]) {
                        afterH1[0] = found;
                        return FilterResult.STOP;
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        Found above = h1[0] ? aboveTitle[0] : null;
        return afterH1[0] != null ? afterH1[0] : nearTitle[0] != null ? nearTitle[0] : above != null ? above : first[0];
    }

    /**
     * A date in a list item that also links elsewhere ("Weitere Pressemitteilungen", event lists) is a
     * teaser's date, not the page's: the item holds a link outside the date element.
     */
    private static boolean teaserItem(Element el) {
        Element li = el.closest(Queries.LI);
        if (li == null) {
            return false;
        }
        for (Element a : li.getElementsByTag("a")) {
            boolean linkedDate = a == el || el.parents().contains(a) || a.parents().contains(el);
            if (!linkedDate && a.closest(Queries.LI) == li) {
                return true;
            }
        }
        return false;
    }

    private boolean dateNamed(Element el, Map<String, Boolean> memo) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        String key = cls + "\u0000" + id;
        Boolean known = memo.get(key);
        if (known != null) {
            return known;
        }
        boolean named = false;
        String all = (cls + " " + id).toLowerCase(Locale.ROOT);
        // tokens as split("\\s+") gives them, without the regex
        for (int start = 0, end; start < all.length() && !named; start = end + 1) {
            end = start;
            while (end < all.length() && !asciiSpace(all.charAt(end))) {
                end++;
            }
            if (end > start) {
                String token = all.substring(start, end);
                // tokens recur in many class combinations: each is matched once per page ("\u0001" keeps them apart)
                String tokenKey = "\u0001" + token;
                Boolean t = memo.get(tokenKey);
                if (t == null) {
                    t = dateClass(token);
                    memo.put(tokenKey, t);
                }
                named = t;
            }
        }
        memo.put(key, named);
        return named;
    }

    /** The characters of regex {@code \\s} without UNICODE_CHARACTER_CLASS. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static LocalDate fromElement(Element el, String language) {
        for (String attr : new String[] {"datetime", "content", "title"}) {
            String v = el.attr(attr);
            if (!v.isBlank()) {
                LocalDate d = Dates.parse(v);
                if (d != null) {
                    return d;
                }
            }
        }
        String text = HtmlExtractor.textPrefix(el, SHORT_TEXT * 2);
        if (text.length() > SHORT_TEXT * 2 || Lines.fold(text).length() > SHORT_TEXT) {
            return null;
        }
        LocalDate d = Dates.find(text);
        return d != null ? d : Dates.findSlash(text, language);
    }

    /** Text right after a node: its next siblings, or its inline parent's ("<b>Stand:</b> 17.10.2024"). */
    private static String following(Node n) {
        StringBuilder sb = new StringBuilder();
        for (int level = 0; level < 2 && n != null && sb.length() < AFTER_LABEL; level++) {
            for (Node s = n.nextSibling(); s != null && sb.length() < AFTER_LABEL; s = s.nextSibling()) {
                if (s instanceof TextNode t) {
                    sb.append(t.text());
                } else if (s instanceof Element e) {
                    sb.append(' ').append(HtmlExtractor.textPrefix(e, AFTER_LABEL));
                }
            }
            Node p = n.parent();
            // "<p class=title>Mise en ligne</p><p class=content>23 mai 2019</p>": the label is the whole block
            n = p instanceof Element e && (!e.isBlock() || (sb.length() == 0 && e.childNodeSize() == 1)) ? p : null;
        }
        return sb.toString();
    }
}
