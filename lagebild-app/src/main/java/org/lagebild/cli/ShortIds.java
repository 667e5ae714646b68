package org.lagebild.cli;

/**
 * Article ids as tables print them: Lagebild's own ids (16 hex digits of a content hash) cut to a prefix
 * that `show` accepts; ids given with the input ("article2266", "gnad-17") in full, since a cut one may be
 * another article's whole id ("article226").
 */
final class ShortIds {
    private ShortIds() {
    }

    static String of(String id, int length) {
        if (id == null || id.length() <= length || !id.matches("[0-9a-f]{16}")) {
            return id;
        }
        return id.substring(0, length);
    }
}
