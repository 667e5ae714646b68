package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.extract.ArticleExtractor;

class PageBatchTest {

    private static PageBatch.Page page(String id, String html) {
        return new PageBatch.Page(id, html.getBytes(StandardCharsets.UTF_8), id + ".html", null);
    }

    @Test
    void handsOutLargestFirstWithTiesInInputOrder() {
        List<PageBatch.Page> pages = List.of(page("a", "xx"), page("b", "xxxx"), page("c", "x"), page("d", "xxxx"));
        assertArrayEquals(new int[] {1, 3, 0, 2}, PageBatch.largestFirst(pages));
    }

    @Test
    void outcomesComeBackInInputOrderWhateverTheOrderOfWork() {
        List<PageBatch.Page> pages = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String body = ("<p>Absatz " + i + " mit genug Text, damit er als Artikeltext gilt.</p>").repeat(1 + (i * 7) % 5);
            pages.add(page("p" + i, "<html><head><title>Seite " + i + "</title></head><body><article><h1>Titel " + i
                    + "</h1>" + body + "</article></body></html>"));
        }
        ArticleExtractor extractor = new ArticleExtractor();
        PageBatch.Outcome two = PageBatch.run(extractor, pages, RunSettings.defaults().withThreads(2).withPasses(2));
        assertEquals(pages.size(), two.results().size());
        for (int i = 0; i < pages.size(); i++) {
            PageExtraction alone = PageExtraction.run(extractor, pages.get(i).bytes(), pages.get(i).input(), null);
            assertEquals(String.valueOf(alone.article()), String.valueOf(two.results().get(i).article()), "page " + i);
        }
        assertEquals(pages.size(), two.throughput().pages());
    }
}
