package org.chancery.domain.vocabulary;

/** What a predicate's object is. */
public enum ObjectType {
    /** Another entity, of the kinds the predicate allows. */
    ENTITY,
    /** A piece of text. */
    TEXT,
    /** A date. */
    DATE
}
