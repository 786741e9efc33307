package org.chancery.admin.claim;

import org.jspecify.annotations.Nullable;

/** What the action forms of the claim page submit: plain values, never a domain object. */
final class ClaimForms {

    private ClaimForms() {}

    /**
     * Deprecate or restore.
     *
     * @param expectedRevision the revision the curator saw
     * @param reason why; a deprecation needs one
     */
    record Reason(int expectedRevision, @Nullable String reason) {}

    /**
     * Revert.
     *
     * @param expectedRevision the revision the curator saw
     * @param toRevision the revision whose content becomes current again
     * @param summary why, if said
     */
    record Revert(
            int expectedRevision, int toRevision, @Nullable String summary) {}
}
