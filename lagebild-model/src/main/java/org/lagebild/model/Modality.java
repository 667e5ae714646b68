package org.lagebild.model;

/** How firmly a claim is stated, and by whom: the words that decided it are kept as cues. */
public enum Modality {
    /** Stated as fact by the article itself. */
    ASSERTED,
    /** Attributed to a source ("laut X", "X said"). */
    REPORTED,
    /** Hedged: "soll", "angeblich", "offenbar", "mutmaßlich", "Berichten zufolge". */
    ALLEGED,
    /** An estimate: "schätzen", "Schätzungen". */
    ESTIMATED,
    /** Intended: "will", "plant", "wird … entsenden". */
    PLANNED,
    /** Announced: "kündigte an". */
    ANNOUNCED,
    /** Offered or considered: "erwägt", "bereit sei … anzubieten". */
    PROPOSED,
    /** Confirmed: "bestätigte (erstmals offiziell)". */
    CONFIRMED,
    /** Explicitly not confirmed: "hat … bislang nicht bestätigt". */
    NOT_CONFIRMED,
    /** Denied: "bestritt", "wies zurück", "haltlose Gerüchte". */
    DENIED,
    /** Asked, not stated: headlines ending in "?". */
    QUESTION;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
