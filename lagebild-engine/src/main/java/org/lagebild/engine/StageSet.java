package org.lagebild.engine;

import java.util.Locale;

/** Named sets of annotation stages, from cheapest to complete. */
public enum StageSet {
    /** Extraction, language identification, store and index only. */
    EXTRACT,
    /** Plus sentences and tokens. */
    BASIC,
    /** Everything: publication date, time expressions, quantities, entities, quotes and claims. */
    FULL;

    public static StageSet parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown stage set '" + s + "' (expected extract, basic or full)");
        }
    }
}
