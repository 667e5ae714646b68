package org.lagebild.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.extract.BlockFeatures;
import org.lagebild.extract.BlockModel;
import org.lagebild.model.BlockType;

/** The block model's measuring code: labels from both golds, outputs with vetoes, a deterministic fit. */
class BlockModelTrainingTest {

    private static BlockFeatures.Row row(String text, double... f) {
        double[] x = new double[BlockFeatures.NAMES.size()];
        System.arraycopy(f, 0, x, 0, f.length);
        return new BlockFeatures.Row(text, BlockType.PARAGRAPH, x, Double.NaN);
    }

    @Test
    void labelsFollowTheGold() {
        List<BlockFeatures.Row> rows = List.of(row("The council passed the budget on Thursday after a long debate."),
                row("Share this on WhatsApp and tell your friends today"), row("Budget"), row("Newsletter"));
        int[] sh = BlockModelTraining.scrapinghubLabels(rows,
                "The council passed the budget on Thursday after a long debate. Budget cuts hit the libraries.");
        assertArrayEquals(new int[] {0, 1, 0, 1}, sh);
        int[] tr = BlockModelTraining.trafilaturaLabels(rows, List.of("passed the  budget"), List.of("Share this on", "Budget"));
        assertArrayEquals(new int[] {0, 1, 1, -1}, tr);
    }

    @Test
    void anOutputWithVetoesKeepsTheRestAndNeverNothing() {
        List<BlockFeatures.Row> rows = List.of(row("a"), row("b"), row("c"));
        assertEquals("a\n\nc", BlockModelTraining.output(rows, new boolean[] {false, true, false}));
        assertEquals("c", BlockModelTraining.output(rows, new boolean[] {true, true, true}));
    }

    @Test
    void trainingOnATinySyntheticSetIsDeterministicAndSeparates() {
        List<BlockModelTraining.Page> pages = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            List<BlockFeatures.Row> rows = new ArrayList<>();
            int[] labels = new int[6];
            for (int i = 0; i < 6; i++) {
                boolean boiler = i == 5;
                // feature 0 (type.paragraph) uninformative, feature 6 (log.chars) small for boilerplate, a little noise
                rows.add(row("block " + p + " " + i, 1, 0, 0, 0, 0, 0, boiler ? 2 + (p % 3) * 0.3 : 5 + (i % 3) * 0.2));
                labels[i] = boiler ? 1 : 0;
            }
            pages.add(new BlockModelTraining.Page(false, "id" + p, "site" + (p % 4) + ".example", rows, labels, false,
                    null, null, "gold"));
        }
        BlockModel a = BlockModelTraining.fit(pages);
        BlockModel b = BlockModelTraining.fit(pages);
        assertEquals(a.write("x"), b.write("x"));
        assertTrue(a.probability(pages.get(0).rows().get(5).features()) > 0.5);
        assertTrue(a.probability(pages.get(0).rows().get(0).features()) < 0.5);
    }
}
