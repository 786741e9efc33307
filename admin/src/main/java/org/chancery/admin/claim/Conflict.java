package org.chancery.admin.claim;

import org.jspecify.annotations.Nullable;

/**
 * A change refused because someone else changed the claim first: what the curator submitted, shown next
 * to the claim as it now stands.
 *
 * @param yourRevision the revision the curator started from
 * @param currentRevision the claim's revision now
 * @param action the message key of what the curator tried
 * @param submitted the reason or summary the curator gave, if any
 */
public record Conflict(
        int yourRevision,
        int currentRevision,
        String action,
        @Nullable String submitted) {}
