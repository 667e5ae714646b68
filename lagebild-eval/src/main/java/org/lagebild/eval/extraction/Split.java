package org.lagebild.eval.extraction;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * A fixed development/test split of a benchmark by a hash of each page's id (the trafilatura URL, the
 * Scrapinghub id): a third of the pages (CRC-32 of the UTF-8 id, modulo 3, equal to 0) are TEST, the
 * rest DEV. Rules are tuned on DEV; TEST stands in for pages the extractor has not seen. The split
 * does not depend on the order or number of pages, so adding pages never moves an old one.
 */
public enum Split {
    /** Every page. */
    ALL,
    /** The two thirds of the pages used to tune the rules. */
    DEV,
    /** The held-out third. */
    TEST;

    /** Whether the page with this id belongs to this part. */
    public boolean contains(String id) {
        return this == ALL || (this == TEST) == isTest(id);
    }

    static boolean isTest(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 3 == 0;
    }

    /** "all", "dev" or "test". */
    public static Split parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--split must be all, dev or test: " + s);
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
