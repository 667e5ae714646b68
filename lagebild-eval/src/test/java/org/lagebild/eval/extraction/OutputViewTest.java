package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.Span;

class OutputViewTest {

    private static Article article() {
        String text = "Titel\n\nErster Absatz.\n\nBild: dpa\n\nZweiter Absatz.";
        List<Block> blocks = List.of(
                new Block(BlockType.TITLE, new Span(0, 5)),
                new Block(BlockType.PARAGRAPH, new Span(7, 21)),
                new Block(BlockType.CREDIT, new Span(23, 32)),
                new Block(BlockType.PARAGRAPH, new Span(34, 49)));
        return new Article("id", "in", "html", null, "Titel", text, blocks, List.of(), List.of(), "de", null, null, null);
    }

    @Test
    void viewsSelectBlocks() {
        Article a = article();
        assertEquals(a.text(), OutputView.TEXT.render(a));
        assertEquals("Erster Absatz.\n\nBild: dpa\n\nZweiter Absatz.", OutputView.TEXT_WITHOUT_TITLE.render(a));
        assertEquals("Erster Absatz.\n\nZweiter Absatz.", OutputView.BODY.render(a));
        assertEquals("Titel\n\nErster Absatz.\n\nZweiter Absatz.", OutputView.BODY_WITH_TITLE.render(a));
    }

    @Test
    void parseAcceptsDashesAndAnyCase() {
        assertEquals(OutputView.BODY_WITH_TITLE, OutputView.parse("body-with-title"));
        assertEquals(OutputView.TEXT_WITHOUT_TITLE, OutputView.parse("TEXT_WITHOUT_TITLE"));
        assertEquals(OutputView.TEXT, OutputView.parse(" text "));
    }
}
