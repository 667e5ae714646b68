package org.lagebild.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lagebild.model.MetaField;

/**
 * Page metadata of an HTML document, each value with its origin: title (og:title, h1, title),
 * authors, site name, canonical URL, language, description and published-date candidates in
 * priority order: {@code article:published_time}, publication-date metas (Dublin Core issued, pubdate,
 * parsely, ...), JSON-LD {@code datePublished} (incl. {@code @graph}), itemprop, {@code <time pubdate>}
 * or a time in the headline's article, URL path; only when none of them states a date: the date shown
 * under the headline ({@link VisibleDate}), a bare meta {@code date}, any {@code <time>}, a date opening
 * the title, JSON-LD created/upload dates, modified dates. JSON-LD is walked with an explicit stack.
 * Read it before boilerplate elements are removed. Immutable.
 */
record HtmlMetadata(String title, String description, String language, List<MetaField> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+");
    private static final List<String> WEAK_DATE_NAMES = List.of("date", "dc.date", "dcterms.date");
    private static final List<String> DC_NAMES = List.of("dc.date.issued", "dcterms.issued",
            "dcterms.created", "pubdate", "publishdate", "publish-date", "article.published", "parsely-pub-date",
            "publication_date", "publication-date", "publish_date", "pub_date", "date.published", "datepublished",
            "cxenseparse:publishtime", "sailthru.date", "og:published_time", "article:published", "dc.date.created",
            "originalpublicationdate", "released", "release_date", "created");
    private static final List<String> MODIFIED = List.of("article:modified_time", "og:updated_time", "dcterms.modified",
            "dc.date.modified", "last-modified", "datemodified");
    private static final int JSON_NODE_LIMIT = 100_000;
    /** Class or id of an h1 that holds the site's name or logo. */
    private static final Pattern SITE_MARK = Pattern.compile("site-?(?:title|name|logo|branding)|logo|brand");
    /** What follows a headline in a longer title: a separator (" | ", " - ", ": ", " – "). */
    private static final Pattern JOINT_AFTER = Pattern.compile("\\s*[|–—:·•»]\\s|\\s+-\\s");
    /** What precedes a headline in a longer title: a kicker's colon or a separator, at its end. */
    private static final Pattern JOINT_BEFORE = Pattern.compile("(?:[:|–—·•»]|\\s-)\\s*$");
    private static final int MIN_HEADLINE = 10;
    /** The share of an h1's words that must occur in the metadata titles for the h1 to be the visible headline. */
    private static final double AGREEMENT = 0.6;
    /** Separators between the parts of a joined title: spaced dashes, pipes, colons, guillemets, double colons. */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+(?:[|–—:»·•-]|::)\\s+|\\s*[|»]\\s*");
    /**
     * The origin of a {@code meta name=author} on a page without article markup ({@link #articleMarkup}): Authors
     * takes it only when the byline on the page names it.
     */
    static final String UNMARKED_AUTHOR = "meta:author-unmarked";
    /** A JSON-LD {@code @type} of an article: Article, NewsArticle, BlogPosting, SocialMediaPosting, Report. */
    private static final Pattern ARTICLE_TYPE = Pattern.compile("Article|Posting|Report");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A class token naming an author or byline, as HtmlExtractor reads byline elements. */
    private static final org.lagebild.extract.boilerplate.TokenPattern BYLINE_CLASS = org.lagebild.extract.boilerplate
            .TokenPattern.of("(?:.*[-_])?(?:byline|author|authors|autor|autoren)(?:[-_].*)?", 0);
    private static final int MAX_BYLINE = 100;
    private static final org.jsoup.select.Evaluator AUTHOR_NAME = org.jsoup.select.QueryParser.parse(".fn, [itemprop=name]");
    private static final org.lagebild.extract.boilerplate.DataFile TITLE_HINTS = org.lagebild.extract.boilerplate.DataFile
            .load(HtmlMetadata.class, "title-hints.tsv", "id", "kind", "pattern", "example_match", "example_nomatch");
    private static final org.lagebild.extract.boilerplate.TokenPattern KICKER = kickerPattern();

    static HtmlMetadata read(Document doc, String recordUrl) {
        return read(doc, PageIndex.of(doc), recordUrl);
    }

    static HtmlMetadata read(Document doc, PageIndex ix, String recordUrl) {
        List<MetaField> f = new ArrayList<>();
        List<Element> metas = ix.metas;
        JsonLd ld = jsonLd(ix.jsonLd);
        String site = first(meta(metas, "property", "og:site_name"), ld.publisher);
        List<String> labels = siteLabels(first(recordUrl, ix.canonical == null ? null : nonBlank(ix.canonical.attr("href"))));
        if (site != null) {
            f.add(new MetaField("publisher", outletName(site, labels), meta(metas, "property", "og:site_name") != null
                    ? "meta:og:site_name" : "jsonld:publisher"));
        }
        String title = null;
        String titleOrigin = null;
        SiteNames names = new SiteNames(site, labels);
        Element h1 = headlineH1(ix.h1s, names);
        String h1Text = headlineText(h1);
        for (String[] c : new String[][] {
                {meta(metas, "property", "og:title"), "meta:og:title"},
                {h1Text, "h1"},
                {ld.headline, "jsonld:headline"},
                {meta(metas, "name", "twitter:title"), "meta:twitter:title"},
                {doc.title(), "html:title"}}) {
            if (c[0] != null && !c[0].isBlank()) {
                title = cleanTitle(c[0], site, c[1].equals("html:title"), labels);
                titleOrigin = c[1];
                break;
            }
        }
        if (title != null && !titleOrigin.equals("h1") && h1Text != null && withinTitle(h1Text, title)) {
            title = Lines.fold(Lines.clean(h1Text)); // "Kicker: Headline", "Headline | Site": the h1 is the headline
            titleOrigin = "h1";
        }
        String visible = agreeingH1(ix.h1s, names, nonNull(meta(metas, "property", "og:title"), ld.headline,
                meta(metas, "name", "twitter:title"), doc.title()));
        if (title != null && visible != null && !Lines.key(visible).equals(Lines.key(title))
                && !extendsTitle(visible, title)) {
            title = visible; // og:title reworded for sharing ("Sazerac! Alles über ..."): readers see the h1
            titleOrigin = "h1";
        }
        String part = title == null || titleOrigin.equals("h1") ? null : headingPart(doc, title, names);
        if (part != null) {
            title = part; // "Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden" and the h2 "Podcasts in Plex einbinden"
            titleOrigin = "heading-part";
        }
        if (title != null) {
            f.add(new MetaField("title", title, titleOrigin));
        }
        Set<String> authors = new LinkedHashSet<>();
        String metaAuthor = meta(metas, "name", "author");
        if (metaAuthor != null) {
            authors.add(metaAuthor);
            f.add(new MetaField("author", metaAuthor, articleMarkup(doc, metas, ld) ? "meta:author" : UNMARKED_AUTHOR));
        }
        for (String a : ld.authors) {
            if (authors.add(a)) {
                f.add(new MetaField("author", a, "jsonld:author"));
            }
        }
        for (String a : ld.organisationAuthors) {
            f.add(new MetaField("author", a, "jsonld:author-organization"));
        }
        String articleAuthor = meta(metas, "property", "article:author");
        if (articleAuthor != null && !articleAuthor.contains("/") && authors.add(articleAuthor)) {
            f.add(new MetaField("author", articleAuthor, "meta:article:author")); // a name, not a profile URL
        }
        // author elements hold bylines ("von flerche", "Janic Cathomen, 01.12.2021"): their names are kept
        for (String a : pageAuthors(ix.authors)) {
            for (String n : Authors.get().fromByline(a)) {
                f.add(new MetaField("author", n, "html:author"));
            }
        }
        String classed = bylineClassed(ix.bylineClassed);
        if (classed != null) {
            for (String n : Authors.get().fromByline(classed)) {
                f.add(new MetaField("author", n, "html:byline-class"));
            }
        }
        notShown(doc, f);
        for (String full : fullNames(doc, f)) {
            f.add(new MetaField(FULL_NAME, full, "full-name"));
        }
        String canonical = null;
        Element link = ix.canonical;
        if (link != null && !link.attr("href").isBlank()) {
            String abs = link.absUrl("href");
            canonical = abs.isEmpty() ? link.attr("href").strip() : abs;
            f.add(new MetaField("canonical_url", canonical, "link:canonical"));
        } else if (meta(metas, "property", "og:url") != null) {
            canonical = meta(metas, "property", "og:url");
            f.add(new MetaField("canonical_url", canonical, "meta:og:url"));
        }
        String language = null;
        Element html = ix.htmlLang;
        if (html != null && !html.attr("lang").isBlank()) { // the root: found at once
            language = html.attr("lang").strip();
            f.add(new MetaField("language", language, "html:lang"));
        } else if (html == null && doc.firstElementChild() != null && !doc.firstElementChild().attr("xml:lang").isBlank()) {
            language = doc.firstElementChild().attr("xml:lang").strip(); // XHTML pages state it only as xml:lang
            f.add(new MetaField("language", language, "html:xml:lang"));
        } else if (meta(metas, "http-equiv", "content-language") != null) {
            language = meta(metas, "http-equiv", "content-language");
            f.add(new MetaField("language", language, "meta:content-language"));
        } else if (meta(metas, "property", "og:locale") != null) {
            language = meta(metas, "property", "og:locale").replace('_', '-');
            f.add(new MetaField("language", language, "meta:og:locale"));
        } else if (ld.language != null) {
            language = ld.language;
            f.add(new MetaField("language", language, "jsonld:inLanguage"));
        }
        String description = first(meta(metas, "property", "og:description"), meta(metas, "name", "description"));
        if (description != null) {
            f.add(new MetaField("description", description, "meta:description"));
        }
        addDate(f, meta(metas, "property", "article:published_time"), "meta:article:published_time");
        metaDate(metas, f, DC_NAMES);
        addDate(f, ld.datePublished, "jsonld:datePublished");
        Element ip = ix.datePublished;
        if (ip != null) {
            addDate(f, first(nonBlank(ip.attr("content")), nonBlank(ip.attr("datetime"))), "itemprop:datePublished");
        }
        // a <time> inside an article counts when that article is the one with the headline (not a teaser's)
        Element headlineArticle = ix.firstH1 == null ? null : ix.firstH1.closest(Queries.ARTICLE);
        Element articleTime = headlineArticle == null ? null : headlineArticle.selectFirst(Queries.TIME_WITH_DATETIME);
        Element time = first(ix.timePubdate, articleTime);
        if (time != null) {
            addDate(f, time.attr("datetime"), "time:datetime");
        }
        String url = first(canonical, recordUrl);
        if (Dates.fromUrlPath(url) != null) {
            f.add(new MetaField("published", Dates.fromUrlPath(url).toString(), "url-path"));
        } else if (recordUrl != null && Dates.fromUrlPath(recordUrl) != null) {
            f.add(new MetaField("published", Dates.fromUrlPath(recordUrl).toString(), "url-path"));
        }
        if (f.stream().noneMatch(m -> m.name().equals("published"))) {
            fallbackDates(doc, ix, metas, ld, f, language);
        }
        return new HtmlMetadata(title, description, language, f);
    }

    /**
     * The fields that name an author the page's text never shows (only its JSON-LD, a meta tag or an attribute
     * names it): {@link Authors} does not show that name, and takes the next source that names someone.
     */
    static final String NOT_SHOWN = "author-not-shown";

    /**
     * Adds a {@link #NOT_SHOWN} field, with the origin of the author field, for each author name that the text of
     * the page's body does not hold (compared by {@link Authors#shownKey}): a CMS user ("Nadja Rauscher", "robert.stitz")
     * or a template's "Nature Editorial" that no reader sees.
     */
    static void notShown(Document doc, List<MetaField> fields) {
        List<MetaField> named = new ArrayList<>(); // one field per author name, the value the cleaned name
        for (MetaField m : fields) {
            if (!m.name().equals("author") || m.origin().equals("jsonld:author-organization")) {
                continue;
            }
            for (String n : Authors.get().fieldNames(m)) {
                String c = Authors.clean(n, Set.of());
                if (c != null) {
                    named.add(new MetaField(NOT_SHOWN, c, m.origin()));
                }
            }
        }
        if (named.isEmpty()) {
            return;
        }
        Set<String> pending = new LinkedHashSet<>();
        named.forEach(m -> pending.add(m.value()));
        if (doc.body() != null) {
            // a text node that holds the name as written (the usual case): the page's text holds it, and so does its
            // normalised form (the normalisation maps and drops single characters); the walk stops when every name
            // is found, and the whole text is only put together and normalised for a name not found so
            org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
                @Override
                public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                    if (node instanceof org.jsoup.nodes.TextNode tn) {
                        String raw = tn.getWholeText();
                        pending.removeIf(raw::contains);
                    }
                    return pending.isEmpty() ? FilterResult.STOP : FilterResult.CONTINUE;
                }
            }, doc.body());
        }
        if (pending.isEmpty()) {
            return;
        }
        String page = doc.body() == null ? "" : Authors.shownKey(doc.body().text());
        for (MetaField m : named) {
            if (pending.contains(m.value()) && !page.contains(Authors.shownKey(m.value()))) {
                fields.add(m);
            }
        }
    }

    /**
     * The fields that give a one-word author ("Henry", "Steinberg", "Stefanus") the full name the page shows
     * elsewhere ("Henry Steinhau", "Thomas Steinberg"); {@link Authors} shows the full name in its place.
     */
    static final String FULL_NAME = "author-full-name";
    private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
    private static final Pattern NAME_WORD = Pattern.compile("(?<![\\p{L}\\p{N}.@/-])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\p{N}@/-])");

    /**
     * The full names of the one-word authors among the author fields: first another author field of two or three
     * words holding the word ("Steinberg" and the meta author "Thomas Steinberg"); else the two-word name the page's
     * text shows with it ("Henry" and "Ausschnitt: Henry Steinhau"), the word next to it capitalised and no byline
     * word, role or organisation; it must be the only such pair or the most frequent one, seen at least twice.
     */
    static List<String> fullNames(Document doc, List<MetaField> fields) {
        List<String> out = new ArrayList<>();
        Set<String> words = new LinkedHashSet<>();
        List<String> longer = new ArrayList<>();
        for (MetaField m : fields) {
            if (m.name().equals("author") && !m.origin().equals("jsonld:author-organization")) {
                String v = Lines.fold(m.value());
                if (ONE_WORD.matcher(v).matches()) {
                    words.add(v);
                } else if (v.split("\\s+").length <= 3) {
                    longer.add(v);
                }
            }
        }
        if (words.isEmpty()) {
            return out;
        }
        List<String> texts = null;
        for (String w : words) {
            String found = null;
            for (String l : longer) {
                if (List.of(l.split("\\s+")).stream().anyMatch(x -> x.equalsIgnoreCase(w)) && usable(l)) {
                    found = l;
                    break;
                }
            }
            if (found == null) {
                if (texts == null) {
                    texts = ownTexts(doc, words);
                }
                found = fromText(w, texts);
            }
            if (found != null && !out.contains(found)) {
                out.add(found);
            }
        }
        return out;
    }

    private static boolean usable(String name) {
        Authors a = Authors.get();
        return Authors.clean(name, Set.of()) != null && !a.opensWithPrefix(name) && !a.stops(name)
                && !a.organisation(name) && !a.placeholder(name);
    }

    private static String fromText(String w, List<String> texts) {
        java.util.Map<String, Integer> seen = new java.util.LinkedHashMap<>();
        for (String t : texts) {
            if (!t.contains(w)) {
                continue;
            }
            java.util.regex.Matcher m = NAME_WORD.matcher(t);
            int prevStart = -1;
            int prevEnd = -1;
            boolean prevIsW = false;
            while (m.find()) {
                boolean isW = m.group().equals(w);
                boolean adjacent = prevEnd >= 0 && t.substring(prevEnd, m.start()).matches("[ \\u00a0]+");
                if (adjacent && isW != prevIsW) {
                    String pair = t.substring(prevStart, prevEnd) + " " + m.group();
                    if (usable(pair)) {
                        seen.merge(pair, 1, Integer::sum);
                    }
                }
                prevStart = m.start();
                prevEnd = m.end();
                prevIsW = isW;
            }
        }
        String best = null;
        int top = 0;
        boolean tie = false;
        for (java.util.Map.Entry<String, Integer> e : seen.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
                tie = false;
            } else if (e.getValue() == top) {
                tie = true;
            }
        }
        return best != null && !tie && (top >= 2 || seen.size() == 1) ? best : null;
    }

    /**
     * The texts of the page's text nodes outside comment sections that hold one of the words (a word has no
     * whitespace, so the node's raw text holds it exactly when its normalised text does; the others are not needed).
     */
    private static List<String> ownTexts(Document doc, Set<String> words) {
        List<String> out = new ArrayList<>();
        if (doc.body() == null) {
            return out;
        }
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode tn && words.stream().anyMatch(tn.getWholeText()::contains)) {
                String t = tn.text();
                if (!t.isBlank() && tn.parent() != null && !inComments(tn.parent())) {
                    out.add(t);
                }
            }
        }, doc.body());
        return out;
    }

    /**
     * Whether the page says it is an article or a post: an {@code og:type}, an {@code <article>} element or a
     * JSON-LD article type. A page with none of them (an old static site, a shop's info page) often carries the
     * site owner's name as {@code meta name=author} in every page's template.
     */
    static boolean articleMarkup(Document doc, List<Element> metas, JsonLd ld) {
        return meta(metas, "property", "og:type") != null || ld.articleType
                || !doc.getElementsByTag("article").isEmpty();
    }

    /**
     * The texts of the page's author elements that belong to the first one's byline (the elements inside its
     * grandparent), outside comment sections: an hCard's {@code fn}, an {@code itemprop=author}'s content or
     * {@code itemprop=name}, else the element's text.
     */
    static List<String> pageAuthors(List<Element> marked) {
        List<String> out = new ArrayList<>();
        Element scope = null;
        Element previous = null;
        for (Element e : marked) {
            if (e == previous) {
                continue; // both rel=author and itemprop=author
            }
            previous = e;
            if (scope != null && !within(e, scope)) {
                continue;
            }
            if (inComments(e)) {
                continue;
            }
            if (scope == null) {
                scope = e.parent() != null && e.parent().parent() != null ? e.parent().parent() : e;
            }
            String t = authorText(e);
            if (t != null && !out.contains(t) && out.stream().noneMatch(o -> o.contains(t))) {
                out.removeIf(t::contains);
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The text of the first element outside comments whose class token names an author or byline
     * ("content__author", "c-page-intro__author", "byline") and whose text is short enough for a byline.
     */
    static String bylineClassed(List<Element> elements) {
        for (Element e : elements) {
            if (BYLINE_CLASS.matchesAnyToken(e.className().toLowerCase(java.util.Locale.ROOT)) && !inComments(e)) {
                String t = text(e);
                if (t != null && t.length() <= MAX_BYLINE) {
                    return t;
                }
            }
        }
        return null;
    }

    private static String authorText(Element e) {
        if (e.hasAttr("content")) {
            return nonBlank(Lines.fold(Lines.clean(e.attr("content"))));
        }
        Element name = e.selectFirst(AUTHOR_NAME);
        if (name != null) {
            return nonBlank(Lines.fold(Lines.clean(name.hasAttr("content") ? name.attr("content") : name.text())));
        }
        return text(e);
    }

    private static boolean within(Element e, Element ancestor) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element sits in a comment section (its own or an ancestor's class or id names comments). */
    private static boolean inComments(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (containsComment(a.attributes().getIgnoreCase("class")) || containsComment(a.attributes().getIgnoreCase("id"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsComment(String s) {
        for (int i = 0; i + 7 <= s.length(); i++) {
            if (s.regionMatches(true, i, "comment", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    /** Weaker date sources, read only when no metadata states the publication date. */
    private static void fallbackDates(Document doc, PageIndex ix, List<Element> metas, JsonLd ld, List<MetaField> f,
                                      String language) {
        if (doc.body() != null) {
            VisibleDate.Found v = VisibleDate.get().find(doc.body(), ix.firstH1 != null ? "h1" : "h2", language);
            if (v != null) {
                f.add(new MetaField("published", v.date().toString(), v.origin()));
                return;
            }
        }
        // a bare "date" is often the day the page was rendered or changed: weaker than the date under the headline
        metaDate(metas, f, WEAK_DATE_NAMES);
        if (f.stream().anyMatch(m -> m.name().equals("published"))) {
            return;
        }
        if (ix.timeAny != null && Dates.parse(ix.timeAny.attr("datetime")) != null) { // any <time>: often a widget's
            addDate(f, ix.timeAny.attr("datetime"), "time:datetime");
            return;
        }
        for (String t : new String[] {meta(metas, "property", "og:title"), doc.title()}) {
            if (t != null && Dates.parse(t) != null) { // "23.01.2022 - Headline"
                f.add(new MetaField("published", Dates.parse(t).toString(), "title-date"));
                return;
            }
        }
        addDate(f, ld.dateCreated, "jsonld:dateCreated");
        for (Element m : metas) {
            String name = first(nonBlank(m.attr("property")), nonBlank(m.attr("name")), nonBlank(m.attr("itemprop")));
            if (name != null && MODIFIED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                addDate(f, m.attr("content"), "meta:" + name.toLowerCase(java.util.Locale.ROOT));
                return;
            }
        }
        addDate(f, ld.dateModified, "jsonld:dateModified");
    }

    private static void metaDate(List<Element> metas, List<MetaField> f, List<String> names) {
        for (Element m : metas) {
            String name = first(nonBlank(m.attr("name")), nonBlank(m.attr("property")), nonBlank(m.attr("itemprop")));
            if (name != null && names.contains(name.toLowerCase(java.util.Locale.ROOT)) && !m.attr("content").isBlank()
                    && Dates.parse(m.attr("content")) != null) {
                addDate(f, m.attr("content"), "meta:" + name.toLowerCase(java.util.Locale.ROOT));
                return;
            }
        }
    }

    private static void addDate(List<MetaField> f, String value, String origin) {
        if (value != null && !value.isBlank() && Dates.parse(value) != null) {
            f.add(new MetaField("published", value.strip(), origin));
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(Element e) {
        return e == null ? null : nonBlank(Lines.clean(e.text()));
    }

    private static String meta(List<Element> metas, String attr, String value) {
        for (Element m : metas) {
            if (!m.hasAttr(attr)) {
                continue;
            }
            if (m.attr(attr).strip().equalsIgnoreCase(value)) {
                String c = nonBlank(Lines.clean(m.attr("content")));
                if (c != null) {
                    return Lines.fold(c);
                }
            }
        }
        return null;
    }

    /**
     * The labels of a URL's host that can name the site: without "www", the top-level domain and labels shorter
     * than 4 letters ("foren.myoos.de" gives "foren", "myoos"). For an archived page (several "://") the
     * archived URL's host counts.
     */
    static List<String> siteLabels(String url) {
        if (url == null) {
            return List.of();
        }
        int scheme = url.lastIndexOf("://");
        if (scheme < 0) {
            return List.of();
        }
        String host = url.substring(scheme + 3).replaceFirst("[/?#:].*$", "").toLowerCase(java.util.Locale.ROOT);
        String[] labels = host.split("\\.");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.length - 1; i++) {
            if (labels[i].length() >= 4 && !labels[i].equals("www")) {
                out.add(labels[i].replace("-", ""));
            }
        }
        return out;
    }

    /**
     * Whether a heading is mostly the domain's name: its letters and digits hold a domain label and at most as many
     * letters again ("L-Mag" on l-mag.de, "Damian Duchamps' Blog" on damianduchamps.wordpress.com; not "Unsere
     * MinusL Joghurts" on minusl.de).
     */
    static boolean domainName(String heading, List<String> labels) {
        String compact = compact(heading);
        for (String l : labels) {
            if (compact.contains(l) && compact.length() <= 2 * l.length()) {
                return true;
            }
        }
        return false;
    }

    private static String compact(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Whether a title part is the site's name: its letters and digits hold a domain label or make one up. */
    /** Separators between a site's name and its slogan in a site name ("Mady Morrison - Yoga Lifestyle"). */
    private static final Pattern SITE_NAME_PARTS = Pattern.compile("\\s+[-–—|·:]{1,2}\\s+"); // spaced: "Osthessen|News" is one name

    /**
     * The outlet as a reader names it, from a page's site name: the part that names the domain when the site name
     * joins it with a slogan or a headline ("Mady Morrison - Yoga Lifestyle", "☆☆☆☆☆ - Journalistenwatch e.V. -
     * Aktuelle Geschehnisse", "Land zahlte … | MLUK"), the host when it is an address ("https://pawszilla.com");
     * else the site name as it is.
     */
    static String outletName(String site, List<String> labels) {
        String s = site.strip();
        if (s.matches("(?i)https?://\\S+")) {
            String host = ArticleAssembler.host(s);
            return host == null ? s : host;
        }
        String[] parts = SITE_NAME_PARTS.split(s);
        if (parts.length < 2) {
            return s;
        }
        for (String p : parts) {
            String part = p.strip();
            if (!part.isEmpty() && namesDomain(part, labels)) {
                if (part.matches("\\S+\\.\\p{L}{2,}")) {
                    // the domain itself ("The Jerusalem Post | JPost.com"): a name beside it is the outlet's name
                    for (String q : parts) {
                        if (q.strip().matches("(?:\\p{Lu}[\\p{L}'’.&-]*)(?: \\p{Lu}[\\p{L}'’.&-]*){0,3}")) {
                            return q.strip();
                        }
                    }
                }
                return part;
            }
        }
        return s;
    }

    private static boolean namesDomain(String part, List<String> labels) {
        String compact = compact(part);
        if (compact.length() < 4) {
            return false;
        }
        for (String l : labels) {
            if (compact.contains(l) || l.contains(compact)) {
                return true;
            }
        }
        return false;
    }

    /** The text of an h1 without its kicker, topline or date line ({@code title-hints.tsv}); null when empty. */
    static String headlineText(Element h1) {
        String t = text(h1);
        if (t == null) {
            return null;
        }
        boolean cut = false;
        for (Element e : h1.getAllElements()) {
            if (e != h1 && e.hasAttr("class") && KICKER.matchesAnyToken(e.className().toLowerCase(java.util.Locale.ROOT))) {
                String k = text(e);
                int at = k == null ? -1 : t.indexOf(k);
                if (at >= 0) {
                    t = t.substring(0, at) + " " + t.substring(at + k.length());
                    cut = true;
                }
            }
        }
        return cut ? nonBlank(Lines.fold(t.replaceAll("^[\\s:,.|–—-]+|[\\s:,|–—-]+$", ""))) : t;
    }

    private static org.lagebild.extract.boilerplate.TokenPattern kickerPattern() {
        var f = TITLE_HINTS;
        List<String> kickers = new ArrayList<>();
        for (List<String> r : f.rows()) {
            if (!r.get(1).strip().equals("kicker")) {
                throw new IllegalStateException(f.resource() + ": kind must be kicker: " + r.get(1));
            }
            kickers.add(r.get(2));
        }
        return org.lagebild.extract.boilerplate.TokenPattern.anyOf(kickers, java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    /** The rows of {@code title-hints.tsv}. */
    static List<List<String>> titleHintRows() {
        return TITLE_HINTS.rows();
    }

    static boolean kickerClass(String token) {
        return KICKER.matchesAnyToken(token.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The first h1 that is not the site's name: an h1 whose class or id names the site or logo, whose text is
     * the site name, or whose only link goes to a site's home page is the page header, not the headline.
     */
    static Element headlineH1(List<Element> h1s, SiteNames site) {
        for (Element h : h1s) {
            if (!siteHeading(h, site)) {
                return h;
            }
        }
        return null;
    }

    /**
     * The h1 that is the page's visible headline of which the metadata titles are a variant: of the h1s that are
     * not the site's name, the one with the largest share of its words found in the metadata titles (ties: the
     * one with more such words), when that share is at least {@link #AGREEMENT}. Sites reword og:title for
     * sharing ("Für den HSV in der Oberliga?: Jansen kämpft um Trochowskis Comeback" for the h1 "Ex-Nationalspieler
     * in der Oberliga: Marcell Jansen kämpft um Piotr Trochowskis HSV-Comeback") or shorten it, and a page may
     * carry several h1s (screen-reader "Navigation", "Quicklink"): the agreement picks the headline among them.
     * Null when no h1 agrees.
     */
    static String agreeingH1(List<Element> h1s, SiteNames site, List<String> metaTitles) {
        Set<String> metaWords = new java.util.HashSet<>();
        for (String t : metaTitles) {
            metaWords.addAll(words(t));
        }
        String best = null;
        double bestScore = 0;
        for (Element h : h1s) {
            String text = siteHeading(h, site) ? null : headlineText(h);
            Set<String> w = text == null ? Set.of() : words(text);
            if (w.isEmpty()) {
                continue;
            }
            long shared = w.stream().filter(metaWords::contains).count();
            double score = (double) shared / w.size() + shared * 1e-4; // the tie-break: more shared words
            if (score > bestScore) {
                bestScore = score;
                best = text;
            }
        }
        return bestScore >= AGREEMENT ? Lines.fold(Lines.clean(best)) : null;
    }

    /**
     * Whether the h1 is the title with a kicker before it or a site name after it ("Investitionen in IT-Sicherheit
     * Cyber-Angriffe: ..." for the title "Cyber-Angriffe: ...", "EU-Taxonomie: ... | Umweltbundesamt"): then the
     * title is the headline and the h1 is not. An h1 that goes on in words ("... Gigafactory-Kapazität in
     * Tennessee" for "... Gigafactory-Kapazität") is the fuller headline.
     */
    static boolean extendsTitle(String h1, String title) {
        String h = Lines.key(h1);
        String t = Lines.key(title);
        if (h.length() <= t.length()) {
            return false;
        }
        return h.endsWith(t) || (h.startsWith(t) && JOINT_AFTER.matcher(h.substring(t.length())).lookingAt());
    }

    /**
     * The part of a title joined of several ("Site » Section » Headline", "Headline | Organisation (ABBR)",
     * "Headline : Site") that the page shows as a heading (h1 to h3, not the site's name): the page says which
     * part is the headline, where a rule on the parts' order or length would guess. Null when the title has no
     * separator or no part is a heading.
     */
    static String headingPart(Document doc, String title, SiteNames site) {
        String[] parts = PART_SEPARATOR.split(title);
        if (parts.length < 2) {
            return null;
        }
        Set<String> headings = new java.util.HashSet<>();
        for (Element h : doc.select("h1, h2, h3")) {
            if (!siteHeading(h, site)) {
                headings.add(Lines.key(h.text()));
            }
        }
        for (String p : parts) {
            String part = p.strip();
            if (part.length() >= MIN_HEADLINE && headings.contains(Lines.key(part))) {
                return part;
            }
        }
        return null;
    }

    /** The lower-case words (runs of letters and digits) of a text. */
    static Set<String> words(String s) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : WORD_BREAK.split(s.toLowerCase(java.util.Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** The site's name ({@code og:site_name} or the JSON-LD publisher, may be null) and its domain's labels. */
    record SiteNames(String name, List<String> labels) {
    }

    private static boolean siteHeading(Element h, SiteNames site) {
        String marks = (h.className() + " " + h.id()).toLowerCase(java.util.Locale.ROOT);
        if (SITE_MARK.matcher(marks).find()) {
            return true;
        }
        String t = text(h);
        if (t == null || (site.name() != null && Lines.key(t).equals(Lines.key(site.name()))) || domainName(t, site.labels())) {
            return true;
        }
        var links = h.getElementsByTag("a");
        if (links.size() == 1 && Lines.key(links.get(0).text()).equals(Lines.key(t))) {
            String href = links.get(0).attr("href").strip();
            int scheme = href.lastIndexOf("://");
            String path = scheme < 0 ? href : href.substring(scheme + 3).replaceFirst("^[^/]*", "");
            return path.isEmpty() || path.equals("/") || (scheme < 0 && path.matches("\\.?/?(?:index\\.\\w+)?"));
        }
        return false;
    }

    /**
     * Whether the h1 is the headline inside a longer metadata title: the title is the h1 with a kicker before
     * it or a site name, section or subtitle after it ("Klimaschutz: Bohren, bis es heiß wird",
     * "Headline | LECKER"), the two joined by a separator.
     */
    static boolean withinTitle(String h1, String title) {
        String h = Lines.fold(Lines.clean(h1));
        String t = Lines.fold(Lines.clean(title));
        if (h.length() < MIN_HEADLINE || h.length() >= t.length()) {
            return false;
        }
        if (t.startsWith(h)) {
            return JOINT_AFTER.matcher(t.substring(h.length())).lookingAt();
        }
        if (t.endsWith(h)) {
            return JOINT_BEFORE.matcher(t.substring(0, t.length() - h.length())).find();
        }
        return false;
    }

    /**
     * Drops a trailing " | Site name": the site's own name, a short domain-like tail, or (for the
     * HTML title element, which nearly always carries the site name) any short tail after " | ".
     */
    static String cleanTitle(String title, String site, boolean pageTitle) {
        return cleanTitle(title, site, pageTitle, List.of());
    }

    /**
     * As {@link #cleanTitle(String, String, boolean)}, and first drops every part from the first separator whose
     * following part names the site's domain ("Energy Rising - 33 Tage Yoga Challenge - Mady Morrison - Yoga
     * Lifestyle" on madymorrison.com, "... | homify" on homify.de).
     */
    static String cleanTitle(String title, String site, boolean pageTitle, List<String> domainLabels) {
        String t = Lines.fold(Lines.clean(title));
        if (!domainLabels.isEmpty()) {
            var d = TITLE_SEPARATOR.matcher(t);
            while (d.find()) {
                int next = t.length();
                var n = TITLE_SEPARATOR.matcher(t);
                if (n.find(d.end())) {
                    next = n.start();
                }
                if (d.start() >= MIN_HEADLINE && namesDomain(t.substring(d.end(), next), domainLabels)) {
                    t = t.substring(0, d.start()).strip();
                    break;
                }
            }
        }
        var m = TITLE_SEPARATOR.matcher(t);
        int last = -1;
        int lastEnd = -1;
        while (m.find()) {
            last = m.start();
            lastEnd = m.end();
        }
        if (last > 0) {
            String tail = t.substring(lastEnd);
            boolean pipe = t.substring(last, lastEnd).strip().equals("|");
            if ((site != null && tail.equalsIgnoreCase(site)) || (tail.length() <= 30 && tail.contains("."))
                    || (pageTitle && pipe && tail.length() <= 30)) {
                return t.substring(0, last).strip();
            }
        }
        return t;
    }

    /** The first value of each field found anywhere in the page's JSON-LD blocks. */
    private static final class JsonLd {
        String datePublished;
        String dateCreated;
        String dateModified;
        String headline;
        String publisher;
        String language;
        /** Whether an object's {@code @type} names an article, a posting or a report. */
        boolean articleType;
        final Set<String> authors = new LinkedHashSet<>();
        final Set<String> organisationAuthors = new LinkedHashSet<>();
        /** {@code @id} references of authors given without a name, resolved after the walk. */
        final List<String> authorRefs = new ArrayList<>();
        /** {@code @id} &rarr; {name, type} of every object that has both. */
        final java.util.Map<String, String[]> named = new java.util.HashMap<>();
        boolean authorSeen;
    }

    /*
     * The walk is split in small methods (parse, walk, read one object) rather than one method with three
     * loops: the JIT then compiles each once instead of compiling the whole (with the JSON parser inlined)
     * again for every loop it enters hot, which cost seconds of compiler time in the measured passes.
     */
    private static JsonLd jsonLd(List<Element> scripts) {
        JsonLd ld = new JsonLd();
        for (Element script : scripts) {
            JsonNode root = readJson(script.data());
            if (root != null) {
                walk(ld, root);
            }
        }
        for (String ref : ld.authorRefs) {
            String[] nt = ld.named.get(ref);
            if (nt != null) {
                (organisation(nt[1]) ? ld.organisationAuthors : ld.authors).add(nt[0]);
            }
        }
        return ld;
    }

    /** The parsed JSON, or null when it is broken (common, and it says nothing about the article). */
    private static JsonNode readJson(String data) {
        try {
            return JSON.readTree(data);
        } catch (Exception e) {
            return null;
        }
    }

    private static void walk(JsonLd ld, JsonNode root) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        int visited = 0;
        while (!stack.isEmpty() && visited++ < JSON_NODE_LIMIT) {
            JsonNode n = stack.pop();
            if (n.isArray()) {
                for (int i = n.size() - 1; i >= 0; i--) {
                    stack.push(n.get(i));
                }
                continue;
            }
            if (!n.isObject()) {
                continue;
            }
            read(ld, n);
            pushContainers(stack, n);
        }
    }

    /** Takes the fields of one JSON object that are still missing. */
    private static void read(JsonLd ld, JsonNode n) {
        if (ld.datePublished == null && n.path("datePublished").isTextual()) {
            ld.datePublished = n.get("datePublished").asText();
        }
        if (ld.dateCreated == null) {
            for (String k : new String[] {"dateCreated", "uploadDate", "datePosted", "publishDate"}) {
                if (ld.dateCreated == null && n.path(k).isTextual()) {
                    ld.dateCreated = n.get(k).asText();
                }
            }
        }
        if (ld.dateModified == null && n.path("dateModified").isTextual()) {
            ld.dateModified = n.get("dateModified").asText();
        }
        if (!ld.articleType && ARTICLE_TYPE.matcher(type(n)).find()) {
            ld.articleType = true;
        }
        if (ld.headline == null && n.path("headline").isTextual()) {
            ld.headline = nonBlank(n.get("headline").asText());
        }
        if (ld.language == null && n.path("inLanguage").isTextual()) {
            ld.language = nonBlank(n.get("inLanguage").asText());
        }
        if (ld.publisher == null && n.has("publisher")) {
            ld.publisher = name(n.get("publisher"));
        }
        if (n.path("@id").isTextual() && n.path("name").isTextual()) {
            ld.named.putIfAbsent(n.get("@id").asText(), new String[] {Lines.fold(n.get("name").asText()), type(n)});
        }
        if (!ld.authorSeen && n.has("author")) {
            ld.authorSeen = true;
            JsonNode a = n.get("author");
            if (a.isArray()) {
                a.forEach(x -> author(ld, x));
            } else {
                author(ld, a);
            }
        }
    }

    /** One JSON-LD author: a name, a Person or Organization with a name, or an {@code @id} to look up. */
    private static void author(JsonLd ld, JsonNode a) {
        String s = name(a);
        if (s != null) {
            (a.isObject() && organisation(type(a)) ? ld.organisationAuthors : ld.authors).add(s);
        } else if (a.isObject() && a.path("@id").isTextual()) {
            ld.authorRefs.add(a.get("@id").asText());
        }
    }

    private static String type(JsonNode n) {
        JsonNode t = n.path("@type");
        return t.isArray() ? t.toString() : t.asText("");
    }

    private static boolean organisation(String type) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        return t.contains("organization") || t.contains("corporation");
    }

    /** Pushes an object's array and object values so that they pop in field order. */
    private static void pushContainers(Deque<JsonNode> stack, JsonNode n) {
        var it = n.fields();
        List<JsonNode> children = new ArrayList<>();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getValue().isContainerNode()) {
                children.add(e.getValue());
            }
        }
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }

    private static String name(JsonNode n) {
        while (n != null && n.isArray()) {
            n = n.size() > 0 ? n.get(0) : null;
        }
        if (n == null) {
            return null;
        }
        if (n.isTextual()) {
            return nonBlank(n.asText());
        }
        return n.path("name").isTextual() ? nonBlank(Lines.fold(n.get("name").asText())) : null;
    }
}
