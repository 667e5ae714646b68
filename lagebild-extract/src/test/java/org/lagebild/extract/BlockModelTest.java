package org.lagebild.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Article;
import org.lagebild.model.BlockType;

/** The block model's hook: features of kept body blocks, the veto with its rule id, the model file. */
class BlockModelTest {
    private static final String PAGE = "<html><body><article><h1>Haushalt beschlossen</h1>"
            + "<p>Der Stadtrat hat am Donnerstag nach langer Debatte den neuen Haushalt für das kommende Jahr beschlossen, "
            + "wie die Verwaltung am Freitag in einer Mitteilung an die Presse schrieb.</p>"
            + "<p>Lieferzeit: 3 Tage</p>"
            + "<p>Die Opposition stimmte geschlossen dagegen und kritisierte vor allem die Kürzungen bei den Bädern, "
            + "den Bibliotheken und der Jugendarbeit, die nach ihrer Ansicht hart getroffen werden.</p>"
            + "</article></body></html>";

    /** A hand-made model: short blocks are boilerplate (P = sigmoid(40 - 10 log(1 + chars))). */
    private static BlockModel shortBlocksOut(double threshold) {
        int n = BlockFeatures.NAMES.size();
        double[] mean = new double[n];
        double[] sd = new double[n];
        double[] weight = new double[n];
        java.util.Arrays.fill(sd, 1);
        weight[BlockFeatures.NAMES.indexOf("log.chars")] = -10;
        return new BlockModel(mean, sd, weight, 40, threshold);
    }

    private static List<String> body(Article a) {
        return a.blocks().stream().filter(b -> b.type().isBody() && b.type() != BlockType.TITLE).map(a::text).toList();
    }

    @Test
    void noModelIsCommittedAndTheRulesAloneKeepTheLine() throws Exception {
        assertNull(BlockModel.committed(), "the block model was tried and not kept (lagebild-eval/RESULTS.md, s14-blockml)");
        Article a = new ArticleExtractor().extract(BadInputTest.html(PAGE));
        assertTrue(body(a).contains("Lieferzeit: 3 Tage"), body(a).toString());
    }

    @Test
    void theModelDropsAShortBlockAndKeepsTheParagraphs() throws Exception {
        Article a = new ArticleExtractor(shortBlocksOut(0.5)).extract(BadInputTest.html(PAGE));
        assertFalse(body(a).contains("Lieferzeit: 3 Tage"), body(a).toString());
        assertEquals(2, body(a).size(), body(a).toString());
        assertTrue(a.removed().stream().anyMatch(r -> r.rule().equals(BlockModel.RULE) && r.text().equals("Lieferzeit: 3 Tage")
                && r.reason().startsWith("block model: P(boilerplate) ")), a.removed().toString());
        // over the threshold nothing goes
        Article b = new ArticleExtractor(shortBlocksOut(1.01)).extract(BadInputTest.html(PAGE));
        assertTrue(body(b).contains("Lieferzeit: 3 Tage"), body(b).toString());
    }

    @Test
    void theSinkGetsEachKeptBodyBlockWithItsFeatures() throws Exception {
        List<BlockFeatures.Row> rows = new ArrayList<>();
        Article a = new ArticleExtractor(null).extract(BadInputTest.html(PAGE), rows);
        assertEquals(body(a), rows.stream().map(BlockFeatures.Row::text).toList());
        for (BlockFeatures.Row r : rows) {
            assertEquals(BlockFeatures.NAMES.size(), r.features().length);
            assertTrue(Double.isNaN(r.probability()));
        }
        double[] line = rows.get(1).features();
        assertEquals(1.0, line[BlockFeatures.NAMES.indexOf("type.paragraph")]);
        assertEquals(1.0, line[BlockFeatures.NAMES.indexOf("same.parent.as.text")]);
        assertEquals(0.0, line[BlockFeatures.NAMES.indexOf("sentence.end")]);
    }

    @Test
    void theModelFileReadsBackAndMissingRowsAreRefused() throws Exception {
        BlockModel m = shortBlocksOut(0.8);
        String file = m.write("test model");
        BlockModel back = BlockModel.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertEquals(file, back.write("test model"));
        assertEquals(0.8, back.threshold());
        String cut = file.substring(0, file.lastIndexOf("tag.loose"));
        assertThrows(IOException.class, () -> BlockModel.read(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8))));
    }
}
