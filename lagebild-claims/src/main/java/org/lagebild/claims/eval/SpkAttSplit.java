package org.lagebild.claims.eval;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A deterministic split of the SpkAtt documents by document id (the number before " - " in the document name): DEV
 * when the CRC-32 of the id is even, TEST when it is odd. Rules are developed on DEV only; TEST is the honest figure
 * on news the rules have not seen. On the 702 annotated news documents this gives 348 DEV and 354 TEST documents.
 */
public enum SpkAttSplit {
    /** Every annotated document. */
    ALL,
    /** The documents rules may be developed on. */
    DEV,
    /** The held-out documents. */
    TEST;

    /** The split a document belongs to (DEV or TEST), from its name ("12599 - Fall des eBay-Babys …"). */
    public static SpkAttSplit of(String documentName) {
        int dash = documentName.indexOf(" - ");
        String id = (dash > 0 ? documentName.substring(0, dash) : documentName).strip();
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? DEV : TEST;
    }

    /** True if the named document is in this split. */
    public boolean contains(String documentName) {
        return this == ALL || of(documentName) == this;
    }
}
