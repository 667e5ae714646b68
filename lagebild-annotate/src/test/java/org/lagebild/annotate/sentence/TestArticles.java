package org.lagebild.annotate.sentence;

import java.util.ArrayList;
import java.util.List;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.Span;

/** Builds articles for tests. */
final class TestArticles {
    private TestArticles() {
    }

    /** Every non-blank line becomes a PARAGRAPH block (trimmed). */
    static Article byLines(String id, String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int a = start;
                int b = i;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                if (a < b) {
                    blocks.add(new Block(BlockType.PARAGRAPH, new Span(a, b)));
                }
                start = i + 1;
            }
        }
        return of(id, text, blocks);
    }

    static Article of(String id, String text, List<Block> blocks) {
        return new Article(id, "test:" + id, "text", null, null, text, blocks, List.of(), List.of(), null, null,
                null, null);
    }

    /** Blocks given as (type, text) pairs, joined with blank lines. */
    static Article ofBlocks(String id, Object... typeAndText) {
        StringBuilder sb = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < typeAndText.length; i += 2) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            int s = sb.length();
            sb.append((String) typeAndText[i + 1]);
            blocks.add(new Block((BlockType) typeAndText[i], new Span(s, sb.length())));
        }
        return of(id, sb.toString(), blocks);
    }
}
