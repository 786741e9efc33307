package org.chancery.domain.time;

/** How surely a claim held during a date asked about. */
public enum Certainty {
    /** The claim held on every day of the date asked about. */
    CERTAIN,
    /** The claim may have held on some day of it, but the dates known don't say for sure. */
    POSSIBLE
}
