package org.lagebild.model;

/** What a claim is about. */
public enum ClaimKind { QUANTITY, EVENT, QUOTE }
