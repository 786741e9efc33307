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
    DENIED;

    /** Whether a citation of this modality affirms the claim: the source states it, or reports it said. */
    public boolean affirms() {
        return this == STATED || this == ATTRIBUTED;
    }

    /** Whether a citation of this modality speaks against the claim: it is reported denied or contested. */
    public boolean contradicts() {
        return this == DENIED || this == DISPUTED;
    }
}
