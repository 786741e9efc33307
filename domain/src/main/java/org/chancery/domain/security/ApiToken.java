package org.chancery.domain.security;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known of an API token once it is issued: never its secret, only the SHA-256 of it.
 *
 * @param id the token's id
 * @param owner the user the token acts for
 * @param label what its owner wrote to tell it from their other tokens
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked, or {@code null} while it works
 */
public record ApiToken(
        ApiTokenId id,
        String owner,
        String label,
        Instant createdAt,
        @Nullable Instant revokedAt) {

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
