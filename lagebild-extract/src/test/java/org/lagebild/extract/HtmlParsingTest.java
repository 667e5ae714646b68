package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/** The fast parse gives the same tree and source positions as jsoup's own tracked parse. */
class HtmlParsingTest {

    @Test
    void fastPathIsActive() {
        assertTrue(HtmlParsing.withoutLineTracking(), "jsoup's tree builder layout changed: pages parse the slow way");
    }

    @Test
    void sameTreeAndPositionsAsJsoup() {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>T</title>\n<meta charset=utf-8></head>\n<body>");
        for (int i = 0; i < 3000; i++) { // long enough for many buffer refills
            html.append("<div class=\"c").append(i).append("\">\n<p>Absatz ").append(i)
                    .append(" mit <a href=/x>Link</a> und\r\nZeilen.</p><table><td>x</table></div>\n");
        }
        html.append("<p>unclosed <b>bold <i>both</b> end</body></html>");
        String page = html.toString();
        Document plain = Jsoup.parse(page, "https://example.org/", Parser.htmlParser().setTrackPosition(true));
        Document fast = HtmlParsing.parse(page, "https://example.org/");
        assertEquals(plain.outerHtml(), fast.outerHtml());
        assertEquals(positions(plain), positions(fast));
    }

    private static List<String> positions(Document doc) {
        List<String> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> out.add(node.nodeName() + " " + node.sourceRange().startPos() + " "
                + node.sourceRange().endPos() + (node instanceof Element e ? " " + e.endSourceRange().startPos() : "")), doc);
        return out;
    }
}
