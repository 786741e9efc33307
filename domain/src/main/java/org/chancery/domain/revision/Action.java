package org.chancery.domain.revision;

/** What a revision did to its object. */
public enum Action {
    /** Created the object. */
    CREATE,
    /** Corrected its content, with a reason. */
    CORRECT,
    /** Marked a claim as wrong, with a reason. */
    DEPRECATE,
    /** Took a claim's deprecation back. */
    RESTORE,
    /** Made the state of an earlier revision current again. */
    REVERT,
    /** Wrote the state a dataset file holds. */
    IMPORT,
    /** Merged an entity into another, or moved a claim over to the survivor of a merge. */
    MERGE,
    /** Undid a merge. */
    UNMERGE
}
