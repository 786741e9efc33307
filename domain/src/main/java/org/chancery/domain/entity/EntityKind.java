package org.chancery.domain.entity;

/**
 * What an entity is. Whether a polity is recognised, or controls a territory, is a claim about it and
 * never a kind.
 */
public enum EntityKind {
    /** A state, a de facto state or a territory. */
    POLITY,
    /** An international organisation, a ministry, an embassy, a news outlet, a wire agency. */
    ORGANISATION,
    /** A collective the sources speak of: "most states of the world", "many observers". */
    GROUP,
    /** A person. */
    PERSON,
    /** One office: "Ambassador of the LPR to Russia". */
    POSITION,
    /** A treaty or another agreement. */
    AGREEMENT,
    /** A decree, a signing, a call, a meeting. */
    EVENT
}
