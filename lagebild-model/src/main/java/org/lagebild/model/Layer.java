package org.lagebild.model;

/**
 * The layers of a {@link Document} that stages require and provide. The pipeline checks when it is
 * built that every layer a stage requires is provided by an earlier stage (or by the input).
 */
public enum Layer {
    /** The clean article itself; always present. */
    TEXT,
    LANGUAGE,
    SENTENCES,
    TOKENS,
    REFERENCE_TIME,
    TIMES,
    QUANTITIES,
    ENTITIES,
    QUOTES,
    CLAIMS
}
