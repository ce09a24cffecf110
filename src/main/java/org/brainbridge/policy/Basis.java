package org.brainbridge.policy;

/** Where a criterion comes from. */
public enum Basis {
    /** The measure's text states it. */
    EXPLICIT,
    /** The curators' reading of the text (for example, a provincial measure concerns actors in the province). */
    INFERRED
}
