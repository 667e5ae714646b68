package org.lagebild.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The CSS queries the extractor runs on every page, parsed once: {@code element.closest("article")} parses
 * its query at each call, which cost more than the walk up the tree. Evaluators of plain tag and attribute
 * queries hold no state, so one instance serves all threads.
 */
final class Queries {
    static final Evaluator ARTICLE = QueryParser.parse("article");
    static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
    static final Evaluator BODY = QueryParser.parse("body");
    static final Evaluator FIGURE = QueryParser.parse("figure");
    static final Evaluator H1 = QueryParser.parse("h1");
    static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    static final Evaluator IMG = QueryParser.parse("img");
    static final Evaluator LI = QueryParser.parse("li");
    static final Evaluator P = QueryParser.parse("p");
    static final Evaluator TR = QueryParser.parse("tr");
    static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");

    private Queries() {
    }
}
