package org.lagebild.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.lagebild.extract.boilerplate.ClassHints;
import org.lagebild.extract.boilerplate.DataFile;
import org.lagebild.extract.boilerplate.TokenPattern;
import org.lagebild.ingest.SourceRecord;
import org.lagebild.model.Article;
import org.lagebild.model.BlockType;
import org.lagebild.model.MetaField;
import org.lagebild.model.RemovedText;

/**
 * HTML extraction on jsoup: reads page metadata, drops non-content elements (scripts, navigation,
 * class/id hints from {@code html-boilerplate-hints.tsv}), picks the article container
 * ({@code [itemprop=articleBody]}, {@code <article>}, {@code <main>}, else the best block by text
 * length and link density with its good siblings and, on module pages, link-poor sections further up the
 * tree), adds the lead beside the headline when it sits outside the container, turns its block elements
 * into units and applies the same phrase rules as plain text. A class hint never removes the block that
 * holds most of the article's paragraphs; a page the hints leave empty is read again with the strict ones
 * only. Every traversal is iterative (jsoup's {@link NodeTraversor}), so nesting depth cannot overflow the stack. Removed positions are source offsets of the elements.
 * Thread-safe.
 */
final class HtmlExtractor {

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "nav", "header", "footer", "aside", "form",
            "noscript", "iframe", "template", "svg", "button", "select", "input", "textarea", "object", "embed",
            "canvas", "dialog", "menu", "head", "link", "meta");
    /** Dropped tags that some sites wrap around the whole page (ASP.NET forms, header-as-wrapper). */
    private static final Set<String> LAYOUT_TAGS = Set.of("form", "header", "aside", "nav", "footer", "menu", "dialog");
    private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");
    private static final Set<String> EMIT = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "figcaption", "table", "pre", "dt", "dd", "address", "caption");
    private static final TokenPattern LEAD_CLASS = TokenPattern.of(
            "(?:.*[-_])?(?:lead|leadin|lede|intro|standfirst|summary|excerpt|dek|deck|abstract|subtitle|vorspann|teaser|perex|chapo|chapeau|entradilla)(?:[-_].*)?", 0);
    /** How far up from the article container the lead may sit, and its size. */
    private static final int LEAD_LEVELS = 8;
    private static final int LEAD_MIN = 40;
    private static final int LEAD_MAX = 1000;
    private static final TokenPattern BYLINE_CLASS = TokenPattern.of("(?:.*[-_])?(?:byline|author|authors|autor)(?:[-_].*)?", 0);
    /**
     * Picture captions and credits that are not {@code <figcaption>}: "image-caption", "bildunterschrift",
     * "photo-credit". Typed CAPTION (not body text) when short.
     */
    private static final TokenPattern CAPTION_CLASS = TokenPattern.of(
            "(?:.*[-_])?(?:caption|captions|figcaption|bildunterschrift|bu|credit|credits|copyright|bildnachweis|bildquelle|photocredit|imagecredit)(?:[-_].*)?", 0);
    private static final int CAPTION_BOX_MAX = 400;
    /**
     * A credit inside a caption box ({@code <span class="credit">}, {@code <div class="attribution">}): the box
     * describes a picture however long it is.
     */
    private static final TokenPattern CREDIT_CLASS = TokenPattern.of(
            "(?:.*[-_])?(?:credit|credits|copyright|attribution|attrib|bildnachweis|bildquelle|fotocredit|photocredit|imagecredit)(?:[-_].*)?", 0);
    /** A credited caption box may be this long; longer ones hold text beside the caption. */
    private static final int CREDITED_CAPTION_MAX = 1000;
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final int MAX_REMOVED_TEXT = 200;
    private static final int MAX_BYLINE = 200;
    private static final int PARAGRAPH_MIN = 25;
    private static final int LONG_PARAGRAPH = 80;
    private static final int CONTENT_PARAGRAPHS = 3;
    private static final int ARTICLE_BODY_MIN = 200;
    private static final double LINK_LIST = 0.5;
    private static final double LINK_ONLY = 0.95;
    private static final int LINK_ONLY_MAX = 200;
    /** A paragraph of several links with a few words between them ("Mehr zum Thema: <a>..</a> | <a>..</a> [VIDEO]"). */
    private static final double LINK_ROW = 0.75;
    private static final int LINK_ROW_MAX = 500;
    private static final int TEASER_LINK = 15;
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    private final BoilerplateFilter filter;
    private final ClassHints hints;

    HtmlExtractor(BoilerplateFilter filter, ClassHints hints) {
        this.filter = filter;
        this.hints = hints;
    }

    Article extract(SourceRecord rec) throws ExtractionException {
        Document doc = HtmlParsing.parse(rec.content(), rec.url() == null ? "" : rec.url());
        PageIndex ix = PageIndex.of(doc);
        if (ix.frameset) {
            throw new ExtractionException("frameset page has no article text");
        }
        HtmlMetadata md = HtmlMetadata.read(doc, ix, rec.url());
        try {
            return extract(rec, doc, ix, md, false);
        } catch (ExtractionException e) {
            // Class hints are only hints: when they left nothing ("sidebar_content" around the whole article),
            // the page is read again with only the strict ones.
            return extract(rec, doc, ix, md, true);
        }
    }

    private Article extract(SourceRecord rec, Document doc, PageIndex ix, HtmlMetadata md, boolean strictHintsOnly)
            throws ExtractionException {
        Element body = doc.body();
        List<RemovedText> removed = new ArrayList<>();
        // Dropped elements stay in the tree (removing thousands of children one by one is quadratic in jsoup).
        Set<Element> dropped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, int[]> before = measure(body, dropped, 0);
        strip(body, removed, before, dropped, strictHintsOnly, descriptionKey(md.description()));
        Map<Element, int[]> counts = measure(body, dropped, before.size());
        if (len(counts, body) == 0) {
            throw new ExtractionException("no text found");
        }
        String title = md.title() == null ? "" : md.title();
        if (rec.title() != null && !rec.title().isBlank()) {
            title = Lines.fold(Lines.clean(rec.title()));
        }
        List<Element> roots = withLead(roots(ix, body, counts, Lines.key(title)), body, counts, md.description());
        recordOutside(body, roots, removed, dropped);
        List<Unit> units = units(roots, Lines.key(title), md.description(), dropped, counts, removed);
        BoilerplateFilter.Result r = filter.filter(units);
        removed.addAll(r.removed());
        List<Candidate> cands = new ArrayList<>(r.kept());
        for (Candidate c : cands) {
            if (c.type == null) {
                c.type = c.bullet ? BlockType.LIST_ITEM : BlockType.PARAGRAPH;
            }
        }
        removeTopHeadings(cands, removed);
        removeTopDateLines(cands, removed);
        removeTrailingHeadings(cands, removed);
        removeTrailingNotes(cands, removed);
        for (Candidate c : cands) {
            if (c.type == BlockType.PARAGRAPH && c.leadHint) {
                c.type = BlockType.LEAD;
                break;
            }
            if (c.type.isBody()) {
                break;
            }
        }
        // A bullet list under title and lead, before the first body paragraph, is the highlights list.
        for (Candidate c : cands) {
            if (c.type == BlockType.LIST_ITEM) {
                c.type = BlockType.HIGHLIGHT;
            } else if (c.type == BlockType.PARAGRAPH || c.type == BlockType.SUBHEADING || c.type == BlockType.QUOTE
                    || c.type == BlockType.TABLE) {
                break;
            }
        }
        if (!title.isEmpty()) {
            cands.add(0, new Candidate(title, -1, false, BlockType.TITLE, false));
        }
        List<MetaField> meta = ArticleAssembler.recordMeta(rec);
        meta.addAll(md.fields());
        meta.addAll(r.meta());
        String language = rec.language() != null && !rec.language().isBlank() ? rec.language().strip() : md.language();
        return ArticleAssembler.assemble(rec, rec.format() == null ? "html" : rec.format(), title, cands,
                removed, meta, language);
    }

    static final String TOP_HEADING_RULE = "html.heading-above-text";

    /**
     * Headline-like headings (short, no closing full stop) above the first line of article text (nothing but
     * captions, credits and bylines before them) are a second headline or a kicker, not a subheading of the text:
     * they are removed, unless no text follows. A heading written as sentences is a dek and stays.
     */
    private static void removeTopHeadings(List<Candidate> cands, List<RemovedText> removed) {
        List<Candidate> top = new ArrayList<>();
        List<Candidate> labels = new ArrayList<>();
        boolean textFollows = false;
        for (Candidate c : cands) {
            if (c.type == BlockType.SUBHEADING && BoilerplateFilter.headlineLike(c.text)) {
                top.addAll(labels); // "Opinion", "Hong Kong" over the headline: section labels, not text
                labels.clear();
                top.add(c);
            } else if (c.type == BlockType.PARAGRAPH && sectionLabel(c.text)) {
                labels.add(c);
            } else if (c.type.isBody()) {
                textFollows = true;
                break;
            }
        }
        if (!textFollows || top.isEmpty()) {
            return;
        }
        for (Candidate c : top) {
            removed.add(new RemovedText(Lines.truncate(c.text, MAX_REMOVED_TEXT), "heading above the article text",
                    TOP_HEADING_RULE, c.position));
        }
        cands.removeAll(top);
    }

    static final String TOP_DATE_LINE_RULE = "html.date-line-above-text";
    static final String TOP_LABEL_RULE = "html.label-above-text";
    private static final int DATE_LINE_MAX = 100;
    private static final int DATE_LINE_WORDS = 12;

    /**
     * Short lines that state a date above the first line of article text ("By Name, Wednesday, 20 November
     * 2019 08:05 GMT", "UPDATED: Tue., Nov. 19, 2019", "September 10, 2018 |") are the page's date and
     * byline line, not text: they are removed. A line that closes like a sentence stays.
     */
    private static void removeTopDateLines(List<Candidate> cands, List<RemovedText> removed) {
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (!c.type.isBody() || c.type == BlockType.SUBHEADING || (c.type == BlockType.PARAGRAPH && c.leadHint)) {
                continue; // the lead sits between headline and date line on some pages
            }
            if (c.type != BlockType.PARAGRAPH) {
                return;
            }
            if (dateLine(c.text)) {
                removed.add(new RemovedText(Lines.truncate(c.text, MAX_REMOVED_TEXT), "date line above the article text",
                        TOP_DATE_LINE_RULE, c.position));
            } else if (sectionLabel(c.text) && !c.leadHint) {
                removed.add(new RemovedText(Lines.truncate(c.text, MAX_REMOVED_TEXT), "section label above the article text",
                        TOP_LABEL_RULE, c.position));
            } else {
                return;
            }
            cands.remove(i--);
        }
    }

    private static boolean dateLine(String text) {
        char last = Lines.lastSignificant(text);
        return text.length() <= DATE_LINE_MAX && Lines.words(text) <= DATE_LINE_WORDS && last != '.' && last != '!'
                && last != '?' && (Dates.find(text) != null || Dates.hasSlashDate(text));
    }

    /** A section label is a few words, no sentence: "Opinion", "Wide Angle", "News > Nation". */
    private static final int LABEL_MAX = 30;
    private static final int LABEL_WORDS = 3;

    private static boolean sectionLabel(String text) {
        return text.length() <= LABEL_MAX && Lines.words(text) <= LABEL_WORDS && BoilerplateFilter.headlineLike(text)
                && Lines.lastSignificant(text) != '!' && Lines.lastSignificant(text) != '?';
    }

    static final String TRAILING_HEADING_RULE = "html.heading-after-text";
    /** Below this much body text the trailing headings stay. */
    private static final int TRAILING_HEADING_MIN_TEXT = 500;

    /**
     * Headings after the last line of article text head nothing: the teaser box, contact form or link list
     * they announced was removed ("Keine Lust alleine zu radeln?", "Weitere Tourentipps"). They go too, and so
     * do short lead-in lines ending with a colon ("Like this:"), short contact lines with an e-mail address
     * or a social-media handle ("Write to X at x@example.com"), and date lines that are no sentence (the byline
     * and date block some sites set under the text: "Datenleck bei Rheinmetall Benedikt Strunz, NDR 28.04.2020
     * 21:38 Uhr", the agency's "AXC0196 2016-07-19/18:00").
     */
    private static void removeTrailingHeadings(List<Candidate> cands, List<RemovedText> removed) {
        int bodyText = 0;
        for (Candidate c : cands) {
            bodyText += c.type.isBody() && c.type != BlockType.SUBHEADING ? c.text.length() : 0;
        }
        if (bodyText < TRAILING_HEADING_MIN_TEXT) {
            return; // a short page of headings and a few lines: the headings are much of its content
        }
        for (int i = cands.size() - 1; i >= 0; i--) {
            Candidate c = cands.get(i);
            String why = c.type == BlockType.SUBHEADING && BoilerplateFilter.headlineLike(c.text) ? "heading after the article text"
                    : leadIn(c) ? "lead-in line after the article text" : contactLine(c) ? "contact line after the article text"
                    : c.type == BlockType.PARAGRAPH && dateLine(c.text) ? "date line after the article text" : null;
            if (why != null) {
                removed.add(new RemovedText(Lines.truncate(c.text, MAX_REMOVED_TEXT), why, TRAILING_HEADING_RULE, c.position));
                cands.remove(i);
            } else if (c.type.isBody()) {
                return;
            }
        }
    }

    static final String TRAILING_NOTE_RULE = "html.note-after-text";

    /**
     * Paragraphs in italics after the last line of upright article text are the editor's notes that close a
     * page (a call to follow, to write letters, an author's book, "Contributing: X"), not text: they are
     * removed, unless the whole text is in italics.
     */
    private static void removeTrailingNotes(List<Candidate> cands, List<RemovedText> removed) {
        int last = cands.size();
        for (int i = cands.size() - 1; i >= 0; i--) {
            Candidate c = cands.get(i);
            if (c.note) {
                last = i;
            } else if (c.type.isBody()) {
                break;
            }
        }
        boolean uprightText = false;
        for (int i = 0; i < last && !uprightText; i++) {
            Candidate c = cands.get(i);
            uprightText = c.type == BlockType.PARAGRAPH && !c.note;
        }
        if (!uprightText) {
            return;
        }
        for (int i = cands.size() - 1; i >= last; i--) {
            Candidate c = cands.get(i);
            if (c.note) {
                removed.add(new RemovedText(Lines.truncate(c.text, MAX_REMOVED_TEXT), "note after the article text",
                        TRAILING_NOTE_RULE, c.position));
                cands.remove(i);
            }
        }
    }

    /** A short line announcing what follows it: "Like this:", "See more photos:", "Zusatzinformationen:". */
    private static final int LEAD_IN_MAX = 40;
    /** A sentence that introduces something ("Twitter seemed a bit confused by the campaign:") is longer. */
    private static final int LEAD_IN_WORDS = 4;

    private static boolean leadIn(Candidate c) {
        return (c.type == BlockType.SUBHEADING || c.type == BlockType.PARAGRAPH) && c.text.length() <= LEAD_IN_MAX
                && Lines.words(c.text) <= LEAD_IN_WORDS && Lines.lastSignificant(c.text) == ':';
    }

    private static final Pattern CONTACT = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+|(?:twitter|x|facebook|instagram)\\.com/\\w+|(?<![\\w@])@\\w{2,}");

    /** A short line with an e-mail address or a social-media handle: the reporter's or the desk's contact. */
    private static boolean contactLine(Candidate c) {
        return c.type == BlockType.PARAGRAPH && Lines.words(c.text) <= 12 && CONTACT.matcher(c.text).find();
    }

    private static int pos(Node n) {
        int p = n.sourceRange().startPos();
        return p < 0 ? -1 : p;
    }

    private static int len(Map<Element, int[]> counts, Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    private static double linkDensity(Map<Element, int[]> counts, Element e) {
        int[] c = counts.get(e);
        return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }

    private static void record(List<RemovedText> removed, Element el, String reason, String rule) {
        String t = Lines.fold(Lines.clean(textPrefix(el, MAX_REMOVED_TEXT * 4)));
        if (!t.isEmpty()) {
            removed.add(new RemovedText(Lines.truncate(t, MAX_REMOVED_TEXT), reason, rule, pos(el)));
        }
    }

    /**
     * The element's text like {@link Element#text()} but only about its first {@code max} chars: removed
     * text is recorded truncated, and big removed subtrees (menus, footers) need not be joined whole.
     */
    static String textPrefix(Element el, int max) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br")) && sb.length() > 0) {
                    sb.append(' ');
                }
                return sb.length() > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && sb.length() > 0) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, el);
        return sb.toString();
    }

    private static String tagReason(String tag) {
        return switch (tag) {
            case "nav", "menu" -> "navigation";
            case "header" -> "page header";
            case "footer" -> "page footer";
            case "aside" -> "aside";
            case "form", "button", "select", "input", "textarea", "dialog" -> "form";
            case "iframe", "object", "embed", "canvas", "svg" -> "embedded content";
            default -> "script or style";
        };
    }

    /** Removes non-content elements from the body, recording their text. */
    private void strip(Element body, List<RemovedText> removed, Map<Element, int[]> counts, Set<Element> dropped,
                       boolean strictHintsOnly, String descriptionKey) {
        // Pages repeat the same class attributes hundreds of times: match each distinct one once.
        Map<String, Optional<ClassHints.Hint>> memo = new HashMap<>();
        Map<String, ClassHints.Hint> tokenMemo = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            private ClassHints.Hint hint(Element el) {
                String cls = el.className();
                String id = el.id();
                if (cls.isEmpty() && id.isEmpty()) {
                    return null;
                }
                String key = id.isEmpty() ? cls : cls + "\u0000" + id; // jsoup turns NUL in values into U+FFFD
                return memo.computeIfAbsent(key, k -> Optional.ofNullable(hints.match(cls, id, tokenMemo))).orElse(null);
            }

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element el) || el == body) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                if (DROP_TAGS.contains(tag) && !(tag.equals("header") && articleHeader(el))
                        && !(LAYOUT_TAGS.contains(tag) && looksLikeContent(el, counts))) {
                    record(removed, el, tagReason(tag), "html.tag." + tag);
                    dropped.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (PROTECTED.contains(tag) || el.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    return FilterResult.CONTINUE;
                }
                if (el.hasAttr("hidden") || el.attr("aria-hidden").equalsIgnoreCase("true")
                        || hiddenStyle(el.attr("style"))) {
                    record(removed, el, "hidden element", "html.hidden");
                    dropped.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (linkCard(el, counts)) {
                    record(removed, el, "links inside running text", LINK_CARD_RULE);
                    dropped.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                ClassHints.Hint hint = hint(el);
                if (hint != null && !hint.strict() && (strictHintsOnly || holdsMostText(el, body, counts))) {
                    return FilterResult.CONTINUE; // "entry share", "sidebar_right": the article itself, whatever its class says
                }
                if (hint != null && !hint.always() && (leadInArticle(el, counts) || describedLead(el, counts, descriptionKey))) {
                    return FilterResult.CONTINUE; // "teaser-text", "sidebar__header" holding the article's lead
                }
                if (hint != null && (hint.always() || !looksLikeContent(el, counts))) {
                    record(removed, el, hint.reason(), hint.id());
                    dropped.add(el);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    static final String LINK_CARD_RULE = "html.link-card";
    private static final int LINK_CARD_MIN = 80;
    private static final int LINK_CARD_LINKS = 3;
    /** How many inline elements may lie between the card and its paragraph. */
    private static final int LINK_CARD_DEPTH = 8;

    /**
     * An inline element inside a paragraph that is nothing but several links (a person's hover card with their
     * latest headlines, "Tags: ..." inside the text): not a part of the sentence around it.
     */
    private static boolean linkCard(Element el, Map<Element, int[]> counts) {
        if (el.isBlock() || el.nameIs("a")) {
            return false;
        }
        int[] c = counts.get(el);
        if (c == null || c[0] < LINK_CARD_MIN || c[1] < c[0] || c[1] == 0) {
            return false;
        }
        Element p = el.parent();
        for (int up = 0; p != null && up < LINK_CARD_DEPTH && !p.isBlock(); up++) {
            p = p.parent();
        }
        if (p == null || !(p.nameIs("p") || p.nameIs("li"))) {
            return false;
        }
        if (hrefLinks(el) < LINK_CARD_LINKS) {
            return false;
        }
        for (Element child : el.children()) {
            if (!child.nameIs("a") && hrefLinks(child) >= LINK_CARD_LINKS) {
                return false; // the card is further in: the name link beside it belongs to the sentence
            }
        }
        return true;
    }

    private static int hrefLinks(Element el) {
        int links = 0;
        for (Element a : el.getElementsByTag("a")) {
            links += a.hasAttr("href") ? 1 : 0;
        }
        return links;
    }

    /**
     * A {@code <header>} inside the article, or one holding the headline ({@code <h1>}) with a paragraph: the
     * article's header with its lead, not the page's.
     */
    private static boolean articleHeader(Element header) {
        if (header.closest(Queries.ARTICLE_OR_MAIN) != null) {
            return true;
        }
        Element h1 = header.selectFirst(Queries.H1);
        return h1 != null && h1.hasText() && header.selectFirst(Queries.P) != null;
    }

    private static boolean hiddenStyle(String style) {
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * A link-free block with a long paragraph inside an {@code <article>}: sites mark the lead "teaser"
     * or put it in the article's "sidebar" header, and the article must not lose it.
     */
    private static boolean leadInArticle(Element el, Map<Element, int[]> counts) {
        int[] c = counts.get(el);
        return c != null && c[3] >= 1 && c[1] * 10 < c[0] && el.parent() != null && el.parent().closest(Queries.ARTICLE) != null;
    }

    /**
     * True when the element holds most (two thirds) of the long paragraphs of its article (or of the
     * page when it is not inside one), with little link text.
     */
    private static boolean holdsMostText(Element el, Element body, Map<Element, int[]> counts) {
        int[] c = counts.get(el);
        if (c == null || c[3] == 0 || linkDensity(counts, el) >= 0.3) {
            return false;
        }
        Element article = el.parent() == null ? null : el.parent().closest(Queries.ARTICLE);
        int[] scope = counts.get(article != null ? article : body);
        return scope != null && c[3] * 3 >= scope[3] * 2;
    }

    /**
     * A class hint is only a hint: a container with several long, link-poor paragraphs (or the
     * article itself) is content whatever its class says ("paywall", "sidebar-layout").
     */
    private static boolean looksLikeContent(Element el, Map<Element, int[]> counts) {
        int[] c = counts.get(el);
        if (c == null) {
            return false;
        }
        return (c[3] >= CONTENT_PARAGRAPHS && linkDensity(counts, el) < 0.3) || c[5] > 0;
    }

    /**
     * Per element: [text length, link text length, commas, long paragraphs, own text length, article
     * (itself or a descendant is an article or articleBody: 1 or more)], summed bottom-up in one iterative pass.
     */
    private static Map<Element, int[]> measure(Element root, Set<Element> dropped, int expectedSize) {
        Map<Element, int[]> counts = expectedSize > 0 ? new IdentityHashMap<>(expectedSize) : new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && !dropped.isEmpty() && dropped.contains(e)) {
                    return FilterResult.SKIP_ENTIRELY; // (the first measuring drops nothing)
                }
                if (node instanceof TextNode t && node.parent() instanceof Element p) {
                    String s = t.getWholeText();
                    // the length of the text with white space runs folded and trimmed, without building it
                    int n = 0;
                    int commas = 0;
                    boolean space = false;
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f') {
                            space = n > 0;
                        } else {
                            n += space ? 2 : 1;
                            space = false;
                            if (ch == ',') {
                                commas++;
                            }
                        }
                    }
                    if (n > 0) {
                        int[] c = counts.get(p);
                        if (c == null) { // get, then put: one lookup in the common case (computeIfAbsent makes two)
                            c = new int[6];
                            counts.put(p, c);
                        }
                        c[0] += n;
                        c[4] += n;
                        c[2] += commas;
                    }
                }
                if (node instanceof Element e && (e.nameIs("article") || e.attr("itemprop").equalsIgnoreCase("articleBody"))) {
                    counts.computeIfAbsent(e, k -> new int[6])[5] = 1;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el != root) {
                    int[] c = counts.get(el);
                    if (c == null) {
                        return FilterResult.CONTINUE;
                    }
                    if (el.nameIs("a") && el.hasAttr("href")) { // <a name=...> marks a place, it links nowhere
                        c[1] = c[0];
                    } else if (el.nameIs("p") && c[0] >= LONG_PARAGRAPH && c[1] * 2 < c[0]) {
                        c[3]++;
                    }
                    if (el.parent() != null) {
                        int[] pc = counts.get(el.parent());
                        if (pc == null) {
                            pc = new int[6];
                            counts.put(el.parent(), pc);
                        }
                        pc[0] += c[0];
                        pc[1] += c[1];
                        pc[2] += c[2];
                        pc[3] += c[3];
                        pc[5] += c[5] > 0 && el != root ? 1 : 0;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return counts;
    }

    /** The article container(s), in document order. */
    private static List<Element> roots(PageIndex ix, Element body, Map<Element, int[]> counts, String titleKey) {
        int total = len(counts, body);
        Element best = null;
        for (Element e : ix.articleBodies) {
            if (best == null || len(counts, e) > len(counts, best)) {
                best = e;
            }
        }
        if (best != null && best.closest(Queries.ARTICLE) != null) {
            best = best.closest(Queries.ARTICLE); // its header holds lead, byline and picture
        }
        if (best != null && len(counts, best) >= ARTICLE_BODY_MIN) {
            return List.of(best);
        }
        best = null;
        int second = 0;
        for (Element e : ix.articles) {
            int l = len(counts, e);
            if (l > 0 && (best == null || l > len(counts, best))) {
                second = best == null ? 0 : Math.max(second, len(counts, best));
                best = e;
            } else if (best != null && e.closest(Queries.ARTICLE) == e && l > second && !isAncestor(best, e)) {
                second = l;
            }
        }
        // The longest is a list of other articles (teasers of related posts, each an <article>) and another
        // one holds the page's headline: that one is the article, however short.
        Element headed = headlineArticle(ix);
        if (best != null && headed != null && headed != best && !isAncestor(best, headed) && !isAncestor(headed, best)
                && len(counts, headed) >= ARTICLE_BODY_MIN && best.select(Queries.ARTICLE).size() > 2) {
            return List.of(headed);
        }
        // Blogs wrap every comment and teaser in <article>: only a dominant one is the article.
        if (best != null && (len(counts, best) * 10 >= total * 3 || (len(counts, best) >= 500 && len(counts, best) >= 2 * second))) {
            return List.of(best);
        }
        Element main = ix.main != null && ix.main.closest(Queries.BODY) != null ? ix.main : null;
        if (main != null && len(counts, main) * 10 >= total * 3) {
            List<Element> inMain = scored(main, counts, ix, titleKey);
            return inMain.size() == 1 && inMain.get(0) == main ? List.of(main) : inMain;
        }
        return scored(body, counts, ix, titleKey);
    }

    /**
     * The {@code <article>} that holds the page's headline: the innermost article around every non-empty
     * {@code <h1>}, when there are several articles and the h1s all lie in that one; otherwise null.
     */
    private static Element headlineArticle(PageIndex ix) {
        if (ix.articles.size() < 2) {
            return null;
        }
        Element found = null;
        for (Element h1 : ix.h1s) {
            if (!h1.hasText()) {
                continue;
            }
            Element a = h1.closest(Queries.ARTICLE);
            if (a == null || found != null && a != found) {
                return null;
            }
            found = a;
        }
        return found;
    }

    /**
     * Sites often put the lead ("Vorspann", standfirst) in the page header beside the headline, outside
     * the container that holds the body: a link-poor block marked as a lead (class or the page's
     * description), just before the first container and near it in the tree, joins the article.
     */
    private static List<Element> withLead(List<Element> roots, Element body, Map<Element, int[]> counts,
                                          String description) {
        if (roots.isEmpty() || roots.get(0) == body) {
            return roots;
        }
        String descriptionKey = descriptionKey(description);
        Element cur = roots.get(0);
        for (int level = 0; level < LEAD_LEVELS && cur.parent() != null && cur != body; level++, cur = cur.parent()) {
            for (Element sib = cur.previousElementSibling(); sib != null; sib = sib.previousElementSibling()) {
                for (Element e : sib.getAllElements()) {
                    if (leadBlock(e, counts, descriptionKey)) {
                        List<Element> withLead = new ArrayList<>(roots.size() + 1);
                        withLead.add(e);
                        withLead.addAll(roots);
                        return withLead;
                    }
                }
            }
        }
        return roots;
    }

    private static boolean leadBlock(Element e, Map<Element, int[]> counts, String descriptionKey) {
        int[] c = counts.get(e);
        if (c == null || c[0] < LEAD_MIN || c[0] > LEAD_MAX || c[1] * 10 >= c[0] * 3 || !e.isBlock()) {
            return false;
        }
        // the innermost block with the description: not a wrapper that adds a picture and its caption
        return classMatches(e, LEAD_CLASS) || (!hasBlockChild(e) && described(e, c, descriptionKey));
    }

    /** A description shorter than this must match a block whole; longer ones may be cut or run on. */
    private static final int DESCRIPTION_PREFIX_MIN = 60;

    /** The page description as a comparison key, without the ellipsis of a cut one; null when there is none. */
    private static String descriptionKey(String description) {
        if (description == null) {
            return null;
        }
        String key = Lines.key(description).replaceAll("\\s*(?:\\.\\.\\.|…)$", "");
        return key.isEmpty() ? null : key;
    }

    /**
     * The block's text is the page's description (meta or og:description), which sites fill with the lead:
     * the same text, or a long start of one of them (a cut description, or one that runs on into the body).
     */
    private static boolean described(Element e, int[] c, String descriptionKey) {
        if (descriptionKey == null || c[0] < LEAD_MIN) {
            return false;
        }
        int d = descriptionKey.length();
        if (c[0] >= d - 5 && c[0] <= d + 5 && Lines.key(e.text()).equals(descriptionKey)) {
            return true;
        }
        if (Math.min(c[0], d) < DESCRIPTION_PREFIX_MIN || c[0] > d + LEAD_MAX) {
            return false;
        }
        String key = Lines.key(e.text());
        return key.startsWith(descriptionKey) || descriptionKey.startsWith(key);
    }

    /**
     * A hinted ("teaser", "sidebar") link-poor block holding the page's description is its lead, unless the
     * next block repeats and continues it (then it is a teaser line of that lead).
     */
    private static boolean describedLead(Element el, Map<Element, int[]> counts, String descriptionKey) {
        int[] c = counts.get(el);
        if (c == null || c[0] > LEAD_MAX || c[1] * 10 >= c[0] || !described(el, c, descriptionKey)) {
            return false;
        }
        Element next = el.nextElementSibling();
        return next == null || !Lines.key(next.text()).startsWith(Lines.key(el.text()));
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Readability-style choice: paragraphs vote for their parent and grandparent. When the best block lies in one
     * entry of a page of several (an {@code <article>}, an articleBody, a blog post marked {@code hentry}) and
     * another entry holds the page's headline, that entry is the article; other entries never join as parts.
     */
    private static List<Element> scored(Element body, Map<Element, int[]> counts, PageIndex ix, String titleKey) {
        Map<Element, Double> score = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Element p : body.getAllElements()) {
            int[] c = counts.get(p);
            if (c == null) {
                continue;
            }
            boolean paragraph = p.nameIs("p") || p.nameIs("pre") || p.nameIs("td");
            int l = paragraph ? c[0] : p.isBlock() ? c[4] : 0; // a div of bare text counts like a paragraph
            if (l < PARAGRAPH_MIN) {
                continue;
            }
            double s = 1 + c[2] + Math.min(3, l / 100);
            // Bare text beside block children ("<div><p class=title>..</p>Text<br>Text<div>share</div></div>") is a
            // paragraph of its own inside that element (readability wraps it in a <p>): the element gets the vote.
            Element parent = !paragraph && hasBlockChild(p) ? p : p.parent();
            if (parent != null) {
                if (score.merge(parent, s, Double::sum) == s) {
                    order.add(parent);
                }
                if (parent.parent() != null && score.merge(parent.parent(), s / 2, Double::sum) == s / 2) {
                    order.add(parent.parent());
                }
            }
        }
        // Candidates in document order, ties to the one with more text: the same page always gets the same root.
        Element best = null;
        double bestScore = 0;
        for (Element e : order) {
            double s = score.get(e) * (1 - linkDensity(counts, e));
            if (s > bestScore + 1e-9 || (best != null && Math.abs(s - bestScore) <= 1e-9 && len(counts, e) > len(counts, best))) {
                best = e;
                bestScore = s;
            }
        }
        if (best == null) {
            return List.of(body);
        }
        if (best.parent() == null || best == body) {
            return List.of(best);
        }
        Element bestEntry = entryAround(best, body);
        if (bestEntry != null) {
            Element titled = titledEntry(ix, titleKey, body);
            if (titled != null && titled != bestEntry && sameList(titled, bestEntry) && len(counts, titled) >= ARTICLE_BODY_MIN) {
                return List.of(titled);
            }
        }
        List<Element> roots = new ArrayList<>();
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sib : best.parent().children()) {
            if (sib == best) {
                roots.add(sib);
                continue;
            }
            double s = score.getOrDefault(sib, 0.0) * (1 - linkDensity(counts, sib));
            boolean goodParagraph = sib.nameIs("p") && len(counts, sib) >= 80 && linkDensity(counts, sib) < 0.25;
            // a sibling block with long, link-poor paragraphs is a part of the article, as it is one level up
            if ((s >= threshold || goodParagraph || distantPart(sib, counts)) && !(bestEntry != null && otherEntry(sib, counts))) {
                roots.add(sib);
            }
        }
        return withDistantParts(body, best, bestEntry != null, roots, counts);
    }

    /** The innermost entry (article, articleBody, hentry post) around or at {@code e} below {@code scope}; or null. */
    private static Element entryAround(Element e, Element scope) {
        for (Element p = e; p != null && p != scope; p = p.parent()) {
            if (entry(p)) {
                return p;
            }
        }
        return null;
    }

    /** One entry of a page: an {@code <article>}, the articleBody, or a post marked with hAtom's {@code hentry}. */
    private static boolean entry(Element e) {
        return e.nameIs("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")
                || (e.hasAttr("class") && (e.hasClass("hentry") || e.hasClass("h-entry")));
    }

    /** The element is an entry or holds an article or articleBody: another article of a list page. */
    private static boolean otherEntry(Element e, Map<Element, int[]> counts) {
        int[] c = counts.get(e);
        return entry(e) || (c != null && c[5] > 0);
    }

    /**
     * Two entries of one list: siblings of the same tag whose class attributes are the same but for digits
     * ("post-5932" and "post-5979"); a header article beside the body article is not one.
     */
    private static boolean sameList(Element a, Element b) {
        return a.parent() == b.parent() && a.normalName().equals(b.normalName())
                && DIGITS.matcher(a.className()).replaceAll("").equals(DIGITS.matcher(b.className()).replaceAll(""));
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** A title shorter than this is too weak to pick an entry by (a site name, "Home"). */
    private static final int TITLE_KEY_MIN = 10;

    /**
     * The entry that holds the page's headline: the innermost entry around the first h1, h2 or h3 whose text is
     * the page's title; null when there is none or that heading is in no entry.
     */
    private static Element titledEntry(PageIndex ix, String titleKey, Element scope) {
        if (titleKey == null || titleKey.length() < TITLE_KEY_MIN) {
            return null;
        }
        for (Element h : ix.headings) {
            if (Lines.key(h.text()).equals(titleKey)) {
                return entryAround(h.parent(), scope);
            }
        }
        return null;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (child.isBlock()) {
                return true;
            }
        }
        return false;
    }

    /** A distant part of the article has a long paragraph, this much text and less link text than this. */
    private static final int PART_MIN_TEXT = 150;
    private static final double PART_MAX_LINKS = 0.25;

    /**
     * Pages built from modules put one article in several sibling sections ("lead module", "text module",
     * "FAQ module"), far from each other in the tree: walking up from the best container, every sibling
     * branch on the way with long, link-poor paragraphs is part of the article too. Returned in document order.
     */
    private static List<Element> withDistantParts(Element scope, Element best, boolean inEntry, List<Element> roots,
                                                  Map<Element, int[]> counts) {
        Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(roots);
        boolean added = false;
        for (Element cur = best.parent(); cur != null && cur != scope && cur.parent() != null; cur = cur.parent()) {
            for (Element sib : cur.parent().children()) {
                if (sib != cur && !chosen.contains(sib) && distantPart(sib, counts) && !overlay(sib)
                        && !(inEntry && otherEntry(sib, counts))) {
                    chosen.add(sib);
                    added = true;
                }
            }
        }
        if (!added) {
            return roots;
        }
        List<Element> inOrder = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && chosen.contains(e)) {
                    inOrder.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return node instanceof Element ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, scope);
        return inOrder;
    }

    /** Class/id words of overlays and side furniture ({@code overlay-words.tsv}). */
    private static final DataFile OVERLAY_WORDS = DataFile.load(HtmlExtractor.class, "overlay-words.tsv",
            "word", "example_match", "example_nomatch");
    private static final String[] OVERLAY = OVERLAY_WORDS.rows().stream().map(r -> r.get(0)).toArray(String[]::new);

    /** The rows of {@code overlay-words.tsv}. */
    static List<List<String>> overlayWordRows() {
        return OVERLAY_WORDS.rows();
    }

    /** Whether a class or id attribute names an overlay (cookie banner, modal, pop-up, sidebar, ...). */
    static boolean overlayName(String classOrId) {
        if (classOrId.isEmpty()) {
            return false;
        }
        String s = classOrId.toLowerCase(java.util.Locale.ROOT);
        for (String w : OVERLAY) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlay(Element e) {
        return overlayName(e.attr("class")) || overlayName(e.id());
    }

    private static boolean distantPart(Element e, Map<Element, int[]> counts) {
        int[] c = counts.get(e);
        return c != null && c[3] >= 1 && c[0] >= PART_MIN_TEXT && linkDensity(counts, e) < PART_MAX_LINKS;
    }

    /** Records what lies outside the chosen containers as removed. */
    private static void recordOutside(Element body, List<Element> roots, List<RemovedText> removed,
                                      Set<Element> dropped) {
        if (roots.size() == 1 && roots.get(0) == body) {
            return;
        }
        Set<Element> rootSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        rootSet.addAll(roots);
        Set<Element> ancestors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element r : roots) {
            for (Element p = r.parent(); p != null && ancestors.add(p); p = p.parent()) {
                // walk up until an already known ancestor
            }
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (rootSet.contains(el) || dropped.contains(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (ancestors.contains(el)) {
                        return FilterResult.CONTINUE;
                    }
                    record(removed, el, "outside article body", "html.outside-article");
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    String s = Lines.fold(Lines.clean(t.text()));
                    if (!s.isEmpty()) {
                        removed.add(new RemovedText(Lines.truncate(s, MAX_REMOVED_TEXT), "outside article body",
                                "html.outside-article", pos(t)));
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    private static boolean classMatches(Element el, TokenPattern p) {
        if (!el.hasAttr("class") && !el.hasAttr("id")) {
            return false;
        }
        return p.matchesAnyToken((el.className() + " " + el.id()).toLowerCase(Locale.ROOT));
    }

    /** Block elements of the containers as units; loose text between blocks becomes paragraphs. */
    private List<Unit> units(List<Element> roots, String titleKey, String description, Set<Element> dropped,
                             Map<Element, int[]> counts, List<RemovedText> removed) {
        List<Unit> units = new ArrayList<>();
        String descriptionKey = description == null ? null : Lines.key(description);
        Map<String, Boolean> captionMemo = new HashMap<>(); // pages repeat the same class attributes
        Set<Element> formHolders = formHolders(dropped);
        StringBuilder pending = new StringBuilder();
        int[] pendingPos = {-1};
        Runnable flush = () -> {
            String t = Lines.fold(Lines.clean(pending.toString()));
            if (!t.isEmpty()) {
                units.add(new Unit(t, pendingPos[0], false, BlockType.PARAGRAPH, false));
            }
            pending.setLength(0);
            pendingPos[0] = -1;
        };
        for (Element root : roots) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        if (!t.isBlank()) {
                            if (pending.length() == 0) {
                                pendingPos[0] = pos(t);
                            }
                            pending.append(t.text());
                        } else if (pending.length() > 0) {
                            // white space between two inline elements separates their words ("Drucken</a> <a>per Mail")
                            pending.append(' ');
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element el)) {
                        return FilterResult.CONTINUE;
                    }
                    if (dropped.contains(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String tag = el.normalName();
                    if (el != root && linkList(el, tag, counts)) {
                        flush.run();
                        record(removed, el, "link list", "html.link-list");
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el != root && linkBox(el, tag, counts)) {
                        flush.run();
                        record(removed, el, "box of teaser links", LINK_BOX_RULE);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el != root && button(el, counts.get(el))) {
                        flush.run();
                        record(removed, el, "button", BUTTON_RULE);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el != root && !tag.equals("a") && buttonLinks(el, counts.get(el))) {
                        flush.run();
                        record(removed, el, "row of buttons", BUTTON_LINKS_RULE);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el != root && teaserTag(tag) && labelledLink(el, counts.get(el))) {
                        flush.run();
                        record(removed, el, "link to another article", TEASER_LINK_RULE);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el != root && !EMIT.contains(tag) && formHolders.contains(el) && formBox(el, counts)) {
                        flush.run();
                        record(removed, el, "form box", FORM_BOX_RULE);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el != root && !EMIT.contains(tag) && teaserGrid(el, counts)) {
                        flush.run();
                        record(removed, el, "teaser grid", TEASER_GRID_RULE);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br") || tag.equals("hr")) {
                        flush.run();
                        return FilterResult.CONTINUE;
                    }
                    if (el != root && captionBox(el, counts, captionMemo)) {
                        flush.run();
                        String t = Lines.fold(Lines.clean(el.text()));
                        if (!t.isEmpty()) {
                            units.add(new Unit(t, pos(el), false, BlockType.CAPTION, false));
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el != root && tag.equals("li") && pictureItem(el, captionMemo)) {
                        flush.run(); // a slide of a picture gallery: its caption box is read on its own
                        return FilterResult.CONTINUE;
                    }
                    boolean layoutTable = tag.equals("table") && layoutTable(el, counts);
                    if ((EMIT.contains(tag) && !layoutTable) || isByline(el)) {
                        flush.run();
                        emit(el, tag, units, titleKey, descriptionKey, dropped);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.isBlock()) {
                        flush.run();
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element el && el.isBlock()) {
                        flush.run();
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            flush.run();
        }
        return units;
    }

    /**
     * Lists and containers that are mostly links (most-read lists, teaser blocks) inside the article
     * container; a paragraph or item only when it is nothing but a link.
     */
    private static boolean linkList(Element el, String tag, Map<Element, int[]> counts) {
        int[] c = counts.get(el);
        if (c == null || c[0] == 0 || tag.equals("a")) {
            return false;
        }
        double density = (double) c[1] / c[0];
        if ((tag.equals("ul") || tag.equals("ol")) && teaserList(el)) {
            return true;
        }
        if (EMIT.contains(tag) && !tag.equals("table")) {
            // a heading that is nothing but a link is a teaser's headline
            return teaserTag(tag) && ((density >= LINK_ONLY && c[0] < LINK_ONLY_MAX)
                    || (density >= LINK_ROW && c[0] < LINK_ROW_MAX && hrefLinks(el) >= 2));
        }
        return el.isBlock() && density >= LINK_LIST && c[0] >= PARAGRAPH_MIN && c[3] == 0;
    }

    static final String LINK_BOX_RULE = "html.link-box";
    /** A box with this share of link text is a teaser box when it has no long paragraph and few commas. */
    private static final double LINK_BOX = 0.4;
    /** Running text has commas; a box of headlines, names and dates has few (readability counts ten). */
    private static final int LINK_BOX_COMMAS = 10;
    private static final Set<String> TABLE_PARTS = Set.of("table", "thead", "tbody", "tfoot", "tr", "td", "th");

    /**
     * A box (not a paragraph, item or heading) whose text is at least 40 % links, without a long paragraph and
     * with fewer than ten commas: a teaser card or a pair of them ("next / previous" posts, a promo card inside
     * the text, a related list of headlines with a short summary each), a category line. Readability drops such
     * boxes from 20 % links; the link-list rule only from 50 %. Parts of a table are left to the table: wiki tables
     * link most of their cells. A box marked as the author's is the byline, not a teaser box, however many links.
     */
    private static boolean linkBox(Element el, String tag, Map<Element, int[]> counts) {
        int[] c = counts.get(el);
        return c != null && c[0] >= PARAGRAPH_MIN && c[3] == 0 && c[2] < LINK_BOX_COMMAS && el.isBlock()
                && !EMIT.contains(tag) && !TABLE_PARTS.contains(tag) && c[1] >= c[0] * LINK_BOX
                && !authorBox(el); // an author box links its names ("Search for this author in: PubMed")
    }

    /** Whether the element or one inside it is marked as the author's or byline ({@code id="author-affiliations"}). */
    private static boolean authorBox(Element el) {
        for (Element e : el.getAllElements()) {
            if (classMatches(e, BYLINE_CLASS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean teaserTag(String tag) {
        return tag.equals("li") || tag.equals("p") || HEADINGS.contains(tag);
    }

    static final String BUTTON_RULE = "html.button";
    private static final TokenPattern BUTTON_CLASS = TokenPattern.of("(?:.*[-_])?(?:btn|button|buttons)(?:[-_].*)?", 0);

    /**
     * A short element inside the article container whose class names it a button ({@code btn}, {@code
     * orange-button}, {@code share-buttons}): "Zum Nachrichtenüberblick", "Print Recipe", "Abonnieren", "Alle
     * Kommentare anzeigen". Only inside the chosen container: as a class hint applied to the whole page it moved
     * the container choice on some pages.
     */
    private static boolean button(Element el, int[] c) {
        return c != null && c[0] > 0 && c[0] < LINK_ONLY_MAX && c[3] == 0 && classMatches(el, BUTTON_CLASS);
    }

    static final String BUTTON_LINKS_RULE = "html.button-links";

    /**
     * A short element whose text is all in links that lead nowhere but run a script or jump inside the page
     * ({@code href="#"}, {@code "#info"}, {@code "javascript:..."}): a row of buttons ("Drucken per Mail",
     * "Dokumentinfo", "Vorlesen"), not text.
     */
    private static boolean buttonLinks(Element el, int[] c) {
        if (c == null || c[0] == 0 || c[0] >= LINK_ONLY_MAX || c[1] < c[0]) {
            return false;
        }
        int buttons = 0;
        for (Element a : el.getElementsByTag("a")) {
            String href = a.attr("href").strip();
            if (a.hasAttr("href") && (href.isEmpty() || href.startsWith("#")
                    || href.regionMatches(true, 0, "javascript:", 0, 11))) {
                buttons++;
            } else if (a.hasAttr("href") && !a.text().isBlank()) {
                return false;
            }
        }
        return buttons > 0;
    }

    static final String TEASER_LINK_RULE = "html.teaser-link";
    /** The words around a labelled teaser link ("SEE MORE:", "[Related: ...]", "Also on rt.com") are at most this long. */
    private static final int LINK_LABEL_MAX = 25;

    /**
     * A short block that is one link to another page with only a short label around it ("SEE MORE: Hong Kong
     * protests: 800 students under siege", "[Related: Salesforce Dreamforce Keynote]", "... weiter zu <a>die
     * Wortwahl</a>"): a teaser for another article, not a sentence of this one. Mail and phone links are contact
     * lines and stay.
     */
    private static boolean labelledLink(Element el, int[] c) {
        if (c == null || c[0] >= LINK_ONLY_MAX || c[1] < TEASER_HEADLINE_MIN || c[0] - c[1] > LINK_LABEL_MAX) {
            return false;
        }
        int links = 0;
        for (Element a : el.getElementsByTag("a")) {
            String href = a.attr("href").strip().toLowerCase(Locale.ROOT);
            if (href.isEmpty() || href.startsWith("#")) {
                continue;
            }
            if (href.startsWith("mailto:") || href.startsWith("tel:") || ++links > 1) {
                return false;
            }
        }
        return links == 1;
    }

    static final String FORM_BOX_RULE = "html.form-box";
    private static final Set<String> FORM_TAGS = Set.of("form", "input", "button", "select", "textarea");
    /** How far above its form field or button a box may begin. */
    private static final int FORM_BOX_LEVELS = 2;
    private static final int FORM_BOX_MAX = 300;

    /** The elements at most {@link #FORM_BOX_LEVELS} above a dropped form, field or button. */
    private static Set<Element> formHolders(Set<Element> dropped) {
        Set<Element> holders = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : dropped) {
            if (FORM_TAGS.contains(e.normalName())) {
                Element p = e.parent();
                for (int up = 0; p != null && up < FORM_BOX_LEVELS; up++, p = p.parent()) {
                    holders.add(p);
                }
            }
        }
        return holders;
    }

    /**
     * A short box around a form or button, without a long paragraph, a list, a picture or a lead of its own: the
     * text that is left of a newsletter sign-up or a log-in prompt once the fields and buttons are gone.
     */
    private static boolean formBox(Element el, Map<Element, int[]> counts) {
        int[] c = counts.get(el);
        return c != null && c[0] > 0 && c[0] <= FORM_BOX_MAX && c[3] == 0 && c[5] == 0
                && el.selectFirst(Queries.LI) == null && el.getElementsByTag("img").isEmpty() && !classMatches(el, LEAD_CLASS);
    }

    /**
     * A list of teasers: three or more items, (nearly) each opening with a headline link followed by its
     * summary ("Pats place Olszewski on IR New England's roster is re-shuffling"). Item summaries keep the
     * link density low, so the link-list rule misses them.
     */
    private static boolean teaserList(Element list) {
        int items = 0;
        int teasers = 0;
        for (Element li : list.children()) {
            if (!li.nameIs("li")) {
                continue;
            }
            items++;
            for (Element a : li.getElementsByTag("a")) { // the first link with text: picture links come first
                String link = Lines.fold(a.text());
                if (!link.isEmpty()) {
                    if (link.length() >= TEASER_LINK && Lines.fold(li.text()).startsWith(link)) {
                        teasers++;
                    }
                    break;
                }
            }
        }
        return items >= 3 && teasers * 5 >= items * 4;
    }

    static final String TEASER_GRID_RULE = "html.teaser-grid";
    /** A teaser (headline link, short summary, author or date) is at most this long. */
    private static final int TEASER_ITEM_MAX = 300;
    /** Its headline link has at least this many chars and opens the teaser or follows a short label. */
    private static final int TEASER_HEADLINE_MIN = 10;
    private static final int TEASER_LABEL_MAX = 30;

    /**
     * Related-article grids and "most popular" boxes built from divs: three or more children of the same
     * shape (tag and class), (nearly) each a short teaser that links elsewhere and opens with its headline
     * (a link's text or a heading, after at most a short label such as a section name). Their summaries keep the link density low, so the link-list
     * rule misses them; the shape repeats, which a paragraph of the article does not.
     */
    private static boolean teaserGrid(Element el, Map<Element, int[]> counts) {
        int n = el.childrenSize();
        int[] c = counts.get(el);
        if (n < 3 || c == null || c[0] > n * TEASER_ITEM_MAX) {
            return false;
        }
        Map<String, int[]> shapes = new HashMap<>();
        String top = null;
        for (Element child : el.children()) {
            if (len(counts, child) == 0) {
                continue;
            }
            String shape = child.normalName() + "." + child.className();
            int[] k = shapes.computeIfAbsent(shape, x -> new int[2]);
            k[0]++;
            if (top == null || k[0] > shapes.get(top)[0]) {
                top = shape;
            }
        }
        if (top == null || shapes.get(top)[0] < 3) {
            return false;
        }
        int items = 0;
        int teasers = 0;
        for (Element child : el.children()) {
            if (len(counts, child) == 0 || !top.equals(child.normalName() + "." + child.className())) {
                continue;
            }
            items++;
            teasers += teaserItem(child, counts) ? 1 : 0;
        }
        return teasers >= 3 && teasers * 5 >= items * 4;
    }

    private static boolean teaserItem(Element item, Map<Element, int[]> counts) {
        int[] c = counts.get(item);
        if (c == null || c[0] > TEASER_ITEM_MAX || c[3] > 1) {
            return false;
        }
        String headline = null;
        boolean linked = false;
        for (Element e : item.getAllElements()) {
            boolean link = e.nameIs("a") && e.hasAttr("href");
            linked |= link;
            if (headline == null && (link || HEADINGS.contains(e.normalName()))) {
                String t = Lines.fold(e.text());
                headline = t.isEmpty() ? null : t; // picture links come first
            }
            if (headline != null && linked) {
                break;
            }
        }
        if (headline == null || !linked || headline.length() < TEASER_HEADLINE_MIN || headline.indexOf(' ') < 0) {
            return false;
        }
        int at = Lines.fold(item.text()).indexOf(headline);
        return at >= 0 && at <= TEASER_LABEL_MAX;
    }

    /** A cell longer than this is running text, not a value: its table lays out the page. */
    private static final int LAYOUT_CELL = 500;

    /**
     * A table used for page layout, not data: it holds paragraphs, another table or a cell of running text.
     * Its blocks become units one by one.
     */
    private static boolean layoutTable(Element table, Map<Element, int[]> counts) {
        if (!table.getElementsByTag("p").isEmpty() || table.getElementsByTag("table").size() > 1) {
            return true;
        }
        for (Element cell : table.getElementsByTag("td")) {
            if (len(counts, cell) >= LAYOUT_CELL) {
                return true;
            }
        }
        return false;
    }

    /** A short element marked as a picture caption or credit by its class, without long paragraphs of its own. */
    private boolean captionBox(Element el, Map<Element, int[]> counts, Map<String, Boolean> memo) {
        int[] c = counts.get(el);
        if (c == null || c[0] == 0 || c[0] > CREDITED_CAPTION_MAX) {
            return false;
        }
        // <p><span class="copyright">Name</span> Caption text</p>: a paragraph that opens with a credit is a caption
        boolean opensWithCredit = el.nameIs("p") && firstChild(el) instanceof Element first
                && captionClass(first, memo);
        if (!opensWithCredit && !captionClass(el, memo)) {
            return false;
        }
        String text = Lines.fold(Lines.clean(el.text()));
        if (c[0] <= CAPTION_BOX_MAX && c[3] <= 1 && !slideText(text)) {
            return true;
        }
        // a long box that holds a heading is a page header with a picture ("content-header__caption-style")
        return el.selectFirst(Queries.HEADING) == null && credited(el, text);
    }

    /**
     * A caption that credits its picture, by a credit element inside it ({@code <span class="credit">},
     * {@code <small>}) or by a credit at its end that a credit rule knows ("(AP Photo/Jane Doe)", "Name / AFP"),
     * describes that picture however long it is and however many sentences it has: slide-show text is not
     * credited slide by slide inside its caption box.
     */
    private boolean credited(Element caption, String text) {
        for (Element e : caption.getAllElements()) {
            if (e != caption && (e.nameIs("small") || classMatches(e, CREDIT_CLASS))) {
                return true;
            }
        }
        return filter.endsWithCredit(text);
    }

    /**
     * A list item that shows a picture with a caption box ({@code <li><img><div class="caption">..</div></li>}):
     * an item of a picture gallery, not a point of a list in the text.
     */
    private static boolean pictureItem(Element li, Map<String, Boolean> memo) {
        if (li.childrenSize() == 0 || li.selectFirst(Queries.IMG) == null) {
            return false;
        }
        for (Element e : li.getAllElements()) {
            if (e != li && captionClass(e, memo)) {
                return true;
            }
        }
        return false;
    }

    private static boolean captionClass(Element el, Map<String, Boolean> memo) {
        if (!el.hasAttr("class") && !el.hasAttr("id")) {
            return false;
        }
        String key = el.className() + "\u0000" + el.id();
        Boolean known = memo.get(key);
        if (known == null) {
            known = classMatches(el, CAPTION_CLASS);
            memo.put(key, known);
        }
        return known;
    }

    /** The first child node that is not blank text, or null. */
    private static Node firstChild(Element el) {
        for (Node n : el.childNodes()) {
            if (!(n instanceof TextNode t) || !t.isBlank()) {
                return n;
            }
        }
        return null;
    }

    private static boolean isByline(Element el) {
        if (!el.isBlock() && !el.nameIs("span")) {
            return false;
        }
        boolean marked = el.attr("itemprop").equalsIgnoreCase("author") || el.attr("rel").equalsIgnoreCase("author")
                || classMatches(el, BYLINE_CLASS);
        return marked && el.text().length() <= MAX_BYLINE;
    }

    private void emit(Element el, String tag, List<Unit> units, String titleKey, String descriptionKey,
                      Set<Element> dropped) {
        String text = tag.equals("table") ? table(el) : Lines.fold(Lines.clean(textWithout(el, dropped)));
        if (text.isEmpty()) {
            return;
        }
        String key = Lines.key(text);
        if (!titleKey.isEmpty() && key.equals(titleKey) && !tag.equals("p")) {
            return; // the page heading is the TITLE block
        }
        BlockType type;
        if (isByline(el) && !EMIT.contains(tag)) {
            type = BlockType.BYLINE;
        } else {
            type = switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> BlockType.SUBHEADING;
                case "li" -> BlockType.LIST_ITEM;
                case "blockquote" -> BlockType.QUOTE;
                case "figcaption", "caption" -> slideText(text) && !singlePicture(el) && !(tag.equals("figcaption")
                        && text.length() <= CREDITED_CAPTION_MAX && credited(el, text)) ? null : BlockType.CAPTION;
                case "table" -> BlockType.TABLE;
                default -> isByline(el) ? BlockType.BYLINE : boldHeading(el, text) ? BlockType.SUBHEADING : null;
            };
        }
        boolean lead = classMatches(el, LEAD_CLASS) || (el.parent() != null && classMatches(el.parent(), LEAD_CLASS))
                || key.equals(descriptionKey);
        units.add(new Unit(text, pos(el), type == BlockType.LIST_ITEM, type, lead, type == null && italicNote(el)));
    }

    /**
     * A paragraph with a link whose words are all in italics ({@code <em>}, {@code <i>}), links aside: sites set
     * the editor's notes after an article this way ("Follow us on ...", "Originally published on X", an
     * author's book). Without a link it may be a closing quote or an update note, which are text.
     */
    private static boolean italicNote(Element p) {
        if (!p.nameIs("p")) {
            return false;
        }
        int[] italic = new int[2]; // [italic chars, other chars outside links]
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                boolean inItalic = false;
                boolean inLink = false;
                for (Element e = t.parent(); e != null && e != p; e = e.parent()) {
                    inItalic |= e.nameIs("em") || e.nameIs("i");
                    inLink |= e.nameIs("a");
                }
                int n = t.text().strip().length();
                if (inItalic) {
                    italic[0] += n;
                } else if (!inLink && n > 1) {
                    italic[1] += n;
                }
            }
            // words outside italics and links decide it at once: most paragraphs open with them
            return italic[1] > 0 ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
        }, p);
        return italic[0] > 0 && italic[1] == 0 && hrefLinks(p) > 0;
    }

    /**
     * The element's text like {@link Element#text()}, without the dropped elements inside it (a hidden
     * hover card or a button inside a paragraph).
     */
    private static String textWithout(Element el, Set<Element> dropped) {
        boolean any = false;
        if (!dropped.isEmpty()) {
            for (Element e : el.getAllElements()) {
                if (e != el && dropped.contains(e)) {
                    any = true;
                    break;
                }
            }
        }
        if (!any) {
            return el.text();
        }
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != el && dropped.contains(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, el);
        return sb.toString();
    }

    /**
     * A "caption" of several long sentences is the text of a slide show or picture story, not a caption:
     * it is typed as a paragraph.
     */
    private static boolean slideText(String text) {
        return text.length() >= BoilerplateFilter.SLIDE_TEXT && Lines.multiSentence(text);
    }

    /**
     * The caption of a {@code <figure>} that shows one picture: it describes that picture however long it is.
     * Slide shows put their story text under each of many pictures.
     */
    private static boolean singlePicture(Element caption) {
        Element figure = caption.closest(Queries.FIGURE);
        return figure != null && figure.getElementsByTag("img").size() == 1 && figure.parent() != null
                && figure.parent().getElementsByTag("figure").size() == 1;
    }

    /** {@code <p><strong>Kurz und ohne Punkt</strong></p>}: a subheading written as a bold paragraph. */
    private static boolean boldHeading(Element el, String text) {
        if (!el.nameIs("p") || el.childrenSize() != 1 || !PlainTextStructure.subheadingLike(text)) {
            return false;
        }
        Element child = el.child(0);
        boolean bold = child.nameIs("strong") || child.nameIs("b");
        return bold && Lines.key(child.text()).equals(Lines.key(text)) && Lines.lastSignificant(text) != ':';
    }

    private static String table(Element table) {
        StringBuilder sb = new StringBuilder();
        for (Element tr : table.select(Queries.TR)) {
            StringBuilder row = new StringBuilder();
            for (Element cell : tr.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    if (row.length() > 0) {
                        row.append(" | ");
                    }
                    row.append(Lines.fold(Lines.clean(cell.text())));
                }
            }
            if (row.length() > 0) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(row);
            }
        }
        return sb.toString();
    }
}
