package org.lagebild.model;

/** The role of a block of an article's clean text. Only body types count as article prose. */
public enum BlockType {
    TITLE(true),
    LEAD(true),
    /** A bullet point of the "highlights" list under a title ("•", "-"). */
    HIGHLIGHT(true),
    SUBHEADING(true),
    PARAGRAPH(true),
    LIST_ITEM(true),
    QUOTE(true),
    TABLE(true),
    /** An image caption: describes a picture, not body text. */
    CAPTION(false),
    /** A photo credit ("Bild: picture alliance/dpa"). */
    CREDIT(false),
    /** Author line or agency credit. */
    BYLINE(false);

    private final boolean body;

    BlockType(boolean body) {
        this.body = body;
    }

    /** True for blocks that carry the article's own statements. */
    public boolean isBody() {
        return body;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
