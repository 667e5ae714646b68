package org.lagebild.stories.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lagebild.model.Article;
import org.lagebild.model.ArticleIds;
import org.lagebild.model.Block;
import org.lagebild.model.BlockType;
import org.lagebild.model.DateSource;
import org.lagebild.model.Document;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Span;

/**
 * One raw input article of a story evaluation: {@code id} as the corpus names it, headline, plain
 * text (paragraphs separated by blank lines), source URL, publication day and language hint (each
 * may be null). The annotator given to {@link StoryEvaluation} turns it into a {@link Document}.
 */
public record StoryRawText(String id, String title, String text, String url, LocalDate date, String language) {
    public StoryRawText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
    }

    /**
     * A clean article with one block per paragraph and the given day as a stated publication date;
     * its id is the corpus id (so gold labels can be looked up).
     */
    public Document toDocument() {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int end = text.indexOf("\n\n", i);
            end = end < 0 ? n : end;
            int e = end;
            while (e > i && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            blocks.add(new Block(blocks.isEmpty() ? BlockType.LEAD : BlockType.PARAGRAPH, new Span(i, e)));
            i = end;
        }
        PublicationDate published = date == null ? PublicationDate.UNKNOWN : PublicationDate.stated(date, DateSource.GIVEN, "corpus");
        String input = url != null ? url : "eval:" + id;
        return Document.of(new Article(id, input, "text", url, title, text, blocks, List.of(), List.of(), language, null, null, published));
    }

    /** The content-derived id this text would get in the store. */
    public String contentId() {
        return ArticleIds.of(title, text);
    }
}
