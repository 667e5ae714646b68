package org.lagebild.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements that metadata reading and container choice look up, collected in one walk over the
 * parsed page instead of one CSS query each (every query walks the whole tree). Attribute values compare
 * case-insensitively, as in CSS selectors. Built per page; not shared.
 */
final class PageIndex {
    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> articleBodies = new ArrayList<>();
    final List<Element> articles = new ArrayList<>();
    Element firstH1;
    /** Every h1, in page order (the first may be the site's name rather than the headline). */
    final List<Element> h1s = new ArrayList<>();
    /** Every h1, h2 and h3, in page order. */
    final List<Element> headings = new ArrayList<>();
    /** Elements marked as an author: {@code itemprop=author}, {@code rel=author} or class {@code author}. */
    final List<Element> authors = new ArrayList<>();
    /** Other elements whose class names an author or byline ("content__author", "byline"), the first few. */
    final List<Element> bylineClassed = new ArrayList<>();
    private static final int MAX_BYLINE_CLASSED = 8;

    /** Whether a class attribute holds "author", "autor" or "byline" (any case; tokens are checked later). */
    static boolean bylineWord(String cls) {
        int n = cls.length();
        for (int i = 0; i + 5 <= n; i++) {
            char c = cls.charAt(i);
            if ((c == 'a' || c == 'A') && (cls.regionMatches(true, i, "autor", 0, 5) || cls.regionMatches(true, i, "author", 0, 6))) {
                return true;
            }
            if ((c == 'b' || c == 'B') && cls.regionMatches(true, i, "byline", 0, 6)) {
                return true;
            }
        }
        return false;
    }
    Element canonical;
    Element datePublished;
    Element timePubdate;
    Element timeAny;
    Element main;
    /** The first {@code html} element with a {@code lang} attribute (as {@code selectFirst("html[lang]")}). */
    Element htmlLang;
    boolean frameset;

    static PageIndex of(Document doc) {
        PageIndex ix = new PageIndex();
        NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                switch (e.normalName()) {
                    case "meta" -> ix.metas.add(e);
                    case "script" -> {
                        if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                            ix.jsonLd.add(e);
                        }
                    }
                    case "h1" -> {
                        ix.firstH1 = ix.firstH1 == null ? e : ix.firstH1;
                        ix.h1s.add(e);
                        ix.headings.add(e);
                    }
                    case "h2", "h3" -> ix.headings.add(e);
                    case "link" -> {
                        if (ix.canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                            ix.canonical = e;
                        }
                    }
                    case "article" -> ix.articles.add(e);
                    case "main" -> ix.main = ix.main == null ? e : ix.main;
                    case "frameset" -> ix.frameset = true;
                    case "html" -> {
                        if (ix.htmlLang == null && e.hasAttr("lang")) {
                            ix.htmlLang = e;
                        }
                    }
                    case "time" -> {
                        if (e.hasAttr("datetime")) {
                            if (ix.timePubdate == null && e.hasAttr("pubdate")) {
                                ix.timePubdate = e;
                            }
                            if (ix.timeAny == null) {
                                ix.timeAny = e;
                            }
                        }
                    }
                    default -> {
                    }
                }
                // Each attribute is looked up once (every lookup runs over all of the element's attributes); an
                // absent one reads as "", which none of the tests below accepts.
                String cls = e.attr("class");
                boolean bylineWord = !cls.isEmpty() && bylineWord(cls); // class "author" holds the word
                if (e.attr("rel").equalsIgnoreCase("author") || (bylineWord && e.hasClass("author"))) {
                    ix.authors.add(e);
                } else if (ix.bylineClassed.size() < MAX_BYLINE_CLASSED && bylineWord) {
                    ix.bylineClassed.add(e);
                }
                String ip = e.attr("itemprop");
                if (!ip.isEmpty()) {
                    if (ip.equalsIgnoreCase("author")) {
                        ix.authors.add(e);
                    }
                    if (ix.datePublished == null && ip.equalsIgnoreCase("datePublished")) {
                        ix.datePublished = e;
                    } else if (ip.equalsIgnoreCase("articleBody") && e.closest(Queries.BODY) != null) {
                        ix.articleBodies.add(e);
                    }
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                // nothing to close
            }
        }, doc);
        return ix;
    }
}
