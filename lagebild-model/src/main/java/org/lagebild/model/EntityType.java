package org.lagebild.model;

/** Types of named entities. */
public enum EntityType {
    /** A person. */
    PER,
    /** An organisation: agency, party, service, outlet, armed force. */
    ORG,
    /** A place as a place. */
    LOC,
    /** A country, city or region acting as a political actor ("Pjöngjang bestätigt"). */
    GPE,
    /** A derived form ("nordkoreanisch", "Ukrainer") that links to its entity. */
    DERIV,
    /** Other names (events, works, products). */
    MISC
}
