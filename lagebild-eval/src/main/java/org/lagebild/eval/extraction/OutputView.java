package org.lagebild.eval.extraction;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.lagebild.model.Article;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;

/**
 * Which part of an extracted {@link Article} is scored as "the extractor's output". Benchmarks
 * compare main text as trafilatura prints it (no title line), so {@link #TEXT_WITHOUT_TITLE} is the
 * default; the other views exist to measure what the title or captions change. Blocks are joined by
 * a blank line, as in {@link Article#text()}.
 */
public enum OutputView {
    /** {@link Article#text()} unchanged: title, body, captions, credits, bylines. */
    TEXT(b -> true),
    /** Every block except the title. */
    TEXT_WITHOUT_TITLE(b -> b.type() != BlockType.TITLE),
    /** Body blocks ({@link BlockType#isBody()}) without the title: no captions, credits or bylines. */
    BODY(b -> b.type().isBody() && b.type() != BlockType.TITLE),
    /** Body blocks including the title. */
    BODY_WITH_TITLE(b -> b.type().isBody());

    private final Predicate<Block> keep;

    OutputView(Predicate<Block> keep) {
        this.keep = keep;
    }

    /** The scored text of an article. */
    public String render(Article article) {
        if (this == TEXT) {
            return article.text();
        }
        return article.blocks().stream().filter(keep).map(article::text).collect(Collectors.joining("\n\n"));
    }

    /** Parses a view name case-insensitively ("body-with-title" and "BODY_WITH_TITLE" both work). */
    public static OutputView parse(String name) {
        return valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
