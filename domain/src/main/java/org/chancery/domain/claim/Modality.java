package org.chancery.domain.claim;

/** How a source presents what it says. */
public enum Modality {
    /** In the source's own voice. */
    STATED,
    /** Reported as someone's statement. */
    ATTRIBUTED,
    /** Relayed without endorsement. */
    ALLEGED,
    /** A belief or an expectation. */
    SPECULATIVE,
    /** Reported as contested. */
    DISPUTED,
    /** Reported as denied. */
    DENIED
}
