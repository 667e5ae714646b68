package org.lagebild.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean article: the text left after boilerplate removal, its typed blocks (spans into
 * {@code text}), what was removed and why, and its metadata. Immutable.
 *
 * @param id        content-derived id (see {@link ArticleIds})
 * @param input     the path or URL it was ingested from, with "#N" for the record N of a container
 * @param format    input format ("text", "html", "jsonl", "rss", "warc")
 * @param language  declared language (BCP 47) or null; the identified one is an annotation
 */
public record Article(String id, String input, String format, String url, String title, String text,
                      List<Block> blocks, List<RemovedText> removed, List<MetaField> meta,
                      String language, String publisher, String byline, PublicationDate published) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
        meta = List.copyOf(meta);
        published = published == null ? PublicationDate.UNKNOWN : published;
        for (Block b : blocks) {
            if (b.span().end() > text.length()) {
                throw new IllegalArgumentException("block " + b + " beyond text of length " + text.length());
            }
        }
    }

    public String text(Span span) {
        return span.of(text);
    }

    public String text(Block block) {
        return block.span().of(text);
    }

    /** The first metadata value of that name. */
    public Optional<String> meta(String name) {
        return meta.stream().filter(m -> m.name().equals(name)).map(MetaField::value).findFirst();
    }

    /**
     * A title to show: {@code title}, or when it is blank (a text file whose first line is the lead,
     * say) the start of {@code text} up to the first sentence end, at most 100 characters.
     */
    public static String headline(String title, String text) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (text == null || text.isBlank()) {
            return "";
        }
        String t = text.strip();
        int end = t.length();
        for (int i = Math.min(20, t.length()); i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                end = i;
                break;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) {
                end = i + 1;
                break;
            }
        }
        String first = t.substring(0, end).strip();
        return first.length() <= 100 ? first : first.substring(0, 99).strip() + "…";
    }

    public Article withPublished(PublicationDate date) {
        return new Article(id, input, format, url, title, text, blocks, removed, meta, language, publisher, byline, date);
    }

    public Article withId(String newId) {
        return new Article(newId, input, format, url, title, text, blocks, removed, meta, language, publisher, byline, published);
    }
}
