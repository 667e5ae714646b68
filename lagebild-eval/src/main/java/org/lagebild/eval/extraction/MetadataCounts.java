package org.lagebild.eval.extraction;

/**
 * Title and author counts of a set of pages.
 *
 * @param titlePages pages with a non-empty gold title
 * @param titleCorrect of those, pages whose extracted title equals it ({@link MetadataScoring#titleMatches})
 * @param authorPages pages with a non-empty gold author
 * @param authorCorrect of those, pages whose extracted author set equals the gold set
 * @param noAuthorPages pages whose gold author is given and empty (pages without the key are not counted)
 * @param authorFalse of those, pages where Lagebild shows an author anyway
 */
public record MetadataCounts(int titlePages, int titleCorrect, int authorPages, int authorCorrect, int noAuthorPages,
                             int authorFalse) {

    public static final MetadataCounts ZERO = new MetadataCounts(0, 0, 0, 0, 0, 0);

    public MetadataCounts plus(MetadataCounts o) {
        return new MetadataCounts(titlePages + o.titlePages, titleCorrect + o.titleCorrect, authorPages + o.authorPages,
                authorCorrect + o.authorCorrect, noAuthorPages + o.noAuthorPages, authorFalse + o.authorFalse);
    }

    public double titleAccuracy() {
        return titlePages == 0 ? 0.0 : (double) titleCorrect / titlePages;
    }

    public double authorAccuracy() {
        return authorPages == 0 ? 0.0 : (double) authorCorrect / authorPages;
    }
}
